// A button on one of our messages, App Home or a card: its typed action, acked at once and handed to
// the door, keyed so that a double click is one press. "Kommentera…" opens the status form instead.
// The outcome says whether the message is redrawn; the door tells the channels.
import type { App, BlockAction, ButtonAction } from "@slack/bolt";
import { ACTION, decodeButtonValue } from "../action-ids.ts";
import { actionPlace } from "../action-place.ts";
import { publishHome } from "../app-home.ts";
import { buttonKey } from "../idempotency.ts";
import { slackIncoming } from "../incoming.ts";
import { openActivityModal } from "../open-activity-modal.ts";
import { openStatusModal } from "../open-status-modal.ts";
import { roundTextModal } from "../round-text-modal.ts";
import { showOutcome } from "../show-outcome.ts";
import type { SlackDeps } from "../slack-deps.ts";
import { logSlackError } from "../web-api-errors.ts";

export function registerCommandButton(app: App, deps: SlackDeps): void {
  app.action<BlockAction<ButtonAction>>(ACTION, async ({ ack, body, action }) => {
    await ack();
    await pressButton(deps, body, action);
  });
}

export async function pressButton(deps: SlackDeps, body: BlockAction, button: ButtonAction): Promise<void> {
  const { teamId, userId, fromHome, channelId, messageTs, isEphemeral, target } = actionPlace(body);
  const value = decodeButtonValue(button.value);
  if (!value) {
    deps.logger.warn(
      { team: teamId, user: userId, action: button.action_id },
      "slack button that is not ours",
    );
    return;
  }
  const { action } = value;
  if (action.kind === "status_form") {
    const opened = await openStatusModal(deps, body.trigger_id, {
      origin: {
        n: action.number,
        team: teamId,
        ...(channelId ? { ch: channelId } : {}),
        ...(messageTs ? { ts: messageTs, eph: isEphemeral } : {}),
        ...(body.response_url ? { url: body.response_url } : {}),
        ...(fromHome ? { home: true } : {}),
        ...(value.locale ? { l: value.locale } : {}),
      },
      status: action.status,
    });
    if (opened) return;
  }
  if (action.kind === "round_text_form") {
    const origin = {
      ...(action.number ? { n: action.number } : {}),
      team: teamId,
      ...(channelId ? { ch: channelId } : {}),
      ...(body.response_url ? { url: body.response_url } : {}),
      ...(value.locale ? { l: value.locale } : {}),
    };
    try {
      await deps.web.views.open({ trigger_id: body.trigger_id, view: roundTextModal(origin) });
      return;
    } catch (error) {
      logSlackError(deps.logger, error, { method: "views.open", team: teamId });
    }
  }
  const drawing = fromHome ? `${body.view?.id}:${body.view?.hash}` : `${channelId}:${messageTs}`;
  const key = buttonKey({
    teamId,
    userId,
    container: drawing,
    actionId: button.action_id,
    value: button.value ?? "",
  });
  const identity = await deps.identities.resolve(teamId, userId, body.user.name);
  const place = { teamId, userId, ...(channelId ? { channelId } : {}) };
  const incoming = {
    ...slackIncoming(place, identity, { type: "action" as const, action }, key),
    ...(body.response_url ? { respondTo: body.response_url } : {}),
  };
  const outcome = await deps.door.handle(incoming);
  // A press whose first delivery already answered: the first one redraws, this one stays quiet.
  if (outcome.effect === "repeat") return;
  // Ny aktivitet: the door said who may and what to choose from; the trigger is still fresh.
  if (outcome.form?.kind === "activity") {
    const origin = {
      team: teamId,
      ...(channelId ? { ch: channelId } : {}),
      ...(body.response_url ? { url: body.response_url } : {}),
      ...(fromHome ? { home: true } : {}),
      ...(outcome.reply.locale ? { l: outcome.reply.locale } : {}),
    };
    if (await openActivityModal(deps, body.trigger_id, origin, outcome.form)) return;
  }
  if (fromHome && outcome.effect === "changed") {
    await publishHome(deps, teamId, userId);
    deps.door.announce(outcome, incoming);
    return;
  }
  const drawn = !fromHome && messageTs ? { drawn: { ts: messageTs, ephemeral: isEphemeral } } : {};
  await showOutcome(deps, target, { outcome, incoming }, drawn);
}
