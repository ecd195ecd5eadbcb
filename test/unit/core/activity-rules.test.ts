// The one rule for "overdue", and how lists, cards and the report use it.

import { describe, expect, it } from "vitest";
import { activitySummary, isOverdue, isPastDeadline } from "../../../src/core/activity-rules.ts";
import { ACTIVITY_STATUSES, type ActivityStatus } from "../../../src/core/activity-status.ts";
import { dueText } from "../../../src/core/replies/activity-replies.ts";
import { buildReport, reportReply } from "../../../src/core/replies/report.ts";
import { sv } from "../../../src/texts/sv.ts";

const today = "2027-03-10";

describe("overdue", () => {
  it.each([
    // status, deadline, overdue, past deadline
    ["forsenad", undefined, true, false],
    ["forsenad", "2027-04-01", true, false],
    ["forsenad", "2027-03-01", true, true],
    ["pagar", "2027-03-09", true, true],
    ["ej_paborjad", "2027-03-09", true, true],
    ["pausad", "2027-03-09", true, true],
    ["pagar", "2027-03-10", false, false], // the deadline day itself is not late yet
    ["pagar", undefined, false, false],
    ["klar", "2027-03-01", false, false],
    ["struken", "2027-03-01", false, false],
  ] as const)("%s with deadline %s: overdue %s, past deadline %s", (status, due, overdue, past) => {
    expect(isOverdue(due, status, today)).toBe(overdue);
    expect(isPastDeadline(due, status, today)).toBe(past);
  });

  it("is the status försenad or a passed deadline of an open activity, for every status", () => {
    for (const status of ACTIVITY_STATUSES) {
      for (const due of [undefined, "2027-03-09", "2027-03-10", "2027-03-11"]) {
        const open = status !== "klar" && status !== "struken";
        const expected = status === "forsenad" || (open && due !== undefined && due < today);
        expect(isOverdue(due, status, today), `${status} ${due}`).toBe(expected);
      }
    }
  });

  const summary = (status: ActivityStatus, dueDate?: string) =>
    activitySummary({ id: 1, number: 6, title: "Utreda stöd", status, dueDate, owners: [] }, today);

  it("marks a summary overdue by status, and says 'passerad' only of a deadline that has passed", () => {
    expect(summary("forsenad", "2027-04-01")).toMatchObject({ overdue: true, pastDeadline: false });
    expect(dueText(sv, summary("forsenad", "2027-04-01"))).toBe("1 apr 2027");
    expect(dueText(sv, summary("pagar", "2027-03-01"))).toBe("1 mars 2027 (passerad)");
    expect(dueText(sv, summary("forsenad", "2027-03-01"))).toBe("1 mars 2027 (passerad)");
    expect(dueText(sv, summary("klar", "2027-03-01"))).toBe("1 mars 2027");
  });

  it("counts an activity reported försenad among the report's overdue, even before its deadline", () => {
    const rows = [
      { ...summary("forsenad", "2027-04-01"), number: 2, principle: "Dialog" },
      { ...summary("pagar", "2027-03-01"), number: 4, principle: "Dialog" },
      { ...summary("pagar", "2027-04-01"), number: 5, principle: "Dialog" },
      { ...summary("forsenad"), number: 7, principle: "Öppenhet" },
    ];
    const report = buildReport(sv, "Plan", rows, ["Dialog", "Öppenhet"], today);
    expect(report.overdue.map((r) => r.number)).toEqual([2, 4, 7]);
    expect(report.total.overdue).toBe(3);
    expect(report.total.pastDeadline).toBe(1);
    expect(report.principles.map((p) => [p.principle, p.overdue])).toEqual([
      ["Dialog", 2],
      ["Öppenhet", 1],
    ]);
    const text = JSON.stringify(reportReply(sv, report));
    expect(text).toContain("Försenade (3)");
  });
});
