// The public web page's open data, calendar and accessibility statement in Swedish: the column
// headings and their documentation, the meetings page, the metadata's titles, and the statement.

export const openDataSv = {
  /** The files' column headings (CSV) and what each column holds (the data page). */
  columns: {
    activities: {
      plan: { header: "Plan", doc: "Handlingsplanens namn." },
      number: { header: "Nr", doc: "Aktivitetens nummer i planen." },
      title: { header: "Aktivitet", doc: "Vad aktiviteten går ut på, med planens ord." },
      principle: { header: "Princip", doc: "Den princip i överenskommelsen som aktiviteten hör till." },
      party: { header: "Part", doc: "Vems aktiviteten är: kommunens, civilsamhällets eller gemensam." },
      status: {
        header: "Status",
        doc: "ej påbörjad, pågår, klar, försenad, pausad eller struken, som de ansvariga har rapporterat.",
      },
      statusChangedAt: {
        header: "Status ändrad",
        doc: "När statusen senast ändrades (ISO 8601 med tidszon).",
      },
      dueDate: { header: "Klart senast", doc: "Aktivitetens deadline (ÅÅÅÅ-MM-DD), om den har någon." },
      responsibleOrg: {
        header: "Ansvarig förvaltning/förening/org.",
        doc: "Den organisation som ansvarar för aktiviteten.",
      },
      owners: {
        header: "Ansvarig person",
        doc: "De ansvariga personernas namn, åtskilda med kommatecken. Finns bara när gruppen visar namn.",
      },
      commitment: { header: "Åtagande", doc: "Överenskommelsens åtagande som aktiviteten genomför." },
      commissioner: { header: "Ansvarig uppdragsbeställare", doc: "Vem som beställer uppdraget." },
      partners: { header: "Samarbetspartner", doc: "Vilka som samarbetar om aktiviteten." },
      followUp: { header: "Uppföljning/Mått", doc: "Hur aktiviteten följs upp." },
    },
    history: {
      number: { header: "Nr", doc: "Aktivitetens nummer i planen." },
      title: { header: "Aktivitet", doc: "Aktivitetens titel." },
      at: { header: "Tidpunkt", doc: "När statusen rapporterades (ISO 8601 med tidszon)." },
      status: { header: "Status", doc: "Den status som rapporterades." },
      comment: {
        header: "Kommentar",
        doc: "Kommentaren till rapporten. Tom när det inte finns någon eller när gruppen har dolt den.",
      },
      author: {
        header: "Av",
        doc: "Vem som rapporterade. Finns bara när gruppen visar namn.",
      },
      source: { header: "Källa", doc: "Var rapporten kom ifrån: Slack, Teams, konsol eller import." },
    },
  },
  data: {
    title: "Öppna data",
    heading: (group: string) => `Öppna data från ${group}`,
    intro: (plan: string) =>
      `Aktiviteterna i ${plan} och deras statushistorik, som filer att ladda ner och använda fritt enligt licensen nedan.`,
    noPlan: "Gruppen har ingen aktiv handlingsplan än, så filerna är tomma.",
    files: "Filer",
    activitiesCsv: "Aktiviteter som CSV",
    activitiesJson: "Aktiviteter som JSON",
    historyCsv: "Statushistorik som CSV",
    historyJson: "Statushistorik som JSON",
    dcat: "Metadata för Sveriges dataportal (DCAT-AP-SE, RDF/XML)",
    licenceHeading: "Licens",
    licence: "Uppgifterna får användas enligt licensen",
    format: "Format",
    csvFormat:
      "CSV-filerna är i UTF-8 med byteordningsmarkering (BOM), har semikolon mellan fälten och CRLF mellan raderna, så att svensk Excel öppnar dem direkt med rätt tecken. Fält som innehåller semikolon, citattecken eller radbrytningar står inom citattecken, enligt RFC 4180. Första raden är kolumnrubrikerna.",
    csvTools:
      "I andra verktyg anger du semikolon som avgränsare och UTF-8 som teckenkodning, till exempel read_csv(url, sep=';', encoding='utf-8-sig') i pandas.",
    formulaGuard:
      "Ett fält som börjar med =, +, -, @ eller tabb får en apostrof först, så att inget kalkylprogram tar det för en formel. JSON-filerna har texten som den är.",
    jsonFormat:
      "JSON-filerna har en lista med ett objekt per rad under nyckeln rows, med nycklarna i tabellerna nedan, och tomma värden som null.",
    columnsActivities: "Kolumner i aktiviteter.csv och aktiviteter.json",
    columnsHistory: "Kolumner i statushistorik.csv och statushistorik.json",
    column: "Kolumn",
    jsonKey: "JSON-nyckel",
    description: "Beskrivning",
    meetings: "Gruppens möten",
  },
  meetings: {
    title: "Möten",
    heading: (group: string) => `Möten i ${group}`,
    upcoming: "Kommande möten",
    past: "Tidigare möten",
    none: "Inga möten.",
    cancelled: "Inställt",
    ics: (title: string) => `Lägg till ${title} i kalendern (.ics)`,
    subscribe: "Prenumerera på gruppens möten",
    subscribeText:
      "Lägg till kalendern i din kalenderapp, så kommer nya, flyttade och inställda möten med automatiskt.",
    webcal: "Prenumerera (webcal)",
    feed: "Kalenderns adress (.ics)",
    openData: "Öppna data",
    time: (date: string, clock: string) => `${date} ${clock}`,
  },
  calendar: {
    name: (group: string) => `Möten i ${group}`,
    description: (group: string) => `Möten i ${group}, från LÖK-boten.`,
  },
  dcat: {
    catalogTitle: (group: string) => `Öppna data från ${group}`,
    catalogDescription: (group: string) =>
      `Handlingsplan för samverkan mellan kommunen och det civila samhället, med aktiviteternas status, från ${group}.`,
    activitiesTitle: (plan: string, group: string) => `Aktiviteter i ${plan}, ${group}`,
    activitiesDescription: (plan: string) =>
      `Aktiviteterna i ${plan}: princip, part, ansvarig organisation, deadline och aktuell status.`,
    historyTitle: (plan: string, group: string) => `Statushistorik för ${plan}, ${group}`,
    historyDescription: (plan: string) =>
      `Varje statusrapport för aktiviteterna i ${plan}: tidpunkt, status och kommentar.`,
    noPlan: "ingen aktiv plan",
    keywords: ["handlingsplan", "civilsamhälle", "samverkan", "överenskommelse", "öppna data"],
    csv: "CSV",
    json: "JSON",
  },
  accessibility: {
    title: "Tillgänglighetsredogörelse",
    defaultPublisher: "Organisationen som driver den här LÖK-boten",
    intro: (publisher: string) =>
      `${publisher} står bakom den här webbplatsen: de publika sidorna från LÖK-boten, där samverkansgrupper mellan kommunen och det civila samhället publicerar sina handlingsplaner, möten och öppna data. Vi vill att så många som möjligt ska kunna använda webbplatsen. Här beskriver vi hur den uppfyller lagen om tillgänglighet till digital offentlig service, vilka brister vi känner till och hur du kan rapportera problem till oss.`,
    statusHeading: "Hur tillgänglig är webbplatsen?",
    status:
      "Webbplatsen är delvis förenlig med lagen om tillgänglighet till digital offentlig service, på grund av de brister som beskrivs nedan. Så står det tills webbplatsen har granskats fullständigt.",
    gapsHeading: "Innehåll som inte är tillgängligt",
    gaps: [
      "Webbplatsen har bara testats automatiskt och med tangentbord, inte granskats manuellt mot varje kriterium i WCAG 2.1 nivå AA. Det kan finnas brister som sådana tester inte hittar, till exempel i hur skärmläsare läser tabeller.",
      "Nedladdningsbara filer, som Excel- och CSV-filer, kalenderfiler och eventuella PDF-filer, har inte granskats. Samma uppgifter finns på webbplatsens sidor.",
      "Texterna i handlingsplanerna, statuskommentarerna och mötena skrivs av grupperna själva. Vi kan inte lova att de är lätta att läsa.",
    ],
    feedbackHeading: "Vad kan du göra om du inte kan använda delar av webbplatsen?",
    feedback:
      "Om du behöver innehåll som inte är tillgängligt för dig, eller om du upptäcker fler brister, kontakta oss så att vi kan åtgärda dem.",
    contact: (contact: string) => `Kontakt: ${contact}`,
    groupContacts:
      "Gäller det en grupps sida kan du också kontakta gruppen direkt. Kontaktuppgifterna står längst ner på gruppens sidor:",
    noContact: "Kontakta gruppen som sidan gäller. Kontaktuppgifterna står längst ner på gruppens sidor.",
    supervisionHeading: "Tillsyn",
    supervision:
      "Myndigheten för digital förvaltning (Digg) har ansvaret för tillsynen över lagen om tillgänglighet till digital offentlig service. Om du inte är nöjd med hur vi hanterar dina synpunkter kan du kontakta Digg och påtala det.",
    complaint: "Anmäl till Digg",
    methodHeading: "Hur vi har testat webbplatsen",
    method:
      "Vi har gjort en självskattning: automatiska tester med axe-core i webbläsaren Chromium och tester med enbart tangentbord, mot WCAG 2.1 nivå AA. Ingen extern granskning har gjorts än.",
    assessed: (date: string) => `Senaste bedömningen gjordes den ${date}.`,
    updated: (date: string) => `Redogörelsen uppdaterades senast den ${date}.`,
  },
};
