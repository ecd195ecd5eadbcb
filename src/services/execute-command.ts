// Executes typed commands for the one door (conversation.ts), which has parsed them and found the group
// and the person: permissions, the handler of each command, and the active plan. A command that writes is done at most once per delivery key (deliveries.ts).
// Domain errors become polite replies; anything else is logged once, here, and the person gets a
// reply that says nothing was changed.
import { LRUCache } from "lru-cache";
import type { Command, CommandKind } from "../core/command.ts";
import { isReadOnlyCommand } from "../core/command-effects.ts";
import { DomainError, isDomainError } from "../core/domain-error.ts";
import {
  databaseUnreachableReply,
  diskFullReply,
  domainErrorReply,
  internalErrorReply,
} from "../core/error-reply.ts";
import { forbiddenAction } from "../core/permissions.ts";
import { inLocale, type Reply, textReply } from "../core/reply.ts";
import { localDateAt } from "../core/zoned-time.ts";
import { isDatabaseUnreachable, isDiskFull } from "../db/unreachable.ts";
import { type Messages, textsFor } from "../texts/index.ts";
import type { CommandContext } from "./actor.ts";
import { list, show } from "./commands/activity-commands.ts";
import { changeActivity, clearDeadline, createActivity } from "./commands/activity-edit-commands.ts";
import { changeDeadline, changeOwner } from "./commands/coordinator-commands.ts";
import { addGoalCommand, changeGoal, listGoals, removeGoal } from "./commands/goal-commands.ts";
import type { Handler, HandlerEnv, HandlerMap } from "./commands/handler.ts";
import { help } from "./commands/help-command.ts";
import { setLanguage } from "./commands/language-command.ts";
import {
  addToAgenda,
  createMeetingCommand,
  createMeetingSeriesCommand,
  deferOnAgenda,
  listMeetings,
  markAgendaDone,
  moveMeetingCommand,
  moveOnAgenda,
  removeFromAgenda,
  removeMeetingCommand,
  setAttendanceCommand,
  showAgenda,
  showAttendance,
  yearWheel,
} from "./commands/meeting-commands.ts";
import { addMember, formerMember, listMembers, removeMember, setRole } from "./commands/member-commands.ts";
import {
  listTasks,
  listWorkingGroups,
  minutesDecision,
  minutesFile,
  minutesFinal,
  minutesInvited,
  minutesNoObjections,
  minutesNote,
  minutesNoteTaker,
  minutesObjection,
  minutesPresent,
  minutesShow,
  taskAdd,
  taskDone,
  workingGroupMembers,
  workingGroupNew,
} from "./commands/minutes-commands.ts";
import { activate, listPlans, newPlan } from "./commands/plan-commands.ts";
import { cancelImport, confirmImport, planFileHint } from "./commands/plan-upload-commands.ts";
import {
  hide,
  showWeb,
  toggleWeb,
  webContact,
  webLicence,
  webNames,
} from "./commands/publishing-commands.ts";
import {
  quiet,
  quietOff,
  setAgendaDays,
  setReminderDays,
  showSettings,
  toggleDigest,
  toggleReminders,
} from "./commands/reminder-commands.ts";
import { report, reportFile } from "./commands/report-command.ts";
import {
  assess,
  closeRound,
  showRound,
  startRound,
  writeLesson,
  writeRoundText,
} from "./commands/round-commands.ts";
import { setStatus, showStatus } from "./commands/status-commands.ts";
import { webLogin } from "./commands/web-login-command.ts";
import { onceForDelivery } from "./deliveries.ts";
import type { Db, ServiceDeps } from "./deps.ts";
import { activePlan, type PlanRef } from "./groups.ts";
import { coordinatorNames } from "./membership.ts";

const handlers: HandlerMap = {
  status_set: setStatus,
  status_show: showStatus,
  show,
  list,
  owner: changeOwner,
  deadline: changeDeadline,
  meeting_create: createMeetingCommand,
  meeting_remove: removeMeetingCommand,
  meeting_move: moveMeetingCommand,
  meeting_series: createMeetingSeriesCommand,
  year_wheel: yearWheel,
  agenda_remove: removeFromAgenda,
  agenda_done: markAgendaDone,
  agenda_move: moveOnAgenda,
  agenda_defer: deferOnAgenda,
  attendance_set: setAttendanceCommand,
  attendance_show: showAttendance,
  meetings: listMeetings,
  agenda_show: showAgenda,
  agenda_add: addToAgenda,
  report,
  report_file: reportFile,
  help,
  // Binding needs the channel it is typed in; chat surfaces handle it in conversation.ts.
  bind: async (_cmd, env) => textReply(env.texts.replies.bindInConsole, "info"),
  language: setLanguage,
  smalltalk: async (cmd, env) =>
    textReply(cmd.what === "greeting" ? env.texts.replies.greeting : env.texts.replies.thanks, "info"),
  settings_show: showSettings,
  reminders_toggle: toggleReminders,
  reminder_days: setReminderDays,
  agenda_days: setAgendaDays,
  digest_toggle: toggleDigest,
  quiet,
  quiet_off: quietOff,
  web_show: showWeb,
  web_toggle: toggleWeb,
  web_names: webNames,
  web_contact: webContact,
  web_licence: webLicence,
  hide,
  activity_create: createActivity,
  activity_change: changeActivity,
  deadline_clear: clearDeadline,
  plans: listPlans,
  plan_activate: activate,
  plan_new: newPlan,
  members: listMembers,
  member_add: addMember,
  member_remove: removeMember,
  member_role: setRole,
  bind_new: async (_cmd, env) => textReply(env.texts.replies.bindInConsole, "info"),
  web_login: webLogin,
  // A file that arrived is staged by the door, which has its bytes; a path typed in chat is not read.
  plan_file: planFileHint,
  import_confirm: confirmImport,
  import_cancel: cancelImport,
  minutes_present: minutesPresent,
  minutes_invited: minutesInvited,
  minutes_note: minutesNote,
  minutes_decision: minutesDecision,
  task_add: taskAdd,
  task_done: taskDone,
  tasks: listTasks,
  working_group_new: workingGroupNew,
  working_group_members: workingGroupMembers,
  working_groups: listWorkingGroups,
  minutes_show: minutesShow,
  minutes_final: minutesFinal,
  minutes_file: minutesFile,
  minutes_note_taker: minutesNoteTaker,
  minutes_objection: minutesObjection,
  minutes_no_objections: minutesNoObjections,
  goals: listGoals,
  goal_add: addGoalCommand,
  goal_change: changeGoal,
  goal_remove: removeGoal,
  round_start: startRound,
  round_show: showRound,
  round_close: closeRound,
  round_text: writeRoundText,
  assess,
  lesson: writeLesson,
};

/** The commands after which the group's active plan may be another: the remembered one is forgotten. */
const CHANGES_ACTIVE_PLAN: ReadonlySet<CommandKind> = new Set<CommandKind>([
  "plan_activate",
  "plan_new",
  "import_confirm",
]);

/** Runs typed commands for the one door (conversation.ts); surfaces never call it themselves. */
export interface CommandExecutor {
  execute(command: Command, ctx: CommandContext): Promise<Reply>;
  /** The reply for anything thrown while serving a person: domain errors politely, the rest logged once. */
  replyForError(error: unknown, context: Record<string, unknown>, t?: Messages): Reply;
}

/** How long a group's active plan is remembered; a plan imported elsewhere is used within this. */
export const PLAN_TTL_MS = 10_000;

/**
 * Whether a command's delivery is recorded in processed_deliveries. Not for commands that only read,
 * and not for a status change, whose history row carries the delivery's key itself.
 */
function recordsDelivery(kind: CommandKind): boolean {
  // A sign-in link is its own unique row, and its reply (the link) must not be stored.
  return !isReadOnlyCommand(kind) && kind !== "status_set" && kind !== "web_login";
}

export interface ExecutorOptions {
  /** Where the public web pages are (config's publicUrl); replies give the group's page address under it. */
  publicUrl?: string;
}

/** The public pages' address when none is configured: the HTTP server's default port on this machine. */
export const DEFAULT_PUBLIC_URL = "http://localhost:3000";

export function createCommandExecutor(deps: ServiceDeps, options: ExecutorOptions = {}): CommandExecutor {
  const publicUrl = (options.publicUrl ?? DEFAULT_PUBLIC_URL).replace(/\/+$/, "");
  const plans = new LRUCache<number, PlanRef>({ max: 1_000, ttl: PLAN_TTL_MS });
  // Raised for a group when its active plan changes here, so that a read begun before the change does
  // not remember the plan it found afterwards.
  const planChanges = new Map<number, number>();

  async function planOf(ctx: CommandContext, db: Db): Promise<PlanRef> {
    const cached = plans.get(ctx.group.id);
    if (cached) return cached;
    const seen = planChanges.get(ctx.group.id) ?? 0;
    const plan = await activePlan(db, ctx.group);
    if ((planChanges.get(ctx.group.id) ?? 0) === seen) plans.set(ctx.group.id, plan);
    return plan;
  }

  /** After a switch or a new plan: this process uses the new active plan from the next command on. */
  function forgetPlan(groupId: number): void {
    planChanges.set(groupId, (planChanges.get(groupId) ?? 0) + 1);
    plans.delete(groupId);
  }

  function envFor(ctx: CommandContext, now: Date, db: Db): HandlerEnv {
    return {
      deps: { clock: deps.clock, logger: deps.logger },
      db,
      ctx,
      texts: textsFor(ctx.group.locale),
      now,
      today: localDateAt(now, ctx.group.timeZone),
      publicUrl,
      plan: () => planOf(ctx, db),
    };
  }

  function replyForError(error: unknown, context: Record<string, unknown>, t = textsFor()): Reply {
    if (isDomainError(error)) return domainErrorReply(t, error.detail);
    if (isDatabaseUnreachable(error)) {
      deps.logger.warn(
        { ...context, error: (error as Error).message },
        "command not run: database unreachable",
      );
      return databaseUnreachableReply(t);
    }
    if (isDiskFull(error)) {
      deps.logger.error(
        { ...context, error: (error as Error).message },
        "command not run: the database's disk is full",
      );
      return diskFullReply(t);
    }
    deps.logger.error({ err: error, ...context }, "command failed");
    return internalErrorReply(t);
  }

  async function guarded(
    ctx: CommandContext,
    command: Command | undefined,
    work: () => Promise<Reply>,
  ): Promise<Reply> {
    try {
      return await work();
    } catch (error) {
      return replyForError(
        error,
        { command: command?.kind, group: ctx.group.id, member: ctx.actor.memberId, source: ctx.source },
        textsFor(ctx.group.locale),
      );
    }
  }

  async function executeAt(command: Command, ctx: CommandContext, now: Date): Promise<Reply> {
    const forbidden = forbiddenAction(command.kind, ctx.actor.role);
    if (forbidden)
      throw new DomainError({
        code: "not_allowed",
        action: forbidden,
        role: ctx.actor.role,
        coordinators: await coordinatorNames(deps.prisma, ctx.group.id),
      });
    const handler = handlers[command.kind] as Handler<typeof command.kind>;
    // Marked with its language before it is stored, so that a repeat is answered in it too.
    const env = (db: Db) => envFor(ctx, now, db);
    // Someone removed from the group may still read how to use the bot, and nothing else.
    if (ctx.actor.former && command.kind !== "help") {
      const e = env(deps.prisma);
      return inLocale(await formerMember(e), e.texts.locale);
    }
    const run = async (db: Db) => {
      const e = env(db);
      return inLocale(await handler(command as never, e), e.texts.locale);
    };
    if (!recordsDelivery(command.kind)) return run(deps.prisma);
    const delivery = {
      key: ctx.idempotencyKey,
      source: ctx.source,
      command,
      groupId: ctx.group.id,
      memberId: ctx.actor.memberId,
      now,
    };
    const done = await onceForDelivery(deps.prisma, delivery, run);
    if (CHANGES_ACTIVE_PLAN.has(command.kind) && done.effect === "changed") forgetPlan(ctx.group.id);
    return done;
  }

  return {
    replyForError,
    execute(command, ctx) {
      return guarded(ctx, command, () => executeAt(command, ctx, deps.clock.now()));
    },
  };
}
