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
    case "submit_activity_form":
    // A form, which a surface without forms offers as the line to type in the reply's own text.
    case "activity_form":
      return undefined;
    case "import_confirm":
      return `importera ja ${action.upload}`;
    case "import_cancel":
      return `importera avbryt ${action.upload}`;
  }
}
