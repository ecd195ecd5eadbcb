// The annual follow-up in Swedish: the plan's goals (`mål`), the year's round (`uppföljning`, `bedöm`,
// `lärdom`), `rapport` narrowed by its arguments, and the statusrapport document. The help entries, the
// refusals' actions and the parse errors are mounted in sv.ts.

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "A, B och C" */
function join(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} och ${items[items.length - 1]}`;
}

/** The four steps of the self-assessment, 1–4. */
const SCALE = ["inte alls", "i liten grad", "i stor grad", "helt"] as const;

export const followUpSv = {
  scale: {
    /** The label of a step, 1–4. */
    label: (score: number) => SCALE[score - 1] ?? String(score),
    /** "1 = inte alls, 2 = i liten grad, 3 = i stor grad, 4 = helt" */
    legend: SCALE.map((s, i) => `${i + 1} = ${s}`).join(", "),
    /** A button's label: "3 i stor grad". */
    button: (score: number) => `${score} ${SCALE[score - 1] ?? ""}`.trim(),
  },
  goals: {
    heading: (plan: string) => `Mål i ${plan}`,
    line: (n: number, text: string) => `${n}. ${text}`,
    principleNone: "Inga mål.",
    none: (plan: string) =>
      `${plan} har inga mål än. En samordnare lägger till ett med \`mål lägg till <princip> <text>\`.`,
    hint: "Mål bedöms i årets uppföljning med `bedöm <mål-nr> <1-4> [kommentar]`.",
    added: (n: number, principle: string, text: string) => `Nytt mål ${n} under ${principle}: ${text}`,
    changed: (n: number, text: string) => `Mål ${n} lyder nu: ${text}`,
    unchanged: (n: number) => `Mål ${n} lyder redan så; inget ändrades.`,
    removed: (n: number, text: string) => `Mål ${n} är borttaget: ${text}`,
    removedAssessments: (n: number) => `${plural(n, "bedömning", "bedömningar")} av målet togs bort med det.`,
    notFound: (n: number, plan: string, numbers: string) =>
      numbers ? `${plan} har inget mål ${n}; målen har nummer ${numbers}.` : `${plan} har inget mål ${n}.`,
    notFoundHint: "Skriv `mål` för att se målen och deras nummer.",
    announceAdded: (by: string, n: number, principle: string) =>
      `🎯 ${by} lade till mål ${n} under ${principle}.`,
    announceChanged: (by: string, n: number) => `🎯 ${by} ändrade mål ${n}.`,
    announceRemoved: (by: string, n: number) => `🎯 ${by} tog bort mål ${n}.`,
  },
  round: {
    started: (year: number, plan: string, closesOn: string | undefined) =>
      `Uppföljningen ${year} av ${plan} är öppnad${closesOn ? ` till och med ${closesOn}` : ""}.`,
    sentTo: (members: number, owners: number) =>
      `Jag skickar frågorna i direktmeddelanden: målen till ${plural(members, "medlem", "medlemmar")}, aktiviteterna till ${plural(owners, "ansvarig", "ansvariga")}.`,
    startedHint: "Se hur det går med `uppföljning`; avsluta med `uppföljning avsluta`.",
    announceStarted: (by: string, year: number, closesOn: string | undefined) =>
      `📝 ${by} öppnade uppföljningen ${year}${closesOn ? ` (till och med ${closesOn})` : ""}. Svara på frågorna jag skickar, eller skriv \`bedöm <mål-nr> <1-4>\`, \`uppföljning <nr> <text>\` och \`lärdom <text>\`.`,
    alreadyOpen: (year: number) => `Uppföljningen ${year} är redan öppen.`,
    alreadyClosed: (year: number, on: string) =>
      `Uppföljningen ${year} avslutades ${on}; en grupp har en uppföljning per år.`,
    otherOpen: (year: number) =>
      `Uppföljningen ${year} är fortfarande öppen. Avsluta den först med \`uppföljning avsluta\`.`,
    closesInPast: (date: string) => `Slutdatumet ${date} har redan varit. Välj ett datum från och med i dag.`,
    noGoals: (plan: string) =>
      `${plan} har inga mål att bedöma. Lägg till dem med \`mål lägg till <princip> <text>\`, eller läs in planen med en Mål-kolumn.`,
    none: "Ingen uppföljning är öppen.",
    noneHint: "En samordnare öppnar årets med `uppföljning starta <år> [till <datum>]`.",
    closedNow: (year: number) => `Uppföljningen ${year} är avslutad. Svar som kommer nu tar jag inte emot.`,
    closedHint: (year: number) => `Statusrapporten: \`rapport ${year} fil\`.`,
    announceClosed: (by: string, year: number) =>
      `📝 ${by} avslutade uppföljningen ${year}. Tack för alla svar!`,
    refused: (year: number, on: string) =>
      `Uppföljningen ${year} avslutades ${on}, så jag tar inte emot fler svar.`,
    refusedHint: "Hör av dig till en samordnare om något behöver läggas till.",
    assessed: (n: number, label: string) => `Tack! Mål ${n}: ${label}.`,
    assessedAgain: (n: number, label: string) => `Tack! Din bedömning av mål ${n} är nu: ${label}.`,
    remaining: (n: number) =>
      n === 0 ? "Du har bedömt alla mål." : `${plural(n, "mål", "mål")} kvar att bedöma.`,
    textSaved: (nr: number, title: string) => `Tack! Uppföljningen av ${nr}. ${title} är sparad.`,
    lessonSaved: "Tack! Lärdomen är sparad och kommer med i statusrapporten.",
    progressHeading: (year: number, plan: string) => `Uppföljningen ${year} av ${plan}`,
    progressOpen: (since: string, closesOn: string | undefined) =>
      `Öppen sedan ${since}${closesOn ? `, till och med ${closesOn}` : ""}.`,
    progressClosed: (on: string) => `Avslutad ${on}.`,
    progressAssessed: (done: number, members: number, goals: number) =>
      `${done} av ${members} medlemmar har bedömt alla ${plural(goals, "mål", "mål")}.`,
    progressTexts: (done: number, total: number) =>
      `${done} av ${total} aktiviteter har en uppföljningstext.`,
    progressLessons: (n: number) => `${plural(n, "lärdom", "lärdomar")}.`,
    memberLine: (
      name: string,
      assessed: number,
      goals: number,
      texts: number,
      owned: number,
      lessons: number,
    ) =>
      `${name}: ${assessed} av ${goals} mål bedömda${owned ? `, ${texts} av ${owned} aktivitetstexter` : ""}${lessons ? `, ${plural(lessons, "lärdom", "lärdomar")}` : ""}`,
    missingHeading: "Det här saknas",
    missingNothing: "Inget saknas: alla har svarat på allt.",
    missingTexts: (nr: number, title: string, owners: string) => `${nr}. ${title} (${owners})`,
    noOwners: "ingen ansvarig",
    membersHeading: "Medlemmarna",
    textsHeading: "Aktiviteter utan uppföljningstext",
    // The direct messages.
    requestHeading: (year: number, plan: string) => `Uppföljningen ${year} av ${plan}`,
    requestIntro: (closesOn: string | undefined) =>
      `Det är dags för årets uppföljning av handlingsplanen: en självvärdering, vars syfte är lärande.${closesOn ? ` Svara senast ${closesOn}.` : ""}`,
    reminderIntro: (year: number, closesOn: string | undefined, left: string) =>
      `Påminnelse om uppföljningen ${year}${closesOn ? `, som stänger ${closesOn}` : ""}: ${left}`,
    leftParts: (goals: number, texts: number) =>
      join([
        ...(goals ? [`${plural(goals, "mål", "mål")} att bedöma`] : []),
        ...(texts ? [`${plural(texts, "aktivitet", "aktiviteter")} att skriva om`] : []),
      ]),
    activitiesHeading: "Aktiviteter du är ansvarig för",
    activitiesAsk:
      "Skriv hur det har gått i år och en kort text om resultat och effekter: `status <nr> <status>` och `uppföljning <nr> <text>`.",
    activityLine: (nr: number, title: string, status: string) => `${nr}. ${title} (${status})`,
    measure: (text: string) => `Uppföljning/Mått: ${text}`,
    goalsHeading: "Hur väl har vi nått målen?",
    goalsAsk: (legend: string) => `Bedöm varje mål: ${legend}. Skriv \`bedöm <mål-nr> <1-4> [kommentar]\`.`,
    lessonsHeading: "Lärdomar",
    lessonsAsk: "Vad har vi lärt oss i år? Skriv `lärdom <text>`, så många du vill.",
    goalChoice: (n: number) => `Mål ${n}`,
    choosePlaceholder: "Välj en bedömning",
    saveAssessments: "Spara bedömningarna",
    writeButton: "Skriv uppföljning…",
    lessonButton: "Skriv en lärdom…",
    formTitle: "Uppföljning",
    formActivityLabel: (nr: number) => `Resultat och effekter, aktivitet ${nr}`,
    formLessonLabel: "Lärdom",
    formSubmit: "Spara",
    formCancel: "Avbryt",
    textMissing: "Skriv texten i fältet och tryck igen.",
  },
  report: {
    scopeYear: (year: number) => `år ${year}`,
    scopeNote: (parts: readonly string[]) => `Avgränsning: ${join(parts)}.`,
    asOf: (date: string) => `Status per ${date}.`,
    yearOutOfPlan: (year: number, plan: string, period: string) =>
      `${year} ligger utanför ${plan} (${period}).`,
    yearAhead: (year: number) => `${year} har inte börjat än, så det finns inget att rapportera.`,
    yearOutOfPlanHint: "Välj ett år inom planens period, eller byt plan med `plan <namn>`.",
    noActivitiesPrinciple: (principle: string) => `${principle} har inga aktiviteter i planen.`,
  },
  doc: {
    title: (year: number) => `Statusrapport ${year}`,
    subtitle: (plan: string) => `Uppföljning av ${plan}`,
    group: "Samverkansgrupp",
    plan: "Handlingsplan",
    period: "Period",
    year: "År",
    date: "Datum",
    preparedBy: "Upprättad av",
    scope: "Avgränsning",
    intro: (year: number) =>
      `Rapporten följer upp handlingsplanen för ${year}: aktiviteternas status vid årets slut och gruppens självvärdering av principernas mål.`,
    summary: "Sammanfattning",
    byParty: "Per part",
    byPrinciple: "Per princip",
    chartParty: "Aktiviteternas status per part",
    chartPrinciple: "Aktiviteternas status per princip",
    colPrinciple: "Princip",
    colParty: "Part",
    colTotal: "Aktiviteter",
    colDone: "Andel klara",
    colOverdue: "Försenade",
    principle: (name: string) => name,
    goals: "Mål och självvärdering",
    noGoals: "Principen har inga mål i planen.",
    colGoal: "Mål",
    colAnswers: "Svar",
    colAverage: "Medel",
    comments: "Kommentarer",
    comment: (goal: number, by: string, text: string) => `Mål ${goal}, ${by}: ${text}`,
    activities: "Aktiviteter",
    noActivities: "Principen har inga aktiviteter i planen.",
    colNr: "Nr",
    colActivity: "Aktivitet",
    colOwners: "Ansvarig",
    colStatus: "Status vid årets slut",
    colStatusChange: "Status",
    overdueMark: "försenad",
    colMeasure: "Uppföljning/Mått",
    colResults: "Resultat och effekter",
    resultBy: (by: string, text: string) => `${by}: ${text}`,
    lessons: "Lärdomar",
    noLessons: "Inga lärdomar har skrivits.",
    lessonBy: (by: string, text: string) => `${text} (${by})`,
    appendix: (year: number) => `Bilaga: statushistorik ${year}`,
    noHistory: (year: number) => `Inga statusändringar ${year}.`,
    colDate: "Datum",
    colComment: "Kommentar",
    colBy: "Av",
    noRound: (year: number) => `Gruppen har ingen uppföljning för ${year}; målen är inte bedömda.`,
    share: (fraction: number) => `${Math.round(fraction * 100)} %`,
    mean: (value: number) => value.toFixed(1).replace(".", ","),
    goalLine: (n: number, text: string) => `${n}. ${text}`,
    asOfNote: (date: string) => `Aktiviteternas status per ${date}.`,
    roundNote: (opened: string, closed: string | undefined) =>
      `Självvärderingen gjordes i gruppens uppföljning, öppnad ${opened}${closed ? ` och avslutad ${closed}` : ""}.`,
    commentAnon: (goal: number, text: string) => `Mål ${goal}: ${text}`,
    webTitle: (year: number) => `Statusrapport ${year}`,
    webGoalsHeading: "Principernas mål",
    webNav: "Statusrapport",
    webTableLabel: (heading: string) => `Tabell: ${heading}`,
    webChartAlt: (title: string) => `Diagram: ${title}. Siffrorna står i tabellen ovanför.`,
    webNoReport: "Gruppen har ingen statusrapport för det året.",
    fileName: (slug: string, year: number, ext: string) => `statusrapport-${slug}-${year}.${ext}`,
    fileTitle: (year: number, plan: string) => `Statusrapport ${year}, ${plan}`,
    fileComment: (year: number, plan: string, by: string) =>
      `Statusrapporten ${year} för ${plan}, beställd av ${by}.`,
    fileFallback: (command: string) =>
      `Statusrapporten som Word-dokument skriver du i terminalen, i LÖK-botens mapp, med \`${command}\`.`,
    webLink: (url: string) => `Rapporten finns också på gruppens webbsida: ${url}`,
    sheetReport: "Statusrapport",
    sheetGoals: "Mål",
    sheetActivities: "Aktiviteter",
    sheetLessons: "Lärdomar",
    sheetHistory: "Statushistorik",
    printHint: "Skriv ut sidan för att få rapporten som dokument.",
  },
  parse: {
    goal_number: (given?: string) => (given ? `”${given}” är inget målnummer.` : "Det saknas ett målnummer."),
    goal_principle: () => "Det saknas en princip och en text.",
    goal_text: () => "Det saknas en text.",
    goal_what: (given?: string) => `Jag vet inte vad ”mål ${given ?? ""}” ska göra.`,
    score: (given?: string) =>
      given
        ? `”${given}” är ingen bedömning: skriv 1, 2, 3 eller 4.`
        : "Det saknas en bedömning: 1, 2, 3 eller 4.",
    year: (given?: string) => (given ? `”${given}” är inget årtal.` : "Det saknas ett årtal."),
    round_what: (given?: string) => `Jag vet inte vad ”uppföljning ${given ?? ""}” ska göra.`,
    text: () => "Det saknas en text.",
    report_argument: (given?: string) =>
      `”${given ?? ""}” förstår jag inte efter rapport: skriv ett år, en princip, stad, civil eller gemensamt.`,
    report_twice: (given?: string) => `Rapporten kan bara gälla ett år; ”${given ?? ""}” är ett till.`,
  },
};

export const followUpHelpSv = {
  goals: { usage: "mål", description: "Se planens mål, numrerade, per princip.", example: "mål" },
  goal_add: {
    usage: "mål lägg till <princip> <text>",
    description: "Lägg till ett mål under en princip. En princip med flera ord skrivs före ett kolon.",
    example: "mål lägg till dialog Fler föreningar deltar i dialogmöten.",
  },
  goal_change: {
    usage: "mål ändra <nr> <text>",
    description: "Ändra ett måls text.",
    example: "mål ändra 3 Ny lydelse.",
  },
  goal_remove: {
    usage: "mål ta bort <nr>",
    description: "Ta bort ett mål (och årets bedömningar av det).",
    example: "mål ta bort 3",
  },
  round_start: {
    usage: "uppföljning starta <år> [till <datum>]",
    description:
      "Öppna årets uppföljning: jag ber de ansvariga om status och en text om resultat och effekter, och alla medlemmar om en självvärdering av målen och lärdomar. Påminnelser går ut till slutdatumet.",
    example: "uppföljning starta 2026 till 15 januari",
  },
  round_show: {
    usage: "uppföljning",
    description: "Se hur årets uppföljning går: vem som har svarat på vad och vad som saknas.",
    example: "uppföljning",
  },
  round_close: {
    usage: "uppföljning avsluta",
    description: "Avsluta årets uppföljning; svar efter det tar jag inte emot.",
    example: "uppföljning avsluta",
  },
  round_text: {
    usage: "uppföljning <nr> <text>",
    description: "Skriv hur det har gått för en aktivitet i år: resultat och effekter.",
    example: "uppföljning 4 Registret är uppdaterat och används av 120 föreningar.",
  },
  assess: {
    usage: "bedöm <mål-nr> <1-4> [kommentar]",
    description: "Bedöm hur väl ett mål har nåtts i år: 1 inte alls, 2 i liten grad, 3 i stor grad, 4 helt.",
    example: "bedöm 2 3 Många nya föreningar har hört av sig",
  },
  lesson: {
    usage: "lärdom <text>",
    description: "Skriv en lärdom från året; den kommer med i statusrapporten.",
    example: "lärdom Dialogmöten på kvällstid når fler.",
  },
};

/** After "Bara samordnare och administratörer kan …". */
export const followUpActionsSv = {
  goal_add: "lägga till mål",
  goal_change: "ändra mål",
  goal_remove: "ta bort mål",
  round_start: "öppna årets uppföljning",
  round_show: "se hur uppföljningen går",
  round_close: "avsluta uppföljningen",
};
