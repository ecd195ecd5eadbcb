import { describe, expect, it } from "vitest";
import {
  type Command,
  commandSchema,
  MAX_COMMENT_LENGTH,
  type ParseError,
} from "../../../src/core/command.ts";
import {
  COMMAND_HELP,
  findCommandWord,
  findListFilter,
  helpFor,
  suggestCommandWord,
} from "../../../src/core/command-help.ts";
import { cleanFreeText, foldDiacritics, normalizeForMatch } from "../../../src/core/normalize-text.ts";
import { MAX_NAME_LENGTH, parseCommand } from "../../../src/core/parse-command.ts";
import { forbiddenAction } from "../../../src/core/permissions.ts";
import { textsFor } from "../../../src/texts/index.ts";

const today = "2027-03-10"; // Wednesday, ISO week 10
const parse = (line: string) => parseCommand(line, { today });

function expectCommand(line: string, command: Command) {
  const result = parse(line);
  expect(result).toEqual({ ok: true, command });
  if (result.ok) expect(commandSchema.safeParse(result.command).success).toBe(true);
}

function expectError(line: string, error: ParseError) {
  expect(parse(line)).toEqual({ ok: false, error });
}

describe("invocation prefixes and whitespace", () => {
  it.each([
    "/lok status 13",
    "lok status 13",
    "LOK status 13",
    "@lök status 13",
    "@LÖK status 13",
    "@lok status 13",
    "@lok-boten status 13",
    "@LÖK-boten status 13",
    "@LÖK-boten: status 13",
    "@lök, status 13",
    "/lok @LÖK-boten status 13",
    "<@U0LOKBOT> status 13",
    "<@U0LOKBOT|lok-boten> status 13",
    "<at>LÖK-boten</at> status 13",
    "   status \t 13  ",
    "status\n13",
    "status\u00a013",
  ])("%j", (line) => {
    expectCommand(line, { kind: "status_show", number: 13 });
  });

  it.each(["", "   ", "\n\t", "/lok", "@LÖK-boten", "/lok   "])("%j is empty", (line) => {
    expectError(line, { code: "empty" });
  });
});

describe("status", () => {
  it.each([
    ["status 13", 13],
    ["st 13", 13],
    ["STATUS 13", 13],
    ["status #13", 13],
    ["status 13.", 13],
    ["status 13:", 13],
    ["status nr 13", 13],
    ["status nr. 13", 13],
    ["status nr13", 13],
    ["status nummer 7", 7],
    ["status aktivitet 4", 4],
  ])("%j shows status", (line, number) => {
    expectCommand(line, { kind: "status_show", number });
  });

  it.each([
    ["status 13 klar", "klar"],
    ["status 13 Klart", "klar"],
    ["status 13 färdig", "klar"],
    ["status 13 done", "klar"],
    ["status 2 pågår", "pagar"],
    ["status 2 pagar", "pagar"],
    ["status 2 igång", "pagar"],
    ["status 2 in progress", "pagar"],
    ["st 2 ongoing", "pagar"],
    ["status 5 ej påbörjad", "ej_paborjad"],
    ["status 5 inte startad", "ej_paborjad"],
    ["status 5 ej paborjad", "ej_paborjad"],
    ["status 5 not started", "ej_paborjad"],
    ["status 5 todo", "ej_paborjad"],
    ["status 9 försenad", "forsenad"],
    ["status 9 forsenad", "forsenad"],
    ["status 9 delayed", "forsenad"],
    ["status 11 pausad", "pausad"],
    ["status 11 vilande", "pausad"],
    ["status 11 on hold", "pausad"],
    ["status 6 struken", "struken"],
    ["status 6 utgår", "struken"],
    ["status 6 utgar", "struken"],
    ["status 6 cancelled", "struken"],
    ["status 6 inställd", "struken"],
    ["status 13 avklarad", "klar"],
    ["status 11 stoppad", "pausad"],
    ["status 11 väntar", "pausad"],
    ["status 11 blocked", "pausad"],
  ] as const)("%j sets %s", (line, status) => {
    expectCommand(line, { kind: "status_set", number: Number(line.split(" ")[1]), status });
  });

  it.each([
    ["status 13 klar Föreningsregistret är genomgånget", "klar", "Föreningsregistret är genomgånget"],
    ["status 13 klar: Föreningsregistret är genomgånget", "klar", "Föreningsregistret är genomgånget"],
    ["status 13 klar - Föreningsregistret är genomgånget", "klar", "Föreningsregistret är genomgånget"],
    ["status 13 klar – Föreningsregistret är genomgånget", "klar", "Föreningsregistret är genomgånget"],
    ['status 13 klar "Föreningsregistret är genomgånget"', "klar", "Föreningsregistret är genomgånget"],
    ["status 13 klar “Föreningsregistret är genomgånget”", "klar", "Föreningsregistret är genomgånget"],
    ["status 13 klar: ”Möte med Örebro föreningsråd”", "klar", "Möte med Örebro föreningsråd"],
    ["status 12 pågår Föreningsträff   bokad\n22 februari", "pagar", "Föreningsträff bokad 22 februari"],
    ["status 3 ej startad Väntar på IOP-föreläsningen", "ej_paborjad", "Väntar på IOP-föreläsningen"],
    ["status 3 on hold: ÖVERENSKOMMELSEN revideras", "pausad", "ÖVERENSKOMMELSEN revideras"],
  ] as const)("%j keeps the comment as typed", (line, status, comment) => {
    const number = Number(line.split(" ")[1]);
    expectCommand(line, { kind: "status_set", number, status, comment });
  });

  it.each(["status 13 klar :", "status 13 klar -", 'status 13 klar ""', "status 13 klar “”"])(
    "%j has no comment",
    (line) => {
      expectCommand(line, { kind: "status_set", number: 13, status: "klar" });
    },
  );

  it("accepts a comment of exactly the maximum length and rejects one longer", () => {
    const max = "å".repeat(MAX_COMMENT_LENGTH);
    expectCommand(`status 13 klar ${max}`, { kind: "status_set", number: 13, status: "klar", comment: max });
    expectError(`status 13 klar ${max}x`, {
      code: "text_too_long",
      length: MAX_COMMENT_LENGTH + 1,
      max: MAX_COMMENT_LENGTH,
    });
  });

  it.each([
    ["status", { code: "missing_argument", command: "status", argument: "number" }],
    ["status nr", { code: "missing_argument", command: "status", argument: "number" }],
    ["status klar", { code: "bad_number", command: "status", given: "klar" }],
    ["status 0 klar", { code: "bad_number", command: "status", given: "0" }],
    ["status -3 klar", { code: "bad_number", command: "status", given: "-3" }],
    ["status 13a", { code: "bad_number", command: "status", given: "13a" }],
    ["status 1.5", { code: "bad_number", command: "status", given: "1.5" }],
    ["status 12345678901", { code: "bad_number", command: "status", given: "12345678901" }],
    ["status nr tretton", { code: "bad_number", command: "status", given: "tretton" }],
    ["status 13 kalr", { code: "bad_status", given: "kalr", suggestion: "klar" }],
    ["status 13 pågåår", { code: "bad_status", given: "pågåår", suggestion: "pagar" }],
    ["status 13 forsendad!", { code: "bad_status", given: "forsendad", suggestion: "forsenad" }],
    ["status 13 budget", { code: "bad_status", given: "budget" }],
    ["status 13 inte klar", { code: "bad_status", given: "inte klar" }],
  ] as const)("%j → %o", (line, error) => {
    expectError(line, error);
  });
});

describe("visa, lista, mina", () => {
  it.each(["visa 13", "show 13", "VISA #13", "visa nr 13", "visa 13 tack"])("%j", (line) => {
    expectCommand(line, { kind: "show", number: 13 });
  });

  it.each([
    ["visa", { code: "missing_argument", command: "visa", argument: "number" }],
    ["visa tretton", { code: "bad_number", command: "visa", given: "tretton" }],
  ] as const)("%j → %o", (line, error) => {
    expectError(line, error);
  });

  it.each([
    ["lista", { type: "all" }],
    ["list", { type: "all" }],
    ["ls", { type: "all" }],
    ["lista alla", { type: "all" }],
    ["list all", { type: "all" }],
    ["lista mina", { type: "mine" }],
    ["mina", { type: "mine" }],
    ["mine", { type: "mine" }],
    ["lista försenade", { type: "overdue" }],
    ["lista forsenade", { type: "overdue" }],
    ["lista sena", { type: "overdue" }],
    ["list overdue", { type: "overdue" }],
    ["lista stad", { type: "party", party: "stad" }],
    ["lista kommun", { type: "party", party: "stad" }],
    ["list city", { type: "party", party: "stad" }],
    ["lista civil", { type: "party", party: "civilsamhalle" }],
    ["lista civilsamhälle", { type: "party", party: "civilsamhalle" }],
    ["lista civilsamhallet", { type: "party", party: "civilsamhalle" }],
    ["lista civila", { type: "party", party: "civilsamhalle" }],
    ["lista Civila samhället", { type: "party", party: "civilsamhalle" }],
    ["lista gemensamt", { type: "party", party: "gemensamt" }],
    ["lista gemensamma", { type: "party", party: "gemensamt" }],
    ["list joint", { type: "party", party: "gemensamt" }],
    ["lista Öppenhet", { type: "principle", query: "Öppenhet" }],
    ["lista dialog", { type: "principle", query: "dialog" }],
    ["lista Långsiktighet och kvalitet", { type: "principle", query: "Långsiktighet och kvalitet" }],
    ['lista "mångfald"', { type: "principle", query: "mångfald" }],
    ["lista klara", { type: "status", status: "klar" }],
    ["lista klar", { type: "status", status: "klar" }],
    ["lista avklarade", { type: "status", status: "klar" }],
    ["lista pågår", { type: "status", status: "pagar" }],
    ["lista pagaende", { type: "status", status: "pagar" }],
    ["lista ej påbörjade", { type: "status", status: "ej_paborjad" }],
    ["lista Ej Paborjad", { type: "status", status: "ej_paborjad" }],
    ["lista inte startade", { type: "status", status: "ej_paborjad" }],
    ["lista pausade", { type: "status", status: "pausad" }],
    ["lista vilande", { type: "status", status: "pausad" }],
    ["lista strukna", { type: "status", status: "struken" }],
    ["lista inställda", { type: "status", status: "struken" }],
    ["list done", { type: "status", status: "klar" }],
    // Overdue by the rule (status försenad or a passed deadline) is more than the status alone.
    ["lista försenad", { type: "overdue" }],
  ] as const)("%j", (line, filter) => {
    expectCommand(line, { kind: "list", filter });
  });

  it.each([
    ["lista 13", { code: "bad_filter", given: "13" }],
    ["lista ???", { code: "bad_filter", given: "???" }],
    [
      `lista ${"x".repeat(MAX_NAME_LENGTH + 1)}`,
      { code: "text_too_long", length: MAX_NAME_LENGTH + 1, max: MAX_NAME_LENGTH },
    ],
  ] as const)("%j → %o", (line, error) => {
    expectError(line, error);
  });
});

describe("ansvarig", () => {
  it.each([
    ["ansvarig 13 Anna Fogel", "Anna Fogel", false],
    ["ägare 13 Anna Fogel", "Anna Fogel", false],
    ["agare 13 Anna Fogel", "Anna Fogel", false],
    ["owner 13 Anna Fogel", "Anna Fogel", false],
    ["ansvarig #13 <@U02ANNA>", "<@U02ANNA>", false],
    ["ansvarig 13 anna.fogel@orebro.se", "anna.fogel@orebro.se", false],
    ["ansvarig 13 +Mats-Olof Liljegren", "Mats-Olof Liljegren", false],
    ["ansvarig 13 lägg till K-G Granberg", "K-G Granberg", false],
    ["ansvarig 13 -Anna Fogel", "Anna Fogel", true],
    ["ansvarig 13 - Anna Fogel", "Anna Fogel", true],
    ["ansvarig 13 –Anna Fogel", "Anna Fogel", true],
    ["ansvarig 13 ta bort Anna Fogel", "Anna Fogel", true],
    ["ansvarig 13 Ta Bort Anna Fogel", "Anna Fogel", true],
    ["owner 13 remove <@U02ANNA>", "<@U02ANNA>", true],
  ] as const)("%j", (line, person, remove) => {
    expectCommand(line, { kind: "owner", number: 13, person, remove });
  });

  it.each([
    ["ansvarig", { code: "missing_argument", command: "ansvarig", argument: "number" }],
    ["ansvarig 13", { code: "missing_argument", command: "ansvarig", argument: "person" }],
    ["ansvarig 13 ta bort", { code: "missing_argument", command: "ansvarig", argument: "person" }],
    ["ansvarig 13 -", { code: "missing_argument", command: "ansvarig", argument: "person" }],
    ["ansvarig Anna 13", { code: "bad_number", command: "ansvarig", given: "Anna" }],
    [
      `ansvarig 13 ${"A".repeat(MAX_NAME_LENGTH + 1)}`,
      { code: "text_too_long", length: MAX_NAME_LENGTH + 1, max: MAX_NAME_LENGTH },
    ],
  ] as const)("%j → %o", (line, error) => {
    expectError(line, error);
  });
});

describe("deadline", () => {
  it.each([
    ["deadline 13 2027-06-30", "2027-06-30"],
    ["deadline 13 15/3", "2027-03-15"],
    ["deadline 13 15/3 2028", "2028-03-15"],
    ["deadline 13 15 mars", "2027-03-15"],
    ["deadline 13 1 feb.", "2028-02-01"],
    ["deadline 13 den 15:e mars 2028", "2028-03-15"],
    ["deadline 13 idag", "2027-03-10"],
    ["deadline 13 i morgon", "2027-03-11"],
    ["deadline 13 igår", "2027-03-09"],
    ["deadline 13 15/3-27", "2027-03-15"],
    ["deadline 13 15.3.2027", "2027-03-15"],
    ["deadline 13 fredag", "2027-03-12"],
    ["deadline 13 nästa fredag", "2027-03-19"],
    ["deadline 13 måndag 15 mars", "2027-03-15"],
    ["klart 13 15 mars", "2027-03-15"],
    ["due 13 tomorrow", "2027-03-11"],
  ])("%j → %s", (line, date) => {
    expectCommand(line, { kind: "deadline", number: 13, date });
  });

  it.each([
    ["deadline 13 v12", "2027-03-26"],
    ["deadline 13 vecka 12", "2027-03-26"],
    ["deadline #13 week 12", "2027-03-26"],
  ])("%j → %s, given as a week", (line, date) => {
    expectCommand(line, { kind: "deadline", number: 13, date, byWeek: true });
  });

  it.each([
    ["deadline 13 15 mars kl 12", { start: "12:00" }],
    ["deadline 13 15 mars kl. 12.30", { start: "12:30" }],
    ["deadline 13 15/3 12:00", { start: "12:00" }],
    ["deadline 13 imorgon klockan 9-11", { start: "09:00", end: "11:00" }],
  ] as const)("%j keeps the date and says the time was not kept", (line, time) => {
    const result = parse(line);
    expect(result.ok && result.command.kind === "deadline" && result.command.droppedTime).toEqual(time);
  });

  it("refuses a weekday that does not go with the date, naming the date found", () => {
    expectError("deadline 13 tisdag 15 mars", {
      code: "bad_date",
      given: "tisdag 15 mars",
      wrongWeekday: "2027-03-15",
    });
    expect(parseCommand("deadline 13 torsdag 2 mars", { today: "2026-11-23" })).toEqual({
      ok: false,
      error: { code: "bad_date", given: "torsdag 2 mars", wrongWeekday: "2027-03-02" },
    });
  });

  it.each([
    ["deadline", { code: "missing_argument", command: "deadline", argument: "number" }],
    ["deadline 13", { code: "missing_argument", command: "deadline", argument: "date" }],
    ["deadline mars 13", { code: "bad_number", command: "deadline", given: "mars" }],
    ["deadline 13 31/2", { code: "bad_date", given: "31/2" }],
    ["deadline 13 29/2 2027", { code: "bad_date", given: "29/2 2027" }],
    ["deadline 13 2027-13-01", { code: "bad_date", given: "2027-13-01" }],
    ["deadline 13 v54", { code: "bad_date", given: "v54" }],
    ["deadline 13 snart", { code: "bad_date", given: "snart" }],
    ["deadline 13 15 mars 20277", { code: "bad_date", given: "15 mars 20277" }],
    // A bare number after the date could be a year as well as an hour: not guessed.
    ["deadline 13 15 mars 12", { code: "bad_date", given: "15 mars 12" }],
    ["deadline 13 15 mars kl 25", { code: "bad_date", given: "15 mars kl 25" }],
  ] as const)("%j → %o", (line, error) => {
    expectError(line, error);
  });
});

describe("möte and möten", () => {
  it.each([
    [
      "möte 2 maj kl. 18-20 på Föreningarnas hus",
      { date: "2027-05-02", start: "18:00", end: "20:00", place: "Föreningarnas hus" },
    ],
    [
      "möte 2027-05-02 18:00 Föreningarnas hus",
      { date: "2027-05-02", start: "18:00", place: "Föreningarnas hus" },
    ],
    [
      "mote 22 februari kl. 16:30, Föreningarnas hus",
      { date: "2028-02-22", start: "16:30", place: "Föreningarnas hus" },
    ],
    ["meeting 2027-05-02 18:00-20:00", { date: "2027-05-02", start: "18:00", end: "20:00" }],
    [
      "möte den 16 mars 18.30 i Stadshuset, sal 3",
      { date: "2027-03-16", start: "18:30", place: "Stadshuset, sal 3" },
    ],
    ["möte imorgon 9 Teams", { date: "2027-03-11", start: "09:00", place: "Teams" }],
    ["möte fredag 18", { date: "2027-03-12", start: "18:00" }],
    ["möte nästa tisdag kl 18-20", { date: "2027-03-16", start: "18:00", end: "20:00" }],
    ["möte torsdag 2 mars kl. 18-20", { date: "2028-03-02", start: "18:00", end: "20:00" }],
    ["möte 2.5 18", { date: "2027-05-02", start: "18:00" }],
    [
      "möte 15/3 18 – 20 Föreningarnas hus",
      { date: "2027-03-15", start: "18:00", end: "20:00", place: "Föreningarnas hus" },
    ],
  ] as const)("%j", (line, fields) => {
    expectCommand(line, { kind: "meeting_create", ...fields });
  });

  it.each([
    ["möte", { code: "missing_argument", command: "möte", argument: "date" }],
    ["möte 2 maj", { code: "missing_argument", command: "möte", argument: "time" }],
    ["möte 2 maj Föreningarnas hus", { code: "missing_argument", command: "möte", argument: "time" }],
    ["möte 2 maj kl. 25", { code: "bad_time", given: "kl. 25" }],
    ["möte 2 maj 20-18", { code: "bad_time", given: "20-18" }],
    ["möte 30 februari 18", { code: "bad_date", given: "30 februari" }],
    ["möte tisdag 2 mars 18", { code: "bad_date", given: "tisdag 2 mars", wrongWeekday: "2028-03-02" }],
    [
      `möte 2 maj 18 ${"x".repeat(MAX_NAME_LENGTH + 1)}`,
      { code: "text_too_long", length: MAX_NAME_LENGTH + 1, max: MAX_NAME_LENGTH },
    ],
  ] as const)("%j → %o", (line, error) => {
    expectError(line, error);
  });

  it.each(["möten", "moten", "meetings", "MÖTEN"])("%j lists meetings", (line) => {
    expectCommand(line, { kind: "meetings" });
  });
});

describe("agenda", () => {
  it.each(["agenda", "AGENDA", "agenda visa", "agenda show"])("%j shows the agenda", (line) => {
    expectCommand(line, { kind: "agenda_show" });
  });

  it.each([
    ["agenda lägg till Riktlinjer för lokaler", "Riktlinjer för lokaler"],
    ["agenda lagg till Riktlinjer för lokaler", "Riktlinjer för lokaler"],
    ["agenda lägg till: Riktlinjer för lokaler", "Riktlinjer för lokaler"],
    ["agenda add Studiebesök i Malmö", "Studiebesök i Malmö"],
    ["agenda + Temakväll om IOP", "Temakväll om IOP"],
    ["agenda +Temakväll om IOP", "Temakväll om IOP"],
    ["agenda Föregående minnesanteckningar", "Föregående minnesanteckningar"],
  ])("%j adds %j", (line, text) => {
    expectCommand(line, { kind: "agenda_add", text });
  });

  it.each([
    ["agenda lägg till", { code: "missing_argument", command: "agenda lägg till", argument: "text" }],
    ["agenda +", { code: "missing_argument", command: "agenda", argument: "text" }],
    [
      `agenda + ${"x".repeat(MAX_COMMENT_LENGTH + 1)}`,
      { code: "text_too_long", length: MAX_COMMENT_LENGTH + 1, max: MAX_COMMENT_LENGTH, subject: "agenda" },
    ],
  ] as const)("%j → %o", (line, error) => {
    expectError(line, error);
  });
});

describe("rapport and hjälp", () => {
  it.each(["rapport", "report", "statusrapport"])("%j", (line) => {
    expectCommand(line, { kind: "report" });
  });

  it("rapport 2027 is the report of that year", () => {
    expectCommand("Rapport 2027", { kind: "report", year: 2027 });
  });

  it.each(["uppföljning", "uppfoljning"])("%j is the follow-up round's progress", (line) => {
    expectCommand(line, { kind: "round_show" });
  });

  it.each(["rapport fil", "rapport excel", "lok rapport XLSX", "report file", "rapport filen"])(
    "%j asks for the file",
    (line) => {
      expectCommand(line, { kind: "report_file" });
    },
  );

  it.each(["hjälp", "hjalp", "help", "?", "HJÄLP", "hjälp?"])("%j shows help", (line) => {
    expectCommand(line, { kind: "help" });
  });

  it.each([
    ["hjälp status", "status"],
    ["help owner", "ansvarig"],
    ["hjalp mote", "möte"],
    ["hjälp stauts", "status"],
    ["hjälp datum", "datum"],
  ])("%j → topic %j", (line, topic) => {
    expectCommand(line, { kind: "help", topic });
  });
});

describe("unknown commands", () => {
  it.each([
    ["stauts 13 klar", "stauts", "status"],
    ["lsita", "lsita", "lista"],
    ["vsia 13", "vsia", "visa"],
    ["ansvarg 13 Anna", "ansvarg", "ansvarig"],
    ["deadlin 13 15/3", "deadlin", "deadline"],
    ["mötet 2 maj 18", "mötet", "möte"],
    ["hjäp", "hjäp", "hjälp"],
    ["rapprot", "rapprot", "rapport"],
  ])("%j suggests %s", (line, word, suggestion) => {
    expectError(line, { code: "unknown_command", word, suggestion });
  });

  it.each([
    ["hejsan svejsan", "hejsan"],
    ["13 klar", "13"],
    ["x", "x"],
    ["Föreningsregistret", "Föreningsregistret"],
  ])("%j has no suggestion", (line, word) => {
    expectError(line, { code: "unknown_command", word });
  });
});

describe("greetings, thanks and the language", () => {
  it.each([
    ["hej", "greeting"],
    ["Hej!", "greeting"],
    ["hello", "greeting"],
    ["tack", "thanks"],
    ["Tack så mycket!", "thanks"],
    ["thanks", "thanks"],
  ])("%j is small talk (%s), answered politely", (line, what) => {
    expect(parse(line)).toEqual({ ok: true, command: { kind: "smalltalk", what } });
  });

  it.each([
    ["språk en", "en"],
    ["Språk svenska", "sv"],
    ["sprak sv", "sv"],
    ["language en", "en"],
    ["language english", "en"],
    ["lang swedish", "sv"],
  ])("%j sets the language to %s", (line, locale) => {
    expect(parse(line)).toEqual({ ok: true, command: { kind: "language", locale } });
  });

  it.each(["språk", "språk tyska", "language en sv"])("%j asks for sv or en", (line) => {
    expectError(line, { code: "missing_argument", command: "språk", argument: "language" });
  });

  it.each([
    ["status 13 done", "status_set"],
    ["help", "help"],
    ["list", "list"],
    ["list overdue", "list"],
    ["show 13", "show"],
    ["owner 13 Anna", "owner"],
    ["meetings", "meetings"],
    ["agenda add Lokaler", "agenda_add"],
    ["reminders off", "reminders_toggle"],
    ["quiet until 15/8", "quiet"],
    ["report file", "report_file"],
    ["connect", "bind"],
  ])("the English %j is understood", (line, kind) => {
    const result = parse(line);
    expect(result.ok && result.command.kind).toBe(kind);
  });
});

describe("building blocks: text folding", () => {
  it("folds Swedish and Nordic letters and case for matching", () => {
    expect(normalizeForMatch("PÅGÅR")).toBe("pagar");
    expect(normalizeForMatch("Försenad")).toBe("forsenad");
    expect(normalizeForMatch("Ørebro Æble")).toBe("orebro aeble");
    expect(normalizeForMatch("Café Müller")).toBe("cafe muller");
    expect(normalizeForMatch("ｓｔａｔｕｓ")).toBe("status");
    expect(normalizeForMatch("18–20")).toBe("18-20");
  });

  it("keeps case when only folding diacritics", () => {
    expect(foldDiacritics("Örebro Föreningsråd")).toBe("Orebro Foreningsrad");
    expect(foldDiacritics("ØSTERGÅRD")).toBe("OSTERGARD");
  });

  it("cleans free text without touching its inside", () => {
    expect(cleanFreeText(': "Möte med ”Föreningsrådet”"')).toBe("Möte med ”Föreningsrådet”");
    expect(cleanFreeText("– Klart 16/3")).toBe("Klart 16/3");
    expect(cleanFreeText("”Ok")).toBe("”Ok");
    expect(cleanFreeText('"')).toBe('"');
  });
});

describe("building blocks: command help", () => {
  const kinds = commandSchema.options.map((o) => o.shape.kind.value);

  it("has one help entry per command kind (greetings and thanks are not taught)", () => {
    expect(COMMAND_HELP.map((h) => h.kind).sort()).toEqual(kinds.filter((k) => k !== "smalltalk").sort());
  });

  it.each(COMMAND_HELP.flatMap((h) => [[h.kind, "sv", h] as const, [h.kind, "en", h] as const]))(
    "the %s example in %s parses to its own kind",
    (kind, locale, help) => {
      const entry = textsFor(locale).help.entries[help.kind];
      const result = parse(entry.example);
      expect(result.ok && result.command.kind).toBe(kind);
      // The usage starts with a word that means this command, in either language.
      expect(findCommandWord(entry.usage.split(" ")[0] ?? "")).toBe(help.word);
      expect(findCommandWord(help.word)).toBe(help.word);
    },
  );

  it("marks exactly the commands a medlem may not run as coordinators-only", () => {
    const only = COMMAND_HELP.filter((h) => h.coordinatorsOnly).map((h) => h.kind);
    expect(only.sort()).toEqual([
      "activity_change",
      "activity_create",
      "agenda_days",
      "agenda_defer",
      "agenda_done",
      "agenda_move",
      "bind",
      "bind_new",
      "deadline",
      "deadline_clear",
      "digest_toggle",
      "goal_add",
      "goal_change",
      "goal_remove",
      "hide",
      "import_cancel",
      "import_confirm",
      "language",
      "meeting_create",
      "meeting_move",
      "meeting_remove",
      "meeting_series",
      "member_add",
      "member_remove",
      "member_role",
      "minutes_note_taker",
      "owner",
      "plan_activate",
      "plan_file",
      "plan_new",
      "reminder_days",
      "reminders_toggle",
      "report_file",
      "round_close",
      "round_show",
      "round_start",
      "web_contact",
      "web_licence",
      "web_names",
      "web_toggle",
    ]);
    for (const h of COMMAND_HELP) {
      expect(Boolean(forbiddenAction(h.kind, "medlem")), h.kind).toBe(h.coordinatorsOnly);
      expect(forbiddenAction(h.kind, "samordnare"), h.kind).toBeUndefined();
    }
  });

  it("finds words and help topics by alias, folding and typo", () => {
    expect(findCommandWord("Agare")).toBe("ansvarig");
    expect(findCommandWord("MOTEN")).toBe("möten");
    expect(findCommandWord("banan")).toBeUndefined();
    expect(suggestCommandWord("stats")).toBe("status");
    expect(suggestCommandWord("sx")).toBeUndefined();
    expect(helpFor("owner").map((h) => h.kind)).toEqual(["owner"]);
    expect(helpFor("mina").map((h) => h.kind)).toEqual(["list"]);
    expect(helpFor("status").map((h) => h.kind)).toEqual(["status_set", "status_show"]);
    expect(helpFor("agenda").map((h) => h.kind)).toEqual([
      "agenda_show",
      "agenda_add",
      "agenda_remove",
      "agenda_done",
      "agenda_move",
      "agenda_defer",
      "agenda_days",
    ]);
    expect(helpFor("väder")).toEqual([]);
  });

  it("maps list phrases to fixed filters and leaves principles alone", () => {
    expect(findListFilter("Försenade")).toEqual({ type: "overdue" });
    expect(findListFilter("det civila samhället")).toEqual({ type: "party", party: "civilsamhalle" });
    expect(findListFilter("dialog")).toBeUndefined();
  });
});
