// Reads a JSON request body within a size limit, from any node:http request. The limit is enforced on
// the announced Content-Length before reading anything, and on the bytes as they arrive (chunked
// bodies), so an oversized body is refused without being held in memory.
import type { IncomingMessage } from "node:http";

export type BodyRead =
  | { ok: true; body: Record<string, unknown> }
  | { ok: false; status: 400 | 413 | 415; reason: string };

function isJson(contentType: string | undefined): boolean {
  const mediaType = (contentType ?? "").split(";")[0]?.trim().toLowerCase();
  return mediaType === "application/json";
}

function collect(req: IncomingMessage, limit: number): Promise<Buffer | "too large" | "aborted"> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        cleanup();
        // Stop reading: the caller answers 413 and closes the connection.
        req.pause();
        resolve("too large");
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => {
      cleanup();
      resolve(Buffer.concat(chunks, size));
    };
    const onAbort = () => {
      cleanup();
      resolve("aborted");
    };
    const cleanup = () => {
      req.off("data", onData);
      req.off("end", onEnd);
      req.off("error", onAbort);
      req.off("aborted", onAbort);
    };
    req.on("data", onData);
    req.on("end", onEnd);
    req.on("error", onAbort);
    req.on("aborted", onAbort);
  });
}

export async function readJsonBody(req: IncomingMessage, limit: number): Promise<BodyRead> {
  if (!isJson(req.headers["content-type"])) return { ok: false, status: 415, reason: "not application/json" };
  const encoding = req.headers["content-encoding"]?.trim().toLowerCase();
  if (encoding && encoding !== "identity") return { ok: false, status: 415, reason: "compressed body" };
  const announced = Number(req.headers["content-length"]);
  const tooLarge = { ok: false, status: 413, reason: `body over ${limit} bytes` } as const;
  if (Number.isFinite(announced) && announced > limit) return tooLarge;
  const raw = await collect(req, limit);
  if (raw === "too large") return tooLarge;
  if (raw === "aborted") return { ok: false, status: 400, reason: "request aborted" };
  let body: unknown;
  try {
    body = JSON.parse(raw.toString("utf8"));
  } catch {
    return { ok: false, status: 400, reason: "malformed JSON" };
  }
  if (!body || typeof body !== "object" || Array.isArray(body)) {
    return { ok: false, status: 400, reason: "JSON that is not an activity object" };
  }
  return { ok: true, body: body as Record<string, unknown> };
}
