// Opens the status modal (a trigger_id lives 3 seconds: the form is drawn from what the action or the
// outcome already says, and nothing is looked up first).
import type { ActivityStatus } from "../../core/activity-status.ts";
import type { SlackDeps } from "./slack-deps.ts";
import type { ModalOrigin } from "./status-modal.ts";
import { statusModal } from "./status-modal.ts";
import { logSlackError } from "./web-api-errors.ts";

/** True when the modal is open; false when Slack refused (expired trigger, rate limit): show the history instead. */
export async function openStatusModal(
  deps: SlackDeps,
  triggerId: string,
  form: { origin: ModalOrigin; status?: ActivityStatus },
): Promise<boolean> {
  try {
    await deps.web.views.open({ trigger_id: triggerId, view: statusModal(form.origin, form.status) });
    return true;
  } catch (error) {
    logSlackError(deps.logger, error, {
      method: "views.open",
      team: form.origin.team,
      activity: form.origin.n,
    });
    return false;
  }
}
