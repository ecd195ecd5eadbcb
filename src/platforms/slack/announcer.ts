// Status lines for a channel, at the pace Slack allows: chat.postMessage takes about one message a
// second per channel. A line that arrives while the channel's previous message is on its way, or within
// the second after it, joins the next message instead of making a call of its own. At the pace a group
// works every change is its own message at once; a burst becomes one message a second with several
// lines, the first MAX_LINES of them written out and the rest counted.
import type { Logger } from "pino";
import { moreChangesLine } from "../../core/replies/delivery-replies.ts";
import { type Locale, type Messages, textsFor } from "../../texts/index.ts";
import { LIMITS } from "./block-limits.ts";
import { isChannelGone, isRateLimited, logSlackError } from "./web-api-errors.ts";

export const ANNOUNCE_INTERVAL_MS = 1_000;
export const MAX_LINES = 20;
/** The number of channels remembered before the quiet ones are forgotten. */
const FORGET_AFTER_CHANNELS = 100;
/** A rate-limited message is tried once more after Retry-After, if that is within this. */
export const MAX_ANNOUNCEMENT_DELAY_MS = 60_000;

/** Who made the change, so that they can be told when the channel cannot be written to. */
export interface AnnouncementSource {
  teamId: string;
  userId: string;
  channelId: string;
  responseUrl?: string;
  /** The language of the line (the group's): the count of lines not shown and the note on failure. */
  locale?: Locale;
}

export interface Announcer {
  /** Queues a line for the source's channel; returns at once. */
  add(source: AnnouncementSource, line: string): void;
  /** Sends everything queued now, without waiting for the pace, and waits until it is sent (on stop). */
  flush(): Promise<void>;
}

export interface AnnouncerOptions {
  post(channelId: string, text: string): Promise<void>;
  /** The bot cannot write in the channel (not invited, archived): the people whose lines were lost. */
  channelGone(sources: AnnouncementSource[]): Promise<void>;
  logger: Logger;
  intervalMs?: number;
  now?: () => number;
}

interface Queued {
  source: AnnouncementSource;
  line: string;
}

interface Channel {
  queued: Queued[];
  /** A batch that met a 429 and is tried once more, with the lines queued meanwhile. */
  retry?: Queued[];
  sending: boolean;
  timer?: NodeJS.Timeout;
  notBefore: number;
}

/** One message: the first lines that fit Slack's text limit, and a count of the rest in `t`'s words. */
export function composeMessage(lines: readonly string[], t: Messages = textsFor()): string {
  const shown: string[] = [];
  let length = 0;
  for (const line of lines) {
    if (shown.length === MAX_LINES || length + line.length + 1 > LIMITS.messageText - 100) break;
    shown.push(line);
    length += line.length + 1;
  }
  const rest = lines.length - shown.length;
  return rest > 0 ? [...shown, moreChangesLine(t, rest)].join("\n") : shown.join("\n");
}

export function createAnnouncer(options: AnnouncerOptions): Announcer {
  const interval = options.intervalMs ?? ANNOUNCE_INTERVAL_MS;
  const now = options.now ?? Date.now;
  const channels = new Map<string, Channel>();
  const sending = new Set<Promise<void>>();
  let flushing = false;

  const idle = (channel: Channel) =>
    !channel.sending && !channel.timer && channel.queued.length === 0 && !channel.retry;

  /** Channels that are quiet and past their pace need no memory. */
  function forgetQuiet() {
    const at = now();
    for (const [key, channel] of channels) if (idle(channel) && channel.notBefore <= at) channels.delete(key);
  }

  function pump(channel: Channel): void {
    if (channel.sending || channel.timer) return;
    if (channel.queued.length === 0 && !channel.retry) return;
    const wait = channel.notBefore - now();
    if (wait > 0 && !flushing) {
      channel.timer = setTimeout(() => {
        channel.timer = undefined;
        pump(channel);
      }, wait);
      channel.timer.unref();
      return;
    }
    const retried = channel.retry !== undefined;
    const batch = [...(channel.retry ?? []), ...channel.queued.splice(0)];
    channel.retry = undefined;
    channel.sending = true;
    const sent = send(channel, batch, retried)
      .catch((error: unknown) => options.logger.error({ err: error }, "slack announcement failed"))
      .finally(() => {
        sending.delete(sent);
        channel.sending = false;
        channel.notBefore = Math.max(channel.notBefore, now() + interval);
        if (flushing) channel.notBefore = 0;
        pump(channel);
      });
    sending.add(sent);
  }

  async function send(channel: Channel, batch: Queued[], retried: boolean): Promise<void> {
    const first = batch[0]?.source;
    if (!first) return;
    try {
      const text = composeMessage(
        batch.map((q) => q.line),
        textsFor(first.locale),
      );
      await options.post(first.channelId, text);
    } catch (error) {
      const failure = logSlackError(options.logger, error, {
        method: "chat.postMessage",
        purpose: "announcement",
        channel: first.channelId,
        team: first.teamId,
        lines: batch.length,
        attempt: retried ? 2 : 1,
      });
      if (isChannelGone(failure)) {
        await options.channelGone(distinctPeople(batch));
      } else if (
        isRateLimited(failure) &&
        !retried &&
        (failure.retryAfterMs ?? 0) <= MAX_ANNOUNCEMENT_DELAY_MS
      ) {
        channel.retry = batch;
        channel.notBefore = now() + (failure.retryAfterMs ?? interval);
      }
    }
  }

  return {
    add(source, line) {
      const key = `${source.teamId}:${source.channelId}`;
      let channel = channels.get(key);
      if (!channel) {
        if (channels.size >= FORGET_AFTER_CHANNELS) forgetQuiet();
        channel = { queued: [], sending: false, notBefore: 0 };
        channels.set(key, channel);
      }
      channel.queued.push({ source, line });
      pump(channel);
    },
    async flush() {
      flushing = true;
      try {
        for (const channel of channels.values()) {
          if (channel.timer) clearTimeout(channel.timer);
          channel.timer = undefined;
          channel.notBefore = 0;
          pump(channel);
        }
        while (sending.size > 0) await Promise.allSettled([...sending]);
      } finally {
        flushing = false;
      }
    },
  };
}

function distinctPeople(batch: Queued[]): AnnouncementSource[] {
  const seen = new Map<string, AnnouncementSource>();
  for (const { source } of batch) seen.set(`${source.userId}:${source.responseUrl ?? ""}`, source);
  return [...seen.values()];
}
