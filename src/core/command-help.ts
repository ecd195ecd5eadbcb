// The command language as data: the words people may type, and the help text for each command.
// Used by the parser (which word means what), the help reply and the "menade du …?" suggestions.
import type { Messages } from "../texts/index.ts";
import type { ListFilter } from "./command.ts";
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
  { word: "årshjul", aliases: ["arshjul", "year", "calendar", "kalender"] },
  { word: "agenda", aliases: [] },
  { word: "rapport", aliases: ["report", "statusrapport"] },
  { word: "hjälp", aliases: ["help", "?"] },
  { word: "koppla", aliases: ["bind", "connect"] },
  { word: "språk", aliases: ["language", "lang", "sprak"] },
  { word: "påminnelser", aliases: ["påminnelse", "reminders", "reminder"] },
  { word: "digest", aliases: ["veckobrev", "sammanfattning"] },
  { word: "tyst", aliases: ["quiet", "mute", "pausa"] },
  { word: "webb", aliases: ["web", "webben", "webbsida", "webpage"] },
  { word: "dölj", aliases: ["hide", "göm"] },
  { word: "planer", aliases: ["plans"] },
  { word: "plan", aliases: [] },
  // `ny aktivitet …`, `ny plan …` and `ny medlem …`: the first word of a phrase, the parser reads what
  // follows; the two-word aliases let the errors about a new plan find its help.
  { word: "ny", aliases: ["new", "nya", "nytt", "ny plan", "new plan"] },
  { word: "ändra", aliases: ["change", "edit"] },
  { word: "medlemmar", aliases: ["members", "medlem", "member", "medlemslista"] },
  { word: "roll", aliases: ["role", "roller"] },
  /** `ta bort medlem`. */
  { word: "ta", aliases: ["remove"] },
  // The minutes of a meeting, its tasks and the group's working groups.
  { word: "närvarande", aliases: ["present", "attendees", "närvarolista"] },
  { word: "inbjuden", aliases: ["inbjudna", "invited", "guest"] },
  { word: "anteckning", aliases: ["anteckna", "note"] },
  { word: "beslut", aliases: ["decision", "decided"] },
  { word: "uppdrag", aliases: ["task", "tasks", "uppdragen"] },
  { word: "arbetsgrupp", aliases: ["workgroup", "working-group", "arbetsgruppen"] },
  { word: "arbetsgrupper", aliases: ["workgroups", "working-groups"] },
  { word: "protokoll", aliases: ["minutes", "minnesanteckningar", "protokollet"] },
  { word: "protokollförare", aliases: ["notetaker", "note-taker", "sekreterare"] },
  { word: "invändning", aliases: ["invändningar", "objection", "objections"] },
  /** `inga invändningar`. */
  { word: "inga", aliases: ["no"] },
  { word: "närvaro", aliases: ["attendance", "narvaro", "kommer"] },
  /** `logga in`, `login`: a sign-in link to the web pages (also `webb logga in`). */
  { word: "logga", aliases: ["login", "log", "signin"] },
  { word: "importera", aliases: ["import"] },
  { word: "mål", aliases: ["goals", "goal", "målen"] },
  { word: "uppföljning", aliases: ["uppföljningen", "follow-up", "followup", "round"] },
  { word: "bedöm", aliases: ["bedömning", "assess", "bedom"] },
  { word: "lärdom", aliases: ["lärdomar", "lesson", "lessons"] },
];

/** The commands that have a help entry; its usage, description and example are in the catalogue. */
export type HelpKind = keyof Messages["help"]["entries"];

export interface CommandHelp {
  kind: HelpKind;
  /** The command word it starts with, as in COMMAND_WORDS. */
  word: string;
  /** Only coordinators and admins may run it; the service enforces this, the help just says so. */
  coordinatorsOnly: boolean;
  /** Where one word starts several commands (`ny aktivitet`, `ny plan`): the folded words after it. */
  next?: readonly string[];
}

export const COMMAND_HELP: readonly CommandHelp[] = [
  {
    kind: "status_set",
    word: "status",
    coordinatorsOnly: false,
  },
  {
    kind: "status_show",
    word: "status",
    coordinatorsOnly: false,
  },
  {
    kind: "show",
    word: "visa",
    coordinatorsOnly: false,
  },
  {
    kind: "list",
    word: "lista",
    coordinatorsOnly: false,
  },
  {
    kind: "owner",
    word: "ansvarig",
    coordinatorsOnly: true,
  },
  {
    kind: "deadline",
    word: "deadline",
    coordinatorsOnly: true,
  },
  {
    kind: "meeting_create",
    word: "möte",
    coordinatorsOnly: true,
  },
  {
    kind: "meeting_move",
    word: "möte",
    coordinatorsOnly: true,
  },
  {
    kind: "meeting_remove",
    word: "möte",
    coordinatorsOnly: true,
  },
  {
    kind: "meetings",
    word: "möten",
    coordinatorsOnly: false,
  },
  {
    kind: "meeting_series",
    word: "möte",
    coordinatorsOnly: true,
  },
  {
    kind: "year_wheel",
    word: "årshjul",
    coordinatorsOnly: false,
  },
  {
    kind: "agenda_show",
    word: "agenda",
    coordinatorsOnly: false,
  },
  {
    kind: "agenda_add",
    word: "agenda",
    coordinatorsOnly: false,
  },
  {
    kind: "agenda_remove",
    word: "agenda",
    coordinatorsOnly: false,
  },
  {
    kind: "agenda_done",
    word: "agenda",
    coordinatorsOnly: true,
  },
  {
    kind: "agenda_move",
    word: "agenda",
    coordinatorsOnly: true,
  },
  {
    kind: "agenda_defer",
    word: "agenda",
    coordinatorsOnly: true,
  },
  {
    kind: "attendance_show",
    word: "närvaro",
    coordinatorsOnly: false,
  },
  {
    kind: "attendance_set",
    word: "närvaro",
    coordinatorsOnly: false,
  },
  {
    kind: "report",
    word: "rapport",
    coordinatorsOnly: false,
  },
  {
    kind: "report_file",
    word: "rapport",
    coordinatorsOnly: true,
  },
  {
    kind: "help",
    word: "hjälp",
    coordinatorsOnly: false,
  },
  {
    kind: "bind",
    word: "koppla",
    coordinatorsOnly: true,
  },
  {
    kind: "language",
    word: "språk",
    coordinatorsOnly: true,
  },
  {
    kind: "settings_show",
    word: "påminnelser",
    coordinatorsOnly: false,
  },
  {
    kind: "reminders_toggle",
    word: "påminnelser",
    coordinatorsOnly: true,
  },
  {
    kind: "reminder_days",
    word: "påminnelser",
    coordinatorsOnly: true,
  },
  {
    kind: "agenda_days",
    word: "agenda",
    coordinatorsOnly: true,
  },
  {
    kind: "digest_toggle",
    word: "digest",
    coordinatorsOnly: true,
  },
  {
    kind: "quiet",
    word: "tyst",
    coordinatorsOnly: false,
  },
  {
    kind: "quiet_off",
    word: "tyst",
    coordinatorsOnly: false,
  },
  { kind: "web_show", word: "webb", coordinatorsOnly: false },
  { kind: "web_toggle", word: "webb", coordinatorsOnly: true },
  { kind: "web_names", word: "webb", coordinatorsOnly: true },
  { kind: "web_contact", word: "webb", coordinatorsOnly: true },
  { kind: "web_licence", word: "webb", coordinatorsOnly: true },
  { kind: "hide", word: "dölj", coordinatorsOnly: true },
  { kind: "activity_create", word: "ny", coordinatorsOnly: true, next: ["aktivitet", "activity"] },
  { kind: "activity_change", word: "ändra", coordinatorsOnly: true },
  { kind: "deadline_clear", word: "deadline", coordinatorsOnly: true },
  { kind: "plans", word: "planer", coordinatorsOnly: false },
  { kind: "plan_activate", word: "plan", coordinatorsOnly: true },
  { kind: "plan_new", word: "ny", coordinatorsOnly: true, next: ["plan"] },
  { kind: "members", word: "medlemmar", coordinatorsOnly: false },
  { kind: "member_add", word: "ny", coordinatorsOnly: true, next: ["medlem", "member"] },
  { kind: "member_remove", word: "ta", coordinatorsOnly: true },
  { kind: "member_role", word: "roll", coordinatorsOnly: true },
  { kind: "bind_new", word: "koppla", coordinatorsOnly: true },
  { kind: "web_login", word: "webb", coordinatorsOnly: false },
  { kind: "plan_file", word: "importera", coordinatorsOnly: true },
  { kind: "import_confirm", word: "importera", coordinatorsOnly: true },
  { kind: "import_cancel", word: "importera", coordinatorsOnly: true },
  // The minutes: samordnare, or the member named with `protokollförare`; the service checks which, so
  // the help does not mark them as for samordnare only.
  { kind: "minutes_present", word: "närvarande", coordinatorsOnly: false },
  { kind: "minutes_invited", word: "inbjuden", coordinatorsOnly: false },
  { kind: "minutes_note", word: "anteckning", coordinatorsOnly: false },
  { kind: "minutes_decision", word: "beslut", coordinatorsOnly: false },
  { kind: "task_add", word: "uppdrag", coordinatorsOnly: false },
  { kind: "task_done", word: "uppdrag", coordinatorsOnly: false },
  { kind: "tasks", word: "uppdrag", coordinatorsOnly: false },
  { kind: "working_group_new", word: "arbetsgrupp", coordinatorsOnly: false },
  { kind: "working_group_members", word: "arbetsgrupp", coordinatorsOnly: false },
  { kind: "working_groups", word: "arbetsgrupper", coordinatorsOnly: false },
  { kind: "minutes_show", word: "protokoll", coordinatorsOnly: false },
  { kind: "minutes_final", word: "protokoll", coordinatorsOnly: false },
  { kind: "minutes_file", word: "protokoll", coordinatorsOnly: false },
  { kind: "minutes_note_taker", word: "protokollförare", coordinatorsOnly: true },
  { kind: "minutes_objection", word: "invändning", coordinatorsOnly: false },
  { kind: "minutes_no_objections", word: "inga", coordinatorsOnly: false },
  { kind: "goals", word: "mål", coordinatorsOnly: false },
  { kind: "goal_add", word: "mål", coordinatorsOnly: true },
  { kind: "goal_change", word: "mål", coordinatorsOnly: true },
  { kind: "goal_remove", word: "mål", coordinatorsOnly: true },
  { kind: "round_start", word: "uppföljning", coordinatorsOnly: true },
  { kind: "round_show", word: "uppföljning", coordinatorsOnly: true },
  { kind: "round_close", word: "uppföljning", coordinatorsOnly: true },
  { kind: "round_text", word: "uppföljning", coordinatorsOnly: false },
  { kind: "assess", word: "bedöm", coordinatorsOnly: false },
  { kind: "lesson", word: "lärdom", coordinatorsOnly: false },
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
  // "ny medlem", "webb namn": the whole phrase, else its first word that is a command word.
  const word =
    findCommandWord(topic) ??
    topic.split(/\s+/).map(findCommandWord).find(Boolean) ??
    suggestCommandWord(topic);
  const canonical = word === "mina" ? "lista" : word;
  const all = COMMAND_HELP.filter((h) => h.word === canonical);
  // "ny plan": of the commands `ny` starts, the one the next word names; `ny` alone: all of them.
  const words = normalizeForMatch(topic).split(/\s+/);
  const at = words.findIndex((w) => findCommandWord(w) === word);
  const next = words[at + 1];
  const narrowed = next === undefined ? [] : all.filter((h) => h.next?.includes(next));
  return narrowed.length ? narrowed : all;
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
