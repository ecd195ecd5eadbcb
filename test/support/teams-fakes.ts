// Loopback fakes of the Microsoft services the Teams SDK talks to, so that the real SDK app runs with
// JWT validation on and real outbound calls:
// - the Bot Framework's OpenID metadata and signing keys (JWKS), from a locally generated RS256 key;
// - the Bot Connector (the activities' serviceUrl), recording what the bot posts and answering with
//   whatever status a test queues (429 with Retry-After, 403);
// - Entra ID: the token endpoint for the bot's client-credentials token, and every tenant's OpenID
//   metadata and signing keys (one key set for all tenants, as Entra publishes). MSAL (inside the SDK)
//   insists on an https authority and asks login.microsoftonline.com for instance discovery, so the
//   cloud's loginEndpoint is https://login.lok.test and `routeLoginToFake` sends calls for those two
//   hosts to this server: fetch (MSAL, jose) and node's https.request (the SDK's jwks-rsa).
import http, { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import https from "node:https";
import type { AddressInfo } from "node:net";
import { type CloudEnvironment, PUBLIC, withOverrides } from "@microsoft/teams.api";
import { exportJWK, generateKeyPair, type JWK, SignJWT } from "jose";

export const APP_ID = "11111111-2222-3333-4444-555555555555";
export const APP_SECRET = "test-client-secret";
export const TENANT_ID = "99999999-8888-7777-6666-555555555555";
export const BOT_ISSUER = PUBLIC.tokenIssuer;
export const FAKE_LOGIN_ENDPOINT = "https://login.lok.test";
/** A tenant that is not the bot's. */
export const OTHER_TENANT_ID = "12121212-3434-5656-7878-909090909090";
/** The channels the Bot Framework's published key is endorsed for (its JWKS lists them per key). */
export const ENDORSEMENTS = ["msteams", "emulator"];

export interface ConnectorCall {
  method: string;
  path: string;
  conversationId: string;
  authorization?: string;
  body: Record<string, unknown>;
}

export interface TokenRequest {
  path: string;
  form: URLSearchParams;
}

export interface QueuedResponse {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

type Key = Awaited<ReturnType<typeof generateKeyPair>>["privateKey"];

export interface TokenOptions {
  /** Signed with a key the JWKS does not publish, under a kid it does not know. */
  unknownKey?: boolean;
  /** Signed with an unpublished key but claiming the published kid. */
  forged?: boolean;
  expiresIn?: number;
}

export interface EntraTokenOptions extends TokenOptions {
  /** The tenant that issued it (tid and issuer); the bot's own unless told otherwise. */
  tenant?: string;
  /** v1 tokens are issued by https://sts.windows.net/<tid>/, v2 by <login endpoint>/<tid>/v2.0. */
  version?: "1.0" | "2.0";
}

export interface FakeMicrosoft {
  url: string;
  /** The serviceUrl activities carry: this server, as the Bot Connector. */
  serviceUrl: string;
  cloud: CloudEnvironment;
  connectorCalls: ConnectorCall[];
  tokenRequests: TokenRequest[];
  /** The access token the fake Entra issues to the bot (the SDK decodes it, so it is a JWT). */
  botAccessToken: string;
  /** The next Bot Connector calls get these responses, in order. */
  queue(...responses: QueuedResponse[]): void;
  /** A Bot Framework token for an inbound activity, signed with the published key unless told otherwise. */
  token(claims?: Record<string, unknown>, options?: TokenOptions): Promise<string>;
  /**
   * An Entra ID access token for the bot (aud = its client id), as any application of that tenant can get
   * one: signed with Entra's published key, so only its issuer and tid say which tenant it comes from.
   */
  entraToken(claims?: Record<string, unknown>, options?: EntraTokenOptions): Promise<string>;
  close(): Promise<void>;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  res.writeHead(status, { "content-type": "application/json", ...headers });
  res.end(body === undefined ? "" : JSON.stringify(body));
}

export async function startFakeMicrosoft(): Promise<FakeMicrosoft> {
  const published = await generateKeyPair("RS256", { extractable: true });
  const stranger = await generateKeyPair("RS256", { extractable: true });
  const entraKey = await generateKeyPair("RS256", { extractable: true });
  const jwk: JWK & { endorsements: string[] } = {
    ...(await exportJWK(published.publicKey)),
    kid: "lok-test-key",
    alg: "RS256",
    use: "sig",
    endorsements: ENDORSEMENTS,
  };
  const entraJwk: JWK = { ...(await exportJWK(entraKey.publicKey)), kid: "entra-test-key", use: "sig" };
  const connectorCalls: ConnectorCall[] = [];
  const tokenRequests: TokenRequest[] = [];
  const queued: QueuedResponse[] = [];
  let sent = 0;
  let base = "";
  const now = Math.floor(Date.now() / 1000);
  const botAccessToken = await new SignJWT({
    aud: "https://api.botframework.com",
    iss: `https://sts.windows.net/${TENANT_ID}/`,
    appid: APP_ID,
    tid: TENANT_ID,
    iat: now,
    nbf: now,
    exp: now + 3600,
  })
    .setProtectedHeader({ alg: "RS256", kid: "entra-test-key", typ: "JWT" })
    .sign(entraKey.privateKey);

  function entra(req: IncomingMessage, res: ServerResponse, path: string, body: string) {
    if (path.startsWith("/common/discovery/instance")) {
      return send(res, 200, {
        tenant_discovery_endpoint: `${FAKE_LOGIN_ENDPOINT}/${TENANT_ID}/v2.0/.well-known/openid-configuration`,
        "api-version": "1.1",
        metadata: [
          {
            preferred_network: "login.lok.test",
            preferred_cache: "login.lok.test",
            aliases: ["login.lok.test"],
          },
        ],
      });
    }
    const tenant = path.split("/")[1] ?? "";
    if (path.endsWith("/discovery/v2.0/keys")) return send(res, 200, { keys: [entraJwk] });
    if (path.endsWith("/.well-known/openid-configuration")) {
      return send(res, 200, {
        issuer: `${FAKE_LOGIN_ENDPOINT}/${tenant}/v2.0`,
        authorization_endpoint: `${FAKE_LOGIN_ENDPOINT}/${tenant}/oauth2/v2.0/authorize`,
        token_endpoint: `${FAKE_LOGIN_ENDPOINT}/${tenant}/oauth2/v2.0/token`,
        jwks_uri: `${FAKE_LOGIN_ENDPOINT}/${tenant}/discovery/v2.0/keys`,
        end_session_endpoint: `${FAKE_LOGIN_ENDPOINT}/${tenant}/oauth2/v2.0/logout`,
      });
    }
    if (req.method === "POST" && path.endsWith("/oauth2/v2.0/token")) {
      const form = new URLSearchParams(body);
      tokenRequests.push({ path, form });
      const ok =
        form.get("grant_type") === "client_credentials" &&
        form.get("client_id") === APP_ID &&
        form.get("client_secret") === APP_SECRET &&
        tenant === TENANT_ID;
      if (!ok)
        return send(res, 401, { error: "invalid_client", error_description: "fake: wrong credentials" });
      return send(res, 200, {
        token_type: "Bearer",
        expires_in: 3600,
        ext_expires_in: 3600,
        access_token: botAccessToken,
      });
    }
    send(res, 404, { error: "not_found" });
  }

  function connector(req: IncomingMessage, res: ServerResponse, path: string, body: string) {
    const match = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?$/.exec(path);
    if (!match) return send(res, 404, { error: { code: "NotFound", message: path } });
    connectorCalls.push({
      method: req.method ?? "",
      path,
      conversationId: decodeURIComponent(match[1] ?? ""),
      ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}),
      body: body ? (JSON.parse(body) as Record<string, unknown>) : {},
    });
    const next = queued.shift();
    if (next) return send(res, next.status, next.body ?? {}, next.headers);
    sent += 1;
    send(res, req.method === "POST" ? 201 : 200, { id: `sent-${sent}` });
  }

  const server: Server = createServer(async (req, res) => {
    const body = await readBody(req);
    const url = new URL(req.url ?? "/", base);
    const path = url.pathname;
    if (path === "/botframework/v1/.well-known/openidconfiguration") {
      return send(res, 200, {
        issuer: BOT_ISSUER,
        jwks_uri: `${base}/botframework/v1/.well-known/keys`,
        id_token_signing_alg_values_supported: ["RS256"],
        token_endpoint_auth_signing_alg_values_supported: ["RS256"],
      });
    }
    if (path === "/botframework/v1/.well-known/keys") return send(res, 200, { keys: [jwk] });
    if (path.startsWith("/entra/")) return entra(req, res, path.slice("/entra".length), body);
    if (path.startsWith("/v3/")) return connector(req, res, path, body);
    send(res, 404, { error: "not_found" });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url: base,
    serviceUrl: `${base}/`,
    cloud: withOverrides(PUBLIC, {
      openIdMetadataUrl: `${base}/botframework/v1/.well-known/openidconfiguration`,
      loginEndpoint: FAKE_LOGIN_ENDPOINT,
    }),
    connectorCalls,
    tokenRequests,
    botAccessToken,
    queue: (...responses) => queued.push(...responses),
    async token(claims = {}, options = {}) {
      const now = Math.floor(Date.now() / 1000);
      const key: Key = options.unknownKey || options.forged ? stranger.privateKey : published.privateKey;
      const kid = options.unknownKey ? "not-published" : "lok-test-key";
      const payload = {
        iss: BOT_ISSUER,
        aud: APP_ID,
        iat: now - 60,
        nbf: now - 60,
        exp: now + (options.expiresIn ?? 3600),
        serviceurl: `${base}/`,
        ...claims,
      };
      return new SignJWT(payload).setProtectedHeader({ alg: "RS256", kid, typ: "JWT" }).sign(key);
    },
    async entraToken(claims = {}, options = {}) {
      const now = Math.floor(Date.now() / 1000);
      const tenant = options.tenant ?? TENANT_ID;
      const v2 = options.version === "2.0";
      const key: Key = options.unknownKey || options.forged ? stranger.privateKey : entraKey.privateKey;
      const kid = options.unknownKey ? "not-published" : "entra-test-key";
      const payload = {
        iss: v2 ? `${FAKE_LOGIN_ENDPOINT}/${tenant}/v2.0` : `https://sts.windows.net/${tenant}/`,
        aud: APP_ID,
        tid: tenant,
        ver: v2 ? "2.0" : "1.0",
        [v2 ? "azp" : "appid"]: "77777777-6666-5555-4444-333333333333",
        sub: "caller-service-principal",
        iat: now - 60,
        nbf: now - 60,
        exp: now + (options.expiresIn ?? 3600),
        ...claims,
      };
      return new SignJWT(payload).setProtectedHeader({ alg: "RS256", kid, typ: "JWT" }).sign(key);
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}

/**
 * Routes calls for Entra's hosts (the fake login endpoint and login.microsoftonline.com's instance
 * discovery) to the fake: the global fetch, and node's https.request with an options object (how
 * jwks-rsa asks). Returns the function that restores both.
 */
export function routeLoginToFake(fake: Pick<FakeMicrosoft, "url">): () => void {
  const originalFetch = globalThis.fetch;
  const originalRequest = https.request;
  const hosts = new Set(["login.lok.test", "login.microsoftonline.com"]);
  const target = new URL(fake.url);
  globalThis.fetch = (input: string | URL | Request, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : input.toString());
    if (!hosts.has(url.host)) return originalFetch(input, init);
    return originalFetch(`${fake.url}/entra${url.pathname}${url.search}`, init);
  };
  https.request = ((...args: Parameters<typeof https.request>) => {
    const [options, callback] = args as unknown as [
      https.RequestOptions,
      ((res: IncomingMessage) => void) | undefined,
    ];
    if (typeof options !== "object" || options instanceof URL || !hosts.has(options.hostname ?? "")) {
      return originalRequest(...args);
    }
    const { agent: _agent, ...rest } = options;
    return http.request(
      { ...rest, hostname: target.hostname, port: target.port, path: `/entra${options.path ?? "/"}` },
      callback,
    );
  }) as typeof https.request;
  return () => {
    globalThis.fetch = originalFetch;
    https.request = originalRequest;
  };
}
