// Who may do what. Any member reports status (the coordinators collect updates from everyone);
// activities themselves, owners, deadlines, meetings, the group's language, its reminder settings, its
// public page and which plan is active change only by samordnare or admin; pausing one's own
// reminders (`tyst`) is for everyone.
import type { CommandKind } from "./command.ts";

const COORDINATOR_ONLY: ReadonlySet<CommandKind> = new Set<CommandKind>([
  "owner",
  "deadline",
  "meeting_create",
  "meeting_remove",
  "meeting_move",
  "meeting_series",
  "agenda_done",
  "agenda_move",
  "agenda_defer",
  "bind",
  "language",
  "reminders_toggle",
  "reminder_days",
  "agenda_days",
  "digest_toggle",
  "report_file",
  "web_toggle",
  "web_names",
  "web_contact",
  "web_licence",
  "hide",
  "activity_create",
  "activity_change",
  "deadline_clear",
  "plan_activate",
  "plan_new",
  "member_add",
  "member_remove",
  "member_role",
  "bind_new",
  "plan_file",
  "import_confirm",
  "import_cancel",
  "minutes_note_taker",
  "goal_add",
  "goal_change",
  "goal_remove",
  "round_start",
  "round_show",
  "round_close",
]);

export type Role = "medlem" | "samordnare" | "admin";

/** The command kind when `role` may not run it (the reply names the action), otherwise undefined. */
export function forbiddenAction(kind: CommandKind, role: Role): CommandKind | undefined {
  if (role === "samordnare" || role === "admin") return undefined;
  return COORDINATOR_ONLY.has(kind) ? kind : undefined;
}

/** Why a member's role may not change (or they may not be removed), in the order the reply names it. */
export type MembershipRefusal = "coordinators_only" | "admins_only" | "last_coordinator" | "last_admin";

const coordinates = (role: Role) => role === "samordnare" || role === "admin";

/**
 * Whether `actor` may give a member whose role is `target` the role `to` (`null`: remove them from the
 * group). Samordnare make samordnare and medlemmar; only an admin makes or unmakes an admin. `others`
 * counts the group's other current samordnare and admins, and its other admins: the group never loses
 * its last samordnare or admin, and the last admin does not give up the role.
 */
export function membershipRefusal(
  actor: Role,
  target: Role,
  to: Role | null,
  others: { coordinators: number; admins: number },
): MembershipRefusal | undefined {
  if (!coordinates(actor)) return "coordinators_only";
  if ((to === "admin" || target === "admin") && actor !== "admin") return "admins_only";
  if (coordinates(target) && (to === null || !coordinates(to)) && others.coordinators === 0)
    return "last_coordinator";
  if (target === "admin" && to !== "admin" && others.admins === 0) return "last_admin";
  return undefined;
}
