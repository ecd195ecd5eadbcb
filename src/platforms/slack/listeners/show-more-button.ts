// "Visa fler": draws the next page of a long list (a read-only command run again) or of App Home.
import type { App, BlockAction, ButtonAction } from "@slack/bolt";
import { decodePageValue, SHOW_MORE_ACTION } from "../action-ids.ts";
import { actionPlace } from "../action-place.ts";
import { HOME_PAGE_SOURCE, publishHome } from "../app-home.ts";
import { isReadOnly, peekCommand } from "../command-kinds.ts";
import { sendBusy, sendReply } from "../deliver.ts";
import { incomingMessage } from "../incoming.ts";
import type { SlackDeps } from "../slack-deps.ts";

export function registerShowMoreButton(app: App, deps: SlackDeps): void {
  app.action<BlockAction<ButtonAction>>(SHOW_MORE_ACTION, async ({ ack, body, action }) => {
    await ack();
    const { teamId, userId, channelId, target } = actionPlace(body);
    try {
      const value = decodePageValue(action.value);
      if (!value) return;
      if (value.c === HOME_PAGE_SOURCE) {
        await publishHome(deps, teamId, userId, value.p);
        return;
      }
      if (!isReadOnly(peekCommand(value.c, deps.services.clock))) return;
      const identity = await deps.identities.resolve(teamId, userId, body.user.name);
      const place = { teamId, userId, ...(channelId ? { channelId } : {}) };
      const key = `slack:page:${teamId}:${body.trigger_id}`;
      const reply = await deps.conversation.handle({
        ...incomingMessage(place, identity, key),
        text: value.c,
      });
      await sendReply(deps, target, reply, { replaceOriginal: true, pageSource: value.c, page: value.p });
    } catch (error) {
      deps.logger.error({ err: error, team: teamId, user: userId }, "slack show more failed");
      await sendBusy(deps, target);
    }
  });
}
