// Reading and changing a group's reminder settings (Group.settings) and a member's own pause (`tyst`).
import { isDeepStrictEqual } from "node:util";
import type { LocalDate } from "../core/local-date.ts";
import {
  applySettingsChange,
  type GroupSettings,
  readGroupSettings,
  type SettingsChange,
} from "../core/reminders/settings.ts";
import { dateColumnToLocalDate, localDateToDateColumn } from "../core/zoned-time.ts";
import type { Prisma } from "../db/generated/client.ts";
import { lockGroup } from "../db/sql/groups.ts";
import type { GroupRef } from "./actor.ts";
import type { Db } from "./deps.ts";

export async function groupSettings(db: Db, group: Pick<GroupRef, "id">): Promise<GroupSettings> {
  const row = await db.group.findUniqueOrThrow({ where: { id: group.id }, select: { settings: true } });
  return readGroupSettings(row.settings).settings;
}

/**
 * Applies one change, holding the group's row while it is read and written back, so two coordinators
 * changing different settings at once both keep their change. A change to what the settings already
 * are writes nothing (`changed` is false). Call inside a transaction (every write command runs in its
 * delivery's).
 */
export async function changeGroupSettings(
  db: Db,
  group: Pick<GroupRef, "id">,
  change: SettingsChange,
): Promise<{ settings: GroupSettings; changed: boolean }> {
  await lockGroup(db, group.id);
  const current = await groupSettings(db, group);
  const next = applySettingsChange(current, change);
  if (isDeepStrictEqual(current, next)) return { settings: current, changed: false };
  await db.group.update({
    where: { id: group.id },
    data: { settings: next as unknown as Prisma.InputJsonValue },
  });
  return { settings: next, changed: true };
}

export async function quietUntil(db: Db, memberId: number): Promise<LocalDate | undefined> {
  const m = await db.member.findUniqueOrThrow({ where: { id: memberId }, select: { quietUntil: true } });
  return m.quietUntil ? dateColumnToLocalDate(m.quietUntil) : undefined;
}

export async function setQuietUntil(db: Db, memberId: number, until: LocalDate | null): Promise<void> {
  await db.member.update({
    where: { id: memberId },
    data: { quietUntil: until === null ? null : localDateToDateColumn(until) },
  });
}
