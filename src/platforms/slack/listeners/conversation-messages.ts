// A direct message to the bot (`message.im`) and an @mention in a channel (`app_mention`): the line goes
// through the door like `/lok`, and the answer is the one `/lok` gives, shown where it was written (in
// the direct conversation; in the mention's thread, to the channel or to the person alone as the
// outcome's audience says). Bolt acknowledges events before a listener runs, so nothing here delays an
// ack. Slack retries an event whose ack it did not see (X-Slack-Retry-Num) with the same event_id: this
// process remembers the ids it took, and across processes the door's delivery key stops a second write,
// whose repeat is not answered again.
import type { App } from "@slack/bolt";
import { LRUCache } from "lru-cache";
import type { IncomingInput } from "../../../services/conversation.ts";
import { eventKey } from "../idempotency.ts";
import { slackIncoming } from "../incoming.ts";
import {
  type MessageEventFields,
  type SharedFile,
  type SlackFileFields,
  sharedFile,
  type WrittenToBot,
  writtenToBot,
} from "../message-event.ts";
import { showOutcome } from "../show-outcome.ts";
import type { SlackDeps } from "../slack-deps.ts";

/** Slack retries an event three times within minutes; an hour covers every retry of it. */
const SEEN_TTL_MS = 60 * 60 * 1000;

interface EventEnvelope {
  team_id?: string;
  event_id?: string;
  authorizations?: { user_id?: string; is_bot?: boolean }[];
}

export function registerConversationMessages(app: App, deps: SlackDeps): void {
  const seen = new LRUCache<string, true>({ max: 10_000, ttl: SEEN_TTL_MS });

  const listener = async (args: { event: unknown; body: unknown; context: { retryNum?: number } }) => {
    const body = args.body as EventEnvelope;
    const teamId = body.team_id ?? "";
    const bot = body.authorizations?.find((a) => a.is_bot)?.user_id;
    const event = args.event as MessageEventFields & { files?: SlackFileFields[] };
    const written = writtenToBot(event, bot);
    // A file with nothing typed beside it: a plan file to read (in the direct conversation only).
    const shared = written?.text ? undefined : sharedFile(event, bot);
    if ((!written && !shared) || !body.event_id) return;
    const key = eventKey(teamId, body.event_id);
    if (seen.has(key)) {
      deps.logger.debug(
        { team: teamId, retry: args.context.retryNum },
        "slack event redelivered; done already",
      );
      return;
    }
    seen.set(key, true);
    if (shared) await receiveFile(deps, teamId, shared, key);
    else if (written) await answer(deps, teamId, written, key);
  };
  app.event("message", listener);
  app.event("app_mention", listener);
}

async function answer(deps: SlackDeps, teamId: string, written: WrittenToBot, key: string): Promise<void> {
  const { userId, channelId } = written;
  const answered = await deps.gate.run(async () => {
    const identity = await deps.identities.resolve(teamId, userId);
    const incoming = slackIncoming(
      { teamId, channelId, userId },
      identity,
      { type: "text", text: written.text },
      key,
    );
    return { outcome: await deps.door.handle(incoming), incoming };
  });
  // Written to once already, in another process: that delivery answered.
  if (answered.outcome.effect === "repeat") return;
  const conversation = {
    direct: written.direct,
    ...(written.threadTs ? { threadTs: written.threadTs } : {}),
  };
  await showOutcome(deps, { teamId, userId, channelId, conversation }, answered);
}

/**
 * A file sent to the bot. Bolt has acknowledged the event already, so the download (with the bot token,
 * from Slack's file host only) delays no ack; in a channel the file is not downloaded at all.
 */
async function receiveFile(deps: SlackDeps, teamId: string, shared: SharedFile, key: string): Promise<void> {
  const { userId, channelId, file } = shared;
  const name = file.name || "plan";
  let input: IncomingInput;
  if (!shared.direct) input = { type: "file_unavailable", name, reason: "channel" };
  else if (!file.url) input = { type: "file_unavailable", name, reason: "failed" };
  else {
    const fetched = await deps.files.download(file.url, file.size).catch((error: unknown) => {
      deps.logger.warn(
        { team: teamId, user: userId, err: (error as Error).message },
        "slack file download failed",
      );
      return { ok: false as const, reason: "failed" as const };
    });
    if (!fetched.ok && fetched.reason === "refused")
      deps.logger.warn({ team: teamId, user: userId }, "slack file not on Slack's file host; not downloaded");
    input = fetched.ok
      ? { type: "file", name, bytes: fetched.bytes }
      : {
          type: "file_unavailable",
          name,
          reason: fetched.reason,
          ...("size" in fetched && fetched.size !== undefined ? { size: fetched.size } : {}),
        };
  }
  const answered = await deps.gate.run(async () => {
    const identity = await deps.identities.resolve(teamId, userId);
    const incoming = slackIncoming({ teamId, channelId, userId }, identity, input, key);
    return { outcome: await deps.door.handle(incoming), incoming };
  });
  if (answered.outcome.effect === "repeat") return;
  const conversation = { direct: shared.direct, ...(shared.threadTs ? { threadTs: shared.threadTs } : {}) };
  await showOutcome(deps, { teamId, userId, channelId, conversation }, answered);
}
