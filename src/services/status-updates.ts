// Recording a status update: the append-only history row and the activity's current status change in
// one transaction. The idempotency key makes a redelivered or double-clicked update a no-op.
import type { ActivityStatus } from "../core/activity-status.js";
import type { PrismaClient } from "../db/generated/client.ts";
import { requireActivity } from "./activities.js";
import type { CommandContext } from "./actor.js";
import type { PlanRef } from "./groups.js";

export interface RecordedStatus {
  activityId: number;
  title: string;
  previous: ActivityStatus;
  /** True when this delivery had already been stored: nothing was written again. */
  duplicate: boolean;
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}

export async function recordStatus(
  prisma: PrismaClient,
  ctx: CommandContext,
  plan: PlanRef,
  number: number,
  status: ActivityStatus,
  comment: string | undefined,
  now: Date,
): Promise<RecordedStatus> {
  const activity = await requireActivity(prisma, plan, number);
  const already = await prisma.statusUpdate.findUnique({ where: { idempotencyKey: ctx.idempotencyKey } });
  if (already)
    return { activityId: activity.id, title: activity.title, previous: already.status, duplicate: true };
  try {
    return await prisma.$transaction(async (tx) => {
      const current = await tx.activity.findUniqueOrThrow({
        where: { id: activity.id },
        select: { status: true },
      });
      await tx.statusUpdate.create({
        data: {
          activityId: activity.id,
          status,
          comment: comment ?? null,
          authorId: ctx.actor.memberId,
          source: ctx.source,
          idempotencyKey: ctx.idempotencyKey,
          createdAt: now,
        },
      });
      await tx.activity.update({
        where: { id: activity.id },
        data: { status, ...(current.status !== status ? { statusChangedAt: now } : {}) },
      });
      return { activityId: activity.id, title: activity.title, previous: current.status, duplicate: false };
    });
  } catch (error) {
    // Two deliveries of the same request raced past the check above; the database kept one.
    if (isUniqueViolation(error)) {
      const stored = await prisma.statusUpdate.findUnique({ where: { idempotencyKey: ctx.idempotencyKey } });
      if (stored)
        return { activityId: activity.id, title: activity.title, previous: stored.status, duplicate: true };
    }
    throw error;
  }
}
