// Adding and changing activities from chat, in Swedish: `ny aktivitet …`, `ändra <nr> …`,
// `deadline <nr> ingen`, and the card's list of changes. The help entries and the refusals' actions
// are mounted in sv.ts's `help` and `permissions`.
import type { ActivityField } from "../core/command.ts";

/** "Anna, Helena och Tina" */
function join(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} och ${items[items.length - 1]}`;
}

/** A field as it is named in a sentence and in the list of changes. */
const FIELD: Record<ActivityField | "deadline" | "owner", string> = {
  title: "titel",
  description: "beskrivning",
  principle: "princip",
  party: "part",
  commitment: "åtagande",
  responsibleOrg: "ansvarig förvaltning/förening",
  commissioner: "uppdragsbeställare",
  partners: "samarbetspartner",
  followUp: "uppföljning",
  deadline: "deadline",
  owner: "ansvarig",
};

const EXAMPLE = "ny aktivitet Träffar om föreningslokaler; princip dialog; part gemensamt; deadline 15 mars";

export const activityEditSv = {
  field: FIELD,
  /** What a part of `ny aktivitet` is called when it is missing. */
  required: { title: "en titel", principle: "en princip", party: "en part (stad, civil eller gemensamt)" },
  missing: (parts: readonly string[]) => `För en ny aktivitet behöver jag ${join(parts)}.`,
  write: `Skriv till exempel \`${EXAMPLE}\`.`,
  principlesAre: (names: readonly string[]) => `Principerna i planen är: ${join(names)}.`,
  noPrinciples: "Planen har inga principer inlagda, så en ny aktivitet kan inte kopplas till någon än.",
  created: (n: number, title: string) => `Aktivitet ${n}, ”${title}”, finns nu i planen.`,
  createdNote: (n: number) =>
    `Lägg till en ansvarig med \`ansvarig ${n} <person>\`, och ändra med \`ändra ${n} <fält> <värde>\`.`,
  changed: (n: number, field: string, value: string, previous?: string) =>
    `Ändrat för aktivitet ${n}: ${field} ”${value}”${previous ? ` (var ”${previous}”)` : ""}.`,
  unchanged: (n: number, field: string, value: string) =>
    `Aktivitet ${n} har redan ${field} ”${value}”, så jag ändrade ingenting.`,
  cleared: (n: number, field: string, previous: string) =>
    `Tömt för aktivitet ${n}: ${field} (var ”${previous}”).`,
  alreadyEmpty: (n: number, field: string) =>
    `Fältet ${field} är redan tomt för aktivitet ${n}, så jag ändrade ingenting.`,
  cannotEmpty: (field: string) => `En aktivitet måste ha en ${field}, så den går inte att tömma.`,
  cannotEmptyHint: (field: string) =>
    `Skriv ett nytt värde i stället, till exempel \`ändra 13 ${field} <värde>\`. Tömma går beskrivning, åtagande, ansvarig org, uppdragsbeställare, partner och uppföljning.`,
  deadlineCleared: (n: number, previous: string) =>
    `Aktivitet ${n} har inte längre någon deadline (var ${previous}).`,
  unknownPart: (given: string, command: string) => `Jag förstår inte ”${given}” i ”${command}”.`,
  partsAre:
    "Efter titeln skriver du, åtskilda med semikolon: `princip <princip>`, `part stad|civil|gemensamt` och om du vill `deadline <datum>`, `ansvarig org <text>` och `beskrivning <text>`.",
  badParty: (given: string) => `”${given}” är ingen part jag känner till.`,
  partyHint: "Skriv stad, civil eller gemensamt, till exempel `part civil`.",
  changesHeading: "Ändringar",
  /** One line of the card's list of changes; `before`/`after` are already written out. */
  changeLine: (when: string, who: string | undefined, field: string, before: string, after: string) =>
    `${when}${who ? ` ${who}` : ""}: ${field} ${before} → ${after}`,
  createdLine: (when: string, who: string | undefined) =>
    `${when}${who ? ` ${who}` : ""}: lade till aktiviteten`,
  /** An empty value in the list of changes. */
  none: "–",
  /** A field emptied with `ändra <nr> <fält> ingen`, in the list of changes. */
  emptied: "(tomt)",
  announceCreated: (title: string, by: string) => `🆕 ${title} – ny aktivitet (${by})`,
  announceChanged: (title: string, field: string, value: string, by: string) =>
    `✏️ ${title} – ${field}: ${value} (${by})`,
  announceDeadlineCleared: (title: string, by: string) => `✏️ ${title} – ingen deadline längre (${by})`,
  announceCleared: (title: string, field: string, by: string) => `✏️ ${title} – ${field}: (tomt) (${by})`,
};

export const activityEditHelpSv = {
  activity_create: {
    usage:
      "ny aktivitet <titel>; princip <princip>; part stad|civil|gemensamt[; deadline <datum>][; ansvarig org <text>][; beskrivning <text>]",
    description:
      "Lägg till en aktivitet i planen. Den får nästa lediga nummer. Principen skriver du som i `lista <princip>`. I Slack och Teams öppnar `ny aktivitet` utan något efter ett formulär; i konsolen visar det hur du skriver raden.",
    example: EXAMPLE,
  },
  activity_change: {
    usage:
      "ändra <nr> titel|beskrivning|princip|part|åtagande|ansvarig org|uppdragsbeställare|partner|uppföljning <värde>",
    description:
      "Ändra en uppgift om en aktivitet. Med `ingen` (eller `-`) som värde töms fältet; titel, princip och part går inte att tömma. `visa <nr>` visar ändringarna, de senaste först.",
    example: "ändra 13 titel Gå igenom föreningsregistret",
  },
  deadline_clear: {
    usage: "deadline <nr> ingen",
    description: "Ta bort en aktivitets deadline.",
    example: "deadline 13 ingen",
  },
};

/** After "Bara samordnare och administratörer kan …". */
export const activityEditActionsSv = {
  activity_create: "lägga till aktiviteter",
  activity_change: "ändra aktiviteter",
  deadline_clear: "ta bort en deadline",
};
