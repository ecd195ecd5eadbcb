// Members: who is typing (resolved from the identities a surface knows them by) and who is meant by a
// name in a command.
import { DomainError } from "../core/domain-error.ts";
import { normalizeForMatch } from "../core/normalize-text.ts";
import { matchPerson } from "../core/person-match.ts";
import type { Platform } from "../core/platform.ts";
import type { Member, MemberIdentity, Prisma, Role } from "../db/generated/client.ts";
import { textsFor } from "../texts/index.ts";
import type { Actor, GroupRef } from "./actor.ts";
import type { Db } from "./deps.ts";

/** One id a surface knows a person by (a row of member_identities without its member). */
export interface ExternalId {
  /** "slack", "teams", "teams-aad", …: whatever the surface calls this kind of id. */
  platform: string;
  /** Slack team id, Teams tenant id; "" where the surface has none. */
  workspaceId: string;
  externalId: string;
}

export interface Identity {
  /** The surface the person is writing from. */
  platform: Platform;
  /** The surface's own user id (for answering them there, and LOK_ADMINS); for the console the typed name. */
  userId?: string;
  /** What the member is found by and linked to, the most dependable first. */
  ids: readonly ExternalId[];
  email?: string;
  name?: string;
  /** The person is whoever they name (the console, run by whoever holds the machine): found by name too. */
  byName?: boolean;
}

/** `LOK_ADMINS`: platform user ids or e-mail addresses, compared case-insensitively. */
export function isListedAdmin(identity: Identity, admins: readonly string[]): boolean {
  const keys = [identity.userId, ...identity.ids.map((id) => id.externalId), identity.email]
    .filter((k): k is string => Boolean(k))
    .map((k) => k.toLowerCase());
  return admins.some((a) => keys.includes(a.toLowerCase()));
}

/**
 * Rows that stand for these ids. An id moved from before workspaces were kept has workspace "" and
 * matches in any workspace, until the person is seen again and it learns its own.
 */
export function identityFilters(ids: readonly ExternalId[]): Prisma.MemberIdentityWhereInput[] {
  return ids.map(({ platform, workspaceId, externalId }) => ({
    platform,
    externalId,
    workspaceId: { in: [...new Set([workspaceId, ""])] },
  }));
}

function toActor(member: Pick<Member, "id" | "name" | "role" | "leftAt">): Actor {
  return {
    memberId: member.id,
    name: member.name,
    role: member.role,
    ...(member.leftAt ? { former: true as const } : {}),
  };
}

const sameId = (row: ExternalId, id: ExternalId, workspaceId = id.workspaceId) =>
  row.platform === id.platform && row.externalId === id.externalId && row.workspaceId === workspaceId;

type IdentityRow = MemberIdentity & { member: Member };

/** The first of the ids (in the identity's order) that names a member, its own workspace before "". */
function firstNamed(rows: readonly IdentityRow[], ids: readonly ExternalId[]): Member | undefined {
  for (const id of ids) {
    const row = rows.find((r) => sameId(r, id)) ?? rows.find((r) => sameId(r, id, ""));
    if (row) return row.member;
  }
  return undefined;
}

async function findByIdentity(
  db: Db,
  groupId: number,
  identity: Identity,
  rows: readonly IdentityRow[],
): Promise<Member | null> {
  const byId = firstNamed(rows, identity.ids);
  if (byId) return byId;
  const { email } = identity;
  if (email) {
    const m = await db.member.findFirst({
      where: { groupId, email: { equals: email, mode: "insensitive" } },
    });
    if (m) return m;
  }
  if (identity.byName && (identity.userId ?? identity.name)) {
    const wanted = normalizeForMatch(identity.userId ?? identity.name ?? "");
    // A current member before a former one of the same name.
    const members = await db.member.findMany({
      where: { groupId },
      orderBy: [{ leftAt: { sort: "desc", nulls: "first" } }, { id: "asc" }],
    });
    return (
      members.find(
        (m) => normalizeForMatch(m.name) === wanted || normalizeForMatch(m.email ?? "") === wanted,
      ) ?? null
    );
  }
  return null;
}

/**
 * Links the ids the member does not have yet. An id already linked to someone else in the group stays
 * theirs; one moved without its workspace learns it. Concurrent links of the same id meet the key and
 * skip (ON CONFLICT DO NOTHING).
 */
async function linkIds(db: Db, member: Member, ids: readonly ExternalId[], rows: readonly IdentityRow[]) {
  const missing: ExternalId[] = [];
  for (const id of ids) {
    if (rows.some((r) => sameId(r, id))) continue;
    const moved = rows.find((r) => sameId(r, id, ""));
    if (!moved) missing.push(id);
    else if (moved.memberId === member.id)
      await db.memberIdentity.updateMany({
        where: { groupId: member.groupId, platform: id.platform, workspaceId: "", externalId: id.externalId },
        data: { workspaceId: id.workspaceId },
      });
  }
  if (missing.length)
    await db.memberIdentity.createMany({
      data: missing.map((id) => ({ ...id, groupId: member.groupId, memberId: member.id })),
      skipDuplicates: true,
    });
}

/**
 * The member behind a platform identity, created as `medlem` on first contact. A match by e-mail
 * links the surface's ids, so the next lookup is direct. `LOK_ADMINS` makes (and keeps) someone admin.
 * A former member stays former (the actor says so, and the executor answers whom to ask), except one
 * that LOK_ADMINS names: whoever runs the bot is never locked out of it, so they are a member again.
 * Two first contacts at once both create a member; the second one's identities meet the first one's
 * key, its member is not kept, and the caller looks again (a conflict error).
 */
export async function resolveMember(
  db: Db,
  group: GroupRef,
  identity: Identity,
  admins: readonly string[],
): Promise<Actor> {
  const admin = isListedAdmin(identity, admins);
  const rows = identity.ids.length
    ? await db.memberIdentity.findMany({
        where: { groupId: group.id, OR: identityFilters(identity.ids) },
        include: { member: true },
      })
    : [];
  const existing = await findByIdentity(db, group.id, identity, rows);
  if (existing) {
    await linkIds(db, existing, identity.ids, rows);
    const role: Role = admin ? "admin" : existing.role;
    const email = identity.email && !existing.email ? identity.email : undefined;
    const back = admin && existing.leftAt !== null;
    if (role !== existing.role || email || back) {
      const updated = await db.member.update({
        where: { id: existing.id },
        data: { role, ...(email ? { email } : {}), ...(back ? { leftAt: null } : {}) },
      });
      return toActor(updated);
    }
    return toActor(existing);
  }
  // Someone the platform gave no name, address or id: named in the group's language.
  const name =
    identity.name?.trim() || identity.email || identity.userId || textsFor(group.locale).members.unknownName;
  const created = await db.member.create({
    data: {
      groupId: group.id,
      name,
      email: identity.email ?? null,
      role: admin ? "admin" : "medlem",
      identities: { create: identity.ids.map((id) => ({ ...id })) },
    },
  });
  return toActor(created);
}

/** A mention as Slack writes it, `<@U123>` or `<@U123|name>`. */
const MENTION = /^<@([A-Z0-9]+)(?:\|[^>]*)?>$/i;

/**
 * The member meant by `query` in a command: a mention of someone's id, or a name or e-mail address as
 * core/person-match.ts reads it (hyphenated first names included). Former members only with `former`
 * (taking someone off an activity, removing a member): nobody gives a former member new work.
 */
export async function findMemberByQuery(
  db: Db,
  groupId: number,
  query: string,
  options: { former?: boolean } = {},
): Promise<Member> {
  const q = query.trim();
  const current = options.former ? {} : { leftAt: null };
  const mention = MENTION.exec(q);
  if (mention) {
    const found = await db.memberIdentity.findFirst({
      where: { groupId, externalId: mention[1], member: current },
      include: { member: true },
      orderBy: { createdAt: "asc" },
    });
    if (found) return found.member;
  }
  const members = await db.member.findMany({ where: { groupId, ...current }, orderBy: { name: "asc" } });
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
