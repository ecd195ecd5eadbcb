// Adding and changing activities: `ny aktivitet …`, `ändra <nr> <fält> <värde>` and
// `deadline <nr> ingen`, Swedish and English, and what bad input says.
import { describe, expect, it } from "vitest";
import type { Command, ParseError } from "../../../src/core/command.ts";
import { usageFor } from "../../../src/core/command-usage.ts";
import { parseErrorReply } from "../../../src/core/error-reply.ts";
import { parseCommand } from "../../../src/core/parse-command.ts";
import { textsFor } from "../../../src/texts/index.ts";

const sv = textsFor("sv");
const en = textsFor("en");

const today = "2027-03-10";
const parse = (line: string) => parseCommand(line, { today });

describe("ny aktivitet", () => {
  it.each<[string, Command]>([
    [
      "ny aktivitet Träffar om lokaler; princip dialog; part gemensamt",
      { kind: "activity_create", title: "Träffar om lokaler", principle: "dialog", party: "gemensamt" },
    ],
    [
      "ny aktivitet Träffar om lokaler; princip Öppenhet; part stad; deadline 15 mars; ansvarig org Kulturförvaltningen",
      {
        kind: "activity_create",
        title: "Träffar om lokaler",
        principle: "Öppenhet",
        party: "stad",
        dueDate: "2027-03-15",
        responsibleOrg: "Kulturförvaltningen",
      },
    ],
    [
      "new activity Meetings; principle openness; party civil; deadline 2027-04-01; responsible org The council",
      {
        kind: "activity_create",
        title: "Meetings",
        principle: "openness",
        party: "civilsamhalle",
        dueDate: "2027-04-01",
        responsibleOrg: "The council",
      },
    ],
    [
      "new activity Meetings; party joint; principle: dialog",
      { kind: "activity_create", title: "Meetings", principle: "dialog", party: "gemensamt" },
    ],
    // The parts may come in any order, and the title may be labelled.
    [
      "ny aktivitet part city; titel Lokaler; princip mångfald",
      { kind: "activity_create", title: "Lokaler", principle: "mångfald", party: "stad" },
    ],
    [
      "ny aktivitet Lokaler; princip dialog; part civila samhället; deadline 15 mars kl 12",
      {
        kind: "activity_create",
        title: "Lokaler",
        principle: "dialog",
        party: "civilsamhalle",
        dueDate: "2027-03-15",
        droppedTime: { start: "12:00" },
      },
    ],
    // What is missing is said by the service, which knows the plan's principles.
    ["ny aktivitet Lokaler", { kind: "activity_create", title: "Lokaler" }],
    ["ny aktivitet", { kind: "activity_create" }],
    [
      "ny aktivitet Lokaler; princip ; part stad",
      { kind: "activity_create", title: "Lokaler", party: "stad" },
    ],
  ])("%s", (line, command) => {
    expect(parse(line)).toEqual({ ok: true, command });
  });

  it.each<[string, ParseError]>([
    [
      "ny aktivitet Lokaler; prinsip dialog; part stad",
      { code: "unknown_part", command: "ny aktivitet", given: "prinsip dialog" },
    ],
    ["ny aktivitet Lokaler; princip dialog; part kanske", { code: "bad_party", given: "kanske" }],
    [
      "ny aktivitet Lokaler; princip dialog; part stad; deadline 31 feb",
      { code: "bad_date", given: "31 feb" },
    ],
    ["ny punkt", { code: "missing_argument", command: "ny", argument: "newWhat" }],
  ])("%s is refused", (line, error) => {
    expect(parse(line)).toEqual({ ok: false, error });
  });

  it("refuses a title longer than 500 characters", () => {
    expect(parse(`ny aktivitet ${"x".repeat(501)}; princip dialog; part stad`)).toEqual({
      ok: false,
      error: { code: "text_too_long", length: 501, max: 500, subject: "name" },
    });
  });

  it("says in both languages what a part may be", () => {
    const unknown = parse("ny aktivitet X; foo; part stad");
    if (unknown.ok) throw new Error("parsed");
    const text = (r: ReturnType<typeof parseErrorReply>) =>
      r.blocks.map((b) => ("text" in b ? b.text : "")).join(" ");
    expect(text(parseErrorReply(sv, unknown.error))).toContain("Jag förstår inte ”foo”");
    expect(text(parseErrorReply(en, unknown.error))).toContain("`party city|civil|joint`");
    const party = parse("new activity X; party nope");
    if (party.ok) throw new Error("parsed");
    expect(text(parseErrorReply(en, party.error))).toContain("“nope” is not a party I know.");
  });
});

describe("ny aktivitet with a description", () => {
  it("takes `; beskrivning <text>` like the other parts", () => {
    expect(
      parse("ny aktivitet Lokaler; princip dialog; part stad; beskrivning Inventera lokalerna."),
    ).toEqual({
      ok: true,
      command: {
        kind: "activity_create",
        title: "Lokaler",
        principle: "dialog",
        party: "stad",
        description: "Inventera lokalerna.",
      },
    });
  });
});

describe("ändra", () => {
  it.each<[string, Command]>([
    [
      "ändra 13 titel Gå igenom registret",
      { kind: "activity_change", number: 13, field: "title", value: "Gå igenom registret" },
    ],
    [
      "andra 13 titeln: Gå igenom",
      { kind: "activity_change", number: 13, field: "title", value: "Gå igenom" },
    ],
    ["change 13 title Review", { kind: "activity_change", number: 13, field: "title", value: "Review" }],
    [
      "ändra 2 beskrivning Lång text.",
      { kind: "activity_change", number: 2, field: "description", value: "Lång text." },
    ],
    [
      "ändra 2 princip öppenhet",
      { kind: "activity_change", number: 2, field: "principle", value: "öppenhet" },
    ],
    ["ändra 2 part civil", { kind: "activity_change", number: 2, field: "party", value: "civilsamhalle" }],
    ["change 2 party city", { kind: "activity_change", number: 2, field: "party", value: "stad" }],
    [
      "ändra 2 åtagande Å13 Kommun",
      { kind: "activity_change", number: 2, field: "commitment", value: "Å13 Kommun" },
    ],
    [
      "ändra 2 ansvarig org Kulturförvaltningen",
      { kind: "activity_change", number: 2, field: "responsibleOrg", value: "Kulturförvaltningen" },
    ],
    [
      "change 2 responsible org Culture department",
      { kind: "activity_change", number: 2, field: "responsibleOrg", value: "Culture department" },
    ],
    [
      "ändra 2 uppdragsbeställare KS",
      { kind: "activity_change", number: 2, field: "commissioner", value: "KS" },
    ],
    [
      "ändra 2 partner Föreningar",
      { kind: "activity_change", number: 2, field: "partners", value: "Föreningar" },
    ],
    ["edit 2 partners NGOs", { kind: "activity_change", number: 2, field: "partners", value: "NGOs" }],
    [
      "ändra 2 uppföljning Årligen",
      { kind: "activity_change", number: 2, field: "followUp", value: "Årligen" },
    ],
    ["change 2 follow-up Yearly", { kind: "activity_change", number: 2, field: "followUp", value: "Yearly" }],
    ["ändra nr 2 titel ”Citat”", { kind: "activity_change", number: 2, field: "title", value: "Citat" }],
  ])("%s", (line, command) => {
    expect(parse(line)).toEqual({ ok: true, command });
  });

  it.each<[string, ParseError]>([
    ["ändra", { code: "missing_argument", command: "ändra", argument: "number" }],
    ["ändra x titel Y", { code: "bad_number", command: "ändra", given: "x" }],
    ["ändra 13", { code: "missing_argument", command: "ändra", argument: "activityField" }],
    ["ändra 13 färg blå", { code: "missing_argument", command: "ändra", argument: "activityField" }],
    ["ändra 13 titel", { code: "missing_argument", command: "ändra 13 titel", argument: "text" }],
    ["change 13 party", { code: "missing_argument", command: "change 13 party", argument: "text" }],
    ["ändra 13 part kanske", { code: "bad_party", given: "kanske" }],
  ])("%s is refused", (line, error) => {
    expect(parse(line)).toEqual({ ok: false, error });
  });

  it.each<[string, Command]>([
    ["ändra 2 beskrivning ingen", { kind: "activity_change", number: 2, field: "description", value: null }],
    ["ändra 2 åtagande -", { kind: "activity_change", number: 2, field: "commitment", value: null }],
    [
      "ändra 2 ansvarig org Inget",
      { kind: "activity_change", number: 2, field: "responsibleOrg", value: null },
    ],
    [
      "ändra 2 uppdragsbeställare ingen.",
      { kind: "activity_change", number: 2, field: "commissioner", value: null },
    ],
    ["change 2 partners none", { kind: "activity_change", number: 2, field: "partners", value: null }],
    ["edit 2 follow-up –", { kind: "activity_change", number: 2, field: "followUp", value: null }],
    // A value that only starts with the word is a value.
    [
      "ändra 2 partner Ingen aning AB",
      { kind: "activity_change", number: 2, field: "partners", value: "Ingen aning AB" },
    ],
  ])("%s empties the field", (line, command) => {
    expect(parse(line)).toEqual({ ok: true, command });
  });

  it.each<[string, ParseError]>([
    ["ändra 2 titel ingen", { code: "field_required", field: "title" }],
    ["ändra 2 princip -", { code: "field_required", field: "principle" }],
    ["change 2 party none", { code: "field_required", field: "party" }],
  ])("%s is refused: the field cannot be emptied", (line, error) => {
    expect(parse(line)).toEqual({ ok: false, error });
  });

  it("says which field cannot be emptied and what can, in both languages", () => {
    const text = (r: ReturnType<typeof parseErrorReply>) =>
      r.blocks.map((b) => ("text" in b ? b.text : "")).join(" ");
    const sv1 = text(parseErrorReply(sv, { code: "field_required", field: "principle" }));
    expect(sv1).toContain("En aktivitet måste ha en princip, så den går inte att tömma.");
    expect(sv1).toContain("Tömma går beskrivning");
    const en1 = text(parseErrorReply(en, { code: "field_required", field: "title" }));
    expect(en1).toContain("An activity must have a title, so it cannot be emptied.");
  });

  it("takes a description as long as a comment, but a title of at most 500 characters", () => {
    expect(parse(`ändra 1 beskrivning ${"x".repeat(1500)}`).ok).toBe(true);
    expect(parse(`ändra 1 titel ${"x".repeat(501)}`)).toEqual({
      ok: false,
      error: { code: "text_too_long", length: 501, max: 500, subject: "name" },
    });
  });

  it("tells what to type after a field, from the help entry", () => {
    expect(usageFor(sv, "ändra 13 titel")).toContain("ändra <nr> titel|beskrivning");
    expect(usageFor(en, "ny aktivitet")).toContain("new activity <title>; principle");
  });
});

describe("deadline <nr> ingen", () => {
  it.each<[string, Command]>([
    ["deadline 13 ingen", { kind: "deadline_clear", number: 13 }],
    ["deadline 13 ta bort", { kind: "deadline_clear", number: 13 }],
    ["due 13 none", { kind: "deadline_clear", number: 13 }],
    ["deadline 13 -", { kind: "deadline_clear", number: 13 }],
  ])("%s", (line, command) => {
    expect(parse(line)).toEqual({ ok: true, command });
  });

  it("still reads a date after deadline", () => {
    expect(parse("deadline 13 15 mars")).toEqual({
      ok: true,
      command: { kind: "deadline", number: 13, date: "2027-03-15" },
    });
  });
});
