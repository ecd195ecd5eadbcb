// The follow-up round's text form sent back: validated before the ack, then handed to the door as the
// form's typed action, keyed by the view id so that a redelivery stores the text once.
import type { App, ViewSubmitAction } from "@slack/bolt";
import type { ReplyTarget } from "../deliver.ts";
import { viewSubmissionKey } from "../idempotency.ts";
import { slackIncoming } from "../incoming.ts";
import { ROUND_TEXT_MODAL, readRoundTextModal } from "../round-text-modal.ts";
import { showOutcome } from "../show-outcome.ts";
import type { SlackDeps } from "../slack-deps.ts";

export function registerRoundTextSubmission(app: App, deps: SlackDeps): void {
  app.view<ViewSubmitAction>(ROUND_TEXT_MODAL, async ({ ack, body, view }) => {
    const read = readRoundTextModal(view);
    if (!read.ok) {
      await ack({ response_action: "errors", errors: read.errors });
      return;
    }
    await ack();
    const o = read.origin;
    const teamId = body.team?.id ?? o.team;
    const userId = body.user.id;
    const target: ReplyTarget = {
      teamId,
      userId,
      ...(o.ch ? { channelId: o.ch } : {}),
      ...(o.url ? { responseUrl: o.url } : {}),
    };
    const identity = await deps.identities.resolve(teamId, userId, body.user.name);
    const action = { kind: "submit_round_text" as const, ...(o.n ? { number: o.n } : {}), text: read.text };
    const incoming = {
      ...slackIncoming(
        { teamId, userId, ...(o.ch ? { channelId: o.ch } : {}) },
        identity,
        { type: "action" as const, action },
        viewSubmissionKey(teamId, body.view.id),
      ),
      ...(o.url ? { respondTo: o.url } : {}),
    };
    const outcome = await deps.door.handle(incoming);
    if (outcome.effect === "repeat") return;
    await showOutcome(deps, target, { outcome, incoming }, {});
  });
}
