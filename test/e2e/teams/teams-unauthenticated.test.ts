// TEAMS_ALLOW_UNAUTHENTICATED=true (no credentials): for local trials only. The surface refuses to listen
// anywhere but loopback, warns loudly, and then accepts requests without a token.

import { pino } from "pino";
import { describe, expect, it } from "vitest";
import { fixedClock } from "../../../src/core/clock.ts";
import { helpReply } from "../../../src/core/replies/help-reply.ts";
import type { PrismaClient } from "../../../src/db/generated/client.ts";
import { createTeamsSurface } from "../../../src/platforms/teams/index.ts";
import type { Door } from "../../../src/services/conversation.ts";
import { sv } from "../../../src/texts/sv.ts";
import { personalMessage, TINA } from "../../support/teams-activities.ts";
import { startFakeMicrosoft } from "../../support/teams-fakes.ts";

const config = { allowUnauthenticated: true, port: 0, extraServiceOrigins: [] };

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
});
