// An action as the line a person would type for the same thing, for surfaces without buttons (the
// console shows them as "Snabbval").
import type { Action } from "./actions.ts";
import { STATUS_LABEL } from "./activity-status.ts";

export function actionLine(action: Action): string | undefined {
  switch (action.kind) {
    case "set_status":
      return `status ${action.number} ${STATUS_LABEL[action.status]}${action.comment ? ` ${action.comment}` : ""}`;
    case "show":
      return `visa ${action.number}`;
    case "status_form":
      return `status ${action.number}`;
    case "attend":
      return `närvaro ${action.answer === "yes" ? "ja" : "nej"}`;
    case "submit_status_form":
    case "page":
      return undefined;
  }
}
