// The Microsoft Teams surface: the Teams SDK app serving POST /api/messages (mounted on the shared server,
// or on a server of its own on TEAMS_PORT), one handler per concern, and the Notifier for proactive posts. It translates; the core and the services decide.
import type { AddressInfo } from "node:net";
import { type CloudEnvironment, PUBLIC } from "@microsoft/teams.api";
import type { Logger } from "pino";
import type { TeamsConfig } from "../../config.ts";
import type { Clock } from "../../core/clock.ts";
import { unfinishedReply } from "../../core/replies/delivery-replies.ts";
import { reply } from "../../core/reply.ts";
import type { SharedHttpServer } from "../../http/server.ts";
import type { Announcer } from "../../services/announcements.ts";
import type { Door } from "../../services/conversation.ts";
import type { Db } from "../../services/deps.ts";
import type { Notifier } from "../../services/notifier.ts";
import { textsFor } from "../../texts/index.ts";
import { admitActivity } from "./admit-activity.ts";
import { cardFailureResponse, dialogFailureResponse, guarded } from "./error-boundary.ts";
import { handleCardAction } from "./handle-card-action.ts";
import { handleDialogOpen, handleDialogSubmit } from "./handle-dialog.ts";
import { handleConversationUpdate, handleInstallationUpdate } from "./handle-install.ts";
import { handleMessage } from "./handle-message.ts";
import { handleMessageAction } from "./handle-message-action.ts";
import type { TeamsHandlerEnv } from "./handler-env.ts";
import { createLimitedServer, type HttpLimits, TEAMS_HTTP_LIMITS } from "./http-limits.ts";
import { createInboundAuthenticator } from "./inbound-auth.ts";
import { checkSharedServer, listenOn, resolveHost } from "./listen.ts";
import { createMessagingAdapter } from "./messaging-adapter.ts";
import { sendReply } from "./send-reply.ts";
import { serviceOrigins } from "./service-origins.ts";
import { createTeamsApp } from "./teams-app.ts";
import { createTeamsNotifier } from "./teams-notifier.ts";

export const TEAMS_MESSAGES_PATH = "/api/messages";

export interface TeamsSurfaceOptions {
  config: TeamsConfig;
  door: Door;
  /** The surface's own conversation references (and the notifier's bindings). */
  db: Db;
  clock: Clock;
  /** Where this surface registers how it tells a Teams channel of a change. */
  announcements?: Announcer;
  logger: Logger;
  /** The SDK's cloud environment; tests point its OpenID metadata and login endpoints at loopback fakes. */
  cloud?: CloudEnvironment;
  /** Where its own server listens (config.port): 0.0.0.0 with credentials; unauthenticated only on loopback. */
  host?: string;
  /** Where /api/messages is mounted when config.port is absent. */
  http?: SharedHttpServer;
  /** The server's timeouts and body limit; TEAMS_HTTP_LIMITS unless a test shortens them. */
  httpLimits?: Partial<HttpLimits>;
  /**
   * http origins a file attachment's downloadUrl may use besides https: only a test's loopback fake.
   * Nothing in the configuration sets it, so a deployment fetches files over https only.
   */
  insecureFileOrigins?: readonly string[];
}

export interface TeamsSurface {
  notifier: Notifier;
  start(): Promise<void>;
  stop(): Promise<void>;
  /** The port served on (its own, or the shared server's; the OS's choice for port 0), once listening. */
  port(): number;
  /** Prepares the SDK app (credentials, API client) without listening: enough for the notifier. */
  initialize(): Promise<void>;
}

export async function createTeamsSurface(options: TeamsSurfaceOptions): Promise<TeamsSurface> {
  const { config } = options;
  const logger = options.logger.child({ platform: "teams" });
  const shared = config.port === undefined ? options.http : undefined;
  // Without credentials, never where anyone but this machine can reach it. Neither a port nor a server:
  // only the notifier is wanted (`lok tick`).
  const host = shared
    ? checkSharedServer(config, shared, logger)
    : config.port !== undefined
      ? resolveHost(config, options.host, logger)
      : undefined;
  const cloud = options.cloud ?? PUBLIC;
  const limits = { ...TEAMS_HTTP_LIMITS, ...options.httpLimits };
  // Without credentials (local trials on loopback) there is no token to lose: loopback serviceUrls too.
  const origins = serviceOrigins(config.extraServiceOrigins, { loopback: !config.credentials });
  const credentials = config.credentials;
  const authenticate = credentials
    ? createInboundAuthenticator({
        clientId: credentials.clientId,
        cloud,
        ...(config.entraTenantId ? { entraTenantId: config.entraTenantId } : {}),
      })
    : undefined;
  const adapter = createMessagingAdapter({
    admit: admitActivity({ ...(authenticate ? { authenticate } : {}), origins }),
    bodyLimitBytes: limits.bodyLimitBytes,
    logger,
  });
  const server = shared ? undefined : createLimitedServer(adapter.listener, limits);
  const app = createTeamsApp(config, { adapter, origins, cloud, logger });
  const notifier = createTeamsNotifier({ app, db: options.db, clock: options.clock, logger });
  const env: TeamsHandlerEnv = {
    door: options.door,
    db: options.db,
    logger,
    insecureFileOrigins: options.insecureFileOrigins ?? [],
  };
  options.announcements?.register({
    platform: "teams",
    async post(binding, text, _origin, locale) {
      const result = await notifier.postToChannel(
        binding,
        reply("info", [{ type: "text", text }], { visibility: "channel", ...(locale ? { locale } : {}) }),
      );
      if (!result.ok)
        logger.warn(
          { channel: binding.channelId, reason: result.reason },
          "teams announcement not delivered",
        );
    },
  });

  // Through the one error boundary: a message is answered in its conversation and a press on its card;
  // the bot being added or removed has nobody waiting, so only the log hears of a failure there.
  app.on(
    "message",
    // The group of a message that failed is not known here: the default language.
    guarded(logger, handleMessage(env), (ctx) => sendReply(ctx, unfinishedReply(textsFor()))),
  );
  app.on("card.action", guarded(logger, handleCardAction(env), cardFailureResponse));
  app.on("dialog.open", guarded(logger, handleDialogOpen(env), dialogFailureResponse));
  app.on("dialog.submit", guarded(logger, handleDialogSubmit(env), dialogFailureResponse));
  app.on("message.ext.open", guarded(logger, handleMessageAction(env), dialogFailureResponse));
  app.on("message.ext.submit", guarded(logger, handleMessageAction(env), dialogFailureResponse));
  app.on(
    "conversationUpdate",
    guarded(logger, handleConversationUpdate(env), () => undefined),
  );
  app.on(
    "installationUpdate",
    guarded(logger, handleInstallationUpdate(env), () => undefined),
  );

  let started = false;
  let initialized: Promise<void> | undefined;
  const initialize = () => {
    initialized ??= app.initialize();
    return initialized;
  };
  return {
    notifier,
    initialize,
    async start() {
      await initialize();
      if (server && config.port !== undefined && host) {
        await listenOn(server, config.port, host);
        logger.info(
          { host, port: (server.address() as AddressInfo).port },
          "teams: listening on /api/messages",
        );
      } else {
        if (!shared) throw new Error("Teams needs TEAMS_PORT or the shared server to serve /api/messages");
        shared.mount(TEAMS_MESSAGES_PATH, adapter.listener);
        logger.info({ path: TEAMS_MESSAGES_PATH }, "teams: /api/messages mounted on the shared server");
      }
      started = true;
    },
    async stop() {
      if (!started) return;
      started = false;
      if (server) {
        const closed = new Promise<void>((resolve) => server.close(() => resolve()));
        server.closeAllConnections();
        await closed;
      }
      await app.stop();
    },
    port() {
      const address = server ? server.address() : shared?.address();
      if (!address || typeof address === "string") throw new Error("the Teams surface is not started");
      return address.port;
    },
  };
}
