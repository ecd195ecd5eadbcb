// What every Teams handler gets: the door into the core, the database for the surface's own
// conversation references, and a logger. Handlers only translate; the core decides.
import type { Logger } from "pino";
import type { Door } from "../../services/conversation.ts";
import type { Db } from "../../services/deps.ts";

export interface TeamsHandlerEnv {
  door: Door;
  /** Only for conversation references (conversation-store.ts), which proactive posts need. */
  db: Db;
  logger: Logger;
  /** http origins a file attachment may be fetched from besides https (a loopback fake, in tests only). */
  insecureFileOrigins: readonly string[];
}
