// What every Slack listener needs, passed in by createSlackSurface.
import type { WebClient } from "@slack/web-api";
import type { Logger } from "pino";
import type { Reply } from "../../core/reply.js";
import type { Conversation } from "../../services/conversation.js";
import type { ServiceDeps } from "../../services/deps.js";
import type { Announcer } from "./announcer.js";
import type { SlackIdentities } from "./identity.js";
import type { WorkGate } from "./work-gate.js";

export interface SlackDeps {
  conversation: Conversation;
  services: ServiceDeps;
  web: WebClient;
  identities: SlackIdentities;
  logger: Logger;
  /** The polite reply for something thrown while serving a person (domain errors), logging the rest once. */
  replyForError(error: unknown, context: Record<string, unknown>): Reply;
  /** Status lines for channels, paced as Slack allows. */
  announcer: Announcer;
  /** How long a slash command's ack may wait for its answer before it goes out empty. */
  ackBudgetMs: number;
  /** Commands worked on at once; one that must wait is acked first. */
  gate: WorkGate;
}
