// The group's plans and periods from chat, in English, in the shape of plans.sv.ts.
import type { plansActionsSv, plansArgumentsSv, plansHelpSv, plansSv } from "./plans.sv.ts";

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "A, B and C" */
function join(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

export const plansEn: typeof plansSv = {
  heading: "The group's plans",
  line: (name, period, active) => `${name}${period ? `: ${period}` : ""}${active ? " (active)" : ""}`,
  period: (from, to) => `${from} – ${to}`,
  none: "The group has no plan yet. A coordinator starts one with `new plan <name> <from> <to>`.",
  howToChange:
    "Coordinators switch the active plan with `plan <name>` and start a new period with `new plan <name> <from> <to> [carry over]`.",
  activated: (name) =>
    `${name} is now the group's active plan. Statuses, deadlines and owners by activity number apply to it.`,
  activatedFrom: (previous) => `${previous} was active before; it is kept and can be chosen again.`,
  alreadyActive: (name) => `${name} is already the group's active plan.`,
  notFound: (query) => `The group has no plan called “${query}”.`,
  ambiguous: (query, names) => `“${query}” fits several plans: ${join(names.map((n) => `“${n}”`))}.`,
  choose: (names) =>
    `The group's plans are ${join(names)}. Type for example \`plan ${names[0] ?? "<name>"}\`.`,
  created: (name, period) => `New plan: ${name} (${period}). It is now the group's active plan.`,
  principlesCopied: (previous, n) =>
    n === 0
      ? `${previous} had no principles to bring along.`
      : `It has the same ${plural(n, "principle", "principles")} as ${previous}.`,
  carried: (previous, n) =>
    n === 0
      ? `Every activity in ${previous} is done or struck, so there was nothing to carry over.`
      : `${plural(n, "activity", "activities")} from ${previous} that are neither done nor struck were carried over, with the same numbers, owners and statuses.`,
  carryHint: (previous, n, command) =>
    `${previous} has ${plural(n, "activity", "activities")} that are neither done nor struck. Type \`${command}\` to carry them over.`,
  carryCommand: (name, from, to) => `new plan "${name}" ${from} ${to} carry over`,
  exists: (name) => `There is already a plan called ${name}.`,
  existsHint: (name) => `Type \`plan ${name}\` to switch to it, or choose another name.`,
  badPeriod: (from, to) => `A period cannot end (${to}) before it begins (${from}).`,
  badPeriodHint: "Type for example `new plan Action plan 2025–2026 2025 2026`.",
  noEarlier: "The group had no active plan, so there was nothing to carry over.",
  continues: (plan, number) => `This activity continues ${plan} no. ${number}.`,
  announceActivated: (name, by) => `📋 ${by} made ${name} the group's active plan.`,
  announceCreated: (name, by) => `📋 ${by} started a new plan: ${name}. It is active now.`,
};

export const plansHelpEn: typeof plansHelpSv = {
  plans: {
    usage: "plans",
    description: "See the group's plans, their periods and which one is active.",
    example: "plans",
  },
  plan_activate: {
    usage: "plan <name>",
    description:
      "Make another plan the group's active one. Statuses, deadlines and owners always apply to the active plan. Part of the name will do.",
    example: "plan 2017",
  },
  plan_new: {
    usage: "new plan <name> <from> <to> [carry over]",
    description:
      "Start a new period: the plan becomes active and gets the same principles. With `carry over` the activities that are not done or struck come along.",
    example: "new plan Action plan 2025–2026 2025 2026 carry over",
  },
};

/** After "Only coordinators and administrators can …". */
export const plansActionsEn: typeof plansActionsSv = {
  plan_activate: "switch the group's active plan",
  plan_new: "start a new plan",
};

/** After "… is missing". */
export const plansArgumentsEn: typeof plansArgumentsSv = {
  planName: "the plan's name",
  period: "the dates from and to (for example 2025 2026 or 1 Jan 2025 31 Dec 2026)",
};
