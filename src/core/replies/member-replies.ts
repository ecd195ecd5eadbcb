// Replies for members and roles: `medlemmar`, `ny medlem`, `ta bort medlem`, `roll`, `koppla ny`, and
// the answers that refuse them, each naming whom to ask.
import type { Messages } from "../../texts/index.ts";
import type { MembershipRefusal } from "../permissions.ts";
import { type Block, type Reply, reply } from "../reply.ts";
import { unchangedReply } from "./no-change-replies.ts";

export interface MemberLine {
  name: string;
  organisation: string | null;
  role: string;
  email: string | null;
  platforms: readonly string[];
  /** The day they left, as the group reads it; absent for a current member. */
  leftOn?: string;
}

/** `medlemmar`: current members with role, organisation and where they are reached; former ones apart. */
export function membersReply(t: Messages, groupName: string, members: readonly MemberLine[]): Reply {
  const m = t.membership;
  const current = members.filter((x) => x.leftOn === undefined);
  const former = members.filter((x) => x.leftOn !== undefined);
  const line = (x: MemberLine) => {
    const where = [
      ...new Set(x.platforms.map((p) => m.platforms[p] ?? p)),
      ...(x.email ? [m.email(x.email)] : []),
    ];
    const who = m.member(x.name, t.role[x.role] ?? x.role, x.organisation ?? undefined);
    return m.withReach(who, where.length ? m.reachedOn(where) : m.notReached);
  };
  const blocks: Block[] = [
    { type: "heading", text: m.heading(groupName) },
    { type: "bullets", items: current.map(line) },
  ];
  if (former.length)
    blocks.push(
      { type: "text", text: m.formerHeading },
      { type: "bullets", items: former.map((x) => m.former(x.name, x.leftOn ?? "")) },
    );
  blocks.push({ type: "note", text: m.privateNote }, { type: "note", text: m.howToChange });
  return reply("info", blocks);
}

function changed(text: string, note?: string, more: string[] = []): Reply {
  return reply(
    "success",
    [
      { type: "text", text },
      ...[note, ...more]
        .filter((n): n is string => Boolean(n))
        .map((n) => ({ type: "note" as const, text: n })),
    ],
    { effect: "changed" },
  );
}

function refused(text: string, hint: string): Reply {
  return reply("error", [
    { type: "text", text },
    { type: "note", text: hint },
  ]);
}

export function memberAddedReply(t: Messages, name: string, organisation?: string, email?: string): Reply {
  const m = t.membership;
  return changed(m.added(name, organisation), email ? m.addedWithEmailNote(name) : m.addedNote(name));
}

export function memberBackReply(t: Messages, name: string): Reply {
  return changed(t.membership.back(name), t.membership.backNote);
}

export function memberExistsReply(t: Messages, name: string): Reply {
  return refused(t.membership.exists(name), t.membership.existsHint);
}

export function emailTakenReply(t: Messages, email: string, owner: string): Reply {
  return refused(t.membership.emailTaken(email, owner), t.membership.emailTakenHint);
}

/** `ownedNumbers`: the activities they still stand as owner of, which the reply asks to hand over. */
export function memberRemovedReply(t: Messages, name: string, ownedNumbers: readonly number[]): Reply {
  const m = t.membership;
  const owned = ownedNumbers.length ? [m.stillOwner(name, m.activities(ownedNumbers))] : [];
  return changed(m.removed(name), m.removedNote(name), owned);
}

export function alreadyFormerReply(t: Messages, name: string): Reply {
  return unchangedReply(t, t.membership.alreadyFormer(name));
}

export function roleChangedReply(t: Messages, name: string, role: string, isChange: boolean): Reply {
  const label = t.role[role] ?? role;
  return isChange
    ? changed(t.membership.roleChanged(name, label))
    : unchangedReply(t, t.membership.roleAlready(name, label));
}

/**
 * Why a member's role may not change or they may not be removed. `ask`: whom to ask, the group's
 * samordnare (or, for what only an admin does, its admins).
 */
export function membershipRefusalReply(
  t: Messages,
  why: MembershipRefusal,
  detail: { action: keyof Messages["membership"]["actions"]; target: string; ask: readonly string[] },
): Reply {
  const m = t.membership;
  switch (why) {
    case "coordinators_only":
      return refused(m.coordinatorsOnly(m.actions[detail.action]), m.askCoordinators(detail.ask));
    case "admins_only":
      return refused(m.adminsOnly, m.askAdmins(detail.ask));
    case "last_coordinator":
      return refused(m.lastCoordinator(detail.target), m.lastCoordinatorHint);
    case "last_admin":
      return refused(m.lastAdmin(detail.target), m.lastAdminHint);
  }
}

/** A former member who writes again: nothing is run, and they are told whom to ask. */
export function formerMemberReply(t: Messages, groupName: string, coordinators: readonly string[]): Reply {
  return refused(t.membership.formerMember(groupName), t.membership.formerMemberHint(coordinators));
}

export function groupCreatedReply(t: Messages, groupName: string): Reply {
  return reply(
    "success",
    [
      { type: "text", text: t.membership.groupCreated(groupName) },
      { type: "note", text: t.membership.groupCreatedNote(groupName) },
    ],
    { visibility: "channel", effect: "changed" },
  );
}

export function groupExistsReply(t: Messages, groupName: string): Reply {
  return refused(t.membership.groupExists(groupName), t.membership.groupExistsHint(groupName));
}

export function newGroupAdminsOnlyReply(t: Messages): Reply {
  return refused(t.membership.newGroupAdminsOnly, t.membership.newGroupAdminsOnlyHint);
}

export function channelTakenReply(t: Messages, groupName: string): Reply {
  return refused(t.membership.channelTaken(groupName), t.membership.channelTakenHint);
}
