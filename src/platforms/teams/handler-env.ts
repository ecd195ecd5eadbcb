// What every Teams handler gets: the shared conversation (parse, bind, identity, permissions), the
// database for conversation references, and a logger. Handlers only translate; the core decides.
import type { Logger } from "pino";
import type { Conversation } from "../../services/conversation.js";
import type { ServiceDeps } from "../../services/deps.js";

export interface TeamsHandlerEnv {
  conversation: Conversation;
  deps: ServiceDeps;
  logger: Logger;
}
