// `npm run bench`: the figures the README reports. Medians over rounds, because this is a shared 2-core
// machine; ratios against a floor measured in the same run where the aim is a ratio.
import { cpus } from "node:os";
import { benchImport } from "./import.bench.js";
import { benchScheduler } from "./scheduler.bench.js";
import { benchSlack, reportSlack } from "./slack.bench.js";
import { median, ms } from "./stats.js";
import { benchStatusCommands, type StatusBenchResult } from "./status-commands.bench.js";

const COMMANDS = Number(process.env.BENCH_COMMANDS ?? 2000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const SLACK_REQUESTS = Number(process.env.BENCH_SLACK_REQUESTS ?? 1000);
const SLACK_ROUNDS = Number(process.env.BENCH_SLACK_ROUNDS ?? 5);
const PG_URL = process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/test";
const only = new Set((process.env.BENCH_ONLY ?? "status,slack,scheduler,import").split(","));

function reportStatus(title: string, result: StatusBenchResult) {
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

async function postgresUp(): Promise<boolean> {
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: PG_URL });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

console.log(
  `LÖK-boten benchmark — node ${process.version}, ${cpus().length} cores (${cpus()[0]?.model ?? "?"})`,
);
const pg = await postgresUp();
if (!pg) console.log(`PostgreSQL at ${PG_URL} is not reachable: its parts are skipped.`);
// The test databases the benchmarks create (one schema each) live on this server.
else process.env.DATABASE_URL ??= PG_URL;

if (only.has("status")) {
  const pglite = reportStatus(
    "Status commands on PGlite",
    await benchStatusCommands({ kind: "pglite", commands: COMMANDS, rounds: ROUNDS }),
  );
  console.log(`  aim p99 < 40 ms on PGlite: ${pglite.p99 < 40 ? "met" : "missed"}`);
  if (pg) {
    const postgres = reportStatus(
      "Status commands on PostgreSQL",
      await benchStatusCommands({
        kind: "postgresql",
        databaseUrl: PG_URL,
        commands: COMMANDS,
        rounds: ROUNDS,
      }),
    );
    console.log(`  aim p99 < 20 ms on PostgreSQL: ${postgres.p99 < 20 ? "met" : "missed"}`);
  }
}

if (only.has("slack")) {
  for (const kind of pg ? (["postgresql", "pglite"] as const) : (["pglite"] as const)) {
    const r = await benchSlack({ requests: SLACK_REQUESTS, concurrency: 10, rounds: SLACK_ROUNDS, kind });
    reportSlack(r, SLACK_REQUESTS, kind);
  }
}

if (only.has("scheduler") && pg) {
  console.log(
    "\nScheduler sweep on PostgreSQL (groups of 40 activities, mixed deadlines): compute + enqueue",
  );
  for (const row of await benchScheduler({ databaseUrl: PG_URL, activities: [2000, 8000, 32000] })) {
    console.log(
      `  ${String(row.activities).padStart(6)} activities, ${String(row.groups).padStart(4)} groups: ${ms(row.ms)}, ${row.enqueued} enqueued`,
    );
  }
  console.log("  aim: 8,000 under 1 s, linear");
}

if (only.has("import")) {
  const r = await benchImport({ rows: 10_000 });
  console.log(`\nImport of a ${r.rows}-row xlsx on PGlite: ${ms(r.ms)} (aim: under 5 s)`);
}
