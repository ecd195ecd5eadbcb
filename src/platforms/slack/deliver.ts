// Getting a reply to the person who is waiting for it. Every Web API failure is logged once here, and where a person waits they get a polite reply instead.
import type { Reply } from "../../core/reply.ts";
import { type Pager, type RenderedMessage, renderMessage } from "./render-blocks.ts";
import type { SlackDeps } from "./slack-deps.ts";
import { logSlackError } from "./web-api-errors.ts";

export const RESPONSE_URL_TIMEOUT_MS = 5_000;

export interface ReplyTarget {
  teamId: string;
  userId: string;
  channelId?: string;
  /** The interaction's response_url (slash command, button): ephemeral replies and in-place updates. */
  responseUrl?: string;
  /**
   * A message written to the bot (a direct message, a mention), which has no response_url: answered by
   * posting in its conversation, in this thread.
   */
  conversation?: { threadTs?: string; direct: boolean };
}

export interface SendOptions {
  replaceOriginal?: boolean;
  pager?: Pager;
  page?: number;
}

async function postResponse(url: string, body: object): Promise<void> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(RESPONSE_URL_TIMEOUT_MS),
  });
  // Drain the body so the connection can be reused.
  await response.arrayBuffer();
  if (!response.ok)
    throw Object.assign(new Error(`response_url answered ${response.status}`), { status: response.status });
}

function render(reply: Reply, options: SendOptions) {
  return renderMessage(reply, {
    ...(options.pager ? { pager: options.pager } : {}),
    ...(options.page ? { page: options.page } : {}),
  });
}

/** Whether everyone where the person wrote sees the reply (the core's audience "channel"). */
const seenByChannel = (reply: Reply) => reply.visibility === "channel" && reply.tone !== "error";

/** A reply as the body of a response_url post or of a slash command's ack: the same JSON either way. */
export function responsePayload(reply: Reply, options: SendOptions = {}) {
  return {
    response_type: seenByChannel(reply) ? "in_channel" : "ephemeral",
    ...render(reply, options),
  } as const;
}

/** Shows a reply to the person only (or to the channel when the core says so), through response_url when we have one. */
export async function sendReply(
  deps: SlackDeps,
  target: ReplyTarget,
  reply: Reply,
  options: SendOptions = {},
) {
  if (target.responseUrl) {
    try {
      await postResponse(target.responseUrl, {
        ...responsePayload(reply, options),
        replace_original: Boolean(options.replaceOriginal),
      });
      return;
    } catch (error) {
      deps.logger.warn(
        { team: target.teamId, user: target.userId, err: (error as Error).message },
        "slack response_url post failed",
      );
    }
  }
  const message = render(reply, options);
  if (target.conversation && target.channelId) {
    await postInConversation(
      deps,
      target,
      target.channelId,
      target.conversation,
      message,
      seenByChannel(reply),
    );
    return;
  }
  try {
    if (target.channelId && !target.channelId.startsWith("home:")) {
      await deps.web.chat.postEphemeral({ channel: target.channelId, user: target.userId, ...message });
    } else {
      // The app's own Messages tab with this person.
      await deps.web.chat.postMessage({ channel: target.userId, ...message });
    }
  } catch (error) {
    logSlackError(deps.logger, error, {
      method: target.channelId ? "chat.postEphemeral" : "chat.postMessage",
      team: target.teamId,
      user: target.userId,
      channel: target.channelId,
    });
  }
}

/**
 * Answers a message written to the bot where it was written: in a direct message as a message (only the
 * person is there); after a mention in its thread, for everyone when the reply is for the channel and
 * otherwise to the person alone, as `/lok` would.
 */
async function postInConversation(
  deps: SlackDeps,
  target: ReplyTarget,
  channel: string,
  conversation: NonNullable<ReplyTarget["conversation"]>,
  message: RenderedMessage,
  forChannel: boolean,
): Promise<void> {
  const thread = conversation.threadTs ? { thread_ts: conversation.threadTs } : {};
  const visible = conversation.direct || forChannel;
  try {
    if (visible) await deps.web.chat.postMessage({ channel, ...thread, ...message });
    else await deps.web.chat.postEphemeral({ channel, user: target.userId, ...thread, ...message });
  } catch (error) {
    logSlackError(deps.logger, error, {
      method: visible ? "chat.postMessage" : "chat.postEphemeral",
      team: target.teamId,
      user: target.userId,
      channel,
    });
  }
}

/** Redraws the message a button was pressed on: replace_original for ephemeral messages, chat.update for the bot's own. */
export async function updateMessage(
  deps: SlackDeps,
  target: ReplyTarget,
  message: { ts: string; ephemeral: boolean },
  reply: Reply,
): Promise<void> {
  if (message.ephemeral || !target.channelId) {
    await sendReply(deps, target, reply, { replaceOriginal: true });
    return;
  }
  try {
    await deps.web.chat.update({ channel: target.channelId, ts: message.ts, ...renderMessage(reply) });
  } catch (error) {
    logSlackError(deps.logger, error, {
      method: "chat.update",
      channel: target.channelId,
      team: target.teamId,
    });
    await sendReply(deps, target, reply);
  }
}
