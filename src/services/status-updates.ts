// Recording a status update: the append-only history row and the activity's current status change
// together. The idempotency key makes a redelivered or double-clicked update a no-op. Table and type
// names are the schema's (prisma/schema.prisma @@map); the integration tests run this on both databases.
import type { ActivityStatus } from "../core/activity-status.js";
import { Prisma } from "../db/generated/client.ts";
import { type CardRow, cardQuery } from "./activities.js";
import type { CommandContext } from "./actor.js";
import type { Db } from "./deps.js";
import type { PlanRef } from "./groups.js";

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
 * concurrent twin inserts nothing and changes nothing. The same statement reads the activity's card as
 * it was before the change (every part of a statement sees the same snapshot), which the reply shows
 * with the new update applied. Undefined when the plan has no activity with that number.
 */
export async function recordStatus(
  db: Db,
  ctx: CommandContext,
  plan: PlanRef,
  number: number,
  change: { status: ActivityStatus; comment: string | undefined; now: Date; updateCount: number },
): Promise<{ before: CardRow; recorded: RecordedStatus } | undefined> {
  const { status, comment, now } = change;
  const at = now.toISOString();
  const write = Prisma.sql`
    WITH target AS (
      SELECT id FROM activities WHERE plan_id = ${plan.id} AND number = ${number}
    ), ins AS (
      INSERT INTO status_updates (activity_id, status, comment, author_id, source, idempotency_key, created_at)
      SELECT target.id, ${status}::"ActivityStatus", ${comment ?? null}, ${ctx.actor.memberId},
        ${ctx.source}::"Platform", ${ctx.idempotencyKey}, ${at}::timestamp(3)
      FROM target
      ON CONFLICT (idempotency_key) DO NOTHING
      RETURNING activity_id
    ), upd AS (
      UPDATE activities
      SET status = ${status}::"ActivityStatus", status_changed_at = ${at}::timestamp(3), updated_at = ${at}::timestamp(3)
      WHERE id IN (SELECT activity_id FROM ins) AND status <> ${status}::"ActivityStatus"
      RETURNING id
    )`;
  const [row] = await db.$queryRaw<(CardRow & { inserted: number })[]>(
    cardQuery(plan.id, number, change.updateCount, {
      with: write,
      columns: Prisma.sql`, (SELECT count(*) FROM ins)::int AS inserted`,
    }),
  );
  if (!row) return undefined;
  const { inserted, ...before } = row;
  if (inserted) return { before, recorded: { at: now, duplicate: false } };
  const stored = await db.statusUpdate.findUniqueOrThrow({
    where: { idempotencyKey: ctx.idempotencyKey },
  });
  return { before, recorded: { at: stored.createdAt, duplicate: true } };
}
