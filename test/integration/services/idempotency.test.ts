// Every write is done at most once per delivery key, concurrent writes never become internal errors,
// and a request for what already is stores nothing and says so: on real PGlite and PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../../src/db/open-database.js";
import { commandHarness } from "../../support/command-harness.js";
import { createTestDatabase, testDatabaseKinds } from "../../support/test-database.js";

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
    it("ten reports of the same status: one is stored and announced", async () => {
      const replies = await tenAtOnce("status 12 pausad");
      expect(effects(replies)).toEqual(["changed", ...Array(9).fill("unchanged")]);
      expect(replies.filter((r) => r.announcement)).toHaveLength(1);
      const a = await h.activity(12);
      expect(a.status).toBe("pausad");
      expect(a.statusUpdates).toHaveLength(1);
    });

    it("ten different statuses at once: every one is stored, none fails", async () => {
      const lines = ["klar", "pågår", "försenad", "pausad", "struken"].flatMap((s) => [
        `status 14 ${s} först`,
        `status 14 ${s} sedan`,
      ]);
      const replies = await Promise.all(lines.map((line, i) => h.run("Anna Fogel", line, `mixed:${i}`)));
      expect(replies.every((r) => r.effect === "changed")).toBe(true);
      expect((await h.activity(14)).statusUpdates).toHaveLength(10);
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
  });
});
