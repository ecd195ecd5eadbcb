// What every Slack listener needs, passed in by createSlackSurface.
import type { WebClient } from "@slack/web-api";
import type { Logger } from "pino";
import type { Reply } from "../../core/reply.ts";
import type { Conversation } from "../../services/conversation.ts";
import type { ServiceDeps } from "../../services/deps.ts";
import type { Announcer } from "./announcer.ts";
import type { SlackIdentities } from "./identity.ts";
import type { WorkGate } from "./work-gate.ts";

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
