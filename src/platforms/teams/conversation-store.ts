// Conversation references: captured on install and on every contact, so that the bot can write first.
// A channel's reference lives with its binding (refreshed, e.g. when Teams moves the serviceUrl); a
// member's 1:1 chat with the bot in PersonalConversation.
import { z } from "zod";
import type { Prisma } from "../../db/generated/client.ts";
import { deactivateBinding, refreshReference } from "../../services/channels.ts";
import type { Db } from "../../services/deps.ts";
import type { TeamsReference } from "./incoming-message.ts";

const referenceSchema = z.object({
  serviceUrl: z.url(),
  tenantId: z.string(),
  conversationId: z.string().min(1),
  conversationType: z.string(),
  botId: z.string().min(1),
  teamId: z.string().optional(),
});

/** A stored reference, or undefined when it is missing or not one of ours. */
export function parseReference(value: unknown): TeamsReference | undefined {
  const parsed = referenceSchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

function json(reference: TeamsReference): Prisma.InputJsonValue {
  return { ...reference };
}

export async function rememberChannel(db: Db, reference: TeamsReference): Promise<void> {
  await refreshReference(
    db,
    { platform: "teams", workspaceId: reference.tenantId, channelId: reference.conversationId },
    json(reference),
  );
}

export async function rememberPersonalChat(db: Db, memberId: number, reference: TeamsReference) {
  await db.personalConversation.upsert({
    where: { memberId_platform: { memberId, platform: "teams" } },
    create: {
      memberId,
      platform: "teams",
      conversationId: reference.conversationId,
      reference: json(reference),
    },
    update: { conversationId: reference.conversationId, reference: json(reference) },
  });
}

/** The bot was uninstalled from a team: every bound channel of that team stops receiving posts. */
export async function forgetTeam(db: Db, tenantId: string, teamId: string, conversationId: string) {
  const bindings = await db.channelBinding.findMany({
    where: {
      platform: "teams",
      workspaceId: tenantId,
      OR: [{ channelId: conversationId }, { reference: { path: ["teamId"], equals: teamId } }],
    },
  });
  for (const b of bindings) await deactivateBinding(db, b);
}

export async function forgetPersonalChat(db: Db, conversationId: string): Promise<void> {
  await db.personalConversation.deleteMany({ where: { platform: "teams", conversationId } });
}
