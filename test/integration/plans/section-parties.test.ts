// `lok import` of a plan with a section heading whose party the file does not tell: the dry run asks
// and says how to answer, a real import saves nothing until told, and --part answers it. The plan's
// own section headings are kept, and `lista stad` is headed by them.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "../../../src/core/clock.ts";
import type { Database } from "../../../src/db/open-database.ts";
import { createImportCommand } from "../../../src/plans/import-command.ts";
import { renderText } from "../../../src/platforms/console/render-text.ts";
import { findGroup } from "../../../src/services/groups.ts";
import { cliContext, xlsx } from "../../fixtures/plans/workbooks.ts";
import { doorFor, runLine } from "../../support/run-line.ts";
import { createTestDatabase, testDatabaseKinds } from "../../support/test-database.ts";

const silent = pino({ level: "silent" });
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

  it("keeps the plan's own section headings and heads a party's list with them", async () => {
    const file = join(dir, "vasteras.xlsx");
    const rows = (city: string) => [
      ["Handlingsplan år 2017-2018"],
      ["Aktivitet", "Ansvarig"],
      ["► Principen om dialog och samverkan"],
      [city],
      ["Finansiera en kommunal samordnartjänst motsvarande 50 procent."],
      ["Civilsamhällets aktiviteter"],
      ["Utse representanter till den gemensamma samverkansgruppen."],
    ];
    await writeFile(file, await xlsx([{ name: "Handlingsplan", rows: rows("Västerås stads aktiviteter") }]));
    const first = await lok([file, "--group", "Västerås"]);
    expect([first.code, first.err]).toEqual([0, ""]);
    const stored = await db.prisma.plan.findFirstOrThrow({ where: { group: { name: "Västerås" } } });
    expect(stored.sectionHeadings).toEqual({
      stad: "Västerås stads aktiviteter",
      civilsamhalle: "Civilsamhällets aktiviteter",
    });

    const group = await findGroup(db.prisma, "Västerås");
    const member = await db.prisma.member.create({ data: { groupId: group.id, name: "Tina" } });
    const door = doorFor({ prisma: db.prisma, clock: fixedClock("2026-11-23T09:00:00Z"), logger: silent });
    const ctx = (key: string) => ({
      group,
      actor: { memberId: member.id, name: member.name, role: member.role },
      source: "console" as const,
      idempotencyKey: key,
    });
    const city = renderText(await runLine(door, "lista stad", ctx("a")));
    expect(city.split("\n")[0]).toContain("Västerås stads aktiviteter");
    expect(city).toContain("Finansiera en kommunal samordnartjänst");
    // A party the plan has no heading for keeps the generic one.
    expect(renderText(await runLine(door, "lista gemensamt", ctx("b"))).split("\n")[0]).toContain(
      "Gemensamma aktiviteter",
    );

    // A re-import keeps the headings it does not repeat and takes the new wording of those it does.
    await writeFile(file, await xlsx([{ name: "Handlingsplan", rows: rows("Västerås stad") }]));
    expect((await lok([file, "--group", "Västerås"])).code).toBe(0);
    const again = await db.prisma.plan.findFirstOrThrow({ where: { group: { name: "Västerås" } } });
    expect(again.sectionHeadings).toEqual({
      stad: "Västerås stad",
      civilsamhalle: "Civilsamhällets aktiviteter",
    });
  });
});
