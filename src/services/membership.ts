// The group's members as coordinators manage them from chat: who is in it, who coordinates it, and the
// rows `ny medlem`, `ta bort medlem` and `roll` change. A former member (left_at set) keeps their
// history (status updates, agenda points, owners of old activities) and is left out everywhere work
// is handed out: reminders, new owners, the coordinators named in replies.
import { normalizeForMatch } from "../core/normalize-text.ts";
import type { Member, Role } from "../db/generated/client.ts";
import type { Db } from "./deps.ts";

export interface MemberEntry {
  id: number;
  name: string;
  organisation: string | null;
  role: Role;
  email: string | null;
  /** The surfaces the member has an identity on ("slack", "teams", …), each once. */
  platforms: string[];
  leftAt: Date | null;
}

const ROLE_ORDER: Record<Role, number> = { admin: 0, samordnare: 1, medlem: 2 };

/** Everyone who is or was in the group: admins, samordnare, then medlemmar, each by name. */
export async function groupMembers(db: Db, groupId: number): Promise<MemberEntry[]> {
  const rows = await db.member.findMany({
    where: { groupId },
    include: { identities: { select: { platform: true }, orderBy: { createdAt: "asc" } } },
    orderBy: { name: "asc" },
  });
  return rows
    .map((m) => ({
      id: m.id,
      name: m.name,
      organisation: m.organisation,
      role: m.role,
      email: m.email,
      platforms: [...new Set(m.identities.map((i) => i.platform))],
      leftAt: m.leftAt,
    }))
    .sort((a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role]);
}

/** The names a refusal tells the person to ask: the current samordnare, or the admins when there are none. */
export async function coordinatorNames(db: Db, groupId: number): Promise<string[]> {
  const rows = await db.member.findMany({
    where: { groupId, leftAt: null, role: { in: ["samordnare", "admin"] } },
    select: { name: true, role: true },
    orderBy: { name: "asc" },
  });
  const samordnare = rows.filter((r) => r.role === "samordnare");
  return (samordnare.length ? samordnare : rows).map((r) => r.name);
}

export async function adminNames(db: Db, groupId: number): Promise<string[]> {
  const rows = await db.member.findMany({
    where: { groupId, leftAt: null, role: "admin" },
    select: { name: true },
    orderBy: { name: "asc" },
  });
  return rows.map((r) => r.name);
}

/** The group's current samordnare and admins, and its admins, other than `memberId`. */
export async function otherCoordinators(
  db: Db,
  groupId: number,
  memberId: number,
): Promise<{ coordinators: number; admins: number }> {
  const rows = await db.member.findMany({
    where: { groupId, leftAt: null, role: { in: ["samordnare", "admin"] }, id: { not: memberId } },
    select: { role: true },
  });
  return { coordinators: rows.length, admins: rows.filter((r) => r.role === "admin").length };
}

/** A member, current or former, whose name is `name` as names are compared (case and diacritics folded). */
export async function memberNamed(db: Db, groupId: number, name: string): Promise<Member | undefined> {
  const wanted = normalizeForMatch(name).replace(/\s+/g, " ");
  const rows = await db.member.findMany({ where: { groupId }, orderBy: [{ leftAt: "desc" }, { id: "asc" }] });
  return (
    rows.find((m) => m.leftAt === null && normalizeForMatch(m.name).replace(/\s+/g, " ") === wanted) ??
    rows.find((m) => normalizeForMatch(m.name).replace(/\s+/g, " ") === wanted)
  );
}

/** The numbers of the activities in the group's active plans that the member still stands as owner of. */
export async function ownedActivityNumbers(db: Db, groupId: number, memberId: number): Promise<number[]> {
  const rows = await db.activityOwner.findMany({
    where: { memberId, activity: { plan: { groupId, active: true } } },
    select: { activity: { select: { number: true } } },
  });
  return [...new Set(rows.map((r) => r.activity.number))].sort((a, b) => a - b);
}
