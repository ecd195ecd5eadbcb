// The command language end to end through the services, on real PGlite and (with DATABASE_URL) real PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../../src/db/open-database.ts";
import { commandHarness } from "../../support/command-harness.ts";
import { createTestDatabase, testDatabaseKinds } from "../../support/test-database.ts";

describe.each(testDatabaseKinds())("commands on %s", (kind) => {
  let db: Database;
  let h: Awaited<ReturnType<typeof commandHarness>>;

  beforeAll(async () => {
    db = await createTestDatabase(kind);
    h = await commandHarness(db);
  });
  afterAll(async () => {
    await db?.close();
  });

  it("records `status 13 klar` with its comment, author and source, in history and current status", async () => {
    const reply = await h.run("Tina Modin", "status 13 klar Föreningsregistret är genomgånget");
    expect(reply.tone).toBe("success");
    expect(reply.text).toContain("aktivitet 13 är nu klar (var ej påbörjad)");
    expect(reply.announcement?.text).toContain("13. Se över föreningsregistret");
    expect(reply.announcement?.text).toContain("(Tina Modin): Föreningsregistret är genomgånget");
    const a = await h.activity(13);
    expect(a.status).toBe("klar");
    expect(a.statusChangedAt?.toISOString()).toBe("2026-11-23T09:00:00.000Z");
    expect(a.statusUpdates).toHaveLength(1);
    expect(a.statusUpdates[0]).toMatchObject({
      status: "klar",
      comment: "Föreningsregistret är genomgånget",
      source: "console",
    });
  });

  it("accepts forms typed without å/ä/ö and English aliases", async () => {
    expect((await h.run("Tina Modin", "/lok status 12 pagar")).tone).toBe("success");
    expect((await h.activity(12)).status).toBe("pagar");
    expect((await h.run("Tina Modin", "lok status 12 done")).tone).toBe("success");
    expect((await h.activity(12)).status).toBe("klar");
  });

  it("stores a redelivered update once, and says so", async () => {
    const before = (await h.activity(1)).statusUpdates.length; // the demo's own history
    const first = await h.run("Anna Fogel", "status 1 pågår", "slack:trigger:1");
    const again = await h.run("Anna Fogel", "status 1 pågår", "slack:trigger:1");
    expect(first.announcement).toBeDefined();
    expect(again.announcement).toBeUndefined();
    expect(again.text).toContain("redan sparad");
    expect((await h.activity(1)).statusUpdates).toHaveLength(before + 1);
  });

  it("stores one update when the same delivery arrives twice at once", async () => {
    const before = (await h.activity(2)).statusUpdates.length;
    const replies = await Promise.all([
      h.run("Anna Fogel", "status 2 försenad", "dup:concurrent"),
      h.run("Anna Fogel", "status 2 försenad", "dup:concurrent"),
    ]);
    expect(replies.every((r) => r.tone === "success")).toBe(true);
    expect((await h.activity(2)).statusUpdates).toHaveLength(before + 1);
  });

  it("refuses an unknown number, naming the plan and the numbers that exist, and changes nothing", async () => {
    const before = await db.prisma.statusUpdate.count();
    const reply = await h.run("Tina Modin", "status 99 klar");
    expect(reply.tone).toBe("error");
    expect(reply.visibility).toBe("ephemeral");
    expect(reply.text).toContain("Aktivitet 99 finns inte i Handlingsplan 2017–2018; det finns 1–14");
    expect(await db.prisma.statusUpdate.count()).toBe(before);
  });

  it("refuses an unknown status by listing the valid ones", async () => {
    const reply = await h.run("Tina Modin", "status 13 kanske");
    expect(reply.tone).toBe("error");
    expect(reply.text).toContain("ej påbörjad, pågår, klar, försenad, pausad, struken");
  });

  it("refuses a comment over 2,000 characters and changes nothing", async () => {
    const reply = await h.run("Tina Modin", `status 14 pågår ${"x".repeat(2001)}`);
    expect(reply.tone).toBe("error");
    expect(reply.text).toContain("högst 2000");
    expect((await h.activity(14)).statusUpdates).toHaveLength(0);
  });

  it("shows an activity with its principle, party, organisation, owners, deadline and status", async () => {
    const reply = await h.run("Tina Modin", "visa 6");
    expect(reply.text).toContain("6. Utreda stöd till föreningar i form av lokaler");
    expect(reply.text).toContain("Princip: Mångfald");
    expect(reply.text).toContain("Part: Kommunen");
    expect(reply.text).toContain("Ansvarig förvaltning/förening: KSF");
    expect(reply.text).toContain("Ansvarig person: KG Granberg och Peter Eriksson");
    // Reported försenad by KG Granberg, a month before its deadline (the demo's dates, from 23 Nov 2026).
    expect(reply.text).toContain("Status: 🟠 försenad");
    expect(reply.text).toContain("Deadline: 23 dec 2026\n");
    expect(reply.text).toContain("Snabbval: status 6 klar");
  });

  it("shows the status history with `status <nr>`", async () => {
    await h.run("Anna Fogel", "status 3 pågår Inbjudan skickad");
    await h.run("Helena Astvald", "status 3 klar");
    const reply = await h.run("Tina Modin", "status 3");
    expect(reply.text).toContain("Aktivitet 3 är klar.");
    expect(reply.text).toMatch(/klar av Helena Astvald[\s\S]*pågår av Anna Fogel: Inbjudan skickad/);
    // Stored in UTC (09:00), read back in Stockholm time.
    expect(reply.text).toContain("2026-11-23 10:00 klar av Helena Astvald");
  });

  it("lists by filter: försenade, mina, party and principle", async () => {
    const overdue = await h.run("Tina Modin", "lista försenade");
    expect(overdue.text).toContain("Försenade aktiviteter");
    expect(overdue.text).toContain("4. Kartlägga befintliga föreningsbidrag");
    expect(overdue.text).not.toContain("13. Se över"); // klar
    const mine = await h.run("Tina Modin", "mina");
    expect(mine.text).toContain("14. Skapa en arbetsgrupp");
    expect(mine.text).not.toContain("13. Se över");
    const civil = await h.run("Tina Modin", "lista civil");
    expect(civil.text.match(/^ {2}\S+ \d+\./gm)).toHaveLength(2);
    const principle = await h.run("Tina Modin", "lista langsiktighet");
    expect(principle.text).toContain("Aktiviteter under Långsiktighet");
    expect(principle.text.match(/^ {2}\S+ \d+\./gm)).toHaveLength(2);
    const done = await h.run("Tina Modin", "lista klara");
    expect(done.text).toContain("Aktiviteter med status klar");
    expect(done.text).toContain("13. Se över föreningsregistret");
    expect(done.text).not.toContain("14. Skapa en arbetsgrupp");
    expect(done.text.match(/^ {2}✅ \d+\./gm)?.length).toBe(done.text.match(/^ {2}\S+ \d+\./gm)?.length);
    const paused = await h.run("Tina Modin", "lista pausade");
    expect(paused.text).toContain("10. Bygga upp resursbank");
    const struck = await h.run("Tina Modin", "lista strukna");
    expect(struck.text).toContain("Ingen aktivitet har status struken just nu.");
    const unknown = await h.run("Tina Modin", "lista jämställdhet");
    expect(unknown.tone).toBe("error");
    expect(unknown.text).toContain("Dialog, Öppenhet, Långsiktighet och Mångfald");
  });

  it("lets only coordinators change owners and deadlines", async () => {
    const member = await h.run("Tina Modin", "ansvarig 5 Tina Modin");
    expect(member.tone).toBe("error");
    expect(member.text).toContain("Bara samordnare");
    expect((await h.activity(5)).owners).toHaveLength(0);
    const before = (await h.activity(5)).dueDate;
    const deadline = await h.run("Tina Modin", "deadline 5 15 mars");
    expect(deadline.tone).toBe("error");
    expect((await h.activity(5)).dueDate).toEqual(before);
  });

  it("adds and removes owners by name, and asks when a name is ambiguous", async () => {
    expect((await h.run("Anna Fogel", "ansvarig 5 tina")).text).toContain("Tina Modin är nu ansvarig för 5.");
    expect((await h.activity(5)).owners.map((o) => o.member.name)).toEqual(["Tina Modin"]);
    const ambiguous = await h.run("Anna Fogel", "ansvarig 5 Mats");
    expect(ambiguous.text).toContain("Mats Einestam och Mats-Olof Liljegren");
    // A hyphenated first name is one first name.
    expect((await h.run("Anna Fogel", "ansvarig 5 Mats-Olof")).text).toContain(
      "Mats-Olof Liljegren är nu ansvarig för 5.",
    );
    expect((await h.run("Anna Fogel", "ansvarig 5 ann-mari")).text).toContain(
      "Ann-Mari Wulfstrand är nu ansvarig för 5.",
    );
    await h.run("Anna Fogel", "ansvarig 5 -Mats Olof");
    await h.run("Anna Fogel", "ansvarig 5 -Ann-Mari Wulfstrand");
    const unknown = await h.run("Anna Fogel", "ansvarig 5 Tina Modén");
    expect(unknown.text).toContain("Menade du ”Tina Modin”?");
    expect((await h.run("Anna Fogel", "ansvarig 5 -Tina Modin")).text).toContain("inte längre ansvarig");
    expect((await h.activity(5)).owners).toHaveLength(0);
  });

  it("sets a deadline typed the Swedish way", async () => {
    const reply = await h.run("Anna Fogel", "deadline 5 15 mars");
    expect(reply.text).toContain("Ny deadline för aktivitet 5:");
    expect(reply.text).toContain("aktivitet 5: måndag 15 mars 2027 (tidigare 3 nov 2026)");
    expect((await h.activity(5)).dueDate?.toISOString().slice(0, 10)).toBe("2027-03-15");
    await h.run("Anna Fogel", "deadline 5 v12");
    expect((await h.activity(5)).dueDate?.toISOString().slice(0, 10)).toBe("2027-03-26");
    const bad = await h.run("Anna Fogel", "deadline 5 31/2");
    expect(bad.tone).toBe("error");
    expect((await h.activity(5)).dueDate?.toISOString().slice(0, 10)).toBe("2027-03-26");
  });

  it("takes the dates of the minutes and of chat, and says what it did with them", async () => {
    // Today is Monday 23 November 2026: 2 March 2027 is a Tuesday, so "torsdag 2 mars" is not guessed.
    const wrong = await h.run("Anna Fogel", "deadline 7 torsdag 2 mars");
    expect(wrong.tone).toBe("error");
    expect(wrong.text).toContain("”torsdag 2 mars” går inte ihop: 2 mars 2027 är en tisdag.");
    const before = (await h.activity(7)).dueDate;
    expect(before?.toISOString().slice(0, 10)).not.toBe("2027-03-02");
    const noon = await h.run("Anna Fogel", "deadline 7 tisdag 2 mars kl 12");
    expect(noon.text).toContain(": tisdag 2 mars 2027");
    expect(noon.text).toContain("klockslaget kl. 12:00 sparades inte");
    expect((await h.activity(7)).dueDate?.toISOString().slice(0, 10)).toBe("2027-03-02");
    await h.run("Anna Fogel", "deadline 7 15/3-27");
    expect((await h.activity(7)).dueDate?.toISOString().slice(0, 10)).toBe("2027-03-15");
    await h.run("Anna Fogel", "deadline 7 15.4.2027");
    expect((await h.activity(7)).dueDate?.toISOString().slice(0, 10)).toBe("2027-04-15");
    const friday = await h.run("Anna Fogel", "deadline 7 nästa fredag");
    expect(friday.text).toContain(": fredag 4 dec 2026");
    const yesterday = await h.run("Anna Fogel", "deadline 7 igår");
    expect(yesterday.text).toContain(": söndag 22 nov 2026");
    expect(yesterday.text).toContain("räknas som försenad");
    // Week 52's Friday is juldagen: accepted, with the working day before suggested.
    const christmas = await h.run("Anna Fogel", "deadline 7 v52");
    expect(christmas.tone).toBe("success");
    expect(christmas.text).toContain(": fredag 25 dec 2026");
    expect(christmas.text).toContain("Fredagen i vecka 52 är juldagen");
    expect(christmas.text).toContain("deadline 7 2026-12-23");
  });

  it("creates a meeting in Stockholm time, lists it, and builds its agenda", async () => {
    const denied = await h.run("Tina Modin", "möte 2 maj kl. 18-20 på Föreningarnas hus");
    expect(denied.tone).toBe("error");
    const created = await h.run("Anna Fogel", "möte 2 maj kl. 18-20 på Föreningarnas hus");
    expect(created.text).toContain("söndag 2 maj 2027 kl. 18:00–20:00, Föreningarnas hus");
    const meeting = await db.prisma.meeting.findFirstOrThrow({
      where: { groupId: h.group.id },
      orderBy: { startsAt: "desc" },
    });
    expect(meeting.startsAt.toISOString()).toBe("2027-05-02T16:00:00.000Z");
    expect((await h.run("Tina Modin", "möten")).text).toContain("Samverkansrådet Örebro: söndag 2 maj 2027");
    expect((await h.run("Tina Modin", "agenda lägg till Studiebesök i Malmö")).text).toContain(
      "står nu på dagordningen",
    );
    const agenda = await h.run("Tina Modin", "agenda");
    // The demo's next meeting comes first: the point goes to it.
    expect(agenda.text).toContain("Dagordning: Samverkansrådet 7 dec 2026");
    expect(agenda.text).toContain("1. Föregående minnesanteckningar");
    expect(agenda.text).toContain("Studiebesök i Malmö (Tina Modin)");
    expect(agenda.text).toContain("hur tar vi tillvara resultatet? (Anna Fogel)"); // the demo's own point
    expect(agenda.text).toMatch(/Aktiviteter med ändrad status[\s\S]*13\. Se över föreningsregistret/);
    expect(agenda.text).toContain("Övriga frågor");
    const past = await h.run("Anna Fogel", "möte 2026-11-20 18:00");
    expect(past.text).toContain("har redan varit");
  });

  it("reports counts per principle, overdue and recently finished", async () => {
    const reply = await h.run("Tina Modin", "rapport");
    expect(reply.text).toContain("Uppföljning av Handlingsplan 2017–2018");
    expect(reply.text).toMatch(/Öppenhet \(8\): .*klar/);
    expect(reply.text).toMatch(/Totalt \(14\)/);
    expect(reply.text).toMatch(/Klara de senaste 30 dagarna \(\d+\)[\s\S]*13\. Se över/);
  });

  it("gives coordinators `rapport fil`: the summary, and where files cannot be attached, how to get one", async () => {
    const denied = await h.run("Tina Modin", "rapport fil");
    expect(denied.tone).toBe("error");
    expect(denied.text).toContain("ladda upp uppföljningen som fil");
    const reply = await h.run("Anna Fogel", "rapport excel");
    // Sending the file changes nothing in the group: nothing to redraw or announce, but kept once.
    expect(reply.effect).toBe("sent");
    expect(reply.attachment?.fileName).toBe("uppfoljning-handlingsplan-2017-2018-2026-11-23.xlsx");
    expect(reply.text).toContain("Uppföljning av Handlingsplan 2017–2018");
    expect(reply.text).toContain(
      'npx lok export uppfoljning-handlingsplan-2017-2018-2026-11-23.xlsx --group "Samverkansrådet Örebro"',
    );
    expect((await h.run("Tina Modin", "hjälp rapport")).text).toContain("npx lok export <fil.xlsx>");
  });

  it("answers help and unknown words with what to type", async () => {
    expect((await h.run("Tina Modin", "hjälp")).text).toContain("status <nr> <status> [kommentar]");
    const typo = await h.run("Tina Modin", "stauts 13 klar");
    expect(typo.tone).toBe("error");
    expect(typo.text).toContain("Menade du status?");
  });
});
