// `medlemmar`, `ny medlem`, `ta bort medlem` and `roll`. Who may do what is core/permissions.ts's
// `membershipRefusal`; the role it is checked against is read again here, so a role changed a moment
// ago elsewhere counts at once. Every refusal names whom to ask.

import { membershipRefusal } from "../../core/permissions.ts";
import {
  alreadyFormerReply,
  emailTakenReply,
  formerMemberReply,
  memberAddedReply,
  memberBackReply,
  memberExistsReply,
  memberRemovedReply,
  membershipRefusalReply,
  membersReply,
  roleChangedReply,
} from "../../core/replies/member-replies.ts";
import { localDateAt } from "../../core/zoned-time.ts";
import type { Role } from "../../db/generated/client.ts";
import type { Messages } from "../../texts/index.ts";
import { findMemberByQuery } from "../members.ts";
import {
  adminNames,
  coordinatorNames,
  groupMembers,
  memberNamed,
  otherCoordinators,
  ownedActivityNumbers,
} from "../membership.ts";
import type { Handler, HandlerEnv } from "./handler.ts";

async function myRole(env: HandlerEnv): Promise<Role> {
  const me = await env.db.member.findUnique({
    where: { id: env.ctx.actor.memberId },
    select: { role: true },
  });
  return me?.role ?? env.ctx.actor.role;
}

function log(env: HandlerEnv, change: Record<string, unknown>): void {
  env.deps.logger.info(
    { group: env.ctx.group.id, member: env.ctx.actor.memberId, change },
    "members changed",
  );
}

async function refuseUnlessCoordinator(env: HandlerEnv, action: keyof Messages["membership"]["actions"]) {
  const role = await myRole(env);
  if (role === "samordnare" || role === "admin") return { role };
  const ask = await coordinatorNames(env.db, env.ctx.group.id);
  return { refusal: membershipRefusalReply(env.texts, "coordinators_only", { action, target: "", ask }) };
}

export const listMembers: Handler<"members"> = async (_cmd, env) => {
  const members = await groupMembers(env.db, env.ctx.group.id);
  const tz = env.ctx.group.timeZone;
  return membersReply(
    env.texts,
    env.ctx.group.name,
    members.map((m) => ({
      name: m.name,
      organisation: m.organisation,
      role: m.role,
      email: m.email,
      platforms: m.platforms,
      ...(m.leftAt ? { leftOn: env.texts.dates.date(localDateAt(m.leftAt, tz)) } : {}),
    })),
  );
};

export const addMember: Handler<"member_add"> = async (cmd, env) => {
  const { db } = env;
  const groupId = env.ctx.group.id;
  const allowed = await refuseUnlessCoordinator(env, "add");
  if (allowed.refusal) return allowed.refusal;
  const same = await memberNamed(db, groupId, cmd.name);
  if (same && same.leftAt === null) return memberExistsReply(env.texts, same.name);
  if (cmd.email) {
    const owner = await db.member.findFirst({
      where: {
        groupId,
        email: { equals: cmd.email, mode: "insensitive" },
        ...(same ? { id: { not: same.id } } : {}),
      },
    });
    if (owner) return emailTakenReply(env.texts, cmd.email, owner.name);
  }
  if (same) {
    // A former member of that name comes back, with their history; what was typed now is kept.
    await db.member.update({
      where: { id: same.id },
      data: {
        leftAt: null,
        role: "medlem",
        ...(cmd.organisation ? { organisation: cmd.organisation } : {}),
        ...(cmd.email ? { email: cmd.email } : {}),
      },
    });
    log(env, { type: "back", member: same.id });
    return memberBackReply(env.texts, same.name);
  }
  const created = await db.member.create({
    data: {
      groupId,
      name: cmd.name,
      organisation: cmd.organisation ?? null,
      email: cmd.email ?? null,
      role: "medlem",
      createdAt: env.now,
    },
  });
  log(env, { type: "added", member: created.id });
  return memberAddedReply(env.texts, created.name, cmd.organisation, cmd.email);
};

export const removeMember: Handler<"member_remove"> = async (cmd, env) => {
  const { db } = env;
  const groupId = env.ctx.group.id;
  const allowed = await refuseUnlessCoordinator(env, "remove");
  if (allowed.refusal) return allowed.refusal;
  const target = await findMemberByQuery(db, groupId, cmd.person, { former: true });
  if (target.leftAt) return alreadyFormerReply(env.texts, target.name);
  const others = await otherCoordinators(db, groupId, target.id);
  const why = membershipRefusal(allowed.role, target.role, null, others);
  if (why) {
    const ask = why === "admins_only" ? await adminNames(db, groupId) : await coordinatorNames(db, groupId);
    return membershipRefusalReply(env.texts, why, { action: "remove", target: target.name, ask });
  }
  await db.member.update({ where: { id: target.id }, data: { leftAt: env.now } });
  log(env, { type: "removed", member: target.id });
  return memberRemovedReply(env.texts, target.name, await ownedActivityNumbers(db, groupId, target.id));
};

export const setRole: Handler<"member_role"> = async (cmd, env) => {
  const { db } = env;
  const groupId = env.ctx.group.id;
  const allowed = await refuseUnlessCoordinator(env, "role");
  if (allowed.refusal) return allowed.refusal;
  const target = await findMemberByQuery(db, groupId, cmd.person);
  if (target.role === cmd.role) return roleChangedReply(env.texts, target.name, cmd.role, false);
  const others = await otherCoordinators(db, groupId, target.id);
  const why = membershipRefusal(allowed.role, target.role, cmd.role, others);
  if (why) {
    const ask = why === "admins_only" ? await adminNames(db, groupId) : await coordinatorNames(db, groupId);
    return membershipRefusalReply(env.texts, why, { action: "role", target: target.name, ask });
  }
  await db.member.update({ where: { id: target.id }, data: { role: cmd.role } });
  log(env, { type: "role", member: target.id, from: target.role, to: cmd.role });
  return roleChangedReply(env.texts, target.name, cmd.role, true);
};

/** What a former member is told, whatever they typed. */
export async function formerMember(env: HandlerEnv) {
  return formerMemberReply(env.texts, env.ctx.group.name, await coordinatorNames(env.db, env.ctx.group.id));
}
