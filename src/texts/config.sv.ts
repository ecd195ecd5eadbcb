// What start-up says about the environment, in Swedish: the configuration's errors (each one names
// its variable) and the platforms' start-up warnings. The variable names and values are as typed.

/** "A, B och C" */
function join(items: readonly string[], and = "och"): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} ${and} ${items[items.length - 1]}`;
}

export const configSv = {
  /** Above the list of problems. */
  heading: "Fel i konfigurationen:",
  databaseUrl: "ska vara en PostgreSQL-URL, till exempel postgresql://user@localhost:5432/lok",
  startsWith: (prefix: string) => `ska börja med ${prefix}`,
  url: (example: string) => `ska vara en URL, till exempel ${example}`,
  port: "ska vara ett portnummer, ett heltal från 1 till 65535",
  anyPort: "ska vara ett portnummer, ett heltal från 0 (valfri ledig port) till 65535",
  publicUrl: "ska vara en http- eller https-adress, till exempel https://lok.example.org",
  boolean: "ska vara true eller false",
  oneOf: (values: readonly string[]) => `ska vara ${join(values, "eller")}`,
  tenantId: "ska vara ett tenant-id (ett GUID, till exempel 00000000-0000-0000-0000-000000000000)",
  serviceOrigin: (value: string) =>
    `${value}: ange bara schema och värd (och port), med https, eller http till 127.0.0.1`,
  slackMissing: (name: string) => `${name}: saknas (Slack behöver SLACK_SIGNING_SECRET och SLACK_BOT_TOKEN)`,
  teamsMissing: (name: string) => `${name}: saknas (Teams behöver CLIENT_ID, CLIENT_SECRET och TENANT_ID)`,
  entraWithoutCredentials:
    "TEAMS_ENTRA_TENANT_ID: gäller bara tillsammans med CLIENT_ID, CLIENT_SECRET och TENANT_ID",
  unauthenticatedWithCredentials:
    "TEAMS_ALLOW_UNAUTHENTICATED: får inte vara true när CLIENT_ID, CLIENT_SECRET eller TENANT_ID är satta",
  /** Slack refused the bot token at start-up (`code`: Slack's error code). */
  slackTokenRejected: (code: string) => `SLACK_BOT_TOKEN: Slack godtar inte token (${code})`,
  /** Logged when Teams starts without credentials. */
  teamsUnauthenticated:
    "VARNING: Teams tar emot OAUTENTISERADE anrop (TEAMS_ALLOW_UNAUTHENTICATED=true). Bara för lokala prov: " +
    "vem som helst som når porten kan skriva som vilken Teams-användare som helst. Använd CLIENT_ID, " +
    "CLIENT_SECRET och TENANT_ID i drift.",
  /** Start-up refuses Teams without credentials on the shared server when it listens on every address. */
  teamsUnauthenticatedShared: (host: string) =>
    `TEAMS_ALLOW_UNAUTHENTICATED=true: Teams utan inloggning tas aldrig emot på PORT, som lyssnar på ${host} och inte bara på en loopback-adress. Sätt TEAMS_PORT (till exempel 3978) så tar Teams emot på en egen port på 127.0.0.1.`,
  /** Teams without credentials may listen on a loopback address only. */
  teamsLoopbackOnly: (host: string) =>
    `TEAMS_ALLOW_UNAUTHENTICATED=true lyssnar bara på en loopback-adress (127.0.0.1), inte på ${host}.`,
};
