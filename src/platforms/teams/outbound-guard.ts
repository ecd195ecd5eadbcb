// The last line before the bot's token leaves: a middleware on the Teams SDK's HTTP client, through which
// every reply, proactive post and API call goes. A request to an origin that is neither an allowed
// serviceUrl nor one of the cloud's own endpoints (its token service, Microsoft Graph) fails before the
// SDK attaches the token, so nothing is sent there at all.
import type { CloudEnvironment } from "@microsoft/teams.api";
import type { Middleware } from "@microsoft/teams.common";
import type { ServiceOrigins } from "./service-origins.ts";

export class ServiceUrlRefused extends Error {
  readonly origin: string;

  constructor(origin: string) {
    super(`${origin} is not a Bot Framework service host; nothing was sent there`);
    this.name = "ServiceUrlRefused";
    this.origin = origin;
  }
}

function originOf(value: string | undefined): string | undefined {
  try {
    return value ? new URL(value).origin : undefined;
  } catch {
    return undefined;
  }
}

export function outboundGuard(origins: ServiceOrigins, cloud: CloudEnvironment): Middleware {
  // Graph's origin comes from its scope, e.g. https://graph.microsoft.com/.default.
  const cloudOrigins = new Set(
    [originOf(cloud.tokenServiceUrl), originOf(cloud.graphScope)].filter((o): o is string => Boolean(o)),
  );
  return {
    async invoke(context, next) {
      const { url, baseURL } = context.config;
      let target: URL | undefined;
      try {
        target = new URL(url ?? "", baseURL);
      } catch {
        target = undefined;
      }
      if (!target || (!cloudOrigins.has(target.origin) && !origins.allows(target.href))) {
        throw new ServiceUrlRefused(target?.origin ?? "a malformed URL");
      }
      return next();
    },
  };
}
