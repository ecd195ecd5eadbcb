// The Slack path as a person feels it: signed `/lok status <nr> <status>` requests through Bolt's real
// HTTP receiver on loopback, `concurrency` at a time, timed from sending the request until the person
// sees the answer: the ack's body when the answer is in it, else its response_url post. In the same
// run, the floor: a bare Bolt app whose listener only acks with a fixed text, timed until the HTTP body.
// Slack's side (the fake Web API and the load) runs in a child process, as Slack is not in our process.
import { spawn } from "node:child_process";
import { once } from "node:events";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { App, HTTPReceiver, LogLevel } from "@slack/bolt";
import { ANNOUNCE_INTERVAL_MS } from "../../src/platforms/slack/announcer.ts";
import { bindChannel } from "../../src/services/channels.ts";
import { findGroup } from "../../src/services/groups.ts";
import type { FakeSlack } from "../support/slack-fake-api.ts";
import { slackDemoDatabase, slackHarness } from "../support/slack-harness.ts";
import { CHANNEL } from "../support/slack-payloads.ts";
import { SIGNING_SECRET } from "../support/slack-requests.ts";
import type { SlackLoadJob } from "./slack-side.ts";
import { median } from "./stats.ts";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

export interface LatencySummary {
  p50: number;
  p99: number;
  perSecond: number;
}

type LokSummary = LatencySummary & { answeredBy: { ack: number; responseUrl: number } };

export interface SlackBenchResult {
  /** Medians over the rounds. */
  lok: LatencySummary;
  floor: LatencySummary;
  /** The median of the rounds' ratios. */
  ratio: { p50: number; p99: number };
  rounds: { lok: LokSummary; floor: LatencySummary }[];
  answeredBy: { ack: number; responseUrl: number };
}

const medianOf = (rounds: LatencySummary[]): LatencySummary => ({
  p50: median(rounds.map((r) => r.p50)),
  p99: median(rounds.map((r) => r.p99)),
  perSecond: median(rounds.map((r) => r.perSecond)),
});

/** The Slack side (fake Web API and load) in a child process, so it does not share the app's event loop. */
async function startSlackSide() {
  const child = spawn(process.execPath, [join(ROOT, "test/bench/slack-side.ts")], {
    stdio: ["pipe", "pipe", "inherit"],
  });
  const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream })[Symbol.asyncIterator]();
  const next = async <T>(): Promise<T> => {
    const line = await lines.next();
    if (line.done) throw new Error("bench: the Slack side ended early");
    return JSON.parse(line.value) as T;
  };
  const { apiUrl } = await next<{ apiUrl: string }>();
  return {
    apiUrl,
    async run<T extends LatencySummary>(job: SlackLoadJob): Promise<T> {
      child.stdin?.write(`${JSON.stringify(job)}\n`);
      return next<T>();
    },
    async stop() {
      child.stdin?.end();
      await once(child, "exit");
    },
  };
}

async function startFloorApp() {
  const receiver = new HTTPReceiver({ signingSecret: SIGNING_SECRET, logLevel: LogLevel.ERROR });
  const app = new App({
    receiver,
    authorize: async () => ({ botToken: "xoxb-floor" }),
    logLevel: LogLevel.ERROR,
  });
  app.command("/lok", async ({ ack }) => {
    await ack("ok");
  });
  const server = await receiver.start(0);
  return {
    eventsUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/slack/events`,
    stop: () => receiver.stop(),
  };
}

/**
 * Both apps are warmed up first (a running bot has its code optimised long before a busy moment), then
 * measured in alternating rounds, floor then lok, so that both see the same machine.
 */
export async function benchSlack(options: {
  requests: number;
  concurrency: number;
  rounds?: number;
  warmup?: number;
  kind?: "pglite" | "postgresql";
}): Promise<SlackBenchResult> {
  const warmup = options.warmup ?? 500;
  const roundCount = options.rounds ?? 5;
  const side = await startSlackSide();
  const db = await slackDemoDatabase(options.kind ?? "pglite");
  const h = await slackHarness({
    db,
    fake: { apiUrl: side.apiUrl, close: async () => {} } as unknown as FakeSlack,
    announceIntervalMs: ANNOUNCE_INTERVAL_MS,
  });
  const floorApp = await startFloorApp();
  try {
    await bindChannel(
      db.prisma,
      { platform: "slack", workspaceId: "T1", channelId: CHANNEL },
      await findGroup(db.prisma),
    );
    const common = { requests: options.requests, concurrency: options.concurrency };
    const rounds: SlackBenchResult["rounds"] = [];
    let offset = 0;
    for (let round = 0; round < roundCount; round++) {
      const first = round === 0 ? warmup : 0;
      const floor = await side.run<LatencySummary>({
        mode: "floor",
        eventsUrl: floorApp.eventsUrl,
        ...common,
        warmup: first,
        offset,
      });
      const lok = await side.run<LokSummary>({
        mode: "lok",
        eventsUrl: h.eventsUrl,
        ...common,
        warmup: first,
        offset,
      });
      offset += first + options.requests;
      rounds.push({ lok, floor });
    }
    const lok = medianOf(rounds.map((r) => r.lok));
    const floor = medianOf(rounds.map((r) => r.floor));
    return {
      lok,
      floor,
      // Each round's reply against the floor measured just before it, on the same machine; then the median.
      ratio: {
        p50: median(rounds.map((r) => r.lok.p50 / r.floor.p50)),
        p99: median(rounds.map((r) => r.lok.p99 / r.floor.p99)),
      },
      rounds,
      answeredBy: {
        ack: rounds.reduce((n, r) => n + r.lok.answeredBy.ack, 0),
        responseUrl: rounds.reduce((n, r) => n + r.lok.answeredBy.responseUrl, 0),
      },
    };
  } finally {
    await floorApp.stop();
    await h.close();
    await db.close();
    await side.stop();
  }
}

/** What `npm run bench` and the stand-alone run print. */
export function reportSlack(
  result: SlackBenchResult,
  requests: number,
  kind: string,
  concurrency = 10,
): void {
  const f = (s: LatencySummary) =>
    `p50 ${s.p50.toFixed(2)} ms   p99 ${s.p99.toFixed(2)} ms   ${s.perSecond.toFixed(0)}/s`;
  console.log(
    `\nSlack /lok status on ${kind}: ${result.rounds.length} rounds × ${requests} signed requests, ${concurrency} concurrent, real HTTP receiver (medians of the rounds)`,
  );
  console.log(`  until the reply:       ${f(result.lok)}`);
  console.log(`  floor (bare Bolt ack): ${f(result.floor)}`);
  console.log(
    `  ratio (median of the rounds') p50 ${result.ratio.p50.toFixed(2)}×   p99 ${result.ratio.p99.toFixed(2)}×   (aim: p99 < 50 ms and ≤ 2× the floor)`,
  );
  console.log(
    `  per round p99, reply / floor: ${result.rounds.map((r) => `${r.lok.p99.toFixed(1)} / ${r.floor.p99.toFixed(1)}`).join(", ")} ms`,
  );
  console.log(
    `  answered in the ack ${result.answeredBy.ack}, through response_url ${result.answeredBy.responseUrl}`,
  );
}

// `node test/bench/slack.bench.ts` runs it alone.
if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith("slack.bench.ts")) {
  const requests = Number(process.env.BENCH_SLACK_REQUESTS ?? 1000);
  const rounds = Number(process.env.BENCH_SLACK_ROUNDS ?? 5);
  const concurrency = Number(process.env.BENCH_SLACK_CONCURRENCY ?? 10);
  const kind = process.env.DATABASE_URL ? "postgresql" : "pglite";
  reportSlack(await benchSlack({ requests, concurrency, rounds, kind }), requests, kind, concurrency);
}
