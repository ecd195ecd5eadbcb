// The Slack path as a person feels it: signed `/lok status <nr> <status>` requests through Bolt's real
// HTTP receiver on loopback, `concurrency` at a time, timed from sending the request until the reply
// reaches response_url (our ack is empty; the answer follows after the database write). In the same
// run, the floor: a bare Bolt app whose listener only acks with a fixed text, timed until the HTTP body.
import type { AddressInfo } from "node:net";
import { performance } from "node:perf_hooks";
import { App, HTTPReceiver, LogLevel } from "@slack/bolt";
import { ACTIVITY_STATUSES, STATUS_LABEL } from "../../src/core/activity-status.js";
import { bindChannel } from "../../src/services/channels.js";
import { findGroup } from "../../src/services/groups.js";
import { type SlackHarness, slackDemoDatabase, slackHarness, USERS } from "../support/slack-harness.js";
import { CHANNEL, slashCommand } from "../support/slack-payloads.js";
import { SIGNING_SECRET, sendSigned, slashCommandRequest } from "../support/slack-requests.js";
import { summarize } from "./stats.js";

export interface LatencySummary {
  p50: number;
  p99: number;
  perSecond: number;
}

export interface SlackBenchResult {
  lok: LatencySummary;
  floor: LatencySummary;
  ratio: { p50: number; p99: number };
}

async function runConcurrently(total: number, concurrency: number, one: (i: number) => Promise<number>) {
  const durations: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total) {
        const i = next++;
        durations.push(await one(i));
      }
    }),
  );
  const wall = performance.now() - started;
  const s = summarize(durations);
  return { p50: s.p50, p99: s.p99, perSecond: total / (wall / 1000) };
}

async function benchLok(h: SlackHarness, requests: number, concurrency: number, warmup: number) {
  const pending = new Map<string, (at: number) => void>();
  const unsubscribe = h.fake.onResponse((r) => pending.get(r.id)?.(r.at));
  const one = async (i: number) => {
    const status = STATUS_LABEL[ACTIVITY_STATUSES[i % ACTIVITY_STATUSES.length] as keyof typeof STATUS_LABEL];
    const id = `bench-${i}`;
    const answered = new Promise<number>((resolve) => pending.set(id, resolve));
    const request = slashCommandRequest(
      slashCommand({
        text: `status ${(i % 14) + 1} ${status} mätning ${i}`,
        userId: USERS.tina.id,
        responseUrl: h.fake.responseUrl(id),
        triggerId: `bench.${i}`,
      }),
    );
    const start = performance.now();
    const ack = await sendSigned(h.eventsUrl, request);
    if (ack.status !== 200) throw new Error(`bench: ack ${ack.status}`);
    const at = await answered;
    pending.delete(id);
    return at - start;
  };
  await runConcurrently(warmup, concurrency, (i) => one(1_000_000 + i));
  const result = await runConcurrently(requests, concurrency, one);
  unsubscribe();
  return result;
}

async function benchFloor(requests: number, concurrency: number, warmup: number) {
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
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/slack/events`;
  const one = async (i: number) => {
    const request = slashCommandRequest(
      slashCommand({
        text: `status ${(i % 14) + 1} klar`,
        userId: USERS.tina.id,
        responseUrl: "http://127.0.0.1:9/",
      }),
    );
    const res = await sendSigned(url, request);
    if (res.status !== 200 || res.text !== "ok") throw new Error("bench: floor did not ack");
    return res.elapsedMs;
  };
  try {
    await runConcurrently(warmup, concurrency, (i) => one(i));
    return await runConcurrently(requests, concurrency, one);
  } finally {
    await receiver.stop();
  }
}

export async function benchSlack(options: {
  requests: number;
  concurrency: number;
  kind?: "pglite" | "postgresql";
}): Promise<SlackBenchResult> {
  const warmup = Math.min(200, Math.max(20, Math.floor(options.requests / 10)));
  const h = await slackHarness({ db: await slackDemoDatabase(options.kind ?? "pglite") });
  try {
    await bindChannel(
      h.db.prisma,
      { platform: "slack", workspaceId: "T1", channelId: CHANNEL },
      await findGroup(h.db.prisma),
    );
    const floor = await benchFloor(options.requests, options.concurrency, warmup);
    const lok = await benchLok(h, options.requests, options.concurrency, warmup);
    return { lok, floor, ratio: { p50: lok.p50 / floor.p50, p99: lok.p99 / floor.p99 } };
  } finally {
    await h.close();
    await h.db.close();
  }
}

// `node src/bin/run-ts.mjs test/bench/slack.bench.ts` runs it alone.
if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith("slack.bench.ts")) {
  const requests = Number(process.env.BENCH_SLACK_REQUESTS ?? 1000);
  const kind = process.env.DATABASE_URL ? "postgresql" : "pglite";
  const result = await benchSlack({ requests, concurrency: 10, kind });
  const f = (s: LatencySummary) =>
    `p50 ${s.p50.toFixed(2)} ms   p99 ${s.p99.toFixed(2)} ms   ${s.perSecond.toFixed(0)}/s`;
  console.log(`Slack /lok status, ${requests} signed requests, 10 concurrent, real HTTP receiver, ${kind}`);
  console.log(`  until the reply (response_url): ${f(result.lok)}`);
  console.log(`  floor (bare Bolt ack):          ${f(result.floor)}`);
  console.log(`  ratio p50 ${result.ratio.p50.toFixed(2)}×   p99 ${result.ratio.p99.toFixed(2)}×`);
}
