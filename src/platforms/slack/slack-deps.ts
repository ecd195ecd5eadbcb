// What every Slack listener needs, passed in by createSlackSurface.
import type { WebClient } from "@slack/web-api";
import type { Logger } from "pino";
import type { Clock } from "../../core/clock.ts";
import type { Door } from "../../services/conversation.ts";
import type { Announcer } from "./announcer.ts";
import type { Download } from "./download-file.ts";
import type { SlackIdentities } from "./identity.ts";
import type { WorkGate } from "./work-gate.ts";

export interface SlackDeps {
  /** The one way into the core. */
  door: Door;
  clock: Clock;
  web: WebClient;
  identities: SlackIdentities;
  logger: Logger;
  /** Status lines for channels, paced as Slack allows. */
  announcer: Announcer;
  /** How long a slash command's ack may wait for its answer before it goes out empty. */
  ackBudgetMs: number;
  /** Commands worked on at once; one that must wait is acked first. */
  gate: WorkGate;
  /** Fetches a file sent to the bot, with the bot token, from Slack's file host only. */
  files: { download(url: string, size?: number): Promise<Download> };
}
