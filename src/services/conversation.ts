// The one door into the core. Every surface (Slack's commands, buttons, forms, direct messages and
// mentions, Teams' messages and card presses, the console) translates what arrived into an
// `Incoming` and calls `handle`, which finds the group and the person, parses a typed line once in
// the group's own time zone, executes, and returns an `Outcome` that says what happened. Surfaces
// render the outcome; they never decide what a message means.
import { LRUCache } from "lru-cache";
import { type Action, commandsOf } from "../core/actions.ts";
import type { ActivityForm } from "../core/activity-form.ts";
import { type Command, commandSchema, MAX_PATH_LENGTH } from "../core/command.ts";
import { isReadOnlyCommand } from "../core/command-effects.ts";
import { DomainError } from "../core/domain-error.ts";
import { parseErrorReply } from "../core/error-reply.ts";
import { cleanIncomingText } from "../core/incoming-text.ts";
import { normalizeForMatch } from "../core/normalize-text.ts";
import type { GroupAnnouncement, Outcome, OutcomeFile, StatusForm } from "../core/outcome.ts";
import { parseCommand } from "../core/parse-command.ts";
import type { PlanFileRefusal } from "../core/plan-sheet/plan-file-refusal.ts";
import type { Platform } from "../core/platform.ts";
import { channelAlreadyBoundReply, channelBoundReply } from "../core/replies/bind-replies.ts";
import { helpReply, withBindHint } from "../core/replies/help-reply.ts";
import { homeWithoutGroupReply } from "../core/replies/home-reply.ts";
import {
  channelTakenReply,
  groupCreatedReply,
  groupExistsReply,
  newGroupAdminsOnlyReply,
} from "../core/replies/member-replies.ts";
import { fileHintReply, fileUnavailableReply, stagedReply } from "../core/replies/plan-upload-replies.ts";
import { followUpFileTexts } from "../core/replies/report.ts";
import { welcomeReply } from "../core/replies/welcome-reply.ts";
import { inLocale, type Reply, reply } from "../core/reply.ts";
import { localDateAt } from "../core/zoned-time.ts";
import type { Prisma } from "../db/generated/client.ts";
import { buildFollowUpWorkbook } from "../plans/export-xlsx.ts";
import { loadStatusReport } from "../plans/status-report-data.ts";
import { statusReportDocx } from "../plans/status-report-docx.ts";
import { statusReportRequest } from "../plans/status-report-file.ts";
import { type Locale, type Messages, textsFor } from "../texts/index.ts";
import type { Actor, CommandContext, GroupRef } from "./actor.ts";
import type { Announcer } from "./announcements.ts";
import { bindChannel, boundGroup, type ChannelAddress } from "./channels.ts";
import { isConflict, onceForDelivery } from "./deliveries.ts";
import { demoGroupName } from "./demo.ts";
import type { ServiceDeps } from "./deps.ts";
import type { CommandExecutor } from "./execute-command.ts";
import { activePlan, findGroup } from "./groups.ts";
import { homeContent } from "./home.ts";
import { type Identity, identityFilters, isListedAdmin, resolveMember } from "./members.ts";
import { minutesFiles } from "./minutes-files.ts";
import { CHAT_PLAN_FILE_BYTES, stagePlanUpload, UPLOAD_HOURS } from "./plan-upload.ts";

/** A group's zone is used once the group is known; this one only reads a line before that (`koppla`). */
const DEFAULT_TIME_ZONE = "Europe/Stockholm";
export const CONTEXT_TTL_MS = 10_000;

type BindCommand = Extract<Command, { kind: "bind" }>;
type BindNewCommand = Extract<Command, { kind: "bind_new" }>;

/** Commands after which who is who may have changed: the remembered members are looked up again. */
const MEMBERSHIP_KINDS: ReadonlySet<Command["kind"]> = new Set([
  "member_add",
  "member_remove",
  "member_role",
]);

export type IncomingInput =
  /** A line as typed (with or without a leading `/lok`, `lok` or `@LÖK`). */
  | { type: "text"; text: string }
  /** A button, a card or a form: a typed action, validated by the surface with `parseAction`. */
  | { type: "action"; action: Action }
  /** The person's own overview (Slack's App Home), or a later page of it. */
  | { type: "home"; page?: number }
  /** The bot was added to this conversation (Teams installs): the welcome. */
  | { type: "joined" }
  /**
   * A command the surface built from its own form fields (the web), so that a value with a `;` is
   * never read as a line again; checked against `commandSchema` here as well.
   */
  | { type: "command"; command: Command }
  /** A plan file sent to the bot in the personal chat (or read from disk by the console): its dry run. */
  | { type: "file"; name: string; bytes: Uint8Array }
  /**
   * A file the surface did not fetch: sent in a channel (files are read only in the personal chat, so
   * the surface need not download it), larger than the limit, offered from a host the surface does not
   * trust with a download, or a download that failed. The door says so in the group's language.
   */
  | {
      type: "file_unavailable";
      name: string;
      reason: FileUnavailable;
      size?: number;
      refusal?: PlanFileRefusal;
    };

/** `unreadable`: the console could not read the path given; `refusal` says why. */
export type FileUnavailable = "channel" | "too_large" | "refused" | "failed" | "unreadable";

export interface Incoming extends ChannelAddress {
  platform: Platform;
  /** A personal (1:1) chat has no binding: the member's own group is used. */
  conversationType: "channel" | "personal";
  identity: Identity;
  input: IncomingInput;
  /** Unique per delivery: a redelivery or a double click is handled once. */
  idempotencyKey: string;
  /** Platform data needed to post to this conversation later (stored with the binding). */
  reference?: Prisma.InputJsonValue;
  /** Who acts in which group, when the surface has established it itself (the console). */
  as?: { group: GroupRef; actor: Actor };
  /** The surface's own way to answer this person later (Slack's response_url). */
  respondTo?: string;
  /**
   * Whether the surface can show a reply to this person alone where they wrote (Slack can; in a Teams
   * channel everyone sees every answer). Default true.
   */
  privateReplies?: boolean;
}

export interface Door {
  /** Never throws: failures become polite replies. */
  handle(incoming: Incoming): Promise<Outcome>;
  /**
   * Tells the group's channels what the outcome announces, once the surface has shown the person their
   * answer (so the answer comes first); returns at once.
   */
  announce(outcome: Outcome, incoming: Incoming): void;
}

export interface DoorOptions {
  /** LOK_ADMINS. */
  admins: readonly string[];
  /** Where the group's channels are told of a change; without one nothing is announced. */
  announcer?: Announcer;
}

type Resolved = { ok: true; group: GroupRef; actor: Actor } | { ok: false; reply: Reply };

export function createDoor(deps: ServiceDeps, executor: CommandExecutor, options: DoorOptions): Door {
  const { prisma } = deps;
  const { admins } = options;

  async function groupFor(incoming: Incoming): Promise<GroupRef | null> {
    const bound = await boundGroup(prisma, incoming);
    if (bound || incoming.conversationType === "channel") return bound;
    // A personal chat: the group where this person is a member, or the only group there is.
    const groups = await prisma.group.findMany({
      select: { id: true, name: true, timeZone: true, locale: true },
      orderBy: { id: "asc" },
    });
    if (groups.length === 1) return groups[0] as GroupRef;
    const { ids, email } = incoming.identity;
    // A current membership before a former one, whose reply says whom to ask.
    const member = await prisma.member.findFirst({
      orderBy: [{ leftAt: { sort: "desc", nulls: "first" } }, { id: "asc" }],
      where: {
        OR: [
          ...(ids.length ? [{ identities: { some: { OR: identityFilters(ids) } } }] : []),
          ...(email ? [{ email: { equals: email, mode: "insensitive" as const } }] : []),
        ],
      },
      include: { group: { select: { id: true, name: true, timeZone: true, locale: true } } },
    });
    return member?.group ?? null;
  }

  // Who is typing where, remembered briefly: a busy channel does not look up its binding and member for
  // every message. Only found pairs are kept; `koppla` forgets them all. A change made elsewhere (a
  // role, a binding from another replica) is seen within CONTEXT_TTL_MS.
  const known = new LRUCache<string, { group: GroupRef; actor: Actor }>({ max: 5_000, ttl: CONTEXT_TTL_MS });
  // Languages switched through this door, for surfaces that bring their own group (the console).
  const switchedLocales = new Map<number, Locale>();

  /**
   * The member behind an identity. Several first messages from someone new at once all look, find
   * nobody and create them; all but one meet the unique identity then, and looking again finds the
   * member the first one made.
   */
  async function memberFor(group: GroupRef, identity: Identity): Promise<Actor> {
    try {
      return await resolveMember(prisma, group, identity, admins);
    } catch (error) {
      if (!isConflict(error)) throw error;
      return resolveMember(prisma, group, identity, admins);
    }
  }

  async function resolve(incoming: Incoming): Promise<Resolved> {
    if (incoming.as) {
      // The console keeps its group for the whole session; a language switched in it applies at once.
      const { group, actor } = incoming.as;
      const locale = switchedLocales.get(group.id);
      return { ok: true, group: locale ? { ...group, locale } : group, actor };
    }
    const { platform, workspaceId, channelId, conversationType, identity } = incoming;
    const cacheKey = JSON.stringify([platform, workspaceId, channelId, conversationType, identity]);
    const cached = known.get(cacheKey);
    if (cached) return { ok: true, ...cached };
    const group = await groupFor(incoming);
    if (!group)
      return {
        ok: false,
        reply: replyFor(new DomainError({ code: "channel_not_bound", command: "" }), textsFor()),
      };
    const actor = await memberFor(group, identity);
    known.set(cacheKey, { group, actor });
    return { ok: true, group, actor };
  }

  function replyFor(error: unknown, t: Messages, context: Record<string, unknown> = {}): Reply {
    return executor.replyForError(error, { platform: "conversation", ...context }, t);
  }

  async function bind(incoming: Incoming, command: BindCommand): Promise<Reply> {
    const query = command.group;
    const groups = await prisma.group.findMany({ select: { name: true }, orderBy: { id: "asc" } });
    if (!query && groups.length > 1)
      throw new DomainError({ code: "group_required", groups: groups.map((g) => g.name) });
    const group = await findGroup(prisma, query);
    const allowed =
      isListedAdmin(incoming.identity, admins) ||
      ["samordnare", "admin"].includes((await memberFor(group, incoming.identity)).role);
    if (!allowed) throw new DomainError({ code: "not_allowed", action: "bind", role: "medlem" });
    const delivery = {
      key: incoming.idempotencyKey,
      source: incoming.platform,
      command,
      groupId: group.id,
      now: deps.clock.now(),
    };
    const t = textsFor(group.locale);
    const reply = await onceForDelivery(prisma, delivery, async (db) => {
      if ((await boundGroup(db, incoming))?.id === group.id)
        return inLocale(channelAlreadyBoundReply(t, group.name), t.locale);
      await bindChannel(db, incoming, group, incoming.reference ?? {});
      const plan = await db.plan.findFirst({
        where: { groupId: group.id, active: true },
        orderBy: { id: "desc" },
      });
      return inLocale(channelBoundReply(t, group.name, plan?.name), t.locale);
    });
    if (reply.effect === "changed") {
      known.clear();
      deps.logger.info(
        { platform: incoming.platform, channel: incoming.channelId, group: group.id },
        "channel bound",
      );
    }
    return reply;
  }

  /**
   * `koppla ny <namn>`: an admin (LOK_ADMINS) creates the group and binds this channel to it. Only in a
   * channel not bound yet, and only for a name no group has: `koppla <namn>` binds to an existing one.
   */
  async function bindNew(incoming: Incoming, command: BindNewCommand): Promise<Reply> {
    const t = textsFor();
    if (!isListedAdmin(incoming.identity, admins)) return newGroupAdminsOnlyReply(t);
    const wanted = normalizeForMatch(command.group).replace(/\s+/g, " ");
    const delivery = {
      key: incoming.idempotencyKey,
      source: incoming.platform,
      command,
      now: deps.clock.now(),
    };
    // Checked in the delivery's transaction: a repeat gets the first answer, and another admin's group
    // created a moment ago (a retry after a conflict sees it) is refused like any existing one.
    const reply = await onceForDelivery(prisma, delivery, async (db) => {
      const bound = await boundGroup(db, incoming);
      if (bound) return channelTakenReply(textsFor(bound.locale), bound.name);
      const taken = (await db.group.findMany({ select: { name: true } })).find(
        (g) => normalizeForMatch(g.name).replace(/\s+/g, " ") === wanted,
      );
      if (taken) return groupExistsReply(t, taken.name);
      const group = await db.group.create({
        data: { name: command.group, createdAt: deps.clock.now() },
        select: { id: true, name: true, timeZone: true, locale: true },
      });
      await bindChannel(db, incoming, group, incoming.reference ?? {});
      return inLocale(groupCreatedReply(textsFor(group.locale), group.name), group.locale);
    });
    if (reply.effect === "changed") {
      known.clear();
      deps.logger.info(
        { platform: incoming.platform, channel: incoming.channelId, group: command.group },
        "group created and channel bound",
      );
    }
    return reply;
  }

  /** The commands an input stands for, parsed in the group's zone; or the reply that says why there are none. */
  function commandsFor(
    incoming: Incoming,
    timeZone: string,
    t: Messages,
  ): { ok: true; commands: Command[] } | { ok: false; reply: Reply } {
    const { input } = incoming;
    if (input.type === "action") return { ok: true, commands: commandsOf(input.action) };
    if (input.type === "home" || input.type === "joined") return { ok: true, commands: [] };
    if (input.type === "command") {
      const checked = commandSchema.safeParse(input.command);
      return checked.success
        ? { ok: true, commands: [checked.data] }
        : { ok: false, reply: parseErrorReply(t, { code: "empty" }) };
    }
    if (input.type === "file" || input.type === "file_unavailable") return { ok: true, commands: [] };
    const parsed = parseCommand(cleanIncomingText(input.text), {
      today: localDateAt(deps.clock.now(), timeZone),
    });
    return parsed.ok
      ? { ok: true, commands: [parsed.command] }
      : { ok: false, reply: parseErrorReply(t, parsed.error) };
  }

  /** Each command of a multi-command action (a form) has a delivery key of its own. */
  function keyFor(incoming: Incoming, command: Command, count: number): string {
    if (count === 1) return incoming.idempotencyKey;
    if (command.kind === "assess") return `${incoming.idempotencyKey}:assess:${command.goal}`;
    return `${incoming.idempotencyKey}:${command.kind === "status_set" ? "status" : command.kind}`;
  }

  function filesFor(reply: Reply, group: GroupRef, actor: Actor): OutcomeFile[] {
    const attachment = reply.attachment;
    if (!attachment || reply.effect === "repeat") return [];
    if (attachment.kind === "minutes") return minutesFiles(prisma, group, attachment, actor.name);
    const t = textsFor(group.locale);
    const report = attachment.kind === "status_report" ? attachment.report : undefined;
    if (report)
      return [
        {
          ...attachment,
          title: t.followUp.doc.fileTitle(report.year, attachment.planName),
          comment: t.followUp.doc.fileComment(report.year, attachment.planName, actor.name),
          async content() {
            const plan = await activePlan(prisma, group);
            const today = localDateAt(deps.clock.now(), group.timeZone);
            const request = statusReportRequest(t, { ...report, preparedBy: actor.name });
            return statusReportDocx(await loadStatusReport(prisma, group, plan, today, request), t);
          },
        },
      ];
    return [
      {
        ...attachment,
        ...followUpFileTexts(t, attachment.planName, actor.name),
        async content() {
          const plan = await activePlan(prisma, group);
          return buildFollowUpWorkbook(prisma, group, plan, localDateAt(deps.clock.now(), group.timeZone));
        },
      },
    ];
  }

  async function run(incoming: Incoming): Promise<Outcome> {
    const resolved = await resolve(incoming);
    // Before the group is known (an unbound channel) the bot speaks its default language.
    const t = textsFor(resolved.ok ? resolved.group.locale : undefined);
    const parsed = commandsFor(incoming, resolved.ok ? resolved.group.timeZone : DEFAULT_TIME_ZONE, t);
    if (!parsed.ok) return outcomeOf(incoming, parsed.reply, [], t);
    if (incoming.input.type === "joined") return joined(incoming, resolved);
    const [first] = parsed.commands;
    // `koppla` binds the channel it is typed in; a surface without channels (the console) says so.
    if (first?.kind === "bind" && !incoming.as)
      return outcomeOf(incoming, await bind(incoming, first), [], t);
    if (first?.kind === "bind_new" && !incoming.as)
      return outcomeOf(incoming, await bindNew(incoming, first), [], t);
    if (!resolved.ok) {
      if (incoming.input.type === "home")
        return outcomeOf(incoming, homeWithoutGroupReply(t, resolved.reply), [], t);
      return outcomeOf(
        incoming,
        first?.kind === "help" ? withBindHint(t, helpReply(t, first.topic)) : resolved.reply,
        [],
        t,
      );
    }
    const { group, actor } = resolved;
    const who = { groupId: group.id, memberId: actor.memberId };
    if (incoming.input.type === "home") {
      const ctx = context(incoming, group, actor, incoming.idempotencyKey);
      return { ...outcomeOf(incoming, await homeContent(deps, ctx), [], t), ...who };
    }
    if (incoming.input.type === "file" || incoming.input.type === "file_unavailable")
      return { ...outcomeOf(incoming, await stageFile(incoming, group, actor, t), [], t), ...who };
    const replies: Reply[] = [];
    for (const command of parsed.commands) {
      const ctx = context(incoming, group, actor, keyFor(incoming, command, parsed.commands.length));
      replies.push(await executor.execute(command, ctx));
    }
    // A new language applies from the next message on: the group is read again.
    const language = parsed.commands.find((c) => c.kind === "language");
    if (language?.kind === "language" && replies.some((r) => r.effect === "changed")) {
      known.clear();
      switchedLocales.set(group.id, language.locale);
    }
    // A member added, removed or given a new role is seen as such from the next message on.
    if (
      parsed.commands.some((c) => MEMBERSHIP_KINDS.has(c.kind)) &&
      replies.some((r) => r.effect === "changed")
    )
      known.clear();
    const main = replies[replies.length - 1] as Reply;
    const last = parsed.commands[parsed.commands.length - 1] as Command;
    const outcome = outcomeOf(incoming, main, replies.slice(0, -1), t);
    const [file, ...moreFiles] = filesFor(main, group, actor);
    const form = formFor(last, main);
    // In a channel where everyone sees the answer, the answer is the announcement.
    const seenByAll =
      incoming.conversationType === "channel" &&
      (outcome.audience === "channel" || incoming.privateReplies === false);
    return {
      ...outcome,
      ...who,
      announcements: seenByAll
        ? []
        : replies.flatMap((r) =>
            r.announcement && r.effect === "changed"
              ? [{ groupId: group.id, text: r.announcement.text, locale: t.locale }]
              : [],
          ),
      ...(file ? { file } : {}),
      ...(moreFiles.length ? { moreFiles } : {}),
      ...(form ? { form } : {}),
      ...(isReadOnlyCommand(last.kind) ? { rerun: last } : {}),
    };
  }

  /**
   * A plan file sent in: the importer's dry run, kept for Importera, once per delivery (a redelivered
   * file is staged once). Only in the personal chat; in a channel the answer says where to send it.
   */
  async function stageFile(incoming: Incoming, group: GroupRef, actor: Actor, t: Messages): Promise<Reply> {
    const { input } = incoming;
    if (input.type !== "file" && input.type !== "file_unavailable") return helpReply(t);
    if (
      incoming.conversationType === "channel" ||
      (input.type === "file_unavailable" && input.reason === "channel")
    )
      return fileHintReply(t, true);
    if (input.type === "file_unavailable")
      return input.refusal
        ? reply("error", [{ type: "text", text: t.imports.refusal(input.refusal) }])
        : fileUnavailableReply(t, {
            name: input.name,
            reason: input.reason === "too_large" ? "too_large" : "failed",
            ...(input.size !== undefined ? { size: input.size } : {}),
            limit: CHAT_PLAN_FILE_BYTES,
          });
    const now = deps.clock.now();
    const fileName = input.name.trim() || "plan";
    const delivery = {
      key: incoming.idempotencyKey,
      source: incoming.platform,
      command: { kind: "plan_file" as const, path: fileName.slice(0, MAX_PATH_LENGTH) },
      groupId: group.id,
      memberId: actor.memberId,
      now,
    };
    try {
      const answer = await onceForDelivery(prisma, delivery, async (db) => {
        const staged = await stagePlanUpload(db, { group, actor, fileName, bytes: input.bytes, now });
        return inLocale(stagedReply(t, staged, UPLOAD_HOURS), t.locale);
      });
      if (answer.effect === "changed")
        deps.logger.info({ group: group.id, member: actor.memberId, file: fileName }, "plan file staged");
      return answer;
    } catch (error) {
      return replyFor(error, t, { command: "plan_file", group: group.id, member: actor.memberId });
    }
  }

  /** The welcome where the bot was added; in a personal chat the person becomes a member then. */
  async function joined(incoming: Incoming, resolved: Resolved): Promise<Outcome> {
    const bound = incoming.conversationType === "channel" && resolved.ok ? resolved.group : undefined;
    const demo = bound !== undefined && bound.name === (await demoGroupName());
    const t = textsFor(resolved.ok ? resolved.group.locale : undefined);
    const reply = welcomeReply(t, incoming.conversationType, bound?.name, { demo });
    return {
      ...outcomeOf(incoming, reply, [], t),
      ...(resolved.ok ? { groupId: resolved.group.id, memberId: resolved.actor.memberId } : {}),
    };
  }

  function context(
    incoming: Incoming,
    group: GroupRef,
    actor: Actor,
    idempotencyKey: string,
  ): CommandContext {
    return {
      group,
      actor,
      source: incoming.platform,
      idempotencyKey,
      ...(incoming.privateReplies === false ? { repliesSeenByAll: true as const } : {}),
    };
  }

  return {
    async handle(incoming) {
      let outcome: Outcome;
      try {
        outcome = await run(incoming);
      } catch (error) {
        outcome = outcomeOf(
          incoming,
          replyFor(error, textsFor(), { surface: incoming.platform }),
          [],
          textsFor(),
        );
      }
      return outcome;
    },
    announce(outcome, incoming) {
      if (outcome.announcements.length) options.announcer?.announce(outcome.announcements, incoming);
    },
  };
}

/**
 * A command that shows an activity's history offers the status form where the surface has forms; a
 * reply that offers a form of its own (`ny aktivitet` alone) offers that one.
 */
function formFor(command: Command, reply: Reply): StatusForm | ActivityForm | undefined {
  if (reply.form) return reply.form;
  if (command.kind !== "status_show") return undefined;
  const block = reply.blocks.find((b) => b.type === "activity");
  if (block?.type !== "activity") return undefined;
  const a = block.activity;
  return { kind: "status", number: a.number, status: a.status, ...(a.dueDate ? { dueDate: a.dueDate } : {}) };
}

/** `t`: the language of the group, which every reply of the outcome is marked with for its renderer. */
function outcomeOf(incoming: Incoming, given: Reply, before: Reply[], t: Messages): Outcome {
  const reply = inLocale(given, t.locale);
  const changed = reply.effect === "changed";
  const redrawable =
    incoming.input.type === "action" &&
    (incoming.input.action.kind === "set_status" || incoming.input.action.kind === "submit_status_form");
  return {
    reply,
    ...(before.length ? { before: before.map((r) => inLocale(r, t.locale)) } : {}),
    audience: reply.visibility === "channel" && reply.tone !== "error" ? "channel" : "person",
    redraw: redrawable && changed,
    ...(reply.effect ? { effect: reply.effect } : {}),
    announcements: [] as GroupAnnouncement[],
  };
}
