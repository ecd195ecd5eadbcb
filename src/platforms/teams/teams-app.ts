// The Teams SDK app, configured from our TeamsConfig and nothing else: credentials from the config (the
// SDK would otherwise read CLIENT_ID etc. and DANGEROUSLY_ALLOW_UNAUTHENTICATED_REQUESTS itself),
// inbound JWT validation on whenever there are credentials, the public cloud unless a test points the
// cloud's endpoints (OpenID metadata/JWKS, login) at loopback fakes. The HTTP server is ours, so that
// we choose the address it listens on.
import type { Server } from "node:http";
import { type CloudEnvironment, PUBLIC } from "@microsoft/teams.api";
import { App, ExpressAdapter } from "@microsoft/teams.apps";
import type { Logger } from "pino";
import type { TeamsConfig } from "../../config.js";
import { sdkLogger } from "./sdk-logger.js";

export const MESSAGING_ENDPOINT = "/api/messages";

export function createTeamsApp(
  config: TeamsConfig,
  server: Server,
  logger: Logger,
  cloud?: CloudEnvironment,
) {
  const log = sdkLogger(logger);
  const credentials = config.credentials;
  return new App({
    ...(credentials
      ? {
          clientId: credentials.clientId,
          clientSecret: credentials.clientSecret,
          tenantId: credentials.tenantId,
        }
      : {}),
    dangerouslyAllowUnauthenticatedRequests: !credentials && config.allowUnauthenticated,
    cloud: cloud ?? PUBLIC,
    logger: log,
    httpServerAdapter: new ExpressAdapter(server, { logger: log }),
    messagingEndpoint: MESSAGING_ENDPOINT,
  });
}
