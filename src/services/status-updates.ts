// Recording a status update: the append-only history row and the activity's current status change
// together. The delivery's idempotency key is kept in the history row itself (unique), which makes a
// redelivered or double-clicked update a no-op without a second table or a transaction: this is the
// busiest write, and it stays one statement. Table and type names are the schema's
// (prisma/schema.prisma @@map); the integration tests run this on both databases.
import type { ActivityStatus } from "../core/activity-status.ts";
import { Prisma } from "../db/generated/client.ts";
import { type CardRow, cardQuery } from "./activities.ts";
import type { CommandContext } from "./actor.ts";
import type { Db } from "./deps.ts";
import type { PlanRef } from "./groups.ts";

export interface RecordedStatus {
  /** The stored row's time when this delivery stored one (`now`). */
  at: Date;
  /**
   * "stored": this delivery stored its update. "repeat": this delivery's key was stored before (a
   * redelivery, a double click, a concurrent twin): nothing written again. "unchanged": the activity
   * already has that status and there is no comment: nothing to store.
   */
  outcome: "stored" | "repeat" | "unchanged";
}

/**
 * One statement, so one round trip and atomic by itself. A delivery whose key is already stored
 * (`target` is empty then) changes nothing. Otherwise the activity takes the new status if it has
 * another one, and the history row is inserted when the status moved or a comment came with it: the
 * same status without a comment is no news and stores nothing. The insert depends on the update, and
 * PostgreSQL re-checks an update's condition on the newest row version after waiting for a concurrent
 * writer's lock, so of ten concurrent `status 13 klar` exactly one moves the status and stores a row;
 * a concurrent twin of the same delivery finds the key taken (ON CONFLICT waits for the first).
 * `status_changed_at` moves only when the status really changes. The same statement reads the
 * activity's card as it was before the change (every part of a statement sees the same snapshot),
 * which the reply shows with the new update applied. Undefined when the plan has no activity with
 * that number.
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
      SELECT id FROM activities
      WHERE plan_id = ${plan.id} AND number = ${number}
        AND NOT EXISTS (SELECT 1 FROM status_updates WHERE idempotency_key = ${ctx.idempotencyKey})
    ), upd AS (
      UPDATE activities
      SET status = ${status}::"ActivityStatus", status_changed_at = ${at}::timestamp(3), updated_at = ${at}::timestamp(3)
      WHERE id IN (SELECT id FROM target) AND status <> ${status}::"ActivityStatus"
      RETURNING id
    ), ins AS (
      INSERT INTO status_updates (activity_id, status, comment, author_id, source, idempotency_key, created_at)
      SELECT target.id, ${status}::"ActivityStatus", ${comment ?? null}, ${ctx.actor.memberId},
        ${ctx.source}::text, ${ctx.idempotencyKey}, ${at}::timestamp(3)
      FROM target
      WHERE ${comment !== undefined}::boolean OR EXISTS (SELECT 1 FROM upd)
      ON CONFLICT (idempotency_key) DO NOTHING
      RETURNING activity_id
    )`;
  const [row] = await db.$queryRaw<(CardRow & { inserted: number; fresh: number })[]>(
    cardQuery(plan.id, number, change.updateCount, {
      with: write,
      columns: Prisma.sql`, (SELECT count(*) FROM ins)::int AS inserted, (SELECT count(*) FROM target)::int AS fresh`,
    }),
  );
  if (!row) return undefined;
  const { inserted, fresh, ...before } = row;
  if (inserted) return { before, recorded: { at: now, outcome: "stored" } };
  if (!fresh) return { before, recorded: { at: now, outcome: "repeat" } };
  // Nothing inserted for a key not seen at the start: the same status without a comment, or a twin
  // of this delivery that committed while this statement waited for it.
  const twin = await db.statusUpdate.findUnique({
    where: { idempotencyKey: ctx.idempotencyKey },
    select: { id: true },
  });
  return { before, recorded: { at: now, outcome: twin ? "repeat" : "unchanged" } };
}
