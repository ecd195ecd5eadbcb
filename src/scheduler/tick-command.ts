// `lok tick [--now <ISO time>]`: one sweep and one dispatch as of that time (default: now), delivered
// through the configured surfaces, or printed to stdout when no chat platform is configured. How tests,
// operators and the README demo travel in time.
import { parseArgs } from "node:util";
import type { CliCommand, CliContext } from "../cli-context.ts";
import { fixedClock } from "../core/clock.ts";
import type { Database } from "../db/open-database.ts";
import type { Notifier } from "../services/notifier.ts";
import { createConsoleNotifier } from "./console-notifier.ts";
import { createScheduler } from "./index.ts";

const USAGE = "Användning: lok tick [--now <tidpunkt, t.ex. 2027-03-15T09:00:00+01:00>]";

/** The configured platforms' notifiers, or undefined when none is configured. */
async function notifiersOf(ctx: CliContext, db: Database): Promise<Notifier[] | undefined> {
  const given = (await ctx.notifiers?.(db)) ?? [];
  return given.length ? given : undefined;
}

export const runTick: CliCommand = async (args, ctx) => {
  let now: Date;
  try {
    const { values } = parseArgs({
      args,
      options: { now: { type: "string" } },
      strict: true,
      allowPositionals: false,
    });
    now = values.now ? new Date(values.now) : new Date();
    if (Number.isNaN(now.getTime())) throw new Error(`--now: ”${values.now}” är ingen tidpunkt`);
  } catch (error) {
    ctx.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const db = await ctx.openDatabase();
  try {
    const notifiers = (await notifiersOf(ctx, db)) ?? [createConsoleNotifier(ctx.stdout)];
    const scheduler = createScheduler({
      deps: { prisma: db.prisma, clock: fixedClock(now), logger: ctx.logger },
      notifiers,
      logger: ctx.logger,
    });
    const { sweep, dispatch, pruned } = await scheduler.tick(now);
    ctx.stdout.write(
      `Tick ${now.toISOString()}: ${sweep.enqueued} nya i utkorgen, ${dispatch.sent} skickade, ` +
        `${dispatch.retried} försöks igen, ${dispatch.failed} misslyckade, ${dispatch.skipped} hoppades över` +
        `${pruned > 0 ? `, ${pruned} gamla rader rensade` : ""}.\n`,
    );
    return 0;
  } finally {
    await db.close();
  }
};
