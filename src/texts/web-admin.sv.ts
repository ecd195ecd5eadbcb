// Signing in on the web and the signed-in pages, in Swedish: `webb logga in`, the sign-in page, the
// refusals, *Mina aktiviteter* and the samordnare's pages. Mounted as `webAdmin` in sv.ts, the help
// entry in sv.ts's `help`.

/** "Anna, Helena och Tina" */
function join(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} och ${items[items.length - 1]}`;
}

export const webAdminSv = {
  login: {
    link: (url: string) => `Här är din inloggningslänk till webbsidorna: ${url}`,
    note: "Länken fungerar en gång och i 10 minuter. Dela den inte med någon, den loggar in som du.",
    notHere:
      "Här ser alla mina svar, så jag skickar ingen inloggningslänk här. Skriv `webb logga in` till mig i en personlig chatt.",
    again:
      "Du har redan fått en länk för det här meddelandet. Skriv `webb logga in` igen om du behöver en ny.",
  },
  signIn: {
    title: "Logga in",
    as: (name: string, group: string) => `Logga in som ${name} i ${group}`,
    explain:
      "Länken fungerar en gång. När du trycker på knappen är du inloggad i 8 timmar eller tills du loggar ut.",
    button: "Logga in",
  },
  refusal: {
    linkUsed: {
      title: "Länken är redan använd",
      text: "Varje inloggningslänk fungerar bara en gång. Skriv `webb logga in` till LÖK-boten i chatten för att få en ny.",
    },
    linkExpired: {
      title: "Länken gäller inte längre",
      text: "En inloggningslänk gäller i 10 minuter. Skriv `webb logga in` till LÖK-boten i chatten för att få en ny.",
    },
    linkUnknown: {
      title: "Länken fungerar inte",
      text: "Jag känner inte igen den här inloggningslänken. Kontrollera att hela länken kom med, eller skriv `webb logga in` till LÖK-boten i chatten för att få en ny.",
    },
    noSession: {
      title: "Du är inte inloggad",
      text: "Du är inte inloggad, eller så har inloggningen gått ut efter 8 timmar. Skriv `webb logga in` till LÖK-boten i chatten, så får du en ny länk.",
    },
    csrf: {
      title: "Formuläret kunde inte tas emot",
      text: "Formuläret kom inte från en sida du har öppnat nu, så ingenting ändrades. Gå tillbaka, ladda om sidan och försök igen.",
    },
    coordinatorsOnly: {
      title: "Bara för samordnare",
      text: (names: readonly string[]) =>
        names.length
          ? `Den här sidan är till för gruppens samordnare och administratörer. Fråga ${join(names)} om du behöver ändra något här.`
          : "Den här sidan är till för gruppens samordnare och administratörer, och gruppen har ingen samordnare än.",
    },
    toMine: "Till Mina aktiviteter",
  },
  loggedOut: {
    title: "Du är utloggad",
    text: "Du är utloggad. Skriv `webb logga in` till LÖK-boten i chatten när du vill logga in igen.",
  },
  nav: {
    label: "Inloggad",
    signedInAs: (name: string, group: string) => `Inloggad som ${name} i ${group}`,
    mine: "Mina aktiviteter",
    plan: "Planen",
    members: "Medlemmar",
    plans: "Planperioder",
    publishing: "Webbsidan",
    logout: "Logga ut",
  },
  badForm: "Formuläret saknade något eller hade ett värde jag inte förstår, så ingenting ändrades.",
  nothingChanged: "Du ändrade ingenting i formuläret, så inget sparades.",
  noticeLabel: "Meddelande",
  mine: {
    title: "Mina aktiviteter",
    none: "Du är inte ansvarig för någon aktivitet i den aktiva planen.",
    report: (n: number) => `Rapportera status för aktivitet ${n}`,
    status: "Status",
    comment: "Kommentar (frivillig)",
    submit: "Rapportera",
    deadline: (date: string) => `Deadline ${date}`,
  },
  plan: {
    title: "Planen",
    caption: (plan: string) => `Aktiviteterna i ${plan}`,
    columns: {
      number: "Nr",
      title: "Aktivitet",
      status: "Status",
      deadline: "Deadline",
      owners: "Ansvariga",
    },
    edit: (n: number) => `Ändra aktivitet ${n}`,
    fields: {
      title: "Titel",
      description: "Beskrivning",
      principle: "Princip",
      party: "Part",
      commitment: "Åtagande",
      responsibleOrg: "Ansvarig förvaltning eller förening",
      commissioner: "Uppdragsbeställare",
      partners: "Samarbetspartner",
      followUp: "Uppföljning",
      deadline: "Deadline",
      status: "Status",
      comment: "Kommentar till statusen (frivillig)",
    },
    deadlineHint: "Lämna tom för att ta bort deadline.",
    keepHint: "En tom textruta ändrar ingenting.",
    noPrinciple: "ingen",
    save: "Spara ändringar",
    newTitle: "Ny aktivitet",
    create: "Lägg till aktiviteten",
    noPlan: "Gruppen har ingen aktiv plan än. Starta en under Planperioder.",
  },
  members: {
    title: "Medlemmar och roller",
    caption: "Gruppens medlemmar",
    columns: { name: "Namn", organisation: "Organisation", role: "Roll", change: "Ändra" },
    former: "tidigare medlem",
    roleLabel: (name: string) => `Ny roll för ${name}`,
    change: "Byt roll",
    remove: (name: string) => `Ta bort ${name}`,
    add: "Lägg till en medlem",
    name: "Namn",
    organisation: "Organisation (frivillig)",
    email: "E-post (frivillig)",
    addButton: "Lägg till",
  },
  plans: {
    title: "Planperioder",
    caption: "Gruppens planer",
    columns: { name: "Plan", period: "Period", active: "Aktiv" },
    active: "aktiv",
    makeActive: (name: string) => `Gör ${name} aktiv`,
    none: "Gruppen har ingen plan än.",
    new: "Ny planperiod",
    name: "Namn",
    from: "Från",
    to: "Till",
    carryOver: "Överför aktiviteter som inte är klara eller strukna",
    create: "Starta perioden",
  },
  publishing: {
    title: "Gruppens webbsida",
    state: (published: boolean): string =>
      published ? "Webbsidan är publicerad." : "Webbsidan är inte publicerad.",
    on: "Publicera webbsidan",
    off: "Ta bort webbsidan",
    names: "Namn på personer",
    namesOn: "Visa namnen",
    namesOff: "Visa inga namn",
    contact: "Kontakt",
    contactHint: "Lämna tom för att ta bort kontakten.",
    saveContact: "Spara kontakten",
    hide: "Dölj en kommentar",
    number: "Aktivitetens nummer",
    date: "Kommentarens datum",
    hideButton: "Dölj kommentarerna",
  },
};

export const webAdminHelpSv = {
  web_login: {
    usage: "webb logga in",
    description:
      "Få en länk som loggar in dig på webbsidorna: samordnare ändrar planen, medlemmar rapporterar sina aktiviteter. Länken kommer bara till dig.",
    example: "webb logga in",
  },
};
