// Recurring meetings (`möte varje …`, `möte första … i månaden …`) and `årshjul`.

const ORDINALS: Record<string, string> = {
  "1": "första",
  "2": "andra",
  "3": "tredje",
  "4": "fjärde",
  "-1": "sista",
};

export const meetingSeriesSv = {
  /** "varje torsdag", "varannan torsdag", "första tisdagen i månaden" */
  weekly: (weekday: string, every: number) => (every === 2 ? `varannan ${weekday}` : `varje ${weekday}`),
  monthly: (weekday: string, ordinal: number) => `${ORDINALS[String(ordinal)]} ${weekday}en i månaden`,
  created: (rule: string, clock: string, count: number, first: string, last: string, place?: string) =>
    `Mötesserien är inlagd: ${rule} ${clock}${place ? `, ${place}` : ""}. ${
      count === 1 ? `Ett möte, ${first}.` : `${count} möten, från ${first} till ${last}.`
    }`,
  capped: (max: number, last: string) =>
    `Jag lade in de första ${max} mötena, till och med ${last}; lägg in fler senare med samma kommando och ett senare slutdatum.`,
  defaultEnd: (until: string) =>
    `Serien gäller ett år framåt, till ${until}; ange \`till <datum>\` för ett annat slut.`,
  none: "Det blev inga möten: inget datum i serien ligger framåt i tiden före slutdatumet.",
  noneHint:
    "Kontrollera veckodagen och slutdatumet, till exempel `möte varje torsdag kl 18 till 2027-06-30`.",
  skipped: (dates: readonly string[]) =>
    `Redan inlagda möten på samma tid hoppades över: ${dates.join(", ")}.`,
  holidays: (dates: readonly string[]) =>
    `Observera: ${dates.length === 1 ? "ett möte infaller" : `${dates.length} möten infaller`} på en helgdag: ${dates.join(", ")}. Ta bort ett med \`möte ta bort <datum>\` eller flytta det med \`möte flytta <datum> till <datum>\`.`,
  overlaps: (dates: readonly string[]) =>
    `Observera: ${dates.length === 1 ? "ett möte krockar" : `${dates.length} möten krockar`} med ett annat möte: ${dates.join(", ")}.`,
  wheelHeading: (year: number) => `Årshjul ${year}`,
  wheelEmpty: (year: number) =>
    `Inga möten är inlagda för ${year}. En samordnare lägger in dem med \`möte <datum> <tid>\` eller \`möte varje <veckodag> <tid>\`.`,
  month: (name: string, count: number) => `${name} (${count})`,
  months: [
    "Januari",
    "Februari",
    "Mars",
    "April",
    "Maj",
    "Juni",
    "Juli",
    "Augusti",
    "September",
    "Oktober",
    "November",
    "December",
  ] as readonly string[],
  held: "hölls",
};

export const meetingSeriesHelpSv = {
  meeting_series: {
    usage: "möte varje <veckodag> [varannan vecka] <tid> [plats] [till <datum>]",
    description:
      "Lägg in återkommande möten, varje eller varannan vecka, eller `möte första <veckodag> i månaden <tid> …` (första, andra, tredje, fjärde eller sista). Varje tillfälle blir ett eget möte som kan flyttas eller tas bort.",
    example: "möte första torsdagen i månaden kl 18-20 på Föreningarnas hus till 2027-06-30",
  },
  year_wheel: {
    usage: "årshjul [år]",
    description: "Årets möten, månad för månad.",
    example: "årshjul 2027",
  },
};
