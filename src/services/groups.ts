// Finding a group and its current handlingsplan.
import { z } from "zod";
import type { Party } from "../core/command.ts";
import { DomainError } from "../core/domain-error.ts";
import { normalizeForMatch } from "../core/normalize-text.ts";
import type { GroupRef } from "./actor.ts";
import type { Db } from "./deps.ts";

/** The group called `query` (case- and diacritic-insensitive), or the only/first group when none is named. */
export async function findGroup(db: Db, query?: string): Promise<GroupRef> {
  const groups = await db.group.findMany({
    orderBy: { id: "asc" },
    select: { id: true, name: true, timeZone: true, locale: true },
  });
  if (groups.length === 0) throw new DomainError({ code: "no_group" });
  if (!query?.trim()) return groups[0] as GroupRef;
  const wanted = normalizeForMatch(query.trim());
  const exact = groups.find((g) => normalizeForMatch(g.name) === wanted);
  const partial = groups.filter((g) => normalizeForMatch(g.name).includes(wanted));
  const found = exact ?? (partial.length === 1 ? partial[0] : undefined);
  if (!found) throw new DomainError({ code: "group_not_found", query, groups: groups.map((g) => g.name) });
  return found;
}

export interface PlanRef {
  id: number;
  name: string;
  /** The plan's own heading for a party's activities, when its file had one. */
  sectionHeadings?: SectionHeadings;
}

export type SectionHeadings = Partial<Record<Party, string>>;

const SECTION_HEADINGS = z
  .object({ stad: z.string(), civilsamhalle: z.string(), gemensamt: z.string() })
  .partial();

/** The stored `plans.section_headings`; anything else (null, an older shape) as none. */
export function readSectionHeadings(value: unknown): SectionHeadings {
  const parsed = SECTION_HEADINGS.safeParse(value);
  return parsed.success ? parsed.data : {};
}

/** The group's active plan (the newest one if several are active). */
export async function activePlan(db: Db, group: GroupRef): Promise<PlanRef> {
  const plan = await db.plan.findFirst({
    where: { groupId: group.id, active: true },
    orderBy: { id: "desc" },
    select: { id: true, name: true, sectionHeadings: true },
  });
  if (!plan) throw new DomainError({ code: "no_plan", groupName: group.name });
  return { id: plan.id, name: plan.name, sectionHeadings: readSectionHeadings(plan.sectionHeadings) };
}
