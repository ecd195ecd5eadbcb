// The Teams SDK app, configured from our TeamsConfig and nothing else: credentials from the config (the
// SDK would otherwise read CLIENT_ID etc. and DANGEROUSLY_ALLOW_UNAUTHENTICATED_REQUESTS itself), and our
// messaging adapter as its transport, which admits only verified activities. The cloud is the public one
// unless a test points its endpoints (OpenID metadata/JWKS, login) at loopback fakes.
import type { CloudEnvironment } from "@microsoft/teams.api";
import { App } from "@microsoft/teams.apps";
import type { Logger } from "pino";
import type { TeamsConfig } from "../../config.js";
import type { MessagingAdapter } from "./messaging-adapter.js";
import { sdkLogger } from "./sdk-logger.js";

export const MESSAGING_ENDPOINT = "/api/messages";

export interface TeamsAppParts {
  adapter: MessagingAdapter;
  cloud: CloudEnvironment;
  logger: Logger;
}

export function createTeamsApp(config: TeamsConfig, parts: TeamsAppParts) {
  const credentials = config.credentials;
  const log = sdkLogger(parts.logger);
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
    httpServerAdapter: parts.adapter,
    messagingEndpoint: MESSAGING_ENDPOINT,
  });
}
