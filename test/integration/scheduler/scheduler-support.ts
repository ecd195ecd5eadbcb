// Shared by the scheduler's integration tests: a notifier that records, a logger that keeps its lines,
// and a demo database with no deadlines except those a test sets.
import { Writable } from "node:stream";
import { type Logger, pino } from "pino";
import type { Platform } from "../../../src/core/platform.ts";
import type { Reply } from "../../../src/core/reply.ts";
import { localDateToDateColumn } from "../../../src/core/zoned-time.ts";
import type { Database } from "../../../src/db/open-database.ts";
import { renderText } from "../../../src/platforms/console/render-text.ts";
import { bindChannel } from "../../../src/services/channels.ts";
import type { DeliveryResult, Notifier } from "../../../src/services/notifier.ts";
import { commandHarness } from "../../support/command-harness.ts";

export interface Delivery {
  to: string;
  text: string;
  reply: Reply;
}

export function recordingNotifier(platform: Platform = "slack") {
  const deliveries: Delivery[] = [];
  let next: () => DeliveryResult | Promise<DeliveryResult> = () => ({ ok: true });
  let directAvailable = true;
  const notifier: Notifier = {
    platform,
    async postToChannel(binding, reply) {
      const result = await next();
      if (result.ok) deliveries.push({ to: `channel:${binding.channelId}`, text: renderText(reply), reply });
      return result;
    },
    async sendDirect(member, reply) {
      if (!directAvailable) return undefined;
      const result = await next();
      if (result.ok) deliveries.push({ to: `member:${member.name}`, text: renderText(reply), reply });
      return result;
    },
  };
  return {
    notifier,
    deliveries,
    respondWith(f: () => DeliveryResult | Promise<DeliveryResult>) {
      next = f;
    },
    noDirectMessages() {
      directAvailable = false;
    },
  };
}

export function capturingLogger(): { logger: Logger; lines: Array<Record<string, unknown>> } {
  const lines: Array<Record<string, unknown>> = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      for (const line of String(chunk).split("\n")) if (line.trim()) lines.push(JSON.parse(line));
      done();
    },
  });
  return { logger: pino({ level: "info" }, stream), lines };
}

/**
 * The demo loaded, its outbox empty, no deadlines, every activity not begun (the demo's statuses and
 * history are its own, placed around the day it was loaded), no digest, and the group bound to Slack
 * channel C1. The scheduler's tests set the deadlines and statuses they are about.
 */
export async function schedulerHarness(db: Database) {
  await db.prisma.outboxMessage.deleteMany();
  const h = await commandHarness(db);
  await db.prisma.activity.updateMany({
    where: { plan: { groupId: h.group.id } },
    data: { dueDate: null, status: "ej_paborjad", statusChangedAt: null },
  });
  // The weekly digest is off unless a test turns it on (`digest på`): it would join every first sweep of a week.
  await db.prisma.group.update({
    where: { id: h.group.id },
    data: { settings: { digest: { enabled: false } } },
  });
  const binding = await bindChannel(
    db.prisma,
    { platform: "slack", workspaceId: "T1", channelId: "C1" },
    h.group,
  );
  const setDue = (number: number, date: string) =>
    db.prisma.activity.updateMany({
      where: { number, plan: { groupId: h.group.id } },
      data: { dueDate: localDateToDateColumn(date) },
    });
  const memberId = async (name: string) => (await h.actor(name)).memberId;
  const digestOn = async () => {
    const r = await h.run("Anna Fogel", "digest på");
    if (r.tone !== "success") throw new Error(r.text);
  };
  const outbox = () => db.prisma.outboxMessage.findMany({ orderBy: { id: "asc" } });
  return { ...h, binding, setDue, memberId, digestOn, outbox };
}
