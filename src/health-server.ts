// GET /healthz for container health checks: 200 when the database answers, 503 otherwise.
import { createServer } from "node:http";
import { databaseAnswers } from "./db/sql/health.ts";
import type { App } from "./main.ts";

export async function startHealthServer(app: App, port: number): Promise<{ close(): Promise<void> }> {
  const server = createServer(async (req, res) => {
    if (req.method !== "GET" || req.url !== "/healthz") {
      res.writeHead(404).end();
      return;
    }
    try {
      await databaseAnswers(app.db.prisma);
      res.writeHead(200, { "content-type": "application/json" }).end('{"status":"ok"}');
    } catch (error) {
      app.logger.warn({ err: error }, "health check failed");
      res.writeHead(503, { "content-type": "application/json" }).end('{"status":"unavailable"}');
    }
  });
  await new Promise<void>((resolve) => server.listen(port, resolve));
  app.logger.info({ port }, "health endpoint listening on /healthz");
  return { close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
