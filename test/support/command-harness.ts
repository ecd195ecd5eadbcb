// Drives the real command executor against a real database loaded with the demo, at a fixed time.
import { pino } from "pino";
import { fixedClock } from "../../src/core/clock.ts";
import type { Reply } from "../../src/core/reply.ts";
import type { Database } from "../../src/db/open-database.ts";
import { renderText } from "../../src/platforms/console/render-text.ts";
import type { Actor, CommandContext, GroupRef } from "../../src/services/actor.ts";
import { loadDemo, readDemo } from "../../src/services/demo.ts";
import { createCommandExecutor } from "../../src/services/execute-command.ts";
import { findGroup } from "../../src/services/groups.ts";

export const DEMO_NOW = "2026-11-23T09:00:00Z";

export async function commandHarness(db: Database, now = DEMO_NOW) {
  const clock = fixedClock(now);
  await loadDemo(db.prisma, await readDemo(), clock.now());
  const group = await findGroup(db.prisma);
  const executor = createCommandExecutor({ prisma: db.prisma, clock, logger: pino({ level: "silent" }) });
  let sequence = 0;

  async function actor(name: string): Promise<Actor> {
    const m = await db.prisma.member.findFirstOrThrow({ where: { groupId: group.id, name } });
    return { memberId: m.id, name: m.name, role: m.role };
  }

  async function run(as: string, line: string, idempotencyKey?: string): Promise<Reply & { text: string }> {
    sequence += 1;
    const ctx: CommandContext = {
      group: group as GroupRef,
      actor: await actor(as),
      source: "console",
      idempotencyKey: idempotencyKey ?? `test:${sequence}:${Math.random()}`,
    };
    const reply = await executor.run(line, ctx);
    return { ...reply, text: renderText(reply) };
  }

  async function activity(number: number) {
    return db.prisma.activity.findFirstOrThrow({
      where: { number, plan: { groupId: group.id } },
      include: { statusUpdates: true, owners: { include: { member: true } } },
    });
  }

  return { clock, group, executor, run, actor, activity };
}
