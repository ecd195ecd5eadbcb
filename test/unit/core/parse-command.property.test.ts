import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ACTIVITY_STATUSES, STATUS_LABEL } from "../../../src/core/activity-status.ts";
import { commandSchema, type ParseResult } from "../../../src/core/command.ts";
import { collapseWhitespace } from "../../../src/core/normalize-text.ts";
import { parseCommand } from "../../../src/core/parse-command.ts";
import { STATUS_SYNONYMS } from "../../../src/core/status-vocabulary.ts";

const ERROR_CODES = [
  "empty",
  "unknown_command",
  "missing_argument",
  "bad_number",
  "bad_status",
  "bad_date",
  "bad_time",
  "bad_filter",
  "text_too_long",
  "bad_party",
  "unknown_part",
  "field_required",
  "followup",
];

const todayArb = fc
  .date({ min: new Date("1990-01-01T00:00:00Z"), max: new Date("2150-12-31T00:00:00Z"), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

// Fragments that steer random lines into every branch of the parser, not just "unknown command".
const fragment = fc.constantFrom(
  "/lok",
  "@LÖK-boten",
  "<@U1>",
  "<at>LÖK</at>",
  "status",
  "st",
  "visa",
  "lista",
  "mina",
  "ansvarig",
  "ägare",
  "deadline",
  "klart",
  "möte",
  "möten",
  "agenda",
  "lägg",
  "till",
  "+",
  "-",
  "–",
  "rapport",
  "hjälp",
  "?",
  "13",
  "#13",
  "nr",
  "0",
  "99999999999",
  "klar",
  "ej",
  "påbörjad",
  "on",
  "hold",
  "inte",
  "15/3",
  "31/2",
  "29/2",
  "2027-02-29",
  "v53",
  "v",
  "vecka",
  "15",
  "mars",
  "maj",
  "2027",
  "idag",
  "i",
  "morgon",
  "kl.",
  "kl",
  "18-20",
  "18",
  "–",
  "20",
  "25:00",
  "på",
  "ta",
  "bort",
  '"',
  "“",
  ":",
  "den",
  "1:a",
  "Föreningarnas",
  "hus",
  "\n",
  "\u00a0",
  "\u200b",
  "👍🏽",
  "e\u0301",
  "İ",
  "ß",
);
const structuredLine = fc
  .array(fc.oneof(fragment, fc.string({ maxLength: 6 })), { maxLength: 12 })
  .map((parts) => parts.join(" "));
const loneSurrogates = fc.string({
  unit: fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)),
});
const anyLine = fc.oneof(
  fc.string({ unit: "binary", maxLength: 300 }),
  fc.string({ unit: "grapheme", maxLength: 100 }),
  loneSurrogates,
  structuredLine,
);

function expectWellFormed(result: ParseResult): void {
  if (result.ok) expect(commandSchema.safeParse(result.command).success).toBe(true);
  else expect(ERROR_CODES).toContain(result.error.code);
}

describe("parseCommand is total", () => {
  it("never throws, and returns a valid command or a known error, for any line and any today", () => {
    fc.assert(
      fc.property(anyLine, todayArb, (line, today) => {
        expectWellFormed(parseCommand(line, { today }));
      }),
      { numRuns: 3000 },
    );
  });

  it("copes with huge lines quickly", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(
          "status 13 klar ",
          "lista ",
          "ansvarig 13 ",
          "agenda + ",
          "möte 2 maj 18 ",
          "",
          "x",
          "hjälp ",
        ),
        fc.string({ unit: "binary", minLength: 1, maxLength: 20 }),
        fc.integer({ min: 10_000, max: 200_000 }),
        (prefix, chunk, times) => {
          const started = performance.now();
          const result = parseCommand(prefix + chunk.repeat(Math.ceil(times / chunk.length)), {
            today: "2027-03-10",
          });
          expectWellFormed(result);
          expect(performance.now() - started).toBeLessThan(2000);
        },
      ),
      { numRuns: 25 },
    );
  });

  it("keeps a status comment as a piece of what was typed", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 200 }), (tail) => {
        const line = `status 13 klar ${tail}`;
        const result = parseCommand(line, { today: "2027-03-10" });
        if (!result.ok) {
          expect(result.error.code).toBe("text_too_long");
          return;
        }
        expect(result.command).toMatchObject({ kind: "status_set", number: 13, status: "klar" });
        if (result.command.kind === "status_set" && result.command.comment !== undefined) {
          expect(collapseWhitespace(line)).toContain(result.command.comment);
        }
      }),
    );
  });

  it("ignores an invocation word in front of any line", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("/lok", "lok", "@lök", "@LÖK", "@lok-boten", "@LÖK-boten"),
        structuredLine.filter((l) => !l.trimStart().startsWith("<")),
        (prefix, line) => {
          const today = "2027-03-10";
          expect(parseCommand(`${prefix} ${line}`, { today })).toEqual(parseCommand(line, { today }));
        },
      ),
    );
  });
});

describe("status round trip", () => {
  const statusAndWord = fc
    .constantFrom(...ACTIVITY_STATUSES)
    .chain((status) =>
      fc.tuple(fc.constant(status), fc.constantFrom(STATUS_LABEL[status], ...STATUS_SYNONYMS[status])),
    );
  const numberForm = fc.constantFrom(
    (n: number) => `${n}`,
    (n: number) => `#${n}`,
    (n: number) => `nr ${n}`,
    (n: number) => `${n}.`,
  );
  const comment = fc.stringMatching(/^[A-Za-zÅÄÖåäöÉé0-9][A-Za-zÅÄÖåäöÉé0-9 ,.!?()]{0,120}$/);

  it("`status N <label>` parses to status N with that status, in any case and number form", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 999_999_999 }),
        statusAndWord,
        numberForm,
        fc.boolean(),
        (n, [status, word], form, upper) => {
          const typed = upper ? word.toUpperCase() : word;
          expect(parseCommand(`status ${form(n)} ${typed}`, { today: "2027-03-10" })).toEqual({
            ok: true,
            command: { kind: "status_set", number: n, status },
          });
        },
      ),
    );
  });

  it("keeps a plain comment after the status word as typed, with whitespace collapsed", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9999 }), statusAndWord, comment, (n, [status, word], text) => {
        const result = parseCommand(`status ${n} ${word} ${text}`, { today: "2027-03-10" });
        expect(result).toEqual({
          ok: true,
          command: { kind: "status_set", number: n, status, comment: collapseWhitespace(text) },
        });
      }),
    );
  });
});
