// `lok tick [--now <ISO time>]`: one sweep and one dispatch as of that time (default: now), delivered
// through the configured surfaces, or printed to stdout when no chat platform is configured. How tests,
// operators and the README demo travel in time.
import { parseArgs } from "node:util";
import type { CliCommand, CliContext } from "../cli-context.ts";
import { fixedClock } from "../core/clock.ts";
import type { Database } from "../db/open-database.ts";
import type { Notifier } from "../services/notifier.ts";
import { envTexts, type Messages } from "../texts/index.ts";
import { createConsoleNotifier } from "./console-notifier.ts";
import { createScheduler } from "./index.ts";

/** The configured platforms' notifiers, or undefined when none is configured. */
async function notifiersOf(ctx: CliContext, db: Database): Promise<Notifier[] | undefined> {
  const given = (await ctx.notifiers?.(db)) ?? [];
  return given.length ? given : undefined;
}

/** `env`: where LOK_LOCALE, the language of what the command says, is read (process.env by default). */
export function createTickCommand(deps: { env?: NodeJS.ProcessEnv } = {}): CliCommand {
  return (args, ctx) => tick(args, ctx, envTexts(deps.env));
}

export const runTick: CliCommand = createTickCommand();

async function tick(args: string[], ctx: CliContext, t: Messages): Promise<number> {
  const says = t.cli.tick;
  let now: Date;
  try {
    const { values } = parseArgs({
      args,
      options: { now: { type: "string" } },
      strict: true,
      allowPositionals: false,
    });
    now = values.now ? new Date(values.now) : new Date();
    if (Number.isNaN(now.getTime())) throw new Error(says.badTime(values.now ?? ""));
  } catch (error) {
    ctx.stderr.write(`${(error as Error).message}\n${says.usage}\n`);
    return 2;
  }
  const db = await ctx.openDatabase();
  try {
    const notifiers = (await notifiersOf(ctx, db)) ?? [createConsoleNotifier(ctx.stdout, t)];
    const scheduler = createScheduler({
      deps: { prisma: db.prisma, clock: fixedClock(now), logger: ctx.logger },
      notifiers,
      logger: ctx.logger,
    });
    const { sweep, dispatch, pruned } = await scheduler.tick(now);
    const { sent, retried, failed, skipped } = dispatch;
    const counts = { enqueued: sweep.enqueued, sent, retried, failed, skipped, pruned };
    ctx.stdout.write(`${says.summary(now.toISOString(), counts)}\n`);
    return 0;
  } finally {
    await db.close();
  }
}
