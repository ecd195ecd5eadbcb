// The public web page under load: the group page and the activity table of a 40-activity plan with
// 2,000 status updates, 10 requests in flight through a real HTTP server, against the stylesheet served
// by the same server in the same run (the floor). Also the weight of each page type.
import { performance } from "node:perf_hooks";
import { serve } from "@hono/node-server";
import { pino } from "pino";
import { ACTIVITY_STATUSES } from "../../src/core/activity-status.ts";
import { systemClock } from "../../src/core/clock.ts";
import { createWebApp, STYLESHEET } from "../../src/platforms/web/app.ts";
import { setPublished } from "../../src/services/publication.ts";
import { createTestDatabase, type TestDatabaseKind } from "../support/test-database.ts";
import { summarize } from "./stats.ts";

export interface WebBenchRow {
  path: string;
  label: string;
  rounds: ReturnType<typeof summarize>[];
  floorRounds: ReturnType<typeof summarize>[];
  /** Bytes of HTML, plus the stylesheet it links. */
  htmlBytes: number;
  cssBytes: number;
  scripts: number;
}

const PARTIES = ["stad", "civilsamhalle", "gemensamt"] as const;

async function seed(db: Awaited<ReturnType<typeof createTestDatabase>>, activities: number, updates: number) {
  const group = await db.prisma.group.create({ data: { name: "Webbens mätgrupp" } });
  const plan = await db.prisma.plan.create({ data: { groupId: group.id, name: "Handlingsplan 2026–2027" } });
  const principles = await Promise.all(
    ["dialog", "oppenhet", "langsiktighet", "mangfald"].map((key, position) =>
      db.prisma.principle.create({ data: { planId: plan.id, key, name: key, position } }),
    ),
  );
  await db.prisma.activity.createMany({
    data: Array.from({ length: activities }, (_, i) => ({
      planId: plan.id,
      number: i + 1,
      title: `Aktivitet ${i + 1}: ta fram en gemensam rutin för dialog med föreningarna`,
      principleId: principles[i % principles.length]?.id ?? null,
      party: PARTIES[i % PARTIES.length],
      responsibleOrg: "Kultur- och fritidsförvaltningen",
      dueDate: new Date(Date.UTC(2027, i % 12, 15)),
      status: ACTIVITY_STATUSES[i % ACTIVITY_STATUSES.length],
    })),
  });
  const rows = await db.prisma.activity.findMany({ where: { planId: plan.id }, select: { id: true } });
  const start = Date.UTC(2026, 0, 1);
  await db.prisma.statusUpdate.createMany({
    data: Array.from({ length: updates }, (_, i) => ({
      activityId: rows[i % rows.length]?.id as number,
      status: ACTIVITY_STATUSES[i % ACTIVITY_STATUSES.length] as (typeof ACTIVITY_STATUSES)[number],
      comment: `Uppföljning ${i}: vi har haft möte och går vidare`,
      source: "console",
      idempotencyKey: `web-bench:${i}`,
      createdAt: new Date(start + i * 3_600_000),
    })),
  });
  const published = await setPublished(db.prisma, group.id, true);
  return published?.slug as string;
}

/** `requests` GETs of `url`, `concurrency` in flight; each duration until the whole body has arrived. */
async function load(url: string, requests: number, concurrency: number): Promise<number[]> {
  const durations: number[] = [];
  let next = 0;
  async function worker() {
    while (next < requests) {
      next += 1;
      const start = performance.now();
      const res = await fetch(url);
      await res.arrayBuffer();
      if (res.status !== 200) throw new Error(`bench: ${url} answered ${res.status}`);
      durations.push(performance.now() - start);
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker));
  return durations;
}

export async function benchWeb(options: {
  kind: TestDatabaseKind;
  requests: number;
  rounds: number;
  concurrency: number;
}): Promise<WebBenchRow[]> {
  const db = await createTestDatabase(options.kind);
  const slug = await seed(db, 40, 2000);
  const app = createWebApp({ prisma: db.prisma, clock: systemClock, logger: pino({ level: "silent" }) });
  const server = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" });
  await new Promise<void>((resolve) => server.once("listening", () => resolve()));
  const address = server.address();
  const origin = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
  const pages = [
    { label: "group page", path: `/g/${slug}` },
    { label: "activity table", path: `/g/${slug}/aktiviteter` },
    { label: "activity page", path: `/g/${slug}/aktiviteter/7` },
    { label: "start page", path: "/" },
  ];
  const css = await (await fetch(`${origin}${STYLESHEET}`)).arrayBuffer();
  try {
    const out: WebBenchRow[] = [];
    for (const p of pages) {
      const first = await fetch(`${origin}${p.path}`);
      const html = await first.text();
      if (first.status !== 200) {
        console.log(`  ${p.label} (${p.path}) answered ${first.status}: skipped`);
        continue;
      }
      // Warm-up, then alternating rounds: the floor, then the page.
      await load(`${origin}${p.path}`, 200, options.concurrency);
      const rounds: ReturnType<typeof summarize>[] = [];
      const floorRounds: ReturnType<typeof summarize>[] = [];
      for (let r = 0; r < options.rounds; r++) {
        floorRounds.push(
          summarize(await load(`${origin}${STYLESHEET}`, options.requests, options.concurrency)),
        );
        rounds.push(summarize(await load(`${origin}${p.path}`, options.requests, options.concurrency)));
      }
      out.push({
        ...p,
        rounds,
        floorRounds,
        htmlBytes: Buffer.byteLength(html),
        cssBytes: css.byteLength,
        scripts: (html.match(/<script\b/gi) ?? []).length,
      });
    }
    return out;
  } finally {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await db.close();
  }
}
