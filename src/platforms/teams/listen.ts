// Where the Teams endpoint listens. Without credentials (TEAMS_ALLOW_UNAUTHENTICATED=true) anyone who can
// reach the port could speak as any Teams user, so it only ever listens on a loopback address, and says
// so loudly.
import type { Server } from "node:http";
import type { Logger } from "pino";
import type { TeamsConfig } from "../../config.ts";
import { isLoopback, type SharedHttpServer } from "../../http/server.ts";
import { envTexts } from "../../texts/index.ts";

export function resolveHost(config: TeamsConfig, requested: string | undefined, logger: Logger): string {
  if (config.credentials) return requested ?? "0.0.0.0";
  if (!config.allowUnauthenticated) {
    throw new Error(
      "Teams needs CLIENT_ID, CLIENT_SECRET and TENANT_ID (or TEAMS_ALLOW_UNAUTHENTICATED=true locally)",
    );
  }
  const host = requested ?? "127.0.0.1";
  if (!isLoopback(host)) {
    throw new Error(envTexts().config.teamsLoopbackOnly(host));
  }
  // Said to the operator, in the language of start-up (LOK_LOCALE).
  logger.warn({ host, port: config.port }, envTexts().config.teamsUnauthenticated);
  return host;
}

/**
 * The host of the shared server (PORT) when /api/messages is mounted there. Without credentials that
 * server must be bound to loopback; when it listens on every address (as `lok serve` does), Teams
 * refuses to be mounted there and asks for a server of its own on TEAMS_PORT, which listens on loopback.
 */
export function checkSharedServer(config: TeamsConfig, http: SharedHttpServer, logger: Logger): string {
  const host = http.host ?? "0.0.0.0";
  if (!config.credentials && config.allowUnauthenticated && !isLoopback(http.host)) {
    throw new Error(envTexts().config.teamsUnauthenticatedShared(host));
  }
  return resolveHost(config, host, logger);
}

export function listenOn(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (error: Error) => reject(error);
    server.once("error", onError);
    server.listen(port, host, () => {
      server.off("error", onError);
      resolve();
    });
  });
}
