// The three surfaces a line can be typed on, each as it runs in production on loopback, with its own
// PGlite database holding the demo at DEMO_NOW and a channel that Anna Fogel (the demo's coordinator)
// binds to the demo group: Slack (Bolt's receiver, signed `/lok` requests, the fake Web API), Teams
// (the SDK app with real JWTs, `@LÖK` mentions, the fake Bot Connector) and the console. Each one's
// door is wrapped in a recorder, so a test sees what the core decided apart from what was shown.
import { pino } from "pino";
import { expect } from "vitest";
import { fixedClock } from "../../src/core/clock.ts";
import type { Database } from "../../src/db/open-database.ts";
import { consoleIncoming } from "../../src/platforms/console/console-chat.ts";
import { renderOutcome } from "../../src/platforms/console/render-text.ts";
import { createTeamsSurface, type TeamsSurface } from "../../src/platforms/teams/index.ts";
import type { GroupRef } from "../../src/services/actor.ts";
import { createAnnouncer } from "../../src/services/announcements.ts";
import { createDoor } from "../../src/services/conversation.ts";
import { createCommandExecutor } from "../../src/services/execute-command.ts";
import { findGroup } from "../../src/services/groups.ts";
import { DEMO_NOW } from "./command-harness.ts";
import { type Knock, type RecordingDoor, recordingDoor } from "./recording-door.ts";
import { textOf } from "./slack-blocks.ts";
import { type SlackHarness, slackDemoDatabase, slackHarness, USERS } from "./slack-harness.ts";
import { nextId, slashCommand } from "./slack-payloads.ts";
import { sendSigned, slashCommandRequest } from "./slack-requests.ts";
import { ANNA, CHANNEL_ID, channelMention, type TeamsUser } from "./teams-activities.ts";
import {
  APP_ID,
  APP_SECRET,
  type FakeMicrosoft,
  routeLoginToFake,
  startFakeMicrosoft,
  TENANT_ID,
} from "./teams-fakes.ts";

type Json = Record<string, unknown>;
export type SurfaceName = "slack" | "teams" | "console";

export interface Sent {
  knock: Knock;
  rendered: string;
  /** The form the surface opened instead of showing the answer (Slack's status modal). */
  modal?: Json;
  /** A workbook the surface attached itself (Slack uploads it). */
  uploaded: boolean;
  /** What the surface told the bound channel of a change, apart from the answer. */
  channelLines: string;
}

export interface Surface {
  name: SurfaceName;
  door: RecordingDoor;
  db: Database;
  send(line: string): Promise<Sent>;
  close(): Promise<void>;
}

/** The one knock a line caused: exactly one, or the surface did something else than pass it on. */
function lastKnock(door: RecordingDoor, before: number): Knock {
  const knocks = door.knocks.slice(before);
  expect(knocks, "one line is one knock on the door").toHaveLength(1);
  return knocks[0] as Knock;
}

// Anna Fogel, the demo's coordinator: on Slack and Teams found by her e-mail address (set on her member
// by slackDemoDatabase, as an import would), in the console by name.
const ANNA_TEAMS: TeamsUser = { ...ANNA, email: USERS.anna.email };

export async function slackSurface(): Promise<Surface> {
  let door: RecordingDoor | undefined;
  const db = await slackDemoDatabase("pglite");
  const h: SlackHarness = await slackHarness({
    db,
    wrapDoor: (made) => {
      door = recordingDoor(made);
      return door;
    },
  });
  const recorder = door as RecordingDoor;
  return {
    name: "slack",
    door: recorder,
    db,
    async send(line) {
      const before = recorder.knocks.length;
      const uploadsBefore = h.fake.uploads.length;
      const formsBefore = h.fake.callsTo("views.open").length;
      const postsBefore = h.fake.callsTo("chat.postMessage").length;
      const id = nextId("cmd");
      const ack = await sendSigned(
        h.eventsUrl,
        slashCommandRequest(
          slashCommand({ text: line, userId: USERS.anna.id, responseUrl: h.fake.responseUrl(id) }),
        ),
      );
      expect(ack.status).toBe(200);
      // Answered in the ack, or acked empty and answered later: through response_url, or (when the
      // core offers the status form) by opening the modal.
      await h.fake.waitFor(() => (recorder.knocks.length > before ? true : undefined), 5000, "the door");
      const knock = lastKnock(recorder, before);
      let rendered: string;
      let modal: Json | undefined;
      if (ack.text) {
        const body = JSON.parse(ack.text) as Json;
        rendered = [String(body.text ?? ""), textOf(body.blocks)].join("\n");
      } else if (knock.outcome.form) {
        const opened = await h.fake.waitForCall("views.open", formsBefore + 1);
        modal = opened.at(-1)?.args.view as Json;
        rendered = "";
      } else {
        const [response] = await h.fake.waitForResponse(id);
        rendered = [String(response?.body.text ?? ""), textOf(response?.body.blocks)].join("\n");
      }
      if (knock.outcome.file)
        await h.fake.waitFor(
          () => (h.fake.uploads.length > uploadsBefore ? true : undefined),
          5000,
          "the upload",
        );
      const uploaded = h.fake.uploads.at(-1);
      const told = knock.outcome.announcements.length;
      const posts = told ? await h.fake.waitForCall("chat.postMessage", postsBefore + 1) : [];
      return {
        knock,
        rendered,
        channelLines: posts
          .slice(postsBefore)
          .map((c) => `${c.args.channel}: ${c.args.text}`)
          .join("\n"),
        ...(modal ? { modal } : {}),
        uploaded: h.fake.uploads.length > uploadsBefore && uploaded?.bytes.subarray(0, 2).toString() === "PK",
      };
    },
    async close() {
      await h.close();
      await db.close();
    },
  };
}

/** Every TextRun's and TextBlock's text in an Adaptive Card: what a person reads. */
function cardText(card: unknown): string {
  const texts: string[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === "object") {
      const o = node as Json;
      if ((o.type === "TextRun" || o.type === "TextBlock") && typeof o.text === "string") texts.push(o.text);
      for (const v of Object.values(o)) walk(v);
    }
  };
  walk(card);
  return texts.join("");
}

export async function teamsSurface(): Promise<Surface> {
  const db = await slackDemoDatabase("pglite");
  const fake: FakeMicrosoft = await startFakeMicrosoft();
  const restoreFetch = routeLoginToFake(fake);
  const deps = { prisma: db.prisma, clock: fixedClock(DEMO_NOW), logger: pino({ level: "silent" }) };
  const announcer = createAnnouncer(deps);
  const door = recordingDoor(createDoor(deps, createCommandExecutor(deps), { admins: [], announcer }));
  const surface: TeamsSurface = await createTeamsSurface({
    config: {
      credentials: { clientId: APP_ID, clientSecret: APP_SECRET, tenantId: TENANT_ID },
      allowUnauthenticated: false,
      port: 0,
      extraServiceOrigins: [fake.url],
    },
    door,
    db: deps.prisma,
    clock: deps.clock,
    announcements: announcer,
    logger: deps.logger,
    cloud: fake.cloud,
    host: "127.0.0.1",
  });
  await surface.start();

  async function post(activity: Json): Promise<number> {
    const res = await fetch(`http://127.0.0.1:${surface.port()}/api/messages`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${await fake.token()}` },
      body: JSON.stringify(activity),
    });
    await res.text();
    return res.status;
  }

  return {
    name: "teams",
    door,
    db,
    async send(line) {
      const before = door.knocks.length;
      const callsBefore = fake.connectorCalls.length;
      expect(await post(channelMention(fake.serviceUrl, ANNA_TEAMS, line))).toBe(200);
      const knock = lastKnock(door, before);
      // The answer goes into the thread the mention started.
      const answers = fake.connectorCalls
        .slice(callsBefore)
        .filter((c) => c.conversationId.startsWith(`${CHANNEL_ID};messageid=`));
      const rendered = answers
        .flatMap((c) => [
          String(c.body.text ?? ""),
          ...((c.body.attachments ?? []) as { content: unknown }[]).map((a) => cardText(a.content)),
        ])
        .join("\n");
      const channelLines = fake.connectorCalls
        .slice(callsBefore)
        .filter((c) => c.conversationId === CHANNEL_ID)
        .map((c) => JSON.stringify(c.body))
        .join("\n");
      return { knock, rendered, uploaded: false, channelLines };
    },
    async close() {
      await surface.stop();
      restoreFetch();
      await fake.close();
      await db.close();
    },
  };
}

export async function consoleSurface(): Promise<Surface> {
  const db = await slackDemoDatabase("pglite");
  const deps = { prisma: db.prisma, clock: fixedClock(DEMO_NOW), logger: pino({ level: "silent" }) };
  const door = recordingDoor(createDoor(deps, createCommandExecutor(deps), { admins: [] }));
  const group = (await findGroup(db.prisma)) as GroupRef;
  const anna = await db.prisma.member.findFirstOrThrow({ where: { groupId: group.id, name: "Anna Fogel" } });
  const actor = { memberId: anna.id, name: anna.name, role: anna.role };
  let sequence = 0;
  return {
    name: "console",
    door,
    db,
    async send(line) {
      sequence += 1;
      const before = door.knocks.length;
      const outcome = await door.handle(consoleIncoming(group, actor, line, `console:same:${sequence}`));
      const rendered = renderOutcome(outcome);
      const channelLines = rendered
        .split("\n")
        .filter((l) => l.startsWith("[till kanalen] "))
        .join("\n");
      return { knock: lastKnock(door, before), rendered, uploaded: false, channelLines };
    },
    close: () => db.close(),
  };
}
