// Writes a parsed plan into the database in one transaction: group, plan, principles, owners as
// members, then activities created or updated. Each row is matched to its stored activity by identity
// (match-activities.ts), so the status history stays with the activity it was written for even when an
// unnumbered plan's numbers move; history is only ever appended to (a changed status adds a
// StatusUpdate with source "import"). Activities missing from the file are kept and listed. A dry run
// does the same reading and comparing, and writes nothing.
import type { ActivityStatus } from "../core/activity-status.ts";
import { normalizeForMatch } from "../core/normalize-text.ts";
import type { ParsedPlan } from "../core/plan-sheet/sheet-to-plan.ts";
import { dateColumnToLocalDate, localDateToDateColumn } from "../core/zoned-time.ts";
import type { Prisma, PrismaClient } from "../db/generated/client.ts";
import { insertActivities, insertOwners, renumberActivities } from "../db/sql/activities.ts";
import type { RawDb } from "../db/sql/raw-db.ts";
import { insertImportUpdates, type NewStatusUpdate } from "../db/sql/status-updates.ts";
import type { Db } from "../services/deps.ts";
import { readSectionHeadings } from "../services/groups.ts";
import { textsFor } from "../texts/index.ts";
import { ImportError, importGroup, importPlanTarget } from "./import-target.ts";
import { type Ambiguity, matchActivities } from "./match-activities.ts";
import {
  type ActivityChange,
  type ActivityFields,
  activityChange,
  importStatusKey,
  type StoredActivity,
} from "./plan-changes.ts";

export interface ImportOptions {
  groupName: string;
  /** --plan; else the sheet's title; else the group's active plan. */
  planName?: string;
  /** Named in the comment of status updates the import writes. */
  fileName: string;
  dryRun: boolean;
  now: Date;
  onProgress?: (done: number, total: number) => void;
}

export interface ImportResult {
  dryRun: boolean;
  groupName: string;
  groupCreated: boolean;
  planName: string;
  planCreated: boolean;
  /** The plan created is not the active one: this one stays active, being for a later period. */
  activeInstead?: string;
  /** The created plan's name has no years, so it could not be judged the later one. */
  periodUnknown?: boolean;
  principlesCreated: string[];
  /** Goals the file has that the plan did not (a dry run: the goals the file has). */
  goalsAdded: number;
  membersCreated: string[];
  changes: ActivityChange[];
  /** Stored activities that no row of the file is: kept, with a new number when theirs is now taken. */
  vanished: VanishedActivity[];
  /** Rows that are equally close to several stored activities; a real import refuses them. */
  ambiguous: Ambiguity[];
  /** False when the file differed too much from the stored plan to compare every text. */
  textsCompared: boolean;
}

export interface VanishedActivity {
  id: number;
  number: number;
  title: string;
  /** When the file's numbering gives `number` to another activity. */
  newNumber?: number;
}

const CHUNK = 1000;
const TRANSACTION = { maxWait: 20_000, timeout: 600_000 };

export async function applyPlan(
  prisma: PrismaClient,
  parsed: ParsedPlan,
  options: ImportOptions,
): Promise<ImportResult> {
  if (options.dryRun) return run(prisma, parsed, options, false);
  return prisma.$transaction((tx) => run(tx, parsed, options, true), TRANSACTION);
}

/**
 * The same import inside a transaction the caller holds, so that it commits with the caller's own
 * writes (a chat upload marked imported, its delivery recorded) or not at all. A dry run writes nothing.
 */
export async function applyPlanIn(
  tx: ImportDb,
  parsed: ParsedPlan,
  options: ImportOptions,
): Promise<ImportResult> {
  return run(tx, parsed, options, !options.dryRun);
}

export type ImportDb = Db & RawDb;

async function run(
  db: ImportDb,
  parsed: ParsedPlan,
  options: ImportOptions,
  write: boolean,
): Promise<ImportResult> {
  const group = await importGroup(db, options.groupName, write);
  const plan = await importPlanTarget(db, group.ref, options.planName?.trim() || parsed.planName, write);
  const planId = plan.ref?.id;

  // Principles: new keys are added after the existing ones; names of existing ones are kept.
  const principleIds = new Map<string, number>();
  const storedPrinciples = planId
    ? await db.principle.findMany({ where: { planId }, orderBy: { position: "asc" } })
    : [];
  for (const p of storedPrinciples) principleIds.set(p.key, p.id);
  const newPrinciples = parsed.principles.filter((p) => !principleIds.has(p.key));
  if (write && planId && newPrinciples.length) {
    const start = storedPrinciples.reduce((max, p) => Math.max(max, p.position + 1), 0);
    await db.principle.createMany({
      data: newPrinciples.map((p, i) => ({ planId, key: p.key, name: p.name, position: start + i })),
    });
    for (const p of await db.principle.findMany({ where: { planId } })) principleIds.set(p.key, p.id);
  } else {
    let placeholder = 0;
    for (const p of newPrinciples) principleIds.set(p.key, --placeholder);
  }

  const { ownerIds, membersCreated } = parsed.present.owners
    ? await resolveOwners(db, group.ref?.id, parsed, write)
    : { ownerIds: new Map<number, number[]>(), membersCreated: [] };

  const stored = planId ? await storedActivities(db, planId) : [];
  const { present } = parsed;
  const match = matchActivities(parsed.activities, stored, {
    numbered: parsed.numbered,
    principleOf: (a) =>
      present.principle ? (a.principleKey ? (principleIds.get(a.principleKey) ?? null) : null) : undefined,
    partyOf: (a) => (present.party ? a.party : undefined),
  });
  const changes = parsed.activities.map((a, i) =>
    activityChange(a, match.stored[i], {
      present,
      principleIds,
      ...(present.owners ? { ownerIds: ownerIds.get(a.number) ?? [] } : {}),
    }),
  );
  const vanished = renumberVanished(match.vanished, parsed.activities, stored);
  if (write && match.ambiguous.length)
    throw new ImportError({ code: "ambiguous", ambiguous: match.ambiguous });
  // The comment is read in the group's history, so it is in the group's language.
  const comment = textsFor(group.ref?.locale).imports.statusComment(options.fileName);
  if (write && planId) {
    await writeChanges(db, planId, changes, vanished, stored, options, comment);
    await keepSectionHeadings(db, planId, parsed.sectionHeadings);
  }
  const goalsAdded =
    parsed.goalsPresent && planId && write ? await writeGoals(db, planId, parsed, principleIds) : 0;
  return {
    dryRun: !write,
    groupName: group.name,
    groupCreated: group.created,
    planName: plan.name,
    planCreated: plan.created,
    ...(plan.activeInstead ? { activeInstead: plan.activeInstead } : {}),
    ...(plan.periodUnknown ? { periodUnknown: true } : {}),
    principlesCreated: newPrinciples.map((p) => p.name),
    goalsAdded: write ? goalsAdded : parsed.goals.length,
    membersCreated,
    changes,
    vanished,
    ambiguous: match.ambiguous,
    textsCompared: match.comparedAll,
  };
}

/** Activities the file no longer has keep their number, unless the file's numbering now gives it away. */
function renumberVanished(
  vanished: readonly StoredActivity[],
  rows: readonly ParsedPlan["activities"][number][],
  stored: readonly StoredActivity[],
): VanishedActivity[] {
  const taken = new Set(rows.map((r) => r.number));
  let next = Math.max(0, ...taken, ...stored.map((s) => s.number)) + 1;
  return [...vanished]
    .sort((a, b) => a.number - b.number)
    .map((s) => ({
      id: s.id,
      number: s.number,
      title: s.title,
      ...(taken.has(s.number) ? { newNumber: next++ } : {}),
    }));
}

/** The plan's own section headings, merged over what an earlier import kept. */
/**
 * The file's goals become the plan's: a goal already stored under the same principle with the same text
 * keeps its number and its assessments; new ones get the next numbers; one the file no longer has is
 * removed unless it has been assessed (assessments are the group's history).
 */
async function writeGoals(
  db: Db,
  planId: number,
  parsed: ParsedPlan,
  principleIds: ReadonlyMap<string, number>,
): Promise<number> {
  const stored = await db.goal.findMany({
    where: { planId },
    include: { _count: { select: { assessments: true } } },
  });
  const key = (principleId: number, text: string) => `${principleId}|${normalizeForMatch(text)}`;
  const byKey = new Map(stored.map((g) => [key(g.principleId, g.text), g]));
  let next = stored.reduce((max, g) => Math.max(max, g.number), 0) + 1;
  const kept = new Set<number>();
  const positions = new Map<number, number>();
  let added = 0;
  for (const goal of parsed.goals) {
    const principleId = principleIds.get(goal.principleKey);
    if (principleId === undefined || principleId < 0) continue;
    const position = positions.get(principleId) ?? 0;
    positions.set(principleId, position + 1);
    const found = byKey.get(key(principleId, goal.text));
    if (found) {
      kept.add(found.id);
      if (found.position !== position) await db.goal.update({ where: { id: found.id }, data: { position } });
      continue;
    }
    await db.goal.create({ data: { planId, principleId, number: next++, text: goal.text, position } });
    added++;
  }
  const gone = stored.filter((g) => !kept.has(g.id) && g._count.assessments === 0).map((g) => g.id);
  if (gone.length) await db.goal.deleteMany({ where: { id: { in: gone } } });
  return added;
}

async function keepSectionHeadings(db: Db, planId: number, headings: ParsedPlan["sectionHeadings"]) {
  if (Object.keys(headings).length === 0) return;
  const plan = await db.plan.findUnique({ where: { id: planId }, select: { sectionHeadings: true } });
  const kept = readSectionHeadings(plan?.sectionHeadings);
  await db.plan.update({ where: { id: planId }, data: { sectionHeadings: { ...kept, ...headings } } });
}

async function storedActivities(db: Db, planId: number): Promise<StoredActivity[]> {
  const [rows, latest] = await Promise.all([
    db.activity.findMany({ where: { planId }, include: { owners: { select: { memberId: true } } } }),
    db.statusUpdate.groupBy({ by: ["activityId"], where: { activity: { planId } }, _max: { id: true } }),
  ]);
  const latestById = new Map(latest.map((l) => [l.activityId, l._max.id ?? null]));
  return rows
    .sort((a, b) => a.number - b.number)
    .map(
      (r): StoredActivity => ({
        id: r.id,
        number: r.number,
        title: r.title,
        principleId: r.principleId,
        party: r.party,
        commitment: r.commitment,
        responsibleOrg: r.responsibleOrg,
        commissioner: r.commissioner,
        partners: r.partners,
        followUp: r.followUp,
        dueDate: r.dueDate ? dateColumnToLocalDate(r.dueDate) : null,
        status: r.status,
        ownerIds: r.owners.map((o) => o.memberId),
        latestUpdateId: latestById.get(r.id) ?? null,
      }),
    );
}

/** Owners named in the sheet, by e-mail or full name; someone the group does not have becomes a medlem. */
async function resolveOwners(db: Db, groupId: number | undefined, parsed: ParsedPlan, write: boolean) {
  const members = groupId ? await db.member.findMany({ where: { groupId }, orderBy: { id: "asc" } }) : [];
  const byKey = new Map<string, number>();
  const keyOf = (owner: string) =>
    owner.includes("@") ? `e:${owner.toLowerCase()}` : `n:${normalizeForMatch(owner)}`;
  for (const m of [...members].reverse()) {
    byKey.set(`n:${normalizeForMatch(m.name)}`, m.id);
    if (m.email) byKey.set(`e:${m.email.toLowerCase()}`, m.id);
  }
  const missing = new Map<string, string>();
  for (const a of parsed.activities)
    for (const owner of a.owners ?? []) if (!byKey.has(keyOf(owner))) missing.set(keyOf(owner), owner);
  const membersCreated = [...missing.values()];
  if (write && groupId && missing.size) {
    await db.member.createMany({
      data: membersCreated.map((o) => ({
        groupId,
        name: o,
        email: o.includes("@") ? o.toLowerCase() : null,
      })),
    });
    const created = await db.member.findMany({ where: { groupId, name: { in: membersCreated } } });
    for (const m of created) byKey.set(keyOf(m.email ?? m.name), m.id);
  } else {
    let placeholder = 0;
    for (const key of missing.keys()) byKey.set(key, --placeholder);
  }
  const ownerIds = new Map<number, number[]>();
  for (const a of parsed.activities)
    ownerIds.set(
      a.number,
      (a.owners ?? []).map((o) => byKey.get(keyOf(o)) ?? 0).filter((id) => id !== 0),
    );
  return { ownerIds, membersCreated };
}

function columns(fields: Partial<ActivityFields>) {
  const { dueDate, ...rest } = fields;
  return {
    ...rest,
    ...(dueDate !== undefined ? { dueDate: dueDate ? localDateToDateColumn(dueDate) : null } : {}),
  };
}

async function writeChanges(
  db: ImportDb,
  planId: number,
  changes: ActivityChange[],
  vanished: VanishedActivity[],
  stored: StoredActivity[],
  options: ImportOptions,
  comment: string,
): Promise<void> {
  const storedById = new Map(stored.map((s) => [s.id, s]));
  // Numbers move first, so that new activities find theirs free.
  await renumberActivities(db, [
    ...changes.flatMap((c) =>
      c.renumberedFrom !== undefined && c.activityId !== undefined
        ? [{ id: c.activityId, number: c.number }]
        : [],
    ),
    ...vanished.flatMap((v) => (v.newNumber !== undefined ? [{ id: v.id, number: v.newNumber }] : [])),
  ]);
  const created = changes.filter((c) => c.kind === "new");
  const updated = changes.filter((c) => c.kind === "changed");
  const total = created.length + updated.length;
  let done = 0;
  const progress = (n: number) => {
    done += n;
    options.onProgress?.(done, total);
  };
  for (let i = 0; i < created.length; i += CHUNK) {
    const chunk = created.slice(i, i + CHUNK);
    await insertActivities(
      db,
      planId,
      chunk.map((c) => ({
        number: c.number,
        title: c.fields.title ?? "",
        principleId: c.fields.principleId ?? null,
        party: c.fields.party ?? "gemensamt",
        commitment: c.fields.commitment ?? null,
        responsibleOrg: c.fields.responsibleOrg ?? null,
        commissioner: c.fields.commissioner ?? null,
        partners: c.fields.partners ?? null,
        followUp: c.fields.followUp ?? null,
        dueDate: c.fields.dueDate ?? null,
        status: c.status?.to ?? "ej_paborjad",
        statusChangedAt: c.status ? options.now : null,
      })),
      options.now,
    );
    progress(chunk.length);
  }
  const ids = new Map(
    (await db.activity.findMany({ where: { planId }, select: { id: true, number: true } })).map((a) => [
      a.number,
      a.id,
    ]),
  );
  const owners: { activityId: number; memberId: number }[] = [];
  const updates: NewStatusUpdate[] = [];
  const statusUpdate = (activityId: number, after: number | null, status: ActivityStatus) =>
    updates.push({ activityId, status, comment, idempotencyKey: importStatusKey(activityId, after, status) });
  for (const c of created) {
    const id = ids.get(c.number);
    if (id === undefined) continue;
    for (const memberId of c.ownerIds ?? []) owners.push({ activityId: id, memberId });
    if (c.status) statusUpdate(id, null, c.status.to);
  }
  for (const c of updated) {
    const before = c.activityId === undefined ? undefined : storedById.get(c.activityId);
    if (!before) continue;
    const data = {
      ...columns(c.fields),
      ...(c.status ? { status: c.status.to, statusChangedAt: options.now } : {}),
    } as Prisma.ActivityUncheckedUpdateInput;
    if (Object.keys(data).length) await db.activity.update({ where: { id: before.id }, data });
    if (c.ownerIds) {
      await db.activityOwner.deleteMany({ where: { activityId: before.id } });
      for (const memberId of c.ownerIds) owners.push({ activityId: before.id, memberId });
    }
    if (c.status) statusUpdate(before.id, before.latestUpdateId, c.status.to);
    progress(1);
  }
  for (let i = 0; i < owners.length; i += CHUNK)
    await insertOwners(db, owners.slice(i, i + CHUNK), options.now);
  for (let i = 0; i < updates.length; i += CHUNK)
    await insertImportUpdates(db, updates.slice(i, i + CHUNK), options.now);
}
