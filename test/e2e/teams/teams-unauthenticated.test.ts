// TEAMS_ALLOW_UNAUTHENTICATED=true (no credentials): for local trials only. The surface refuses to listen
// anywhere but loopback, warns loudly, and then accepts requests without a token.

import { pino } from "pino";
import { describe, expect, it } from "vitest";
import { fixedClock } from "../../../src/core/clock.ts";
import { helpReply } from "../../../src/core/replies/help-reply.ts";
import type { PrismaClient } from "../../../src/db/generated/client.ts";
import { createHttpServer } from "../../../src/http/server.ts";
import { createTeamsSurface } from "../../../src/platforms/teams/index.ts";
import type { Door } from "../../../src/services/conversation.ts";
import { sv } from "../../../src/texts/sv.ts";
import { personalMessage, TINA } from "../../support/teams-activities.ts";
import { startFakeMicrosoft } from "../../support/teams-fakes.ts";

const config = { allowUnauthenticated: true, port: 0, extraServiceOrigins: [] };
/** Without TEAMS_PORT: mounted on the one HTTP server (PORT). */
const sharedConfig = { allowUnauthenticated: true, extraServiceOrigins: [] };

function options(logger = pino({ level: "silent" })) {
  // No database is touched in these tests: the door answers help to everything.
  const door = {
    handle: async () => ({ reply: helpReply(sv), audience: "person", redraw: false, announcements: [] }),
    announce: () => {},
  } satisfies Door;
  return { config, door, db: {} as PrismaClient, clock: fixedClock("2026-11-23T09:00:00Z"), logger };
}

describe("Teams without credentials", () => {
  it("refuses to start on a non-loopback address", async () => {
    await expect(createTeamsSurface({ ...options(), host: "0.0.0.0" })).rejects.toThrow(/loopback/);
  });

  it("listens on 127.0.0.1 with a loud warning and accepts requests without a token", async () => {
    const lines: string[] = [];
    const logger = pino({ level: "warn" }, { write: (line: string) => lines.push(line) });
    const fake = await startFakeMicrosoft();
    const surface = await createTeamsSurface(options(logger));
    await surface.start();
    try {
      expect(lines.join("\n")).toMatch(/OAUTENTISERADE/);
      const res = await fetch(`http://127.0.0.1:${surface.port()}/api/messages`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(personalMessage(fake.serviceUrl, TINA, "hjälp")),
      });
      expect(res.status).toBe(200);
      expect(fake.connectorCalls).toHaveLength(1);
    } finally {
      await surface.stop();
      await fake.close();
    }
  });

  it("refuses to be mounted on the shared server when it listens on every address, and names TEAMS_PORT", async () => {
    for (const host of [undefined, "0.0.0.0", "::"]) {
      const http = createHttpServer({
        port: 0,
        ...(host ? { host } : {}),
        logger: pino({ level: "silent" }),
      });
      await expect(
        createTeamsSurface({ ...options(), config: sharedConfig, http }),
        String(host),
      ).rejects.toThrow(/TEAMS_PORT[\s\S]*127\.0\.0\.1|loopback[\s\S]*TEAMS_PORT/);
      // Nothing was mounted: the server has no /api/messages.
      await http.listen();
      try {
        const res = await fetch(`http://127.0.0.1:${http.address()?.port}/api/messages`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: "{}",
        });
        expect(res.status).toBe(404);
      } finally {
        await http.close();
      }
    }
  });

  it("is mounted on a shared server bound to loopback, with the warning", async () => {
    const lines: string[] = [];
    const logger = pino({ level: "warn" }, { write: (line: string) => lines.push(line) });
    const fake = await startFakeMicrosoft();
    const http = createHttpServer({ port: 0, host: "127.0.0.1", logger });
    const surface = await createTeamsSurface({ ...options(logger), config: sharedConfig, http });
    await surface.start();
    await http.listen();
    try {
      expect(lines.join("\n")).toMatch(/OAUTENTISERADE/);
      expect(surface.port()).toBe(http.address()?.port);
      const res = await fetch(`http://127.0.0.1:${surface.port()}/api/messages`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(personalMessage(fake.serviceUrl, TINA, "hjälp")),
      });
      expect(res.status).toBe(200);
      expect(fake.connectorCalls).toHaveLength(1);
    } finally {
      await surface.stop();
      await http.close();
      await fake.close();
    }
  });

  it("with TEAMS_PORT, listens on loopback on its own port, not on the shared server", async () => {
    const fake = await startFakeMicrosoft();
    const http = createHttpServer({ port: 0, logger: pino({ level: "silent" }) });
    const surface = await createTeamsSurface({ ...options(), http });
    await surface.start();
    await http.listen();
    try {
      expect(surface.port()).not.toBe(http.address()?.port);
      const body = JSON.stringify(personalMessage(fake.serviceUrl, TINA, "hjälp"));
      const headers = { "content-type": "application/json" };
      const own = await fetch(`http://127.0.0.1:${surface.port()}/api/messages`, {
        method: "POST",
        headers,
        body,
      });
      expect(own.status).toBe(200);
      const shared = await fetch(`http://127.0.0.1:${http.address()?.port}/api/messages`, {
        method: "POST",
        headers,
        body,
      });
      expect(shared.status).toBe(404);
    } finally {
      await surface.stop();
      await http.close();
      await fake.close();
    }
  });
});
