// The outbox: every notification the bot sends on its own initiative is a row here, written before it is
// sent, with a unique dedupe key. Writing twice stores once (ON CONFLICT DO NOTHING); dispatchers claim
// due rows with FOR UPDATE SKIP LOCKED and a lease, so two replicas never hold the same row at once.
//
// Guarantee, stated honestly: each notification is stored exactly once and claimed by one dispatcher at
// a time. Delivery to Slack or Teams cannot share a transaction with the database, so a process that
// dies after the platform accepted a message and before the row is marked sent will send it again when
// its lease runs out (at-least-once in that window of a few milliseconds; otherwise exactly once). We
// prefer that to at-most-once: a lost agenda is worse than a rare repeated one.
import type { OutboxTarget } from "../core/reminders/keys.ts";
import type { Reply } from "../core/reply.ts";
import { claimDueRows, deleteDecidedRows, insertOutboxRows } from "../db/sql/outbox.ts";
import type { ExecuteDb, QueryDb } from "../db/sql/raw-db.ts";
import type { Db } from "./deps.ts";

export type OutboxKind =
  | "reminder"
  | "agenda"
  | "meeting-day"
  | "digest"
  | "followup"
  /** The year's follow-up round: a member's questions, and a reminder of what is missing. */
  | "round"
  | "round-reminder";

export interface OutboxPayload {
  reply: Reply;
}

export interface NewOutboxMessage {
  kind: OutboxKind;
  dedupeKey: string;
  groupId: number;
  /** The meeting it is about (agenda, meeting-day, follow-up): kept in its own column. */
  meetingId?: number;
  target: OutboxTarget;
  reply: Reply;
  /** "skipped" records a decision not to send (an empty digest) so that it is taken once. */
  state?: "pending" | "skipped";
}

export interface ClaimedMessage {
  id: number;
  kind: string;
  dedupeKey: string;
  groupId: number | null;
  target: OutboxTarget;
  payload: OutboxPayload;
  /** Attempts including this one; also the fencing token for marking the row afterwards. */
  attempts: number;
}

/** How long a claim lasts. A delivery that has not finished by then is presumed dead and retried. */
export const DEFAULT_LEASE_MS = 5 * 60_000;
export const MAX_ATTEMPTS = 6;
const BASE_BACKOFF_MS = 60_000;
const MAX_BACKOFF_MS = 60 * 60_000;
const KEY_CHUNK = 5000;

const INSERT_CHUNK = 2000;

/** The subset of `keys` already in the outbox (sent, pending or decided against). */
export async function existingKeys(db: Db, keys: readonly string[]): Promise<Set<string>> {
  const found = new Set<string>();
  for (let i = 0; i < keys.length; i += KEY_CHUNK) {
    const rows = await db.outboxMessage.findMany({
      where: { dedupeKey: { in: keys.slice(i, i + KEY_CHUNK) as string[] } },
      select: { dedupeKey: true },
    });
    for (const r of rows) found.add(r.dedupeKey);
  }
  return found;
}

/**
 * Inserts what is not there yet; returns how many rows were new. One statement per chunk, the rows
 * passed as one JSON document (no per-row round trips or bind parameters), ON CONFLICT DO NOTHING.
 */
export async function enqueue(
  db: ExecuteDb,
  messages: readonly NewOutboxMessage[],
  now: Date,
): Promise<number> {
  let inserted = 0;
  for (let i = 0; i < messages.length; i += INSERT_CHUNK) {
    const rows = messages.slice(i, i + INSERT_CHUNK).map((m) => ({
      kind: m.kind,
      dedupe_key: m.dedupeKey,
      group_id: m.groupId,
      meeting_id: m.meetingId ?? null,
      target: m.target,
      payload: { reply: m.reply },
      state: m.state ?? ("pending" as const),
    }));
    inserted += await insertOutboxRows(db, rows, now);
  }
  return inserted;
}

/** Claims up to `limit` due rows for one dispatcher, for the length of a lease; in id order. */
export async function claimDue(
  db: QueryDb,
  now: Date,
  options: { limit?: number; leaseMs?: number } = {},
): Promise<ClaimedMessage[]> {
  const leaseUntil = new Date(now.getTime() + (options.leaseMs ?? DEFAULT_LEASE_MS));
  const rows = await claimDueRows(db, now, leaseUntil, options.limit ?? 50);
  return rows
    .map((r) => ({
      id: r.id,
      kind: r.kind,
      dedupeKey: r.dedupe_key,
      groupId: r.group_id,
      target: (typeof r.target === "string" ? JSON.parse(r.target) : r.target) as OutboxTarget,
      payload: (typeof r.payload === "string" ? JSON.parse(r.payload) : r.payload) as OutboxPayload,
      attempts: Number(r.attempts),
    }))
    .sort((a, b) => a.id - b.id);
}

/**
 * Marks a claimed row sent. False when the claim was lost (the lease ran out and another dispatcher
 * took the row): the attempts count is the fencing token.
 */
export async function markSent(db: Db, msg: ClaimedMessage, now: Date): Promise<boolean> {
  const { count } = await db.outboxMessage.updateMany({
    where: { id: msg.id, state: "sending", attempts: msg.attempts },
    data: { state: "sent", sentAt: now, lastError: null },
  });
  return count === 1;
}

/** Puts a claimed row back for another attempt at `at`. */
export async function markRetry(db: Db, msg: ClaimedMessage, at: Date, reason: string): Promise<void> {
  await db.outboxMessage.updateMany({
    where: { id: msg.id, state: "sending", attempts: msg.attempts },
    data: { state: "pending", nextAttemptAt: at, lastError: reason.slice(0, 1000) },
  });
}

/** Gives up on a claimed row: `failed` after errors, `skipped` when there is nowhere to send it. */
export async function markGivenUp(
  db: Db,
  msg: ClaimedMessage,
  state: "failed" | "skipped",
  reason: string,
): Promise<void> {
  await db.outboxMessage.updateMany({
    where: { id: msg.id, state: "sending", attempts: msg.attempts },
    data: { state, lastError: reason.slice(0, 1000) },
  });
}

/**
 * How long a decided row (sent, failed, skipped) is kept: far past the end of any rule's window, so
 * that forgetting its key cannot send it again, and long enough to look into "I never got it".
 */
export const OUTBOX_KEEP_DAYS = 90;
/** Rows deleted per call at most, so that a long backlog is cleared over a few ticks, not in one. */
export const PRUNE_BATCH = 1000;

/** Deletes decided rows older than the keep period, up to PRUNE_BATCH of them; returns how many. */
export async function pruneOutbox(db: ExecuteDb, now: Date, keepDays = OUTBOX_KEEP_DAYS): Promise<number> {
  return deleteDecidedRows(db, new Date(now.getTime() - keepDays * 86_400_000), PRUNE_BATCH);
}

/** Exponential backoff from one minute, capped at an hour; a platform's Retry-After wins when longer. */
export function backoffMs(attempts: number, retryAfterMs?: number): number {
  const exponential = Math.min(MAX_BACKOFF_MS, BASE_BACKOFF_MS * 2 ** Math.max(0, attempts - 1));
  return Math.max(exponential, retryAfterMs ?? 0);
}

/** When the group's last weekly digest was decided (sent or skipped), per group. */
export async function lastDigestAt(db: Db, groupIds: readonly number[]): Promise<Map<number, Date>> {
  if (groupIds.length === 0) return new Map();
  const rows = await db.outboxMessage.groupBy({
    by: ["groupId"],
    where: { kind: "digest", groupId: { in: groupIds as number[] } },
    _max: { createdAt: true },
  });
  const result = new Map<number, Date>();
  for (const r of rows) if (r.groupId !== null && r._max.createdAt) result.set(r.groupId, r._max.createdAt);
  return result;
}
