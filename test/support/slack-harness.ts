// The Slack surface as it runs in production, on loopback: a PGlite database with the demo, the real
// conversation and executor, Bolt's HTTP receiver mounted on the one HTTP server (with the web page and
// /healthz) on port 0 (or Socket Mode), and the fake Web API.
import { fixedClock } from "../../src/core/clock.ts";
import type { Database } from "../../src/db/open-database.ts";
import { databaseAnswers } from "../../src/db/sql/health.ts";
import { createHttpServer, type SharedHttpServer } from "../../src/http/server.ts";
import { createLogger } from "../../src/logger.ts";
import { createSlackSurface, SLACK_EVENTS_PATH, type SlackSurface } from "../../src/platforms/slack/index.ts";
import { createWebApp } from "../../src/platforms/web/app.ts";
import { createAnnouncer } from "../../src/services/announcements.ts";
import { createDoor, type Door } from "../../src/services/conversation.ts";
import { loadDemo, readDemo } from "../../src/services/demo.ts";
import { createCommandExecutor } from "../../src/services/execute-command.ts";
import { DEMO_NOW } from "./command-harness.ts";
import type { LogCapture } from "./log-capture.ts";
import { messagePayload } from "./slack-block-schema.ts";
import { type FakeSlack, startFakeSlack } from "./slack-fake-api.ts";
import { nextId, slashCommand } from "./slack-payloads.ts";
import { SIGNING_SECRET, sendSigned, slashCommandRequest } from "./slack-requests.ts";
import { createTestDatabase } from "./test-database.ts";

/** Slack users of the tests: two demo members found by e-mail, an admin from LOK_ADMINS, and a newcomer. */
export const USERS = {
  anna: { id: "U0ANNA", name: "Anna Fogel", email: "anna.fogel@orebro.se" },
  tina: { id: "U0TINA", name: "Tina Modin", email: "tina.modin@example.org" },
  admin: { id: "U0ADMIN", name: "Ada Admin", email: "ada@orebro.se" },
  newcomer: { id: "U0NEW", name: "Nils Ny", email: "nils@example.org" },
} as const;

export interface SlackHarness {
  db: Database;
  fake: FakeSlack;
  surface: SlackSurface;
  /** The one HTTP server the endpoint is mounted on. */
  http: SharedHttpServer;
  eventsUrl: string;
  clock: ReturnType<typeof fixedClock>;
  close(): Promise<void>;
}

/** A test database with the demo loaded and the Slack users' e-mail addresses on their members. */
export async function slackDemoDatabase(kind: "pglite" | "postgresql"): Promise<Database> {
  const db = await createTestDatabase(kind);
  await loadDemo(db.prisma, await readDemo(), new Date(DEMO_NOW));
  for (const u of [USERS.anna, USERS.tina]) {
    await db.prisma.member.updateMany({ where: { name: u.name }, data: { email: u.email } });
  }
  return db;
}

export async function slackHarness(
  options: {
    socketMode?: boolean;
    db?: Database;
    fake?: FakeSlack;
    logLevel?: string;
    /** Where the log goes (at logLevel); stderr otherwise. */
    log?: LogCapture;
    /** Slack's pace of one message a second per channel when given; tests post announcements at once. */
    announceIntervalMs?: number;
    /** Commands worked on at once. */
    concurrency?: number;
    /** Wraps the door the surface knocks on (to watch what it decides). */
    wrapDoor?: (door: Door) => Door;
    /** The port to listen on (0, any free one, by default). */
    port?: number;
    /**
     * PUBLIC_URL: with it the web app has the signed-in pages on the same door (sign-in links name
     * this address, changes are announced in Slack).
     */
    publicUrl?: string;
    /** Mounts more on the HTTP server before it listens (another platform's endpoint). */
    beforeListen?: (http: SharedHttpServer, db: Database) => Promise<void>;
  } = {},
): Promise<SlackHarness> {
  const db = options.db ?? (await slackDemoDatabase("pglite"));
  const fake =
    options.fake ??
    (await startFakeSlack({
      users: Object.fromEntries(Object.values(USERS).map((u) => [u.id, { name: u.name, email: u.email }])),
    }));
  const clock = fixedClock(DEMO_NOW);
  // The process's own logger (with its redaction), as in production.
  const level = options.logLevel ?? process.env.LOG_LEVEL ?? "silent";
  const logger = options.log ? createLogger(level, options.log) : createLogger(level);
  const deps = { prisma: db.prisma, clock, logger };
  const admins = [USERS.admin.id];
  const announcer = createAnnouncer(deps);
  const { publicUrl } = options;
  const executor = createCommandExecutor(deps, publicUrl ? { publicUrl } : {});
  const made = createDoor(deps, executor, { admins, announcer });
  const door = options.wrapDoor ? options.wrapDoor(made) : made;
  const http = createHttpServer({
    port: options.port ?? 0,
    host: "127.0.0.1",
    logger,
    web: createWebApp(deps, publicUrl ? { door, publicUrl } : {}),
    health: () => databaseAnswers(db.prisma),
  });
  const surface = await createSlackSurface({
    config: {
      signingSecret: SIGNING_SECRET,
      botToken: "xoxb-test-token",
      ...(options.socketMode ? { appToken: "xapp-test-token" } : {}),
      apiUrl: fake.apiUrl,
    },
    http,
    door,
    clock,
    announcements: announcer,
    logger,
    announceIntervalMs: options.announceIntervalMs ?? 0,
    ...(options.concurrency ? { concurrency: options.concurrency } : {}),
  });
  await surface.start();
  await options.beforeListen?.(http, db);
  await http.listen();
  const port = surface.address()?.port;
  return {
    db,
    fake,
    surface,
    http,
    clock,
    eventsUrl: port ? `http://127.0.0.1:${port}${SLACK_EVENTS_PATH}` : "",
    async close() {
      await surface.stop();
      await http.close();
      if (!options.fake) await fake.close();
      if (!options.db) await db.close();
    },
  };
}

/**
 * Sends a signed `/lok <text>` as `user`: the answer is the ack's body, or its response_url post when
 * the ack went out empty.
 */
export async function sendLok(
  h: SlackHarness,
  text: string,
  user: { id: string },
  extra: { triggerId?: string; channelId?: string } = {},
) {
  const id = nextId("cmd");
  const request = slashCommandRequest(
    slashCommand({ text, userId: user.id, responseUrl: h.fake.responseUrl(id), ...extra }),
  );
  const ack = await sendSigned(h.eventsUrl, request);
  if (ack.text) {
    const body = messagePayload.parse(JSON.parse(ack.text)) as Record<string, unknown>;
    return { ack, body, id, request, via: "ack" as const };
  }
  const [response] = await h.fake.waitForResponse(id);
  return {
    ack,
    body: response?.body as Record<string, unknown>,
    id,
    request,
    via: "response_url" as const,
  };
}
