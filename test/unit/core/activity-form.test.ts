// The form for a new activity as every surface reads it: each field's problem in the group's language,
// and a valid form as the typed action that becomes `activity_create`.
import { describe, expect, it } from "vitest";
import { commandsOf, parseAction } from "../../../src/core/actions.ts";
import { readActivityForm } from "../../../src/core/activity-form.ts";
import { textsFor } from "../../../src/texts/index.ts";

const sv = textsFor("sv");
const en = textsFor("en");

describe("the new activity form", () => {
  it("says what each field needs, in the group's language", () => {
    expect(readActivityForm(sv, {})).toEqual({
      ok: false,
      errors: { title: "Skriv en titel.", principle: "Välj en princip.", party: "Välj en part." },
    });
    expect(
      readActivityForm(en, {
        title: "x".repeat(501),
        principle: "dialog",
        party: "stad",
        deadline: "2027-02-30",
        description: "y".repeat(2001),
      }),
    ).toEqual({
      ok: false,
      errors: {
        title: "At most 500 characters.",
        deadline: "Pick a date in the calendar.",
        description: "At most 2000 characters.",
      },
    });
  });

  it("reads a valid form as the action, and the action as `activity_create`", () => {
    const read = readActivityForm(sv, {
      title: "  Träffar\tom lokaler ",
      principle: "oppenhet",
      party: "gemensamt",
      deadline: "2027-03-15",
      responsibleOrg: "",
      description: "Rad ett\nrad två",
    });
    expect(read).toEqual({
      ok: true,
      action: {
        kind: "submit_activity_form",
        title: "Träffar om lokaler",
        principle: "oppenhet",
        party: "gemensamt",
        deadline: "2027-03-15",
        description: "Rad ett\nrad två",
      },
    });
    if (!read.ok) throw new Error("not read");
    expect(parseAction(read.action)).toEqual(read.action);
    expect(commandsOf(read.action)).toEqual([
      {
        kind: "activity_create",
        title: "Träffar om lokaler",
        principle: "oppenhet",
        party: "gemensamt",
        dueDate: "2027-03-15",
        description: "Rad ett\nrad två",
      },
    ]);
    expect(commandsOf({ kind: "activity_form" })).toEqual([{ kind: "activity_create" }]);
    expect(
      parseAction({ kind: "submit_activity_form", title: "", principle: "x", party: "stad" }),
    ).toBeUndefined();
  });
});
