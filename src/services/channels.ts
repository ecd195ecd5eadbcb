// Channel bindings: which Slack channel or Teams conversation belongs to which group.
import type { ChannelBinding, Prisma } from "../db/generated/client.ts";
import type { GroupRef } from "./actor.ts";
import type { Db } from "./deps.ts";

export interface ChannelAddress {
  /** A Platform; as read back from a binding, the text stored there. */
  platform: string;
  /** Slack team id, Teams tenant id, or "" where the platform has none. */
  workspaceId: string;
  channelId: string;
}

/** Only the address fields: callers often pass a whole incoming message. */
const addressOf = (a: ChannelAddress): ChannelAddress => ({
  platform: a.platform,
  workspaceId: a.workspaceId,
  channelId: a.channelId,
});

const key = (a: ChannelAddress) => ({
  platform_workspaceId_channelId: {
    platform: a.platform,
    workspaceId: a.workspaceId,
    channelId: a.channelId,
  },
});

/** The group an active binding points to, or null when the channel is not bound (or no longer). */
export async function boundGroup(db: Db, address: ChannelAddress): Promise<GroupRef | null> {
  const binding = await db.channelBinding.findUnique({
    where: key(address),
    include: { group: { select: { id: true, name: true, timeZone: true, locale: true } } },
  });
  return binding?.active ? binding.group : null;
}

export async function bindChannel(
  db: Db,
  address: ChannelAddress,
  group: GroupRef,
  reference: Prisma.InputJsonValue = {},
): Promise<ChannelBinding> {
  return db.channelBinding.upsert({
    where: key(address),
    create: { ...addressOf(address), groupId: group.id, reference, active: true },
    update: { groupId: group.id, reference, active: true },
  });
}

/** Keeps the platform data needed to post later up to date (e.g. a Teams serviceUrl that moved). */
export async function refreshReference(db: Db, address: ChannelAddress, reference: Prisma.InputJsonValue) {
  await db.channelBinding.updateMany({ where: addressOf(address), data: { reference } });
}

/** The bot was removed or the channel deleted: stop posting there until someone binds it again. */
export async function deactivateBinding(db: Db, address: ChannelAddress): Promise<void> {
  await db.channelBinding.updateMany({ where: addressOf(address), data: { active: false } });
}

export async function activeBindings(db: Db, groupId: number): Promise<ChannelBinding[]> {
  return db.channelBinding.findMany({ where: { groupId, active: true }, orderBy: { id: "asc" } });
}
