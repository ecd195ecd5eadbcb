// A published group's pages: the demo in Swedish and an English group in English; no member names by
// default (and names after `webb namn på`), never an e-mail or platform id, hostile text escaped,
// the table's filters and sort, hidden comments absent, 404 for anything unpublished or unknown.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../../src/db/open-database.ts";
import { commandHarness } from "../../support/command-harness.ts";
import { createTestDatabase } from "../../support/test-database.ts";
import {
  demoMemberNames,
  ENGLISH_MEMBERS,
  HIDDEN_COMMENT,
  HOSTILE_COMMENT,
  HOSTILE_TITLE,
  loadWebFixture,
} from "../../support/web-fixture.ts";

const DEMO = "/g/samverkansradet-orebro";
const EN = "/g/leeds-compact";

describe("a group's public pages", () => {
  let db: Database;
  let web: Awaited<ReturnType<typeof loadWebFixture>>;
  let names: string[];
  const get = async (path: string) => {
    const res = await web.app.request(path);
    return { status: res.status, headers: res.headers, body: await res.text() };
  };

  beforeAll(async () => {
    db = await createTestDatabase("pglite");
    web = await loadWebFixture(db);
    names = await demoMemberNames();
  });
  afterAll(async () => {
    await db?.close();
  });

  const demoPages = async () => {
    const paths = [DEMO, `${DEMO}/aktiviteter`, `${DEMO}/aktiviteter?sortera=deadline`];
    for (let n = 1; n <= 14; n++) paths.push(`${DEMO}/aktiviteter/${n}`);
    return Promise.all(paths.map(async (p) => ({ path: p, ...(await get(p)) })));
  };

  it("shows the demo's plan in Swedish: period, progress per principle and party, links, no cache", async () => {
    const { status, headers, body } = await get(DEMO);
    expect(status).toBe(200);
    expect(headers.get("cache-control")).toBe("no-cache");
    expect(headers.get("etag")).toBeTruthy();
    expect(body).toContain('<html lang="sv">');
    expect(body).toContain("<h1>Samverkansrådet Örebro</h1>");
    expect(body).toContain("Handlingsplan 2017–2018");
    expect(body).toContain("Period: 1 jan 2026–31 dec 2027");
    expect(body).toContain("Läget per princip");
    expect(body).toContain("Läget per part");
    expect(body).toContain("3 av 14 aktiviteter är klara (21 %), 3 är försenade.");
    expect(body).toContain(`href="${DEMO}/aktiviteter"`);
    expect(body).toContain(`href="${DEMO}/moten"`);
    expect(body).toContain(`href="${DEMO}/data"`);
    // The open data and the calendar are announced in <head> for tools and the dataportal.
    expect(body).toContain(`<link rel="alternate" type="application/rdf+xml" href="${DEMO}/data/dcat.rdf"`);
    expect(body).toContain(`<link rel="alternate" type="text/calendar" href="${DEMO}/kalender.ics"`);
    // Each bar is an image with a text equivalent, and the same numbers stand in a table.
    const bars = body.match(/<svg class="bar" role="img" aria-labelledby="([^"]+)"/g) ?? [];
    expect(bars.length).toBe(7);
    expect(body).toContain(
      '<desc id="by-principle-1-d">8 aktiviteter: 2 klara, 5 ej påbörjade och 1 pausad.</desc>',
    );
    expect(body).toContain(
      '<th scope="row">Öppenhet</th><td>5</td><td>0</td><td>2</td><td>0</td><td>1</td><td>0</td><td>8</td><td>25 %</td><td>1</td>',
    );
    expect(body).not.toMatch(/\sstyle=/);
    expect(body).not.toContain("<script");
  });

  it("shows no demo member's name on any page by default", async () => {
    for (const page of await demoPages()) {
      expect(page.status, page.path).toBe(200);
      for (const name of names) expect(page.body, `${page.path}: ${name}`).not.toContain(name);
      expect(page.body, page.path).not.toContain("@");
    }
  });

  it("shows names after `webb namn på`, and the contact after `webb kontakt`", async () => {
    const h = await commandHarness(db, "2026-11-23T09:00:00Z", { loaded: true });
    expect((await h.run("Anna Fogel", "webb namn på")).effect).toBe("changed");
    await h.run("Anna Fogel", "webb kontakt Samverkansrådet, info@example.org");
    try {
      const pages = await demoPages();
      const all = pages.map((p) => p.body).join("\n");
      expect(all).toContain("Helena Astvald");
      const one = await get(`${DEMO}/aktiviteter/1`);
      expect(one.body).toContain("av Helena Astvald");
      expect(one.body).toContain("<dt>Ansvarig person</dt>");
      expect((await get(DEMO)).body).toContain("Publiceras av Samverkansrådet, info@example.org");
    } finally {
      await h.run("Anna Fogel", "webb namn av");
      await h.run("Anna Fogel", "webb kontakt av");
    }
    const after = await get(`${DEMO}/aktiviteter/1`);
    expect(after.body).not.toContain("Helena Astvald");
    expect(after.body).not.toContain("Ansvarig person");
  });

  it("lists the activities in a real table, with filters and sort that work without JavaScript", async () => {
    const { body } = await get(`${DEMO}/aktiviteter`);
    expect(body).toContain(
      '<caption id="activities-caption">Alla 14 aktiviteter i Handlingsplan 2017–2018</caption>',
    );
    expect(body).toContain('<th scope="col">Nr</th>');
    expect(body).toContain('<th scope="row">13</th>');
    expect(body).toContain(
      '<form class="filters" method="get" action="/g/samverkansradet-orebro/aktiviteter">',
    );
    expect(body).toContain('<label for="f-princip">Princip</label>');
    const numbers = (b: string) => [...b.matchAll(/<th scope="row">(\d+)<\/th>/g)].map((m) => Number(m[1]));
    expect(numbers(body)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]);

    const ongoing = await get(`${DEMO}/aktiviteter?status=pagar&sortera=deadline`);
    expect(numbers(ongoing.body)).toEqual([4, 2, 3]);
    expect(ongoing.body).toContain('<option value="pagar" selected>pågår</option>');
    expect(ongoing.body).toContain("3 av 14 aktiviteter");

    const dialog = await get(`${DEMO}/aktiviteter?princip=dialog&part=stad`);
    expect(numbers(dialog.body).length).toBeGreaterThan(0);
    expect(dialog.body).not.toContain("<td>Öppenhet</td>");

    const byDeadline = numbers((await get(`${DEMO}/aktiviteter?sortera=deadline`)).body);
    expect(byDeadline).toHaveLength(14);
    expect(byDeadline).not.toEqual([...byDeadline].sort((a, b) => a - b));
  });

  it("ignores unknown filter values politely: shows all and says so", async () => {
    const { status, body } = await get(
      `${DEMO}/aktiviteter?princip=%3Cb%3Ex&part=kyrkan&status=kanske&sortera=storlek`,
    );
    expect(status).toBe(200);
    expect(body).toContain("Alla 14 aktiviteter");
    expect(body).toContain("Det finns ingen princip ”&lt;b&gt;x”, så jag visar alla principer.");
    expect(body).toContain("Det finns ingen part ”kyrkan”");
    expect(body).toContain("Det finns ingen status ”kanske”");
    expect(body).toContain("Det går inte att sortera efter ”storlek”");
  });

  it("shows everything the plan says about an activity, and its timeline in the group's time zone", async () => {
    const { body } = await get(`${DEMO}/aktiviteter/1`);
    expect(body).toContain("<h1>Aktivitet 1: Uppdatera uppgifter hos Servicecenter");
    expect(body).toContain("<dt>Princip</dt><dd>Öppenhet</dd>");
    expect(body).toContain("<dt>Part</dt><dd>Kommunen</dd>");
    expect(body).toContain("<dt>Åtagande</dt>");
    expect(body).toContain("<dt>Ansvarig förvaltning/förening</dt><dd>Alla förvaltningar</dd>");
    expect(body).toContain("<dt>Uppdragsbeställare</dt>");
    expect(body).toContain("<dt>Samarbetspartner</dt>");
    expect(body).toContain('<dt>Status</dt><dd><span class="status s-klar">klar</span></dd>');
    expect(body).toContain('<time datetime="2026-09-09T08:00:00.000Z">9 sep 2026 10:00</time>');
    expect(body).toContain("Förvaltningarnas ansvarsområden är skickade till Servicecenter.");
  });

  it("leaves a comment hidden with `dölj` out of the page", async () => {
    const h = await commandHarness(db, "2026-11-23T09:00:00Z", { loaded: true });
    expect((await h.run("Anna Fogel", "dölj 1 9 sep")).effect).toBe("changed");
    const { body } = await get(`${DEMO}/aktiviteter/1`);
    expect(body).not.toContain("Förvaltningarnas ansvarsområden är skickade till Servicecenter.");
    expect(body).toContain("9 sep 2026 10:00");
    expect(body).toContain("Servicecenter och C-nätet har de nya kontaktuppgifterna.");
  });

  it("shows an English group's pages in English, escaping hostile text, without e-mails or ids", async () => {
    const pages = [EN, `${EN}/aktiviteter`, `${EN}/aktiviteter/7`, `${EN}/aktiviteter/8`];
    for (const path of pages) {
      const { status, body } = await get(path);
      expect(status, path).toBe(200);
      expect(body, path).toContain('<html lang="en">');
      expect(body, path).toContain("Published by The Compact team");
      expect(body, path).not.toContain("<script>alert(1)</script>");
      expect(body, path).not.toContain("<img src=x");
      for (const m of ENGLISH_MEMBERS) {
        expect(body, path).not.toContain(m.name);
        expect(body, path).not.toContain(m.email);
        expect(body, path).not.toContain(m.externalId);
      }
    }
    const group = (await get(EN)).body;
    expect(group).toContain("Progress by principle");
    expect(group).toContain("Progress by party");
    expect(group).toContain("Period: 1 Jan 2026 – 31 Dec 2027");
    const table = (await get(`${EN}/aktiviteter`)).body;
    expect(table).toContain("All 40 activities in Compact Plan 2026");
    expect(table).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect((await get(`${EN}/aktiviteter?status=maybe`)).body).toContain(
      "There is no status “maybe”, so all statuses are shown.",
    );
    const seven = (await get(`${EN}/aktiviteter/7`)).body;
    expect(seven).toContain("<h1>Activity 7: &lt;script&gt;alert(1)&lt;/script&gt;</h1>");
    expect(seven).toContain("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;");
    expect(seven).toContain("<title>Activity 7: &lt;script&gt;alert(1)&lt;/script&gt;");
    expect(seven).not.toContain(HIDDEN_COMMENT);
    expect(seven).toContain("History");
    expect(HOSTILE_TITLE).toContain("<script>");
    expect(HOSTILE_COMMENT).toContain("<img");
  });

  it("renders a 40-activity plan with 2,000 status updates quickly, without a query per activity", async () => {
    for (const path of [EN, `${EN}/aktiviteter`, `${EN}/aktiviteter/7`]) {
      await get(path);
      const start = performance.now();
      for (let i = 0; i < 5; i++) await get(path);
      const each = (performance.now() - start) / 5;
      expect(each, path).toBeLessThan(100);
    }
  });

  it("answers unpublished and unknown groups, and numbers that do not exist, with the 404 page", async () => {
    for (const path of [
      "/g/hemliga-gruppen",
      "/g/hemliga-gruppen/aktiviteter",
      "/g/hemliga-gruppen/aktiviteter/1",
      "/g/finns-inte",
      "/g/FINNS",
      `${DEMO}/aktiviteter/99`,
      `${DEMO}/aktiviteter/0`,
      `${DEMO}/aktiviteter/1x`,
      `${DEMO}/aktiviteter/-1`,
    ]) {
      const { status, body } = await get(path);
      expect(status, path).toBe(404);
      expect(body, path).toContain("Sidan finns inte");
      expect(body, path).not.toContain("Hemliga");
      expect(body, path).not.toContain("Samverkansrådet");
    }
    const h = await commandHarness(db, "2026-11-23T09:00:00Z", { loaded: true });
    await h.run("Anna Fogel", "webb av");
    try {
      expect((await get(DEMO)).status).toBe(404);
      expect((await get(`${DEMO}/aktiviteter/1`)).status).toBe(404);
    } finally {
      await h.run("Anna Fogel", "webb på");
    }
    expect((await get(DEMO)).status).toBe(200);
  });
});
