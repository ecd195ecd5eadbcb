// A status change is stored at most once per delivery key, concurrent changes never become internal
// errors, and the status it already has without a comment stores nothing and says so: on real PGlite
// and PostgreSQL.
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

  /** Sends `line` ten times at once, as `key` (the same delivery) or as ten deliveries. */
  const tenAtOnce = (line: string, key?: string) =>
    Promise.all(Array.from({ length: 10 }, (_, i) => h.run("Anna Fogel", line, key ?? `race:${line}:${i}`)));
  const effects = (replies: { effect?: string }[]) =>
    replies.map((r) => r.effect ?? "none").sort((a, b) => a.localeCompare(b));

  describe("one delivery, many copies", () => {
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

    it("ten concurrent copies of `status 8 pågår` store one row: one change, nine repeats", async () => {
      const replies = await tenAtOnce("status 8 pågår", "copies:status 8");
      expect(replies.map((r) => r.text).filter((t) => t.includes(INTERNAL_ERROR))).toEqual([]);
      expect(effects(replies)).toEqual(["changed", ...Array(9).fill("repeat")]);
      expect(replies.filter((r) => r.announcement)).toHaveLength(1);
      expect((await h.activity(8)).statusUpdates).toHaveLength(1);
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
