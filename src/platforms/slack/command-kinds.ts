// Which command a line is, for the decisions only Slack makes: open a modal instead of showing the
// history, and whether a reply may be drawn again for its next page (only commands that change nothing).

import type { Clock } from "../../core/clock.ts";
import type { Command } from "../../core/command.ts";
import { isReadOnlyCommand } from "../../core/command-effects.ts";
import { parseCommand } from "../../core/parse-command.ts";
import { localDateAt } from "../../core/zoned-time.ts";

/** The parsed command, or undefined when the line does not parse (the conversation explains why). */
export function peekCommand(line: string, clock: Clock): Command | undefined {
  const parsed = parseCommand(line, { today: localDateAt(clock.now(), "Europe/Stockholm") });
  return parsed.ok ? parsed.command : undefined;
}

export function isReadOnly(command: Command | undefined): boolean {
  return command !== undefined && isReadOnlyCommand(command.kind);
}
