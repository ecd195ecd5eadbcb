// Slack Web API failures, classified once: what the delivery path should do (retry after, give up,
// deactivate the binding) and how to log it — with the method and Slack's error code, never a token.
import { ErrorCode } from "@slack/web-api";
import type { Logger } from "pino";
import type { DeliveryResult } from "../../services/notifier.ts";

export interface SlackFailure {
  /** Slack's error code (`channel_not_found`), `ratelimited`, `http_<status>` or `request_failed`. */
  code: string;
  retryAfterMs?: number;
}

/** Errors that mean the bot cannot post in that channel until someone acts (invites it, unarchives). */
const CHANNEL_GONE = new Set(["channel_not_found", "is_archived", "not_in_channel", "account_inactive"]);
/** Errors that retrying will not fix. */
const PERMANENT = new Set([
  ...CHANNEL_GONE,
  "user_not_found",
  "user_disabled",
  "cannot_dm_bot",
  "invalid_auth",
  "not_authed",
  "token_revoked",
  "missing_scope",
  "invalid_blocks",
  "msg_too_long",
  "no_text",
]);

export function describeSlackError(error: unknown): SlackFailure {
  const e = error as {
    code?: string;
    retryAfter?: number;
    data?: { error?: string };
    statusCode?: number;
    message?: string;
  };
  switch (e?.code) {
    case ErrorCode.RateLimitedError:
      return { code: "ratelimited", retryAfterMs: Math.max(0, (e.retryAfter ?? 1) * 1000) };
    case ErrorCode.PlatformError:
      return { code: e.data?.error ?? "unknown_error" };
    case ErrorCode.HTTPError:
      return { code: `http_${e.statusCode ?? "error"}` };
    case ErrorCode.RequestError:
      return { code: "request_failed" };
    default:
      // A 429 without a usable Retry-After comes back as a plain error from the client.
      if (typeof e?.message === "string" && e.message.includes("Retry header"))
        return { code: "ratelimited" };
      return { code: "unexpected" };
  }
}

export function isChannelGone(failure: SlackFailure): boolean {
  return CHANNEL_GONE.has(failure.code);
}

export function isRateLimited(failure: SlackFailure): boolean {
  return failure.code === "ratelimited";
}

/** The Notifier's answer for a failed post. */
export function deliveryFailure(failure: SlackFailure, target: "channel" | "direct"): DeliveryResult {
  return {
    ok: false,
    ...(failure.retryAfterMs !== undefined ? { retryAfterMs: failure.retryAfterMs } : {}),
    permanent: PERMANENT.has(failure.code),
    ...(target === "channel" && isChannelGone(failure) ? { deactivateBinding: true } : {}),
    reason: `slack:${failure.code}`,
  };
}

/** Logs a Web API failure once, at the boundary, with what we were doing. Returns the classification. */
export function logSlackError(
  logger: Logger,
  error: unknown,
  context: { method: string } & Record<string, unknown>,
): SlackFailure {
  const failure = describeSlackError(error);
  const level = failure.code === "unexpected" ? "error" : "warn";
  logger[level](
    {
      ...context,
      slackError: failure.code,
      ...(failure.retryAfterMs !== undefined ? { retryAfterMs: failure.retryAfterMs } : {}),
      ...(failure.code === "unexpected" ? { err: error } : {}),
    },
    "slack web api call failed",
  );
  return failure;
}
