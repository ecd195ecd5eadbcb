// The annual follow-up's commands: `mål …`, `uppföljning …`, `bedöm …`, `lärdom …` and the arguments of
// `rapport`. Part of the one parser (parse-command.ts), kept apart so the command family reads as a whole.
import {
  type Command,
  type FollowUpProblem,
  MAX_COMMENT_LENGTH,
  MAX_FIELD_LENGTH,
  MAX_REPORT_YEAR,
  MIN_REPORT_YEAR,
  type ParseResult,
  type Party,
} from "./command.ts";
import type { LocalDate } from "./local-date.ts";
import { cleanFreeText, normalizeForMatch } from "./normalize-text.ts";
import { partyOf } from "./parse-activity-edit.ts";
import { activityNumber, done, fail, type Line, restText, wholeDate } from "./parse-command.ts";

const REPORT_FILE_WORDS = new Set(["fil", "filen", "excel", "xlsx", "file", "word", "docx", "dokument"]);
const ADD_WORDS = ["lagg", "ny", "nytt", "add", "new"];
const CHANGE_WORDS = ["andra", "change", "edit"];
const REMOVE_WORDS = ["ta", "remove", "delete", "radera"];
const LIST_WORDS = ["lista", "list", "visa", "show", "alla"];
const START_WORDS = ["starta", "start", "borja", "oppna", "open"];
const CLOSE_WORDS = ["avsluta", "stang", "close", "end", "klar"];
const SHOW_WORDS = ["visa", "show", "status", "lage"];
const UNTIL_WORDS = ["till", "until", "to", "senast"];

/** The four steps in words, folded; also what `bedöm` accepts instead of 1–4. */
const SCORE_WORDS: readonly [number, readonly string[]][] = [
  [1, ["inte alls", "not at all"]],
  [2, ["i liten grad", "liten grad", "to a small extent", "small extent"]],
  [3, ["i stor grad", "stor grad", "to a large extent", "large extent"]],
  [4, ["helt", "fully", "completely"]],
];

function problem(problem: FollowUpProblem, command: string, given?: string): ParseResult {
  return fail({ code: "followup", problem, command, ...(given ? { given } : {}) });
}

const key = (line: Line, i: number) => line.tokens[i]?.key ?? "";

function yearOf(raw: string | undefined): number | undefined {
  if (!raw || !/^\d{4}$/.test(raw.replace(/[.,:]$/, ""))) return undefined;
  const year = Number(raw.replace(/[.,:]$/, ""));
  return year >= MIN_REPORT_YEAR && year <= MAX_REPORT_YEAR ? year : undefined;
}

/** `rapport [<år>] [<princip>|stad|civil|gemensamt] [fil]`, in any order. */
export function parseReport(line: Line): ParseResult {
  let year: number | undefined;
  let file = false;
  const words: string[] = [];
  for (const token of line.tokens.slice(1)) {
    if (REPORT_FILE_WORDS.has(token.key)) {
      file = true;
      continue;
    }
    if (/^\d+[.,:]?$/.test(token.raw)) {
      const y = yearOf(token.raw);
      if (y === undefined) return problem("report_argument", "rapport", token.raw);
      if (year !== undefined && year !== y) return problem("report_twice", "rapport", token.raw);
      year = y;
      continue;
    }
    words.push(token.raw);
  }
  let party: Party | undefined;
  let principle: string | undefined;
  const whole = words.join(" ");
  if (whole) {
    party = partyOf(whole);
    if (!party) {
      const rest = words.filter((w) => {
        const p = partyOf(w);
        if (p && !party) {
          party = p;
          return false;
        }
        return true;
      });
      const query = cleanFreeText(rest.join(" "));
      if (query) {
        if (!/\p{L}/u.test(query)) return problem("report_argument", "rapport", query);
        principle = query.slice(0, 200);
      }
    }
  }
  const scope = {
    ...(year !== undefined ? { year } : {}),
    ...(principle ? { principle } : {}),
    ...(party ? { party } : {}),
  };
  return done(file ? { kind: "report_file", ...scope } : { kind: "report", ...scope });
}

function goalNumber(line: Line, at: number, command: string): { ok: true; value: number } | ParseResult {
  const raw = line.tokens[at]?.raw;
  const m = raw ? /^(?:#|nr\.?)?(\d{1,5})[.:,]?$/i.exec(raw) : null;
  if (!m || Number(m[1]) < 1) return problem("goal_number", command, raw);
  return { ok: true, value: Number(m[1]) };
}

function text(line: Line, from: number, max: number, command: string): string | ParseResult {
  const value = cleanFreeText(restText(line, from));
  if (!value) return problem("goal_text", command);
  if (value.length > max) return fail({ code: "text_too_long", length: value.length, max });
  return value;
}

/** `mål`, `mål lägg till <princip> <text>`, `mål ändra <nr> <text>`, `mål ta bort <nr>`. */
export function parseGoals(line: Line): ParseResult {
  const sub = key(line, 1);
  if (!sub || LIST_WORDS.includes(sub)) return done({ kind: "goals" });
  if (ADD_WORDS.includes(sub)) {
    const from = sub === "lagg" && key(line, 2) === "till" ? 3 : 2;
    const rest = cleanFreeText(restText(line, from));
    if (!rest) return problem("goal_principle", "mål lägg till");
    // "Dialog och samverkan: text" names a principle of several words; else the first word does.
    const colon = rest.indexOf(":");
    const [principle, goal] =
      colon > 0
        ? [rest.slice(0, colon).trim(), rest.slice(colon + 1).trim()]
        : [rest.split(/\s+/)[0] ?? "", rest.split(/\s+/).slice(1).join(" ")];
    if (!goal) return problem("goal_text", "mål lägg till");
    if (goal.length > MAX_FIELD_LENGTH)
      return fail({ code: "text_too_long", length: goal.length, max: MAX_FIELD_LENGTH });
    return done({ kind: "goal_add", principle: principle.slice(0, 200), text: goal });
  }
  if (CHANGE_WORDS.includes(sub)) {
    const nr = goalNumber(line, 2, "mål ändra");
    if (!("value" in nr)) return nr;
    const value = text(line, 3, MAX_FIELD_LENGTH, "mål ändra");
    return typeof value === "string" ? done({ kind: "goal_change", number: nr.value, text: value }) : value;
  }
  if (REMOVE_WORDS.includes(sub)) {
    const at = sub === "ta" && key(line, 2) === "bort" ? 3 : 2;
    const nr = goalNumber(line, at, "mål ta bort");
    return "value" in nr ? done({ kind: "goal_remove", number: nr.value }) : nr;
  }
  return problem("goal_what", "mål", line.tokens[1]?.raw);
}

/** `uppföljning`, `uppföljning starta <år> [till <datum>]`, `uppföljning avsluta`, `uppföljning <nr> <text>`. */
export function parseRound(line: Line, today: LocalDate): ParseResult {
  const sub = key(line, 1);
  if (!sub || SHOW_WORDS.includes(sub)) return done({ kind: "round_show" });
  if (CLOSE_WORDS.includes(sub)) return done({ kind: "round_close" });
  if (START_WORDS.includes(sub)) {
    const raw = line.tokens[2]?.raw;
    const year = yearOf(raw) ?? (raw === undefined ? Number(today.slice(0, 4)) : undefined);
    if (year === undefined) return problem("year", "uppföljning starta", raw);
    const words = line.tokens.slice(raw === undefined ? 2 : 3).map((t) => t.raw);
    if (words.length === 0) return done({ kind: "round_start", year });
    const dateWords = UNTIL_WORDS.includes(normalizeForMatch(words[0] ?? "")) ? words.slice(1) : words;
    const date = wholeDate(dateWords, today);
    if (!date.ok) return fail(date.error);
    return done({ kind: "round_start", year, closesOn: date.date });
  }
  if (/^(?:#|nr\.?)?\d/.test(line.tokens[1]?.raw ?? "")) {
    const nr = activityNumber(line, 1, "uppföljning");
    if (!nr.ok) return nr;
    const value = cleanFreeText(restText(line, nr.next));
    if (!value) return problem("text", "uppföljning");
    if (value.length > MAX_COMMENT_LENGTH)
      return fail({ code: "text_too_long", length: value.length, max: MAX_COMMENT_LENGTH });
    return done({ kind: "round_text", number: nr.value, text: value });
  }
  return problem("round_what", "uppföljning", line.tokens[1]?.raw);
}

function scoreAt(line: Line, at: number): { score: number; next: number } | undefined {
  const raw = line.tokens[at]?.raw ?? "";
  const digit = /^([1-4])(?:\/4)?[.,:]?$/.exec(raw);
  if (digit) return { score: Number(digit[1]), next: at + 1 };
  for (const [score, phrases] of SCORE_WORDS)
    for (const phrase of phrases) {
      const words = phrase.split(" ");
      if (words.every((w, i) => key(line, at + i) === w)) return { score, next: at + words.length };
    }
  return undefined;
}

/** `bedöm <mål-nr> <1-4> [kommentar]`. */
export function parseAssess(line: Line): ParseResult {
  const nr = goalNumber(line, 1, "bedöm");
  if (!("value" in nr)) return nr;
  const score = scoreAt(line, 2);
  if (!score) return problem("score", "bedöm", line.tokens[2]?.raw);
  const comment = cleanFreeText(restText(line, score.next));
  if (comment.length > MAX_COMMENT_LENGTH)
    return fail({ code: "text_too_long", length: comment.length, max: MAX_COMMENT_LENGTH });
  const command: Command = {
    kind: "assess",
    goal: nr.value,
    score: score.score,
    ...(comment ? { comment } : {}),
  };
  return done(command);
}

/** `lärdom <text>`. */
export function parseLesson(line: Line): ParseResult {
  const value = cleanFreeText(restText(line, 1));
  if (!value) return problem("text", "lärdom");
  if (value.length > MAX_COMMENT_LENGTH)
    return fail({ code: "text_too_long", length: value.length, max: MAX_COMMENT_LENGTH });
  return done({ kind: "lesson", text: value });
}
