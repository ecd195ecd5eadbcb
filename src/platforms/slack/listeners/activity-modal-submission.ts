// The new activity modal's submission: read and checked before the ack (a field's error stays in the
// modal and nothing is created), then handed to the door as the form's typed action, keyed by the view
// id so that a redelivery creates one activity. The answer (the new activity's card) goes to the person
// where the form was opened from; the door tells the group's channels.
import type { App, ViewSubmitAction } from "@slack/bolt";
import type { SubmitActivityForm } from "../../../core/activity-form.ts";
import { ACTIVITY_MODAL } from "../action-ids.ts";
import { type ActivityModalOrigin, readActivityModal } from "../activity-modal.ts";
import { viewSubmissionKey } from "../idempotency.ts";
import { slackIncoming } from "../incoming.ts";
import { modalPlace } from "../modal-place.ts";
import { showOutcome } from "../show-outcome.ts";
import type { SlackDeps } from "../slack-deps.ts";

export function registerActivityModalSubmission(app: App, deps: SlackDeps): void {
  app.view<ViewSubmitAction>(ACTIVITY_MODAL, async ({ ack, body, view }) => {
    const read = readActivityModal(view);
    if (!read.ok) {
      await ack({ response_action: "errors", errors: read.errors });
      return;
    }
    await ack();
    await submitActivity(deps, body, read.origin, read.action);
  });
}

async function submitActivity(
  deps: SlackDeps,
  body: ViewSubmitAction,
  o: ActivityModalOrigin,
  action: SubmitActivityForm,
): Promise<void> {
  const { teamId, userId, target, place } = modalPlace(body, o);
  const identity = await deps.identities.resolve(teamId, userId, body.user.name);
  const incoming = {
    ...slackIncoming(
      place,
      identity,
      { type: "action" as const, action },
      viewSubmissionKey(teamId, body.view.id),
    ),
    ...(o.url ? { respondTo: o.url } : {}),
  };
  const outcome = await deps.door.handle(incoming);
  // A redelivered submission: the first delivery answered already.
  if (outcome.effect === "repeat") return;
  await showOutcome(deps, target, { outcome, incoming });
}
