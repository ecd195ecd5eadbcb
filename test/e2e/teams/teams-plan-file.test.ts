// A plan file sent in the Teams personal chat, through the real SDK app with JWT validation on: the
// file attachment's pre-authenticated downloadUrl is fetched (without the bot's token), the dry run
// comes back as a card with Importera and Avbryt, and Importera (Action.Execute) imports the plan. A
// download URL over plain http is fetched only from an origin the surface was explicitly given.
import { readFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "../../../src/core/clock.ts";
import type { Database } from "../../../src/db/open-database.ts";
import { createHttpServer, type SharedHttpServer } from "../../../src/http/server.ts";
import { createTeamsSurface, type TeamsSurface } from "../../../src/platforms/teams/index.ts";
import { createAnnouncer } from "../../../src/services/announcements.ts";
import { createDoor } from "../../../src/services/conversation.ts";
import { loadDemo, readDemo } from "../../../src/services/demo.ts";
import { createCommandExecutor } from "../../../src/services/execute-command.ts";
import { DEMO_NOW } from "../../support/command-harness.ts";
import { ANNA, cardAction, personalFileMessage } from "../../support/teams-activities.ts";
import {
  APP_ID,
  APP_SECRET,
  type ConnectorCall,
  type FakeMicrosoft,
  routeLoginToFake,
  startFakeMicrosoft,
  TENANT_ID,
} from "../../support/teams-fakes.ts";
import { createTestDatabase } from "../../support/test-database.ts";

type Json = Record<string, unknown>;
const FILE = "vasteras-2022-2024.csv";
const PLAN = "Handlingsplan 2022–2024";

let db: Database;
let fake: FakeMicrosoft;
let surface: TeamsSurface;
let http: SharedHttpServer;
let restoreFetch: () => void;
let files: Server;
let filesOrigin: string;
let stranger: Server;
let strangerOrigin: string;
const fileRequests: { url?: string; authorization?: string }[] = [];
const strangerRequests: string[] = [];

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

async function post(activity: Json) {
  const res = await fetch(`http://127.0.0.1:${surface.port()}/api/messages`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${await fake.token()}` },
    body: JSON.stringify(activity),
  });
  const text = await res.text();
  return { status: res.status, body: text ? (JSON.parse(text) as Json) : undefined };
}

async function sentDuring(run: () => Promise<unknown>): Promise<ConnectorCall[]> {
  const before = fake.connectorCalls.length;
  await run();
  return fake.connectorCalls.slice(before);
}

function cardOf(call: ConnectorCall | undefined): Json {
  const attachments = (call?.body.attachments ?? []) as { content: Json }[];
  return attachments[0]?.content as Json;
}

function cardText(card: Json): string {
  const texts: string[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === "object") {
      const o = node as Json;
      if (typeof o.text === "string") texts.push(o.text);
      for (const v of Object.values(o)) walk(v);
    }
  };
  walk(card.body);
  return texts.join("\n");
}

beforeAll(async () => {
  const bytes = await readFile(join(import.meta.dirname, "../../../prisma/plans", FILE));
  files = createServer((req, res) => {
    fileRequests.push({
      url: req.url,
      ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}),
    });
    res.writeHead(200, { "content-type": "text/csv", "content-length": bytes.length }).end(bytes);
  });
  stranger = createServer((req, res) => {
    strangerRequests.push(req.url ?? "");
    res.writeHead(200).end(bytes);
  });
  filesOrigin = await listen(files);
  strangerOrigin = await listen(stranger);
  db = await createTestDatabase("pglite");
  await loadDemo(db.prisma, await readDemo(), new Date(DEMO_NOW));
  fake = await startFakeMicrosoft();
  restoreFetch = routeLoginToFake(fake);
  const logger = pino({ level: process.env.TEAMS_TEST_LOG ?? "silent" });
  const deps = { prisma: db.prisma, clock: fixedClock(DEMO_NOW), logger };
  const announcer = createAnnouncer(deps);
  const door = createDoor(deps, createCommandExecutor(deps), { admins: [ANNA.aadObjectId], announcer });
  http = createHttpServer({ port: 0, host: "127.0.0.1", logger });
  surface = await createTeamsSurface({
    config: {
      credentials: { clientId: APP_ID, clientSecret: APP_SECRET, tenantId: TENANT_ID },
      allowUnauthenticated: false,
      extraServiceOrigins: [fake.url],
    },
    door,
    db: deps.prisma,
    clock: deps.clock,
    announcements: announcer,
    logger,
    cloud: fake.cloud,
    http,
    insecureFileOrigins: [filesOrigin],
  });
  await surface.start();
  await http.listen();
});

afterAll(async () => {
  await surface?.stop();
  await http?.close();
  restoreFetch?.();
  await fake?.close();
  await db?.close();
  files?.close();
  stranger?.close();
});

const activities = () => db.prisma.activity.count({ where: { plan: { name: PLAN } } });

describe("a plan file in the Teams personal chat", () => {
  it("gets a dry run card with Importera and Avbryt; Importera imports the plan once", async () => {
    const downloadUrl = `${filesOrigin}/personal/anna/download.aspx?UniqueId=1150d938&Translate=false&tempauth=abc`;
    const [reply] = await sentDuring(() =>
      post(personalFileMessage(fake.serviceUrl, ANNA, { name: FILE, downloadUrl })),
    );
    const card = cardOf(reply);
    expect(cardText(card)).toContain(`Provkörning av ${FILE}`);
    expect(cardText(card)).toContain("Skulle läsa in 24 aktiviteter");
    const buttons = (card.actions ?? []) as Json[];
    expect(buttons.map((b) => b.title)).toEqual(["Importera", "Avbryt"]);
    // Fetched once, with no token of the bot's.
    expect(fileRequests).toEqual([
      { url: "/personal/anna/download.aspx?UniqueId=1150d938&Translate=false&tempauth=abc" },
    ]);
    expect(await activities()).toBe(0);

    const data = buttons[0]?.data as Json;
    const res = await post(cardAction(fake.serviceUrl, ANNA, data, "personal"));
    expect(res.status).toBe(200);
    expect(cardText(res.body?.value as Json)).toContain(`${FILE} är inläst.`);
    expect(await activities()).toBe(24);
    // The same button again is the same press: its first answer, and nothing imported twice.
    const again = await post(cardAction(fake.serviceUrl, ANNA, data, "personal"));
    expect(cardText(again.body?.value as Json)).toContain(`${FILE} är inläst.`);
    expect(await db.prisma.planUpload.findMany({ select: { state: true } })).toEqual([{ state: "imported" }]);
    expect(await activities()).toBe(24);
  });

  it("a download URL over http from an origin not configured is not fetched", async () => {
    const uploads = await db.prisma.planUpload.count();
    const downloadUrl = `${strangerOrigin}/download.aspx?tempauth=abc`;
    const [reply] = await sentDuring(() =>
      post(personalFileMessage(fake.serviceUrl, ANNA, { name: FILE, downloadUrl })),
    );
    expect(cardText(cardOf(reply))).toContain(`Jag kunde inte hämta ${FILE} från chatten`);
    expect(strangerRequests).toEqual([]);
    expect(await db.prisma.planUpload.count()).toBe(uploads);
  });
});
