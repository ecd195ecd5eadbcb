// Requests signed exactly as Slack signs them: `v0=` HMAC-SHA256 over `v0:<timestamp>:<raw body>`
// with the signing secret, in X-Slack-Signature, and the timestamp in X-Slack-Request-Timestamp.
// Slash commands are form-encoded; interactivity is form-encoded `payload=<json>`; events are JSON.
import { createHmac } from "node:crypto";
import { performance } from "node:perf_hooks";

export const SIGNING_SECRET = "8f742231b10e8888abcd99yyyzzz85a5";

export function slackSignature(secret: string, timestamp: number | string, body: string): string {
  return `v0=${createHmac("sha256", secret).update(`v0:${timestamp}:${body}`).digest("hex")}`;
}

export interface SignedRequest {
  body: string;
  contentType: string;
}

export function slashCommandRequest(fields: Record<string, string>): SignedRequest {
  return { body: new URLSearchParams(fields).toString(), contentType: "application/x-www-form-urlencoded" };
}

export function interactionRequest(payload: object): SignedRequest {
  return {
    body: `payload=${encodeURIComponent(JSON.stringify(payload))}`,
    contentType: "application/x-www-form-urlencoded",
  };
}

export function eventRequest(envelope: object): SignedRequest {
  return { body: JSON.stringify(envelope), contentType: "application/json" };
}

export interface SendOptions {
  secret?: string;
  /** Seconds since the epoch, now by default; a string is sent (and signed) exactly as given. */
  timestamp?: number | string;
  signature?: string;
  headers?: Record<string, string>;
}

export async function sendSigned(url: string, request: SignedRequest, options: SendOptions = {}) {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const signature =
    options.signature ?? slackSignature(options.secret ?? SIGNING_SECRET, timestamp, request.body);
  const started = performance.now();
  const response = await fetch(url, {
    method: "POST",
    headers: {
      "content-type": request.contentType,
      "x-slack-request-timestamp": String(timestamp),
      "x-slack-signature": signature,
      ...(options.headers ?? {}),
    },
    body: request.body,
  });
  const text = await response.text();
  return {
    status: response.status,
    text,
    elapsedMs: performance.now() - started,
    finishedAt: performance.now(),
  };
}
