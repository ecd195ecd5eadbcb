// The history of what coordinators changed on an activity from chat (activity_changes): written in the
// same transaction as the change and its delivery, read for the card's list of changes.
import type { ChangeView } from "../core/replies/activity-edit-replies.ts";
import { wallClockAt } from "../core/zoned-time.ts";
import type { CommandContext } from "./actor.ts";
import type { Db } from "./deps.ts";

/** What a card's list shows of the newest changes. */
export const CARD_CHANGES = 5;

/** One changed field: its values before and after as text (a deadline as YYYY-MM-DD), null for none. */
export interface FieldChange {
  field: string;
  oldValue: string | null;
  newValue: string | null;
}

/** Records the changes one delivery made to an activity; a field is recorded once per delivery. */
export async function recordChanges(
  db: Db,
  ctx: CommandContext,
  activityId: number,
  changes: readonly FieldChange[],
  now: Date,
): Promise<void> {
  if (changes.length === 0) return;
  await db.activityChange.createMany({
    data: changes.map((c) => ({
      activityId,
      field: c.field,
      oldValue: c.oldValue,
      newValue: c.newValue,
      memberId: ctx.actor.memberId,
      source: ctx.source,
      idempotencyKey: ctx.idempotencyKey,
      createdAt: now,
    })),
    skipDuplicates: true,
  });
}

/** The activity's newest changes first, as the card lists them, in the group's time zone. */
export async function recentChanges(
  db: Db,
  activityId: number,
  timeZone: string,
  take = CARD_CHANGES,
): Promise<ChangeView[]> {
  const rows = await db.activityChange.findMany({
    where: { activityId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take,
    include: { member: { select: { name: true } } },
  });
  return rows.map((r) => {
    const local = wallClockAt(r.createdAt, timeZone);
    return {
      field: r.field,
      ...(r.oldValue !== null ? { before: r.oldValue } : {}),
      ...(r.newValue !== null ? { after: r.newValue } : {}),
      ...(r.member ? { who: r.member.name } : {}),
      atLocal: `${local.date} ${local.time}`,
    };
  });
}
