// `ny aktivitet …` and `ändra <nr> <fält> <värde>`: coordinators add activities to the plan and change
// them. Part of the one parser (parse-command.ts), kept apart so the command family reads as a whole.
import {
  type ActivityField,
  type Command,
  MAX_COMMENT_LENGTH,
  MAX_FIELD_LENGTH,
  type ParseResult,
  type Party,
  REQUIRED_ACTIVITY_FIELDS,
  type RequiredActivityField,
} from "./command.ts";
import { findListFilter } from "./command-help.ts";
import type { LocalDate } from "./local-date.ts";
import { cleanFreeText, normalizeForMatch, stripTrailingPunctuation } from "./normalize-text.ts";
import { activityNumber, done, fail, type Line, restText, wholeDate } from "./parse-command.ts";

const ACTIVITY_WORDS = ["aktivitet", "aktiviteten", "activity"];

/** The party a word names (`stad`, `civil`, `gemensamt`, `city`, `joint` …), as `lista` reads it. */
export function partyOf(text: string): Party | undefined {
  const filter = findListFilter(text);
  return filter?.type === "party" ? filter.party : undefined;
}

type CreatePart = "title" | "principle" | "party" | "deadline" | "responsibleOrg" | "description";

// The labels of a `; …` part of `ny aktivitet` (folded), longest first where one starts another.
const CREATE_LABELS: readonly [CreatePart, readonly string[]][] = [
  ["title", ["titel", "title", "namn", "name"]],
  ["principle", ["princip", "principle", "principen"]],
  ["party", ["part", "party", "parten"]],
  ["deadline", ["deadline", "datum", "klart", "due", "date"]],
  [
    "responsibleOrg",
    [
      "ansvarig organisation",
      "ansvarig forvaltning",
      "ansvarig forening",
      "ansvarig forvaltning/forening",
      "ansvarig org",
      "responsible organisation",
      "responsible organization",
      "responsible org",
      "organisation",
      "organization",
      "org",
    ],
  ],
  ["description", ["beskrivning", "description"]],
];

/** The label a part starts with and the value after it, or undefined when it starts with none. */
function labelled<P extends string>(
  part: string,
  labels: readonly [P, readonly string[]][],
): { label: P; value: string; words: number } | undefined {
  const folded = normalizeForMatch(part);
  let best: { label: P; value: string; words: number; length: number } | undefined;
  for (const [label, spellings] of labels) {
    for (const spelling of spellings) {
      if (!folded.startsWith(spelling)) continue;
      const after = folded.charAt(spelling.length);
      if (after !== "" && after !== " " && after !== ":") continue;
      if (best && best.length >= spelling.length) continue;
      best = {
        label,
        value: part.slice(spelling.length),
        words: spelling.split(" ").length,
        length: spelling.length,
      };
    }
  }
  return best && { label: best.label, value: best.value, words: best.words };
}

/** `ny aktivitet <titel>; princip <princip>; part stad|civil|gemensamt[; deadline <datum>][; ansvarig org <text>]`. */
export function parseNewActivity(line: Line, today: LocalDate): ParseResult {
  const typed = line.tokens
    .slice(0, 2)
    .map((t) => t.raw)
    .join(" ");
  if (!ACTIVITY_WORDS.includes(line.tokens[1]?.key ?? ""))
    // `ny` alone, or followed by something it cannot add: say what it can.
    return fail({ code: "missing_argument", command: "ny", argument: "newWhat" });
  const parts = restText(line, 2)
    .split(";")
    .map((p) => p.trim());
  const command: Extract<Command, { kind: "activity_create" }> = { kind: "activity_create" };
  for (const [i, part] of parts.entries()) {
    if (part === "") continue;
    const found = labelled(part, CREATE_LABELS);
    // The first part is the title, unless it is labelled as something else.
    const label = found?.label ?? (i === 0 ? "title" : undefined);
    if (label === undefined) return fail({ code: "unknown_part", command: typed, given: part });
    const value = cleanFreeText(found ? found.value : part);
    if (value === "") continue;
    switch (label) {
      case "title":
      case "principle":
      case "responsibleOrg":
        if (value.length > MAX_FIELD_LENGTH)
          return fail({
            code: "text_too_long",
            length: value.length,
            max: MAX_FIELD_LENGTH,
            subject: "name",
          });
        command[label] = value;
        break;
      case "party": {
        const party = partyOf(value);
        if (!party) return fail({ code: "bad_party", given: value });
        command.party = party;
        break;
      }
      case "description":
        if (value.length > MAX_COMMENT_LENGTH)
          return fail({ code: "text_too_long", length: value.length, max: MAX_COMMENT_LENGTH });
        command.description = value;
        break;
      case "deadline": {
        const date = wholeDate(value.split(/\s+/), today);
        if (!date.ok) return date;
        command.dueDate = date.date;
        if (date.droppedTime) command.droppedTime = date.droppedTime;
        break;
      }
    }
  }
  return done(command);
}

// The field words after `ändra <nr>` (folded), as one or two words.
const FIELD_LABELS: readonly [ActivityField, readonly string[]][] = [
  ["title", ["titel", "titeln", "title", "namn", "name"]],
  ["description", ["beskrivning", "beskrivningen", "description", "desc"]],
  ["principle", ["princip", "principen", "principle"]],
  ["party", ["part", "parten", "party"]],
  ["commitment", ["atagande", "atagandet", "commitment"]],
  [
    "responsibleOrg",
    [
      "ansvarig org",
      "ansvarig organisation",
      "ansvarig forvaltning",
      "ansvarig forening",
      "ansvarig forvaltning/forening",
      "responsible org",
      "responsible organisation",
      "responsible organization",
      "organisation",
      "organization",
      "org",
    ],
  ],
  ["commissioner", ["uppdragsbestallare", "uppdragsbestallaren", "bestallare", "commissioner"]],
  ["partners", ["partner", "partners", "samarbetspartner", "samarbetspartners", "samarbetspartnerna"]],
  ["followUp", ["uppfoljning", "uppfoljningen", "follow-up", "follow up", "followup"]],
];

/** The values after `ändra <nr> <fält>` that empty the field (folded). */
const EMPTY_WORDS = ["ingen", "inget", "inga", "tomt", "tom", "none", "empty", "-"];

function isRequired(field: ActivityField): field is RequiredActivityField {
  return (REQUIRED_ACTIVITY_FIELDS as readonly ActivityField[]).includes(field);
}

/** `ändra <nr> titel|beskrivning|princip|part|åtagande|ansvarig org|uppdragsbeställare|partner|uppföljning <värde>`. */
export function parseActivityChange(line: Line): ParseResult {
  const nr = activityNumber(line, 1, "ändra");
  if (!nr.ok) return nr;
  const rest = restText(line, nr.next);
  const found = labelled(rest, FIELD_LABELS);
  if (!found) return fail({ code: "missing_argument", command: "ändra", argument: "activityField" });
  // "ändra 13 titel", as typed, for the reply that says what is missing after it.
  const command = restText(line, 0)
    .slice(0, restText(line, 0).length - found.value.length)
    .trim();
  const value = cleanFreeText(found.value);
  if (value === "") return fail({ code: "missing_argument", command, argument: "text" });
  if (EMPTY_WORDS.includes(stripTrailingPunctuation(normalizeForMatch(value)))) {
    if (isRequired(found.label)) return fail({ code: "field_required", field: found.label });
    return done({ kind: "activity_change", number: nr.value, field: found.label, value: null });
  }
  if (found.label === "party") {
    const party = partyOf(value);
    if (!party) return fail({ code: "bad_party", given: value });
    return done({ kind: "activity_change", number: nr.value, field: "party", value: party });
  }
  const max = found.label === "description" ? MAX_COMMENT_LENGTH : MAX_FIELD_LENGTH;
  if (value.length > max) return fail({ code: "text_too_long", length: value.length, max, subject: "name" });
  return done({ kind: "activity_change", number: nr.value, field: found.label, value });
}
