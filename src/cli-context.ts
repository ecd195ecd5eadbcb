// What a `lok` subcommand gets: the validated config, a logger, its streams and a way to open the database.
import type { Readable, Writable } from "node:stream";
import type { Logger } from "pino";
import type { Config } from "./config.ts";
import type { Database } from "./db/open-database.ts";
import type { Notifier } from "./services/notifier.ts";

export interface CliContext {
  config: Config;
  logger: Logger;
  stdout: Writable;
  /** Where a command may ask a question (`lok demo`); only when it is a terminal. */
  stdin?: Readable & { isTTY?: boolean };
  stderr: Writable & { isTTY?: boolean };
  /** Opens the configured database, migrated. The caller closes it. */
  openDatabase(): Promise<Database>;
  /** The configured chat platforms' notifiers (for `lok tick`); empty when none is configured. */
  notifiers?(db: Database): Promise<Notifier[]>;
}

/** A subcommand such as `lok import …`: its arguments after the name, and an exit code. */
export type CliCommand = (args: string[], ctx: CliContext) => Promise<number>;
