// Where the bot may send its own Bot Framework token: the serviceUrl of every activity, reply, proactive
// post and stored conversation reference must be one of the Bot Connector's service hosts, or an origin
// the operator listed (TEAMS_EXTRA_SERVICE_ORIGINS: tests, clouds not listed here). A caller who could
// choose the serviceUrl would otherwise receive the token with the bot's reply.
//
// The hosts are Microsoft's well-known Teams service endpoints for a bot registered in the public
// Azure cloud (Microsoft 365 Agents SDK, TeamsProactiveServiceEndpoints): smba.trafficmanager.net, with
// regional paths such as /emea/ and /amer/, and smba.infra.gcc.teams.microsoft.com for GCC tenants.
// GCC High and DoD (smba.infra.gov/dod.teams.microsoft.us) need a bot in the US Government cloud, which
// LÖK-boten does not configure, so they are not listed.

export const BOT_FRAMEWORK_SERVICE_ORIGINS: readonly string[] = [
  "https://smba.trafficmanager.net",
  "https://smba.infra.gcc.teams.microsoft.com",
];

const LOOPBACK_HOSTS = new Set(["127.0.0.1", "localhost", "[::1]"]);

/**
 * An extra origin as the operator may list it: scheme and host (and port) only, https, or plain http on a
 * loopback address (the bot's token must not cross a network unencrypted). The origin, or undefined.
 */
export function extraServiceOrigin(value: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return undefined;
  }
  const bare = url.pathname === "/" && !url.search && !url.hash && !url.username && !url.password;
  const secure = url.protocol === "https:" || (url.protocol === "http:" && LOOPBACK_HOSTS.has(url.hostname));
  return bare && secure ? url.origin : undefined;
}

export interface ServiceOrigins {
  /** Whether the bot may send to this serviceUrl (or any URL under it). */
  allows(url: string | undefined): boolean;
}

/**
 * The allowed origins: the Bot Framework's, the listed extra ones, and, for a bot without credentials
 * (local trials, which have no token to lose), any loopback origin.
 */
export function serviceOrigins(
  extra: readonly string[],
  options: { loopback?: boolean } = {},
): ServiceOrigins {
  const allowed = new Set([...BOT_FRAMEWORK_SERVICE_ORIGINS, ...extra.map((o) => new URL(o).origin)]);
  return {
    allows(value) {
      if (!value) return false;
      let url: URL;
      try {
        url = new URL(value);
      } catch {
        return false;
      }
      if (url.username || url.password) return false;
      if (allowed.has(url.origin)) return true;
      return Boolean(options.loopback) && /^https?:$/.test(url.protocol) && LOOPBACK_HOSTS.has(url.hostname);
    },
  };
}
