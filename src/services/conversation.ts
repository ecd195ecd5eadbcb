// A message from a chat platform, from channel to reply: which group the channel belongs to, who is
// typing, and the command. Slack and Teams adapters call `handle`; they only translate payloads.
import { LRUCache } from "lru-cache";
import type { Command } from "../core/command.ts";
import { DomainError } from "../core/domain-error.ts";
import { parseErrorReply } from "../core/error-reply.ts";
import { cleanIncomingText } from "../core/incoming-text.ts";
import { parseCommand } from "../core/parse-command.ts";
import { channelAlreadyBoundReply, channelBoundReply } from "../core/replies/bind-replies.ts";
import { helpReply } from "../core/replies/help-reply.ts";
import type { Reply } from "../core/reply.ts";
import { localDateAt } from "../core/zoned-time.ts";
import type { Prisma } from "../db/generated/client.ts";
import type { CommandContext, GroupRef } from "./actor.ts";
import { bindChannel, boundGroup, type ChannelAddress } from "./channels.ts";
import { isConflict, onceForDelivery } from "./deliveries.ts";
import type { ServiceDeps } from "./deps.ts";
import type { CommandExecutor } from "./execute-command.ts";
import { findGroup } from "./groups.ts";
import { type Identity, isListedAdmin, resolveMember } from "./members.ts";

const DEFAULT_TIME_ZONE = "Europe/Stockholm";

type BindCommand = Extract<Command, { kind: "bind" }>;
export const CONTEXT_TTL_MS = 10_000;

export interface IncomingMessage extends ChannelAddress {
  /** A personal (1:1) chat has no binding: the member's own group is used. */
  conversationType: "channel" | "personal";
  identity: Identity;
  text: string;
  idempotencyKey: string;
  /** Platform data needed to post to this conversation later (stored with the binding). */
  reference?: Prisma.InputJsonValue;
}

export interface Conversation {
  /** Parses and answers one message. Never throws: failures become polite replies. */
  handle(message: IncomingMessage): Promise<Reply>;
  /** Executes an already typed command (a button press) in the message's channel. */
  handleCommand(message: Omit<IncomingMessage, "text">, command: Command): Promise<Reply>;
  /** The group and member behind a message, or the reply that explains why there is none. */
  context(
    message: Omit<IncomingMessage, "text">,
  ): Promise<{ ok: true; ctx: CommandContext } | { ok: false; reply: Reply }>;
}

export function createConversation(
  deps: ServiceDeps,
  executor: CommandExecutor,
  admins: readonly string[],
): Conversation {
  const { prisma } = deps;

  async function groupFor(message: Omit<IncomingMessage, "text">): Promise<GroupRef | null> {
    const bound = await boundGroup(prisma, message);
    if (bound || message.conversationType === "channel") return bound;
    // A personal chat: the group where this person is a member, or the only group there is.
    const groups = await prisma.group.findMany({
      select: { id: true, name: true, timeZone: true },
      orderBy: { id: "asc" },
    });
    if (groups.length === 1) return groups[0] as GroupRef;
    const { userId, aadObjectId, email } = message.identity;
    const member = await prisma.member.findFirst({
      where: {
        OR: [
          ...(message.platform === "slack" && userId ? [{ slackUserId: userId }] : []),
          ...(message.platform === "teams" && userId ? [{ teamsUserId: userId }] : []),
          ...(aadObjectId ? [{ aadObjectId }] : []),
          ...(email ? [{ email: { equals: email, mode: "insensitive" as const } }] : []),
        ],
      },
      include: { group: { select: { id: true, name: true, timeZone: true } } },
      orderBy: { id: "asc" },
    });
    return member?.group ?? null;
  }

  // Who is typing where, remembered briefly: a busy channel does not look up its binding and member for
  // every message. Only found pairs are kept; `koppla` forgets them all. A change made elsewhere (a
  // role, a binding from another replica) is seen within CONTEXT_TTL_MS.
  const known = new LRUCache<string, { group: GroupRef; actor: CommandContext["actor"] }>({
    max: 5_000,
    ttl: CONTEXT_TTL_MS,
  });

  /**
   * The member behind an identity. Several first messages from someone new at once all look, find
   * nobody and create them; all but one meet the unique identity then, and looking again finds the
   * member the first one made.
   */
  async function memberFor(group: GroupRef, identity: Identity): Promise<CommandContext["actor"]> {
    try {
      return await resolveMember(prisma, group, identity, admins);
    } catch (error) {
      if (!isConflict(error)) throw error;
      return resolveMember(prisma, group, identity, admins);
    }
  }

  async function context(message: Omit<IncomingMessage, "text">) {
    const { platform, workspaceId, channelId, conversationType, identity } = message;
    const cacheKey = JSON.stringify([platform, workspaceId, channelId, conversationType, identity]);
    const cached = known.get(cacheKey);
    if (cached) {
      const ctx: CommandContext = { ...cached, source: platform, idempotencyKey: message.idempotencyKey };
      return { ok: true as const, ctx };
    }
    const group = await groupFor(message);
    if (!group) {
      return {
        ok: false as const,
        reply: replyFor(new DomainError({ code: "channel_not_bound", command: "" })),
      };
    }
    const actor = await memberFor(group, message.identity);
    known.set(cacheKey, { group, actor });
    const ctx: CommandContext = {
      group,
      actor,
      source: message.platform,
      idempotencyKey: message.idempotencyKey,
    };
    return { ok: true as const, ctx };
  }

  function replyFor(error: unknown): Reply {
    return executor.replyForError(error, { platform: "conversation" });
  }

  async function bind(message: Omit<IncomingMessage, "text">, command: BindCommand): Promise<Reply> {
    const query = command.group;
    const groups = await prisma.group.findMany({ select: { name: true }, orderBy: { id: "asc" } });
    if (!query && groups.length > 1)
      throw new DomainError({ code: "group_required", groups: groups.map((g) => g.name) });
    const group = await findGroup(prisma, query);
    const allowed =
      isListedAdmin(message.identity, admins) ||
      ["samordnare", "admin"].includes((await memberFor(group, message.identity)).role);
    if (!allowed)
      throw new DomainError({ code: "not_allowed", action: "koppla en kanal till en grupp", role: "medlem" });
    const delivery = {
      key: message.idempotencyKey,
      source: message.platform,
      command,
      groupId: group.id,
      now: deps.clock.now(),
    };
    const reply = await onceForDelivery(prisma, delivery, async (db) => {
      if ((await boundGroup(db, message))?.id === group.id) return channelAlreadyBoundReply(group.name);
      await bindChannel(db, message, group, message.reference ?? {});
      const plan = await db.plan.findFirst({
        where: { groupId: group.id, active: true },
        orderBy: { id: "desc" },
      });
      return channelBoundReply(group.name, plan?.name);
    });
    if (reply.effect === "changed") {
      known.clear();
      deps.logger.info(
        { platform: message.platform, channel: message.channelId, group: group.id },
        "channel bound",
      );
    }
    return reply;
  }

  async function handleCommand(message: Omit<IncomingMessage, "text">, command: Command): Promise<Reply> {
    try {
      if (command.kind === "bind") return await bind(message, command);
      const resolved = await context(message);
      if (!resolved.ok)
        return command.kind === "help" ? withBindHint(helpReply(command.topic)) : resolved.reply;
      return await executor.execute(command, resolved.ctx);
    } catch (error) {
      return replyFor(error);
    }
  }

  return {
    context,
    handleCommand,
    async handle(message) {
      const today = localDateAt(deps.clock.now(), DEFAULT_TIME_ZONE);
      const parsed = parseCommand(cleanIncomingText(message.text), { today });
      if (!parsed.ok) return parseErrorReply(parsed.error);
      return handleCommand(message, parsed.command);
    },
  };
}

function withBindHint(reply: Reply): Reply {
  return {
    ...reply,
    blocks: [
      ...reply.blocks,
      { type: "note", text: "Kanalen är inte kopplad till någon grupp än: en samordnare skriver `koppla`." },
    ],
  };
}
