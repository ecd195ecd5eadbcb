// Publishing from chat: `webb …` and `dölj …` through the door, in Swedish and English, with the
// refusals for members who are not samordnare and for bad input that changes nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../../src/db/open-database.ts";
import { commandHarness } from "../../support/command-harness.ts";
import { createTestDatabase, testDatabaseKinds } from "../../support/test-database.ts";

describe.each(testDatabaseKinds())("publishing commands on %s", (kind) => {
  let db: Database;
  let h: Awaited<ReturnType<typeof commandHarness>>;

  beforeAll(async () => {
    db = await createTestDatabase(kind);
    h = await commandHarness(db);
  });
  afterAll(async () => {
    await db?.close();
  });

  const group = () =>
    db.prisma.group.findUniqueOrThrow({
      where: { id: h.group.id },
      select: { webPublished: true, webSlug: true, webShowNames: true, webContact: true, webLicence: true },
    });

  it("`webb` shows the address and what the page shows, to any member", async () => {
    const reply = await h.run("Tina Modin", "webb");
    expect(reply.tone).toBe("info");
    expect(reply.text).toContain("Gruppens webbsida");
    expect(reply.text).toContain("http://localhost:3000/g/samverkansradet-orebro");
    expect(reply.text).toContain("Namn på personer: visas inte");
    expect(reply.text).toContain("Kontakt: ingen angiven");
    expect(reply.text).toContain("CC0-1.0");
  });

  it("refuses members who are not samordnare politely, and changes nothing", async () => {
    const before = await group();
    for (const line of [
      "webb av",
      "webb namn på",
      "webb kontakt Tina",
      "webb licens CC-BY-4.0",
      "dölj 1 9 sep",
    ]) {
      const reply = await h.run("Tina Modin", line);
      expect(reply.tone, line).toBe("error");
      expect(reply.text, line).toContain("Bara samordnare");
    }
    expect(await group()).toEqual(before);
  });

  it("turns the page off and on, keeping its address, and says when it already is so", async () => {
    const off = await h.run("Anna Fogel", "webb av");
    expect(off.tone).toBe("success");
    expect(off.text).toContain("inte längre publicerad");
    expect(off.text).toContain("http://localhost:3000/g/samverkansradet-orebro");
    expect((await group()).webPublished).toBe(false);
    expect((await h.run("Anna Fogel", "web off")).effect).toBe("unchanged");
    const on = await h.run("Anna Fogel", "webb på");
    expect(on.text).toContain("publicerad: http://localhost:3000/g/samverkansradet-orebro");
    expect(on.text).toContain("webb namn på");
    expect((await group()).webPublished).toBe(true);
    const again = await h.run("Anna Fogel", "web on");
    expect(again.effect).toBe("unchanged");
    expect(again.text).toContain("redan publicerad");
  });

  it("sets names, contact and licence, accepting SPDX ids in any case, and refuses other licences", async () => {
    expect((await h.run("Anna Fogel", "webb namn på")).text).toContain("visar webbsidan namnen");
    expect((await group()).webShowNames).toBe(true);
    expect((await h.run("Anna Fogel", "web names on")).effect).toBe("unchanged");
    expect((await h.run("Anna Fogel", "web names off")).effect).toBe("changed");
    expect((await group()).webShowNames).toBe(false);

    const contact = await h.run("Anna Fogel", "webb kontakt Samverkansrådet, info@example.org");
    expect(contact.text).toContain("kontakten Samverkansrådet, info@example.org");
    expect((await group()).webContact).toBe("Samverkansrådet, info@example.org");
    expect((await h.run("Anna Fogel", "webb kontakt av")).text).toContain("ingen kontakt längre");
    expect((await group()).webContact).toBeNull();
    await h.run("Anna Fogel", "web contact The council");
    expect((await group()).webContact).toBe("The council");

    expect((await h.run("Anna Fogel", "webb licens cc-by-4.0")).text).toContain("CC-BY-4.0");
    expect((await group()).webLicence).toBe("CC-BY-4.0");
    const bad = await h.run("Anna Fogel", "web licence MIT");
    expect(bad.tone).toBe("error");
    expect(bad.text).toContain("”MIT” är ingen licens");
    expect(bad.text).toContain("CC0-1.0, CC-BY-4.0 och CC-BY-SA-4.0");
    expect((await group()).webLicence).toBe("CC-BY-4.0");
    await h.run("Anna Fogel", "webb licens CC0-1.0");
  });

  it("answers bad input with what to type, and changes nothing", async () => {
    const before = await group();
    const unknown = await h.run("Anna Fogel", "webb kanske");
    expect(unknown.tone).toBe("error");
    expect(unknown.text).toContain("på, av, namn, kontakt eller licens");
    expect(unknown.text).toContain("webb på|av");
    expect((await h.run("Anna Fogel", "webb namn kanske")).text).toContain("av eller på");
    expect((await h.run("Anna Fogel", "webb kontakt")).text).toContain("Det saknas text");
    expect((await h.run("Anna Fogel", `webb kontakt ${"x".repeat(301)}`)).text).toContain(
      "Korta ner kontakten",
    );
    expect((await h.run("Anna Fogel", "webb licens")).tone).toBe("error");
    expect((await h.run("Anna Fogel", "dölj 1")).text).toContain("Det saknas datum");
    expect((await h.run("Anna Fogel", "dölj 1 31 feb")).tone).toBe("error");
    expect(await group()).toEqual(before);
  });

  it("`dölj` hides that day's comments from the page only, and says when there are none", async () => {
    // The demo's activity 1 has a comment 75 days before 23 Nov 2026: 9 Sep 2026, at 10:00.
    const hidden = await h.run("Anna Fogel", "dölj 1 9 sep");
    expect(hidden.tone).toBe("success");
    expect(hidden.text).toContain(
      "Kommentaren till aktivitet 1 från 9 sep 2026 visas inte längre på webbsidan",
    );
    const updates = (await h.activity(1)).statusUpdates;
    const that = updates.filter((u) => u.hiddenAt);
    expect(that).toHaveLength(1);
    expect(that[0]?.comment).toContain("Servicecenter");
    expect(updates.length).toBeGreaterThan(1);
    expect((await h.run("Anna Fogel", "hide 1 2026-09-09")).effect).toBe("unchanged");
    const none = await h.run("Anna Fogel", "dölj 1 10 sep");
    expect(none.tone).toBe("error");
    expect(none.text).toContain("ingen kommentar från 10 sep 2026");
    expect((await h.run("Anna Fogel", "dölj 99 9 sep")).text).toContain("Aktivitet 99 finns inte");
  });

  it("help says what to type", async () => {
    const help = await h.run("Tina Modin", "hjälp webb");
    expect(help.text).toContain("webb på|av");
    expect(help.text).toContain("webb namn på|av");
    expect(help.text).toContain("webb kontakt <text>");
    expect(help.text).toContain("webb licens <id>");
    expect((await h.run("Tina Modin", "hjälp dölj")).text).toContain("dölj <nr> <datum>");
  });

  it("answers an English group in English", async () => {
    expect((await h.run("Anna Fogel", "språk en")).tone).toBe("success");
    try {
      const show = await h.run("Tina Modin", "web");
      expect(show.text).toContain("The group's web page");
      expect(show.text).toContain("Names of persons: not shown");
      const bad = await h.run("Anna Fogel", "web licence GPL-3.0");
      expect(bad.text).toContain("“GPL-3.0” is not a licence");
      expect(bad.text).toContain("CC0-1.0, CC-BY-4.0 and CC-BY-SA-4.0");
      expect((await h.run("Tina Modin", "web off")).text).toContain("Only coordinators");
      expect((await h.run("Anna Fogel", "help web")).text).toContain("web names on|off");
    } finally {
      await h.run("Anna Fogel", "language sv");
    }
  });
});
