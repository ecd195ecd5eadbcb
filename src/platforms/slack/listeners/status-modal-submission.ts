// The status modal's submission: validated before the ack (field errors stay in the modal), then handed
// to the door as the form's typed action, keyed by the view id so that a redelivery stores one update.
// A new deadline is set first (samordnare only; a medlem gets the polite refusal). The message the
// modal came from is redrawn when the outcome says so.
import type { App, ViewSubmitAction } from "@slack/bolt";
import { STATUS_MODAL } from "../action-ids.ts";
import { publishHome } from "../app-home.ts";
import { sendReply } from "../deliver.ts";
import { viewSubmissionKey } from "../idempotency.ts";
import { slackIncoming } from "../incoming.ts";
import { modalPlace } from "../modal-place.ts";
import { showOutcome } from "../show-outcome.ts";
import type { SlackDeps } from "../slack-deps.ts";
import { type ModalInput, readStatusModal } from "../status-modal.ts";

export function registerStatusModalSubmission(app: App, deps: SlackDeps): void {
  app.view<ViewSubmitAction>(STATUS_MODAL, async ({ ack, body, view }) => {
    const read = readStatusModal(view);
    if (!read.ok) {
      await ack({ response_action: "errors", errors: read.errors });
      return;
    }
    await ack();
    await submitStatus(deps, body, read.input);
  });
}

export async function submitStatus(
  deps: SlackDeps,
  body: ViewSubmitAction,
  input: ModalInput,
): Promise<void> {
  const o = input.origin;
  const { teamId, userId, target, place } = modalPlace(body, o);
  const identity = await deps.identities.resolve(teamId, userId, body.user.name);
  const action = {
    kind: "submit_status_form" as const,
    number: o.n,
    status: input.status,
    ...(input.comment ? { comment: input.comment } : {}),
    ...(input.deadline ? { deadline: input.deadline } : {}),
  };
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
  if (o.home && outcome.effect === "changed") {
    await publishHome(deps, teamId, userId);
    for (const r of outcome.before ?? []) await sendReply(deps, target, r);
    deps.door.announce(outcome, incoming);
    return;
  }
  await showOutcome(
    deps,
    target,
    { outcome, incoming },
    o.ts ? { drawn: { ts: o.ts, ephemeral: Boolean(o.eph) } } : {},
  );
}
