// The minutes' commands read in Swedish and English; a `till` starts a date only when one follows, and
// what cannot be a command is said, not guessed.
import { describe, expect, it } from "vitest";
import { parseCommand } from "../../../src/core/parse-command.ts";
import { workingGroupOfPlace } from "../../../src/core/parse-minutes.ts";

const today = "2017-02-16";
const parse = (line: string) => parseCommand(line, { today });
const command = (line: string) => {
  const r = parse(line);
  if (!r.ok) throw new Error(`${line}: ${JSON.stringify(r.error)}`);
  return r.command;
};

describe("the minutes' commands", () => {
  it("reads who was there and who was invited, in both languages", () => {
    expect(command("närvarande Helena Astvald, KG Granberg, Lennart Bondeson (KD) och Tina Modin.")).toEqual({
      kind: "minutes_present",
      names: ["Helena Astvald", "KG Granberg", "Lennart Bondeson (KD)", "Tina Modin"],
    });
    expect(command("present Grace Hopper and Alan Turing")).toEqual({
      kind: "minutes_present",
      names: ["Grace Hopper", "Alan Turing"],
    });
    expect(command("inbjuden Per-Inge Hellman, Västerås kommun")).toEqual({
      kind: "minutes_invited",
      name: "Per-Inge Hellman",
      organisation: "Västerås kommun",
    });
    // Alone: filled from the Jag kommer answers.
    expect(command("närvarande")).toEqual({ kind: "minutes_present", names: [] });
  });

  it("reads notes and decisions under a point's number, and refuses one without a number or text", () => {
    expect(command("anteckning 2 Den 12 april kommer Lars Bryntesson")).toEqual({
      kind: "minutes_note",
      point: 2,
      text: "Den 12 april kommer Lars Bryntesson",
    });
    expect(command("decision point 3 We go to Malmö")).toEqual({
      kind: "minutes_decision",
      point: 3,
      text: "We go to Malmö",
    });
    const noNumber = parse("beslut Temakväll blir av");
    expect(noNumber.ok || noNumber.error.code).toBe("bad_number");
    const noText = parse("anteckning 2");
    expect(noText.ok || noText.error.code).toBe("missing_argument");
  });

  it("reads tasks with and without a date, and refuses a date that does not exist", () => {
    expect(
      command("uppdrag Anna bjuda in Malin Sandell, lokalstrateg, till ett möte torsdag 2 mars"),
    ).toEqual({
      kind: "task_add",
      text: "Anna bjuda in Malin Sandell, lokalstrateg, till ett möte torsdag 2 mars",
    });
    expect(command("uppdrag Malin Sandell: boka lokal till 2 mars")).toEqual({
      kind: "task_add",
      person: "Malin Sandell",
      text: "boka lokal",
      due: "2017-03-02",
    });
    expect(command("task Anna invite Malin by 2017-03-16")).toEqual({
      kind: "task_add",
      text: "Anna invite Malin",
      due: "2017-03-16",
    });
    const bad = parse("uppdrag Tina ringa Malin till 31 februari");
    expect(bad.ok || bad.error.code).toBe("bad_date");
    expect(command("uppdrag")).toEqual({ kind: "tasks" });
    expect(command("uppdrag klart 3")).toEqual({ kind: "task_done", number: 3 });
    expect(command("task done 3")).toEqual({ kind: "task_done", number: 3 });
  });

  it("reads working groups, the minutes themselves, the note taker and the previous minutes", () => {
    expect(command("arbetsgrupp ny Riktlinjer för lokaler")).toEqual({
      kind: "working_group_new",
      name: "Riktlinjer för lokaler",
    });
    expect(
      command(
        "arbetsgrupp Riktlinjer för lokaler medlemmar K-G Granberg, Peter Eriksson och Ann-Mari Wulfstrand",
      ),
    ).toEqual({
      kind: "working_group_members",
      name: "Riktlinjer för lokaler",
      members: ["K-G Granberg", "Peter Eriksson", "Ann-Mari Wulfstrand"],
    });
    expect(command("arbetsgrupper")).toEqual({ kind: "working_groups" });
    expect(command("protokoll")).toEqual({ kind: "minutes_show" });
    expect(command("protokoll klart")).toEqual({ kind: "minutes_final" });
    expect(command("minutes file")).toEqual({ kind: "minutes_file" });
    expect(command("protokollförare Anna Fogel")).toEqual({
      kind: "minutes_note_taker",
      person: "Anna Fogel",
    });
    expect(command("inga invändningar")).toEqual({ kind: "minutes_no_objections" });
    expect(command("no objections")).toEqual({ kind: "minutes_no_objections" });
    expect(command("invändning Datumet var fel")).toEqual({
      kind: "minutes_objection",
      text: "Datumet var fel",
    });
    expect(parse("inga planer").ok).toBe(false);
    expect(parse("protokoll imorgon").ok).toBe(false);
  });

  it("reads a working group's meeting, the first `för` starting the group's name", () => {
    expect(command("möte 22 februari kl. 16:30 på Föreningarnas hus för Handlingsplan")).toEqual({
      kind: "meeting_create",
      date: "2017-02-22",
      start: "16:30",
      place: "Föreningarnas hus",
      workingGroup: "Handlingsplan",
    });
    expect(workingGroupOfPlace("Stadshuset för Riktlinjer för lokaler")).toEqual({
      place: "Stadshuset",
      workingGroup: "Riktlinjer för lokaler",
    });
    expect(workingGroupOfPlace("Föreningarnas hus")).toEqual({ place: "Föreningarnas hus" });
  });
});
