// Opens the modal for a new activity, drawn from what the door's outcome offers (the plan's principles
// and parties), with the trigger_id of the command or button that asked for it (it lives 3 seconds).
import type { ActivityForm } from "../../core/activity-form.ts";
import { type ActivityModalOrigin, activityModal } from "./activity-modal.ts";
import type { SlackDeps } from "./slack-deps.ts";
import { logSlackError } from "./web-api-errors.ts";

/** True when the modal is open; false when Slack refused (expired trigger): show the reply instead. */
export async function openActivityModal(
  deps: SlackDeps,
  triggerId: string,
  origin: ActivityModalOrigin,
  form: ActivityForm,
): Promise<boolean> {
  try {
    await deps.web.views.open({ trigger_id: triggerId, view: activityModal(origin, form) });
    return true;
  } catch (error) {
    logSlackError(deps.logger, error, { method: "views.open", team: origin.team });
    return false;
  }
}
