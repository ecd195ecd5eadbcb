// `npm run bench`: the figures the README reports. Medians over rounds, because this is a shared 2-core machine.
import { cpus } from "node:os";
import { median, ms } from "./stats.js";
import { benchStatusCommands, type StatusBenchResult } from "./status-commands.bench.js";

const COMMANDS = Number(process.env.BENCH_COMMANDS ?? 2000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const PG_URL = process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/test";

function report(title: string, result: StatusBenchResult) {
  const p50 = median(result.rounds.map((r) => r.p50));
  const p99 = median(result.rounds.map((r) => r.p99));
  const perSecond = median(result.rounds.map((r) => r.perSecond));
  console.log(`\n${title} — ${result.database}`);
  console.log(
    `  ${ROUNDS} rounds × ${COMMANDS} status commands (parse + execute + write), medians of the rounds:`,
  );
  console.log(`  updates/s ${perSecond.toFixed(0)}   p50 ${ms(p50)}   p99 ${ms(p99)}`);
  console.log(`  per round p99: ${result.rounds.map((r) => ms(r.p99)).join(", ")}`);
  return { p50, p99, perSecond };
}

console.log(
  `LÖK-boten benchmark — node ${process.version}, ${cpus().length} cores (${cpus()[0]?.model ?? "?"})`,
);
const pglite = report(
  "Status commands on PGlite",
  await benchStatusCommands({ kind: "pglite", commands: COMMANDS, rounds: ROUNDS }),
);
let postgres: ReturnType<typeof report> | undefined;
try {
  postgres = report(
    "Status commands on PostgreSQL",
    await benchStatusCommands({
      kind: "postgresql",
      databaseUrl: PG_URL,
      commands: COMMANDS,
      rounds: ROUNDS,
    }),
  );
} catch (error) {
  console.log(`\nPostgreSQL skipped: ${(error as Error).message}`);
}
console.log("\nAims: p99 under 40 ms on PGlite, under 20 ms on PostgreSQL.");
console.log(`  PGlite p99 ${ms(pglite.p99)} ${pglite.p99 < 40 ? "✓" : "✗"}`);
if (postgres) console.log(`  PostgreSQL p99 ${ms(postgres.p99)} ${postgres.p99 < 20 ? "✓" : "✗"}`);
