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
]);

export type Role = "medlem" | "samordnare" | "admin";

/** The command kind when `role` may not run it (the reply names the action), otherwise undefined. */
export function forbiddenAction(kind: CommandKind, role: Role): CommandKind | undefined {
  if (role === "samordnare" || role === "admin") return undefined;
  return COORDINATOR_ONLY.has(kind) ? kind : undefined;
}
