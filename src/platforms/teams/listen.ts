// Where the Teams endpoint listens. Without credentials (TEAMS_ALLOW_UNAUTHENTICATED=true) anyone who can
// reach the port could speak as any Teams user, so it only ever listens on a loopback address, and says
// so loudly.
import type { Server } from "node:http";
import type { Logger } from "pino";
import type { TeamsConfig } from "../../config.ts";
import { envTexts } from "../../texts/index.ts";

const LOOPBACK = new Set(["127.0.0.1", "::1", "localhost"]);

export function resolveHost(config: TeamsConfig, requested: string | undefined, logger: Logger): string {
  if (config.credentials) return requested ?? "0.0.0.0";
  if (!config.allowUnauthenticated) {
    throw new Error(
      "Teams needs CLIENT_ID, CLIENT_SECRET and TENANT_ID (or TEAMS_ALLOW_UNAUTHENTICATED=true locally)",
    );
  }
  const host = requested ?? "127.0.0.1";
  if (!LOOPBACK.has(host)) {
    throw new Error(
      `TEAMS_ALLOW_UNAUTHENTICATED=true listens only on a loopback address (127.0.0.1), not on ${host}`,
    );
  }
  // Said to the operator, in the language of start-up (LOK_LOCALE).
  logger.warn({ host, port: config.port }, envTexts().config.teamsUnauthenticated);
  return host;
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
