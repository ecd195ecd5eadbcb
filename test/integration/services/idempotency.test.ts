// Every write is done at most once per delivery key, concurrent writes never become internal errors,
// and a request for what already is stores nothing and says so: on real PGlite and PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../../src/db/open-database.ts";
import { commandHarness } from "../../support/command-harness.ts";
import { createTestDatabase, testDatabaseKinds } from "../../support/test-database.ts";

const INTERNAL_ERROR = "Något gick fel";

describe.each(testDatabaseKinds())("idempotent commands on %s", (kind) => {
  let db: Database;
  let h: Awaited<ReturnType<typeof commandHarness>>;

  beforeAll(async () => {
    db = await createTestDatabase(kind);
    h = await commandHarness(db);
  });
  afterAll(async () => {
    await db?.close();
  });

  const owners = async (number: number) => (await h.activity(number)).owners.map((o) => o.member.name);
  const dueDate = async (number: number) => (await h.activity(number)).dueDate?.toISOString().slice(0, 10);
  const meetingsAt = (iso: string) => db.prisma.meeting.count({ where: { startsAt: new Date(iso) } });
  const agendaItems = (text: string) => db.prisma.agendaItem.count({ where: { text } });
  const firstLine = (text: string) => text.split("\n")[0];

  /** Sends `line` ten times at once, as `key` (the same delivery) or as ten deliveries. */
  const tenAtOnce = (line: string, key?: string) =>
    Promise.all(Array.from({ length: 10 }, (_, i) => h.run("Anna Fogel", line, key ?? `race:${line}:${i}`)));
  const effects = (replies: { effect?: string }[]) =>
    replies.map((r) => r.effect ?? "none").sort((a, b) => a.localeCompare(b));

  describe("one delivery, many copies", () => {
    const writes = [
      { line: "agenda lägg till Studiebesök i Malmö", stored: () => agendaItems("Studiebesök i Malmö") },
      {
        line: "möte 2027-05-02 18-20 Föreningarnas hus",
        stored: () => meetingsAt("2027-05-02T16:00:00Z"),
      },
      {
        line: "ansvarig 5 Tina Modin",
        stored: async () => (await owners(5)).filter((n) => n === "Tina Modin").length,
      },
    ];

    it.each(writes)("a replayed `$line` is stored once and answered again as a repeat", async (w) => {
      const key = `replay:${w.line}`;
      const first = await h.run("Anna Fogel", w.line, key);
      const second = await h.run("Anna Fogel", w.line, key);
      const third = await h.run("Anna Fogel", w.line, key);
      expect(first.tone).toBe("success");
      expect(first.effect).toBe("changed");
      expect(await w.stored()).toBe(1);
      for (const again of [second, third]) {
        expect(again.effect).toBe("repeat");
        expect(again.announcement).toBeUndefined();
        expect(firstLine(again.text)).toBe(firstLine(first.text));
        expect(again.text).toContain("redan gjort");
      }
    });

    it("a replayed deadline is stored once, even after a later change by someone else", async () => {
      const key = "replay:deadline 6";
      const first = await h.run("Anna Fogel", "deadline 6 2027-03-15", key);
      expect(first.effect).toBe("changed");
      await h.run("Anna Fogel", "deadline 6 2027-04-30");
      const again = await h.run("Anna Fogel", "deadline 6 2027-03-15", key);
      expect(again.effect).toBe("repeat");
      expect(firstLine(again.text)).toBe(firstLine(first.text));
      expect(await dueDate(6)).toBe("2027-04-30");
    });

    it("a replayed status change does not move the status back after a later change", async () => {
      const key = "replay:status 9";
      expect((await h.run("Anna Fogel", "status 9 klar", key)).effect).toBe("changed");
      await h.run("Tina Modin", "status 9 pågår Inte riktigt klar");
      const again = await h.run("Anna Fogel", "status 9 klar", key);
      expect(again.effect).toBe("repeat");
      expect(again.announcement).toBeUndefined();
      const a = await h.activity(9);
      expect(a.status).toBe("pagar");
      expect(a.statusUpdates).toHaveLength(2);
    });

    const concurrent = [
      { line: "agenda lägg till Föreningsmässa i maj", stored: () => agendaItems("Föreningsmässa i maj") },
      { line: "möte 2027-06-07 18 Medborgarhuset", stored: () => meetingsAt("2027-06-07T16:00:00Z") },
      {
        line: "ansvarig 7 Helena Astvald",
        stored: async () => (await owners(7)).filter((n) => n === "Helena Astvald").length,
      },
      {
        line: "status 8 pågår",
        stored: async () => (await h.activity(8)).statusUpdates.length,
      },
    ];

    it.each(concurrent)(
      "ten concurrent copies of `$line` store one row: one change, nine repeats",
      async (w) => {
        const replies = await tenAtOnce(w.line, `copies:${w.line}`);
        expect(replies.map((r) => r.text).filter((t) => t.includes(INTERNAL_ERROR))).toEqual([]);
        expect(effects(replies)).toEqual(["changed", ...Array(9).fill("repeat")]);
        expect(replies.filter((r) => r.announcement)).toHaveLength(w.line.startsWith("status") ? 1 : 0);
        expect(await w.stored()).toBe(1);
      },
    );

    it("ten concurrent copies of a deadline change store it once", async () => {
      const replies = await tenAtOnce("deadline 10 2027-09-30", "copies:deadline 10");
      expect(effects(replies)).toEqual(["changed", ...Array(9).fill("repeat")]);
      expect(await dueDate(10)).toBe("2027-09-30");
    });
  });

  describe("many deliveries racing on one row", () => {
    it("ten people adding the same owner: one adds, nine hear it was already so", async () => {
      const replies = await tenAtOnce("ansvarig 11 Tina Modin");
      expect(replies.map((r) => r.text).filter((t) => t.includes(INTERNAL_ERROR))).toEqual([]);
      expect(effects(replies)).toEqual(["changed", ...Array(9).fill("unchanged")]);
      expect(replies.filter((r) => r.text.includes("Tina Modin är redan ansvarig"))).toHaveLength(9);
      expect(await owners(11)).toEqual(["Tina Modin"]);
    });

    it("ten meetings at the same time: one is created, nine hear it is there", async () => {
      const replies = await tenAtOnce("möte 2027-08-16 18-20 Föreningarnas hus");
      expect(effects(replies)).toEqual(["changed", ...Array(9).fill("unchanged")]);
      expect(replies.filter((r) => r.text.includes("Mötet finns redan"))).toHaveLength(9);
      expect(await meetingsAt("2027-08-16T16:00:00Z")).toBe(1);
    });

    it("ten reports of the same status: one is stored and announced", async () => {
      const history = (await h.activity(12)).statusUpdates.length;
      const replies = await tenAtOnce("status 12 pausad");
      expect(effects(replies)).toEqual(["changed", ...Array(9).fill("unchanged")]);
      expect(replies.filter((r) => r.announcement)).toHaveLength(1);
      const a = await h.activity(12);
      expect(a.status).toBe("pausad");
      expect(a.statusUpdates).toHaveLength(history + 1);
    });

    it("ten different statuses at once: every one is stored, none fails", async () => {
      const lines = ["klar", "pågår", "försenad", "pausad", "struken"].flatMap((s) => [
        `status 14 ${s} först`,
        `status 14 ${s} sedan`,
      ]);
      const history = (await h.activity(14)).statusUpdates.length;
      const replies = await Promise.all(lines.map((line, i) => h.run("Anna Fogel", line, `mixed:${i}`)));
      expect(replies.every((r) => r.effect === "changed")).toBe(true);
      expect((await h.activity(14)).statusUpdates).toHaveLength(history + 10);
    });

    it("ten deadline changes to the same date: one changes it, nine hear it was already so", async () => {
      const replies = await tenAtOnce("deadline 4 2027-10-01");
      expect(effects(replies)).toEqual(["changed", ...Array(9).fill("unchanged")]);
      expect(await dueDate(4)).toBe("2027-10-01");
    });

    it("ten proposals of the same agenda point: it is on the agenda once", async () => {
      const replies = await tenAtOnce("agenda lägg till Gemensam kalender");
      expect(effects(replies)).toEqual(["changed", ...Array(9).fill("unchanged")]);
      expect(await agendaItems("Gemensam kalender")).toBe(1);
    });
  });

  describe("nothing new", () => {
    it("`status 13 klar` when 13 is already klar stores nothing and is not announced; a comment is stored", async () => {
      expect((await h.run("Anna Fogel", "status 13 klar")).effect).toBe("changed");
      const same = await h.run("Tina Modin", "status 13 klar");
      expect(same.effect).toBe("unchanged");
      expect(same.tone).not.toBe("error");
      expect(same.announcement).toBeUndefined();
      expect(same.text).toContain("Aktivitet 13 är redan klar");
      expect(same.text).toContain("Ingenting ändrades");
      expect((await h.activity(13)).statusUpdates).toHaveLength(1);
      const comment = await h.run("Tina Modin", "status 13 klar Rapporten är skickad");
      expect(comment.effect).toBe("changed");
      expect(comment.announcement?.text).toContain("Rapporten är skickad");
      expect((await h.activity(13)).statusUpdates).toHaveLength(2);
    });

    it("a deadline set to the date it has changes nothing", async () => {
      await h.run("Anna Fogel", "deadline 3 2027-02-26");
      const before = await h.activity(3);
      const same = await h.run("Anna Fogel", "deadline 3 26 februari 2027");
      expect(same.effect).toBe("unchanged");
      expect(same.text).toContain("har redan deadline 26 feb 2027");
      expect(same.text).toContain("Ingenting ändrades");
      expect((await h.activity(3)).updatedAt).toEqual(before.updatedAt);
    });

    it("adding an owner who is one, or removing one who is not, changes nothing and is not an error", async () => {
      const already = await h.run("Anna Fogel", "ansvarig 6 KG Granberg");
      expect(already.effect).toBe("unchanged");
      expect(already.tone).not.toBe("error");
      expect(already.text).toContain("KG Granberg är redan ansvarig för 6.");
      const notOwner = await h.run("Anna Fogel", "ansvarig 6 -Tina Modin");
      expect(notOwner.effect).toBe("unchanged");
      expect(notOwner.text).toContain("Tina Modin är inte ansvarig för 6.");
      expect(await owners(6)).toEqual(["KG Granberg", "Peter Eriksson"]);
    });

    it("the same meeting twice is one meeting; another meeting at that time is refused politely", async () => {
      const first = await h.run("Anna Fogel", "möte 2027-09-06 18-20 Föreningarnas hus");
      expect(first.text).toContain("Mötet är inlagt");
      const same = await h.run("Anna Fogel", "möte 6 september 2027 kl. 18-20 på föreningarnas hus");
      expect(same.effect).toBe("unchanged");
      expect(same.text).toContain("Mötet finns redan");
      expect(same.text).not.toContain("Mötet är inlagt");
      const elsewhere = await h.run("Anna Fogel", "möte 2027-09-06 18 Stadshuset");
      expect(elsewhere.tone).toBe("error");
      expect(elsewhere.text).toContain("Det finns redan ett möte");
      expect(elsewhere.text).toContain("Föreningarnas hus");
      expect(await meetingsAt("2027-09-06T16:00:00Z")).toBe(1);
    });

    it("settings set to what they are change nothing", async () => {
      for (const line of ["påminnelser på", "digest på", "agenda dagar 3", "påminnelser dagar 0,3,14"]) {
        const reply = await h.run("Anna Fogel", line);
        expect(reply.effect, line).toBe("unchanged");
        expect(reply.text, line).toContain("redan");
        expect(reply.text, line).toContain("Ingenting ändrades");
      }
      expect((await h.run("Anna Fogel", "digest av")).effect).toBe("changed");
      expect((await h.run("Anna Fogel", "digest av")).effect).toBe("unchanged");
      const group = await db.prisma.group.findUniqueOrThrow({ where: { id: h.group.id } });
      expect(group.settings).toMatchObject({ digest: { enabled: false } });
    });

    it("`tyst` to the date it already is, and `tyst av` when not paused, change nothing", async () => {
      expect((await h.run("Tina Modin", "tyst av")).effect).toBe("unchanged");
      expect((await h.run("Tina Modin", "tyst till 2027-01-10")).effect).toBe("changed");
      const again = await h.run("Tina Modin", "tyst till 10 januari 2027");
      expect(again.effect).toBe("unchanged");
      expect(again.text).toContain("redan pausade");
      expect((await h.run("Tina Modin", "tyst av")).effect).toBe("changed");
    });

    it("an agenda point already waiting is not added again", async () => {
      await h.run("Tina Modin", "agenda lägg till Budget för 2028");
      const again = await h.run("Anna Fogel", "agenda lägg till budget för  2028");
      expect(again.effect).toBe("unchanged");
      expect(again.text).toContain("står redan på dagordningen");
      expect(await agendaItems("Budget för 2028")).toBe(1);
    });
  });

  it("records no delivery for a refused or unchanged command, so nothing is kept that changed nothing", async () => {
    const before = await db.prisma.processedDelivery.count();
    await h.run("Tina Modin", "ansvarig 2 Tina Modin"); // a medlem: refused
    await h.run("Anna Fogel", "ansvarig 6 KG Granberg"); // already
    expect(await db.prisma.processedDelivery.count()).toBe(before);
    await h.run("Anna Fogel", "ansvarig 2 Tina Modin", "kept:1");
    const kept = await db.prisma.processedDelivery.findUniqueOrThrow({ where: { key: "kept:1" } });
    expect(kept).toMatchObject({ groupId: h.group.id, source: "console" });
    expect(kept.command).toMatchObject({ kind: "owner", number: 2 });
  });
});
