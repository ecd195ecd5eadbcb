// Parse + execute + database write of `status <nr> <status> [kommentar]`, as the console, Slack and
// Teams run it: sequential commands through the real executor on a real database.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { pino } from "pino";
import { ACTIVITY_STATUSES, STATUS_LABEL } from "../../src/core/activity-status.ts";
import { systemClock } from "../../src/core/clock.ts";
import { type Database, openDatabase } from "../../src/db/open-database.ts";
import type { CommandContext } from "../../src/services/actor.ts";
import { loadDemo, readDemo } from "../../src/services/demo.ts";
import { findGroup } from "../../src/services/groups.ts";
import { doorFor, runLine } from "../support/run-line.ts";
import { summarize } from "./stats.ts";

export interface StatusBenchResult {
  database: string;
  rounds: ReturnType<typeof summarize>[];
}

async function oneRound(db: Database, commands: number, warmup: number) {
  await loadDemo(db.prisma, await readDemo(), systemClock.now());
  const group = await findGroup(db.prisma);
  const member = await db.prisma.member.findFirstOrThrow({
    where: { groupId: group.id, name: "Tina Modin" },
  });
  const executor = doorFor({
    prisma: db.prisma,
    clock: systemClock,
    logger: pino({ level: "silent" }),
  });
  const durations: number[] = [];
  for (let i = 0; i < warmup + commands; i++) {
    const status = STATUS_LABEL[ACTIVITY_STATUSES[i % ACTIVITY_STATUSES.length] as keyof typeof STATUS_LABEL];
    const line = `/lok status ${(i % 14) + 1} ${status} mätning ${i}`;
    const ctx: CommandContext = {
      group,
      actor: { memberId: member.id, name: member.name, role: member.role },
      source: "console",
      idempotencyKey: `bench:${Date.now()}:${i}`,
    };
    const start = performance.now();
    const reply = await runLine(executor, line, ctx);
    const elapsed = performance.now() - start;
    if (reply.tone !== "success") throw new Error(`bench: unexpected reply to ${line}`);
    if (i >= warmup) durations.push(elapsed);
  }
  return summarize(durations);
}

export async function benchStatusCommands(options: {
  kind: "pglite" | "postgresql";
  databaseUrl?: string;
  commands: number;
  rounds: number;
}): Promise<StatusBenchResult> {
  const dir = options.kind === "pglite" ? await mkdtemp(join(tmpdir(), "lok-bench-")) : undefined;
  const schema = `bench_${process.pid}`;
  const db = await openDatabase(
    options.kind === "pglite"
      ? { dataDir: dir as string }
      : { databaseUrl: options.databaseUrl as string, schema },
  );
  try {
    const rounds = [];
    for (let r = 0; r < options.rounds; r++) rounds.push(await oneRound(db, options.commands, 200));
    return { database: db.description, rounds };
  } finally {
    if (options.kind === "postgresql")
      await db.prisma.$executeRawUnsafe(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await db.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  }
}
