// `npm run bench`: the figures the README reports. Medians over rounds, because this is a shared 2-core
// machine; ratios against a floor measured in the same run where the aim is a ratio.
import { cpus } from "node:os";
import { benchImport } from "./import.bench.ts";
import { benchScheduler } from "./scheduler.bench.ts";
import { benchBurst, benchMemory, pgliteTarget, postgresTarget } from "./serve-process.bench.ts";
import { benchSlack, reportSlack } from "./slack.bench.ts";
import { median, ms } from "./stats.ts";
import { benchStatusCommands, type StatusBenchResult } from "./status-commands.bench.ts";
import { benchWeb } from "./web.bench.ts";

const COMMANDS = Number(process.env.BENCH_COMMANDS ?? 2000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const SLACK_REQUESTS = Number(process.env.BENCH_SLACK_REQUESTS ?? 1000);
const SLACK_ROUNDS = Number(process.env.BENCH_SLACK_ROUNDS ?? 5);
const PG_URL = process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/test";
const BURST = Number(process.env.BENCH_BURST ?? 1000);
const WEB_REQUESTS = Number(process.env.BENCH_WEB_REQUESTS ?? 1000);
const only = new Set((process.env.BENCH_ONLY ?? "status,slack,burst,memory,scheduler,import,web").split(","));

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

if (only.has("burst")) {
  for (const kind of pg ? (["pglite", "postgresql"] as const) : (["pglite"] as const)) {
    const target =
      kind === "pglite"
        ? await pgliteTarget()
        : postgresTarget(PG_URL, `bench_burst_${process.pid}_${Date.now()}`);
    for (const busyDatabaseMs of [0, 5_000]) {
      const r = await benchBurst({ target, requests: BURST, busyDatabaseMs });
      console.log(
        `\nA burst of ${r.requests} signed /lok status at once, to a freshly started lok serve on ${kind} (own process, own connections)${busyDatabaseMs ? `, while another process keeps the database busy for ${busyDatabaseMs / 1000} s` : ""}`,
      );
      console.log(
        `  acks:    p50 ${ms(r.acks.p50)}   p99 ${ms(r.acks.p99)}   max ${ms(r.acks.max)}   later than 3 s: ${r.acks.late}   failed: ${r.acks.failed}`,
      );
      console.log(
        `  answers: p50 ${ms(r.answers.p50)}   p99 ${ms(r.answers.p99)}   max ${ms(r.answers.max)}   missing: ${r.answers.missing}`,
      );
      console.log(`  stored: ${r.stored} of ${r.requests} updates`);
      console.log(
        `  memory of lok serve: idle ${r.memory.idle.toFixed(0)} MB, after the burst ${r.memory.afterBurst.toFixed(0)} MB, peak ${r.memory.peak.toFixed(0)} MB`,
      );
      console.log(
        `  aim: every ack within 3 s, every update stored once: ${r.acks.late === 0 && r.acks.failed === 0 && r.stored === r.requests ? "met" : "missed"}`,
      );
    }
  }
}

if (only.has("memory")) {
  const m = await benchMemory(
    pg ? { postgresUrl: postgresTarget(PG_URL, `bench_memory_${process.pid}`).url } : {},
  );
  const f = (x: { rss: number; peak: number }) => `${x.rss.toFixed(0)} MB (peak ${x.peak.toFixed(0)} MB)`;
  console.log("\nMemory of lok serve with Slack configured, idle 5 s after start (resident set size)");
  console.log(`  PGlite, first start on a new directory: ${f(m.pgliteFirstStart)}   aim < 600 MB`);
  console.log(`  PGlite, an existing directory:          ${f(m.pgliteExisting)}   aim < 300 MB`);
  if (m.postgresql)
    console.log(`  PostgreSQL:                             ${f(m.postgresql)}   aim < 200 MB`);
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

if (only.has("web")) {
  const kind = pg ? "postgresql" : "pglite";
  console.log(
    `\nThe web page on ${kind}: a 40-activity plan with 2,000 status updates, 10 requests in flight, ` +
      `5 alternating rounds of ${WEB_REQUESTS} (the stylesheet from the same server, then the page); medians of the rounds`,
  );
  for (const row of await benchWeb({ kind, requests: WEB_REQUESTS, rounds: 5, concurrency: 10 })) {
    const p50 = median(row.rounds.map((r) => r.p50));
    const p99 = median(row.rounds.map((r) => r.p99));
    const floor99 = median(row.floorRounds.map((r) => r.p99));
    const ratio = median(row.rounds.map((r, i) => r.p99 / (row.floorRounds[i]?.p99 ?? Number.NaN)));
    const kb = (row.htmlBytes + row.cssBytes) / 1024;
    console.log(
      `  ${row.label.padEnd(15)} p50 ${ms(p50)}   p99 ${ms(p99)}   static p99 ${ms(floor99)}   p99 ${ratio.toFixed(2)}× the static file   ` +
        `HTML ${(row.htmlBytes / 1024).toFixed(1)} KB + CSS ${(row.cssBytes / 1024).toFixed(1)} KB, ${row.scripts} scripts`,
    );
    console.log(
      `    aim p99 within 3× the static file and under 50 ms: ${ratio <= 3 && p99 < 50 ? "met" : "missed"}; ` +
        `HTML + CSS under 60 KB, no JavaScript: ${kb < 60 && row.scripts === 0 ? "met" : "missed"}`,
    );
  }
}
