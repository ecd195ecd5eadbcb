// Opens the status modal at once (a trigger_id lives 3 seconds, so nothing is looked up first).

import type { SlackDeps } from "./slack-deps.ts";
import type { ModalOrigin } from "./status-modal.ts";
import { statusModal } from "./status-modal.ts";
import { logSlackError } from "./web-api-errors.ts";

/** True when the modal is open; false when Slack refused (expired trigger, rate limit): show the history instead. */
export async function openStatusModal(
  deps: SlackDeps,
  triggerId: string,
  origin: ModalOrigin,
): Promise<boolean> {
  try {
    await deps.web.views.open({ trigger_id: triggerId, view: statusModal(origin) });
    return true;
  } catch (error) {
    logSlackError(deps.logger, error, { method: "views.open", team: origin.team, activity: origin.n });
    return false;
  }
}
