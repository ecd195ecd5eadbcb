// Statements on the outbox that must be one statement each: a chunk of rows inserted with ON CONFLICT
// DO NOTHING (the rows passed as one JSON document, not one bound parameter per cell), due rows
// claimed under FOR UPDATE SKIP LOCKED, and old rows deleted in bounded batches.
import { type ExecuteDb, type QueryDb, timestampParam as ts } from "./raw-db.ts";

export interface OutboxInsertRow {
  kind: string;
  dedupe_key: string;
  group_id: number;
  meeting_id: number | null;
  target: unknown;
  payload: unknown;
  state: "pending" | "skipped";
}

/** Inserts the rows whose key is not stored yet, due at `now`; returns how many were new. */
export async function insertOutboxRows(
  db: ExecuteDb,
  rows: readonly OutboxInsertRow[],
  now: Date,
): Promise<number> {
  if (rows.length === 0) return 0;
  return db.$executeRaw`
    INSERT INTO outbox (kind, dedupe_key, group_id, meeting_id, target, payload, state, next_attempt_at, created_at)
    SELECT r.kind, r.dedupe_key, r.group_id, r.meeting_id, r.target, r.payload, r.state::"OutboxState", ${ts(now)}, ${ts(now)}
      FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
           AS r(kind text, dedupe_key text, group_id int, meeting_id int, target jsonb, payload jsonb, state text)
    ON CONFLICT (dedupe_key) DO NOTHING`;
}

export interface ClaimedRow {
  id: number;
  kind: string;
  dedupe_key: string;
  group_id: number | null;
  target: unknown;
  payload: unknown;
  attempts: number;
}

/**
 * Claims up to `limit` due rows: pending ones whose time has come, and `sending` ones whose lease ran
 * out (their dispatcher died). One statement, so the row locks of FOR UPDATE SKIP LOCKED are held until
 * the rows are marked `sending`; a concurrent dispatcher skips them and takes others.
 */
export async function claimDueRows(
  db: QueryDb,
  now: Date,
  leaseUntil: Date,
  limit: number,
): Promise<ClaimedRow[]> {
  return db.$queryRaw<ClaimedRow[]>`
    UPDATE outbox
       SET state = 'sending', attempts = attempts + 1, claimed_at = ${ts(now)}, next_attempt_at = ${ts(leaseUntil)}
     WHERE id IN (
       SELECT id FROM outbox
        WHERE state IN ('pending', 'sending') AND next_attempt_at <= ${ts(now)}
        ORDER BY next_attempt_at, id
        LIMIT ${limit}
        FOR UPDATE SKIP LOCKED)
    RETURNING id, kind, dedupe_key, group_id, target, payload, attempts`;
}

/** Deletes up to `limit` decided rows (sent, failed, skipped) last due before `cutoff`; returns how many. */
export async function deleteDecidedRows(db: ExecuteDb, cutoff: Date, limit: number): Promise<number> {
  return db.$executeRaw`
    DELETE FROM outbox WHERE id IN (
      SELECT id FROM outbox
       WHERE state IN ('sent', 'failed', 'skipped') AND next_attempt_at < ${ts(cutoff)}
       ORDER BY id
       LIMIT ${limit})`;
}
