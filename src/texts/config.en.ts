// What start-up says about the environment, in English, in the shape of config.sv.ts.
import type { configSv } from "./config.sv.ts";

/** "A, B and C" */
function join(items: readonly string[], and = "and"): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} ${and} ${items[items.length - 1]}`;
}

export const configEn: typeof configSv = {
  heading: "Errors in the configuration:",
  databaseUrl: "must be a PostgreSQL URL, for example postgresql://user@localhost:5432/lok",
  startsWith: (prefix) => `must start with ${prefix}`,
  url: (example) => `must be a URL, for example ${example}`,
  port: "must be a port number, a whole number from 1 to 65535",
  anyPort: "must be a port number, a whole number from 0 (any free port) to 65535",
  publicUrl: "must be an http or https address, for example https://lok.example.org",
  boolean: "must be true or false",
  oneOf: (values) => `must be ${join(values, "or")}`,
  tenantId: "must be a tenant ID (a GUID, for example 00000000-0000-0000-0000-000000000000)",
  serviceOrigin: (value) =>
    `${value}: give only the scheme and host (and port), with https, or http to 127.0.0.1`,
  slackMissing: (name) => `${name}: missing (Slack needs SLACK_SIGNING_SECRET and SLACK_BOT_TOKEN)`,
  teamsMissing: (name) => `${name}: missing (Teams needs CLIENT_ID, CLIENT_SECRET and TENANT_ID)`,
  entraWithoutCredentials:
    "TEAMS_ENTRA_TENANT_ID: applies only together with CLIENT_ID, CLIENT_SECRET and TENANT_ID",
  unauthenticatedWithCredentials:
    "TEAMS_ALLOW_UNAUTHENTICATED: must not be true when CLIENT_ID, CLIENT_SECRET or TENANT_ID is set",
  slackTokenRejected: (code) => `SLACK_BOT_TOKEN: Slack does not accept the token (${code})`,
  teamsUnauthenticated:
    "WARNING: Teams accepts UNAUTHENTICATED requests (TEAMS_ALLOW_UNAUTHENTICATED=true). For local trials only: " +
    "anyone who can reach the port can write as any Teams user. Use CLIENT_ID, CLIENT_SECRET and " +
    "TENANT_ID in production.",
  teamsUnauthenticatedShared: (host) =>
    `TEAMS_ALLOW_UNAUTHENTICATED=true: Teams without sign-in is never served on PORT, which listens on ${host}, not only on a loopback address. Set TEAMS_PORT (for example 3978) to serve Teams on 127.0.0.1 on a port of its own.`,
  teamsLoopbackOnly: (host) =>
    `TEAMS_ALLOW_UNAUTHENTICATED=true listens only on a loopback address (127.0.0.1), not on ${host}.`,
};
