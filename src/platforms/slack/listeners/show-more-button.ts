// "Visa fler": the next page of a long reply (its command, which only reads, run again through the
// door) or of App Home.
import type { App, BlockAction, ButtonAction } from "@slack/bolt";
import { decodePageValue, SHOW_MORE_ACTION } from "../action-ids.ts";
import { actionPlace } from "../action-place.ts";
import { publishHome } from "../app-home.ts";
import { sendReply } from "../deliver.ts";
import { slackIncoming } from "../incoming.ts";
import { pagerOf } from "../show-outcome.ts";
import type { SlackDeps } from "../slack-deps.ts";

export function registerShowMoreButton(app: App, deps: SlackDeps): void {
  app.action<BlockAction<ButtonAction>>(SHOW_MORE_ACTION, async ({ ack, body, action }) => {
    await ack();
    const { teamId, userId, channelId, target } = actionPlace(body);
    const value = decodePageValue(action.value);
    if (!value) return;
    if (value.kind === "home") {
      await publishHome(deps, teamId, userId, value.page);
      return;
    }
    const identity = await deps.identities.resolve(teamId, userId, body.user.name);
    const place = { teamId, userId, ...(channelId ? { channelId } : {}) };
    const key = `slack:page:${teamId}:${body.trigger_id}`;
    const outcome = await deps.door.handle(
      slackIncoming(place, identity, { type: "action", action: value.action }, key),
    );
    const pager = pagerOf(outcome);
    const page = value.action.kind === "page" ? value.action.page : 0;
    await sendReply(deps, target, outcome.reply, {
      replaceOriginal: true,
      page,
      ...(pager ? { pager } : {}),
    });
  });
}
