// What a sweep reads once, in a few bulk queries: every group with its settings, today's date in its
// zone, its active plan, where its channel posts go, and its members' names and pauses.

import type { LocalDate } from "../core/local-date.ts";
import type { OutboxTarget } from "../core/reminders/keys.ts";
import { type GroupSettings, readGroupSettings } from "../core/reminders/settings.ts";
import { dateColumnToLocalDate, localDateAt } from "../core/zoned-time.ts";
import type { GroupRef } from "../services/actor.ts";
import type { Db } from "../services/deps.ts";

export interface GroupContext {
  group: GroupRef;
  settings: GroupSettings;
  /** Today in the group's time zone. */
  today: LocalDate;
  /** The newest active plan, if any. */
  plan?: { id: number; name: string };
  /** One target per active channel binding, or one without a binding (console) when there is none. */
  channelTargets: OutboxTarget[];
}

export interface MemberInfo {
  id: number;
  name: string;
  groupId: number;
  quietUntil?: LocalDate;
}

export async function loadGroupContexts(
  db: Db,
  now: Date,
  onProblem: (groupId: number, problems: string[]) => void,
): Promise<GroupContext[]> {
  const [groups, bindings, plans] = await Promise.all([
    db.group.findMany({
      select: { id: true, name: true, timeZone: true, locale: true, settings: true },
      orderBy: { id: "asc" },
    }),
    db.channelBinding.findMany({
      where: { active: true },
      select: { id: true, groupId: true },
      orderBy: { id: "asc" },
    }),
    db.plan.findMany({
      where: { active: true },
      select: { id: true, name: true, groupId: true },
      orderBy: { id: "asc" },
    }),
  ]);
  const bindingIds = new Map<number, number[]>();
  for (const b of bindings) bindingIds.set(b.groupId, [...(bindingIds.get(b.groupId) ?? []), b.id]);
  const planOf = new Map<number, { id: number; name: string }>();
  for (const p of plans) planOf.set(p.groupId, { id: p.id, name: p.name }); // ascending ids: newest wins
  return groups.map((g) => {
    const { settings, problems } = readGroupSettings(g.settings);
    if (problems.length) onProblem(g.id, problems);
    const ids = bindingIds.get(g.id) ?? [];
    const plan = planOf.get(g.id);
    return {
      // The group's language: every notification it gets is in it.
      group: { id: g.id, name: g.name, timeZone: g.timeZone, locale: g.locale },
      settings,
      today: localDateAt(now, g.timeZone),
      ...(plan ? { plan } : {}),
      channelTargets: (ids.length ? ids : [null]).map((bindingId) => ({
        type: "channel" as const,
        groupId: g.id,
        bindingId,
      })),
    };
  });
}

export async function loadMembers(db: Db, groupIds: readonly number[]): Promise<Map<number, MemberInfo>> {
  const result = new Map<number, MemberInfo>();
  if (groupIds.length === 0) return result;
  const rows = await db.member.findMany({
    // Former members get no reminders, though they may still stand as owners of old activities.
    where: { groupId: { in: groupIds as number[] }, leftAt: null },
    select: { id: true, name: true, groupId: true, quietUntil: true },
  });
  for (const m of rows) {
    result.set(m.id, {
      id: m.id,
      name: m.name,
      groupId: m.groupId,
      ...(m.quietUntil ? { quietUntil: dateColumnToLocalDate(m.quietUntil) } : {}),
    });
  }
  return result;
}
