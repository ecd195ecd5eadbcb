// The proposed points of the next meeting's agenda are numbered; `agenda ta bort <n>` removes one
// (its proposer or a samordnare) and `agenda klar <n>` marks one handled (samordnare): neither is ever
// taken for a new point.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../../src/db/open-database.ts";
import { commandHarness } from "../../support/command-harness.ts";
import { createTestDatabase, testDatabaseKinds } from "../../support/test-database.ts";

describe.each(testDatabaseKinds())("agenda points on %s", (kind) => {
  let db: Database;
  let h: Awaited<ReturnType<typeof commandHarness>>;
  beforeAll(async () => {
    db = await createTestDatabase(kind);
    h = await commandHarness(db);
    await h.run("Tina Modin", "agenda lägg till Riktlinjer för lokaler");
    await h.run("Anna Fogel", "agenda lägg till Föreningsmässan i maj");
  });
  afterAll(async () => {
    await db?.close();
  });

  /** The number `agenda` shows before a point. */
  const numberOf = async (text: string) => {
    const agenda = (await h.run("Anna Fogel", "agenda")).text;
    const m = new RegExp(`(\\d+)\\) ${text}`).exec(agenda);
    if (!m) throw new Error(`no point ${text} in ${agenda}`);
    return Number(m[1]);
  };

  const waiting = () =>
    db.prisma.agendaItem.findMany({
      where: { groupId: h.group.id, handledAt: null },
      orderBy: { id: "asc" },
    });

  it("numbers the proposed points in the agenda", async () => {
    const agenda = await h.run("Tina Modin", "agenda");
    const points = [...agenda.text.matchAll(/(\d+)\) (.+)/g)].map((m) => [Number(m[1]), m[2]]);
    expect(points.map(([n]) => n)).toEqual(points.map((_, i) => i + 1));
    expect(points.slice(-2)).toEqual([
      [points.length - 1, "Riktlinjer för lokaler (Tina Modin)"],
      [points.length, "Föreningsmässan i maj (Anna Fogel)"],
    ]);
  });

  it("lets a medlem remove only her own point, and never adds `ta bort 2` as a point", async () => {
    const before = (await waiting()).length;
    const annas = await numberOf("Föreningsmässan i maj");
    const refused = await h.run("Tina Modin", `agenda ta bort ${annas}`);
    expect(refused.tone).toBe("error");
    expect((await waiting()).length).toBe(before);
    expect((await waiting()).some((i) => /ta bort/.test(i.text))).toBe(false);
    const removed = await h.run("Tina Modin", `agenda ta bort ${await numberOf("Riktlinjer för lokaler")}`);
    expect(removed.tone).toBe("success");
    expect(removed.text).toContain("Punkten ”Riktlinjer för lokaler” är borttagen från dagordningen.");
    expect((await waiting()).map((i) => i.text)).not.toContain("Riktlinjer för lokaler");
    expect((await waiting()).length).toBe(before - 1);
  });

  it("lets a samordnare mark a point handled, and says politely when there is no such point", async () => {
    const count = (await waiting()).length;
    const none = await h.run("Anna Fogel", "agenda klar 50");
    expect(none.tone).toBe("error");
    expect(none.text).toContain(`Dagordningen har ${count} föreslagna punkter, ingen med nummer 50.`);
    const n = await numberOf("Föreningsmässan i maj");
    const member = await h.run("Tina Modin", `agenda klar ${n}`);
    expect(member.tone).toBe("error");
    const done = await h.run("Anna Fogel", `agenda klar ${n}`);
    expect(done.text).toContain("Punkten ”Föreningsmässan i maj” är markerad som behandlad.");
    expect((await waiting()).map((i) => i.text)).not.toContain("Föreningsmässan i maj");
    expect((await waiting()).length).toBe(count - 1);
    const bad = await h.run("Anna Fogel", "agenda ta bort två");
    expect(bad.tone).toBe("error");
  });

  it("moves a point to another place, first or last, and keeps the others' order", async () => {
    await h.run("Tina Modin", "agenda lägg till Lokalbokning");
    await h.run("Tina Modin", "agenda lägg till Bidragsregler");
    const order = async () =>
      [...(await h.run("Anna Fogel", "agenda")).text.matchAll(/\d+\) (.+?)(?: \(|$)/gm)].map((m) => m[1]);
    const before = await order();
    const n = before.indexOf("Bidragsregler") + 1;
    const moved = await h.run("Anna Fogel", `agenda flytta ${n} till 1`);
    expect(moved.text).toContain("Punkten ”Bidragsregler” står nu som nummer 1 på dagordningen.");
    const after = await order();
    expect(after).toEqual(["Bidragsregler", ...before.filter((p) => p !== "Bidragsregler")]);
    await h.run("Anna Fogel", "agenda flytta 1 sist");
    expect(await order()).toEqual(before);
    // A medlem may not reorder; a place that is not a number changes nothing.
    expect((await h.run("Tina Modin", "agenda flytta 1 2")).tone).toBe("error");
    const bad = await h.run("Anna Fogel", "agenda flytta 1 överst i listan");
    expect(bad.tone).toBe("error");
    expect(await order()).toEqual(before);
    // A new point comes after those a samordnare placed.
    await h.run("Tina Modin", "agenda lägg till Sist inkommet");
    expect((await order()).at(-1)).toBe("Sist inkommet");
  });

  it("tables a point to the meeting after the next, where it then appears", async () => {
    const n = (await waiting()).length;
    const agenda = (await h.run("Anna Fogel", "agenda")).text;
    const m = /(\d+)\) Lokalbokning/.exec(agenda);
    const deferred = await h.run("Anna Fogel", `agenda bordlägg ${m?.[1]}`);
    expect(deferred.tone).toBe("success");
    expect(deferred.text).toMatch(
      /Punkten ”Lokalbokning” är bordlagd: den tas inte upp den 7 dec 2026 utan den 1 feb 2027\./,
    );
    expect((await h.run("Anna Fogel", "agenda")).text).not.toContain("Lokalbokning");
    // Still waiting (not handled): after the next meeting it is on the agenda again.
    expect((await waiting()).length).toBe(n);
    const saved = h.clock.now();
    h.clock.set("2026-12-08T09:00:00Z");
    expect((await h.run("Anna Fogel", "agenda")).text).toContain("Lokalbokning");
    h.clock.set(saved.toISOString());
    expect((await h.run("Tina Modin", "agenda bordlägg 1")).tone).toBe("error");
    expect((await h.run("Anna Fogel", "agenda bordlägg")).tone).toBe("error");
  });

  it("keeps the numbers during the meeting: a handled point stays, marked, and is not marked twice", async () => {
    const saved = h.clock.now();
    // Monday 7 December 2026, 18:30 in Stockholm: the meeting is being held.
    h.clock.set("2026-12-07T17:30:00Z");
    const before = (await h.run("Anna Fogel", "agenda")).text;
    const numbers = [...before.matchAll(/(\d+)\) (.+)/g)].map((m) => [m[1], m[2]]);
    expect(numbers.length).toBeGreaterThan(1);
    const done = await h.run("Anna Fogel", "agenda klar 1");
    expect(done.tone).toBe("success");
    const after = (await h.run("Anna Fogel", "agenda")).text;
    const again = [...after.matchAll(/(\d+)\) (.+)/g)].map((m) => [m[1], m[2]]);
    expect(again.map(([n]) => n)).toEqual(numbers.map(([n]) => n));
    expect(again[0]?.[1]).toContain("✓ behandlad");
    const twice = await h.run("Anna Fogel", "agenda klar 1");
    expect(twice.text).toContain("är redan behandlad");
    // The second point is still the second point.
    const second = await h.run("Anna Fogel", "agenda klar 2");
    expect(second.text).toContain(String(numbers[1]?.[1]).replace(/ \(.*\)$/, ""));
    h.clock.set(saved.toISOString());
  });
});
