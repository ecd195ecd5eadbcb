// The outbox dispatcher: claims due rows (SKIP LOCKED, with a lease), delivers each through the
// Notifier of its target's platform, and marks it sent; failures retry with exponential backoff (a
// platform's Retry-After honoured) and stop after MAX_ATTEMPTS with one log line; a deleted channel
// deactivates its binding.

import type { Logger } from "pino";
import { isQuiet } from "../core/reminders/schedule.ts";
import { addressedReply } from "../core/replies/reminder-replies.ts";
import type { Reply } from "../core/reply.ts";
import { dateColumnToLocalDate, localDateAt } from "../core/zoned-time.ts";
import type { ChannelBinding, PrismaClient } from "../db/generated/client.ts";
import { activeBindings, deactivateBinding } from "../services/channels.ts";
import type { DeliveryResult, Notifier } from "../services/notifier.ts";
import {
  backoffMs,
  type ClaimedMessage,
  claimDue,
  DEFAULT_LEASE_MS,
  MAX_ATTEMPTS,
  markGivenUp,
  markRetry,
  markSent,
} from "../services/outbox.ts";
import { textsFor } from "../texts/index.ts";

export interface DispatchResult {
  claimed: number;
  sent: number;
  retried: number;
  failed: number;
  skipped: number;
}

export interface DispatchOptions {
  batchSize?: number;
  leaseMs?: number;
  maxAttempts?: number;
  /** Stop after this many batches in one call (the next tick continues). */
  maxBatches?: number;
}

type Outcome =
  | { kind: "delivered"; result: DeliveryResult; binding?: ChannelBinding }
  | { kind: "skip"; reason: string };

/** For groups with no bound channel: where the console notifier prints. */
function unboundChannel(groupId: number, name: string): ChannelBinding {
  return {
    id: 0,
    platform: "console",
    workspaceId: "",
    channelId: name,
    groupId,
    reference: {},
    active: true,
    createdAt: new Date(0),
  };
}

const REMINDER_KINDS = new Set(["reminder", "followup", "round", "round-reminder"]);

export function createDispatcher(prisma: PrismaClient, notifiers: readonly Notifier[], logger: Logger) {
  // Keyed by text: a binding's platform is what the database holds.
  const byPlatform = new Map<string, Notifier>(notifiers.map((n) => [n.platform, n]));
  const consoleNotifier = byPlatform.get("console");
  // Direct messages: chat platforms first, the console (which prints anything) last.
  const directOrder = [
    ...notifiers.filter((n) => n.platform !== "console"),
    ...(consoleNotifier ? [consoleNotifier] : []),
  ];

  async function groupName(groupId: number): Promise<string> {
    const g = await prisma.group.findUnique({ where: { id: groupId }, select: { name: true } });
    return g?.name ?? textsFor().members.unknownGroup(groupId);
  }

  async function toChannel(binding: ChannelBinding, reply: Reply): Promise<Outcome> {
    const notifier = byPlatform.get(binding.platform);
    if (!notifier)
      return {
        kind: "delivered",
        result: { ok: false, permanent: false, reason: `no ${binding.platform} notifier configured` },
      };
    return { kind: "delivered", result: await notifier.postToChannel(binding, reply), binding };
  }

  async function deliver(msg: ClaimedMessage, now: Date): Promise<Outcome> {
    const { target } = msg;
    const { reply } = msg.payload;
    if (target.type === "channel") {
      if (target.bindingId === null) {
        if (!consoleNotifier) return { kind: "skip", reason: "the group has no bound channel" };
        return toChannel(unboundChannel(target.groupId, await groupName(target.groupId)), reply);
      }
      const binding = await prisma.channelBinding.findUnique({ where: { id: target.bindingId } });
      if (!binding?.active) return { kind: "skip", reason: "the channel binding is no longer active" };
      return toChannel(binding, reply);
    }
    const member = await prisma.member.findUnique({
      where: { id: target.memberId },
      include: { group: true, identities: { orderBy: { createdAt: "asc" } } },
    });
    if (!member) return { kind: "skip", reason: "the member no longer exists" };
    // Removed from the group after this was written: nothing more goes to them.
    if (member.leftAt) return { kind: "skip", reason: "the member has left the group" };
    // A member who went quiet after this was written (or while it waited for a retry) is left alone.
    const today = localDateAt(now, member.group.timeZone);
    if (
      REMINDER_KINDS.has(msg.kind) &&
      isQuiet(member.quietUntil ? dateColumnToLocalDate(member.quietUntil) : undefined, today)
    )
      return { kind: "skip", reason: "the member has paused reminders" };
    for (const notifier of directOrder) {
      const result = await notifier.sendDirect(member, reply);
      if (result) return { kind: "delivered", result };
    }
    // No platform can write to them directly: address them by name in the group's channel.
    for (const binding of await activeBindings(prisma, member.groupId)) {
      if (byPlatform.has(binding.platform))
        return toChannel(binding, addressedReply(textsFor(reply.locale), member.name, reply));
    }
    return { kind: "skip", reason: "no platform can reach the member" };
  }

  async function handle(
    msg: ClaimedMessage,
    now: Date,
    options: Required<DispatchOptions>,
    result: DispatchResult,
  ) {
    const log = { outbox: msg.id, key: msg.dedupeKey, attempts: msg.attempts };
    if (msg.attempts > options.maxAttempts) {
      // Claimed again and again without an answer: each dispatcher died (or hung) on it. Stop.
      await markGivenUp(prisma, msg, "failed", "no delivery finished within its lease");
      logger.warn({ ...log, reason: "lease expired on every attempt" }, "notification given up");
      result.failed++;
      return;
    }
    let outcome: Outcome;
    try {
      outcome = await deliver(msg, now);
    } catch (error) {
      outcome = {
        kind: "delivered",
        result: { ok: false, permanent: false, reason: (error as Error).message ?? String(error) },
      };
    }
    if (outcome.kind === "skip") {
      await markGivenUp(prisma, msg, "skipped", outcome.reason);
      logger.info({ ...log, reason: outcome.reason }, "notification skipped");
      result.skipped++;
      return;
    }
    const delivery = outcome.result;
    if (delivery.ok) {
      if (!(await markSent(prisma, msg, now)))
        logger.warn(log, "notification sent after its lease ran out; another dispatcher may send it too");
      result.sent++;
      return;
    }
    if (delivery.deactivateBinding && outcome.binding && outcome.binding.id !== 0) {
      const b = outcome.binding;
      await deactivateBinding(prisma, {
        platform: b.platform,
        workspaceId: b.workspaceId,
        channelId: b.channelId,
      });
      logger.warn({ ...log, binding: b.id, reason: delivery.reason }, "channel gone; binding deactivated");
    }
    if (delivery.permanent || delivery.deactivateBinding || msg.attempts >= options.maxAttempts) {
      await markGivenUp(prisma, msg, "failed", delivery.reason);
      logger.warn({ ...log, reason: delivery.reason }, "notification given up");
      result.failed++;
      return;
    }
    const at = new Date(now.getTime() + backoffMs(msg.attempts, delivery.retryAfterMs));
    await markRetry(prisma, msg, at, delivery.reason);
    logger.debug(
      { ...log, reason: delivery.reason, retryAt: at.toISOString() },
      "notification will be retried",
    );
    result.retried++;
  }

  return {
    async dispatch(now: Date, opts: DispatchOptions = {}): Promise<DispatchResult> {
      const options: Required<DispatchOptions> = {
        batchSize: opts.batchSize ?? 50,
        leaseMs: opts.leaseMs ?? DEFAULT_LEASE_MS,
        maxAttempts: opts.maxAttempts ?? MAX_ATTEMPTS,
        maxBatches: opts.maxBatches ?? 100,
      };
      const result: DispatchResult = { claimed: 0, sent: 0, retried: 0, failed: 0, skipped: 0 };
      for (let batch = 0; batch < options.maxBatches; batch++) {
        const claimed = await claimDue(prisma, now, { limit: options.batchSize, leaseMs: options.leaseMs });
        if (claimed.length === 0) break;
        result.claimed += claimed.length;
        // One at a time: platforms rate-limit per workspace, and order within a batch is kept.
        for (const msg of claimed) await handle(msg, now, options, result);
      }
      return result;
    },
  };
}
