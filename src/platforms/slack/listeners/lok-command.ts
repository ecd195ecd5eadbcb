// `/lok …`: answered in the ack when the answer is ready within ACK_BUDGET_MS and needs nothing from
// Slack's Web API (the usual case: a known person, a few milliseconds of database work); otherwise
// acked empty at once and answered through response_url. A status change is also announced in the
// channel; `/lok status 13` (no status) opens the status modal.
import type { AckFn, App, RespondArguments, SlashCommand } from "@slack/bolt";
import type { Command } from "../../../core/command.ts";
import { cleanIncomingText } from "../../../core/incoming-text.ts";
import { platformBusyReply } from "../../../core/replies/delivery-replies.ts";
import type { Reply } from "../../../core/reply.ts";
import type { IncomingMessage } from "../../../services/conversation.ts";
import type { Identity } from "../../../services/members.ts";
import { settleWithin } from "../ack-budget.ts";
import { isReadOnly, peekCommand } from "../command-kinds.ts";
import {
  announce,
  type ReplyTarget,
  responsePayload,
  type SendOptions,
  sendBusy,
  sendReply,
} from "../deliver.ts";
import { commandKey } from "../idempotency.ts";
import { incomingMessage } from "../incoming.ts";
import { unescapeSlackText } from "../mrkdwn.ts";
import { openStatusModal } from "../open-status-modal.ts";
import type { SlackDeps } from "../slack-deps.ts";
import { uploadAttachment } from "../upload-attachment.ts";

type CommandAck = AckFn<string | RespondArguments>;

export function registerLokCommand(app: App, deps: SlackDeps): void {
  app.command("/lok", async ({ command, ack }) => {
    await answerLokCommand(deps, command, ack);
  });
}

/** The ack, sent once: with an answer, or empty. */
function onceAck(ack: CommandAck) {
  let sent = false;
  return {
    get sent() {
      return sent;
    },
    async send(body?: RespondArguments) {
      if (sent) return;
      sent = true;
      await (body ? ack(body) : ack());
    },
  };
}

interface Answer {
  message: Omit<IncomingMessage, "text">;
  reply: Reply;
}

async function runCommand(
  deps: SlackDeps,
  command: SlashCommand,
  text: string,
  parsed: Command | undefined,
  known: Identity | undefined,
): Promise<Answer> {
  const identity =
    known ?? (await deps.identities.resolve(command.team_id, command.user_id, command.user_name));
  const place = {
    teamId: command.team_id,
    channelId: command.channel_id,
    channelName: command.channel_name,
    userId: command.user_id,
  };
  const message = incomingMessage(place, identity, commandKey(command.team_id, command.trigger_id));
  // A line that parsed is not parsed again; one that did not gets the conversation's explanation.
  const reply = parsed
    ? await deps.conversation.handleCommand(message, parsed)
    : await deps.conversation.handle({ ...message, text });
  return { message, reply };
}

export async function answerLokCommand(
  deps: SlackDeps,
  command: SlashCommand,
  ack: CommandAck,
): Promise<void> {
  const target: ReplyTarget = {
    teamId: command.team_id,
    userId: command.user_id,
    channelId: command.channel_id,
    responseUrl: command.response_url,
  };
  const acks = onceAck(ack);
  try {
    const text = cleanIncomingText(unescapeSlackText(command.text ?? ""));
    const peeked = peekCommand(text, deps.services.clock);
    if (peeked?.kind === "status_show") {
      await acks.send();
      const opened = await openStatusModal(deps, command.trigger_id, {
        n: peeked.number,
        team: command.team_id,
        ch: command.channel_id,
        url: command.response_url,
      });
      // Otherwise the history, whose "Kommentera…" button opens the modal with a fresh trigger.
      if (opened) return;
    }
    const known = deps.identities.known(command.team_id, command.user_id);
    // Someone not yet looked up needs users.info first, and a command that must wait for a place
    // waits behind others: in both cases the ack goes out at once and does not wait.
    if (!known || deps.gate.full()) await acks.send();
    const answering = deps.gate.run(() => runCommand(deps, command, text, peeked, known));
    const options: SendOptions = isReadOnly(peeked) ? { pageSource: text } : {};
    const inTime = acks.sent ? undefined : await settleWithin(answering, deps.ackBudgetMs);
    let answer: Answer;
    if (inTime?.settled) {
      answer = inTime.value;
      await acks.send(responsePayload(answer.reply, options));
    } else {
      await acks.send();
      answer = await answering;
      await sendReply(deps, target, answer.reply, options);
    }
    announce(deps, target, answer.reply);
    if (answer.reply.attachment) {
      const resolved = await deps.conversation.context(answer.message);
      if (resolved.ok) await uploadAttachment(deps, target, resolved.ctx, answer.reply.attachment);
    }
  } catch (error) {
    deps.logger.error({ err: error, team: command.team_id, user: command.user_id }, "slack /lok failed");
    if (acks.sent) await sendBusy(deps, target);
    else await acks.send(responsePayload(platformBusyReply()));
  }
}
