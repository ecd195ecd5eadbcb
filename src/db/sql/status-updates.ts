// Statements on the status history. A chat status change is one statement (see `writeStatus`); an
// import's updates are one statement for all rows.
import type { ActivityStatus } from "../../core/activity-status.ts";
import type { Platform } from "../../core/platform.ts";
import { Prisma } from "../generated/client.ts";
import { type CardRow, cardQuery } from "./activities.ts";
import type { ExecuteDb, QueryDb } from "./raw-db.ts";

export interface StatusWrite {
  planId: number;
  number: number;
  status: ActivityStatus;
  comment: string | undefined;
  authorId: number;
  source: Platform;
  idempotencyKey: string;
  now: Date;
  /** How many updates the card read with it shows. */
  updateCount: number;
}

/** The card as it was before the write, and what the write did. */
export interface StatusWriteRow extends CardRow {
  /** 1 when a history row was inserted. */
  inserted: number;
  /** 1 when the delivery's key was not stored when the statement began. */
  fresh: number;
}

/**
 * One statement, so one round trip and atomic by itself. A delivery whose key is already stored
 * (`target` is empty then) changes nothing. Otherwise the activity takes the new status if it has
 * another one, and the history row is inserted when the status moved or a comment came with it. The
 * insert depends on the update, and PostgreSQL re-checks an update's condition on the newest row
 * version after waiting for a concurrent writer's lock, so of ten concurrent `status 13 klar` exactly
 * one moves the status and stores a row; a concurrent twin of the same delivery finds the key taken
 * (ON CONFLICT waits for the first). `status_changed_at` moves only when the status really changes.
 * The same statement reads the activity's card as it was before the change (every part of a
 * statement sees the same snapshot). Undefined when the plan has no activity with that number.
 */
export async function writeStatus(db: QueryDb, w: StatusWrite): Promise<StatusWriteRow | undefined> {
  const at = w.now.toISOString();
  const write = Prisma.sql`
    WITH target AS (
      SELECT id FROM activities
      WHERE plan_id = ${w.planId} AND number = ${w.number}
        AND NOT EXISTS (SELECT 1 FROM status_updates WHERE idempotency_key = ${w.idempotencyKey})
    ), upd AS (
      UPDATE activities
      SET status = ${w.status}::"ActivityStatus", status_changed_at = ${at}::timestamp(3), updated_at = ${at}::timestamp(3)
      WHERE id IN (SELECT id FROM target) AND status <> ${w.status}::"ActivityStatus"
      RETURNING id
    ), ins AS (
      INSERT INTO status_updates (activity_id, status, comment, author_id, source, idempotency_key, created_at)
      SELECT target.id, ${w.status}::"ActivityStatus", ${w.comment ?? null}, ${w.authorId},
        ${w.source}::text, ${w.idempotencyKey}, ${at}::timestamp(3)
      FROM target
      WHERE ${w.comment !== undefined}::boolean OR EXISTS (SELECT 1 FROM upd)
      ON CONFLICT (idempotency_key) DO NOTHING
      RETURNING activity_id
    )`;
  const [row] = await db.$queryRaw<StatusWriteRow[]>(
    cardQuery(w.planId, w.number, w.updateCount, {
      with: write,
      columns: Prisma.sql`, (SELECT count(*) FROM ins)::int AS inserted, (SELECT count(*) FROM target)::int AS fresh`,
    }),
  );
  return row;
}

export interface NewStatusUpdate {
  activityId: number;
  status: ActivityStatus;
  comment: string;
  idempotencyKey: string;
}

/** Import status updates; a key already stored (the same change made before) is skipped. */
export async function insertImportUpdates(
  db: ExecuteDb,
  rows: readonly NewStatusUpdate[],
  now: Date,
): Promise<void> {
  if (!rows.length) return;
  const col = <V>(f: (r: NewStatusUpdate) => V) => rows.map(f);
  await db.$executeRaw`
    INSERT INTO status_updates (activity_id, status, comment, source, idempotency_key, created_at)
    SELECT t.a, t.s::"ActivityStatus", t.c, 'import', t.k, ${now.toISOString()}::timestamp(3)
    FROM unnest(${col((r) => r.activityId)}::int[], ${col((r) => r.status)}::text[],
      ${col((r) => r.comment)}::text[], ${col((r) => r.idempotencyKey)}::text[]) AS t(a, s, c, k)
    ON CONFLICT (idempotency_key) DO NOTHING`;
}
