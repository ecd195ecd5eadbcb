// A button on a card of an earlier plan, in English, in the shape of plan-guard.sv.ts.
import type { planGuardSv } from "./plan-guard.sv.ts";

export const planGuardEn: typeof planGuardSv = {
  otherPlan: (n, plan, active) =>
    `The card shows activity ${n} of ${plan}, which is no longer the group's active plan (that is ${active}). Nothing was changed.`,
  continuesAs: (n) =>
    `The activity continues as number ${n} in the active plan: type \`status ${n} <status>\` or \`show ${n}\`.`,
  notCarried: "The activity was not carried over to the active plan; `plans` shows the group's plans.",
};
