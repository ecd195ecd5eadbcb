// What a person wrote to the bot in a Slack event: a direct message (`message` in an `im`) or an
// @mention in a channel (`app_mention`). Everything else that arrives as such an event is not for us:
// the bot's own messages (which come back as events too), other bots, edits, deletions and every other
// subtype (joins, topic changes, file shares), since only a plain message is something typed to the bot.
import { unescapeSlackText } from "./mrkdwn.ts";

/** The fields of a message or app_mention event that decide whether and how it is answered. */
export interface MessageEventFields {
  type?: string;
  subtype?: string;
  user?: string;
  bot_id?: string;
  text?: string;
  ts?: string;
  thread_ts?: string;
  channel?: string;
  channel_type?: string;
}

export interface WrittenToBot {
  userId: string;
  channelId: string;
  /** The line as typed, without the bot's mention, for the door. */
  text: string;
  /** Where the answer goes: a mention is answered in its thread, a direct message where it was written. */
  threadTs?: string;
  /** A direct message: the person's own conversation with the bot. */
  direct: boolean;
}

/** Slack's mention of a user in message text: `<@U123>`, or `<@U123|name>`. */
const mentionOf = (userId: string) => new RegExp(`<@${userId}(?:\\|[^>]*)?>`, "g");
/** A mention at the start of the text, when the bot's own id is not known. */
const LEADING_MENTION = /^\s*<@[UW][A-Z0-9]+(?:\|[^>]*)?>/;

/** The text without the bot's mention, with Slack's `&amp;`, `&lt;` and `&gt;` as typed. */
export function withoutBotMention(text: string, botUserId: string | undefined): string {
  const stripped = botUserId ? text.replace(mentionOf(botUserId), " ") : text.replace(LEADING_MENTION, " ");
  return unescapeSlackText(stripped).trim();
}

/**
 * The message a person wrote to the bot, or undefined when the event is not one. `botUserId` is the
 * bot's own user (from the event's authorizations); a message from it is the bot's own answer.
 */
export function writtenToBot(
  event: MessageEventFields,
  botUserId: string | undefined,
): WrittenToBot | undefined {
  const direct = event.type === "message";
  if (direct ? event.channel_type !== "im" : event.type !== "app_mention") return undefined;
  if (event.subtype !== undefined || event.bot_id !== undefined) return undefined;
  const { user, channel, ts } = event;
  if (!user || !channel || !ts || user === botUserId) return undefined;
  // A mention in the bot's own direct conversation also arrives as a direct message; that one answers.
  if (!direct && channel.startsWith("D")) return undefined;
  const threadTs = direct ? event.thread_ts : (event.thread_ts ?? ts);
  return {
    userId: user,
    channelId: channel,
    text: withoutBotMention(event.text ?? "", botUserId),
    ...(threadTs ? { threadTs } : {}),
    direct,
  };
}

/** A file as a `file_share` message or an `app_mention` event lists it (the fields we use). */
export interface SlackFileFields {
  id?: string;
  name?: string;
  title?: string;
  size?: number;
  url_private_download?: string;
  url_private?: string;
}

export interface SharedFile {
  userId: string;
  channelId: string;
  /** In the person's direct conversation with the bot; elsewhere the file is not read. */
  direct: boolean;
  threadTs?: string;
  file: { name: string; size?: number; url?: string };
}

/**
 * A file a person sent to the bot: shared in the direct conversation (`message` with subtype
 * `file_share`), or attached to an @mention in a channel (which is answered with where to send it).
 */
export function sharedFile(
  event: MessageEventFields & { files?: SlackFileFields[] },
  botUserId: string | undefined,
): SharedFile | undefined {
  const first = Array.isArray(event.files) ? event.files[0] : undefined;
  if (!first || event.bot_id !== undefined) return undefined;
  const direct = event.type === "message" && event.channel_type === "im" && event.subtype === "file_share";
  const mention = event.type === "app_mention" && !event.channel?.startsWith("D");
  if (!direct && !mention) return undefined;
  const { user, channel, ts } = event;
  if (!user || !channel || !ts || user === botUserId) return undefined;
  const url = first.url_private_download ?? first.url_private;
  const threadTs = direct ? event.thread_ts : (event.thread_ts ?? ts);
  return {
    userId: user,
    channelId: channel,
    direct,
    ...(threadTs ? { threadTs } : {}),
    file: {
      name: first.name ?? first.title ?? "",
      ...(typeof first.size === "number" ? { size: first.size } : {}),
      ...(url ? { url } : {}),
    },
  };
}
