// What every Slack listener needs, passed in by createSlackSurface.
import type { WebClient } from "@slack/web-api";
import type { Logger } from "pino";
import type { Reply } from "../../core/reply.js";
import type { Conversation } from "../../services/conversation.js";
import type { ServiceDeps } from "../../services/deps.js";
import type { SlackIdentities } from "./identity.js";

export interface SlackDeps {
  conversation: Conversation;
  services: ServiceDeps;
  web: WebClient;
  identities: SlackIdentities;
  logger: Logger;
  /** The polite reply for something thrown while serving a person (domain errors), logging the rest once. */
  replyForError(error: unknown, context: Record<string, unknown>): Reply;
  /** Work scheduled after a reply (a rate-limited announcement's retry); cancelled on stop. */
  later(ms: number, work: () => Promise<void>): void;
}
