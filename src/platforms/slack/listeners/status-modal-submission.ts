// The status modal's submission: validated before the ack (field errors stay in the modal), then a new
// deadline (samordnare only; a medlem gets the polite refusal) and the status, keyed by the view id so
// that a redelivery stores one update. The message the modal came from is redrawn.
import type { App, ViewSubmitAction } from "@slack/bolt";
import type { Command } from "../../../core/command.ts";
import { STATUS_MODAL } from "../action-ids.ts";
import { announceToGroup } from "../announce-to-group.ts";
import { publishHome } from "../app-home.ts";
import { announce, type ReplyTarget, sendBusy, sendReply, updateMessage } from "../deliver.ts";
import { viewSubmissionKey } from "../idempotency.ts";
import { incomingMessage } from "../incoming.ts";
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
  const teamId = body.team?.id ?? o.team;
  const userId = body.user.id;
  const channelId = o.home ? undefined : o.ch;
  const target: ReplyTarget = {
    teamId,
    userId,
    ...(channelId ? { channelId } : {}),
    ...(o.url ? { responseUrl: o.url } : {}),
  };
  try {
    const identity = await deps.identities.resolve(teamId, userId, body.user.name);
    const place = { teamId, userId, ...(channelId ? { channelId } : {}) };
    const key = (part: string) => viewSubmissionKey(teamId, body.view.id, part);
    // The deadline first, so that the redrawn card shows it.
    const deadline: Command | undefined = input.deadline
      ? { kind: "deadline", number: o.n, date: input.deadline }
      : undefined;
    const deadlineReply = deadline
      ? await deps.conversation.handleCommand(incomingMessage(place, identity, key("deadline")), deadline)
      : undefined;
    const message = incomingMessage(place, identity, key("status"));
    const status: Command = {
      kind: "status_set",
      number: o.n,
      status: input.status,
      ...(input.comment ? { comment: input.comment } : {}),
    };
    const reply = await deps.conversation.handleCommand(message, status);
    // A redelivered submission: the first delivery answered already.
    if (reply.effect === "repeat") return;
    if (o.home) {
      await publishHome(deps, teamId, userId);
      if (reply.effect === "changed") await announceToGroup(deps, message, reply);
      else await sendReply(deps, target, reply);
    } else {
      if (reply.effect === "changed" && o.ts) {
        await updateMessage(deps, target, { ts: o.ts, ephemeral: Boolean(o.eph) }, reply);
      } else {
        await sendReply(deps, target, reply);
      }
      announce(deps, target, reply);
    }
    if (deadlineReply) await sendReply(deps, target, deadlineReply);
  } catch (error) {
    deps.logger.error({ err: error, team: teamId, user: userId }, "slack status modal failed");
    await sendBusy(deps, target);
  }
}
