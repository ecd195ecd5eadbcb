// The minutes' commands: `närvarande`, `inbjuden`, `anteckning`, `beslut`, `uppdrag`, `arbetsgrupp`,
// `protokoll`, `protokollförare`, `invändning`, `inga invändningar`, in Swedish and English. Part of
// the one parser (parse-command.ts), kept apart so the command family reads as a whole.
import type { ParseResult } from "./command.ts";
import type { LocalDate } from "./local-date.ts";
import { MAX_MINUTES_TEXT_LENGTH } from "./minutes-command.ts";
import { cleanFreeText, normalizeForMatch, stripTrailingPunctuation } from "./normalize-text.ts";
import { done, fail, type Line, MAX_NAME_LENGTH, restText } from "./parse-command.ts";
import { parseSwedishDate } from "./swedish-dates.ts";

const commandOf = (line: Line, words = 1) =>
  line.tokens
    .slice(0, words)
    .map((t) => t.raw)
    .join(" ")
    .toLowerCase();

function tooLong(text: string, max: number, subject?: "name"): ParseResult | undefined {
  return text.length > max
    ? fail({ code: "text_too_long", length: text.length, max, ...(subject ? { subject } : {}) })
    : undefined;
}

/** "Anna Fogel, KG Granberg och Tina Modin." → the names, in order; "(KD)" stays with its name. */
export function splitNames(text: string): string[] {
  return cleanFreeText(text)
    .split(/\s*,\s*|\s+(?:och|and|&)\s+/i)
    .map((n) => stripTrailingPunctuation(n.trim()))
    .filter((n) => /\p{L}/u.test(n));
}

function names(line: Line, from: number, command: string): ParseResult | { names: string[] } {
  const found = splitNames(restText(line, from));
  if (found.length === 0) return fail({ code: "missing_argument", command, argument: "names" });
  const long = found.find((n) => n.length > MAX_NAME_LENGTH);
  return long ? (tooLong(long, MAX_NAME_LENGTH, "name") as ParseResult) : { names: found };
}

export function parsePresent(line: Line): ParseResult {
  // Alone: the ones who answered *Jag kommer* to the meeting.
  if (line.tokens.length === 1) return done({ kind: "minutes_present", names: [] });
  const found = names(line, 1, commandOf(line));
  return "names" in found ? done({ kind: "minutes_present", names: found.names }) : found;
}

/** `inbjuden <namn>, <organisation>`: the first comma ends the name. */
export function parseInvited(line: Line): ParseResult {
  const [name = "", ...rest] = cleanFreeText(restText(line, 1)).split(",");
  const person = stripTrailingPunctuation(name.trim());
  const organisation = stripTrailingPunctuation(rest.join(",").trim());
  if (!/\p{L}/u.test(person))
    return fail({ code: "missing_argument", command: commandOf(line), argument: "memberName" });
  return (
    tooLong(person, MAX_NAME_LENGTH, "name") ??
    tooLong(organisation, MAX_NAME_LENGTH, "name") ??
    done({ kind: "minutes_invited", name: person, ...(organisation ? { organisation } : {}) })
  );
}

function pointNumber(raw: string | undefined): number | undefined {
  const n = /^(?:nr\.?|punkt)?(\d{1,3})[.:,)]?$/i.exec(raw ?? "");
  return n && Number(n[1]) >= 1 ? Number(n[1]) : undefined;
}

/** `anteckning <punkt> <text>` and `beslut <punkt> <text>`. */
export function parsePointEntry(line: Line, kind: "minutes_note" | "minutes_decision"): ParseResult {
  const command = commandOf(line);
  let at = 1;
  if (["punkt", "point"].includes(line.tokens[at]?.key ?? "")) at++;
  const token = line.tokens[at];
  if (!token) return fail({ code: "missing_argument", command, argument: "number" });
  const point = pointNumber(token.raw);
  if (point === undefined) return fail({ code: "bad_number", command, given: token.raw });
  const text = cleanFreeText(restText(line, at + 1));
  if (!text) return fail({ code: "missing_argument", command: `${command} ${point}`, argument: "text" });
  return tooLong(text, MAX_MINUTES_TEXT_LENGTH) ?? done({ kind, point, text });
}

const DONE_WORDS = ["klart", "klar", "done", "avklarat", "stang", "close"];
const DUE_WORDS = ["till", "senast", "by", "until"];
// The first word of a date as people write one: a number, a weekday, "idag", "imorgon", "v12".
const DATE_START =
  /^(?:\d|v\d|idag|imorgon|i morgon|overmorgon|today|tomorrow|mandag|tisdag|onsdag|torsdag|fredag|lordag|sondag|monday|tuesday|wednesday|thursday|friday|saturday|sunday|nasta)/;

/**
 * `uppdrag`, `uppdrag klart <nr>`, `uppdrag <namn>[:] <text> [till <datum>]`. A `till` is the date only
 * when what follows it reads as one: "till ett möte torsdag 2 mars" stays part of the text, but
 * "till 31 februari" is a date that does not exist.
 */
export function parseTask(line: Line, today: LocalDate): ParseResult {
  const command = commandOf(line);
  if (line.tokens.length === 1) return done({ kind: "tasks" });
  if (DONE_WORDS.includes(line.tokens[1]?.key ?? "")) {
    const token = line.tokens[2];
    const doneCommand = commandOf(line, 2);
    if (!token) return fail({ code: "missing_argument", command: doneCommand, argument: "number" });
    const n = /^(?:#|nr\.?)?(\d{1,6})[.:,]?$/i.exec(token.raw);
    if (!n || Number(n[1]) < 1 || line.tokens.length > 3)
      return fail({ code: "bad_number", command: doneCommand, given: restText(line, 2) });
    return done({ kind: "task_done", number: Number(n[1]) });
  }
  let end = line.tokens.length;
  let due: LocalDate | undefined;
  for (let i = line.tokens.length - 2; i >= 2; i--) {
    if (!DUE_WORDS.includes(line.tokens[i]?.key ?? "")) continue;
    const words = line.tokens.slice(i + 1).map((t) => t.raw);
    const first = normalizeForMatch(words[0] ?? "");
    if (!DATE_START.test(first)) continue;
    const date = parseSwedishDate(words, today);
    if (!date?.ok || date.consumed < words.length)
      return fail({
        code: "bad_date",
        given: words.join(" "),
        ...(date && !date.ok && date.wrongWeekday ? { wrongWeekday: date.wrongWeekday } : {}),
      });
    [end, due] = [i, date.date];
    break;
  }
  const startAt = line.tokens[1]?.start ?? 0;
  const endAt = line.tokens[end]?.start ?? line.text.length;
  const body = stripTrailingPunctuation(cleanFreeText(line.text.slice(startAt, endAt).trim()));
  const colon = body.indexOf(":");
  const person = colon > 0 ? body.slice(0, colon).trim() : undefined;
  const text = colon > 0 ? body.slice(colon + 1).trim() : body;
  if (!text || (person !== undefined && !/\p{L}/u.test(person)))
    return fail({ code: "missing_argument", command, argument: "text" });
  return (
    tooLong(person ?? "", MAX_NAME_LENGTH, "name") ??
    tooLong(text, MAX_MINUTES_TEXT_LENGTH) ??
    done({ kind: "task_add", ...(person ? { person } : {}), text, ...(due ? { due } : {}) })
  );
}

const NEW_WORDS = ["ny", "nytt", "new"];
const MEMBERS_WORDS = ["medlemmar", "members", "deltagare"];

/** `arbetsgrupp ny <namn>`, `arbetsgrupp <namn> medlemmar <namn>, …`; alone it lists them. */
export function parseWorkingGroup(line: Line): ParseResult {
  const command = commandOf(line);
  if (line.tokens.length === 1) return done({ kind: "working_groups" });
  if (NEW_WORDS.includes(line.tokens[1]?.key ?? "")) {
    const name = stripTrailingPunctuation(cleanFreeText(restText(line, 2)));
    if (!/\p{L}/u.test(name))
      return fail({ code: "missing_argument", command: commandOf(line, 2), argument: "workingGroupName" });
    return tooLong(name, MAX_NAME_LENGTH, "name") ?? done({ kind: "working_group_new", name });
  }
  const at = line.tokens.findIndex((t, i) => i > 1 && MEMBERS_WORDS.includes(t.key));
  if (at < 0) return fail({ code: "missing_argument", command, argument: "names" });
  const name = cleanFreeText(line.text.slice(line.tokens[1]?.start ?? 0, line.tokens[at]?.start).trim());
  const found = names(line, at + 1, `${command} ${name} ${line.tokens[at]?.raw ?? ""}`);
  if (!("names" in found)) return found;
  return (
    tooLong(name, MAX_NAME_LENGTH, "name") ??
    done({ kind: "working_group_members", name, members: found.names })
  );
}

const FINAL_WORDS = ["klart", "klar", "final", "done", "fardigt", "justera", "justerat"];
const FILE_WORDS = ["fil", "filen", "file", "docx", "word", "markdown", "md"];

export function parseMinutes(line: Line): ParseResult {
  const [a] = line.tokens.slice(1).map((t) => t.key);
  if (a === undefined || ["visa", "show", "utkast", "draft"].includes(a))
    return done({ kind: "minutes_show" });
  if (FINAL_WORDS.includes(a)) return done({ kind: "minutes_final" });
  if (FILE_WORDS.includes(a)) return done({ kind: "minutes_file" });
  return fail({ code: "unknown_command", word: commandOf(line, 2) });
}

export function parseNoteTaker(line: Line): ParseResult {
  const person = stripTrailingPunctuation(cleanFreeText(restText(line, 1)).replace(/^@/, ""));
  if (!/\p{L}/u.test(person))
    return fail({ code: "missing_argument", command: commandOf(line), argument: "memberName" });
  return tooLong(person, MAX_NAME_LENGTH, "name") ?? done({ kind: "minutes_note_taker", person });
}

export function parseObjection(line: Line): ParseResult {
  const text = cleanFreeText(restText(line, 1));
  if (!text) return fail({ code: "missing_argument", command: commandOf(line), argument: "text" });
  return tooLong(text, MAX_MINUTES_TEXT_LENGTH) ?? done({ kind: "minutes_objection", text });
}

/** `inga invändningar` / `no objections`; `inga` followed by anything else is not a command. */
export function parseNoObjections(line: Line): ParseResult {
  const rest = line.tokens.slice(1).map((t) => t.key);
  if (rest.length === 1 && ["invandningar", "invandning", "objections", "objection"].includes(rest[0] ?? ""))
    return done({ kind: "minutes_no_objections" });
  return fail({ code: "unknown_command", word: commandOf(line, 2) });
}

/**
 * "Föreningarnas hus för Handlingsplan" → the place and the working group. The first `för` counts, since
 * working groups are named like "Riktlinjer för lokaler".
 */
export function workingGroupOfPlace(text: string): { place: string; workingGroup?: string } {
  const m = /^(?:(.*?)\s+)?(?:för|for)\s+(\S.*)$/iu.exec(text);
  if (!m) return { place: text };
  const workingGroup = stripTrailingPunctuation(cleanFreeText(m[2] ?? ""));
  return workingGroup ? { place: (m[1] ?? "").trim(), workingGroup } : { place: text };
}
