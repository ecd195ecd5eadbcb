// `/lok …`: acked at once with an empty body, then answered through response_url. A status change is
// also announced in the channel; `/lok status 13` (no status) opens the status modal.
import type { App, SlashCommand } from "@slack/bolt";
import { isReadOnly, peekCommand } from "../command-kinds.js";
import { announce, type ReplyTarget, sendBusy, sendReply } from "../deliver.js";
import { commandKey } from "../idempotency.js";
import { incomingMessage } from "../incoming.js";
import { unescapeSlackText } from "../mrkdwn.js";
import { openStatusModal } from "../open-status-modal.js";
import type { SlackDeps } from "../slack-deps.js";
import { uploadAttachment } from "../upload-attachment.js";

export function registerLokCommand(app: App, deps: SlackDeps): void {
  app.command("/lok", async ({ command, ack }) => {
    await ack();
    await answerLokCommand(deps, command);
  });
}

export async function answerLokCommand(deps: SlackDeps, command: SlashCommand): Promise<void> {
  const target: ReplyTarget = {
    teamId: command.team_id,
    userId: command.user_id,
    channelId: command.channel_id,
    responseUrl: command.response_url,
  };
  try {
    const text = unescapeSlackText(command.text ?? "");
    const peeked = peekCommand(text, deps.services.clock);
    if (peeked?.kind === "status_show") {
      const opened = await openStatusModal(deps, command.trigger_id, {
        n: peeked.number,
        team: command.team_id,
        ch: command.channel_id,
        url: command.response_url,
      });
      // Otherwise the history, whose "Kommentera…" button opens the modal with a fresh trigger.
      if (opened) return;
    }
    const identity = await deps.identities.resolve(command.team_id, command.user_id, command.user_name);
    const place = {
      teamId: command.team_id,
      channelId: command.channel_id,
      channelName: command.channel_name,
      userId: command.user_id,
    };
    const message = incomingMessage(place, identity, commandKey(command.team_id, command.trigger_id));
    const reply = await deps.conversation.handle({ ...message, text });
    await sendReply(deps, target, reply, isReadOnly(peeked) ? { pageSource: text } : {});
    await announce(deps, target, reply);
    if (reply.attachment) {
      const resolved = await deps.conversation.context(message);
      if (resolved.ok) await uploadAttachment(deps, target, resolved.ctx, reply.attachment);
    }
  } catch (error) {
    deps.logger.error({ err: error, team: command.team_id, user: command.user_id }, "slack /lok failed");
    await sendBusy(deps, target);
  }
}
