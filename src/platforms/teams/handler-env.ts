// What every Teams handler gets: the shared conversation (parse, bind, identity, permissions), the
// database for conversation references, the notifier for proactive posts, and a logger. Handlers only translate; the core decides.
import type { Logger } from "pino";
import type { Conversation } from "../../services/conversation.ts";
import type { ServiceDeps } from "../../services/deps.ts";
import type { Notifier } from "../../services/notifier.ts";

export interface TeamsHandlerEnv {
  conversation: Conversation;
  deps: ServiceDeps;
  logger: Logger;
  /** Proactive posts: a change made in a personal chat is announced in the group's channels. */
  notifier: Notifier;
  /** Work started after an answer (announcements), awaited on stop. */
  pending: Set<Promise<void>>;
}
