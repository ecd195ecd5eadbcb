// Closing a connection whose request body was left unread, without losing the answer. A socket closed
// with unread bytes in its receive buffer makes the kernel send a reset, and a client that is still
// sending may then drop the answer already on its way and see ECONNRESET instead of 413. So, as web
// servers do ("lingering close"): send the answer and end our side, read and discard what still
// arrives for a short while or up to a byte budget, then close.
import type { ServerResponse } from "node:http";
import type { Socket } from "node:net";

export const LINGER = { ms: 2_000, bytes: 16 * 1024 * 1024 } as const;

function linger(socket: Socket, limits: { ms: number; bytes: number }): void {
  let discarded = 0;
  const close = () => {
    clearTimeout(timer);
    socket.destroy();
  };
  const timer = setTimeout(close, limits.ms);
  timer.unref();
  socket.on("data", (chunk: Buffer) => {
    discarded += chunk.length;
    if (discarded > limits.bytes) close();
  });
  socket
    .once("end", close)
    .once("error", close)
    .once("close", () => clearTimeout(timer));
  socket.end();
  socket.resume();
}

/** Answers `status` with no body and closes the connection after a lingering close. */
export function refuseAndLinger(
  res: ServerResponse,
  status: number,
  headers: Record<string, string> = {},
  limits: { ms: number; bytes: number } = LINGER,
): void {
  const socket = res.socket;
  // The request's own stream is paused where its reader stopped; let the rest flow into nothing so
  // the parser never holds it.
  res.req.removeAllListeners("data");
  res.req.resume();
  if (socket) {
    // Node ends a `connection: close` response with destroySoon(), which would close at once.
    socket.destroySoon = () => linger(socket, limits);
  }
  res.writeHead(status, { "content-length": "0", connection: "close", ...headers }).end();
}
