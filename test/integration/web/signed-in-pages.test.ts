// Signing in on the web and changing things there, through the real web app, door and database: the
// link works once and for ten minutes, the session for eight hours, every form needs its CSRF token,
// a medlem is kept off the samordnare's pages, and a change made on the web lands in the activity's
// history with who made it and is announced in the group's channel as a chat change is.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Database } from "../../../src/db/open-database.ts";
import { createTestDatabase, testDatabaseKinds } from "../../support/test-database.ts";
import { formField, SIGN_IN_NOW, sessionCookie, signInFixture } from "../../support/web-sign-in.ts";

const FORM = { "content-type": "application/x-www-form-urlencoded" };

describe.each(testDatabaseKinds())("signed-in web pages on %s", (kind) => {
  let db: Database;
  let f: Awaited<ReturnType<typeof signInFixture>>;

  beforeAll(async () => {
    db = await createTestDatabase(kind);
    f = await signInFixture(db);
  });
  beforeEach(() => f.clock.set(SIGN_IN_NOW));
  afterAll(async () => {
    await f?.announcer.flush();
    await db?.close();
  });

  const post = (path: string, fields: Record<string, string>, cookie?: string) =>
    f.app.request(path, {
      method: "POST",
      headers: { ...FORM, ...(cookie ? { cookie: `lok_session=${cookie}` } : {}) },
      body: new URLSearchParams(fields).toString(),
    });
  const get = (path: string, cookie?: string) =>
    f.app.request(path, cookie ? { headers: { cookie: `lok_session=${cookie}` } } : {});

  async function signIn(name: string): Promise<string> {
    const { token } = await f.askForLink(name);
    const res = await post("/logga-in", { token });
    expect(res.status).toBe(303);
    const cookie = sessionCookie(res);
    if (!cookie) throw new Error("no session cookie");
    return cookie;
  }

  it("answers `webb logga in` in the console with a link; showing it does not use it, signing in does, once", async () => {
    const { text, token, outcome } = await f.askForLink("Anna Fogel");
    expect(text).toContain("http://lok.test/logga-in/");
    expect(outcome.reply.visibility).toBe("ephemeral");
    expect(token).toHaveLength(43);
    const row = await db.prisma.webLoginLink.findFirstOrThrow({ orderBy: { id: "desc" } });
    expect(row.tokenHash).not.toContain(token);
    expect(row.expiresAt.getTime() - row.createdAt.getTime()).toBe(10 * 60 * 1000);

    for (let i = 0; i < 2; i++) {
      const shown = await get(`/logga-in/${token}`);
      expect(shown.status).toBe(200);
      expect(shown.headers.get("set-cookie")).toBeNull();
      expect(await shown.text()).toContain("Logga in som Anna Fogel i Samverkansrådet Örebro");
    }
    const first = await post("/logga-in", { token });
    expect(first.status).toBe(303);
    expect(first.headers.get("location")).toBe("/samordna");
    const setCookie = first.headers.get("set-cookie") ?? "";
    expect(setCookie).toMatch(/^lok_session=[A-Za-z0-9_-]{43};/);
    expect(setCookie).toContain("HttpOnly");
    expect(setCookie).toContain("SameSite=Lax");
    expect(setCookie).toContain("Path=/");
    expect(setCookie).toContain("Max-Age=28800");
    expect(setCookie).not.toContain("Secure");
    const session = await db.prisma.webSession.findFirstOrThrow({ orderBy: { id: "desc" } });
    expect(session.expiresAt.getTime() - session.createdAt.getTime()).toBe(8 * 3600 * 1000);
    expect(session.idHash).not.toBe(sessionCookie(first));

    const again = await post("/logga-in", { token });
    expect(again.status).toBe(410);
    expect(again.headers.get("set-cookie")).toBeNull();
    expect(await again.text()).toContain("Länken är redan använd");
    expect((await get(`/logga-in/${token}`)).status).toBe(410);
  });

  it("gives one session for two clicks on the same link at once", async () => {
    const { token } = await f.askForLink("Helena Astvald");
    const results = await Promise.all([post("/logga-in", { token }), post("/logga-in", { token })]);
    expect(results.map((r) => r.status).sort()).toEqual([303, 410]);
  });

  it("refuses a link after ten minutes, and a forged one", async () => {
    const { token } = await f.askForLink("Anna Fogel");
    f.clock.set(new Date(new Date(SIGN_IN_NOW).getTime() + 10 * 60 * 1000 + 1000));
    const late = await post("/logga-in", { token });
    expect(late.status).toBe(401);
    expect(await late.text()).toContain("gäller i 10 minuter");
    const forged = "A".repeat(43);
    for (const res of [await get(`/logga-in/${forged}`), await post("/logga-in", { token: forged })]) {
      expect(res.status).toBe(401);
      expect(await res.text()).toContain("Jag känner inte igen den här inloggningslänken");
    }
    expect((await post("/logga-in", {})).status).toBe(401);
  });

  it("ends the session after eight hours, and at logout (which needs the CSRF token too)", async () => {
    const cookie = await signIn("Anna Fogel");
    const page = await get("/samordna", cookie);
    expect(page.status).toBe(200);
    expect(page.headers.get("cache-control")).toBe("no-store");
    f.clock.set(new Date(new Date(SIGN_IN_NOW).getTime() + 8 * 3600 * 1000));
    const expired = await get("/samordna", cookie);
    expect(expired.status).toBe(401);
    expect(await expired.text()).toContain("webb logga in");

    f.clock.set(SIGN_IN_NOW);
    const other = await signIn("Anna Fogel");
    const html = await (await get("/mina", other)).text();
    expect((await post("/logga-ut", {}, other)).status).toBe(403);
    expect((await get("/mina", other)).status).toBe(200);
    const out = await post("/logga-ut", { csrf: formField(html, "/logga-ut", "csrf") }, other);
    expect(out.status).toBe(200);
    expect(out.headers.get("set-cookie")).toMatch(/lok_session=;.*Max-Age=0/);
    expect((await get("/mina", other)).status).toBe(401);
    expect((await get("/mina")).status).toBe(401);
  });

  it("refuses a form without its CSRF token, or with a wrong one, or from another site, and changes nothing", async () => {
    const cookie = await signIn("Anna Fogel");
    const html = await (await get("/samordna", cookie)).text();
    const csrf = formField(html, "/samordna/aktivitet/1", "csrf");
    const nonce = formField(html, "/samordna/aktivitet/1", "nonce");
    const before = await db.prisma.activity.findFirstOrThrow({ where: { number: 1 } });
    const change = { title: "Ny titel; med semikolon", party: before.party, status: before.status, nonce };
    expect((await post("/samordna/aktivitet/1", change, cookie)).status).toBe(403);
    expect(
      (await post("/samordna/aktivitet/1", { ...change, csrf: `${csrf.slice(1)}x` }, cookie)).status,
    ).toBe(403);
    const foreign = await f.app.request("/samordna/aktivitet/1", {
      method: "POST",
      headers: { ...FORM, cookie: `lok_session=${cookie}`, origin: "https://evil.example" },
      body: new URLSearchParams({ ...change, csrf }).toString(),
    });
    expect(foreign.status).toBe(403);
    expect(await foreign.text()).toContain("ingenting ändrades");
    const after = await db.prisma.activity.findFirstOrThrow({ where: { number: 1 } });
    expect(after.title).toBe(before.title);
    expect(await db.prisma.activityChange.count()).toBe(0);
  });

  it("keeps a medlem off the samordnare's pages, naming the samordnare, and shows them their own activities", async () => {
    const cookie = await signIn("Tina Modin");
    for (const path of ["/samordna", "/samordna/medlemmar", "/samordna/planer", "/samordna/webb"]) {
      const res = await get(path, cookie);
      expect(res.status).toBe(403);
      expect(await res.text()).toContain("Fråga Anna Fogel och Helena Astvald");
    }
    const mine = await get("/mina", cookie);
    expect(mine.status).toBe(200);
    expect(await mine.text()).toContain("Mina aktiviteter");
  });

  it("stores a change made on the web in the history with who made it, announces it, and handles a double submit once", async () => {
    const cookie = await signIn("Anna Fogel");
    const html = await (await get("/samordna", cookie)).text();
    const before = await db.prisma.activity.findFirstOrThrow({ where: { number: 2 } });
    const fields = {
      csrf: formField(html, "/samordna/aktivitet/2", "csrf"),
      nonce: formField(html, "/samordna/aktivitet/2", "nonce"),
      title: "Dialogforum; två gånger om året",
      party: before.party,
      status: before.status,
      // As the browser sends the form: the deadline it showed (an empty one would remove it).
      deadline: before.dueDate?.toISOString().slice(0, 10) ?? "",
      comment: "Första forumet är bokat",
    };
    const res = await post("/samordna/aktivitet/2", fields, cookie);
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe("/samordna#a2");
    const twice = await post("/samordna/aktivitet/2", fields, cookie);
    expect(twice.status).toBe(303);
    await f.announcer.flush();

    const after = await db.prisma.activity.findFirstOrThrow({ where: { number: 2 } });
    expect(after.title).toBe("Dialogforum; två gånger om året");
    const anna = await f.actor("Anna Fogel");
    const changes = await db.prisma.activityChange.findMany({ where: { activityId: after.id } });
    expect(changes.map((c) => c.field)).toEqual(["title"]);
    expect(changes[0]).toMatchObject({ field: "title", newValue: "Dialogforum; två gånger om året" });
    expect(changes[0]?.memberId).toBe(anna.memberId);
    expect(f.announced.map((a) => a.text)).toEqual([
      expect.stringContaining("titel: Dialogforum; två gånger om året (Anna Fogel)"),
      expect.stringContaining("(Anna Fogel): Första forumet är bokat"),
    ]);
    expect(f.announced[0]?.channel).toBe("C-LOK");
    // The same form sent twice: its comment is stored once.
    expect(await db.prisma.statusUpdate.count({ where: { comment: "Första forumet är bokat" } })).toBe(1);

    // An emptied box empties an optional field, recorded as a change to nothing.
    const withPartner = await db.prisma.activity.update({
      where: { id: after.id },
      data: { partners: "Föreningsrådet" },
    });
    const page = await (await get("/samordna", cookie)).text();
    const emptied = await post(
      "/samordna/aktivitet/2",
      {
        ...fields,
        csrf: formField(page, "/samordna/aktivitet/2", "csrf"),
        nonce: formField(page, "/samordna/aktivitet/2", "nonce"),
        partners: "",
        comment: "",
      },
      cookie,
    );
    expect(emptied.status).toBe(303);
    expect(
      (await db.prisma.activity.findFirstOrThrow({ where: { id: withPartner.id } })).partners,
    ).toBeNull();
    const cleared = await db.prisma.activityChange.findFirst({
      where: { activityId: after.id, field: "partners" },
    });
    expect(cleared).toMatchObject({ oldValue: "Föreningsrådet", newValue: null });
    await f.announcer.flush();

    const back = await (await get("/samordna", cookie)).text();
    expect(back).toContain('class="notice"');
    expect(back).toContain("Dialogforum; två gånger om året");
    // Shown once.
    expect(await (await get("/samordna", cookie)).text()).not.toContain('class="notice"');
  });

  it("gives a medlem's status report the same history, and a refusal re-renders the form with the reason", async () => {
    const tina = await f.actor("Tina Modin");
    const owned = await db.prisma.activity.findFirstOrThrow({
      where: { owners: { some: { memberId: tina.memberId } } },
    });
    const cookie = await signIn("Tina Modin");
    const html = await (await get("/mina", cookie)).text();
    const action = `/mina/status/${owned.number}`;
    const fields = {
      csrf: formField(html, action, "csrf"),
      nonce: formField(html, action, "nonce"),
      status: "pagar",
      comment: "Vi har bokat lokal",
    };
    expect((await post(action, fields, cookie)).status).toBe(303);
    const update = await db.prisma.statusUpdate.findFirstOrThrow({
      where: { activityId: owned.id, comment: "Vi har bokat lokal" },
    });
    expect(update).toMatchObject({ authorId: tina.memberId, source: "web" });

    const bad = await post(action, { ...fields, nonce: "other-nonce", status: "hittepå" }, cookie);
    expect(bad.status).toBe(422);
    expect(await bad.text()).toContain("ingenting ändrades");
  });

  it("sends no link where everyone sees the answer (a Teams channel)", async () => {
    const links = await db.prisma.webLoginLink.count();
    const outcome = await f.door.handle({
      platform: "teams",
      workspaceId: "tenant",
      channelId: "19:channel",
      conversationType: "channel",
      privateReplies: false,
      identity: { platform: "teams", userId: "29:anna", name: "Anna Fogel", ids: [] },
      input: { type: "text", text: "webb logga in" },
      idempotencyKey: "teams:1",
      as: { group: f.group, actor: await f.actor("Anna Fogel") },
    });
    const text = outcome.reply.blocks.map((b) => ("text" in b ? b.text : "")).join(" ");
    expect(text).toContain("personlig chatt");
    expect(text).not.toMatch(/logga-in/);
    expect(await db.prisma.webLoginLink.count()).toBe(links);
  });

  it("logs each refusal with its reason and route, never a token or a cookie", async () => {
    const { token } = await f.askForLink("Anna Fogel");
    await post("/logga-in", { token });
    await post("/logga-in", { token });
    await get(`/logga-in/${token}`);
    await get("/samordna", "B".repeat(43));
    const refusals = f.log.find(40, "web request refused");
    expect(refusals.map((l) => l.reason)).toEqual(expect.arrayContaining(["link_used", "no_session"]));
    expect(refusals.find((l) => l.reason === "link_used")?.path).toMatch(/^\/logga-in/);
    const text = f.log.text();
    expect(text).not.toContain(token);
    expect(text).not.toContain("B".repeat(43));
    for (const s of await db.prisma.webSession.findMany()) expect(text).not.toContain(s.csrfToken);
  });

  it("keeps the public pages without a cookie", async () => {
    const res = await get("/");
    expect(res.status).toBe(200);
    expect(res.headers.get("set-cookie")).toBeNull();
  });
});
