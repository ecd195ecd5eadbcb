// Fetching a file a person sent to the bot, for any surface: no redirect is followed (a credential or
// the request itself would go wherever it pointed), and the body is read no further than the limit.
// Which URLs may be fetched at all, and with what credential, is each surface's own rule.
import type { FileUnavailable } from "../services/conversation.ts";

const DOWNLOAD_TIMEOUT_MS = 30_000;

export type Download =
  | { ok: true; bytes: Uint8Array }
  | { ok: false; reason: FileUnavailable; size?: number };

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

/** `size`: what the platform said the file's size is, checked before anything is fetched. */
export async function downloadFile(
  url: string,
  options: { headers?: Record<string, string>; limit: number; size?: number },
): Promise<Download> {
  if (options.size !== undefined && options.size > options.limit)
    return { ok: false, reason: "too_large", size: options.size };
  const response = await fetch(url, {
    ...(options.headers ? { headers: options.headers } : {}),
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

/** Whether `url` is on one of `origins` (scheme, host and port all as given), with no credentials in it. */
export function onOrigin(url: string, origins: readonly string[]): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.username || parsed.password) return false;
  return origins.includes(parsed.origin);
}
