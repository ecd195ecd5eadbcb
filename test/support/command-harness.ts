// Drives the real command executor against a real database loaded with the demo, at a fixed time.
import { pino } from "pino";
import { fixedClock } from "../../src/core/clock.ts";
import type { Reply } from "../../src/core/reply.ts";
import type { Database } from "../../src/db/open-database.ts";
import { consoleIncoming } from "../../src/platforms/console/console-chat.ts";
import { renderText } from "../../src/platforms/console/render-text.ts";
import type { Actor, GroupRef } from "../../src/services/actor.ts";
import { createDoor } from "../../src/services/conversation.ts";
import { loadDemo, readDemo } from "../../src/services/demo.ts";
import { createCommandExecutor } from "../../src/services/execute-command.ts";
import { findGroup } from "../../src/services/groups.ts";

export const DEMO_NOW = "2026-11-23T09:00:00Z";

/** `loaded`: the demo is in the database already (the harness then drives its first group). */
export async function commandHarness(db: Database, now = DEMO_NOW, options: { loaded?: boolean } = {}) {
  const clock = fixedClock(now);
  if (!options.loaded) await loadDemo(db.prisma, await readDemo(), clock.now());
  const group = await findGroup(db.prisma);
  const deps = { prisma: db.prisma, clock, logger: pino({ level: "silent" }) };
  const executor = createCommandExecutor(deps);
  const door = createDoor(deps, executor, { admins: [] });
  let sequence = 0;

  async function actor(name: string): Promise<Actor> {
    const m = await db.prisma.member.findFirstOrThrow({ where: { groupId: group.id, name } });
    return { memberId: m.id, name: m.name, role: m.role };
  }

  /** A line typed in the console as `as`, through the door. */
  async function run(as: string, line: string, idempotencyKey?: string): Promise<Reply & { text: string }> {
    sequence += 1;
    const key = idempotencyKey ?? `test:${sequence}:${Math.random()}`;
    const outcome = await door.handle(consoleIncoming(group as GroupRef, await actor(as), line, key));
    // The console's reply, with the lines the channels were told as its announcement.
    const { reply } = outcome;
    return { ...reply, text: renderText(reply) };
  }

  async function activity(number: number) {
    return db.prisma.activity.findFirstOrThrow({
      where: { number, plan: { groupId: group.id } },
      include: { statusUpdates: true, owners: { include: { member: true } } },
    });
  }

  return { clock, group, executor, door, run, actor, activity };
}
