// The shape of one command's handler: a typed command in, a Reply out.

import type { Command, CommandKind } from "../../core/command.ts";
import type { LocalDate } from "../../core/local-date.ts";
import type { Reply } from "../../core/reply.ts";
import type { Messages } from "../../texts/index.ts";
import type { CommandContext } from "../actor.ts";
import type { Db, ServiceDeps } from "../deps.ts";
import type { PlanRef } from "../groups.ts";

export interface HandlerEnv {
  /** The clock and the logger. The database is `db`, never a client of its own. */
  deps: Pick<ServiceDeps, "clock" | "logger">;
  /**
   * The database for this command: for a write, the transaction that records its delivery (see
   * deliveries.ts). Every query goes through it, so the write and its record commit together, and
   * on PGlite nothing waits for the open transaction.
   */
  db: Db;
  ctx: CommandContext;
  now: Date;
  /** The group's language: every text of the reply comes from here. */
  texts: Messages;
  /** Today's date in the group's time zone. */
  today: LocalDate;
  /** Where the public web pages are, without a trailing slash: PUBLIC_URL or http://localhost:<PORT>. */
  publicUrl: string;
  /** The group's active plan; throws `no_plan` when it has none. */
  plan(): Promise<PlanRef>;
}

export type Handler<K extends CommandKind> = (
  command: Extract<Command, { kind: K }>,
  env: HandlerEnv,
) => Promise<Reply>;

export type HandlerMap = { [K in CommandKind]: Handler<K> };
