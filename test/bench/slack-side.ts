// The far side of the Slack benchmark, in its own process as Slack is in reality: the fake Web API
// (which also receives response_url posts) and the people typing `/lok status`. It prints the fake's
// URL, then runs each job read from stdin against the app's /slack/events and prints the latencies.
import { performance } from "node:perf_hooks";
import { createInterface } from "node:readline";
import { ACTIVITY_STATUSES, STATUS_LABEL } from "../../src/core/activity-status.ts";
import { startFakeSlack } from "../support/slack-fake-api.ts";
import { USERS } from "../support/slack-harness.ts";
import { slashCommand } from "../support/slack-payloads.ts";
import { sendSigned, slashCommandRequest } from "../support/slack-requests.ts";
import { summarize } from "./stats.ts";

export interface SlackLoadJob {
  mode: "lok" | "floor";
  eventsUrl: string;
  requests: number;
  concurrency: number;
  /** Requests sent first and not measured. */
  warmup: number;
  /** Where this job's request numbers start, so that no two requests of a run share a trigger_id. */
  offset: number;
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

const fake = await startFakeSlack({
  users: Object.fromEntries(Object.values(USERS).map((u) => [u.id, { name: u.name, email: u.email }])),
});
const pending = new Map<string, (at: number) => void>();
fake.onResponse((r) => pending.get(r.id)?.(r.at));

/** How the answers came: in the ack's body, or later through response_url. */
const answeredBy = { ack: 0, responseUrl: 0 };

/** Until the person sees the answer: the ack's body when it carries one, else the response_url post. */
async function lok(job: SlackLoadJob, i: number): Promise<number> {
  const status = STATUS_LABEL[ACTIVITY_STATUSES[i % ACTIVITY_STATUSES.length] as keyof typeof STATUS_LABEL];
  const id = `bench-${i}`;
  const answered = new Promise<number>((resolve) => pending.set(id, resolve));
  const request = slashCommandRequest(
    slashCommand({
      text: `status ${(i % 14) + 1} ${status} mätning ${i}`,
      userId: USERS.tina.id,
      responseUrl: fake.responseUrl(id),
      triggerId: `bench.${job.mode}.${i}`,
    }),
  );
  const start = performance.now();
  const ack = await sendSigned(job.eventsUrl, request);
  if (ack.status !== 200) throw new Error(`bench: ack ${ack.status}`);
  if (ack.text) {
    pending.delete(id);
    const body = JSON.parse(ack.text) as { text?: string; blocks?: unknown[] };
    if (!body.text?.includes(`aktivitet ${(i % 14) + 1}`)) throw new Error(`bench: ack said ${ack.text}`);
    answeredBy.ack++;
    return ack.finishedAt - start;
  }
  const at = await answered;
  pending.delete(id);
  answeredBy.responseUrl++;
  return at - start;
}

/** Until the HTTP body of a bare ack with a fixed text. */
async function floor(job: SlackLoadJob, i: number): Promise<number> {
  const request = slashCommandRequest(
    slashCommand({
      text: `status ${(i % 14) + 1} klar`,
      userId: USERS.tina.id,
      responseUrl: "http://127.0.0.1:9/",
    }),
  );
  const res = await sendSigned(job.eventsUrl, request);
  if (res.status !== 200 || res.text !== "ok") throw new Error("bench: floor did not ack");
  return res.elapsedMs;
}

process.stdout.write(`${JSON.stringify({ apiUrl: fake.apiUrl })}\n`);
for await (const line of createInterface({ input: process.stdin })) {
  const job = JSON.parse(line) as SlackLoadJob;
  const one = job.mode === "lok" ? lok : floor;
  if (job.warmup > 0) await runConcurrently(job.warmup, job.concurrency, (i) => one(job, job.offset + i));
  answeredBy.ack = 0;
  answeredBy.responseUrl = 0;
  const start = job.offset + job.warmup;
  const result = await runConcurrently(job.requests, job.concurrency, (i) => one(job, start + i));
  process.stdout.write(
    `${JSON.stringify(job.mode === "lok" ? { ...result, answeredBy: { ...answeredBy } } : result)}\n`,
  );
}
await fake.close();
