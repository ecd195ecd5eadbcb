// The annual follow-up's commands on both databases: goals edited by samordnare (and refused to
// medlemmar), a round opened once per year and one at a time, answers replaced or stored once per
// delivery, a re-import that keeps assessed goals, and the statusrapport's numbers from the answers.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "../../../src/core/clock.ts";
import type { Database } from "../../../src/db/open-database.ts";
import { createImportCommand } from "../../../src/plans/import-command.ts";
import { loadStatusReport } from "../../../src/plans/status-report-data.ts";
import { statusReportRequest } from "../../../src/plans/status-report-file.ts";
import { activePlan, findGroup } from "../../../src/services/groups.ts";
import { textsFor } from "../../../src/texts/index.ts";
import { cliContext } from "../../fixtures/plans/workbooks.ts";
import { commandHarness } from "../../support/command-harness.ts";
import { createTestDatabase, testDatabaseKinds } from "../../support/test-database.ts";
import { importVasteras, PLAN_FILE, VASTERAS_GROUP } from "../../support/vasteras-round.ts";

describe.each(testDatabaseKinds())("the follow-up's commands on %s", (kind) => {
  let db: Database;
  let h: Awaited<ReturnType<typeof commandHarness>>;

  beforeAll(async () => {
    db = await createTestDatabase(kind);
    await importVasteras(db, "2024-03-01T09:00:00Z");
    h = await commandHarness(db, "2024-11-04T09:00:00Z", { loaded: true });
  });
  afterAll(async () => {
    await db?.close();
  });

  it("samordnare add, change and remove goals, and the channel is told; a medlem is refused", async () => {
    const refused = await h.run("Karin Berg", "mål lägg till dialog Ett mål.");
    expect(refused.tone).toBe("error");
    expect(refused.text).toContain("lägga till mål");
    const added = await h.run(
      "Eva Lind",
      "mål lägg till Mångfald och förnyelse: Fler nya föreningar bildas.",
    );
    expect(added.effect).toBe("changed");
    expect(added.text).toBe("Nytt mål 16 under Mångfald och förnyelse: Fler nya föreningar bildas.");
    expect(added.announcement?.text).toBe("🎯 Eva Lind lade till mål 16 under Mångfald och förnyelse.");
    expect((await h.run("Eva Lind", "mål ändra 16 Fler föreningar bildas.")).effect).toBe("changed");
    expect((await h.run("Eva Lind", "mål ändra 16 Fler föreningar bildas.")).effect).toBe("unchanged");
    const list = await h.run("Karin Berg", "mål");
    expect(list.text).toContain("16. Fler föreningar bildas.");
    expect((await h.run("Eva Lind", "mål ta bort 16")).text).toBe(
      "Mål 16 är borttaget: Fler föreningar bildas.",
    );
    const missing = await h.run("Eva Lind", "mål ta bort 16");
    expect(missing.tone).toBe("error");
    expect(missing.text).toContain("Handlingsplan 2022–2024 har inget mål 16; målen har nummer 1–15.");
    expect((await h.run("Eva Lind", "mål lägg till banan Ett mål.")).text).toContain(
      "Jag hittar ingen princip som heter ”banan”",
    );
  });

  it("answers before any round are refused, saying how one is opened", async () => {
    const r = await h.run("Karin Berg", "bedöm 1 3");
    expect(r.tone).toBe("error");
    expect(r.text).toContain("Ingen uppföljning är öppen.");
  });

  it("a round opens once per year, one at a time, and not with a closing date passed", async () => {
    expect((await h.run("Eva Lind", "uppföljning starta 2024 till 1 november 2024")).text).toContain(
      "Slutdatumet 1 nov 2024 har redan varit.",
    );
    expect((await h.run("Eva Lind", "uppföljning starta 2024")).effect).toBe("changed");
    expect((await h.run("Omar Said", "uppföljning starta 2023")).text).toContain(
      "Uppföljningen 2024 är fortfarande öppen.",
    );
    expect(await db.prisma.followUpRound.count()).toBe(1);
  });

  it("a new assessment replaces the old; a redelivered lesson is stored once", async () => {
    expect((await h.run("Karin Berg", "bedöm 5 2")).text).toContain("Tack! Mål 5: i liten grad.");
    const again = await h.run("Karin Berg", "bedöm 5 4 Nu är det bättre");
    expect(again.text).toContain("Din bedömning av mål 5 är nu: helt.");
    const karin = await db.prisma.goalAssessment.findMany({ where: { member: { name: "Karin Berg" } } });
    expect(karin.map((a) => [a.score, a.comment])).toEqual([[4, "Nu är det bättre"]]);
    await h.run("Lena Holm", "lärdom Samverkan kräver tid.", "console:lesson-1");
    const repeat = await h.run("Lena Holm", "lärdom Samverkan kräver tid.", "console:lesson-1");
    expect(repeat.effect).toBe("repeat");
    expect(await db.prisma.roundLesson.count()).toBe(1);
    const unknown = await h.run("Lena Holm", "uppföljning 99 Text");
    expect(unknown.tone).toBe("error");
    expect(unknown.text).toContain("99");
    await h.run("Lena Holm", "uppföljning 6 Kontaktuppgifterna är uppdaterade.");
    await h.run("Lena Holm", "bedöm 5 3");
  });

  it("a re-import of the plan keeps the goals, their numbers and their assessments", async () => {
    const c = cliContext(db);
    const code = await createImportCommand({ clock: fixedClock("2024-11-04T10:00:00Z") })(
      [PLAN_FILE, "--group", VASTERAS_GROUP],
      c.ctx,
    );
    expect(code, c.stderr()).toBe(0);
    expect(await db.prisma.goal.count()).toBe(15);
    const five = await db.prisma.goal.findFirstOrThrow({
      where: { number: 5 },
      include: { _count: { select: { assessments: true } } },
    });
    expect(five.text).toBe("Ökade möjligheter och intresse att engagera sig i civilsamhället.");
    expect(five._count.assessments).toBe(2);
  });

  it("the statusrapport counts the assessments and keeps every principle", async () => {
    const group = await findGroup(db.prisma, VASTERAS_GROUP);
    const plan = await activePlan(db.prisma, group);
    const t = textsFor("sv");
    const r = await loadStatusReport(
      db.prisma,
      group,
      plan,
      "2024-11-04",
      statusReportRequest(t, { year: 2024 }),
    );
    expect(r.principles.map((p) => [p.name, p.goals.length, p.activities.length])).toEqual([
      ["Dialog och samverkan", 4, 0],
      ["Öppenhet och tillgänglighet", 2, 7],
      ["Långsiktighet och kvalitet", 4, 10],
      ["Mångfald och förnyelse", 5, 7],
    ]);
    const five = r.principles[1]?.goals.find((g) => g.number === 5);
    expect(five).toMatchObject({ steps: [0, 0, 1, 1], answers: 2, mean: 3.5 });
    expect(five?.comments).toEqual([{ by: "Karin Berg", text: "Nu är det bättre" }]);
    expect(r.principles[1]?.activities.find((a) => a.number === 6)?.results).toEqual([
      { by: "Lena Holm", text: "Kontaktuppgifterna är uppdaterade." },
    ]);
    expect(r.lessons).toEqual([{ by: "Lena Holm", text: "Samverkan kräver tid." }]);
    const civil = await loadStatusReport(
      db.prisma,
      group,
      plan,
      "2024-11-04",
      statusReportRequest(t, { year: 2024, principle: "öppenhet", party: "civilsamhalle" }),
    );
    expect(civil.byParty.map((p) => [p.label, p.total])).toEqual([["Civilsamhället", 2]]);
    expect(civil.principles.map((p) => p.name)).toEqual(["Öppenhet och tillgänglighet"]);
  });

  it("closes; later answers are refused with the reason", async () => {
    expect((await h.run("Eva Lind", "uppföljning avsluta")).effect).toBe("changed");
    const late = await h.run("Omar Said", "uppföljning 8 Sent");
    expect(late.text).toContain("Uppföljningen 2024 avslutades 4 nov 2024, så jag tar inte emot fler svar.");
    expect((await h.run("Eva Lind", "uppföljning starta 2024")).text).toContain(
      "Uppföljningen 2024 avslutades",
    );
  });
});
