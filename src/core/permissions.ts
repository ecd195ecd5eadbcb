// Who may do what. Any member reports status (the coordinators collect updates from everyone);
// owners, deadlines, meetings and the group's reminder settings change only by samordnare or admin;
// pausing one's own reminders (`tyst`) is for everyone.
import type { CommandKind } from "./command.ts";

const COORDINATOR_ONLY: Partial<Record<CommandKind, string>> = {
  owner: "ändra vem som är ansvarig",
  deadline: "ändra en deadline",
  meeting_create: "lägga in möten",
  bind: "koppla en kanal till en grupp",
  reminders_toggle: "slå på eller av gruppens påminnelser",
  reminder_days: "ändra när gruppens påminnelser skickas",
  agenda_days: "ändra när dagordningen skickas",
  digest_toggle: "slå på eller av veckobrevet",
  report_file: "ladda upp uppföljningen som fil",
};

export type Role = "medlem" | "samordnare" | "admin";

/** The action's description when `role` may not run `kind`, otherwise undefined. */
export function forbiddenAction(kind: CommandKind, role: Role): string | undefined {
  if (role === "samordnare" || role === "admin") return undefined;
  return COORDINATOR_ONLY[kind];
}
