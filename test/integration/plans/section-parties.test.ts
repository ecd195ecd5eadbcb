// `lok import` of a plan with a section heading whose party the file does not tell: the dry run asks
// and says how to answer, a real import saves nothing until told, and --part answers it.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "../../../src/core/clock.ts";
import type { Database } from "../../../src/db/open-database.ts";
import { createImportCommand } from "../../../src/plans/import-command.ts";
import { cliContext, xlsx } from "../../fixtures/plans/workbooks.ts";
import { createTestDatabase, testDatabaseKinds } from "../../support/test-database.ts";

const runImport = createImportCommand({ clock: fixedClock("2026-11-23T09:00:00Z") });

describe.each(testDatabaseKinds())("section parties on %s", (kind) => {
  let db: Database;
  let dir: string;
  beforeAll(async () => {
    db = await createTestDatabase(kind);
    dir = await mkdtemp(join(tmpdir(), "lok-sections-"));
  });
  afterAll(async () => {
    await db?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  async function lok(args: string[]) {
    const c = cliContext(db);
    const code = await runImport(args, c.ctx);
    return { code, out: c.stdout(), err: c.stderr() };
  }

  it("asks in the dry run, refuses until told, then imports with --part", async () => {
    const file = join(dir, "gavle.xlsx");
    await writeFile(
      file,
      await xlsx([
        {
          name: "Handlingsplan",
          rows: [
            ["Handlingsplan 2025–2026 för Gävle kommun och ideella sektorn"],
            ["Nr", "Aktivitet"],
            ["Gävle kommun"],
            [1, "Se över lokalbidragen."],
            ["Ideella sektorn"],
            [2, "Utse representanter till samverkansrådet."],
            ["Näringslivet"],
            [3, "Bjuda in företagen till dialog."],
          ],
          merges: ["A3:B3", "A5:B5", "A7:B7"],
        },
      ]),
    );
    const dry = await lok([file, "--group", "Gävle", "--dry-run"]);
    expect(dry.code).toBe(0);
    expect(dry.out).toContain("Vilken part gäller rubriken?");
    expect(dry.out).toContain('  rad 7: "Näringslivet"');
    expect(dry.out).toContain(
      'Svara med --part för varje rubrik, till exempel --part "Näringslivet=civilsamhälle"',
    );

    const refused = await lok([file, "--group", "Gävle"]);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain("gavle.xlsx kan inte läsas in än; inget har sparats.");
    expect(refused.err).toContain('  rad 7: "Näringslivet"');
    expect(await db.prisma.group.count({ where: { name: "Gävle" } })).toBe(0);

    const bad = await lok([file, "--group", "Gävle", "--part", "Näringslivet=kanske"]);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('--part "Näringslivet=kanske": skriv rubriken, ett likhetstecken och stad');

    const told = await lok([file, "--group", "Gävle", "--part", "näringslivet=gemensamt"]);
    expect(told.err).toBe("");
    expect(told.code).toBe(0);
    const activities = await db.prisma.activity.findMany({
      where: { plan: { group: { name: "Gävle" } } },
      orderBy: { number: "asc" },
    });
    expect(activities.map((a) => [a.number, a.party])).toEqual([
      [1, "stad"],
      [2, "civilsamhalle"],
      [3, "gemensamt"],
    ]);
  });
});
