// Writing the minutes on the web (`/protokoll`), through the real web app, door and database, during
// the demo's coming meeting: a samordnare records who was there, a guest, a note, a decision and a
// task and the draft shows them; the note taker may write too, another medlem gets a 403 naming the
// samordnare; a form without its CSRF token changes nothing; finalising (after its confirmation)
// makes the minutes final and announces them, a second time says they already are; the files
// download with their content types and the group's name.
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../../src/db/open-database.ts";
import { consoleIncoming } from "../../../src/platforms/console/console-chat.ts";
import { createTestDatabase, testDatabaseKinds } from "../../support/test-database.ts";
import { formField, sessionCookie, signInFixture } from "../../support/web-sign-in.ts";

const FORM = { "content-type": "application/x-www-form-urlencoded" };

describe.each(testDatabaseKinds())("the minutes on the web on %s", (kind) => {
  let db: Database;
  let f: Awaited<ReturnType<typeof signInFixture>>;
  let meetingId = 0;
  const cookies = new Map<string, string>();

  beforeAll(async () => {
    db = await createTestDatabase(kind);
    f = await signInFixture(db);
    // Half an hour into the coming meeting, which has the demo's two agenda points.
    const meeting = await db.prisma.meeting.findFirstOrThrow({
      where: { groupId: f.group.id, startsAt: { gt: f.clock.now() }, cancelledAt: null },
      orderBy: { startsAt: "asc" },
    });
    meetingId = meeting.id;
    f.clock.set(new Date(meeting.startsAt.getTime() + 30 * 60 * 1000));
    const tina = await f.actor("Tina Modin");
    await db.prisma.meetingAttendance.create({
      data: { meetingId, memberId: tina.memberId, answer: "yes", answeredAt: f.clock.now() },
    });
  });
  afterAll(async () => {
    await f?.announcer.flush();
    await db?.close();
  });

  const post = (path: string, fields: Record<string, string | string[]>, cookie?: string) => {
    const body = new URLSearchParams();
    for (const [k, v] of Object.entries(fields)) for (const x of [v].flat()) body.append(k, x);
    return f.app.request(path, {
      method: "POST",
      headers: { ...FORM, ...(cookie ? { cookie: `lok_session=${cookie}` } : {}) },
      body: body.toString(),
    });
  };
  const get = (path: string, cookie?: string) =>
    f.app.request(path, cookie ? { headers: { cookie: `lok_session=${cookie}` } } : {});

  async function signIn(name: string): Promise<string> {
    const known = cookies.get(name);
    if (known) return known;
    const { token } = await f.askForLink(name);
    const res = await post("/logga-in", { token });
    const cookie = sessionCookie(res);
    if (!cookie) throw new Error("no session cookie");
    cookies.set(name, cookie);
    return cookie;
  }

  /** The form's CSRF token and nonce, read from the page as a browser would send them. */
  async function secrets(cookie: string, action: string) {
    const html = await (await get("/protokoll", cookie)).text();
    return { csrf: formField(html, action, "csrf"), nonce: formField(html, action, "nonce") };
  }

  it("shows a samordnare the draft with the present pre-checked from Jag kommer, and records every form", async () => {
    const anna = await signIn("Anna Fogel");
    const page = await get("/protokoll", anna);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain("Minnesanteckning (utkast)");
    expect(html).toContain('<a href="/protokoll" aria-current="page">Minnesanteckningar</a>');
    expect(html).toMatch(/name="present" value="Tina Modin" checked>/);
    expect(html).toMatch(/name="present" value="KG Granberg">/);
    expect(html).toContain("Punkt 1: Kartläggning av samverkan");

    const present = await post(
      "/protokoll/narvarande",
      {
        ...(await secrets(anna, "/protokoll/narvarande")),
        present: ["Tina Modin", "KG Granberg"],
        others: "Lena Ek (Röda korset)",
      },
      anna,
    );
    expect(present.status).toBe(303);
    expect(present.headers.get("location")).toBe("/protokoll#present-form");
    const invited = await post(
      "/protokoll/inbjuden",
      {
        ...(await secrets(anna, "/protokoll/inbjuden")),
        name: "Malin Sandell",
        organisation: "Lokalstrategerna",
      },
      anna,
    );
    expect(invited.status).toBe(303);
    const point = await post(
      "/protokoll/punkt/1",
      {
        ...(await secrets(anna, "/protokoll/punkt/1")),
        note: "Resultatet presenterades av Anna.",
        decision: "Resultatet tas upp i nästa plan.",
      },
      anna,
    );
    expect(point.status).toBe(303);
    const task = await post(
      "/protokoll/uppdrag",
      {
        ...(await secrets(anna, "/protokoll/uppdrag")),
        person: "KG Granberg",
        text: "bjuder in Malin Sandell till arbetsgruppen",
        due: "2027-01-15",
      },
      anna,
    );
    expect(task.status).toBe(303);

    const draft = await (await get("/protokoll", anna)).text();
    expect(draft).toContain('class="notice"');
    expect(draft).toContain("Uppdrag 1: KG Granberg – bjuder in Malin Sandell till arbetsgruppen");
    expect(draft).toContain("<strong>Närvarande:</strong> Tina Modin");
    expect(draft).toContain("KG Granberg");
    expect(draft).toContain("Lena Ek (Röda korset)");
    expect(draft).toContain("<strong>Inbjudna:</strong> Malin Sandell, Lokalstrategerna");
    expect(draft).toContain("<p>Resultatet presenterades av Anna.</p>");
    expect(draft).toContain("<strong>Beslut:</strong> Resultatet tas upp i nästa plan.");
    expect(draft).toContain(
      "<li>KG Granberg: bjuder in Malin Sandell till arbetsgruppen (till 15 januari 2027)</li>",
    );
    // Recorded ones are checked and cannot be unchecked here.
    expect(draft).toMatch(/name="present" value="Tina Modin" checked disabled>/);

    // The same history as chat: who wrote each entry, the point marked handled, the task numbered.
    const entries = await db.prisma.minutesEntry.findMany({ where: { meetingId }, orderBy: { id: "asc" } });
    const annaId = (await f.actor("Anna Fogel")).memberId;
    expect(entries.map((e) => [e.kind, e.memberId])).toEqual([
      ["note", annaId],
      ["decision", annaId],
    ]);
    const attendees = await db.prisma.meetingAttendee.findMany({
      where: { meetingId },
      orderBy: { id: "asc" },
    });
    expect(attendees.map((a) => [a.kind, a.name])).toEqual([
      ["present", "Tina Modin"],
      ["present", "KG Granberg"],
      ["present", "Lena Ek"],
      ["invited", "Malin Sandell"],
    ]);
  });

  it("handles the same form sent twice once, and refuses a bad point politely without changing anything", async () => {
    const anna = await signIn("Anna Fogel");
    const fields = { ...(await secrets(anna, "/protokoll/punkt/2")), note: "Malin Sandell kommer i mars." };
    expect((await post("/protokoll/punkt/2", fields, anna)).status).toBe(303);
    expect((await post("/protokoll/punkt/2", fields, anna)).status).toBe(303);
    expect(await db.prisma.minutesEntry.count({ where: { text: "Malin Sandell kommer i mars." } })).toBe(1);

    const before = await db.prisma.minutesEntry.count();
    const bad = await post(
      "/protokoll/punkt/9",
      { ...(await secrets(anna, "/protokoll/punkt/1")), note: "Fel punkt" },
      anna,
    );
    expect(bad.status).toBe(422);
    const text = await bad.text();
    expect(text).toContain('class="error-summary"');
    expect(text).toContain("har 2 punkter, ingen med nummer 9");
    expect(text).toContain("<code>protokoll</code>");
    expect(text).toContain('href="#points-h"');
    expect(await db.prisma.minutesEntry.count()).toBe(before);
    const badDate = await post(
      "/protokoll/uppdrag",
      { ...(await secrets(anna, "/protokoll/uppdrag")), person: "Tina Modin", text: "x", due: "imorgon" },
      anna,
    );
    expect(badDate.status).toBe(422);
    expect(await badDate.text()).toContain("ingenting ändrades");
    expect(await db.prisma.task.count()).toBe(1);
  });

  it("lets the note taker write, and gives another medlem a 403 naming the samordnare", async () => {
    const annaActor = await f.actor("Anna Fogel");
    const named = await f.door.handle(
      consoleIncoming(f.group, annaActor, "protokollförare Tina Modin", "minutes-web:note-taker"),
    );
    expect(named.reply.tone).toBe("success");

    const tina = await signIn("Tina Modin");
    const mine = await (await get("/mina", tina)).text();
    expect(mine).toContain('href="/protokoll"');
    expect((await get("/protokoll", tina)).status).toBe(200);
    const note = await post(
      "/protokoll/punkt/2",
      { ...(await secrets(tina, "/protokoll/punkt/2")), note: "Tina antecknar." },
      tina,
    );
    expect(note.status).toBe(303);
    const entry = await db.prisma.minutesEntry.findFirstOrThrow({ where: { text: "Tina antecknar." } });
    expect(entry.memberId).toBe((await f.actor("Tina Modin")).memberId);

    const elisabeth = await signIn("Elisabeth Rapp");
    expect(await (await get("/mina", elisabeth)).text()).not.toContain('href="/protokoll"');
    for (const path of ["/protokoll", "/protokoll/klart", "/protokoll/minnesanteckningar.md"]) {
      const refused = await get(path, elisabeth);
      expect(refused.status).toBe(403);
      const text = await refused.text();
      expect(text).toContain("Fråga Anna Fogel och Helena Astvald");
      expect(text).toContain("protokollföraren Tina Modin");
    }
    const mineHtml = await (await get("/mina", elisabeth)).text();
    const before = await db.prisma.minutesEntry.count();
    const posted = await post(
      "/protokoll/punkt/1",
      { csrf: formField(mineHtml, "/logga-ut", "csrf"), nonce: "x".repeat(22), note: "Elisabeth skriver" },
      elisabeth,
    );
    expect(posted.status).toBe(403);
    expect(await db.prisma.minutesEntry.count()).toBe(before);
  });

  it("refuses a form without its CSRF token and changes nothing; without a session it asks to sign in", async () => {
    const anna = await signIn("Anna Fogel");
    const { nonce } = await secrets(anna, "/protokoll/punkt/1");
    const before = await db.prisma.minutesEntry.count();
    const refused = await post("/protokoll/punkt/1", { nonce, note: "Utan token" }, anna);
    expect(refused.status).toBe(403);
    expect(await refused.text()).toContain("ingenting ändrades");
    expect(await db.prisma.minutesEntry.count()).toBe(before);
    expect((await get("/protokoll")).status).toBe(401);
    expect((await get("/protokoll/minnesanteckningar.docx")).status).toBe(401);
  });

  it("downloads the draft as Markdown and Word, with the group's name", async () => {
    const anna = await signIn("Anna Fogel");
    const md = await get("/protokoll/minnesanteckningar.md", anna);
    expect(md.status).toBe(200);
    expect(md.headers.get("content-type")).toBe("text/markdown; charset=utf-8");
    expect(md.headers.get("content-disposition")).toMatch(
      /^attachment; filename="minnesanteckningar-samverkansradet-\d{4}-\d{2}-\d{2}\.md"$/,
    );
    const text = await md.text();
    expect(text).toContain("Samverkansrådet Örebro");
    expect(text).toMatch(
      /^# Minnesanteckning \\\(utkast\\\)\n\n## Samverkansrådet \d{4}-\d{2}-\d{2}\n\nSamverkansrådet Örebro\n/,
    );
    expect(text).toContain("**Beslut:** Resultatet tas upp i nästa plan.");

    const docx = await get("/protokoll/minnesanteckningar.docx", anna);
    expect(docx.status).toBe(200);
    expect(docx.headers.get("content-type")).toBe(
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    );
    const zip = await JSZip.loadAsync(await docx.arrayBuffer());
    const xml = (await zip.file("word/document.xml")?.async("string")) ?? "";
    expect(xml).toContain("Samverkansrådet Örebro");
    expect(xml).toContain("Resultatet tas upp i nästa plan.");
  });

  it("finalises after the confirmation, announces the minutes, then shows them read-only; a second time says already final", async () => {
    const anna = await signIn("Anna Fogel");
    const confirm = await get("/protokoll/klart", anna);
    expect(confirm.status).toBe(200);
    const confirmHtml = await confirm.text();
    expect(confirmHtml).toContain("kan inte ändras efter det");
    const fields = {
      csrf: formField(confirmHtml, "/protokoll/klart", "csrf"),
      nonce: formField(confirmHtml, "/protokoll/klart", "nonce"),
    };
    await f.announcer.flush();
    const announcedBefore = f.announced.length;
    const done = await post("/protokoll/klart", fields, anna);
    expect(done.status).toBe(303);
    expect(done.headers.get("location")).toBe("/protokoll");
    await f.announcer.flush();
    const minutes = await db.prisma.meetingMinutes.findUniqueOrThrow({ where: { meetingId } });
    expect(minutes.state).toBe("final");
    const announcement = f.announced.slice(announcedBefore);
    expect(announcement).toHaveLength(1);
    expect(announcement[0]?.channel).toBe("C-LOK");
    expect(announcement[0]?.text).toContain("Minnesanteckningarna från Samverkansrådet");
    expect(announcement[0]?.text).toContain("Resultatet tas upp i nästa plan.");

    const final = await (await get("/protokoll", anna)).text();
    expect(final).toContain("Minnesanteckningarna är klara och skickade till kanalen");
    expect(final).not.toContain('action="/protokoll/punkt/1"');
    expect(final).not.toContain('action="/protokoll/klart"');
    expect(final).toContain('href="/protokoll/minnesanteckningar.docx"');
    expect((await get("/protokoll/klart", anna)).status).toBe(303);

    // A second finalise (a tab left open): already final, nothing announced again.
    const again = await post("/protokoll/klart", { csrf: fields.csrf, nonce: "another-nonce-1234" }, anna);
    expect(again.status).toBe(303);
    await f.announcer.flush();
    expect(f.announced.length).toBe(announcedBefore + 1);
    expect(await (await get("/protokoll", anna)).text()).toContain("Minnesanteckningarna är redan klara");
    const md = await (await get("/protokoll/minnesanteckningar.md", anna)).text();
    expect(md).toContain("# Minnesanteckning\n");
  });
});
