// Who may send an activity to /api/messages, decided before the Teams SDK sees it.
//
// The Teams SDK 2.1 validates tokens itself, but sends any token whose issuer is Entra ID
// (sts.windows.net or the login endpoint) down another path: that path takes the tenant from the
// token's own `tid` (so any tenant's token passes), and does not compare a `serviceurl` claim with the
// activity's serviceUrl. Here only two kinds of token are let in:
//
// - Bot Framework tokens (what Teams sends): issuer the cloud's token issuer (https://api.botframework.com),
//   audience our CLIENT_ID, signed with a key from the Bot Framework's published key set, within its
//   validity (five minutes of clock skew), a `serviceurl` claim equal to the activity's serviceUrl, and,
//   where the key lists endorsements, endorsed for the activity's channel;
// - Entra ID tokens only when TEAMS_ENTRA_TENANT_ID names a tenant, and then only that tenant's: issuer
//   that tenant's, `tid` that tenant, audience our CLIENT_ID, signed with Entra's key set for that tenant,
//   for an activity of that tenant.
//
// The verdict carries the verified caller as the SDK's IToken, handed to the SDK through its adapter
// seam for pre-authenticated requests, so the SDK's own validator never sees a request.
import type { CloudEnvironment, IToken } from "@microsoft/teams.api";
import { createRemoteJWKSet, decodeJwt, errors, type JWTPayload, jwtVerify } from "jose";
import { type ActivityEnvelope, normalizedServiceUrl } from "./activity-envelope.ts";

export type InboundVerdict =
  | { ok: true; token: IToken }
  | { ok: false; status: 401 | 403 | 503; reason: string };

export interface InboundAuthOptions {
  clientId: string;
  cloud: CloudEnvironment;
  /** The only tenant whose Entra ID tokens are accepted; without it, Bot Framework tokens only. */
  entraTenantId?: string;
}

export type InboundAuthenticator = (
  authorization: string | undefined,
  activity: ActivityEnvelope,
) => Promise<InboundVerdict>;

/** The usual allowance for clocks that disagree (Bot Framework's documented five minutes). */
const CLOCK_TOLERANCE_SECONDS = 300;
const ENTRA_V1_ISSUER = "https://sts.windows.net/";
/** Signing keys change rarely; an unknown key id refetches the set, at most every 30 s. */
const KEY_SET_OPTIONS = { cacheMaxAge: 60 * 60 * 1000, cooldownDuration: 30_000, timeoutDuration: 5000 };

const refuse = (status: 401 | 403 | 503, reason: string): InboundVerdict => ({ ok: false, status, reason });

/** The Bot Framework publishes its keys next to its OpenID metadata (…/openidconfiguration → …/keys). */
function botFrameworkKeysUrl(cloud: CloudEnvironment): URL {
  return new URL(cloud.openIdMetadataUrl.replace(/\/openidconfiguration$/, "/keys"));
}

function bearerToken(authorization: string | undefined): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? "");
  return match?.[1];
}

/** Why jose refused a token, in a few words for the log. */
function refusalOf(error: unknown): InboundVerdict {
  if (error instanceof errors.JWTExpired) return refuse(401, "token expired");
  if (error instanceof errors.JWTClaimValidationFailed)
    return refuse(401, `claim ${error.claim} not accepted`);
  if (error instanceof errors.JWKSNoMatchingKey)
    return refuse(401, "signing key not in the published key set");
  if (error instanceof errors.JWSSignatureVerificationFailed) return refuse(401, "signature does not verify");
  if (error instanceof errors.JOSEAlgNotAllowed) return refuse(401, "signing algorithm not accepted");
  if (
    error instanceof errors.JWTInvalid ||
    error instanceof errors.JWSInvalid ||
    error instanceof errors.JWKSMultipleMatchingKeys
  ) {
    return refuse(401, "malformed token");
  }
  // The key set could not be fetched (network, timeout, not JSON): not the caller's fault.
  return refuse(503, "signing keys unavailable");
}

function caller(raw: string, payload: JWTPayload, serviceUrl: string, tenantId?: string): IToken {
  const appId =
    typeof payload.appid === "string" ? payload.appid : typeof payload.azp === "string" ? payload.azp : "";
  return {
    appId,
    from: "azure",
    fromId: payload.sub ?? "",
    serviceUrl,
    ...(tenantId ? { tenantId } : {}),
    ...(payload.exp ? { expiration: payload.exp * 1000 } : {}),
    isExpired: () => false,
    toString: () => raw,
  };
}

export function createInboundAuthenticator(options: InboundAuthOptions): InboundAuthenticator {
  const { clientId, cloud, entraTenantId } = options;
  const botFrameworkKeys = createRemoteJWKSet(botFrameworkKeysUrl(cloud), KEY_SET_OPTIONS);
  const entraKeys = entraTenantId
    ? createRemoteJWKSet(
        new URL(`${cloud.loginEndpoint}/${entraTenantId}/discovery/v2.0/keys`),
        KEY_SET_OPTIONS,
      )
    : undefined;
  const entraIssuers = entraTenantId
    ? [
        `${cloud.loginEndpoint}/${entraTenantId}/v2.0`,
        `${cloud.loginEndpoint}/${entraTenantId}/`,
        `${ENTRA_V1_ISSUER}${entraTenantId}/`,
      ]
    : [];

  function isEntraIssuer(iss: string): boolean {
    return iss.startsWith(`${cloud.loginEndpoint}/`) || iss.startsWith(ENTRA_V1_ISSUER);
  }

  async function botFramework(raw: string, activity: ActivityEnvelope): Promise<InboundVerdict> {
    const { payload, protectedHeader } = await jwtVerify(raw, botFrameworkKeys, {
      issuer: cloud.tokenIssuer,
      audience: clientId,
      algorithms: ["RS256"],
      clockTolerance: CLOCK_TOLERANCE_SECONDS,
      requiredClaims: ["exp", "serviceurl"],
    });
    const claimed = typeof payload.serviceurl === "string" ? normalizedServiceUrl(payload.serviceurl) : "";
    if (!activity.serviceUrl || claimed !== normalizedServiceUrl(activity.serviceUrl)) {
      return refuse(401, "serviceurl claim is not the activity's serviceUrl");
    }
    const key = botFrameworkKeys.jwks()?.keys.find((k) => k.kid === protectedHeader.kid) as
      | { endorsements?: unknown }
      | undefined;
    const endorsements = key?.endorsements;
    if (Array.isArray(endorsements) && !endorsements.includes(activity.channelId)) {
      return refuse(403, "signing key not endorsed for the activity's channel");
    }
    return { ok: true, token: caller(raw, payload, activity.serviceUrl) };
  }

  async function entra(raw: string, activity: ActivityEnvelope): Promise<InboundVerdict> {
    if (!entraKeys || !entraTenantId) return refuse(401, "Entra ID token, and no Entra tenant is configured");
    const { payload } = await jwtVerify(raw, entraKeys, {
      issuer: entraIssuers,
      audience: clientId,
      algorithms: ["RS256"],
      clockTolerance: CLOCK_TOLERANCE_SECONDS,
      requiredClaims: ["exp", "tid"],
    });
    if (payload.tid !== entraTenantId) return refuse(401, "Entra ID token of another tenant");
    if (activity.tenantId !== entraTenantId)
      return refuse(403, "activity of another tenant than the token's");
    if (!activity.serviceUrl) return refuse(403, "activity without a serviceUrl");
    return { ok: true, token: caller(raw, payload, activity.serviceUrl, entraTenantId) };
  }

  return async (authorization, activity) => {
    if (!authorization) return refuse(401, "no Authorization header");
    const raw = bearerToken(authorization);
    if (!raw) return refuse(401, "Authorization is not a Bearer token");
    let iss: unknown;
    try {
      iss = decodeJwt(raw).iss;
    } catch {
      return refuse(401, "malformed token");
    }
    if (typeof iss !== "string") return refuse(401, "token without an issuer");
    try {
      if (iss === cloud.tokenIssuer) return await botFramework(raw, activity);
      if (isEntraIssuer(iss)) return await entra(raw, activity);
    } catch (error) {
      return refusalOf(error);
    }
    return refuse(401, "issuer not accepted");
  };
}
