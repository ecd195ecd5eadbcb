// Fetching a file a person sent to the bot. The bot token goes only to Slack's file host
// (files.slack.com, or the configured Web API's own origin where the tests run a loopback Slack): a
// file URL naming any other host is refused before anything is sent. Redirects are not followed (the
// token would go along), and the body is read no further than the size limit.
import type { FileUnavailable } from "../../services/conversation.ts";

export const SLACK_FILE_ORIGIN = "https://files.slack.com";
const DOWNLOAD_TIMEOUT_MS = 30_000;

export type Download =
  | { ok: true; bytes: Uint8Array }
  | { ok: false; reason: FileUnavailable; size?: number };

/** The origins the bot token may be sent to for a file: Slack's file host, and the configured API's. */
export function slackFileOrigins(apiUrl: string | undefined): string[] {
  return [SLACK_FILE_ORIGIN, ...(apiUrl ? [new URL(apiUrl).origin] : [])];
}

/** Whether `url` is on one of the trusted origins (scheme, host and port all as given). */
export function trustedFileUrl(url: string, origins: readonly string[]): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.username || parsed.password) return false;
  return origins.includes(parsed.origin);
}

/** Reads a response body up to `limit` bytes; undefined when it is longer. */
async function readLimited(response: Response, limit: number): Promise<Uint8Array | undefined> {
  const reader = response.body?.getReader();
  if (!reader) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > limit) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

export async function downloadSlackFile(
  url: string,
  options: { token: string; origins: readonly string[]; limit: number; size?: number },
): Promise<Download> {
  if (!trustedFileUrl(url, options.origins)) return { ok: false, reason: "refused" };
  if (options.size !== undefined && options.size > options.limit)
    return { ok: false, reason: "too_large", size: options.size };
  const response = await fetch(url, {
    headers: { authorization: `Bearer ${options.token}` },
    redirect: "manual",
    signal: AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS),
  });
  if (!response.ok) {
    await response.body?.cancel();
    return { ok: false, reason: "failed" };
  }
  const declared = Number(response.headers.get("content-length") ?? Number.NaN);
  if (declared > options.limit) {
    await response.body?.cancel();
    return { ok: false, reason: "too_large", size: declared };
  }
  const bytes = await readLimited(response, options.limit);
  return bytes ? { ok: true, bytes } : { ok: false, reason: "too_large" };
}
