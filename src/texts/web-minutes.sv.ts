// Writing a meeting's minutes on the web (`/protokoll`): the page's headings, its forms and their
// labels, the confirmation before the minutes are sent, and the refusal for a medlem who is not the
// note taker. Mounted as `webMinutes` in sv.ts.

function join(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} och ${items[items.length - 1]}`;
}

export const webMinutesSv = {
  nav: "Minnesanteckningar",
  title: "Minnesanteckningar",
  forMeeting: (title: string, line: string, held: boolean) =>
    held ? `Mötet som pågår: ${title}, ${line}.` : `Senaste mötet: ${title}, ${line}.`,
  draft: "Utkastet",
  finalText: "Minnesanteckningarna är klara och skickade till kanalen. De kan inte ändras längre.",
  downloads: "Ladda ner",
  markdown: "Minnesanteckningarna som Markdown (.md)",
  word: "Minnesanteckningarna som Word-dokument (.docx)",
  noMeeting: "Inget möte har börjat än, så det finns inga minnesanteckningar att skriva.",
  present: {
    title: "Närvarande",
    legend: "Vilka var där?",
    hint: "Förifyllt med dem som svarade Jag kommer. Den som redan står som närvarande är markerad och kan inte tas bort här.",
    already: (name: string) => `${name} (redan antecknad)`,
    others: "Andra som var där",
    othersHint: "Namn med komma emellan, gärna med organisationen inom parentes: Lena Ek (Röda korset).",
    submit: "Spara närvarande",
  },
  invited: {
    title: "Inbjuden",
    name: "Namn",
    organisation: "Organisation",
    submit: "Lägg till inbjuden",
  },
  points: {
    title: "Punkterna",
    none: "Mötet har inga punkter på dagordningen.",
    point: (n: number, title: string) => `Punkt ${n}: ${title}`,
    note: "Anteckning",
    decision: "Beslut",
    hint: "Fyll i det ena eller båda. Punkten markeras som behandlad.",
    submit: (n: number) => `Spara under punkt ${n}`,
  },
  task: {
    title: "Uppdrag",
    person: "Vem får uppdraget",
    text: "Uppdraget",
    due: "Till (valfritt)",
    submit: "Lägg till uppdraget",
  },
  previous: {
    title: "Föregående minnesanteckningar",
    from: (title: string, date: string) => `Minnesanteckningarna från ${title} ${date}.`,
    noObjections: "Inga invändningar",
    objection: "Invändning",
    submitObjection: "Anteckna invändningen",
  },
  finalise: {
    title: "Klart – skicka protokollet",
    open: "Klart – skicka protokollet …",
    confirmTitle: "Skicka minnesanteckningarna?",
    confirmText:
      "Minnesanteckningarna blir klara, skickas till gruppens kanal och kan inte ändras efter det. Kontrollera utkastet först.",
    confirm: "Ja, skicka minnesanteckningarna",
    back: "Tillbaka till utkastet",
  },
  errorSummary: "Det här behöver rättas",
  toField: "Till formuläret",
  notWriter: {
    title: "Bara för den som skriver minnesanteckningarna",
    text: (coordinators: readonly string[], noteTaker?: string) =>
      `Minnesanteckningarna skrivs av gruppens samordnare${noteTaker ? ` och av protokollföraren ${noteTaker}` : " och av den de utser till protokollförare"}.${
        coordinators.length ? ` Fråga ${join(coordinators)} om du ska skriva dem.` : ""
      }`,
  },
};
