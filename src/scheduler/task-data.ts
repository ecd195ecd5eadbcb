// The open tasks (uppdrag) a sweep can remind about, read in one query for every group: those with a
// date and a person who is a member, up to the furthest day any group's offsets reach (overdue ones
// without a lower bound: they are reminded weekly).
import { addDays } from "../core/calendar.ts";
import type { LocalDate } from "../core/local-date.ts";
import { MAX_OFFSET_DAYS } from "../core/reminders/settings.ts";
import { dateColumnToLocalDate, localDateToDateColumn } from "../core/zoned-time.ts";
import type { Db } from "../services/deps.ts";
import type { GroupContext } from "./sweep-context.ts";

export interface TaskRow {
  id: number;
  groupId: number;
  number: number;
  text: string;
  memberId: number;
  dueDate: LocalDate;
}

export async function loadTaskRows(
  db: Db,
  contexts: readonly GroupContext[],
): Promise<Map<number, TaskRow[]>> {
  const result = new Map<number, TaskRow[]>();
  const reminding = contexts.filter((c) => c.settings.reminders.enabled);
  if (reminding.length === 0) return result;
  let dueUntil: LocalDate | undefined;
  for (const c of reminding) {
    const ahead = Math.min(Math.max(0, ...c.settings.reminders.daysBefore), MAX_OFFSET_DAYS);
    // A week more: an offset's day moves back to a working day, never by more than that.
    const until = addDays(c.today, ahead + 7);
    if (!dueUntil || until > dueUntil) dueUntil = until;
  }
  const rows = await db.task.findMany({
    where: {
      groupId: { in: reminding.map((c) => c.group.id) },
      closedAt: null,
      memberId: { not: null },
      dueDate: { not: null, lte: localDateToDateColumn(dueUntil as LocalDate) },
    },
    select: { id: true, groupId: true, number: true, text: true, memberId: true, dueDate: true },
    orderBy: [{ groupId: "asc" }, { number: "asc" }],
  });
  for (const r of rows) {
    if (r.memberId === null || r.dueDate === null) continue;
    const row: TaskRow = {
      id: r.id,
      groupId: r.groupId,
      number: r.number,
      text: r.text,
      memberId: r.memberId,
      dueDate: dateColumnToLocalDate(r.dueDate),
    };
    const list = result.get(r.groupId);
    if (list) list.push(row);
    else result.set(r.groupId, [row]);
  }
  return result;
}
