// The command language as data: the words people may type, and the help text for each command.
// Used by the parser (which word means what), the help reply and the "menade du …?" suggestions.
import type { CommandKind, ListFilter } from "./command.ts";
import { normalizeForMatch } from "./normalize-text.ts";
import { statusOfPhrase } from "./status-vocabulary.ts";
import { closest, typoTolerance } from "./suggest.ts";

/** A command word as shown in help (Swedish), and the other spellings that mean the same. */
export interface CommandWord {
  word: string;
  aliases: readonly string[];
}

/** Swedish first; aliases are English or older words. Diacritic-free spellings match by folding. */
export const COMMAND_WORDS: readonly CommandWord[] = [
  { word: "status", aliases: ["st"] },
  { word: "visa", aliases: ["show"] },
  { word: "lista", aliases: ["list", "ls"] },
  { word: "mina", aliases: ["mine"] },
  { word: "ansvarig", aliases: ["ägare", "owner"] },
  { word: "deadline", aliases: ["klart", "due"] },
  { word: "möte", aliases: ["meeting"] },
  { word: "möten", aliases: ["meetings"] },
  { word: "agenda", aliases: [] },
  { word: "rapport", aliases: ["uppföljning", "report"] },
  { word: "hjälp", aliases: ["help", "?"] },
  { word: "koppla", aliases: ["bind", "connect"] },
  { word: "påminnelser", aliases: ["påminnelse", "reminders", "reminder"] },
  { word: "digest", aliases: ["veckobrev", "sammanfattning"] },
  { word: "tyst", aliases: ["quiet", "mute", "pausa"] },
];

export interface CommandHelp {
  kind: CommandKind;
  /** The command word it starts with, as in COMMAND_WORDS. */
  word: string;
  usage: string;
  description: string;
  example: string;
  /** Only coordinators and admins may run it; the service enforces this, the help just says so. */
  coordinatorsOnly: boolean;
}

export const COMMAND_HELP: readonly CommandHelp[] = [
  {
    kind: "status_set",
    word: "status",
    usage: "status <nr> <status> [kommentar]",
    description:
      "Berätta hur det går med en aktivitet: ej påbörjad, pågår, klar, försenad, pausad eller struken.",
    example: "status 13 klar Föreningsregistret är genomgånget",
    coordinatorsOnly: false,
  },
  {
    kind: "status_show",
    word: "status",
    usage: "status <nr>",
    description: "Se senaste status och kommentarer för en aktivitet.",
    example: "status 13",
    coordinatorsOnly: false,
  },
  {
    kind: "show",
    word: "visa",
    usage: "visa <nr>",
    description: "Allt om en aktivitet: vad, vem som är ansvarig, deadline och status.",
    example: "visa 13",
    coordinatorsOnly: false,
  },
  {
    kind: "list",
    word: "lista",
    usage: "lista [mina | försenade | <status> | stad | civil | gemensamt | <princip>]",
    description:
      "Lista aktiviteterna, alla eller ett urval: dina, försenade, efter status (klara, pågår, ej påbörjade, pausade, strukna), part eller princip. `mina` räcker för dina egna.",
    example: "lista försenade",
    coordinatorsOnly: false,
  },
  {
    kind: "owner",
    word: "ansvarig",
    usage: "ansvarig <nr> <person>",
    description: "Lägg till en ansvarig. Med minus framför namnet tar du bort en: `ansvarig 13 -Anna Fogel`.",
    example: "ansvarig 13 Anna Fogel",
    coordinatorsOnly: true,
  },
  {
    kind: "deadline",
    word: "deadline",
    usage: "deadline <nr> <datum>",
    description:
      "Sätt när en aktivitet ska vara klar: 2027-03-15, 15/3, 15/3-27, 15.3.2027, 15 mars, torsdag 2 mars, fredag, nästa fredag, v12 (fredagen i vecka 12), idag eller imorgon. En deadline gäller hela dagen.",
    example: "deadline 13 15 mars",
    coordinatorsOnly: true,
  },
  {
    kind: "meeting_create",
    word: "möte",
    usage: "möte <datum> <tid> [plats]",
    description: "Boka gruppens nästa möte. Jag påminner och skickar agendan.",
    example: "möte 2 maj kl. 18-20 på Föreningarnas hus",
    coordinatorsOnly: true,
  },
  {
    kind: "meetings",
    word: "möten",
    usage: "möten",
    description: "Se gruppens kommande möten.",
    example: "möten",
    coordinatorsOnly: false,
  },
  {
    kind: "agenda_show",
    word: "agenda",
    usage: "agenda",
    description: "Se agendan för nästa möte.",
    example: "agenda",
    coordinatorsOnly: false,
  },
  {
    kind: "agenda_add",
    word: "agenda",
    usage: "agenda lägg till <text>",
    description: "Föreslå en punkt till nästa möte.",
    example: "agenda lägg till Riktlinjer för lokaler",
    coordinatorsOnly: false,
  },
  {
    kind: "report",
    word: "rapport",
    usage: "rapport",
    description: "Uppföljningen: status för alla aktiviteter, som underlag till den årliga statusrapporten.",
    example: "rapport",
    coordinatorsOnly: false,
  },
  {
    kind: "report_file",
    word: "rapport",
    usage: "rapport fil",
    description:
      "Uppföljningen som Excel-fil i kanalen (i Slack), med alla aktiviteter, historiken och en sammanfattning. I terminalen skriver du filen med `npx lok export <fil.xlsx>`.",
    example: "rapport fil",
    coordinatorsOnly: true,
  },
  {
    kind: "help",
    word: "hjälp",
    usage: "hjälp [kommando]",
    description: "Visa den här hjälpen, eller mer om ett kommando.",
    example: "hjälp status",
    coordinatorsOnly: false,
  },
  {
    kind: "bind",
    word: "koppla",
    usage: "koppla [grupp]",
    description: "Koppla den här kanalen till en samverkansgrupp, så att jag vet vilken plan som gäller här.",
    example: "koppla Samverkansrådet Örebro",
    coordinatorsOnly: true,
  },
  {
    kind: "settings_show",
    word: "påminnelser",
    usage: "påminnelser",
    description: "Se när jag skickar påminnelser om deadlines, dagordningar och veckobrevet.",
    example: "påminnelser",
    coordinatorsOnly: false,
  },
  {
    kind: "reminders_toggle",
    word: "påminnelser",
    usage: "påminnelser av|på",
    description: "Stäng av eller slå på gruppens påminnelser om deadlines.",
    example: "påminnelser av",
    coordinatorsOnly: true,
  },
  {
    kind: "reminder_days",
    word: "påminnelser",
    usage: "påminnelser dagar <dagar>",
    description:
      "Hur många dagar före en deadline ägarna påminns; 0 är samma dag. Försenade påminns sedan varje vecka.",
    example: "påminnelser dagar 14,3,0",
    coordinatorsOnly: true,
  },
  {
    kind: "agenda_days",
    word: "agenda",
    usage: "agenda dagar <antal>",
    description: "Hur många dagar före mötet jag lägger ut dagordningen i kanalen.",
    example: "agenda dagar 3",
    coordinatorsOnly: true,
  },
  {
    kind: "digest_toggle",
    word: "digest",
    usage: "digest av|på",
    description: "Stäng av eller slå på veckobrevet i kanalen (måndagar kl. 08.30).",
    example: "digest av",
    coordinatorsOnly: true,
  },
  {
    kind: "quiet",
    word: "tyst",
    usage: "tyst [till <datum>]",
    description:
      "Pausa dina egna påminnelser, till exempel under semestern. Utan datum tills du skriver `tyst av`.",
    example: "tyst till 15 augusti",
    coordinatorsOnly: false,
  },
  {
    kind: "quiet_off",
    word: "tyst",
    usage: "tyst av",
    description: "Slå på dina påminnelser igen.",
    example: "tyst av",
    coordinatorsOnly: false,
  },
];

// Folded spelling → canonical word, e.g. "agare" → "ansvarig", "moten" → "möten".
const WORD_INDEX = new Map<string, string>();
for (const { word, aliases } of COMMAND_WORDS) {
  for (const spelling of [word, ...aliases]) WORD_INDEX.set(normalizeForMatch(spelling), word);
}

/** The canonical command word for a typed word ("Hjalp", "owner", "möte"), or undefined. */
export function findCommandWord(typed: string): string | undefined {
  return WORD_INDEX.get(normalizeForMatch(typed));
}

/** The canonical command word closest to a typo ("stauts" → "status"); one- and two-letter aliases never win. */
export function suggestCommandWord(typed: string): string | undefined {
  const folded = normalizeForMatch(typed);
  const spellings = [...WORD_INDEX.keys()].filter((s) => s.length > 2);
  const match = closest(folded, spellings, typoTolerance(folded));
  return match === undefined ? undefined : WORD_INDEX.get(match);
}

/** Help entries for a topic: a command word or alias, exact or nearly so; empty when nothing fits. */
export function helpFor(topic: string): CommandHelp[] {
  const word = findCommandWord(topic) ?? suggestCommandWord(topic);
  const canonical = word === "mina" ? "lista" : word;
  return COMMAND_HELP.filter((h) => h.word === canonical);
}

// Words after `lista` that pick a fixed filter (folded); anything else is a principle to look up.
const LIST_FILTER_WORDS: readonly [ListFilter, readonly string[]][] = [
  [{ type: "all" }, ["alla", "all", "allt"]],
  [{ type: "mine" }, ["mina", "mine", "my"]],
  [{ type: "overdue" }, ["forsenade", "forsenad", "forsenat", "sena", "sen", "overdue", "late", "delayed"]],
  [
    { type: "party", party: "stad" },
    ["stad", "staden", "stadens", "kommun", "kommunen", "kommunens", "city"],
  ],
  [
    { type: "party", party: "civilsamhalle" },
    [
      "civil",
      "civila",
      "civilsamhalle",
      "civilsamhallet",
      "civilsamhallets",
      "civila samhallet",
      "det civila samhallet",
    ],
  ],
  [{ type: "party", party: "gemensamt" }, ["gemensamt", "gemensamma", "gemensam", "joint"]],
];

/**
 * The fixed list filter a phrase names ("försenade", "Civila samhället", "klara"), or undefined for a
 * principle. "försenade" is the overdue list (status försenad or a passed deadline), not the status alone.
 */
export function findListFilter(phrase: string): ListFilter | undefined {
  const folded = normalizeForMatch(phrase).trim();
  const fixed = LIST_FILTER_WORDS.find(([, words]) => words.includes(folded))?.[0];
  if (fixed) return fixed;
  const status = statusOfPhrase(phrase);
  return status ? { type: "status", status } : undefined;
}
