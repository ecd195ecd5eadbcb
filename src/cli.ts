// The `lok` command. Each subcommand is a thin wrapper over the composition root in main.ts.

import type { Logger } from "pino";
import type { CliCommand, CliContext } from "./cli-context.ts";
import { type Config, ConfigError, loadConfig } from "./config.ts";
import { systemClock } from "./core/clock.ts";
import { isDomainError, STARTUP_ERROR_CODES } from "./core/domain-error.ts";
import { domainErrorReply } from "./core/error-reply.ts";
import { replyAsLine } from "./core/reply.ts";
import { openDatabase } from "./db/open-database.ts";
import { runDemo } from "./demo-command.ts";
import { createLogger } from "./logger.ts";
import { type App, chat, createApp, databaseOptions, serve } from "./main.ts";
import { runExport } from "./plans/export-command.ts";
import { runImport } from "./plans/import-command.ts";
import { runTick } from "./scheduler/tick-command.ts";
import { createNotifiers } from "./surfaces.ts";
import { envTexts } from "./texts/index.ts";

function processLogger(config: Config, quiet: boolean): Logger {
  return createLogger(config.logLevel ?? (quiet ? "warn" : "info"));
}

/** Runs `work` with the app; SIGINT and SIGTERM abort its signal, and the database is closed after. */
async function withApp(
  config: Config,
  logger: Logger,
  work: (app: App, shutdown: AbortSignal) => Promise<void>,
): Promise<void> {
  const app = await createApp(config, logger);
  const controller = new AbortController();
  const stop = (signal: string) => {
    logger.info({ signal }, "shutting down");
    controller.abort();
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  try {
    await work(app, controller.signal);
  } finally {
    process.off("SIGINT", stop);
    process.off("SIGTERM", stop);
    await app.close();
  }
}

/** Subcommands that take their own arguments and flags. */
const SUBCOMMANDS: Record<string, CliCommand> = {
  import: runImport,
  export: runExport,
  tick: runTick,
  demo: runDemo,
};
const PLAIN = new Set(["serve", "chat", "migrate"]);

export async function main(argv: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const [command, ...rest] = argv;
  // The terminal's language is LOK_LOCALE's, before the rest of the configuration is read.
  const t = envTexts(env);
  const help = t.cli.help;
  if (!command || ["help", "--help", "-h"].includes(command)) {
    process.stdout.write(`${help}\n`);
    return command ? 0 : 2;
  }
  const subcommand = SUBCOMMANDS[command];
  if (!subcommand && !PLAIN.has(command)) {
    process.stderr.write(`${t.cli.unknownCommand(command)}\n\n${help}\n`);
    return 2;
  }
  if (!subcommand && rest.length) {
    if (rest.some((a) => a === "--help" || a === "-h")) {
      process.stdout.write(`${help}\n`);
      return 0;
    }
    process.stderr.write(`${t.cli.noArguments(command, rest.join(" "))}\n\n${help}\n`);
    return 2;
  }
  let config: Config;
  try {
    config = loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      return 78;
    }
    throw error;
  }
  // Info logs for a bot serving a platform; only warnings for the console and one-off commands.
  const service = command === "serve" && Boolean(config.slack || config.teams);
  const logger = processLogger(config, !service);
  try {
    switch (command) {
      case "serve":
        await withApp(config, logger, (app, shutdown) =>
          serve(app, { input: process.stdin, output: process.stdout }, shutdown),
        );
        return 0;
      case "chat":
        await withApp(config, logger, (app, shutdown) =>
          chat(app, { input: process.stdin, output: process.stdout }, shutdown),
        );
        return 0;
      case "migrate": {
        const applied: string[] = [];
        const db = await openDatabase({
          ...databaseOptions(config, logger),
          logger: { info: (m) => applied.push(m), warn: (m) => process.stderr.write(`${m}\n`) },
        });
        for (const line of applied) process.stdout.write(`${line}\n`);
        process.stdout.write(`${t.cli.migrated(db.description)}\n`);
        await db.close();
        return 0;
      }
      default: {
        const ctx: CliContext = {
          config,
          logger,
          stdout: process.stdout,
          stderr: process.stderr,
          stdin: process.stdin,
          openDatabase: () => openDatabase(databaseOptions(config, logger)),
          notifiers: (db) => createNotifiers(config, { prisma: db.prisma, clock: systemClock, logger }),
        };
        return await (subcommand as CliCommand)(rest, ctx);
      }
    }
  } catch (error) {
    // A setting or a state a person can fix is said in one line, not logged as a failure.
    if (isDomainError(error)) {
      process.stderr.write(`${replyAsLine(domainErrorReply(t, error.detail))}\n`);
      return STARTUP_ERROR_CODES.includes(error.detail.code) ? 78 : 1;
    }
    logger.error({ err: error, command }, "lok failed");
    process.stderr.write(`lok ${command}: ${(error as Error).message}\n`);
    return 1;
  }
}
