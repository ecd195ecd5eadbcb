// The council's minutes of 2017-02-16 (shared seed 004) re-created through commands alone, on the day
// itself: the finalised Markdown is compared with the seed section by section, the Word file is opened
// and its headings read, and the refusals say what to do and change nothing.
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import yauzl from "yauzl";
import type { Database } from "../../../src/db/open-database.ts";
import { consoleIncoming } from "../../../src/platforms/console/console-chat.ts";
import { createWebApp } from "../../../src/platforms/web/app.ts";
import type { GroupRef } from "../../../src/services/actor.ts";
import { commandHarness } from "../../support/command-harness.ts";
import { createTestDatabase, testDatabaseKinds } from "../../support/test-database.ts";

// The seed minutes as published (shared seed 004_40810be6154e19b2.txt), kept as the fixture.
const SEED = new URL("../../fixtures/minutes/samverkansradet-2017-02-16.md", import.meta.url);

/** The seed's (or our) sections: heading text (without ** and *) → the text under it. */
function sections(markdown: string): Map<string, string> {
  const out = new Map<string, string>();
  let current = "";
  for (const line of markdown.split("\n")) {
    const h = /^#{1,4}\s+(.*)$/.exec(line);
    if (h) {
      current = (h[1] as string).replace(/[*\\]/g, "").trim();
      out.set(current, "");
    } else out.set(current, `${out.get(current) ?? ""}${line}\n`);
  }
  return out;
}

const plain = (md: string) => md.replace(/\\/g, "").replace(/\*\*/g, "").replace(/\s+/g, " ").trim();

/** The names after "Närvarande:" or "Arbetsgrupp:", up to the end of that sentence. */
function namesAfter(text: string, label: string): string[] {
  const line = new RegExp(`${label}:?\\*?\\*?:?\\s*([^\\n]+)`).exec(text)?.[1] ?? "";
  const sentence = line.replace(/\*|\\/g, "").split(/\.\s/)[0] ?? "";
  return sentence
    .replace(/\.\s*$/, "")
    .split(/,\s*|\s+och\s+/)
    .map((n) => n.trim())
    .filter(Boolean);
}

async function unzipEntry(buffer: Buffer, name: string): Promise<string> {
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.fromBuffer(buffer, { lazyEntries: true }, (e, z) => (e ? reject(e) : resolve(z))),
  );
  return new Promise((resolve, reject) => {
    zip.on("entry", (entry: yauzl.Entry) => {
      if (entry.fileName !== name) return zip.readEntry();
      zip.openReadStream(entry, (e, stream) => {
        if (e) return reject(e);
        const chunks: Buffer[] = [];
        stream.on("data", (c: Buffer) => chunks.push(c));
        stream.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
      });
    });
    zip.on("end", () => reject(new Error(`no ${name}`)));
    zip.readEntry();
  });
}

describe.each(testDatabaseKinds())("the minutes of 2017-02-16 on %s", (kind) => {
  let db: Database;
  let h: Awaited<ReturnType<typeof commandHarness>>;
  const anna = "Anna Fogel";
  const ok = async (as: string, line: string) => {
    const r = await h.run(as, line);
    expect(r.tone, `${line}: ${r.text}`).not.toBe("error");
    return r;
  };

  beforeAll(async () => {
    db = await createTestDatabase(kind);
    h = await commandHarness(db, "2017-02-16T07:00:00Z");
    // The demo's coming meetings and points are its own, not the council's of 2017.
    await ok(anna, "möte ta bort 1");
    await ok(anna, "möte ta bort 1");
    await ok(anna, "agenda ta bort 1");
    await ok(anna, "agenda ta bort 1");
    await ok(anna, "möte 16 feb kl 18-20 på Föreningarnas hus");
    await ok(anna, "möte 2 maj kl. 18-20 på Föreningarnas hus");
    await ok(anna, "agenda lägg till Lokal överenskommelse och handlingsplan i Västerås");
    await ok(anna, "agenda lägg till Temakväll");
    await ok(anna, "agenda lägg till Studiebesök i Malmö");
    await ok(anna, "agenda lägg till Kartläggning av samverkan mellan civila samhället och kommunen");
  });
  afterAll(async () => {
    await db?.close();
  });

  it("lets the note taker named ahead write, and refuses a medlem who is not the note taker", async () => {
    const named = await ok(anna, "protokollförare Tina");
    expect(named.text).toContain("Tina Modin är protokollförare");
    expect(named.text).toContain("Gäller nästa möte: Samverkansrådet Örebro, torsdag 16 feb 2017");
    h.clock.set("2017-02-16T17:05:00Z");
    const member = await h.run("Peter Eriksson", "närvarande Peter Eriksson");
    expect(member.tone).toBe("error");
    expect(member.text).toContain("Bara samordnare och protokollföraren (Tina Modin)");
    expect(await db.prisma.meetingAttendee.count()).toBe(0);
    const noteTaker = await ok("Tina Modin", "närvarande Helena Astvald");
    expect(noteTaker.text).toContain("Närvarande: Helena Astvald.");
    expect(noteTaker.text).toContain("Gäller mötet som pågår");
  });

  it("re-creates the seed minutes through commands and compares them section by section", async () => {
    // The council's own note taker that evening.
    await ok(anna, "protokollförare Anna Fogel");
    const present = await ok(
      anna,
      "närvarande Helena Astvald, KG Granberg, Lennart Bondeson (KD), Niclas Persson (MP), Marie Brorson (S), Tina Modin, Anna Fogel, Peter Eriksson, Mats Einestam, Britten Uhlin, Elisabeth Rapp, Urban Svensson.",
    );
    expect(present.text).toContain("Gäller mötet som pågår: Samverkansrådet Örebro");
    await ok(anna, "inbjuden Per-Inge Hellman, Västerås kommun");
    await ok(anna, "inga invändningar");
    await ok(
      anna,
      "anteckning 1 Per-Inge Hellman är strateg på stadsledningskontoret i Västerås kommun och arbetar bland annat med att utveckla samarbetet mellan kommun och civilsamhälle.",
    );
    await ok(anna, "anteckning 1 Tips till Örebro är att ge handlingsplanen minst 2 år i reellt arbete.");
    await ok(
      anna,
      "anteckning 2 Den 12 april kommer Lars Bryntesson till Örebro för att prata om IOP – idéburet offentligt partnerskap.",
    );
    await ok(
      anna,
      "anteckning 3 Den 16-17 maj ges möjlighet att besöka Malmö för ett studiebesök. Välkommen att kontakta Helena eller Anna vid intresse.",
    );
    await ok(
      anna,
      "beslut 4 Samverkansrådet äger rapporten. Till nästa möte förväntas man ha läst rapporten.",
    );
    await ok(anna, "arbetsgrupp ny Handlingsplan");
    await ok(
      anna,
      "arbetsgrupp Handlingsplan medlemmar Tina Modin, Helena Astvald, Mats-Olof Liljegren, Urban Svensson, Elisabeth Rapp, Anna Fogel",
    );
    await ok(anna, "arbetsgrupp ny Riktlinjer för lokaler");
    await ok(
      anna,
      "arbetsgrupp Riktlinjer för lokaler medlemmar K-G Granberg, Peter Eriksson och Ann-Mari Wulfstrand",
    );
    await ok(anna, "möte 22 februari kl. 16:30 på Föreningarnas hus för Handlingsplan");
    const task = await ok(
      anna,
      "uppdrag Anna bjuda in Malin Sandell, lokalstrateg, till ett möte torsdag 2 mars alternativt 16 mars",
    );
    expect(task.text).toContain("Uppdrag 1: Anna Fogel – bjuda in Malin Sandell");

    // The next day the note taker finalises them.
    h.clock.set("2017-02-17T09:00:00Z");
    const final = await ok(anna, "protokoll klart");
    expect(final.visibility).toBe("channel");
    expect(final.announcement?.text).toContain(
      "Minnesanteckningarna från Samverkansrådet Örebro 2017-02-16 är klara",
    );
    const again = await h.run(anna, "protokoll klart");
    expect(again.effect).toBe("unchanged");
    expect(again.text).toContain("redan klara");

    const outcome = await h.door.handle(
      consoleIncoming(h.group as GroupRef, await h.actor(anna), "protokoll fil", "minutes-file"),
    );
    const files = [outcome.file, ...(outcome.moreFiles ?? [])];
    expect(files.map((f) => f?.fileName)).toEqual([
      "minnesanteckningar-samverkansradet-orebro-2017-02-16.docx",
      "minnesanteckningar-samverkansradet-orebro-2017-02-16.md",
    ]);
    const markdown = (await files[1]?.content())?.toString("utf8") ?? "";
    // Kept for reading, as the browser tests keep their screenshots.
    await mkdir("test-results/minutes", { recursive: true });
    await writeFile(`test-results/minutes/${kind}-2017-02-16.md`, markdown);
    const ours = sections(markdown);
    const seed = sections(await readFile(SEED, "utf8"));

    // The title with the group and the date.
    expect(markdown.startsWith("# Minnesanteckning\n\n## Samverkansrådet Örebro 2017-02-16\n")).toBe(true);
    expect([...seed.keys()]).toContain("Samverkansrådet 2017-02-16");
    // Närvarande and Inbjudna, name for name.
    const seedTop = seed.get("Samverkansrådet 2017-02-16") ?? "";
    const ourTop = ours.get("Samverkansrådet Örebro 2017-02-16") ?? "";
    expect(namesAfter(ourTop, "Närvarande")).toEqual(namesAfter(seedTop, "Närvarande"));
    expect(plain(namesAfter(ourTop, "Inbjudna").join(", "))).toBe(
      plain(namesAfter(seedTop, "Inbjudna").join(", ")),
    );
    // Föregående minnesanteckningar.
    expect(plain(ours.get("Föregående minnesanteckningar") ?? "")).toContain(
      plain(seed.get("Föregående minnesanteckningar") ?? ""),
    );
    // Each point, with what was noted under it as the seed has it.
    for (const point of [
      "Lokal överenskommelse och handlingsplan i Västerås",
      "Temakväll",
      "Studiebesök i Malmö",
      "Kartläggning av samverkan mellan civila samhället och kommunen",
    ]) {
      expect(seed.has(point), point).toBe(true);
      expect(ours.has(point), point).toBe(true);
    }
    expect(plain(seed.get("Temakväll") ?? "")).toContain(plain(ours.get("Temakväll") ?? "").slice(0, 60));
    expect(plain(ours.get("Kartläggning av samverkan mellan civila samhället och kommunen") ?? "")).toMatch(
      /^Beslut: Samverkansrådet äger rapporten\./,
    );
    // Arbetsgrupper with their members, and the first one's date.
    expect(ours.has("Arbetsgrupper")).toBe(true);
    for (const [heading, date] of [
      ["1. Handlingsplan.", "22 februari kl. 16:30 på Föreningarnas hus"],
      ["2. Riktlinjer för lokaler.", undefined],
    ] as const) {
      expect(namesAfter(ours.get(heading) ?? "", "Arbetsgrupp").slice(0, 3)).toEqual(
        namesAfter(seed.get(heading) ?? "", "Arbetsgrupp").slice(0, 3),
      );
      if (date) {
        expect(seed.get(heading)).toContain(date);
        expect(ours.get(heading)).toContain(date);
      }
    }
    expect(namesAfter(ours.get("1. Handlingsplan.") ?? "", "Arbetsgrupp")).toEqual([
      "Tina Modin",
      "Helena Astvald",
      "Mats-Olof Liljegren",
      "Urban Svensson",
      "Elisabeth Rapp",
      "Anna Fogel",
    ]);
    // Uppdrag, Nästa möte and Vid anteckningarna.
    expect(ours.get("Uppdrag")).toContain(
      "Anna Fogel: bjuda in Malin Sandell, lokalstrateg, till ett möte torsdag 2 mars",
    );
    expect(plain(ours.get("Nästa möte") ?? "")).toMatch(/^2 maj kl\. 18[-–]20 på Föreningarnas hus\./);
    expect(plain(seed.get("Nästa möte") ?? "")).toMatch(/^2 maj kl\. 18[-–]20 på Föreningarnas hus\./);
    const tail = (text: string) => plain(text.slice(text.indexOf("Vid anteckningarna")));
    expect(tail(markdown)).toBe(tail(await readFile(SEED, "utf8")));

    // The Word file: the same headings, in Word's heading styles.
    const xml = await unzipEntry((await files[0]?.content()) as Buffer, "word/document.xml");
    const headings = [
      ...xml.matchAll(/<w:p>(?:(?!<\/w:p>).)*?<w:pStyle w:val="(Title|Heading\d)"\/>(.*?)<\/w:p>/gs),
    ].map((m) => [
      m[1],
      [...(m[2] as string).matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(""),
    ]);
    expect(headings).toContainEqual(["Title", "Minnesanteckning"]);
    expect(headings).toContainEqual(["Heading1", "Samverkansrådet Örebro 2017-02-16"]);
    for (const section of [
      "Föregående minnesanteckningar",
      "Temakväll",
      "Arbetsgrupper",
      "Uppdrag",
      "Nästa möte",
    ])
      expect(headings).toContainEqual(["Heading2", section]);
    expect(headings).toContainEqual(["Heading3", "1. Handlingsplan."]);
    expect(xml).toContain("Per-Inge Hellman");
  });

  it("shows the final minutes on the published page, with organisations unless names are published", async () => {
    const app = createWebApp({ prisma: db.prisma, clock: h.clock, logger: pino({ level: "silent" }) });
    const get = async (path: string) => {
      const res = await app.request(path);
      return { status: res.status, body: await res.text() };
    };
    const base = "/g/samverkansradet-orebro";
    await ok(anna, "webb av");
    expect((await get(`${base}/protokoll`)).status).toBe(404);
    await ok(anna, "webb på");
    const list = await get(`${base}/protokoll`);
    expect(list.status).toBe(200);
    expect(list.body).toContain(`href="${base}/protokoll/2017-02-16"`);
    const page = await get(`${base}/protokoll/2017-02-16`);
    expect(page.status).toBe(200);
    expect(page.body).toContain("<h1>Samverkansrådet Örebro 2017-02-16</h1>");
    expect(page.body).toContain("<h2>Arbetsgrupper</h2>");
    const present = /<strong>Närvarande:<\/strong>([^<]*)/.exec(page.body)?.[1] ?? "";
    expect(present.trim()).toBe("KD, MP, S");
    for (const name of ["Tina Modin", "Mats-Olof Liljegren", "Anna Fogel"])
      expect(page.body).not.toContain(name);
    expect(page.body).toContain("Västerås kommun");
    await ok(anna, "webb namn på");
    const named = await get(`${base}/protokoll/2017-02-16`);
    expect(named.body).toContain("Tina Modin, Helena Astvald, Mats-Olof Liljegren");
    expect(named.body).toContain("Lennart Bondeson (KD)");
    expect((await get(`${base}/protokoll/2017-02-22`)).status).toBe(404);
  });

  it("keeps finalised minutes read-only and refuses a point that is not on the agenda", async () => {
    const before = await db.prisma.minutesEntry.count();
    const refused = await h.run(anna, "anteckning 2 Ett tillägg");
    expect(refused.tone).toBe("error");
    expect(refused.text).toContain("är klara och kan inte ändras");
    expect(await db.prisma.minutesEntry.count()).toBe(before);
    // The working group's meeting on 22 February has an agenda without points.
    h.clock.set("2017-02-22T15:45:00Z");
    const none = await h.run(anna, "anteckning 9 Något");
    expect(none.tone).toBe("error");
    expect(none.text).toContain("ingen punkt 9");
    expect(await db.prisma.minutesEntry.count()).toBe(before);
  });

  it("names the final minutes and their open tasks in the next agenda", async () => {
    const agenda = await ok("Tina Modin", "agenda");
    expect(agenda.text).toContain("1. Föregående minnesanteckningar");
    expect(agenda.text).toContain("Från Samverkansrådet Örebro 16 feb 2017: klara sedan 17 feb 2017");
    expect(agenda.text).toContain("2. Uppdrag från förra mötet");
    expect(agenda.text).toContain("1. Anna Fogel: bjuda in Malin Sandell");
  });

  it("refuses a date that does not exist after `till`, and closes a task by its number", async () => {
    const bad = await h.run(anna, "uppdrag Tina ringa Malin till 31 februari");
    expect(bad.tone).toBe("error");
    expect(await db.prisma.task.count()).toBe(1);
    const list = await ok("Tina Modin", "uppdrag");
    expect(list.text).toContain("1. Anna Fogel: bjuda in Malin Sandell");
    const member = await h.run("Tina Modin", "uppdrag klart 1");
    expect(member.tone).toBe("error");
    await ok(anna, "uppdrag klart 1");
    expect((await ok("Tina Modin", "uppdrag")).text).toContain("Inga uppdrag är öppna");
  });
});
