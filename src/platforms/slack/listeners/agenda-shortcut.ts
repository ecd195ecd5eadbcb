// The message shortcut *Lägg på dagordningen*: the message's text, with a link to it, proposed for the
// next meeting's agenda (`agenda lägg till`) in the group of the channel it was posted in. Acked at
// once; the permalink and the answer come after, the answer to the person alone.
import type { App, MessageShortcut } from "@slack/bolt";
import { agendaPointFromMessage } from "../../../core/agenda-from-message.ts";
import { slackIncoming } from "../incoming.ts";
import { showOutcome } from "../show-outcome.ts";
import type { SlackDeps } from "../slack-deps.ts";

/** The shortcut's callback id in the manifest. */
export const AGENDA_SHORTCUT = "lok_agenda_add";

export function registerAgendaShortcut(app: App, deps: SlackDeps): void {
  app.shortcut<MessageShortcut>(
    { type: "message_action", callback_id: AGENDA_SHORTCUT },
    async ({ ack, shortcut }) => {
      await ack();
      const teamId = shortcut.team?.id ?? shortcut.user.team_id ?? "";
      const userId = shortcut.user.id;
      const channelId = shortcut.channel.id;
      const ts = shortcut.message_ts ?? shortcut.message.ts;
      let link: string | undefined;
      try {
        const found = await deps.web.chat.getPermalink({ channel: channelId, message_ts: ts });
        link = found.permalink;
      } catch (error) {
        // Without a link the point is still worth keeping; the message's words carry it.
        deps.logger.warn({ err: error, team: teamId, channel: channelId }, "slack permalink not found");
      }
      const text = agendaPointFromMessage({ text: shortcut.message.text ?? "", markup: "slack" }, link);
      const identity = await deps.identities.resolve(teamId, userId, shortcut.user.name);
      const place = { teamId, userId, channelId };
      // The same message put on the agenda twice by one person is one proposal.
      const key = `slack:shortcut:${teamId}:${channelId}:${ts}:${userId}`;
      const input = text
        ? { type: "command" as const, command: { kind: "agenda_add" as const, text } }
        : { type: "text" as const, text: "agenda add" };
      const incoming = { ...slackIncoming(place, identity, input, key), respondTo: shortcut.response_url };
      const outcome = await deps.door.handle(incoming);
      if (outcome.effect === "repeat") return;
      await showOutcome(
        deps,
        { teamId, userId, channelId, responseUrl: shortcut.response_url },
        { outcome, incoming },
      );
    },
  );
}
