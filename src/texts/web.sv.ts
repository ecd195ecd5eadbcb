// The public web page in Swedish: the frame every page shares. Pages add their own texts here.
export const webSv = {
  skipLink: "Hoppa till innehållet",
  siteName: "LÖK-boten",
  footer: {
    accessibility: "Tillgänglighetsredogörelse",
    publishedBy: (contact: string) => `Publiceras av ${contact}`,
    openData: "Öppna data",
  },
  home: {
    title: "Handlingsplaner i öppen form",
    none: "Ingen grupp har publicerat sin handlingsplan än.",
  },
  group: {
    /** Under a page's heading: whose plan it is. */
    groupAndPlan: (group: string, plan: string) => `${group}: ${plan}`,
    period: (from: string, to: string) => `Period: ${from}–${to}`,
    periodFrom: (from: string) => `Period: från ${from}`,
    periodTo: (to: string) => `Period: till ${to}`,
    noPlan: "Gruppen har ingen aktiv handlingsplan just nu.",
    navLabel: "Gruppens sidor",
    nav: { activities: "Alla aktiviteter", meetings: "Möten", data: "Öppna data" },
    overall: (done: number, total: number, share: string, overdue: number) =>
      `${done} av ${total} aktiviteter är klara (${share}), ${overdue} ${overdue === 1 ? "är försenad" : "är försenade"}.`,
    byPrinciple: "Läget per princip",
    byParty: "Läget per part",
    noPrinciple: "Utan princip",
    share: (percent: number) => `${percent} %`,
    /** The bar's text equivalent, read out with its title. */
    barDesc: (total: number, counts: string) =>
      `${total} ${total === 1 ? "aktivitet" : "aktiviteter"}: ${counts}.`,
    barSummary: (done: number, total: number, share: string, overdue: number) =>
      `${done} av ${total} klara (${share}), ${overdue} ${overdue === 1 ? "försenad" : "försenade"}`,
    columns: {
      principle: "Princip",
      party: "Part",
      total: "Totalt",
      share: "Andel klara",
      overdue: "Försenade",
    },
    tableCaption: (heading: string) => `${heading}: antal aktiviteter per status`,
    legend: "Färgerna i staplarna",
    overdueNote:
      "Försenade är de som rapporterats som försenade och de vars deadline har passerat utan att de är klara.",
  },
  activities: {
    title: "Aktiviteter",
    caption: (shown: number, total: number, plan: string) =>
      shown === total ? `Alla ${total} aktiviteter i ${plan}` : `${shown} av ${total} aktiviteter i ${plan}`,
    filters: {
      legend: "Urval och ordning",
      principle: "Princip",
      party: "Part",
      status: "Status",
      sort: "Sortera efter",
      all: "Alla",
      byNumber: "Nummer",
      byDeadline: "Deadline",
      submit: "Visa",
    },
    unknown: {
      principle: (value: string) => `Det finns ingen princip ”${value}”, så jag visar alla principer.`,
      party: (value: string) => `Det finns ingen part ”${value}”, så jag visar alla parter.`,
      status: (value: string) => `Det finns ingen status ”${value}”, så jag visar alla statusar.`,
      sort: (value: string) =>
        `Det går inte att sortera efter ”${value}”, så listan är sorterad efter nummer.`,
    },
    columns: {
      number: "Nr",
      title: "Aktivitet",
      principle: "Princip",
      party: "Part",
      status: "Status",
      deadline: "Deadline",
    },
    none: "Inga aktiviteter matchar urvalet.",
    overdue: "försenad",
    back: "Till gruppens sida",
  },
  activity: {
    title: (n: number, title: string) => `Aktivitet ${n}: ${title}`,
    details: "Vad planen säger",
    description: "Beskrivning",
    timeline: "Historik",
    noUpdates: "Ingen har rapporterat någon status än.",
    by: (name: string) => `av ${name}`,
    statusWas: (status: string) => `Status: ${status}`,
    back: "Till alla aktiviteter",
  },
  notFound: {
    title: "Sidan finns inte",
    text: "Det finns ingen publicerad sida på den här adressen.",
    home: "Till startsidan",
  },
};
