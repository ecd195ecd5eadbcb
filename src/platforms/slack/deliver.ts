// Getting a reply to the person who is waiting for it, and the status line to the channel. Every Web
// API failure is logged once here, and where a person waits they get a polite reply instead.
import { channelPostFailedReply, platformBusyReply } from "../../core/replies/delivery-replies.js";
import type { Reply } from "../../core/reply.js";
import { LIMITS } from "./block-limits.js";
import { announcementText, renderMessage } from "./render-blocks.js";
import type { SlackDeps } from "./slack-deps.js";
import { isChannelGone, isRateLimited, logSlackError } from "./web-api-errors.js";

export const RESPONSE_URL_TIMEOUT_MS = 5_000;
/** A rate-limited announcement is tried once more after Retry-After, if that is within this. */
export const MAX_ANNOUNCEMENT_DELAY_MS = 60_000;

export interface ReplyTarget {
  teamId: string;
  userId: string;
  channelId?: string;
  /** The interaction's response_url (slash command, button): ephemeral replies and in-place updates. */
  responseUrl?: string;
}

export interface SendOptions {
  replaceOriginal?: boolean;
  pageSource?: string;
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

/** Shows a reply to the person only (or to the channel when the core says so), through response_url when we have one. */
export async function sendReply(
  deps: SlackDeps,
  target: ReplyTarget,
  reply: Reply,
  options: SendOptions = {},
) {
  const message = renderMessage(reply, {
    ...(options.pageSource ? { pageSource: options.pageSource } : {}),
    ...(options.page ? { page: options.page } : {}),
  });
  if (target.responseUrl) {
    try {
      await postResponse(target.responseUrl, {
        response_type: reply.visibility === "channel" && reply.tone !== "error" ? "in_channel" : "ephemeral",
        replace_original: Boolean(options.replaceOriginal),
        ...message,
      });
      return;
    } catch (error) {
      deps.logger.warn(
        { team: target.teamId, user: target.userId, err: (error as Error).message },
        "slack response_url post failed",
      );
    }
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

/** The one compact status line, in the channel where the change was made. */
export async function announce(
  deps: SlackDeps,
  target: ReplyTarget,
  reply: Reply,
  attempt = 1,
): Promise<void> {
  const text = announcementText(reply);
  if (!text || !target.channelId || target.channelId.startsWith("home:")) return;
  try {
    await deps.web.chat.postMessage({ channel: target.channelId, text: text.slice(0, LIMITS.messageText) });
  } catch (error) {
    const failure = logSlackError(deps.logger, error, {
      method: "chat.postMessage",
      purpose: "announcement",
      channel: target.channelId,
      team: target.teamId,
      attempt,
    });
    if (isChannelGone(failure)) {
      await sendReply(deps, target, channelPostFailedReply());
    } else if (
      isRateLimited(failure) &&
      attempt === 1 &&
      (failure.retryAfterMs ?? 0) <= MAX_ANNOUNCEMENT_DELAY_MS
    ) {
      deps.later(failure.retryAfterMs ?? 1000, () => announce(deps, target, reply, 2));
    }
  }
}

/** Tells a waiting person that Slack, not they, failed. */
export function sendBusy(deps: SlackDeps, target: ReplyTarget): Promise<void> {
  return sendReply(deps, target, platformBusyReply());
}
