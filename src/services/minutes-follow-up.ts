// What the next agenda says about the previous meeting's minutes: whether they are final, and the
// tasks given there that are still open. One meeting for `agenda`, many at once for a sweep.
import type { LocalDate } from "../core/local-date.ts";
import type { MinutesTask } from "../core/minutes.ts";
import { localDateAt } from "../core/zoned-time.ts";
import type { GroupRef } from "./actor.ts";
import type { Db } from "./deps.ts";

export interface MinutesFollowUp {
  previousMinutes?: { finalisedOn: LocalDate };
  openTasks: MinutesTask[];
}

const dateOf = (d: Date | null): LocalDate | undefined => (d ? d.toISOString().slice(0, 10) : undefined);

export async function previousMinutesFollowUps(
  db: Pick<Db, "meetingMinutes" | "task">,
  previous: readonly { id: number; timeZone: string }[],
): Promise<Map<number, MinutesFollowUp>> {
  const ids = previous.map((p) => p.id);
  const result = new Map<number, MinutesFollowUp>(ids.map((id) => [id, { openTasks: [] }]));
  if (ids.length === 0) return result;
  const [minutes, tasks] = await Promise.all([
    db.meetingMinutes.findMany({ where: { meetingId: { in: ids }, state: "final" } }),
    db.task.findMany({ where: { meetingId: { in: ids }, closedAt: null }, orderBy: { number: "asc" } }),
  ]);
  const zone = new Map(previous.map((p) => [p.id, p.timeZone]));
  for (const m of minutes) {
    const entry = result.get(m.meetingId);
    if (entry && m.finalisedAt)
      entry.previousMinutes = { finalisedOn: localDateAt(m.finalisedAt, zone.get(m.meetingId) ?? "UTC") };
  }
  for (const t of tasks) {
    const due = dateOf(t.dueDate);
    result.get(t.meetingId as number)?.openTasks.push({
      number: t.number,
      person: t.personName,
      text: t.text,
      ...(due ? { due } : {}),
    });
  }
  return result;
}

export async function previousMinutesFollowUp(
  db: Pick<Db, "meetingMinutes" | "task">,
  group: GroupRef,
  previous: { id: number },
): Promise<MinutesFollowUp> {
  const all = await previousMinutesFollowUps(db, [{ id: previous.id, timeZone: group.timeZone }]);
  return all.get(previous.id) ?? { openTasks: [] };
}
