// A write is done at most once per delivery: a Slack redelivery, a replayed request, a double click
// or ten concurrent copies of the same delivery store one effect, and every copy gets the first
// answer again, marked as a repeat so that no surface announces it twice.
//
// The delivery's key is claimed by inserting its row into processed_deliveries first, in the same
// transaction as the write; the reply is stored in that row before the commit. A concurrent copy's
// insert waits on the key until the first one commits (and then finds it taken) or rolls back (and
// then does the work itself). A unique row, not a lock with a time-out: nothing expires, nothing can
// be left half done, and every replica on one PostgreSQL sees the same key. Status changes keep their
// key in the history row instead (status-updates.ts), so that the busiest write stays one statement.
//
// Only a delivery that changed something is kept: a refusal or a request for what already is rolls
// back, claim and all, so nothing is stored for it.
import type { Command } from "../core/command.ts";
import type { Platform } from "../core/platform.ts";
import { repeatReply } from "../core/replies/no-change-replies.ts";
import type { Reply } from "../core/reply.ts";
import { Prisma, type PrismaClient } from "../db/generated/client.ts";
import type { Db } from "./deps.ts";

export interface Delivery {
  key: string;
  source: Platform;
  command: Command;
  groupId?: number;
  memberId?: number;
  now: Date;
}

/** A write racing another on the same row may fail on a unique key or a deadlock; it is run again. */
const ATTEMPTS = 3;

/**
 * On PGlite transactions take turns, so ten copies queue for up to this long each; on PostgreSQL a
 * copy waits this long at most for the first to commit.
 */
const TRANSACTION_OPTIONS = { maxWait: 10_000, timeout: 10_000 };

/** Carries the reply of a delivery that changed nothing out of the transaction it rolls back. */
class NothingToKeep extends Error {
  readonly reply: Reply;

  constructor(reply: Reply) {
    super("nothing to keep");
    this.reply = reply;
  }
}

/**
 * Runs `work` in a transaction that claims the delivery's key, unless the key is taken already. The
 * work must use the client it is given (on PGlite a query outside the open transaction would wait for
 * it) and say what it did in `effect`: only "changed" is kept.
 */
export async function onceForDelivery(
  prisma: PrismaClient,
  delivery: Delivery,
  work: (db: Db) => Promise<Reply>,
): Promise<Reply> {
  const seen = await prisma.processedDelivery.findUnique({
    where: { key: delivery.key },
    select: { reply: true },
  });
  if (seen) return repeatOf(seen.reply);
  for (let attempt = 1; ; attempt++) {
    try {
      return await prisma.$transaction(async (tx) => {
        const claimed = await tx.processedDelivery.createMany({
          data: [
            {
              key: delivery.key,
              source: delivery.source,
              command: delivery.command as unknown as Prisma.InputJsonValue,
              groupId: delivery.groupId ?? null,
              memberId: delivery.memberId ?? null,
              createdAt: delivery.now,
            },
          ],
          skipDuplicates: true,
        });
        if (claimed.count === 0) {
          // A copy of this delivery committed while this one waited for the key.
          const first = await tx.processedDelivery.findUniqueOrThrow({
            where: { key: delivery.key },
            select: { reply: true },
          });
          return repeatOf(first.reply);
        }
        const reply = await work(tx);
        if (reply.effect !== "changed" && reply.effect !== "sent") throw new NothingToKeep(reply);
        await tx.processedDelivery.update({
          where: { key: delivery.key },
          data: { reply: reply as unknown as Prisma.InputJsonValue },
        });
        return reply;
      }, TRANSACTION_OPTIONS);
    } catch (error) {
      if (error instanceof NothingToKeep) return error.reply;
      if (attempt < ATTEMPTS && isConflict(error)) continue;
      throw error;
    }
  }
}

function repeatOf(stored: Prisma.JsonValue | null): Reply {
  // The reply is written before the claim commits, so a committed row always has one.
  if (!stored) throw new Error("processed delivery without a reply");
  return repeatReply(stored as unknown as Reply);
}

const CONFLICT_SQLSTATES = new Set(["23505", "40001", "40P01"]);

/**
 * A unique violation, a write conflict or a deadlock: another writer won a race, and running the
 * transaction again (which then sees that writer's result) settles it.
 */
export function isConflict(error: unknown): boolean {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError)) return false;
  if (error.code === "P2002" || error.code === "P2034") return true;
  // Raw queries (P2010) carry PostgreSQL's SQLSTATE from the driver adapter.
  const cause = (error.meta as { driverAdapterError?: { cause?: { originalCode?: unknown } } } | undefined)
    ?.driverAdapterError?.cause;
  return typeof cause?.originalCode === "string" && CONFLICT_SQLSTATES.has(cause.originalCode);
}

/**
 * How long a processed delivery is remembered. Slack redelivers within minutes and a signed request
 * is accepted for five; a week covers any retry with a wide margin.
 */
export const DELIVERY_KEEP_DAYS = 7;
export const DELIVERY_PRUNE_BATCH = 1000;

/** Forgets deliveries older than the keep period, up to DELIVERY_PRUNE_BATCH of them; returns how many. */
export async function pruneDeliveries(
  prisma: PrismaClient,
  now: Date,
  keepDays = DELIVERY_KEEP_DAYS,
): Promise<number> {
  const cutoff = new Date(now.getTime() - keepDays * 86_400_000);
  const old = await prisma.processedDelivery.findMany({
    where: { createdAt: { lt: cutoff } },
    select: { key: true },
    take: DELIVERY_PRUNE_BATCH,
  });
  if (old.length === 0) return 0;
  const { count } = await prisma.processedDelivery.deleteMany({
    where: { key: { in: old.map((d) => d.key) } },
  });
  return count;
}
