// Recording a status update: the append-only history row and the activity's current status change
// together. The idempotency key makes a redelivered or double-clicked update a no-op. Table and type
// names are the schema's (prisma/schema.prisma @@map); the integration tests run this on both databases.
import type { ActivityStatus } from "../core/activity-status.js";
import type { PrismaClient } from "../db/generated/client.ts";
import type { CommandContext } from "./actor.js";

export interface RecordedStatus {
  /** The stored row's time: `now` for a new update, the first delivery's time for a duplicate. */
  at: Date;
  /** True when this delivery had already been stored: nothing was written again. */
  duplicate: boolean;
}

/**
 * One statement, so one round trip and atomic by itself: the history row is inserted unless this
 * delivery's key is already stored, and only then does the activity take the new status (its
 * `status_changed_at` moves only when the status really changes). A redelivery, a double click or a
 * concurrent twin inserts nothing and changes nothing.
 */
export async function recordStatus(
  prisma: PrismaClient,
  ctx: CommandContext,
  activityId: number,
  status: ActivityStatus,
  comment: string | undefined,
  now: Date,
): Promise<RecordedStatus> {
  const at = now.toISOString();
  const [result] = await prisma.$queryRaw<{ inserted: number }[]>`
    WITH ins AS (
      INSERT INTO status_updates (activity_id, status, comment, author_id, source, idempotency_key, created_at)
      VALUES (${activityId}, ${status}::"ActivityStatus", ${comment ?? null}, ${ctx.actor.memberId},
        ${ctx.source}::"Platform", ${ctx.idempotencyKey}, ${at}::timestamp(3))
      ON CONFLICT (idempotency_key) DO NOTHING
      RETURNING activity_id
    ), upd AS (
      UPDATE activities
      SET status = ${status}::"ActivityStatus", status_changed_at = ${at}::timestamp(3), updated_at = ${at}::timestamp(3)
      WHERE id IN (SELECT activity_id FROM ins) AND status <> ${status}::"ActivityStatus"
      RETURNING id
    )
    SELECT (SELECT count(*) FROM ins)::int AS inserted, (SELECT count(*) FROM upd)::int AS changed`;
  if (result?.inserted) return { at: now, duplicate: false };
  const stored = await prisma.statusUpdate.findUniqueOrThrow({
    where: { idempotencyKey: ctx.idempotencyKey },
  });
  return { at: stored.createdAt, duplicate: true };
}
