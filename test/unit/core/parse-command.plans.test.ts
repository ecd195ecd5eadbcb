// Plan commands: `planer`, `plan <namn>` and `ny plan <namn> <från> <till> [överför]`, Swedish and
// English, and what bad input says.
import { describe, expect, it } from "vitest";
import type { Command, ParseError } from "../../../src/core/command.ts";
import { helpFor } from "../../../src/core/command-help.ts";
import { parseCommand } from "../../../src/core/parse-command.ts";

const today = "2027-03-10";
const parse = (line: string) => parseCommand(line, { today });

describe("plan commands", () => {
  it.each<[string, Command]>([
    ["planer", { kind: "plans" }],
    ["plans", { kind: "plans" }],
    ["plan", { kind: "plans" }],
    ["plan Handlingsplan 2017–2018", { kind: "plan_activate", name: "Handlingsplan 2017–2018" }],
    ["plan 2017", { kind: "plan_activate", name: "2017" }],
    ["lok plan ”handlingsplan 2017”", { kind: "plan_activate", name: "handlingsplan 2017" }],
    [
      "ny plan Handlingsplan 2025–2026 2025 2026",
      {
        kind: "plan_new",
        name: "Handlingsplan 2025–2026",
        from: "2025-01-01",
        to: "2026-12-31",
        carryOver: false,
      },
    ],
    [
      "ny plan Handlingsplan 2025–2026 2025 2026 överför",
      {
        kind: "plan_new",
        name: "Handlingsplan 2025–2026",
        from: "2025-01-01",
        to: "2026-12-31",
        carryOver: true,
      },
    ],
    [
      "ny plan Handlingsplan 2025–2026 overfor",
      {
        kind: "plan_new",
        name: "Handlingsplan 2025–2026",
        from: "2025-01-01",
        to: "2026-12-31",
        carryOver: true,
      },
    ],
    [
      "ny plan Plan 2025 1 jan 2025 31 dec 2026",
      { kind: "plan_new", name: "Plan 2025", from: "2025-01-01", to: "2026-12-31", carryOver: false },
    ],
    [
      "new plan Action plan 2025-01-01 2026-06-30 carry over",
      { kind: "plan_new", name: "Action plan", from: "2025-01-01", to: "2026-06-30", carryOver: true },
    ],
    [
      'ny plan "Handlingsplan 2025–2026" 2025-01-01 2026-12-31 överför',
      {
        kind: "plan_new",
        name: "Handlingsplan 2025–2026",
        from: "2025-01-01",
        to: "2026-12-31",
        carryOver: true,
      },
    ],
    [
      "Ny Plan Nästa period 2028 2029",
      { kind: "plan_new", name: "Nästa period", from: "2028-01-01", to: "2029-12-31", carryOver: false },
    ],
  ])("%s", (line, command) => {
    expect(parse(line)).toEqual({ ok: true, command });
  });

  it.each<[string, ParseError]>([
    ["ny plan", { code: "missing_argument", command: "ny plan", argument: "planName" }],
    ["ny", { code: "missing_argument", command: "ny", argument: "newWhat" }],
    ["new plan carry over", { code: "missing_argument", command: "new plan", argument: "planName" }],
    ["ny plan Nästa period", { code: "missing_argument", command: "ny plan", argument: "period" }],
    ["ny plan 2025 2026", { code: "missing_argument", command: "ny plan", argument: "planName" }],
    ['ny plan "Nästa" kanske', { code: "missing_argument", command: "ny plan", argument: "period" }],
  ])("%s is refused", (line, error) => {
    expect(parse(line)).toEqual({ ok: false, error });
  });

  it("refuses a name too long to be one", () => {
    const result = parse(`plan ${"x".repeat(201)}`);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe("text_too_long");
  });

  it("has help under `planer`, `plan` and `ny plan`", () => {
    expect(helpFor("planer").map((h) => h.kind)).toEqual(["plans"]);
    expect(helpFor("plan").map((h) => h.kind)).toEqual(["plan_activate"]);
    expect(helpFor("ny plan").map((h) => h.kind)).toEqual(["plan_new"]);
    expect(helpFor("ny").map((h) => h.kind)).toEqual(["activity_create", "plan_new", "member_add"]);
  });
});
