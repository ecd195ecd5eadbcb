// The scheduler's commands: reminder settings (coordinators) and `tyst` (everyone), Swedish first.
import { describe, expect, it } from "vitest";
import type { Command, ParseError } from "../../../src/core/command.ts";
import { helpFor } from "../../../src/core/command-help.ts";
import { parseCommand } from "../../../src/core/parse-command.ts";
import { forbiddenAction } from "../../../src/core/permissions.ts";

const today = "2027-03-10";
const parse = (line: string) => parseCommand(line, { today });

describe("reminder settings commands", () => {
  it.each<[string, Command]>([
    ["påminnelser", { kind: "settings_show" }],
    ["/lok paminnelser", { kind: "settings_show" }],
    ["reminders", { kind: "settings_show" }],
    ["digest", { kind: "settings_show" }],
    ["påminnelser av", { kind: "reminders_toggle", enabled: false }],
    ["påminnelser på", { kind: "reminders_toggle", enabled: true }],
    ["Påminnelser PÅ", { kind: "reminders_toggle", enabled: true }],
    ["paminnelser pa", { kind: "reminders_toggle", enabled: true }],
    ["reminders off", { kind: "reminders_toggle", enabled: false }],
    ["påminnelser dagar 14,3,0", { kind: "reminder_days", days: [14, 3, 0] }],
    ["påminnelser dagar 14, 3, 0", { kind: "reminder_days", days: [14, 3, 0] }],
    ["påminnelser dagar 7 1", { kind: "reminder_days", days: [7, 1] }],
    ["reminders days 30", { kind: "reminder_days", days: [30] }],
    ["agenda dagar 3", { kind: "agenda_days", days: 3 }],
    ["agenda days 0", { kind: "agenda_days", days: 0 }],
    ["digest av", { kind: "digest_toggle", enabled: false }],
    ["veckobrev på", { kind: "digest_toggle", enabled: true }],
    ["digest on", { kind: "digest_toggle", enabled: true }],
  ])("%j parses", (line, command) => {
    expect(parse(line)).toEqual({ ok: true, command });
  });

  it("keeps `agenda dagar …` with words as a proposed point", () => {
    expect(parse("agenda dagar för föreningsträffen")).toEqual({
      ok: true,
      command: { kind: "agenda_add", text: "dagar för föreningsträffen" },
    });
  });

  it.each<[string, Partial<ParseError>]>([
    ["påminnelser dagar", { code: "missing_argument", command: "påminnelser" }],
    ["påminnelser dagar 14,x", { code: "missing_argument", command: "påminnelser" }],
    ["påminnelser dagar 400", { code: "missing_argument", command: "påminnelser" }],
    ["påminnelser dagar 1,2,3,4,5,6,7,8,9,10,11", { code: "missing_argument", command: "påminnelser" }],
    ["påminnelser kanske", { code: "missing_argument", command: "påminnelser" }],
    ["påminnelser av nu", { code: "missing_argument", command: "påminnelser" }],
    ["agenda dagar", { code: "missing_argument", command: "agenda" }],
    ["agenda dagar 61", { code: "missing_argument", command: "agenda" }],
    ["agenda dagar 3 4", { code: "missing_argument", command: "agenda" }],
    ["digest ibland", { code: "missing_argument", command: "digest" }],
  ])("%j is refused with what to type", (line, error) => {
    const result = parse(line);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatchObject(error);
  });

  it("lets only coordinators change settings; anyone may look", () => {
    for (const kind of ["reminders_toggle", "reminder_days", "agenda_days", "digest_toggle"] as const) {
      expect(forbiddenAction(kind, "medlem"), kind).toBeDefined();
      expect(forbiddenAction(kind, "samordnare"), kind).toBeUndefined();
    }
    expect(forbiddenAction("settings_show", "medlem")).toBeUndefined();
    expect(forbiddenAction("quiet", "medlem")).toBeUndefined();
    expect(forbiddenAction("quiet_off", "medlem")).toBeUndefined();
  });

  it("has help for each", () => {
    expect(helpFor("påminnelser").map((h) => h.kind)).toEqual([
      "settings_show",
      "reminders_toggle",
      "reminder_days",
    ]);
    expect(helpFor("digest").map((h) => h.kind)).toEqual(["digest_toggle"]);
    expect(helpFor("tyst").map((h) => h.kind)).toEqual(["quiet", "quiet_off"]);
    expect(helpFor("quiet").map((h) => h.kind)).toEqual(["quiet", "quiet_off"]);
  });
});

describe("tyst", () => {
  it.each<[string, Command]>([
    ["tyst", { kind: "quiet" }],
    ["tyst till 15 augusti", { kind: "quiet", until: "2027-08-15" }],
    ["tyst till 2027-07-31", { kind: "quiet", until: "2027-07-31" }],
    ["tyst 15/8", { kind: "quiet", until: "2027-08-15" }],
    ["tyst t.o.m. v30", { kind: "quiet", until: "2027-07-30" }],
    ["tyst till nästa fredag", { kind: "quiet", until: "2027-03-19" }],
    ["tyst till 15 augusti kl 12", { kind: "quiet", until: "2027-08-15", droppedTime: { start: "12:00" } }],
    ["quiet until 15 aug", { kind: "quiet", until: "2027-08-15" }],
    ["tyst av", { kind: "quiet_off" }],
    ["tyst off", { kind: "quiet_off" }],
    ["quiet off", { kind: "quiet_off" }],
  ])("%j parses", (line, command) => {
    expect(parse(line)).toEqual({ ok: true, command });
  });

  it.each([
    ["tyst till", { code: "missing_argument", command: "tyst", argument: "date" }],
    ["tyst till semestern", { code: "bad_date", given: "semestern" }],
    ["tyst till 15 augusti och sen", { code: "bad_date", given: "15 augusti och sen" }],
  ])("%j is refused", (line, error) => {
    expect(parse(line)).toEqual({ ok: false, error });
  });
});
