// The one gate in front of the Teams SDK: an activity is let in only with a valid caller (when the bot has
// credentials) and a serviceUrl the bot may send its token to. Independent of the HTTP server that
// mounts it: it sees the Authorization header and the parsed body, nothing else.
import type { IToken } from "@microsoft/teams.api";
import { activityEnvelope } from "./activity-envelope.ts";
import type { InboundAuthenticator } from "./inbound-auth.ts";
import type { ServiceOrigins } from "./service-origins.ts";

export type Admission =
  /** token: the verified caller; absent only for a bot without credentials (local trials). */
  { ok: true; token?: IToken } | { ok: false; status: 401 | 403 | 503; reason: string };

export type AdmitActivity = (
  authorization: string | undefined,
  body: Record<string, unknown>,
) => Promise<Admission>;

export function admitActivity(options: {
  /** Absent only without credentials, where the SDK's own unauthenticated mode applies. */
  authenticate?: InboundAuthenticator;
  origins: ServiceOrigins;
}): AdmitActivity {
  return async (authorization, body) => {
    const envelope = activityEnvelope(body);
    let token: IToken | undefined;
    if (options.authenticate) {
      const verdict = await options.authenticate(authorization, envelope);
      if (!verdict.ok) return verdict;
      token = verdict.token;
    }
    if (!options.origins.allows(envelope.serviceUrl)) {
      return { ok: false, status: 403, reason: "serviceUrl is not a Bot Framework service host" };
    }
    return token ? { ok: true, token } : { ok: true };
  };
}
