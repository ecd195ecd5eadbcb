// Slack's side of the burst benchmark, in its own process: the fake Web API (which also receives the
// response_url posts) and a burst of signed `/lok status` requests all sent at once. It prints the
// fake's URL, waits for a line with the bot's events URL and the burst's size, then prints what the
// people would have seen: when each ack arrived and when each answer did.
import { Agent, request } from "node:http";
import { performance } from "node:perf_hooks";
import { createInterface } from "node:readline";
import { startFakeSlack } from "../support/slack-fake-api.ts";
import { USERS } from "../support/slack-harness.ts";
import { slashCommand } from "../support/slack-payloads.ts";
import { SIGNING_SECRET, slackSignature, slashCommandRequest } from "../support/slack-requests.ts";
import { summarize } from "./stats.ts";

export interface BurstJob {
  eventsUrl: string;
  requests: number;
  tag: string;
}

export interface BurstResult {
  acks: { p50: number; p99: number; max: number; late: number; failed: number };
  answers: { p50: number; p99: number; max: number; missing: number };
}

const fake = await startFakeSlack({
  users: Object.fromEntries(Object.values(USERS).map((u) => [u.id, { name: u.name, email: u.email }])),
});
const answeredAt = new Map<string, number>();
fake.onResponse((r) => answeredAt.set(r.id, r.at));

/** One request over its own connection, as Slack's many senders would open them. */
function post(url: URL, body: string, agent: Agent): Promise<{ status: number; body: string }> {
  const timestamp = Math.floor(Date.now() / 1000);
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: "POST",
        agent,
        headers: {
          "content-type": "application/x-www-form-urlencoded",
          "content-length": Buffer.byteLength(body),
          "x-slack-request-timestamp": String(timestamp),
          "x-slack-signature": slackSignature(SIGNING_SECRET, timestamp, body),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString() }));
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

async function burst(job: BurstJob): Promise<BurstResult> {
  const url = new URL(job.eventsUrl);
  const agent = new Agent({ keepAlive: false, maxSockets: Number.POSITIVE_INFINITY });
  const users = [USERS.tina, USERS.anna];
  const started = performance.now();
  const acks: number[] = [];
  let failed = 0;
  const ids: string[] = [];
  await Promise.all(
    Array.from({ length: job.requests }, async (_, i) => {
      const id = `${job.tag}-${i}`;
      ids.push(id);
      const { body } = slashCommandRequest(
        slashCommand({
          text: `status ${(i % 14) + 1} ${i % 2 ? "pågår" : "klar"} ${job.tag} ${i}`,
          userId: (users[i % users.length] as (typeof users)[number]).id,
          responseUrl: fake.responseUrl(id),
          triggerId: `${job.tag}.${i}`,
        }),
      );
      try {
        const res = await post(url, body, agent);
        const at = performance.now();
        if (res.status !== 200) failed++;
        acks.push(at - started);
        // An answer in the ack's body is seen when the ack arrives.
        if (res.body) answeredAt.set(id, at);
      } catch {
        failed++;
      }
    }),
  );
  // Answers that follow through response_url: wait until they have all come or 30 s have passed.
  const deadline = performance.now() + 30_000;
  while (ids.some((id) => !answeredAt.has(id)) && performance.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const answers = ids
    .filter((id) => answeredAt.has(id))
    .map((id) => (answeredAt.get(id) as number) - started);
  const a = summarize(acks);
  const b = summarize(answers);
  agent.destroy();
  return {
    acks: { p50: a.p50, p99: a.p99, max: a.max, late: acks.filter((t) => t > 3_000).length, failed },
    answers: { p50: b.p50, p99: b.p99, max: b.max, missing: job.requests - answers.length },
  };
}

process.stdout.write(`${JSON.stringify({ apiUrl: fake.apiUrl })}\n`);
for await (const line of createInterface({ input: process.stdin })) {
  process.stdout.write(`${JSON.stringify(await burst(JSON.parse(line) as BurstJob))}\n`);
}
await fake.close();
