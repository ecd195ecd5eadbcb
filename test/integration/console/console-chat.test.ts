// The interactive console over the real executor and database: what a person sees when they leave it.

import { PassThrough } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { consoleWelcomeReply } from "../../../src/core/replies/welcome-reply.ts";
import type { Database } from "../../../src/db/open-database.ts";
import { runConsole } from "../../../src/platforms/console/console-chat.ts";
import { sv } from "../../../src/texts/sv.ts";
import { commandHarness } from "../../support/command-harness.ts";
import { createTestDatabase } from "../../support/test-database.ts";

describe("the interactive console", () => {
  let db: Database;
  let h: Awaited<ReturnType<typeof commandHarness>>;

  beforeAll(async () => {
    db = await createTestDatabase("pglite");
    h = await commandHarness(db);
  });
  afterAll(async () => {
    await db?.close();
  });

  /** Types `keys` at the console (as a terminal sends them) once its prompt is shown; returns what it printed. */
  async function session(keys: string[]): Promise<string> {
    const input = new PassThrough();
    const output = new PassThrough();
    let printed = "";
    output.on("data", (d) => {
      printed += d;
    });
    let over = false;
    const ended = runConsole({
      door: h.door,
      group: h.group,
      actor: await h.actor("Anna Fogel"),
      input,
      output,
      interactive: true,
      greeting: consoleWelcomeReply(sv, {
        groupName: h.group.name,
        actorName: "Anna Fogel",
        role: "samordnare",
        demo: true,
      }),
    }).finally(() => {
      over = true;
    });
    for (const key of keys) {
      const prompts = printed.split("lok> ").length;
      input.write(key);
      // The next key once the reply and a new prompt are out, as a person waits for them.
      while (!over && printed.split("lok> ").length === prompts) await new Promise((r) => setTimeout(r, 10));
    }
    await ended;
    return printed;
  }

  it("says goodbye on Ctrl-C, and what was typed before it is saved", async () => {
    const printed = await session(["status 13 pågår Påbörjat\r", "\x03"]);
    expect(printed).toContain("Sparat: aktivitet 13 pågår nu");
    expect(printed.trimEnd().endsWith("Hej då! Allt du har skrivit är sparat.")).toBe(true);
    expect((await h.activity(13)).status).toBe("pagar");
  });

  it("greets with the group, who is typing, and that the demo's dates are the demo's", async () => {
    const printed = await session(["avsluta\r"]);
    expect(printed).toContain("LÖK-boten i Samverkansrådet Örebro. Du skriver som Anna Fogel (samordnare).");
    expect(printed).toContain("datumen är demons egna");
  });

  it("says goodbye on avsluta and on Ctrl-D too", async () => {
    expect(await session(["avsluta\r"])).toContain("Hej då! Allt du har skrivit är sparat.");
    expect(await session(["\x04"])).toContain("Hej då! Allt du har skrivit är sparat.");
  });

  it("ends on the exit words of both languages", async () => {
    for (const word of ["hejdå", "Hej då", "exit", "bye"])
      expect(await session([`${word}\r`]), word).toContain("Hej då! Allt du har skrivit är sparat.");
  });
});
