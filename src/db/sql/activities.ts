// Statements on activities that Prisma's query API cannot express in one round trip: the rows a sweep
// or an agenda looks at (owners aggregated, one query for many plans), the activity card (the newest
// updates picked through their index), a deadline read under a row lock, and the bulk writes of an
// import (column arrays unnested instead of one bound parameter per cell, which PGlite is slow at).
// Table and column names are those of prisma/schema.prisma's @@map/@map.
import type { ActivityStatus } from "../../core/activity-status.ts";
import type { AgendaActivity } from "../../core/agenda.ts";
import type { Party } from "../../core/command.ts";
import type { LocalDate } from "../../core/local-date.ts";
import { Prisma } from "../generated/client.ts";
import { closedSql, overdueSql } from "./activity-rules.ts";
import type { ExecuteDb, QueryDb } from "./raw-db.ts";

/** An activity as the agenda reads it, with its plan and its owners' ids for the scheduler. */
export interface ActivityRow extends AgendaActivity {
  planId: number;
  ownerIds: number[];
  /** Owners' names, in the order they were added (then by member), as every list shows them. */
  owners: string[];
}

export interface RowSelection {
  /** Open activities with a deadline up to this day. */
  dueUntil: LocalDate;
  /** Overdue activities as of this day (the earliest "today" among the groups asked for). */
  overdueOn: LocalDate;
  /** Any activity whose status changed after this instant. */
  changedAfter?: Date | undefined;
}

/**
 * The activities of these plans that a reminder, digest or agenda can be about, with their owners,
 * in one query: open ones with a deadline up to `dueUntil`, the overdue ones as of `overdueOn`
 * (status försenad counts whatever the deadline), and any whose status changed after `changedAfter`.
 */
export async function loadActivityRows(
  db: QueryDb,
  planIds: readonly number[],
  { dueUntil, overdueOn, changedAfter }: RowSelection,
): Promise<ActivityRow[]> {
  if (planIds.length === 0) return [];
  const changed = changedAfter
    ? Prisma.sql`OR a.status_changed_at > ${changedAfter.toISOString()}::timestamp(3)`
    : Prisma.empty;
  const rows = await db.$queryRaw<
    {
      id: number;
      number: number;
      title: string;
      status: string;
      due: string | null;
      changed_at: string | null;
      plan_id: number;
      owner_ids: string | null;
      owner_names: string | null;
    }[]
  >`
    SELECT a.id, a.number, a.title, a.status::text AS status,
           to_char(a.due_date, 'YYYY-MM-DD') AS due,
           to_char(a.status_changed_at, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS changed_at,
           a.plan_id,
           string_agg(o.member_id::text, ',' ORDER BY o.created_at, o.member_id) AS owner_ids,
           string_agg(replace(m.name, chr(31), ' '), chr(31) ORDER BY o.created_at, o.member_id) AS owner_names
      FROM activities a
      LEFT JOIN activity_owners o ON o.activity_id = a.id
      LEFT JOIN members m ON m.id = o.member_id
     WHERE a.plan_id IN (${Prisma.join(planIds as number[])})
       AND ((a.due_date IS NOT NULL AND a.due_date <= ${dueUntil}::date AND NOT ${closedSql("a")})
            OR ${overdueSql(overdueOn, "a")}
            ${changed})
     GROUP BY a.id`;
  return rows.map((r) => ({
    id: r.id,
    number: r.number,
    title: r.title,
    status: r.status as ActivityStatus,
    ...(r.due ? { dueDate: r.due } : {}),
    ...(r.changed_at ? { statusChangedAt: new Date(r.changed_at) } : {}),
    planId: r.plan_id,
    ownerIds: r.owner_ids ? r.owner_ids.split(",").map(Number) : [],
    owners: r.owner_names ? r.owner_names.split("\x1f") : [],
  }));
}

/** One activity's card as `cardQuery` reads it. */
export interface CardRow {
  id: number;
  number: number;
  title: string;
  status: ActivityStatus;
  dueDate: LocalDate | null;
  party: Party;
  principle: string | null;
  commitment: string | null;
  description: string | null;
  responsibleOrg: string | null;
  commissioner: string | null;
  partners: string | null;
  followUp: string | null;
  owners: string[];
  /** Newest first; `createdAt` as the column's UTC wall time without a zone. */
  updates:
    | { status: ActivityStatus; comment: string | null; createdAt: string; author: string | null }[]
    | null;
}

/**
 * One statement for the whole card of the activity with this number. The newest updates are picked
 * through the (activity_id, created_at) index before anything is built from them, so the cost does
 * not grow with the activity's history (Prisma's nested `take` built every update first). A writer
 * can put its own `with` clause in front and `columns` after, and read the card in the same statement.
 */
export function cardQuery(
  planId: number,
  number: number,
  updateCount: number,
  around: { with?: Prisma.Sql; columns?: Prisma.Sql } = {},
): Prisma.Sql {
  return Prisma.sql`${around.with ?? Prisma.empty}
    SELECT a.id, a.number, a.title, a.status::text AS status, to_char(a.due_date, 'YYYY-MM-DD') AS "dueDate",
      a.party::text AS party, p.name AS principle, a.commitment, a.description,
      a.responsible_org AS "responsibleOrg", a.commissioner, a.partners, a.follow_up AS "followUp",
      ARRAY(
        SELECT m.name FROM activity_owners o JOIN members m ON m.id = o.member_id
        WHERE o.activity_id = a.id ORDER BY o.created_at, o.member_id
      ) AS owners,
      (
        SELECT json_agg(u) FROM (
          SELECT su.status, su.comment, su.created_at AS "createdAt", m.name AS author
          FROM status_updates su LEFT JOIN members m ON m.id = su.author_id
          WHERE su.activity_id = a.id
          ORDER BY su.created_at DESC, su.id DESC
          LIMIT ${updateCount}
        ) u
      ) AS updates ${around.columns ?? Prisma.empty}
    FROM activities a LEFT JOIN principles p ON p.id = a.principle_id
    WHERE a.plan_id = ${planId} AND a.number = ${number}`;
}

/** The card of the activity with this number in the plan, or undefined when there is none. */
export async function readCard(
  db: QueryDb,
  planId: number,
  number: number,
  updateCount: number,
): Promise<CardRow | undefined> {
  const [row] = await db.$queryRaw<CardRow[]>(cardQuery(planId, number, updateCount));
  return row;
}

/**
 * The activity's deadline, with its row held until the transaction ends: two deadline changes take
 * turns, and the second one reads what the first one wrote.
 */
export async function dueDateForUpdate(db: QueryDb, activityId: number): Promise<LocalDate | undefined> {
  const [row] = await db.$queryRaw<{ due: LocalDate | null }[]>`
    SELECT to_char(due_date, 'YYYY-MM-DD') AS due FROM activities WHERE id = ${activityId} FOR NO KEY UPDATE`;
  return row?.due ?? undefined;
}

/** An imported activity's columns, as plans/plan-changes.ts reads them from a plan file. */
export interface NewActivityRow {
  number: number;
  title: string;
  principleId: number | null;
  party: Party;
  commitment: string | null;
  responsibleOrg: string | null;
  commissioner: string | null;
  partners: string | null;
  followUp: string | null;
  dueDate: LocalDate | null;
  status: ActivityStatus;
  statusChangedAt: Date | null;
}

const col = <T, V>(rows: readonly T[], f: (r: T) => V) => rows.map(f);

export async function insertActivities(
  db: ExecuteDb,
  planId: number,
  rows: readonly NewActivityRow[],
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
  db: ExecuteDb,
  rows: readonly { activityId: number; memberId: number }[],
  now: Date,
): Promise<void> {
  if (!rows.length) return;
  await db.$executeRaw`
    INSERT INTO activity_owners (activity_id, member_id, created_at)
    SELECT t.a, t.m, ${now.toISOString()}::timestamp(3)
    FROM unnest(${col(rows, (r) => r.activityId)}::int[], ${col(rows, (r) => r.memberId)}::int[]) AS t(a, m)
    ON CONFLICT DO NOTHING`;
}

/**
 * Gives activities new numbers without breaking the (plan, number) key on the way: every moved
 * activity first steps aside to a negative number of its own, then all take their new numbers.
 * The rows keep their ids, and so their status history.
 */
export async function renumberActivities(
  db: ExecuteDb,
  moves: readonly { id: number; number: number }[],
): Promise<void> {
  if (!moves.length) return;
  const ids = col(moves, (m) => m.id);
  await db.$executeRaw`UPDATE activities SET number = -id WHERE id = ANY(${ids}::int[])`;
  await db.$executeRaw`
    UPDATE activities SET number = t.n
    FROM unnest(${ids}::int[], ${col(moves, (m) => m.number)}::int[]) AS t(id, n)
    WHERE activities.id = t.id`;
}
