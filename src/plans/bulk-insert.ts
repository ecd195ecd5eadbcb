// Inserting thousands of import rows quickly: one statement per table that unnests column arrays,
// instead of one bound parameter per cell (PGlite spends most of a large createMany on parameters).
import type { ActivityStatus } from "../core/activity-status.ts";
import type { PrismaClient } from "../db/generated/client.ts";
import type { ActivityFields } from "./plan-changes.ts";

export type RawDb = Pick<PrismaClient, "$executeRaw">;

export interface NewActivityRow extends ActivityFields {
  number: number;
  status: ActivityStatus;
  statusChangedAt: Date | null;
}

const col = <T, V>(rows: T[], f: (r: T) => V) => rows.map(f);

export async function insertActivities(
  db: RawDb,
  planId: number,
  rows: NewActivityRow[],
  now: Date,
): Promise<void> {
  if (!rows.length) return;
  const at = now.toISOString();
  await db.$executeRaw`
    INSERT INTO activities (plan_id, number, title, principle_id, party, commitment, responsible_org,
      commissioner, partners, follow_up, due_date, status, status_changed_at, created_at, updated_at)
    SELECT ${planId}, t.number, t.title, t.principle_id, t.party::"Party", t.commitment, t.responsible_org,
      t.commissioner, t.partners, t.follow_up, t.due_date::date, t.status::"ActivityStatus",
      t.status_changed_at::timestamp(3), ${at}::timestamp(3), ${at}::timestamp(3)
    FROM unnest(${col(rows, (r) => r.number)}::int[], ${col(rows, (r) => r.title)}::text[],
      ${col(rows, (r) => r.principleId)}::int[], ${col(rows, (r) => r.party)}::text[],
      ${col(rows, (r) => r.commitment)}::text[], ${col(rows, (r) => r.responsibleOrg)}::text[],
      ${col(rows, (r) => r.commissioner)}::text[], ${col(rows, (r) => r.partners)}::text[],
      ${col(rows, (r) => r.followUp)}::text[], ${col(rows, (r) => r.dueDate)}::text[],
      ${col(rows, (r) => r.status)}::text[], ${col(rows, (r) => r.statusChangedAt?.toISOString() ?? null)}::text[])
      AS t(number, title, principle_id, party, commitment, responsible_org, commissioner, partners, follow_up,
        due_date, status, status_changed_at)`;
}

export async function insertOwners(
  db: RawDb,
  rows: { activityId: number; memberId: number }[],
  now: Date,
): Promise<void> {
  if (!rows.length) return;
  await db.$executeRaw`
    INSERT INTO activity_owners (activity_id, member_id, created_at)
    SELECT t.a, t.m, ${now.toISOString()}::timestamp(3)
    FROM unnest(${col(rows, (r) => r.activityId)}::int[], ${col(rows, (r) => r.memberId)}::int[]) AS t(a, m)
    ON CONFLICT DO NOTHING`;
}

export interface NewStatusUpdate {
  activityId: number;
  status: ActivityStatus;
  comment: string;
  idempotencyKey: string;
}

/** Import status updates; a key already stored (the same change made before) is skipped. */
export async function insertImportUpdates(db: RawDb, rows: NewStatusUpdate[], now: Date): Promise<void> {
  if (!rows.length) return;
  await db.$executeRaw`
    INSERT INTO status_updates (activity_id, status, comment, source, idempotency_key, created_at)
    SELECT t.a, t.s::"ActivityStatus", t.c, 'import', t.k, ${now.toISOString()}::timestamp(3)
    FROM unnest(${col(rows, (r) => r.activityId)}::int[], ${col(rows, (r) => r.status)}::text[],
      ${col(rows, (r) => r.comment)}::text[], ${col(rows, (r) => r.idempotencyKey)}::text[]) AS t(a, s, c, k)
    ON CONFLICT (idempotency_key) DO NOTHING`;
}

/**
 * Gives activities new numbers without breaking the (plan, number) key on the way: every moved
 * activity first steps aside to a negative number of its own, then all take their new numbers.
 * The rows keep their ids, and so their status history.
 */
export async function renumberActivities(db: RawDb, moves: { id: number; number: number }[]): Promise<void> {
  if (!moves.length) return;
  const ids = col(moves, (m) => m.id);
  await db.$executeRaw`UPDATE activities SET number = -id WHERE id = ANY(${ids}::int[])`;
  await db.$executeRaw`
    UPDATE activities SET number = t.n
    FROM unnest(${ids}::int[], ${col(moves, (m) => m.number)}::int[]) AS t(id, n)
    WHERE activities.id = t.id`;
}
