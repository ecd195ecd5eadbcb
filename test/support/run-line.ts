// A line typed in the console by a given member of a given group, through the one door: what the
// integration tests and the benchmark type.
import type { Reply } from "../../src/core/reply.ts";
import { consoleIncoming } from "../../src/platforms/console/console-chat.ts";
import type { CommandContext } from "../../src/services/actor.ts";
import { createDoor, type Door } from "../../src/services/conversation.ts";
import type { ServiceDeps } from "../../src/services/deps.ts";
import { createCommandExecutor } from "../../src/services/execute-command.ts";

export function doorFor(deps: ServiceDeps, admins: readonly string[] = []): Door {
  return createDoor(deps, createCommandExecutor(deps), { admins });
}

export async function runLine(door: Door, line: string, ctx: CommandContext): Promise<Reply> {
  return (await door.handle(consoleIncoming(ctx.group, ctx.actor, line, ctx.idempotencyKey))).reply;
}
