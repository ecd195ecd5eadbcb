// The Slack surface: Bolt in HTTP mode (its own HTTPReceiver, POST /slack/events mounted on the shared
// server) or in Socket Mode when an
// app token is given (each envelope checked first, socket-mode-receiver.ts); listeners in listeners/,
// one file each; the Notifier for the scheduler.
import type { AddressInfo } from "node:net";
import { App, HTTPReceiver } from "@slack/bolt";
import { WebClient } from "@slack/web-api";
import type { Logger } from "pino";
import type { SlackConfig } from "../../config.ts";
import type { Clock } from "../../core/clock.ts";
import { channelPostFailedReply, platformBusyReply } from "../../core/replies/delivery-replies.ts";
import type { SharedHttpServer } from "../../http/server.ts";
import type { Announcer as GroupAnnouncer } from "../../services/announcements.ts";
import type { Door } from "../../services/conversation.ts";
import type { Notifier } from "../../services/notifier.ts";
import { CHAT_PLAN_FILE_BYTES } from "../../services/plan-upload.ts";
import { envTexts, textsFor } from "../../texts/index.ts";
import { ACK_BUDGET_MS } from "./ack-budget.ts";
import { createAnnouncer } from "./announcer.ts";
import { LIMITS } from "./block-limits.ts";
import { boltLogger } from "./bolt-logger.ts";
import { webClientOptions } from "./client-options.ts";
import { sendReply } from "./deliver.ts";
import { downloadSlackFile, slackFileOrigins } from "./download-file.ts";
import { slackRequestListener } from "./http-server.ts";
import { createSlackIdentities } from "./identity.ts";
import { registerListeners } from "./listeners/index.ts";
import { safeMrkdwn } from "./mrkdwn.ts";
import { createSlackNotifier } from "./notifier.ts";
import { SLACK_REQUEST_LIMITS } from "./request-limits.ts";
import type { SlackDeps } from "./slack-deps.ts";
import { CheckedSocketModeReceiver } from "./socket-mode-receiver.ts";
import { describeSlackError } from "./web-api-errors.ts";
import { createWorkGate } from "./work-gate.ts";

export const SLACK_EVENTS_PATH = "/slack/events";

export interface SlackSurfaceOptions {
  config: SlackConfig;
  door: Door;
  clock: Clock;
  /** Where this surface registers how it tells a Slack channel of a change. */
  announcements?: GroupAnnouncer;
  logger: Logger;
  /** Pace of status lines per channel; Slack's one message a second unless a test says otherwise. */
  announceIntervalMs?: number;
  /** How long `/lok`'s ack waits for the answer before it goes out empty (ACK_BUDGET_MS). */
  ackBudgetMs?: number;
  /** Commands worked on at once (DEFAULT_CONCURRENCY). */
  concurrency?: number;
  /** Where HTTP mode mounts POST /slack/events (not needed in Socket Mode, nor for the notifier). */
  http?: SharedHttpServer;
}

export interface SlackSurface {
  notifier: Notifier;
  app: App;
  mode: "http" | "socket";
  start(): Promise<void>;
  stop(): Promise<void>;
  /** The address of the shared server the endpoint is mounted on (once it listens; HTTP mode only). */
  address(): AddressInfo | undefined;
}

/** Token problems that no retry will fix: start-up stops and says which variable to look at. */
const BAD_TOKEN = new Set(["invalid_auth", "not_authed", "token_revoked", "account_inactive"]);

export async function createSlackSurface(options: SlackSurfaceOptions): Promise<SlackSurface> {
  const { config } = options;
  const logger = options.logger.child({ platform: "slack" });
  const bolt = boltLogger(logger, [config.signingSecret, config.botToken, config.appToken ?? ""]);
  const web = new WebClient(config.botToken, { ...webClientOptions(config), logger: bolt });
  // A fixed authorization: Bolt's default (token option) calls auth.test on the way to the first ack.
  const authorize = async () => ({ botToken: config.botToken });
  const common = {
    authorize,
    logger: bolt,
    clientOptions: webClientOptions(config),
    convoStore: false as const,
  };
  const socket = config.appToken
    ? new CheckedSocketModeReceiver({
        appToken: config.appToken,
        logger,
        boltLogger: bolt,
        clientOptions: webClientOptions(config),
      })
    : undefined;
  const receiver = socket
    ? undefined
    : new HTTPReceiver({
        signingSecret: config.signingSecret,
        endpoints: SLACK_EVENTS_PATH,
        logger: bolt,
        signatureVerification: true,
        processBeforeResponse: false,
        // slackRequestListener reads the body within this limit first; Bolt's check stays as a second.
        bodyLimit: SLACK_REQUEST_LIMITS.bodyLimitBytes,
      });
  const app = new App({ ...common, receiver: receiver ?? socket, extendedErrorHandler: true });

  const announcer = createAnnouncer({
    post: async (channel, text) => {
      await web.chat.postMessage({ channel, text });
    },
    channelGone: async (sources) => {
      for (const source of sources)
        if (source.userId) await sendReply(deps, source, channelPostFailedReply(textsFor(source.locale)));
    },
    logger,
    ...(options.announceIntervalMs !== undefined ? { intervalMs: options.announceIntervalMs } : {}),
  });
  const deps: SlackDeps = {
    door: options.door,
    clock: options.clock,
    web,
    identities: createSlackIdentities(web, logger),
    logger,
    announcer,
    ackBudgetMs: options.ackBudgetMs ?? ACK_BUDGET_MS,
    gate: createWorkGate(options.concurrency),
    files: {
      download: (url, size) =>
        downloadSlackFile(url, {
          token: config.botToken,
          origins: slackFileOrigins(config.apiUrl),
          limit: CHAT_PLAN_FILE_BYTES,
          ...(size !== undefined ? { size } : {}),
        }),
    },
  };
  registerListeners(app, deps);
  // The one error boundary of the surface: whatever a listener did not finish is logged once, and the
  // person who was waiting is told that the chat service, not they, failed.
  const onError = async ({ error, body }: { error: Error; body?: unknown }) => {
    logger.error({ err: error }, "slack listener failed");
    const b = body as {
      response_url?: string;
      team?: { id?: string };
      team_id?: string;
      user?: { id?: string };
      user_id?: string;
    };
    if (b?.response_url) {
      const target = {
        teamId: b.team?.id ?? b.team_id ?? "",
        userId: b.user?.id ?? b.user_id ?? "",
        responseUrl: b.response_url,
      };
      // The request did not get as far as its group: the default language.
      await sendReply(deps, target, platformBusyReply(textsFor()));
    }
  };
  // With extendedErrorHandler Bolt passes the request's body along; its types do not follow the option.
  app.error(onError as unknown as Parameters<typeof app.error>[0]);
  options.announcements?.register({
    platform: "slack",
    async post(binding, text, origin, locale) {
      const fromSlack = origin.platform === "slack";
      announcer.add(
        {
          teamId: binding.workspaceId,
          channelId: binding.channelId,
          userId: fromSlack ? (origin.identity.userId ?? "") : "",
          ...(fromSlack && origin.respondTo ? { responseUrl: origin.respondTo } : {}),
          ...(locale ? { locale } : {}),
        },
        safeMrkdwn(text, LIMITS.messageText),
      );
    },
  });

  async function checkToken(): Promise<void> {
    try {
      const auth = await web.auth.test();
      logger.info({ team: auth.team_id, bot: auth.user_id }, "slack token accepted");
    } catch (error) {
      const failure = describeSlackError(error);
      if (BAD_TOKEN.has(failure.code)) throw new Error(envTexts().config.slackTokenRejected(failure.code));
      logger.warn({ slackError: failure.code }, "slack auth.test failed; starting anyway");
    }
  }

  return {
    notifier: createSlackNotifier(web, logger),
    app,
    mode: receiver ? "http" : "socket",
    async start() {
      await checkToken();
      if (receiver) {
        if (!options.http) throw new Error("Slack over HTTP needs the server to mount /slack/events on");
        options.http.mount(SLACK_EVENTS_PATH, slackRequestListener(receiver, logger), "POST");
        logger.info({ path: SLACK_EVENTS_PATH }, "slack http receiver mounted");
      } else {
        await app.start();
        logger.info("slack socket mode connected");
      }
    },
    async stop() {
      await announcer.flush();
      // The shared server is closed by whoever made it.
      if (!receiver) await app.stop();
    },
    address: () => (receiver ? options.http?.address() : undefined),
  };
}
