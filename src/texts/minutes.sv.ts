// The minutes of a meeting (minnesanteckningar), its tasks (uppdrag) and the group's working groups
// (arbetsgrupper). The finalised document uses the words of the samverkansråd's own minutes.

const MONTHS = [
  "januari",
  "februari",
  "mars",
  "april",
  "maj",
  "juni",
  "juli",
  "augusti",
  "september",
  "oktober",
  "november",
  "december",
];

function join(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} och ${items[items.length - 1]}`;
}

/** "2 maj", or "2 maj 2018" in another year than `year`. */
function dayMonth(date: string, year?: number): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return `${d} ${MONTHS[m - 1]}${year === undefined || year === y ? "" : ` ${y}`}`;
}

/** "18–20" on whole hours, else "16:30" or "16:30–18". */
function clock(start: string, end?: string): string {
  const short = (t: string) => (t.endsWith(":00") ? String(Number(t.slice(0, 2))) : t);
  if (!end) return start;
  return start.endsWith(":00") && end.endsWith(":00") ? `${short(start)}–${short(end)}` : `${start}–${end}`;
}

export const minutesSv = {
  dayMonth,
  /** Which meeting a minutes command wrote to: every reply says it. */
  forMeeting: (title: string, line: string, which: "held" | "latest" | "next") =>
    which === "held"
      ? `Gäller mötet som pågår: ${title}, ${line}.`
      : which === "next"
        ? `Gäller nästa möte: ${title}, ${line}.`
        : `Gäller senaste mötet: ${title}, ${line}.`,
  presentAdded: (names: readonly string[]) => `Närvarande: ${join(names)}.`,
  presentAlready: (names: readonly string[]) => `${join(names)} står redan som närvarande.`,
  notMembers: (names: readonly string[]) =>
    `${join(names)} ${names.length === 1 ? "är inte medlem" : "är inte medlemmar"} i gruppen; namnen står som de skrevs.`,
  invitedAdded: (name: string, organisation?: string) =>
    `Inbjuden: ${name}${organisation ? `, ${organisation}` : ""}.`,
  invitedAlready: (name: string) => `${name} står redan som inbjuden.`,
  noteAdded: (point: number, title: string) =>
    `Anteckningen står under punkt ${point}, ”${title}”. Punkten är markerad som behandlad.`,
  decisionAdded: (point: number, title: string) =>
    `Beslutet står under punkt ${point}, ”${title}”. Punkten är markerad som behandlad.`,
  taskAdded: (number: number, person: string, text: string, due?: string) =>
    `Uppdrag ${number}: ${person} – ${text}${due ? ` (till ${due})` : ""}.`,
  taskDone: (number: number, person: string, text: string) =>
    `Uppdrag ${number} är klart: ${person} – ${text}.`,
  taskAlreadyDone: (number: number) => `Uppdrag ${number} är redan klart.`,
  tasksHeading: "Öppna uppdrag",
  noTasks: "Inga uppdrag är öppna. Ge ett med `uppdrag <namn> <text> [till <datum>]`.",
  taskLine: (number: number, person: string, text: string, due?: string) =>
    `${number}. ${person}: ${text}${due ? ` (till ${due})` : ""}`,
  tasksHint: "Skriv `uppdrag klart <nr>` när ett uppdrag är gjort.",
  workingGroupCreated: (name: string) =>
    `Arbetsgruppen ”${name}” är skapad. Ge den medlemmar med \`arbetsgrupp ${name} medlemmar <namn>, <namn>\`.`,
  workingGroupExists: (name: string) => `Arbetsgruppen ”${name}” finns redan.`,
  workingGroupMembers: (name: string, members: readonly string[]) =>
    `Arbetsgruppen ”${name}”: ${join(members)}.`,
  workingGroupsHeading: "Arbetsgrupper",
  noWorkingGroups: "Gruppen har inga arbetsgrupper. Skapa en med `arbetsgrupp ny <namn>`.",
  workingGroupLine: (name: string, members: readonly string[], next?: string) =>
    `${name}: ${members.length ? join(members) : "inga medlemmar än"}${next ? `. Nästa möte: ${next}` : ""}`,
  noteTakerSet: (name: string) => `${name} är protokollförare och kan skriva i minnesanteckningarna.`,
  objectionAdded: (date: string) => `Invändningen mot minnesanteckningarna från ${date} är antecknad.`,
  noObjectionsAdded: (date: string) => `Antecknat: inga invändningar mot minnesanteckningarna från ${date}.`,
  draftNote: "Det här är ett utkast. Skriv `protokoll klart` när minnesanteckningarna är färdiga.",
  finalised: "Minnesanteckningarna är klara och skickade till kanalen. De kan inte ändras längre.",
  alreadyFinal: (date: string) =>
    `Minnesanteckningarna är redan klara sedan ${date}. Inget ändrades; \`protokoll fil\` ger dem som filer.`,
  finalisedAnnouncement: (title: string, date: string) =>
    `📝 Minnesanteckningarna från ${title} ${date} är klara.`,
  fileTitle: (title: string, date: string) => `Minnesanteckningar ${title} ${date}`,
  fileComment: (title: string, date: string, by: string) =>
    `Minnesanteckningarna från ${title} ${date}, som ${by} bad om.`,
  /** In the next meeting's agenda. */
  agendaPreviousFinal: (title: string, date: string, finalisedOn: string) =>
    `Från ${title} ${date}: klara sedan ${finalisedOn} och skickade till kanalen (och på gruppens webbsida när den är publicerad). Invändningar antecknas med \`invändning <text>\` eller \`inga invändningar\`.`,
  agendaTasks: "Uppdrag från förra mötet",
  fileFallback: "Filerna kan laddas upp i Slack. Här visar `protokoll` texten.",
  fileName: (slug: string, date: string, extension: string) =>
    `minnesanteckningar-${slug}-${date}.${extension}`,
  /** The group's public page. */
  web: {
    listTitle: "Minnesanteckningar",
    none: "Inga minnesanteckningar är klara än.",
    back: "Alla minnesanteckningar",
  },
  /** The words of the minutes themselves, as the samverkansråd writes them. */
  doc: {
    heading: "Minnesanteckning",
    draftHeading: "Minnesanteckning (utkast)",
    title: (title: string, date: string) => `${title} ${date}`,
    present: "Närvarande:",
    invited: "Inbjudna:",
    nobody: "—",
    previous: "Föregående minnesanteckningar",
    previousFrom: (title: string, date: string) => `Minnesanteckningarna från ${title} ${date}.`,
    noPrevious: "Inga tidigare minnesanteckningar.",
    noObjections: "Inga invändningar",
    objections: "Invändningar:",
    notChecked: "Inget är antecknat om föregående minnesanteckningar.",
    decision: "Beslut:",
    noEntries: "Inget antecknat.",
    workingGroups: "Arbetsgrupper",
    workingGroupHeading: (n: number, name: string) => `${n}. ${name}.`,
    workingGroupMembers: (members: readonly string[]) => `Arbetsgrupp: ${members.join(", ")}.`,
    workingGroupNext: (when: string) => `Datum för nästa möte: ${when}`,
    tasks: "Uppdrag",
    task: (person: string, text: string, due?: string) => `${person}: ${text}${due ? ` (till ${due})` : ""}`,
    nextMeeting: "Nästa möte",
    nextNotPlanned: "Inte bestämt än.",
    when: (date: string, start: string, end?: string, place?: string) =>
      `${date} kl. ${clock(start, end)}${place ? ` på ${place}` : ""}.`,
    byNoteTaker: "Vid anteckningarna",
  },
  /** What a refused minutes command is told. */
  errors: {
    noMeeting: "Inget möte har börjat än, så det finns inga minnesanteckningar att skriva.",
    noMeetingHint: "Minnesanteckningarna skrivs under eller efter ett möte; `möten` visar de inlagda.",
    final: (title: string, date: string) =>
      `Minnesanteckningarna från ${title} ${date} är klara och kan inte ändras längre.`,
    finalHint: "Rättelser tas upp som invändningar på nästa möte: `invändning <text>`.",
    notWriter: (noteTaker?: string) =>
      noteTaker
        ? `Bara samordnare och protokollföraren (${noteTaker}) kan skriva i minnesanteckningarna.`
        : "Bara samordnare och protokollföraren kan skriva i minnesanteckningarna.",
    notWriterHint: "En samordnare gör dig till protokollförare med `protokollförare <ditt namn>`.",
    noAttendance: (meeting: string) =>
      `Ingen har svarat *Jag kommer* till ${meeting}, så jag vet inte vilka som är här.`,
    noAttendanceHint: "Skriv `närvarande <namn>, <namn>…`.",
    pointNotFound: (point: number, count: number, meeting: string) =>
      count === 0
        ? `Dagordningen till ${meeting} har inga punkter, så det finns ingen punkt ${point}.`
        : `Dagordningen till ${meeting} har ${count} ${count === 1 ? "punkt" : "punkter"}, ingen med nummer ${point}.`,
    pointNotFoundHint: "Skriv `protokoll` för att se punkterna och deras nummer.",
    taskNotFound: (number: number) => `Det finns inget uppdrag med nummer ${number}.`,
    taskNotFoundHint: "Skriv `uppdrag` för att se de öppna uppdragen och deras nummer.",
    workingGroupNotFound: (name: string, names: readonly string[]) =>
      names.length
        ? `Det finns ingen arbetsgrupp som heter ”${name}”. Arbetsgrupperna är: ${join(names)}.`
        : `Det finns ingen arbetsgrupp som heter ”${name}”.`,
    workingGroupNotFoundHint: "Skapa den med `arbetsgrupp ny <namn>`.",
    noPrevious: "Det finns inga tidigare minnesanteckningar att ha invändningar mot.",
    noPreviousHint: "Invändningar gäller föregående mötes minnesanteckningar.",
  },
};

export const minutesHelpSv = {
  minutes_present: {
    usage: "närvarande <namn>, <namn>…",
    description:
      "Skriv vilka som är på mötet (samordnare eller protokollföraren). Medlemmarnas namn känns igen. `närvarande` ensamt tar med dem som svarat *Jag kommer*.",
    example: "närvarande Helena Astvald, KG Granberg, Anna Fogel",
  },
  minutes_invited: {
    usage: "inbjuden <namn>, <organisation>",
    description: "Skriv in en inbjuden gäst i minnesanteckningarna.",
    example: "inbjuden Per-Inge Hellman, Västerås kommun",
  },
  minutes_note: {
    usage: "anteckning <punkt> <text>",
    description: "Anteckna något under en punkt på mötets dagordning; punkten räknas som behandlad.",
    example: "anteckning 2 Lars Bryntesson kommer den 12 april och pratar om IOP.",
  },
  minutes_decision: {
    usage: "beslut <punkt> <text>",
    description: "Skriv ett beslut under en punkt på mötets dagordning; punkten räknas som behandlad.",
    example: "beslut 3 Vi åker på studiebesök till Malmö 16–17 maj.",
  },
  task_add: {
    usage: "uppdrag <namn> <text> [till <datum>]",
    description:
      "Ge någon ett uppdrag från mötet. Namnet kan avslutas med kolon: `uppdrag Malin Sandell: …`.",
    example: "uppdrag Anna bjuda in Malin Sandell, lokalstrateg till 2 mars",
  },
  task_done: {
    usage: "uppdrag klart <nr>",
    description: "Markera ett uppdrag som gjort.",
    example: "uppdrag klart 1",
  },
  tasks: { usage: "uppdrag", description: "Se de öppna uppdragen, numrerade.", example: "uppdrag" },
  working_group_new: {
    usage: "arbetsgrupp ny <namn>",
    description:
      "Skapa en arbetsgrupp. Dess möten läggs in med `möte <datum> <tid> [plats] för <arbetsgrupp>`.",
    example: "arbetsgrupp ny Handlingsplan",
  },
  working_group_members: {
    usage: "arbetsgrupp <namn> medlemmar <namn>, <namn>…",
    description: "Skriv vilka som är med i en arbetsgrupp.",
    example: "arbetsgrupp Handlingsplan medlemmar Tina Modin, Helena Astvald",
  },
  working_groups: {
    usage: "arbetsgrupper",
    description: "Se gruppens arbetsgrupper, deras medlemmar och nästa möte.",
    example: "arbetsgrupper",
  },
  minutes_show: {
    usage: "protokoll",
    description: "Se minnesanteckningarna från mötet som pågår eller det senaste mötet.",
    example: "protokoll",
  },
  minutes_final: {
    usage: "protokoll klart",
    description: "Gör minnesanteckningarna klara: de skickas till kanalen och kan inte ändras sedan.",
    example: "protokoll klart",
  },
  minutes_file: {
    usage: "protokoll fil",
    description: "Minnesanteckningarna som Markdown- och Word-fil i kanalen (i Slack).",
    example: "protokoll fil",
  },
  minutes_note_taker: {
    usage: "protokollförare <namn>",
    description: "Låt en medlem skriva mötets minnesanteckningar.",
    example: "protokollförare Anna Fogel",
  },
  minutes_objection: {
    usage: "invändning <text>",
    description: "Anteckna en invändning mot föregående mötes minnesanteckningar.",
    example: "invändning Mötet med Malin Sandell är den 16 mars, inte den 2 mars.",
  },
  minutes_no_objections: {
    usage: "inga invändningar",
    description: "Anteckna att föregående mötes minnesanteckningar godkändes.",
    example: "inga invändningar",
  },
};

export const minutesActionsSv = {
  minutes_note_taker: "utse protokollförare",
};

export const minutesArgumentsSv = {
  workingGroupName: "arbetsgruppens namn",
  names: "namn, åtskilda med komma",
};
