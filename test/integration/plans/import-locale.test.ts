// `lok import` speaks the operator's language (LOK_LOCALE): its summary, its problems and its refusals.
// What it writes into a group's history is in the group's language instead.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "../../../src/core/clock.ts";
import type { Database } from "../../../src/db/open-database.ts";
import { createImportCommand } from "../../../src/plans/import-command.ts";
import { cliContext, xlsx } from "../../fixtures/plans/workbooks.ts";
import { createTestDatabase, testDatabaseKinds } from "../../support/test-database.ts";

const clock = fixedClock("2026-11-23T09:00:00Z");
const english = createImportCommand({ clock, env: { LOK_LOCALE: "en" } });
const swedish = createImportCommand({ clock, env: {} });

describe.each(testDatabaseKinds())("the import's language on %s", (kind) => {
  let db: Database;
  let dir: string;
  let plan: string;
  beforeAll(async () => {
    db = await createTestDatabase(kind);
    dir = await mkdtemp(join(tmpdir(), "lok-import-locale-"));
    plan = join(dir, "plan.xlsx");
    await writeFile(
      plan,
      await xlsx([
        {
          name: "Handlingsplan",
          rows: [
            ["Handlingsplan 2025–2026"],
            ["Nr", "Aktivitet", "Status"],
            [1, "Se över lokalbidragen.", "klar"],
          ],
        },
      ]),
    );
  });
  afterAll(async () => {
    await db?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  async function lok(command: typeof english, args: string[]) {
    const c = cliContext(db);
    const code = await command(args, c.ctx);
    return { code, out: c.stdout(), err: c.stderr() };
  }

  it("says in Swedish, with the number agreeing, that one new activity was read", async () => {
    const r = await lok(swedish, [plan, "--group", "Svenska gruppen", "--dry-run"]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Läste 1 aktivitet från blad "Handlingsplan" i plan.xlsx.');
    expect(r.out).toContain(
      "Skulle läsa in 1 aktivitet i Handlingsplan 2025–2026 (Svenska gruppen): " +
        "1 ny, 0 ändrade, 0 oförändrade, 1 statusändring.",
    );
  });

  it("gives an English summary with LOK_LOCALE=en, and writes the history in the group's language", async () => {
    await db.prisma.group.create({ data: { name: "Lund", locale: "en" } });
    const r = await lok(english, [plan, "--group", "Lund"]);
    expect([r.code, r.err]).toEqual([0, ""]);
    expect(r.out).toContain('Read 1 activity from sheet "Handlingsplan" in plan.xlsx.');
    expect(r.out).toContain("New plan created: Handlingsplan 2025–2026");
    expect(r.out).toContain("  1: new; status not started → done");
    expect(r.out).toContain(
      "Done: 1 activity in Handlingsplan 2025–2026 (Lund): 1 new, 0 changed, 0 unchanged, 1 status change.",
    );
    expect(r.out).not.toMatch(/[åäö]|aktivitet/);
    const update = await db.prisma.statusUpdate.findFirstOrThrow({
      where: { activity: { plan: { group: { name: "Lund" } } } },
    });
    expect(update.comment).toBe("Imported from plan.xlsx");
  });

  it("refuses in English with LOK_LOCALE=en, and in Swedish without it", async () => {
    const missing = join(dir, "saknas.xlsx");
    const inEnglish = await lok(english, [missing, "--group", "Lund"]);
    expect([inEnglish.code, inEnglish.err]).toEqual([1, `I cannot find a file called ${missing}.\n`]);
    const inSwedish = await lok(swedish, [missing, "--group", "Lund"]);
    expect([inSwedish.code, inSwedish.err]).toEqual([1, `Hittar ingen fil som heter ${missing}.\n`]);
  });

  it("tells the problems in a file, and how to use the command, in English", async () => {
    const bad = join(dir, "bad.xlsx");
    await writeFile(
      bad,
      await xlsx([
        {
          name: "Plan",
          rows: [
            ["Nr", "Aktivitet", "Status"],
            [1, "En aktivitet", "kanske"],
          ],
        },
      ]),
    );
    const r = await lok(english, [bad, "--group", "Lund"]);
    expect(r.code).toBe(1);
    expect(r.err).toContain(
      "bad.xlsx cannot be imported; nothing has been saved. Correct this and try again:",
    );
    expect(r.err).toContain('  Sheet "Plan", row 2, column C (Status): "kanske" is not a status.');
    const usage = await lok(english, [bad]);
    expect(usage.code).toBe(2);
    expect(usage.err).toMatch(
      /^Give the group the plan belongs to with --group <group>\.\n\nUsage: lok import/,
    );
  });
});
