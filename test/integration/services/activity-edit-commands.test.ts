// Adding and changing activities from chat: `ny aktivitet …`, `ändra <nr> …` and `deadline <nr> ingen`
// through the door, with the history the card shows, the refusal for members who are not samordnare,
// bad input that changes nothing, and a redelivery that stores nothing twice.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../../src/db/open-database.ts";
import { commandHarness } from "../../support/command-harness.ts";
import { createTestDatabase, testDatabaseKinds } from "../../support/test-database.ts";

describe.each(testDatabaseKinds())("activity commands on %s", (kind) => {
  let db: Database;
  let h: Awaited<ReturnType<typeof commandHarness>>;

  beforeAll(async () => {
    db = await createTestDatabase(kind);
    h = await commandHarness(db);
  });
  afterAll(async () => {
    await db?.close();
  });

  const count = async () => ({
    activities: await db.prisma.activity.count({ where: { plan: { groupId: h.group.id } } }),
    changes: await db.prisma.activityChange.count(),
  });

  it("adds an activity with the next free number and answers with its card", async () => {
    const reply = await h.run(
      "Anna Fogel",
      "ny aktivitet Träffar om föreningslokaler; princip Öppenhet; part civil; deadline 15 mars; ansvarig org Kulturförvaltningen",
    );
    expect(reply.tone).toBe("success");
    expect(reply.effect).toBe("changed");
    expect(reply.text).toContain("Aktivitet 15, ”Träffar om föreningslokaler”, finns nu i planen.");
    expect(reply.text).toContain("Princip: Öppenhet");
    expect(reply.text).toContain("Part: Civilsamhället");
    expect(reply.text).toContain("Deadline: 15 mars 2027");
    expect(reply.text).toContain("Ansvarig förvaltning/förening: Kulturförvaltningen");
    expect(reply.text).toContain("Anna Fogel: lade till aktiviteten");
    expect(reply.announcement?.text).toBe("🆕 15. Träffar om föreningslokaler – ny aktivitet (Anna Fogel)");
    const stored = await h.activity(15);
    expect(stored).toMatchObject({ title: "Träffar om föreningslokaler", party: "civilsamhalle" });
    expect(stored.dueDate?.toISOString().slice(0, 10)).toBe("2027-03-15");
    // The card of `visa` is the same activity.
    expect((await h.run("Tina Modin", "visa 15")).text).toContain("15. Träffar om föreningslokaler");
  });

  it("understands it in English, matching the principle by key without å/ä/ö", async () => {
    const reply = await h.run("Anna Fogel", "new activity Open meetings; principle oppenhet; party joint");
    expect(reply.effect).toBe("changed");
    expect(reply.text).toContain("Aktivitet 16");
    expect((await h.activity(16)).party).toBe("gemensamt");
  });

  it("says what is missing, with the plan's principles, and adds nothing", async () => {
    const before = await count();
    const missing = await h.run("Anna Fogel", "ny aktivitet Lokaler");
    expect(missing.tone).toBe("error");
    expect(missing.text).toContain("behöver jag en princip och en part");
    expect(missing.text).toContain("Dialog, Öppenhet");
    expect(missing.text).toContain("ny aktivitet Träffar om föreningslokaler; princip dialog");
    const unknown = await h.run("Anna Fogel", "ny aktivitet Lokaler; princip samverkan; part stad");
    expect(unknown.text).toContain("Jag hittar ingen princip som heter ”samverkan”.");
    expect(unknown.text).toContain("Principerna i planen är: Dialog");
    const badPart = await h.run("Anna Fogel", "ny aktivitet Lokaler; princip dialog; part kanske");
    expect(badPart.text).toContain("”kanske” är ingen part");
    expect(await count()).toEqual(before);
  });

  it("offers the form for `ny aktivitet` alone, with the plan's principles; the console shows what to type", async () => {
    const before = await count();
    const offered = await h.run("Anna Fogel", "ny aktivitet");
    expect(offered.form?.principles.map((p) => p.name)).toEqual([
      "Dialog",
      "Öppenhet",
      "Långsiktighet",
      "Mångfald",
    ]);
    expect(offered.form?.parties.map((p) => p.party)).toEqual(["stad", "civilsamhalle", "gemensamt"]);
    expect(offered.text).toContain("ny aktivitet Träffar om föreningslokaler; princip dialog");
    // No button on the console, which has no forms.
    expect(offered.text).not.toContain("Snabbval");
    expect((await h.run("Tina Modin", "ny aktivitet")).text).toContain("Bara samordnare");
    expect(await count()).toEqual(before);
  });

  it("changes each field, says when it already is so, and lists the changes newest first", async () => {
    const title = await h.run("Anna Fogel", "ändra 15 titel Lokaler för föreningar");
    expect(title.effect).toBe("changed");
    expect(title.text).toContain(
      "Ändrat för aktivitet 15: titel ”Lokaler för föreningar” (var ”Träffar om föreningslokaler”).",
    );
    expect(title.announcement?.text).toBe(
      "✏️ 15. Lokaler för föreningar – titel: Lokaler för föreningar (Anna Fogel)",
    );
    expect((await h.run("Anna Fogel", "ändra 15 titel Lokaler för föreningar")).effect).toBe("unchanged");
    expect((await h.run("Anna Fogel", "ändra 15 part stad")).text).toContain(
      "part ”Kommunen” (var ”Civilsamhället”)",
    );
    expect((await h.run("Anna Fogel", "ändra 15 princip dialog")).text).toContain(
      "princip ”Dialog” (var ”Öppenhet”)",
    );
    await h.run("Anna Fogel", "ändra 15 beskrivning Inventera lokalerna.");
    await h.run("Anna Fogel", "ändra 15 åtagande Å13 Kommun");
    await h.run("Anna Fogel", "ändra 15 uppdragsbeställare Kommunstyrelsen");
    await h.run("Anna Fogel", "ändra 15 partner Föreningsrådet");
    await h.run("Anna Fogel", "change 15 follow-up Yearly");
    expect(await h.activity(15)).toMatchObject({
      title: "Lokaler för föreningar",
      party: "stad",
      description: "Inventera lokalerna.",
      commitment: "Å13 Kommun",
      commissioner: "Kommunstyrelsen",
      partners: "Föreningsrådet",
      followUp: "Yearly",
    });
    const card = await h.run("Tina Modin", "visa 15");
    expect(card.text).toContain("Ändringar");
    const lines = card.text.split("\n").filter((l) => l.includes("Anna Fogel:"));
    expect(lines[0]).toContain("Anna Fogel: uppföljning – → ”Yearly”");
    expect(lines.length).toBe(5);
  });

  it("removes a deadline, records it, and says when there is none", async () => {
    const cleared = await h.run("Anna Fogel", "deadline 15 ingen");
    expect(cleared.effect).toBe("changed");
    expect(cleared.text).toContain("Aktivitet 15 har inte längre någon deadline (var 15 mars 2027).");
    expect(cleared.announcement?.text).toContain("ingen deadline längre (Anna Fogel)");
    expect((await h.activity(15)).dueDate).toBeNull();
    expect((await h.run("Anna Fogel", "deadline 15 none")).effect).toBe("unchanged");
    await h.run("Anna Fogel", "deadline 15 1 april");
    await h.run("Anna Fogel", "ansvarig 15 Tina Modin");
    const card = await h.run("Anna Fogel", "visa 15");
    expect(card.text).toContain("Anna Fogel: ansvarig – → ”Tina Modin”");
    expect(card.text).toContain("Anna Fogel: deadline – → ”1 apr 2027”");
    const rows = await db.prisma.activityChange.findMany({
      where: { activityId: (await h.activity(15)).id, field: "deadline" },
      orderBy: { id: "asc" },
    });
    expect(rows.map((r) => [r.oldValue, r.newValue])).toEqual([
      ["2027-03-15", null],
      [null, "2027-04-01"],
    ]);
  });

  it("empties an optional field with `ingen`, records old value → empty, and refuses the required ones", async () => {
    const emptied = await h.run("Anna Fogel", "ändra 15 beskrivning ingen");
    expect(emptied.effect).toBe("changed");
    expect(emptied.text).toContain("Tömt för aktivitet 15: beskrivning (var ”Inventera lokalerna.”).");
    expect(emptied.announcement?.text).toBe(
      "✏️ 15. Lokaler för föreningar – beskrivning: (tomt) (Anna Fogel)",
    );
    await h.run("Anna Fogel", "ändra 15 partner -");
    expect(await h.activity(15)).toMatchObject({
      description: null,
      partners: null,
      commitment: "Å13 Kommun",
    });
    const rows = await db.prisma.activityChange.findMany({
      where: { activityId: (await h.activity(15)).id, field: { in: ["description", "partners"] } },
      orderBy: { id: "asc" },
    });
    expect(rows.map((r) => [r.field, r.oldValue, r.newValue])).toEqual([
      ["description", null, "Inventera lokalerna."],
      ["partners", null, "Föreningsrådet"],
      ["description", "Inventera lokalerna.", null],
      ["partners", "Föreningsrådet", null],
    ]);
    const card = await h.run("Tina Modin", "visa 15");
    expect(card.text).toContain("Anna Fogel: samarbetspartner ”Föreningsrådet” → (tomt)");
    expect(card.text).toContain("Anna Fogel: beskrivning ”Inventera lokalerna.” → (tomt)");
    // Already empty: nothing stored.
    const before = await count();
    const again = await h.run("Anna Fogel", "ändra 15 beskrivning ingen");
    expect(again.effect).toBe("unchanged");
    expect(again.text).toContain("Fältet beskrivning är redan tomt för aktivitet 15");
    for (const line of ["ändra 15 titel ingen", "ändra 15 princip -", "ändra 15 part ingen"]) {
      const refused = await h.run("Anna Fogel", line);
      expect(refused.tone, line).toBe("error");
      expect(refused.text, line).toContain("går inte att tömma");
    }
    expect(await count()).toEqual(before);
    expect(await h.activity(15)).toMatchObject({ title: "Lokaler för föreningar", party: "stad" });
  });

  it("refuses a member, naming the group's samordnare, and changes nothing", async () => {
    const before = await count();
    for (const line of [
      "ny aktivitet Lokaler; princip dialog; part stad",
      "ändra 1 titel Något annat",
      "deadline 1 ingen",
    ]) {
      const reply = await h.run("Tina Modin", line);
      expect(reply.tone, line).toBe("error");
      expect(reply.text, line).toContain("Bara samordnare");
      expect(reply.text, line).toContain("Anna Fogel");
    }
    expect(await count()).toEqual(before);
  });

  it("stores a redelivered change once, and answers it with the first answer", async () => {
    const before = await count();
    const first = await h.run(
      "Anna Fogel",
      "ny aktivitet Dubbelt; princip dialog; part stad",
      "slack:redelivered-1",
    );
    const again = await h.run(
      "Anna Fogel",
      "ny aktivitet Dubbelt; princip dialog; part stad",
      "slack:redelivered-1",
    );
    expect(first.effect).toBe("changed");
    expect(again.effect).toBe("repeat");
    expect(again.announcement).toBeUndefined();
    expect(await count()).toEqual({ activities: before.activities + 1, changes: before.changes + 1 });
    await h.run("Anna Fogel", "ändra 17 titel Enkelt", "slack:redelivered-2");
    await h.run("Anna Fogel", "ändra 17 titel Enkelt", "slack:redelivered-2");
    expect(await count()).toEqual({ activities: before.activities + 1, changes: before.changes + 2 });
  });

  it("answers in the group's language", async () => {
    await h.run("Anna Fogel", "språk en");
    const reply = await h.run("Anna Fogel", "ändra 17 titel Once");
    expect(reply.text).toContain("Changed on activity 17: title “Once” (was “Enkelt”).");
    expect((await h.run("Anna Fogel", "visa 17")).text).toContain("Changes");
    await h.run("Anna Fogel", "change 17 follow-up Yearly");
    const emptied = await h.run("Anna Fogel", "change 17 follow-up none");
    expect(emptied.text).toContain("Emptied on activity 17: follow-up (was “Yearly”).");
    expect((await h.run("Anna Fogel", "show 17")).text).toContain("follow-up ”Yearly” → (empty)");
    expect((await h.run("Anna Fogel", "change 17 party none")).text).toContain(
      "An activity must have a party, so it cannot be emptied.",
    );
    const refused = await h.run("Tina Modin", "change 17 title Twice");
    expect(refused.text).toContain("Ask the group's coordinators, Anna Fogel");
    await h.run("Anna Fogel", "language sv");
  });
});
