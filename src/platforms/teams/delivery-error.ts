// What a failed send to the Bot Connector means for the outbox: a serviceUrl the bot may not send to is
// permanent; 403/404 (the bot was removed, the conversation is gone) are permanent and deactivate the
// binding; 429 and 5xx are worth retrying, after the Retry-After the service gave; anything without a
// response (network) is transient.
import type { DeliveryResult } from "../../services/notifier.ts";
import { ServiceUrlRefused } from "./outbound-guard.ts";

interface HttpFailure {
  status?: number;
  retryAfter?: string;
  message: string;
}

function readFailure(error: unknown): HttpFailure {
  const e = error as {
    message?: string;
    response?: { status?: number; headers?: Record<string, unknown> & { get?: (n: string) => unknown } };
  };
  const headers = e?.response?.headers;
  const raw = headers?.["retry-after"] ?? headers?.get?.("retry-after");
  return {
    ...(typeof e?.response?.status === "number" ? { status: e.response.status } : {}),
    ...(raw !== undefined && raw !== null ? { retryAfter: String(raw) } : {}),
    message: e?.message ?? String(error),
  };
}

/** Retry-After is seconds or an HTTP date. */
export function retryAfterMs(value: string | undefined, now: Date): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return Math.round(seconds * 1000);
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now.getTime());
}

export function deliveryFailure(error: unknown, now: Date): Extract<DeliveryResult, { ok: false }> {
  // A stored reference whose serviceUrl is not a Bot Framework host: it will not become one by retrying.
  if (error instanceof ServiceUrlRefused)
    return { ok: false, permanent: true, reason: `teams: ${error.message}` };
  const { status, retryAfter, message } = readFailure(error);
  if (status === 403 || status === 404) {
    return {
      ok: false,
      permanent: true,
      deactivateBinding: true,
      reason: `teams ${status}: the bot is no longer in the conversation (${message})`,
    };
  }
  if (status === 429 || (status !== undefined && status >= 500)) {
    const wait = retryAfterMs(retryAfter, now);
    return {
      ok: false,
      permanent: false,
      ...(wait !== undefined ? { retryAfterMs: wait } : {}),
      reason: `teams ${status}: ${message}`,
    };
  }
  if (status !== undefined && status >= 400 && status !== 401) {
    return { ok: false, permanent: true, reason: `teams ${status}: ${message}` };
  }
  return { ok: false, permanent: false, reason: `teams ${status ?? "network"}: ${message}` };
}
