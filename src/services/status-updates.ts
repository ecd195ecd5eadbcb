// Recording a status update: the append-only history row and the activity's current status change in
// one transaction. The idempotency key makes a redelivered or double-clicked update a no-op.
import type { ActivityStatus } from "../core/activity-status.js";
import type { PrismaClient } from "../db/generated/client.ts";
import type { CommandContext } from "./actor.js";

export interface RecordedStatus {
  /** The stored row's time: `now` for a new update, the first delivery's time for a duplicate. */
  at: Date;
  /** True when this delivery had already been stored: nothing was written again. */
  duplicate: boolean;
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}

export async function recordStatus(
  prisma: PrismaClient,
  ctx: CommandContext,
  activityId: number,
  status: ActivityStatus,
  comment: string | undefined,
  now: Date,
): Promise<RecordedStatus> {
  try {
    // The history row first: a redelivery fails here on the unique key before anything changes.
    // `statusChangedAt` moves only when the status really changes (the second update matches no row otherwise).
    await prisma.$transaction([
      prisma.statusUpdate.create({
        data: {
          activityId,
          status,
          comment: comment ?? null,
          authorId: ctx.actor.memberId,
          source: ctx.source,
          idempotencyKey: ctx.idempotencyKey,
          createdAt: now,
        },
      }),
      prisma.activity.updateMany({
        where: { id: activityId, status: { not: status } },
        data: { status, statusChangedAt: now },
      }),
    ]);
    return { at: now, duplicate: false };
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    // This delivery was stored before (a retry, a double click, or a concurrent twin): report it, change nothing.
    const stored = await prisma.statusUpdate.findUnique({ where: { idempotencyKey: ctx.idempotencyKey } });
    if (!stored) throw error;
    return { at: stored.createdAt, duplicate: true };
  }
}
