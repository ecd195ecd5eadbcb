// The Teams SDK app, configured from our TeamsConfig and nothing else: credentials from the config (the
// SDK would otherwise read CLIENT_ID etc. and DANGEROUSLY_ALLOW_UNAUTHENTICATED_REQUESTS itself), our
// messaging adapter as its transport (which admits only verified activities), and its HTTP client behind
// the outbound guard, so the bot's token only goes to allowed service hosts. The cloud is the public one
// unless a test points its endpoints (OpenID metadata/JWKS, login) at loopback fakes.
import type { CloudEnvironment } from "@microsoft/teams.api";
import { App } from "@microsoft/teams.apps";
import type { Logger } from "pino";
import type { TeamsConfig } from "../../config.ts";
import type { MessagingAdapter } from "./messaging-adapter.ts";
import { outboundGuard } from "./outbound-guard.ts";
import { sdkLogger } from "./sdk-logger.ts";
import type { ServiceOrigins } from "./service-origins.ts";

export const MESSAGING_ENDPOINT = "/api/messages";

export interface TeamsAppParts {
  adapter: MessagingAdapter;
  origins: ServiceOrigins;
  cloud: CloudEnvironment;
  logger: Logger;
}

export function createTeamsApp(config: TeamsConfig, parts: TeamsAppParts) {
  const credentials = config.credentials;
  const log = sdkLogger(parts.logger, credentials ? [credentials.clientSecret] : []);
  return new App({
    ...(credentials
      ? {
          clientId: credentials.clientId,
          clientSecret: credentials.clientSecret,
          tenantId: credentials.tenantId,
        }
      : {}),
    dangerouslyAllowUnauthenticatedRequests: !credentials && config.allowUnauthenticated,
    cloud: parts.cloud,
    logger: log,
    client: { middlewares: [outboundGuard(parts.origins, parts.cloud)] },
    httpServerAdapter: parts.adapter,
    messagingEndpoint: MESSAGING_ENDPOINT,
  });
}
