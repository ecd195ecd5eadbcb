// `lok import` of a new plan never silently makes an older period the active one: it is created
// inactive and the summary says how to switch; a plan for a later period becomes the only active one.
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "../../../src/core/clock.ts";
import type { Database } from "../../../src/db/open-database.ts";
import { createImportCommand } from "../../../src/plans/import-command.ts";
import { cliContext } from "../../fixtures/plans/workbooks.ts";
import { createTestDatabase, testDatabaseKinds } from "../../support/test-database.ts";

const PLANS = join(import.meta.dirname, "../../../prisma/plans");
const runImport = createImportCommand({ clock: fixedClock("2026-11-23T09:00:00Z") });
const GROUP = "Västerås";

describe.each(testDatabaseKinds())("which plan an import makes active on %s", (kind) => {
  let db: Database;

  beforeAll(async () => {
    db = await createTestDatabase(kind);
  });
  afterAll(async () => {
    await db?.close();
  });

  async function lok(args: string[]) {
    const c = cliContext(db);
    const code = await runImport(args, c.ctx);
    return { code, out: c.stdout(), err: c.stderr() };
  }

  const plans = () =>
    db.prisma.plan.findMany({
      where: { group: { name: GROUP } },
      orderBy: { id: "asc" },
      select: { name: true, active: true },
    });

  it("the group's first plan is active", async () => {
    const first = await lok([join(PLANS, "vasteras-2022-2024.csv"), "--group", GROUP]);
    expect(first.code).toBe(0);
    expect(first.out).not.toContain("inte aktiv");
    expect(await plans()).toEqual([{ name: "Handlingsplan 2022–2024", active: true }]);
  });

  it("an older period is created inactive, and the summary says how to switch", async () => {
    const dry = await lok([join(PLANS, "vasteras-2017-2018.csv"), "--group", GROUP, "--dry-run"]);
    expect(dry.out).toContain(
      "Handlingsplan 2017–2018 skulle inte bli aktiv, eftersom Handlingsplan 2022–2024 gäller en senare period",
    );
    const older = await lok([join(PLANS, "vasteras-2017-2018.csv"), "--group", GROUP]);
    expect(older.code).toBe(0);
    expect(older.out).toContain(
      "Handlingsplan 2017–2018 är inte aktiv, eftersom Handlingsplan 2022–2024 gäller en senare period; skriv plan Handlingsplan 2017–2018 för att byta.",
    );
    expect(await plans()).toEqual([
      { name: "Handlingsplan 2022–2024", active: true },
      { name: "Handlingsplan 2017–2018", active: false },
    ]);
    // Imported again, it stays as it is.
    await lok([join(PLANS, "vasteras-2017-2018.csv"), "--group", GROUP]);
    expect((await plans()).filter((p) => p.active).map((p) => p.name)).toEqual(["Handlingsplan 2022–2024"]);
  });

  it("a later period becomes the only active plan", async () => {
    const later = await lok([
      join(PLANS, "vasteras-2022-2024.csv"),
      "--group",
      GROUP,
      "--plan",
      "Handlingsplan 2025–2026",
    ]);
    expect(later.code).toBe(0);
    expect(later.out).not.toContain("inte aktiv");
    expect(await plans()).toEqual([
      { name: "Handlingsplan 2022–2024", active: false },
      { name: "Handlingsplan 2017–2018", active: false },
      { name: "Handlingsplan 2025–2026", active: true },
    ]);
  });

  it("a plan whose period is not known is not made active over one that is", async () => {
    const unnamed = await lok([join(PLANS, "vasteras-2022-2024.csv"), "--group", GROUP, "--plan", "Extra"]);
    expect(unnamed.out).toContain(
      "Extra är inte aktiv, eftersom namnet inte har några årtal och Handlingsplan 2025–2026 redan är aktiv; skriv plan Extra för att byta.",
    );
    expect((await plans()).filter((p) => p.active).map((p) => p.name)).toEqual(["Handlingsplan 2025–2026"]);
  });
});
