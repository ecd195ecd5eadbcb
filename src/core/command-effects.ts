// Which commands only read: a surface may run them again (to draw a next page, to refresh a view)
// without changing anything.
import type { CommandKind } from "./command.ts";

const READ_ONLY: ReadonlySet<CommandKind> = new Set<CommandKind>([
  "status_show",
  "show",
  "list",
  "meetings",
  "year_wheel",
  "agenda_show",
  "report",
  "help",
  "settings_show",
  "smalltalk",
  "web_show",
  "plans",
  "members",
  "tasks",
  "working_groups",
  "minutes_show",
  "attendance_show",
  "goals",
  "round_show",
]);

export function isReadOnlyCommand(kind: CommandKind): boolean {
  return READ_ONLY.has(kind);
}
