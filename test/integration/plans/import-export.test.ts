// lok import and lok export against real databases: the seed plans round-tripped through an xlsx export,
// the export read back cell by cell, status history kept and re-import idempotent, --dry-run and
// all-or-nothing, and the demo unchanged now that it reads the shipped Örebro plan.
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "../../../src/core/clock.ts";
import type { Database } from "../../../src/db/open-database.ts";
import { createExportCommand } from "../../../src/plans/export-command.ts";
import { createImportCommand } from "../../../src/plans/import-command.ts";
import { loadDemo, readDemo } from "../../../src/services/demo.ts";
import { cliContext, csv } from "../../fixtures/plans/workbooks.ts";
import { createTestDatabase, testDatabaseKinds } from "../../support/test-database.ts";

const PLANS = join(import.meta.dirname, "../../../prisma/plans");
const NOW = "2026-11-23T09:00:00Z";
const runImport = createImportCommand({ clock: fixedClock(NOW) });
const runExport = createExportCommand({ clock: fixedClock(NOW) });

describe.each(testDatabaseKinds())("plans in and out on %s", (kind) => {
  let db: Database;
  let dir: string;

  beforeAll(async () => {
    db = await createTestDatabase(kind);
    dir = await mkdtemp(join(tmpdir(), "lok-plans-"));
  });
  afterAll(async () => {
    await db?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  async function lok(command: typeof runImport, args: string[]) {
    const c = cliContext(db);
    const code = await command(args, c.ctx);
    return { code, out: c.stdout(), err: c.stderr() };
  }

  async function planSnapshot(groupName: string) {
    const plan = await db.prisma.plan.findFirstOrThrow({
      where: { group: { name: groupName } },
      include: {
        principles: { orderBy: { position: "asc" } },
        activities: {
          orderBy: { number: "asc" },
          include: { principle: true, owners: { include: { member: true } } },
        },
      },
    });
    return {
      name: plan.name,
      principles: plan.principles.map((p) => [p.key, p.name]),
      activities: plan.activities.map((a) => ({
        number: a.number,
        title: a.title,
        principle: a.principle?.key ?? null,
        party: a.party,
        commitment: a.commitment,
        responsibleOrg: a.responsibleOrg,
        commissioner: a.commissioner,
        partners: a.partners,
        followUp: a.followUp,
        dueDate: a.dueDate?.toISOString().slice(0, 10) ?? null,
        status: a.status,
        owners: a.owners.map((o) => o.member.name).sort(),
      })),
    };
  }

  it.each([
    ["orebro-2017-2018.csv", "Örebro", "Handlingsplan 2017–2018", 14],
    ["vasteras-2017-2018.csv", "Västerås 2017", "Handlingsplan 2017–2018", 42],
    ["vasteras-2022-2024.csv", "Västerås 2022", "Handlingsplan 2022–2024", 24],
  ])(
    "round-trips the seed plan %s: import → export xlsx → import gives the same plan",
    async (file, group, planName, count) => {
      const first = await lok(runImport, [join(PLANS, file), "--group", group]);
      expect(first.err).toBe("");
      expect(first.code).toBe(0);
      expect(first.out).toContain(`Klart: ${count} aktiviteter i ${planName} (${group}): ${count} nya`);
      const xlsxFile = join(dir, `${group}.xlsx`);
      expect((await lok(runExport, [xlsxFile, "--group", group])).code).toBe(0);
      const again = await lok(runImport, [xlsxFile, "--group", `${group} kopia`]);
      expect(again.code).toBe(0);
      const original = await planSnapshot(group);
      const copy = await planSnapshot(`${group} kopia`);
      expect(copy.activities).toEqual(original.activities);
      expect(copy.name).toBe(original.name);
      expect(original.activities).toHaveLength(count);
      // Reading the export into the same plan changes nothing.
      const same = await lok(runImport, [xlsxFile, "--group", group]);
      expect(same.out).toContain(`0 nya, 0 ändrade, ${count} oförändrade, 0 statusändringar`);
    },
  );

  it("imports the Örebro plan with principle, åtagande, party, organisation, commissioner and partners", async () => {
    const snap = await planSnapshot("Örebro");
    expect(snap.principles.map((p) => p[0])).toEqual(["oppenhet", "dialog", "langsiktighet", "mangfald"]);
    expect(snap.activities.map((a) => a.party)).toEqual([
      ...Array(9).fill("stad"),
      "civilsamhalle",
      "civilsamhalle",
      "gemensamt",
      "gemensamt",
      "gemensamt",
    ]);
    expect(snap.activities[12]).toMatchObject({
      number: 13,
      principle: "oppenhet",
      responsibleOrg: "Förvaltning Kultur och Fritid",
      commissioner: "Förvaltningschef Kultur och fritid",
      partners: "Digitalisering, Kommunikation, Örebro föreningsråd",
    });
    expect(snap.activities[12]?.commitment).toMatch(
      /om sin förening\/organisation \/\.\.\.\/ och aktualisera kontaktuppgifter\.$/,
    );
  });

  it("keeps the status history on re-import, appends one import update per change, and is idempotent", async () => {
    const rows = (status: string, due: string) => [
      ["Handlingsplan 2025-2027"],
      ["Nr", "Aktivitet", "Status", "Klart senast", "Ägare"],
      [1, "Bjuda in till dialog", status, due, "Anna Andersson, bo@example.se"],
      [2, "Sprida information", "", "", ""],
    ];
    const file = join(dir, "status.csv");
    await writeFile(file, csv(rows("pågår", "2026-03-15")));
    expect((await lok(runImport, [file, "--group", "Statusgruppen"])).code).toBe(0);
    const activity = () =>
      db.prisma.activity.findFirstOrThrow({
        where: { number: 1, plan: { group: { name: "Statusgruppen" } } },
        include: { statusUpdates: { orderBy: { id: "asc" } }, owners: { include: { member: true } } },
      });
    let a = await activity();
    expect(a.status).toBe("pagar");
    expect(a.owners.map((o) => o.member.name).sort()).toEqual(["Anna Andersson", "bo@example.se"]);
    // Someone reports in chat; then the same file is imported again: nothing is added or lost.
    await db.prisma.statusUpdate.create({
      data: {
        activityId: a.id,
        status: "forsenad",
        source: "console",
        idempotencyKey: "chat:1",
        comment: "Väntar",
      },
    });
    await db.prisma.activity.update({ where: { id: a.id }, data: { status: "forsenad" } });
    await writeFile(file, csv(rows("klar", "2026-03-15")));
    const changed = await lok(runImport, [file, "--group", "Statusgruppen"]);
    expect(changed.out).toContain("1: status försenad → klar");
    a = await activity();
    expect(a.statusUpdates.map((u) => [u.status, u.source])).toEqual([
      ["pagar", "import"],
      ["forsenad", "console"],
      ["klar", "import"],
    ]);
    const rerun = await lok(runImport, [file, "--group", "Statusgruppen"]);
    expect(rerun.out).toContain("0 nya, 0 ändrade, 2 oförändrade, 0 statusändringar");
    expect((await activity()).statusUpdates).toHaveLength(3);
  });

  it("--dry-run says what would change and writes nothing", async () => {
    const before = await Promise.all([
      db.prisma.group.count(),
      db.prisma.activity.count(),
      db.prisma.statusUpdate.count(),
    ]);
    const file = join(dir, "dry.csv");
    await writeFile(
      file,
      csv([
        ["Nr", "Aktivitet", "Status"],
        [1, "Ny aktivitet", "klar"],
      ]),
    );
    const r = await lok(runImport, [file, "--group", "Provgruppen", "--plan", "Plan X", "--dry-run"]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("Provkörning (--dry-run): inget har sparats");
    expect(r.out).toContain("Ny grupp skulle skapas: Provgruppen");
    expect(r.out).toContain("1: ny; status ej påbörjad → klar");
    const after = await Promise.all([
      db.prisma.group.count(),
      db.prisma.activity.count(),
      db.prisma.statusUpdate.count(),
    ]);
    expect(after).toEqual(before);
  });

  it("writes nothing when one row is invalid, and names sheet, row and column", async () => {
    const before = await db.prisma.activity.count();
    const file = join(dir, "bad.csv");
    await writeFile(
      file,
      csv([
        ["Nr", "Aktivitet", "Klart senast"],
        [1, "Bra rad", "2026-05-01"],
        [2, "Dålig rad", "31 februari 2026"],
      ]),
    );
    const r = await lok(runImport, [file, "--group", "Felgruppen"]);
    expect(r.code).toBe(1);
    expect(r.err).toContain("inget har sparats");
    expect(r.err).toContain(
      'Blad "bad.csv", rad 3, kolumn C (Klart senast): "31 februari 2026" är inget datum som finns',
    );
    expect(await db.prisma.activity.count()).toBe(before);
    expect(await db.prisma.group.count({ where: { name: "Felgruppen" } })).toBe(0);
  });

  it("answers usage mistakes with exit code 2 and unreadable files with 1", async () => {
    expect((await lok(runImport, [])).code).toBe(2);
    expect((await lok(runImport, [join(PLANS, "orebro-2017-2018.csv")])).err).toContain("--group");
    expect((await lok(runImport, ["x.csv", "--group", "G", "--okand"])).code).toBe(2);
    const missing = await lok(runImport, [join(dir, "finns-inte.csv"), "--group", "G"]);
    expect([missing.code, missing.err]).toEqual([1, expect.stringContaining("Hittar ingen fil")]);
    const pdf = join(dir, "plan.pdf");
    await writeFile(pdf, "%PDF");
    expect((await lok(runImport, [pdf, "--group", "G"])).err).toContain("varken en Excel-fil");
    expect((await lok(runExport, [join(dir, "x.pdf")])).code).toBe(2);
  });

  it("answers a database failure in Swedish, not with the driver's message", async () => {
    const c = cliContext(db);
    const ctx = {
      ...c.ctx,
      openDatabase: () => Promise.reject(new Error("connect ECONNREFUSED 127.0.0.1:5432")),
    };
    const code = await runImport([join(PLANS, "orebro-2017-2018.csv"), "--group", "Nere"], ctx);
    expect(code).toBe(1);
    expect(c.stderr()).toBe(
      "orebro-2017-2018.csv kunde inte läsas in på grund av ett oväntat fel, inte på grund av filen; " +
        "inget har sparats. Försök igen om en stund; felet finns i loggen om det kvarstår.\n",
    );
  });

  it("exports a follow-up that Excel can read: activities, summary per principle and history, cell by cell", async () => {
    await loadDemo(db.prisma, await readDemo(), new Date(NOW));
    const demo = await db.prisma.group.findFirstOrThrow({ where: { name: "Samverkansrådet Örebro" } });
    const a13 = await db.prisma.activity.findFirstOrThrow({
      where: { number: 13, plan: { groupId: demo.id } },
    });
    const anna = await db.prisma.member.findFirstOrThrow({ where: { groupId: demo.id, name: "Anna Fogel" } });
    await db.prisma.statusUpdate.create({
      data: {
        activityId: a13.id,
        status: "klar",
        comment: "Genomgånget",
        authorId: anna.id,
        source: "slack",
        idempotencyKey: "x:13",
        createdAt: new Date("2026-11-20T10:00:00Z"),
      },
    });
    await db.prisma.activity.update({
      where: { id: a13.id },
      data: { status: "klar", statusChangedAt: new Date("2026-11-20T10:00:00Z") },
    });
    // Reported försenad before its deadline: overdue, but its deadline has not passed.
    await db.prisma.activity.updateMany({
      where: { number: 2, plan: { groupId: demo.id } },
      data: { status: "forsenad", dueDate: new Date("2027-03-01T00:00:00Z") },
    });
    const file = join(dir, "uppfoljning.xlsx");
    const r = await lok(runExport, [file, "--group", "Samverkansrådet Örebro"]);
    expect(r.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await readFile(file)) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Aktiviteter", "Sammanfattning", "Historik"]);
    const acts = wb.getWorksheet("Aktiviteter");
    expect(acts?.getCell("A1").value).toBe(
      "Handlingsplan 2017–2018 – statusrapportering av aktiviteter, Samverkansrådet Örebro, 2026-11-23",
    );
    expect(acts?.getRow(2).values).toEqual([
      undefined,
      "Nr",
      "Princip",
      "Part",
      "Aktivitet",
      "Ansvarig förvaltning/förening/org.",
      "Ansvarig person",
      "Klart senast",
      "Status",
      "Passerad deadline",
      "Senast uppdaterad",
      "Senaste uppdatering",
      "Åtagande",
      "Ansvarig uppdragsbeställare",
      "Samarbetspartner",
      "Uppföljning/Mått",
    ]);
    const row13 = acts?.getRow(15);
    expect(row13?.getCell(1).value).toBe(13);
    expect(row13?.getCell(2).value).toBe("Öppenhet");
    expect(row13?.getCell(3).value).toBe("Gemensamt");
    expect(row13?.getCell(6).value).toBe("Anna Fogel");
    expect(row13?.getCell(7).value).toEqual(new Date("2026-12-14T00:00:00Z")); // the demo's: 3 weeks on
    expect(row13?.getCell(7).numFmt).toBe("yyyy-mm-dd");
    expect(row13?.getCell(8).value).toBe("klar");
    expect(row13?.getCell(9).value).toBeNull();
    expect(row13?.getCell(10).value).toEqual(new Date("2026-11-20T00:00:00Z"));
    expect(row13?.getCell(11).value).toBe("klar – Genomgånget (Anna Fogel)");
    expect(acts?.getRow(6).getCell(9).value).toBe("ja"); // activity 4: deadline passed, pågår
    expect(acts?.getRow(3).getCell(9).value).toBeNull(); // activity 1: deadline passed, but klar
    expect(acts?.getRow(4).getCell(8).value).toBe("försenad"); // activity 2, reported late …
    expect(acts?.getRow(4).getCell(9).value).toBeNull(); // … before its deadline
    const summary = wb.getWorksheet("Sammanfattning");
    expect(summary?.getRow(2).values).toEqual([
      undefined,
      "Princip",
      "Aktiviteter",
      "ej påbörjad",
      "pågår",
      "klar",
      "försenad",
      "pausad",
      "struken",
      "Andel klara",
      "Passerad deadline",
      "Försenade totalt",
    ]);
    expect(summary?.getRow(3).values).toEqual([undefined, "Dialog", 2, 1, 0, 0, 1, 0, 0, 0, 0, 1]);
    expect(summary?.getRow(4).values).toEqual([undefined, "Öppenhet", 8, 4, 0, 3, 0, 1, 0, 0.375, 1, 1]);
    expect(summary?.getRow(5).values).toEqual([undefined, "Långsiktighet", 2, 0, 2, 0, 0, 0, 0, 0, 1, 1]);
    expect(summary?.getRow(7).values).toEqual([undefined, "Totalt", 14, 5, 2, 4, 2, 1, 0, 4 / 14, 2, 4]);
    const explanation = [9, 10, 11, 12].map((n) => String(summary?.getRow(n).getCell(1).value));
    expect(explanation[0]).toBe("Så läser du tabellen:");
    expect(explanation[2]).toMatch(/^Passerad deadline: öppna aktiviteter .* vars deadline har passerat/);
    expect(explanation[3]).toMatch(
      /^Försenade totalt: aktiviteter med status försenad eller passerad deadline/,
    );
    const history = wb.getWorksheet("Historik");
    // The demo's own history first (activity 1, reported 75 days before it was loaded), then 13's.
    expect(history?.getRow(3).values).toEqual([
      undefined,
      1,
      expect.stringMatching(/^Uppdatera uppgifter hos Servicecenter/),
      "2026-09-09 10:00",
      "pågår",
      "Förvaltningarnas ansvarsområden är skickade till Servicecenter.",
      "Helena Astvald",
      "import",
    ]);
    const row13History = history?.getRows(3, history.rowCount - 2)?.find((r) => r.getCell(1).value === 13);
    expect(row13History?.values).toEqual([
      undefined,
      13,
      a13.title,
      "2026-11-20 11:00",
      "klar",
      "Genomgånget",
      "Anna Fogel",
      "Slack",
    ]);

    const csvFile = join(dir, "uppfoljning.csv");
    expect((await lok(runExport, [csvFile, "--group", "Samverkansrådet Örebro"])).code).toBe(0);
    const csvText = await readFile(csvFile, "utf8");
    expect(csvText.startsWith("\uFEFFHandlingsplan 2017–2018")).toBe(true);
    expect(csvText).toContain("\r\nNr;Princip;Part;Aktivitet;");
    expect(csvText).toContain("\r\n13;Öppenhet;Gemensamt;Se över föreningsregistret");
    const md = join(dir, "uppfoljning.md");
    expect((await lok(runExport, [md, "--group", "Samverkansrådet Örebro"])).code).toBe(0);
    const mdText = await readFile(md, "utf8");
    expect(mdText).toContain("# Uppföljning av Handlingsplan 2017–2018");
    expect(mdText).toContain("| Öppenhet | 8 | 4 | 0 | 3 | 0 | 1 | 0 | 38 % | 1 | 1 |");
    expect(mdText).toContain("## Försenade (4)");
    expect(mdText).toContain(
      "- 2. Ta fram rutin för kommunikation av upphandlingar som berör civila samhället. (status försenad)",
    );
    expect(mdText).toContain("- 4. Kartlägga befintliga föreningsbidrag");
    expect(mdText).toContain("(klart senast 11 nov 2026 har passerat)");
    expect(mdText).toContain(
      "- 6. Utreda stöd till föreningar i form av lokaler och anläggningar i syfte att skapa enhetliga riktlinjer för uthyrning. (status försenad)",
    );
    expect(mdText).toContain("| 13 | Se över föreningsregistret");
    expect(mdText).toContain("| 2026-11-20 11:00 | klar | Genomgånget | Anna Fogel | Slack |");
    expect(mdText).toContain("| Nr | Princip | Part | Aktivitet | Ansvarig person | Klart senast |");
  });

  it("writes an English group's follow-up in English, whatever language the terminal speaks", async () => {
    const demo = await db.prisma.group.findFirstOrThrow({ where: { name: "Samverkansrådet Örebro" } });
    await db.prisma.group.update({ where: { id: demo.id }, data: { locale: "en" } });
    try {
      const swedishTerminal = createExportCommand({ clock: fixedClock(NOW), env: { LOK_LOCALE: "sv" } });
      const file = join(dir, "follow-up.xlsx");
      const r = await lok(swedishTerminal, [file, "--group", "Samverkansrådet Örebro"]);
      expect(r.code).toBe(0);
      expect(r.out).toMatch(
        /^Uppföljningen av Handlingsplan 2017–2018 .* 14 aktiviteter, \d+ statusuppdateringar\.\n$/,
      );
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load((await readFile(file)) as unknown as ArrayBuffer);
      expect(wb.worksheets.map((w) => w.name)).toEqual(["Activities", "Summary", "Status history"]);
      const acts = wb.getWorksheet("Activities");
      expect(acts?.getCell("A1").value).toBe(
        "Handlingsplan 2017–2018 – status report of the activities, Samverkansrådet Örebro, 2026-11-23",
      );
      expect(acts?.getRow(2).values).toEqual([
        undefined,
        "No.",
        "Principle",
        "Party",
        "Activity",
        "Responsible department/association/org.",
        "Responsible person",
        "Due by",
        "Status",
        "Past deadline",
        "Last updated",
        "Latest update",
        "Commitment",
        "Commissioned by",
        "Partners",
        "Follow-up/Measure",
      ]);
      expect(acts?.getRow(15).getCell(3).value).toBe("Joint");
      expect(acts?.getRow(15).getCell(8).value).toBe("done");
      expect(acts?.getRow(15).getCell(11).value).toBe("done – Genomgånget (Anna Fogel)");
      expect(acts?.getRow(4).getCell(8).value).toBe("delayed");
      expect(acts?.getRow(6).getCell(9).value).toBe("yes");
      const summary = wb.getWorksheet("Summary");
      expect(summary?.getRow(2).values).toEqual([
        undefined,
        "Principle",
        "Activities",
        "not started",
        "in progress",
        "done",
        "delayed",
        "paused",
        "cancelled",
        "Share done",
        "Past deadline",
        "Delayed in total",
      ]);
      expect(summary?.getRow(7).getCell(1).value).toBe("Total");
      expect(summary?.getRow(9).getCell(1).value).toBe("How to read the table:");
      const history = wb.getWorksheet("Status history");
      expect(history?.getRow(3).getCell(4).value).toBe("in progress");

      const md = join(dir, "follow-up.md");
      const englishTerminal = createExportCommand({ clock: fixedClock(NOW), env: { LOK_LOCALE: "en" } });
      const m = await lok(englishTerminal, [md, "--group", "Samverkansrådet Örebro"]);
      expect(m.out).toMatch(
        /^The follow-up of Handlingsplan 2017–2018 .* 14 activities, \d+ status updates\.\n$/,
      );
      const mdText = await readFile(md, "utf8");
      expect(mdText).toContain("# Follow-up of Handlingsplan 2017–2018");
      expect(mdText).toContain("Samverkansrådet Örebro – status report of the activities as of 23 Nov 2026.");
      expect(mdText).toContain(
        "| No. | Principle | Party | Activity | Responsible person | Due by | Status | Latest update |",
      );
      expect(mdText).toContain("## Delayed (4)");
      expect(mdText).toContain("(status delayed)");
      expect(mdText).toContain("(due by 11 Nov 2026, which has passed)");
      expect(mdText).toContain("| 2026-11-20 11:00 | done | Genomgånget | Anna Fogel | Slack |");
      expect(mdText).not.toMatch(/Ansvarig person|försenad|pågår|Historik/);
    } finally {
      await db.prisma.group.update({ where: { id: demo.id }, data: { locale: "sv" } });
    }
  });
  it("reads an English group's exported workbook back into the same plan", async () => {
    const demo = await db.prisma.group.findFirstOrThrow({ where: { name: "Samverkansrådet Örebro" } });
    await db.prisma.group.update({ where: { id: demo.id }, data: { locale: "en" } });
    try {
      const file = join(dir, "follow-up-again.xlsx");
      expect((await lok(runExport, [file, "--group", "Samverkansrådet Örebro"])).code).toBe(0);
      const copy = await lok(runImport, [file, "--group", "Örebro in English"]);
      expect([copy.code, copy.err]).toEqual([0, ""]);
      const original = await planSnapshot("Samverkansrådet Örebro");
      const read = await planSnapshot("Örebro in English");
      expect(read.activities).toEqual(original.activities);
      expect(read.name).toBe(original.name);
      // Read back into the plan it came from, it changes nothing.
      const same = await lok(runImport, [file, "--group", "Samverkansrådet Örebro"]);
      expect(same.out).toContain("0 nya, 0 ändrade, 14 oförändrade, 0 statusändringar");
    } finally {
      await db.prisma.group.update({ where: { id: demo.id }, data: { locale: "sv" } });
    }
  });
});

describe("the demo reads the shipped Örebro plan", () => {
  it("has the same activities, numbers and words as before; the dates are the demo's own", async () => {
    const before: Record<string, unknown>[] = JSON.parse(
      await readFile(join(import.meta.dirname, "../../fixtures/plans/orebro-demo-activities.json"), "utf8"),
    );
    const data = await readDemo();
    expect(data.group.name).toBe("Samverkansrådet Örebro");
    const words = before.map(({ dueDate: _due, owners: _owners, ...a }) => a);
    expect(data.activities.map(({ dueInDays: _due, owners: _owners, history: _history, ...a }) => a)).toEqual(
      words,
    );
    const owners = (list: { number: unknown; owners?: unknown }[]) =>
      list.filter((a) => a.owners).map((a) => [a.number, a.owners]);
    expect(owners(data.activities)).toEqual(owners(before as { number: unknown; owners?: unknown }[]));
  });
});
