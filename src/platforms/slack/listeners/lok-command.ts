// `/lok …`: through the door, answered in the ack when the answer is ready within ACK_BUDGET_MS and
// needs nothing from Slack's Web API (the usual case: a known person, a few milliseconds of database
// work); otherwise acked empty at once and answered through response_url. When the outcome offers the
// status form (`/lok status 13`), the modal opens instead.
import type { AckFn, App, RespondArguments, SlashCommand } from "@slack/bolt";
import type { Outcome } from "../../../core/outcome.ts";
import { settleWithin } from "../ack-budget.ts";
import { ackOnce } from "../ack-once.ts";
import { type ReplyTarget, responsePayload } from "../deliver.ts";
import { commandKey } from "../idempotency.ts";
import { slackIncoming } from "../incoming.ts";
import { unescapeSlackText } from "../mrkdwn.ts";
import { openActivityModal } from "../open-activity-modal.ts";
import { openStatusModal } from "../open-status-modal.ts";
import { pagerOf, showOutcome } from "../show-outcome.ts";
import type { SlackDeps } from "../slack-deps.ts";

type CommandAck = AckFn<string | RespondArguments>;

export function registerLokCommand(app: App, deps: SlackDeps): void {
  app.command("/lok", async ({ command, ack }) => {
    await answerLokCommand(deps, command, ack);
  });
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
  const acks = ackOnce(ack);
  try {
    const known = deps.identities.known(command.team_id, command.user_id);
    // Someone not yet looked up needs users.info first, and a command that must wait for a place waits
    // behind others: in both cases the ack goes out at once and does not wait.
    if (!known || deps.gate.full()) await acks.send();
    const answering = deps.gate.run(async () => {
      const identity =
        known ?? (await deps.identities.resolve(command.team_id, command.user_id, command.user_name));
      const place = {
        teamId: command.team_id,
        channelId: command.channel_id,
        channelName: command.channel_name,
        userId: command.user_id,
      };
      const input = { type: "text" as const, text: unescapeSlackText(command.text ?? "") };
      const incoming = {
        ...slackIncoming(place, identity, input, commandKey(command.team_id, command.trigger_id)),
        respondTo: command.response_url,
      };
      return { outcome: await deps.door.handle(incoming), incoming };
    });
    const inTime = acks.sent ? undefined : await settleWithin(answering, deps.ackBudgetMs);
    if (inTime?.settled && !inTime.value.outcome.form) {
      const { outcome } = inTime.value;
      const pager = pagerOf(outcome);
      await acks.send(responsePayload(outcome.reply, pager ? { pager } : {}));
      await showOutcome(deps, target, inTime.value, { replySent: true });
      return;
    }
    if (!acks.sent) await acks.send();
    const answered = inTime?.settled ? inTime.value : await answering;
    if (answered.outcome.form && (await openForm(deps, command, answered.outcome))) return;
    await showOutcome(deps, target, answered);
  } finally {
    // Whatever failed (logged by the surface's error handler), Slack has its ack.
    if (!acks.sent) await acks.send();
  }
}

function openForm(deps: SlackDeps, command: SlashCommand, outcome: Outcome): Promise<boolean> {
  const form = outcome.form;
  if (!form) return Promise.resolve(false);
  if (form.kind === "activity")
    return openActivityModal(
      deps,
      command.trigger_id,
      {
        team: command.team_id,
        ch: command.channel_id,
        url: command.response_url,
        ...(outcome.reply.locale ? { l: outcome.reply.locale } : {}),
      },
      form,
    );
  return openStatusModal(deps, command.trigger_id, {
    origin: {
      n: form.number,
      team: command.team_id,
      ch: command.channel_id,
      url: command.response_url,
      ...(outcome.reply.locale ? { l: outcome.reply.locale } : {}),
    },
    status: form.status,
  });
}
