// Recording a status update: the append-only history row and the activity's current status change
// together. The delivery's idempotency key is kept in the history row itself (unique), which makes a
// redelivered or double-clicked update a no-op without a second table or a transaction: this is the
// busiest write, and it stays one statement (db/sql/status-updates.ts).
import type { ActivityStatus } from "../core/activity-status.ts";
import type { CardRow } from "../db/sql/activities.ts";
import { writeStatus } from "../db/sql/status-updates.ts";
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
 * Writes the status change in one statement (`writeStatus`), and tells a repeat from no news. The
 * same status without a comment stores nothing. Undefined when the plan has no activity with that
 * number.
 */
export async function recordStatus(
  db: Db,
  ctx: CommandContext,
  plan: PlanRef,
  number: number,
  change: { status: ActivityStatus; comment: string | undefined; now: Date; updateCount: number },
): Promise<{ before: CardRow; recorded: RecordedStatus } | undefined> {
  const { now } = change;
  const row = await writeStatus(db, {
    planId: plan.id,
    number,
    status: change.status,
    comment: change.comment,
    authorId: ctx.actor.memberId,
    source: ctx.source,
    idempotencyKey: ctx.idempotencyKey,
    now,
    updateCount: change.updateCount,
  });
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
