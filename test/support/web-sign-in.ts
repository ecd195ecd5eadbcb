// Signing in on the web in a test: a door with a recording announcer, a link asked for as a member
// types `webb logga in` in the console, and a browser-like cookie jar for app.request.
import { pino } from "pino";
import { fixedClock } from "../../src/core/clock.ts";
import type { Database } from "../../src/db/open-database.ts";
import { consoleIncoming } from "../../src/platforms/console/console-chat.ts";
import { createWebApp } from "../../src/platforms/web/app.ts";
import type { Actor, GroupRef } from "../../src/services/actor.ts";
import { type ChannelPoster, createAnnouncer } from "../../src/services/announcements.ts";
import { bindChannel } from "../../src/services/channels.ts";
import { createDoor } from "../../src/services/conversation.ts";
import { loadDemo, readDemo } from "../../src/services/demo.ts";
import { createCommandExecutor } from "../../src/services/execute-command.ts";
import { findGroup } from "../../src/services/groups.ts";
import { captureLog } from "./log-capture.ts";

export const SIGN_IN_NOW = "2026-11-23T09:00:00Z";
export const LINK = /\/logga-in\/([A-Za-z0-9_-]{43})/;

export async function signInFixture(db: Database, publicUrl = "http://lok.test") {
  await loadDemo(db.prisma, await readDemo(), new Date(SIGN_IN_NOW));
  const group: GroupRef = await findGroup(db.prisma);
  await bindChannel(db.prisma, { platform: "slack", workspaceId: "T1", channelId: "C-LOK" }, group);
  const clock = fixedClock(SIGN_IN_NOW);
  const log = captureLog();
  const deps = { prisma: db.prisma, clock, logger: pino({ level: "info" }, log) };
  const announced: { channel: string; text: string }[] = [];
  const poster: ChannelPoster = {
    platform: "slack",
    async post(binding, text) {
      announced.push({ channel: binding.channelId, text });
    },
  };
  const announcer = createAnnouncer(deps);
  announcer.register(poster);
  const door = createDoor(deps, createCommandExecutor(deps, { publicUrl }), { admins: [], announcer });
  const app = createWebApp(deps, { env: {}, door, publicUrl });
  let line = 0;

  async function actor(name: string): Promise<Actor> {
    const m = await db.prisma.member.findFirstOrThrow({ where: { groupId: group.id, name } });
    return { memberId: m.id, name: m.name, role: m.role };
  }

  /** What `webb logga in` answers in the console as this member, and the token in it. */
  async function askForLink(name: string) {
    const outcome = await door.handle(
      consoleIncoming(group, await actor(name), "webb logga in", `test-console:${++line}`),
    );
    const text = outcome.reply.blocks.map((b) => ("text" in b ? b.text : "")).join("\n");
    return { outcome, text, token: LINK.exec(text)?.[1] ?? "" };
  }

  return { app, door, clock, log, group, announced, announcer, actor, askForLink, deps };
}

/** The value of lok_session in a response's Set-Cookie, or undefined. */
export function sessionCookie(res: Response): string | undefined {
  return /lok_session=([^;]*)/.exec(res.headers.get("set-cookie") ?? "")?.[1];
}

/** The hidden field's value in a page's first form that posts to `action`. */
export function formField(page: string, action: string, name: string): string {
  const at = page.indexOf(`action="${action}"`);
  if (at < 0) throw new Error(`no form posting to ${action}`);
  const rest = page.slice(at);
  const match = new RegExp(`name="${name}" value="([^"]*)"`).exec(rest);
  if (!match?.[1]) throw new Error(`no ${name} in the form posting to ${action}`);
  return match[1];
}
