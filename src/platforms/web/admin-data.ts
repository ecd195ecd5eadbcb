// What the signed-in pages read: the active plan with every field `ändra` changes, a member's own
// activities, the group's plans and its publishing settings. Writes never happen here: every change
// goes through the door as a typed command.
import type { ActivityStatus } from "../../core/activity-status.ts";
import type { Party } from "../../core/command.ts";
import type { Db } from "../../services/deps.ts";

export interface AdminActivity {
  number: number;
  title: string;
  description: string | null;
  principle: string | null;
  party: Party;
  commitment: string | null;
  responsibleOrg: string | null;
  commissioner: string | null;
  partners: string | null;
  followUp: string | null;
  /** YYYY-MM-DD */
  dueDate: string | null;
  status: ActivityStatus;
  owners: string[];
}

export interface AdminPlan {
  id: number;
  name: string;
  principles: string[];
  activities: AdminActivity[];
}

const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

/** The group's active plan (the newest active one, as chat uses), or null when it has none. */
export async function readAdminPlan(db: Db, groupId: number, onlyOwner?: number): Promise<AdminPlan | null> {
  const plan = await db.plan.findFirst({
    where: { groupId, active: true },
    orderBy: { id: "desc" },
    select: { id: true, name: true, principles: { select: { name: true }, orderBy: { position: "asc" } } },
  });
  if (!plan) return null;
  const rows = await db.activity.findMany({
    where: { planId: plan.id, ...(onlyOwner ? { owners: { some: { memberId: onlyOwner } } } : {}) },
    orderBy: { number: "asc" },
    include: {
      principle: { select: { name: true } },
      owners: { select: { member: { select: { name: true } } } },
    },
  });
  return {
    id: plan.id,
    name: plan.name,
    principles: plan.principles.map((p) => p.name),
    activities: rows.map((a) => ({
      number: a.number,
      title: a.title,
      description: a.description,
      principle: a.principle?.name ?? null,
      party: a.party,
      commitment: a.commitment,
      responsibleOrg: a.responsibleOrg,
      commissioner: a.commissioner,
      partners: a.partners,
      followUp: a.followUp,
      dueDate: day(a.dueDate),
      status: a.status,
      owners: a.owners.map((o) => o.member.name).sort(),
    })),
  };
}

export interface AdminPlanPeriod {
  name: string;
  from: string | null;
  to: string | null;
  active: boolean;
}

export async function readPlanPeriods(db: Db, groupId: number): Promise<AdminPlanPeriod[]> {
  const plans = await db.plan.findMany({
    where: { groupId },
    orderBy: [{ periodFrom: "asc" }, { id: "asc" }],
  });
  return plans.map((p) => ({ name: p.name, from: day(p.periodFrom), to: day(p.periodTo), active: p.active }));
}

export interface PublishingSettings {
  published: boolean;
  showNames: boolean;
  contact: string | null;
}

export async function readPublishing(db: Db, groupId: number): Promise<PublishingSettings> {
  const g = await db.group.findUniqueOrThrow({ where: { id: groupId } });
  return { published: g.webPublished, showNames: g.webShowNames, contact: g.webContact };
}
