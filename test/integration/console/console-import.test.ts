// `importera <sökväg>` in the console: the console reads the person's own file, the door shows the dry
// run with Importera and Avbryt as lines to type, and typing Importera's line imports the plan once.
import { PassThrough } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { consoleWelcomeReply } from "../../../src/core/replies/welcome-reply.ts";
import type { Database } from "../../../src/db/open-database.ts";
import { runConsole } from "../../../src/platforms/console/console-chat.ts";
import { sv } from "../../../src/texts/sv.ts";
import { commandHarness } from "../../support/command-harness.ts";
import { createTestDatabase } from "../../support/test-database.ts";

const FILE = "prisma/plans/vasteras-2022-2024.csv";
const PLAN = "Handlingsplan 2022–2024";

describe("importing a plan file from the console", () => {
  let db: Database;
  let h: Awaited<ReturnType<typeof commandHarness>>;

  beforeAll(async () => {
    db = await createTestDatabase("pglite");
    h = await commandHarness(db);
  });
  afterAll(async () => {
    await db?.close();
  });

  /** Lines piped to the console as `who`; what it printed. */
  async function piped(who: string, lines: string[]): Promise<string> {
    const input = new PassThrough();
    const output = new PassThrough();
    let printed = "";
    output.on("data", (d) => {
      printed += d;
    });
    input.end(`${lines.join("\n")}\n`);
    await runConsole({
      door: h.door,
      group: h.group,
      actor: await h.actor(who),
      input,
      output,
      interactive: false,
      greeting: consoleWelcomeReply(sv, {
        groupName: h.group.name,
        actorName: who,
        role: "samordnare",
        demo: true,
      }),
    });
    return printed;
  }

  const imported = () => db.prisma.activity.count({ where: { plan: { name: PLAN } } });

  it("shows the dry run, stores nothing but the upload, and imports once when Importera is typed", async () => {
    const dry = await piped("Anna Fogel", [`importera ${FILE}`]);
    expect(dry).toContain("Provkörning av vasteras-2022-2024.csv");
    expect(dry).toContain(`Ny plan skulle skapas: ${PLAN}`);
    expect(dry).toContain("Skulle läsa in 24 aktiviteter");
    const upload = await db.prisma.planUpload.findFirstOrThrow({ orderBy: { id: "desc" } });
    expect(dry).toContain(`Snabbval: importera ja ${upload.id} | importera avbryt ${upload.id}`);
    expect(await imported()).toBe(0);

    const done = await piped("Anna Fogel", [`importera ja ${upload.id}`, `importera ja ${upload.id}`]);
    expect(done).toContain("vasteras-2022-2024.csv är inläst.");
    expect(done).toContain(
      `[till kanalen] 📋 Handlingsplanen ${PLAN} importerades av Anna Fogel (från vasteras-2022-2024.csv).`,
    );
    expect(done).toContain("vasteras-2022-2024.csv är redan inläst (av Anna Fogel).");
    expect(await imported()).toBe(24);
  });

  it("Avbryt typed drops the upload", async () => {
    await piped("Anna Fogel", [`importera "${FILE}"`]);
    const upload = await db.prisma.planUpload.findFirstOrThrow({ orderBy: { id: "desc" } });
    const out = await piped("Anna Fogel", [`importera avbryt ${upload.id}`]);
    expect(out).toContain("Inläsningen av vasteras-2022-2024.csv är avbruten; inget har sparats.");
    expect((await db.prisma.planUpload.findUniqueOrThrow({ where: { id: upload.id } })).state).toBe(
      "cancelled",
    );
  });

  it("a missing file, a directory and a medlem are answered politely", async () => {
    const uploads = await db.prisma.planUpload.count();
    const out = await piped("Anna Fogel", ["importera finns-inte.xlsx", "importera prisma"]);
    expect(out).toContain("Hittar ingen fil som heter finns-inte.xlsx.");
    expect(out).toContain("prisma är en mapp, inte en fil.");
    const refused = await piped("Tina Modin", [`importera ${FILE}`]);
    expect(refused).toContain("Bara samordnare och administratörer kan läsa in en handlingsplan.");
    expect(await db.prisma.planUpload.count()).toBe(uploads);
  });
});
