// A button that stands for a command line (Klar / Pågår / Försenad / Kommentera… / Visa): acked at
// once, then run as if typed, keyed so that a double click stores one update. A status change redraws
// the message it was pressed on (or the App Home) and is announced in the channel.
import type { App, BlockAction, ButtonAction } from "@slack/bolt";
import { COMMAND_ACTION, decodeCommandValue } from "../action-ids.ts";
import { actionPlace } from "../action-place.ts";
import { announceToGroup } from "../announce-to-group.ts";
import { publishHome } from "../app-home.ts";
import { peekCommand } from "../command-kinds.ts";
import { announce, sendBusy, sendReply, updateMessage } from "../deliver.ts";
import { buttonKey } from "../idempotency.ts";
import { incomingMessage } from "../incoming.ts";
import { openStatusModal } from "../open-status-modal.ts";
import type { SlackDeps } from "../slack-deps.ts";

export function registerCommandButton(app: App, deps: SlackDeps): void {
  app.action<BlockAction<ButtonAction>>(COMMAND_ACTION, async ({ ack, body, action }) => {
    await ack();
    await pressButton(deps, body, action);
  });
}

export async function pressButton(deps: SlackDeps, body: BlockAction, action: ButtonAction): Promise<void> {
  const { teamId, userId, fromHome, channelId, messageTs, isEphemeral, target } = actionPlace(body);
  try {
    const value = decodeCommandValue(action.value);
    if (!value) {
      deps.logger.warn(
        { team: teamId, user: userId, action: action.action_id },
        "slack button without a command",
      );
      return;
    }
    const command = peekCommand(value.c, deps.services.clock);
    if (command?.kind === "status_show") {
      const opened = await openStatusModal(deps, body.trigger_id, {
        n: command.number,
        team: teamId,
        ...(channelId ? { ch: channelId } : {}),
        ...(messageTs ? { ts: messageTs, eph: isEphemeral } : {}),
        ...(body.response_url ? { url: body.response_url } : {}),
        ...(fromHome ? { home: true } : {}),
      });
      if (opened) return;
    }
    const drawing = fromHome ? `${body.view?.id}:${body.view?.hash}` : `${channelId}:${messageTs}`;
    const key = buttonKey({
      teamId,
      userId,
      container: drawing,
      actionId: action.action_id,
      value: action.value ?? "",
    });
    const identity = await deps.identities.resolve(teamId, userId, body.user.name);
    const message = incomingMessage({ teamId, userId, ...(channelId ? { channelId } : {}) }, identity, key);
    const reply = command
      ? await deps.conversation.handleCommand(message, command)
      : await deps.conversation.handle({ ...message, text: value.c });
    // A press whose first delivery already stored the update: the first one redraws, this one stays quiet.
    if (reply.effect === "repeat") return;
    const changed = reply.effect === "changed";
    if (fromHome) {
      if (changed) {
        await publishHome(deps, teamId, userId);
        await announceToGroup(deps, message, reply);
      } else {
        await sendReply(deps, target, reply);
      }
      return;
    }
    if (changed && messageTs) {
      await updateMessage(deps, target, { ts: messageTs, ephemeral: isEphemeral }, reply);
    } else {
      await sendReply(deps, target, reply);
    }
    announce(deps, target, reply);
  } catch (error) {
    deps.logger.error({ err: error, team: teamId, user: userId }, "slack button failed");
    await sendBusy(deps, target);
  }
}
