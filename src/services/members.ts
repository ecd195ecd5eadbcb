// Members: who is typing (resolved from a platform identity) and who is meant by a name in a command.
import { DomainError } from "../core/domain-error.ts";
import { normalizeForMatch } from "../core/normalize-text.ts";
import { matchPerson } from "../core/person-match.ts";
import type { Member, Platform, Role } from "../db/generated/client.ts";
import type { Actor, GroupRef } from "./actor.ts";
import type { Db } from "./deps.ts";

export interface Identity {
  platform: Platform;
  /** Slack user id, Teams user id; for the console the typed name. */
  userId?: string;
  aadObjectId?: string;
  email?: string;
  name?: string;
}

/** `LOK_ADMINS`: platform user ids or e-mail addresses, compared case-insensitively. */
export function isListedAdmin(identity: Identity, admins: readonly string[]): boolean {
  const keys = [identity.userId, identity.aadObjectId, identity.email]
    .filter((k): k is string => Boolean(k))
    .map((k) => k.toLowerCase());
  return admins.some((a) => keys.includes(a.toLowerCase()));
}

function toActor(member: Pick<Member, "id" | "name" | "role">): Actor {
  return { memberId: member.id, name: member.name, role: member.role };
}

async function findByIdentity(db: Db, groupId: number, identity: Identity): Promise<Member | null> {
  const { platform, userId, aadObjectId, email } = identity;
  if (platform === "slack" && userId) {
    const m = await db.member.findUnique({
      where: { groupId_slackUserId: { groupId, slackUserId: userId } },
    });
    if (m) return m;
  }
  if (platform === "teams" && aadObjectId) {
    const m = await db.member.findUnique({ where: { groupId_aadObjectId: { groupId, aadObjectId } } });
    if (m) return m;
  }
  if (platform === "teams" && userId) {
    const m = await db.member.findUnique({
      where: { groupId_teamsUserId: { groupId, teamsUserId: userId } },
    });
    if (m) return m;
  }
  if (email) {
    const m = await db.member.findFirst({
      where: { groupId, email: { equals: email, mode: "insensitive" } },
    });
    if (m) return m;
  }
  if (platform === "console" && (userId ?? identity.name)) {
    const wanted = normalizeForMatch(userId ?? identity.name ?? "");
    const members = await db.member.findMany({ where: { groupId } });
    return (
      members.find(
        (m) => normalizeForMatch(m.name) === wanted || normalizeForMatch(m.email ?? "") === wanted,
      ) ?? null
    );
  }
  return null;
}

/**
 * The member behind a platform identity, created as `medlem` on first contact. A match by e-mail
 * records the platform id, so the next lookup is direct. `LOK_ADMINS` makes (and keeps) someone admin.
 */
export async function resolveMember(
  db: Db,
  group: GroupRef,
  identity: Identity,
  admins: readonly string[],
): Promise<Actor> {
  const admin = isListedAdmin(identity, admins);
  const ids = {
    ...(identity.platform === "slack" && identity.userId ? { slackUserId: identity.userId } : {}),
    ...(identity.platform === "teams" && identity.userId ? { teamsUserId: identity.userId } : {}),
    ...(identity.aadObjectId ? { aadObjectId: identity.aadObjectId } : {}),
  };
  const existing = await findByIdentity(db, group.id, identity);
  if (existing) {
    const role: Role = admin ? "admin" : existing.role;
    const needsIds = Object.entries(ids).some(([k, v]) => existing[k as keyof typeof ids] !== v);
    if (role !== existing.role || needsIds || (identity.email && !existing.email)) {
      const updated = await db.member.update({
        where: { id: existing.id },
        data: { role, ...ids, ...(identity.email && !existing.email ? { email: identity.email } : {}) },
      });
      return toActor(updated);
    }
    return toActor(existing);
  }
  const name = identity.name?.trim() || identity.email || identity.userId || "Okänd medlem";
  const created = await db.member.create({
    data: {
      groupId: group.id,
      name,
      email: identity.email ?? null,
      role: admin ? "admin" : "medlem",
      ...ids,
    },
  });
  return toActor(created);
}

const SLACK_MENTION = /^<@([A-Z0-9]+)(?:\|[^>]*)?>$/i;

/**
 * The member meant by `query` in a command: a Slack mention, or a name or e-mail address as
 * core/person-match.ts reads it (hyphenated first names included).
 */
export async function findMemberByQuery(db: Db, groupId: number, query: string): Promise<Member> {
  const q = query.trim();
  const members = await db.member.findMany({ where: { groupId }, orderBy: { name: "asc" } });
  const mention = SLACK_MENTION.exec(q);
  if (mention) {
    const found = members.find((m) => m.slackUserId === mention[1]);
    if (found) return found;
  }
  const match = matchPerson(q, members);
  if (match.kind === "one") return match.person;
  if (match.kind === "many")
    throw new DomainError({
      code: "member_ambiguous",
      query: q,
      candidates: match.candidates.map((m) => m.name),
    });
  throw new DomainError({
    code: "member_not_found",
    query: q,
    suggestions: match.suggestions.map((m) => m.name),
  });
}
