// One line of chat → one typed Command, or a ParseError that says what went wrong. The same parser
// serves Slack, Teams and the console. Pure and total: it never throws, whatever is typed.

import { formatLocalDate } from "./calendar.ts";
import {
  type Command,
  commandSchema,
  type DroppedTime,
  MAX_COMMENT_LENGTH,
  MAX_CONTACT_LENGTH,
  MAX_PLAN_NAME_LENGTH,
  type MeetingRef,
  type ParseError,
  type ParseResult,
} from "./command.ts";
import { findCommandWord, findListFilter, suggestCommandWord } from "./command-help.ts";
import type { LocalDate } from "./local-date.ts";
import type { SeriesRule } from "./meeting-series.ts";
import {
  cleanFreeText,
  collapseWhitespace,
  normalizeForMatch,
  stripTrailingPunctuation,
} from "./normalize-text.ts";
import { parseActivityChange, parseNewActivity } from "./parse-activity-edit.ts";
import { parseAssess, parseGoals, parseLesson, parseReport, parseRound } from "./parse-follow-up.ts";
import {
  parseInvited,
  parseMinutes,
  parseNoObjections,
  parseNoteTaker,
  parseObjection,
  parsePointEntry,
  parsePresent,
  parseTask,
  parseWorkingGroup,
  workingGroupOfPlace,
} from "./parse-minutes.ts";
import { periodFromPlanName } from "./plan-sheet/plan-title.ts";
import { MAX_AGENDA_DAYS, MAX_OFFSET_DAYS, MAX_REMINDER_OFFSETS } from "./reminders/settings.ts";
import { parseStatus, suggestStatus } from "./status-vocabulary.ts";
import { parseSwedishDate, parseTime, weekdayWord } from "./swedish-dates.ts";

/** Longest person name or meeting place we accept; longer is a paste accident, not a name. */
export const MAX_NAME_LENGTH = 200;

export interface ParseContext {
  today: LocalDate;
}

export interface Token {
  raw: string;
  /** Folded, lowercased, trailing punctuation removed: for keyword matching only. */
  key: string;
  start: number;
}

export interface Line {
  text: string;
  tokens: Token[];
}

export type Step<T> = { ok: true; value: T; next: number } | { ok: false; error: ParseError };

const INVOCATIONS = new Set(["/lok", "lok", "@lok", "@lok-boten", "@lokboten", "lok-boten", "/lok-boten"]);
// Platform mention markup that may still lead the text: Slack <@U123|name>, Teams <at>LÖK-boten</at>.
const LEADING_MENTION = /^(?:\s*(?:<@[A-Z0-9]+(?:\|[^>]*)?>|<at>[^<]*<\/at>)[:,]?)+/i;

function tokenize(input: string): Line {
  const text = collapseWhitespace(collapseWhitespace(input).replace(LEADING_MENTION, ""));
  const tokens: Token[] = [];
  for (const m of text.matchAll(/\S+/g)) {
    tokens.push({ raw: m[0], key: stripTrailingPunctuation(normalizeForMatch(m[0])), start: m.index });
  }
  let first = 0;
  while (first < tokens.length && INVOCATIONS.has(tokens[first]?.key ?? "")) first++;
  return { text, tokens: tokens.slice(first) };
}

/** The original text from token `i` to the end of the line ("" past the end). */
export function restText(line: Line, i: number): string {
  const token = line.tokens[i];
  return token === undefined ? "" : line.text.slice(token.start);
}

const keys = (line: Line, from: number): string[] => line.tokens.slice(from).map((t) => t.key);
const raws = (line: Line, from: number, to?: number): string[] =>
  line.tokens.slice(from, to).map((t) => t.raw);

export function activityNumber(line: Line, i: number, command: string): Step<number> {
  let at = i;
  if (["nr", "nummer", "aktivitet"].includes(line.tokens[at]?.key ?? "")) at++;
  const token = line.tokens[at];
  if (token === undefined)
    return { ok: false, error: { code: "missing_argument", command, argument: "number" } };
  const m = /^(?:#|nr\.?)?(\d{1,9})[.:,]?$/i.exec(token.raw);
  const value = m ? Number(m[1]) : 0;
  if (value < 1) return { ok: false, error: { code: "bad_number", command, given: token.raw } };
  return { ok: true, value, next: at + 1 };
}

function tooLong(text: string, max: number): ParseError | undefined {
  return text.length > max ? { code: "text_too_long", length: text.length, max } : undefined;
}

function parseStatusCommand(line: Line): ParseResult {
  const nr = activityNumber(line, 1, "status");
  if (!nr.ok) return nr;
  if (nr.next >= line.tokens.length) return done({ kind: "status_show", number: nr.value });
  const found = parseStatus(raws(line, nr.next));
  if (!found) {
    // "inte klar" should be quoted back whole, not as "inte".
    const negated = ["ej", "inte", "not"].includes(line.tokens[nr.next]?.key ?? "");
    const given = stripTrailingPunctuation(raws(line, nr.next, nr.next + (negated ? 2 : 1)).join(" "));
    const suggestion = suggestStatus(given) ?? suggestStatus(raws(line, nr.next, nr.next + 2).join(" "));
    return fail({ code: "bad_status", given, ...(suggestion ? { suggestion } : {}) });
  }
  const comment = cleanFreeText(restText(line, nr.next + found.consumed));
  const long = tooLong(comment, MAX_COMMENT_LENGTH);
  if (long) return fail(long);
  return done({
    kind: "status_set",
    number: nr.value,
    status: found.status,
    ...(comment ? { comment } : {}),
  });
}

function parseList(line: Line): ParseResult {
  if (line.tokens.length === 1) return done({ kind: "list", filter: { type: "all" } });
  const known = findListFilter(keys(line, 1).join(" "));
  if (known) return done({ kind: "list", filter: known });
  const query = cleanFreeText(restText(line, 1));
  if (!/\p{L}/u.test(query)) return fail({ code: "bad_filter", given: restText(line, 1) });
  return (
    fail(tooLong(query, MAX_NAME_LENGTH)) ?? done({ kind: "list", filter: { type: "principle", query } })
  );
}

function parseOwner(line: Line): ParseResult {
  const nr = activityNumber(line, 1, "ansvarig");
  if (!nr.ok) return nr;
  const [a, b] = keys(line, nr.next);
  let from = nr.next;
  let remove = false;
  if (a === "ta" && b === "bort") [from, remove] = [from + 2, true];
  else if (a === "remove" || a === "bort") [from, remove] = [from + 1, true];
  else if (a === "lagg" && b === "till") from += 2;
  else if (a === "add") from += 1;
  let person = restText(line, from);
  if (/^[-–—−]/.test(person)) [person, remove] = [person.slice(1).trim(), true];
  else if (person.startsWith("+")) person = person.slice(1).trim();
  if (person === "") return fail({ code: "missing_argument", command: "ansvarig", argument: "person" });
  return fail(tooLong(person, MAX_NAME_LENGTH)) ?? done({ kind: "owner", number: nr.value, person, remove });
}

export type WholeDate =
  | { ok: true; date: LocalDate; byWeek?: true; droppedTime?: DroppedTime }
  | { ok: false; error: ParseError };

/**
 * A date that fills `words`, where a whole day is meant (a deadline, `tyst till`). Every word must
 * belong to it: "15 mars 20277" is a typo, not 15 March plus noise. A clock time after it ("15 mars
 * kl 12", "15/3 12:00") is read and returned apart, so the reply can say it was not kept; a bare
 * number ("15 mars 12") might as well be a mistyped year, so it is refused rather than guessed.
 */
export function wholeDate(words: string[], today: LocalDate): WholeDate {
  const date = parseSwedishDate(words, today);
  const badDate = (wrongWeekday?: LocalDate): WholeDate => ({
    ok: false,
    error: { code: "bad_date", given: words.join(" "), ...(wrongWeekday ? { wrongWeekday } : {}) },
  });
  if (!date?.ok) return badDate(date?.wrongWeekday);
  const found = { ok: true as const, date: date.date, ...(date.byWeek ? { byWeek: true as const } : {}) };
  const rest = words.slice(date.consumed);
  if (rest.length === 0) return found;
  const time = parseTime(rest);
  const clearlyTime = /^(?:kl|klockan)\b|[:.]\d{2}/.test(normalizeForMatch(rest[0] ?? ""));
  if (!time?.ok || time.consumed < rest.length || !clearlyTime) return badDate();
  return { ...found, droppedTime: { start: time.start, ...(time.end ? { end: time.end } : {}) } };
}

/** `deadline <nr> ingen`: the words that remove a deadline (folded). */
const NO_DEADLINE_WORDS = [
  "ingen",
  "inget",
  "ingen deadline",
  "ta bort",
  "bort",
  "none",
  "no deadline",
  "remove",
  "-",
];

function parseDeadline(line: Line, today: LocalDate): ParseResult {
  const nr = activityNumber(line, 1, "deadline");
  if (!nr.ok) return nr;
  const words = raws(line, nr.next);
  if (words.length === 0) return fail({ code: "missing_argument", command: "deadline", argument: "date" });
  if (NO_DEADLINE_WORDS.includes(keys(line, nr.next).join(" ")))
    return done({ kind: "deadline_clear", number: nr.value });
  const date = wholeDate(words, today);
  if (!date.ok) return date;
  const { ok: _ok, ...found } = date;
  return done({ kind: "deadline", number: nr.value, ...found });
}

/** One word (`stryk`, `remove`) or two (`ta bort`, `ställ in`) that cancel a meeting. */
const MEETING_REMOVE_WORDS = new Set(["stryk", "remove", "delete", "cancel"]);
const MEETING_REMOVE_PAIRS = new Set(["ta bort", "stall in"]);
const MEETING_MOVE_WORDS = new Set(["flytta", "move"]);
const MEETING_TO_WORDS = new Set(["till", "to"]);

/** `2` (its number in `möten`) or a date (`8 feb`, `2027-02-08`); the words must be nothing else. */
function meetingRef(words: readonly string[], today: LocalDate): Step<MeetingRef> {
  if (words.length === 0)
    return { ok: false, error: { code: "missing_argument", command: "möte", argument: "meeting" } };
  const n = /^(?:#|nr\.?)?(\d{1,2})[.:,]?$/i.exec(words[0] ?? "");
  if (n && words.length === 1) return { ok: true, value: { number: Number(n[1]) }, next: 1 };
  const date = parseSwedishDate(words, today);
  if (!date?.ok)
    return {
      ok: false,
      error: {
        code: "bad_date",
        given: words.join(" "),
        ...(date?.wrongWeekday ? { wrongWeekday: date.wrongWeekday } : {}),
      },
    };
  if (date.consumed < words.length) return { ok: false, error: { code: "bad_date", given: words.join(" ") } };
  return { ok: true, value: { date: date.date }, next: words.length };
}

/** `möte ta bort <nr|datum>`, `möte flytta <nr|datum> till <datum> [tid] [plats]`; undefined for a new meeting. */
function parseMeetingChange(line: Line, today: LocalDate): ParseResult | undefined {
  const [first, second] = keys(line, 1);
  const removeAt = MEETING_REMOVE_PAIRS.has(`${first} ${second}`)
    ? 3
    : MEETING_REMOVE_WORDS.has(first ?? "")
      ? 2
      : 0;
  if (removeAt) {
    const ref = meetingRef(raws(line, removeAt), today);
    return ref.ok ? done({ kind: "meeting_remove", ref: ref.value }) : fail(ref.error);
  }
  if (!MEETING_MOVE_WORDS.has(first ?? "")) return undefined;
  const to = line.tokens.findIndex((t, i) => i > 2 && MEETING_TO_WORDS.has(t.key));
  const ref = meetingRef(raws(line, 2, to < 0 ? undefined : to), today);
  if (!ref.ok) return fail(ref.error);
  if (to < 0) return fail({ code: "missing_argument", command: "möte flytta", argument: "date" });
  const words = raws(line, to + 1);
  if (words.length === 0) return fail({ code: "missing_argument", command: "möte flytta", argument: "date" });
  const date = parseSwedishDate(words, today);
  if (!date?.ok)
    return fail({
      code: "bad_date",
      given: words.slice(0, date?.consumed || 1).join(" "),
      ...(date?.wrongWeekday ? { wrongWeekday: date.wrongWeekday } : {}),
    });
  const time = parseTime(words.slice(date.consumed));
  if (time && !time.ok)
    return fail({
      code: "bad_time",
      given: words.slice(date.consumed, date.consumed + time.consumed).join(" "),
    });
  let placeAt = to + 1 + date.consumed + (time?.consumed ?? 0);
  if (["pa", "i", "at"].includes(line.tokens[placeAt]?.key ?? "")) placeAt++;
  const place = cleanFreeText(restText(line, placeAt));
  const long = tooLong(place, MAX_NAME_LENGTH);
  if (long) return fail(long);
  return done({
    kind: "meeting_move",
    ref: ref.value,
    date: date.date,
    ...(time?.ok ? { start: time.start, ...(time.end ? { end: time.end } : {}) } : {}),
    ...(place ? { place } : {}),
  });
}

const EVERY_WORDS = ["varje", "every", "varannan", "each"];
const ORDINAL_WORDS: Record<string, 1 | 2 | 3 | 4 | -1> = {
  forsta: 1,
  first: 1,
  andra: 2,
  second: 2,
  tredje: 3,
  third: 3,
  fjarde: 4,
  fourth: 4,
  sista: -1,
  last: -1,
};
const OTHER_WEEK = ["varannan vecka", "every other week", "every second week", "varannan"];
const OF_MONTH = [
  "i manaden",
  "i varje manad",
  "varje manad",
  "of the month",
  "of each month",
  "of every month",
  "in the month",
  "i manad",
];
const UNTIL_WORDS = ["till", "until", "tom", "to"];

/** `möte varje <veckodag> [varannan vecka] <tid> [plats] [till <datum>]`, `möte första <veckodag> i månaden …`. */
function parseMeetingSeries(line: Line, today: LocalDate): ParseResult | undefined {
  const first = line.tokens[1]?.key ?? "";
  const ordinal = ORDINAL_WORDS[first];
  if (!EVERY_WORDS.includes(first) && ordinal === undefined) return undefined;
  // "every other thursday": two words before the weekday.
  let at = 2;
  let every: 1 | 2 = first === "varannan" ? 2 : 1;
  if (first === "every" && line.tokens[2]?.key === "other") {
    every = 2;
    at = 3;
  }
  const weekday = weekdayWord(line.tokens[at]?.raw ?? "");
  if (weekday === undefined) {
    // `möte första maj kl 18` is a date (1 May is not "the first"); anything else names no weekday.
    if (ordinal !== undefined) return undefined;
    return fail({
      code: "missing_argument",
      command: raws(line, 0, 2).join(" ").toLowerCase(),
      argument: "weekday",
    });
  }
  at += 1;
  let rule: SeriesRule;
  if (ordinal !== undefined) {
    const of = OF_MONTH.map((p) => p.split(" ")).find((p) =>
      p.every((w, i) => line.tokens[at + i]?.key === w),
    );
    if (!of)
      return fail({
        code: "missing_argument",
        command: raws(line, 0, at).join(" ").toLowerCase(),
        argument: "ofMonth",
      });
    at += of.length;
    rule = { kind: "monthly", weekday, ordinal };
  } else {
    const other = OTHER_WEEK.map((p) => p.split(" ")).find((p) =>
      p.every((w, i) => line.tokens[at + i]?.key === w),
    );
    if (other) {
      every = 2;
      at += other.length;
    }
    rule = { kind: "weekly", weekday, every };
  }
  const words = raws(line, at);
  const time = parseTime(words);
  if (time === null)
    return fail({
      code: "missing_argument",
      command: raws(line, 0, at).join(" ").toLowerCase(),
      argument: "time",
    });
  if (!time.ok) return fail({ code: "bad_time", given: words.slice(0, time.consumed).join(" ") });
  let placeAt = at + time.consumed;
  if (["pa", "i", "at"].includes(line.tokens[placeAt]?.key ?? "")) placeAt++;
  // The last `till <datum>` that reaches the end of the line is the end date; the rest is the place.
  let untilAt = -1;
  let until: LocalDate | undefined;
  for (let i = line.tokens.length - 2; i >= placeAt; i--) {
    if (!UNTIL_WORDS.includes(line.tokens[i]?.key ?? "")) continue;
    const rest = raws(line, i + 1);
    const date = parseSwedishDate(rest, today);
    if (date?.ok && date.consumed === rest.length) {
      untilAt = i;
      until = date.date;
      break;
    }
    if (date && !date.ok && date.consumed === rest.length)
      return fail({
        code: "bad_date",
        given: rest.join(" "),
        ...(date.wrongWeekday ? { wrongWeekday: date.wrongWeekday } : {}),
      });
  }
  const placeText =
    untilAt < 0
      ? restText(line, placeAt)
      : line.text.slice(line.tokens[placeAt]?.start ?? 0, line.tokens[untilAt]?.start ?? 0);
  const place = placeAt < (untilAt < 0 ? line.tokens.length : untilAt) ? cleanFreeText(placeText) : "";
  const long = tooLong(place, MAX_NAME_LENGTH);
  if (long) return fail(long);
  return done({
    kind: "meeting_series",
    rule,
    start: time.start,
    ...(time.end ? { end: time.end } : {}),
    ...(place ? { place } : {}),
    ...(until ? { until } : {}),
  });
}

function parseMeeting(line: Line, today: LocalDate): ParseResult {
  const series = parseMeetingSeries(line, today);
  if (series) return series;
  const change = parseMeetingChange(line, today);
  if (change) return change;
  const words = raws(line, 1);
  if (words.length === 0) return fail({ code: "missing_argument", command: "möte", argument: "date" });
  const date = parseSwedishDate(words, today);
  if (!date?.ok) {
    const given = words.slice(0, date?.consumed || 1).join(" ");
    return fail({
      code: "bad_date",
      given,
      ...(date?.wrongWeekday ? { wrongWeekday: date.wrongWeekday } : {}),
    });
  }
  const time = parseTime(words.slice(date.consumed));
  if (time === null) return fail({ code: "missing_argument", command: "möte", argument: "time" });
  if (!time.ok)
    return fail({
      code: "bad_time",
      given: words.slice(date.consumed, date.consumed + time.consumed).join(" "),
    });
  let placeAt = 1 + date.consumed + time.consumed;
  if (["pa", "i", "at"].includes(line.tokens[placeAt]?.key ?? "")) placeAt++;
  // `… för <arbetsgrupp>`: a working group's own meeting.
  const { place, workingGroup } = workingGroupOfPlace(cleanFreeText(restText(line, placeAt)));
  const long = tooLong(place, MAX_NAME_LENGTH) ?? tooLong(workingGroup ?? "", MAX_NAME_LENGTH);
  if (long) return fail(long);
  const end = time.end ? { end: time.end } : {};
  return done({
    kind: "meeting_create",
    date: date.date,
    start: time.start,
    ...end,
    ...(place ? { place } : {}),
    ...(workingGroup ? { workingGroup } : {}),
  });
}

const AGENDA_SHOW_WORDS = ["visa", "show", "lista", "list", "nasta", "next"];

const ATTENDANCE_YES = ["ja", "kommer", "yes", "coming", "jag kommer"];
const ATTENDANCE_NO = ["nej", "no", "kan inte", "kommer inte", "jag kan inte", "not coming"];

/** `närvaro` shows who comes; `närvaro ja|kommer` and `närvaro nej|kan inte` answer for oneself. */
function parseAttendance(line: Line): ParseResult {
  const rest = keys(line, 1).join(" ");
  if (rest === "" || AGENDA_SHOW_WORDS.includes(rest)) return done({ kind: "attendance_show" });
  if (ATTENDANCE_YES.includes(rest)) return done({ kind: "attendance_set", answer: "yes" });
  if (ATTENDANCE_NO.includes(rest)) return done({ kind: "attendance_set", answer: "no" });
  return fail({
    code: "missing_argument",
    command: raws(line, 0, 1).join(" ").toLowerCase(),
    argument: "attendance",
  });
}

const AGENDA_MOVE_WORDS = ["flytta", "move"];
const AGENDA_DEFER_WORDS = ["bordlagg", "bordlagga", "defer", "table", "postpone"];
/** `agenda flytta 3 först` / `sist`: the first or the last place. */
const FIRST_WORDS = ["forst", "first", "overst", "top"];
const LAST_WORDS = ["sist", "last", "nederst", "bottom"];

/** `agenda flytta <n> [till] <plats>` and `agenda bordlägg <n>`; undefined for anything else. */
function parseAgendaMove(line: Line, a: string): ParseResult | undefined {
  const moving = AGENDA_MOVE_WORDS.includes(a);
  if (!moving && !AGENDA_DEFER_WORDS.includes(a)) return undefined;
  const command = raws(line, 0, 2).join(" ").toLowerCase();
  const pointNumber = (at: number): number | undefined => {
    const n = /^(?:nr\.?)?(\d{1,3})[.:,]?$/i.exec(line.tokens[at]?.raw ?? "");
    return n && Number(n[1]) >= 1 ? Number(n[1]) : undefined;
  };
  if (!line.tokens[2]) return fail({ code: "missing_argument", command, argument: "number" });
  const point = pointNumber(2);
  if (point === undefined) return fail({ code: "bad_number", command, given: restText(line, 2) });
  if (!moving) {
    if (line.tokens.length > 3) return fail({ code: "bad_number", command, given: restText(line, 2) });
    return done({ kind: "agenda_defer", point });
  }
  const at = ["till", "to"].includes(line.tokens[3]?.key ?? "") ? 4 : 3;
  const place = line.tokens[at];
  const placeCommand = `${command} ${point}`;
  if (!place) return fail({ code: "missing_argument", command: placeCommand, argument: "number" });
  if (line.tokens.length > at + 1)
    return fail({ code: "bad_number", command: placeCommand, given: restText(line, at) });
  if (FIRST_WORDS.includes(place.key)) return done({ kind: "agenda_move", point, to: 1 });
  if (LAST_WORDS.includes(place.key)) return done({ kind: "agenda_move", point, to: 999 });
  const to = pointNumber(at);
  if (to === undefined) return fail({ code: "bad_number", command: placeCommand, given: restText(line, at) });
  return done({ kind: "agenda_move", point, to });
}

function parseAgenda(line: Line): ParseResult {
  const [a, b] = keys(line, 1);
  if (a === undefined || AGENDA_SHOW_WORDS.includes(a)) return done({ kind: "agenda_show" });
  // `agenda dagar 3` sets when the agenda is posted; `agenda dagar för …` is still a proposed point.
  if (DAYS_WORDS.includes(a) && (b === undefined || /^\d+$/.test(b))) {
    const days = line.tokens.length === 3 && b !== undefined && b.length <= 3 ? Number(b) : Number.NaN;
    if (days <= MAX_AGENDA_DAYS) return done({ kind: "agenda_days", days });
    return fail({
      code: "missing_argument",
      command: "agenda",
      argument: "agendaDays",
    });
  }
  const moved = parseAgendaMove(line, a);
  if (moved) return moved;
  // `agenda ta bort 2`, `agenda klar 2`: a proposed point by its number, never a new point.
  const pair = `${a} ${b}`;
  const removeAt = ["ta bort", "stryk", "remove", "delete"].find((w) => pair === w || a === w);
  const doneAt = ["klar", "done", "avklarad", "behandlad"].includes(a) ? a : undefined;
  if (removeAt || doneAt) {
    const at = removeAt === "ta bort" ? 3 : 2;
    const token = line.tokens[at];
    const n = /^(\d{1,3})[.:,]?$/.exec(token?.raw ?? "");
    const command = raws(line, 0, at).join(" ").toLowerCase();
    if (!token) return fail({ code: "missing_argument", command, argument: "number" });
    if (!n || line.tokens.length > at + 1 || Number(n[1]) < 1)
      return fail({ code: "bad_number", command, given: restText(line, at) });
    return done({ kind: removeAt ? "agenda_remove" : "agenda_done", point: Number(n[1]) });
  }
  let from = 1;
  if ((a === "lagg" || a === "add") && b === "till") from = 3;
  else if (a === "ny" && b === "punkt") from = 3;
  else if (a === "add" || a === "+" || a === "ny" || a === "punkt") from = 2;
  const text = cleanFreeText(restText(line, from).replace(/^\+/, ""));
  // After `agenda lägg till` the missing text is named after the whole command typed.
  const typed = from > 1 && a !== "+" ? raws(line, 0, from).join(" ").toLowerCase() : "agenda";
  if (text === "") return fail({ code: "missing_argument", command: typed, argument: "text" });
  if (text.length > MAX_COMMENT_LENGTH)
    return fail({ code: "text_too_long", length: text.length, max: MAX_COMMENT_LENGTH, subject: "agenda" });
  return done({ kind: "agenda_add", text });
}

const ON_WORDS = ["pa", "on", "ja", "yes", "igang"];
const OFF_WORDS = ["av", "off", "nej", "no", "stopp", "stop"];
const DAYS_WORDS = ["dagar", "dag", "days", "day"];

/** "på" / "av" (and English on/off) as a boolean; undefined for anything else. */
function onOff(key: string | undefined): boolean | undefined {
  if (key === undefined) return undefined;
  if (ON_WORDS.includes(key)) return true;
  if (OFF_WORDS.includes(key)) return false;
  return undefined;
}

/** "14,3,0", "14, 3, 0" or "14 3 0": whole days, each 0–365, at most ten; null if anything else is there. */
function dayNumbers(text: string): number[] | null {
  const parts = text.split(/[\s,;]+/).filter(Boolean);
  if (parts.length === 0 || parts.length > MAX_REMINDER_OFFSETS) return null;
  const days = parts.map((p) => (/^\d{1,3}$/.test(p) ? Number(p) : Number.NaN));
  return days.every((d) => d <= MAX_OFFSET_DAYS) ? days : null;
}

function parseReminders(line: Line): ParseResult {
  const [a] = keys(line, 1);
  if (a === undefined) return done({ kind: "settings_show" });
  const enabled = onOff(a);
  if (enabled !== undefined && line.tokens.length === 2) return done({ kind: "reminders_toggle", enabled });
  if (DAYS_WORDS.includes(a)) {
    const days = dayNumbers(restText(line, 2));
    if (days) return done({ kind: "reminder_days", days });
  }
  return fail({
    code: "missing_argument",
    command: "påminnelser",
    argument: "reminderDays",
  });
}

function parseDigest(line: Line): ParseResult {
  const [a] = keys(line, 1);
  if (a === undefined) return done({ kind: "settings_show" });
  const enabled = onOff(a);
  if (enabled !== undefined && line.tokens.length === 2) return done({ kind: "digest_toggle", enabled });
  return fail({ code: "missing_argument", command: "digest", argument: "onOff" });
}

function parseQuiet(line: Line, today: LocalDate): ParseResult {
  const [a] = keys(line, 1);
  if (a === undefined) return done({ kind: "quiet" });
  if (line.tokens.length === 2 && OFF_WORDS.includes(a)) return done({ kind: "quiet_off" });
  const from = ["till", "until", "tom", "t.o.m", "to"].includes(a) ? 2 : 1;
  const words = raws(line, from);
  if (words.length === 0) return fail({ code: "missing_argument", command: "tyst", argument: "date" });
  const date = wholeDate(words, today);
  if (!date.ok) return date;
  return done({
    kind: "quiet",
    until: date.date,
    ...(date.droppedTime ? { droppedTime: date.droppedTime } : {}),
  });
}

const CONTACT_WORDS = ["kontakt", "contact"];
const NAMES_WORDS = ["namn", "names", "name"];
const LICENCE_WORDS = ["licens", "licence", "license"];
const CLEAR_WORDS = ["av", "off", "ingen", "none", "-"];

/** `logga in`, `login`, `log in`, `signin`: asking for a sign-in link to the web pages. */
function isLoginPhrase(a: string | undefined, b: string | undefined): boolean {
  if (a === "login" || a === "signin") return true;
  return (a === "logga" || a === "log" || a === "sign") && b === "in";
}

/** `webb`, `webb logga in`, `webb på|av`, `webb namn på|av`, `webb kontakt <text>|av`, `webb licens <id>`. */
function parseWeb(line: Line): ParseResult {
  const [a, b] = keys(line, 1);
  if (a === undefined) return done({ kind: "web_show" });
  if (isLoginPhrase(a, b)) return done({ kind: "web_login" });
  const enabled = onOff(a);
  if (enabled !== undefined && line.tokens.length === 2) return done({ kind: "web_toggle", enabled });
  if (NAMES_WORDS.includes(a)) {
    const names = onOff(b);
    if (names !== undefined && line.tokens.length === 3) return done({ kind: "web_names", enabled: names });
    return fail({ code: "missing_argument", command: raws(line, 0, 2).join(" "), argument: "onOff" });
  }
  if (CONTACT_WORDS.includes(a)) {
    if (line.tokens.length === 3 && CLEAR_WORDS.includes(b ?? ""))
      return done({ kind: "web_contact", contact: null });
    const contact = cleanFreeText(restText(line, 2));
    if (contact === "")
      return fail({ code: "missing_argument", command: raws(line, 0, 2).join(" "), argument: "text" });
    if (contact.length > MAX_CONTACT_LENGTH)
      return fail({
        code: "text_too_long",
        length: contact.length,
        max: MAX_CONTACT_LENGTH,
        subject: "contact",
      });
    return done({ kind: "web_contact", contact });
  }
  if (LICENCE_WORDS.includes(a)) {
    const licence = line.tokens[2]?.raw;
    if (licence === undefined || line.tokens.length > 3)
      return fail({ code: "missing_argument", command: raws(line, 0, 2).join(" "), argument: "licence" });
    return done({ kind: "web_licence", licence: licence.slice(0, 100) });
  }
  return fail({ code: "missing_argument", command: "webb", argument: "webAction" });
}

/**
 * `dölj <nr> <datum>`. Comments are hidden after they were written, so a date without a year that
 * would fall after today ("20 nov" on 1 dec is meant, but so is "28 dec" on 2 jan) is last year's.
 */
function parseHide(line: Line, today: LocalDate): ParseResult {
  const nr = activityNumber(line, 1, "dölj");
  if (!nr.ok) return nr;
  const words = raws(line, nr.next);
  if (words.length === 0) return fail({ code: "missing_argument", command: "dölj", argument: "date" });
  const date = wholeDate(words, today);
  if (!date.ok) return date;
  const hasYear = words.some((w) => /\d{4}|\d{1,2}[/.-]\d{1,2}[/.-]\d{2}/.test(w));
  return done({
    kind: "hide",
    number: nr.value,
    date: !hasYear && date.date > today ? yearBefore(date.date) : date.date,
  });
}

/** The same day a year earlier; 29 February becomes the 28th. */
function yearBefore(date: LocalDate): LocalDate {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const day = m === 2 && d === 29 ? 28 : d;
  return formatLocalDate(y - 1, m, day);
}

function parseLanguage(line: Line): ParseResult {
  const [a] = keys(line, 1);
  const locale = a === undefined ? undefined : LANGUAGE_WORDS[a];
  if (locale && line.tokens.length === 2) return done({ kind: "language", locale });
  return fail({ code: "missing_argument", command: "språk", argument: "language" });
}

// The words after `språk`/`language` that name a language (folded).
const LANGUAGE_WORDS: Record<string, "sv" | "en"> = {
  sv: "sv",
  svenska: "sv",
  swedish: "sv",
  en: "en",
  engelska: "en",
  english: "en",
};

// A greeting or thanks on its own line, folded: answered politely instead of "I do not know hej".
const GREETINGS = new Set(["hej", "hejsan", "hallå", "halla", "tjena", "hi", "hello", "hey"]);
const THANKS = new Set([
  "tack",
  "tackar",
  "tusen tack",
  "tack så mycket",
  "tack sa mycket",
  "thanks",
  "thank you",
  "ty",
]);

function smalltalk(line: Line): ParseResult | undefined {
  const phrase = keys(line, 0).join(" ");
  if (GREETINGS.has(phrase)) return done({ kind: "smalltalk", what: "greeting" });
  if (THANKS.has(phrase)) return done({ kind: "smalltalk", what: "thanks" });
  return undefined;
}

function parseHelp(line: Line): ParseResult {
  const first = line.tokens[1];
  if (first === undefined) return done({ kind: "help" });
  const topic = findCommandWord(first.key) ?? suggestCommandWord(first.key) ?? restText(line, 1);
  return done({ kind: "help", topic });
}

/** `plan` alone lists the plans, like `planer`; with a name it makes that plan the active one. */
function parsePlan(line: Line): ParseResult {
  if (line.tokens.length === 1) return done({ kind: "plans" });
  const name = stripQuotes(cleanFreeText(restText(line, 1)));
  if (name.length > MAX_PLAN_NAME_LENGTH)
    return fail({ code: "text_too_long", length: name.length, max: MAX_PLAN_NAME_LENGTH, subject: "name" });
  if (name === "") return done({ kind: "plans" });
  return done({ kind: "plan_activate", name });
}

const QUOTES = "\"'”“„«»";

function stripQuotes(text: string): string {
  let from = 0;
  let to = text.length;
  while (from < to && QUOTES.includes(text[from] as string)) from++;
  while (to > from && QUOTES.includes(text[to - 1] as string)) to--;
  return text.slice(from, to).trim();
}

// The words, folded, that end `ny plan …` when the open activities are to be carried over.
const CARRY_OVER: readonly (readonly string[])[] = [
  ["overfor"],
  ["overfora"],
  ["carry", "over"],
  ["carryover"],
  ["carry"],
];

/** Where a period begins or ends: a year ("2025") or a whole date ("1 jan 2025", "2025-01-01"). */
function periodBound(
  words: readonly string[],
  end: boolean,
  today: LocalDate,
): { kind: "year" | "date"; date: LocalDate } | undefined {
  if (words.length === 1 && /^(?:19|20)\d{2}$/.test(words[0] as string))
    return { kind: "year", date: end ? `${words[0]}-12-31` : `${words[0]}-01-01` };
  const date = parseSwedishDate(words, today);
  if (date?.ok && date.consumed === words.length && !date.byWeek) return { kind: "date", date: date.date };
  return undefined;
}

/** The period at the end of `words` (both bounds years or both dates), and where it starts. */
function periodAtEnd(
  words: readonly string[],
  today: LocalDate,
  nameWords: "any" | "none",
): { at: number; from: LocalDate; to: LocalDate } | undefined {
  const lowest = nameWords === "none" ? 0 : 1;
  const highest = nameWords === "none" ? 0 : words.length - 2;
  // The name as long as can be: the dates are the shortest tail that reads as a period.
  for (let at = highest; at >= lowest; at--) {
    for (let split = at + 1; split < words.length; split++) {
      const from = periodBound(words.slice(at, split), false, today);
      const to = from && periodBound(words.slice(split), true, today);
      if (from && to && from.kind === to.kind) return { at, from: from.date, to: to.date };
    }
  }
  return undefined;
}

/**
 * `ny plan <namn> <från> <till> [överför]` (`new plan … [carry over]`). The name may be quoted; without
 * quotes the period is the dates at the end. Without dates, the years in the name are the period.
 */
function parseNewPlan(line: Line, today: LocalDate): ParseResult {
  const command = raws(line, 0, 2).join(" ");
  let words = raws(line, 2);
  const folded = keys(line, 2);
  const carry = CARRY_OVER.find(
    (tail) =>
      tail.length <= folded.length && tail.every((w, i) => folded[folded.length - tail.length + i] === w),
  );
  if (carry) words = words.slice(0, words.length - carry.length);
  if (words.length === 0) return fail({ code: "missing_argument", command, argument: "planName" });
  let name: string;
  let period: { from: LocalDate; to: LocalDate } | undefined;
  const opening = words[0] as string;
  if (QUOTES.includes(opening[0] as string)) {
    const close = words.findIndex(
      (w, i) => (i > 0 || w.length > 1) && QUOTES.includes(w[w.length - 1] as string),
    );
    const last = close === -1 ? words.length - 1 : close;
    name = stripQuotes(words.slice(0, last + 1).join(" "));
    const rest = words.slice(last + 1);
    period = rest.length ? periodAtEnd(rest, today, "none") : periodFromPlanName(name);
    if (rest.length && !period) return fail({ code: "missing_argument", command, argument: "period" });
  } else {
    const found = periodAtEnd(words, today, "any");
    name = stripTrailingPunctuation(words.slice(0, found?.at ?? words.length).join(" "));
    period = found ?? periodFromPlanName(name);
  }
  if (!/\p{L}/u.test(name)) return fail({ code: "missing_argument", command, argument: "planName" });
  if (name.length > MAX_PLAN_NAME_LENGTH)
    return fail({ code: "text_too_long", length: name.length, max: MAX_PLAN_NAME_LENGTH, subject: "name" });
  if (!period) return fail({ code: "missing_argument", command, argument: "period" });
  return done({ kind: "plan_new", name, from: period.from, to: period.to, carryOver: carry !== undefined });
}

// Members: `ny medlem <namn>[, <organisation>]`, `ta bort medlem <namn>`, `roll <namn> <roll>` and
// `koppla ny <grupp>`, in Swedish and English.
const NEW_WORDS = ["ny", "nytt", "new"];
const EMAIL = /^[^\s@,]+@[^\s@,]+\.[^\s@,]+$/;
const MEMBER_WORDS = ["medlem", "member", "medlemmen"];
const ROLE_WORDS: Record<string, "medlem" | "samordnare" | "admin"> = {
  medlem: "medlem",
  member: "medlem",
  samordnare: "samordnare",
  coordinator: "samordnare",
  admin: "admin",
  administrator: "admin",
};

function roleWord(key: string | undefined): "medlem" | "samordnare" | "admin" | undefined {
  return key === undefined ? undefined : ROLE_WORDS[key];
}

/** `ny medlem …`, `new member …`, `ta bort medlem …`, `remove member …`; undefined for anything else. */
function parseMembership(line: Line): ParseResult | undefined {
  const [a, b, c] = keys(line, 0);
  if (NEW_WORDS.includes(a ?? "") && MEMBER_WORDS.includes(b ?? "")) return parseMemberAdd(line, 2);
  if (a === "ta" && b === "bort" && MEMBER_WORDS.includes(c ?? "")) return parseMemberRemove(line, 3);
  if (a === "remove" && MEMBER_WORDS.includes(b ?? "")) return parseMemberRemove(line, 2);
  return undefined;
}

function memberName(line: Line, from: number): string {
  return cleanFreeText(restText(line, from)).replace(/^@/, "");
}

function parseMemberAdd(line: Line, from: number): ParseResult {
  const command = raws(line, 0, from).join(" ").toLowerCase();
  const [name = "", ...more] = memberName(line, from)
    .split(",")
    .map((part) => part.trim());
  // An e-mail address may come anywhere after the name; the rest is the organisation.
  const email = more.find((part) => EMAIL.test(part));
  const organisation = more.filter((part) => part !== email && part !== "").join(", ");
  if (!/\p{L}/u.test(name)) return fail({ code: "missing_argument", command, argument: "memberName" });
  const long = [name, organisation, email ?? ""].find((x) => x.length > MAX_NAME_LENGTH);
  if (long !== undefined)
    return fail({ code: "text_too_long", length: long.length, max: MAX_NAME_LENGTH, subject: "name" });
  return done({
    kind: "member_add",
    name,
    ...(organisation ? { organisation } : {}),
    ...(email ? { email } : {}),
  });
}

function parseMemberRemove(line: Line, from: number): ParseResult {
  const command = raws(line, 0, from).join(" ").toLowerCase();
  const person = memberName(line, from);
  if (!/[\p{L}\d]/u.test(person)) return fail({ code: "missing_argument", command, argument: "memberName" });
  return fail(tooLong(person, MAX_NAME_LENGTH)) ?? done({ kind: "member_remove", person });
}

/** `roll <namn> <roll>`, or the role first: `roll samordnare Tina Modin`. */
function parseRole(line: Line): ParseResult {
  const command = raws(line, 0, 1).join(" ").toLowerCase();
  const words = line.tokens.slice(1);
  if (words.length === 0) return fail({ code: "missing_argument", command, argument: "memberName" });
  const last = roleWord(words[words.length - 1]?.key);
  const first = roleWord(words[0]?.key);
  const role = last ?? first;
  if (role === undefined || words.length === 1)
    return fail({
      code: "missing_argument",
      command,
      argument: words.length === 1 && role !== undefined ? "memberName" : "memberRole",
    });
  const person = last
    ? cleanFreeText(line.text.slice(words[0]?.start ?? 0, words[words.length - 1]?.start ?? 0))
    : memberName(line, 2);
  if (!/[\p{L}\d]/u.test(person)) return fail({ code: "missing_argument", command, argument: "memberName" });
  return fail(tooLong(person, MAX_NAME_LENGTH)) ?? done({ kind: "member_role", person, role });
}

function parseBindNew(line: Line): ParseResult {
  const command = raws(line, 0, 2).join(" ").toLowerCase();
  const group = cleanFreeText(restText(line, 2));
  if (!/\p{L}/u.test(group)) return fail({ code: "missing_argument", command, argument: "groupName" });
  return fail(tooLong(group, MAX_NAME_LENGTH)) ?? done({ kind: "bind_new", group });
}

const CONFIRM_IMPORT_WORDS = ["bekrafta", "ja", "confirm", "yes"];
const CANCEL_IMPORT_WORDS = ["avbryt", "cancel"];

/**
 * `importera <sökväg>`: the path as typed, without quotes around it. `importera ja <nr>` and
 * `importera avbryt <nr>` are Importera and Avbryt typed, where a surface has no buttons (the console).
 */
function parsePlanFile(line: Line): ParseResult {
  const command = raws(line, 0, 1).join(" ").toLowerCase();
  const decision = line.tokens[1]?.key ?? "";
  const upload = line.tokens[2]?.raw ?? "";
  if (line.tokens.length === 3 && /^\d{1,9}$/.test(upload)) {
    if (CONFIRM_IMPORT_WORDS.includes(decision))
      return done({ kind: "import_confirm", upload: Number(upload) });
    if (CANCEL_IMPORT_WORDS.includes(decision))
      return done({ kind: "import_cancel", upload: Number(upload) });
  }
  const path = restText(line, 1)
    .trim()
    .replace(/^(["'”])(.*)\1$/s, "$2")
    .trim();
  if (!path) return fail({ code: "missing_argument", command, argument: "planFile" });
  return done({ kind: "plan_file", path });
}

/**
 * The path of `importera <sökväg>`, for a surface that may read the person's own files (the console),
 * or undefined for any other line.
 */
export function planFilePath(input: string): string | undefined {
  const line = tokenize(input);
  const first = line.tokens[0];
  if (!first || (findCommandWord(first.raw) ?? findCommandWord(first.key)) !== "importera") return undefined;
  const parsed = parsePlanFile(line);
  return parsed.ok && parsed.command.kind === "plan_file" ? parsed.command.path : undefined;
}

/** Parses one line typed to the bot. `today` resolves dates without a year, "imorgon" and "v12". */
export function parseCommand(input: string, context: ParseContext): ParseResult {
  const line = tokenize(input);
  const first = line.tokens[0];
  if (first === undefined) return fail({ code: "empty" });
  const word = findCommandWord(first.raw) ?? findCommandWord(first.key);
  switch (word) {
    case "status":
      return parseStatusCommand(line);
    case "visa": {
      const nr = activityNumber(line, 1, "visa");
      return nr.ok ? done({ kind: "show", number: nr.value }) : nr;
    }
    case "lista":
      return parseList(line);
    case "mina":
      return done({ kind: "list", filter: { type: "mine" } });
    case "ansvarig":
      return parseOwner(line);
    case "deadline":
      return parseDeadline(line, context.today);
    case "möte":
      return parseMeeting(line, context.today);
    case "möten":
      return done({ kind: "meetings" });
    case "årshjul": {
      const y = line.tokens[1]?.raw;
      if (y === undefined) return done({ kind: "year_wheel" });
      if (!/^20\d\d$/.test(y) || line.tokens.length > 2)
        return fail({ code: "bad_number", command: "årshjul", given: restText(line, 1) });
      return done({ kind: "year_wheel", year: Number(y) });
    }
    case "närvaro":
      return parseAttendance(line);
    case "agenda":
      return parseAgenda(line);
    case "rapport":
      return parseReport(line);
    case "hjälp":
      return parseHelp(line);
    case "påminnelser":
      return parseReminders(line);
    case "digest":
      return parseDigest(line);
    case "tyst":
      return parseQuiet(line, context.today);
    case "koppla": {
      if (NEW_WORDS.includes(line.tokens[1]?.key ?? "")) return parseBindNew(line);
      const group = cleanFreeText(restText(line, 1));
      return fail(tooLong(group, MAX_NAME_LENGTH)) ?? done({ kind: "bind", ...(group ? { group } : {}) });
    }
    case "språk":
      return parseLanguage(line);
    case "webb":
      return parseWeb(line);
    case "dölj":
      return parseHide(line, context.today);
    case "ny":
      return (
        parseMembership(line) ??
        (line.tokens[1]?.key === "plan"
          ? parseNewPlan(line, context.today)
          : parseNewActivity(line, context.today))
      );
    case "ta":
      return parseMembership(line) ?? fail({ code: "unknown_command", word: raws(line, 0, 2).join(" ") });
    case "ändra":
      return parseActivityChange(line);
    case "planer":
      return done({ kind: "plans" });
    case "plan":
      return parsePlan(line);
    case "medlemmar":
      return done({ kind: "members" });
    case "roll":
      return parseRole(line);
    case "logga":
      return isLoginPhrase(line.tokens[0]?.key, line.tokens[1]?.key)
        ? done({ kind: "web_login" })
        : fail({ code: "unknown_command", word: raws(line, 0, 2).join(" ") });
    case "importera":
      return parsePlanFile(line);
    case "närvarande":
      return parsePresent(line);
    case "inbjuden":
      return parseInvited(line);
    case "anteckning":
      return parsePointEntry(line, "minutes_note");
    case "beslut":
      return parsePointEntry(line, "minutes_decision");
    case "uppdrag":
      return parseTask(line, context.today);
    case "arbetsgrupp":
      return parseWorkingGroup(line);
    case "arbetsgrupper":
      return done({ kind: "working_groups" });
    case "protokoll":
      return parseMinutes(line);
    case "protokollförare":
      return parseNoteTaker(line);
    case "invändning":
      return parseObjection(line);
    case "inga":
      return parseNoObjections(line);
    case "mål":
      return parseGoals(line);
    case "uppföljning":
      return parseRound(line, context.today);
    case "bedöm":
      return parseAssess(line);
    case "lärdom":
      return parseLesson(line);
    default: {
      const polite = smalltalk(line);
      if (polite) return polite;
      const suggestion = suggestCommandWord(first.key);
      return fail({ code: "unknown_command", word: first.raw, ...(suggestion ? { suggestion } : {}) });
    }
  }
}

export function fail(error: ParseError): { ok: false; error: ParseError };
export function fail(error: ParseError | undefined): { ok: false; error: ParseError } | undefined;
export function fail(error: ParseError | undefined): { ok: false; error: ParseError } | undefined {
  return error && { ok: false, error };
}

// The schema is the contract with the executor; a command that breaks it is reported, never returned.
export function done(command: Command): ParseResult {
  const checked = commandSchema.safeParse(command);
  if (checked.success) return { ok: true, command: checked.data };
  const field = String(checked.error.issues[0]?.path[0] ?? "");
  if (field === "date") return fail({ code: "bad_date", given: String(Reflect.get(command, field) ?? "") });
  if (field === "start" || field === "end")
    return fail({ code: "bad_time", given: String(Reflect.get(command, field) ?? "") });
  return fail({
    code: "bad_number",
    command: command.kind,
    given: String(Reflect.get(command, "number") ?? ""),
  });
}
