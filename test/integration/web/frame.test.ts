// The web app's frame: the start page lists the published groups, unknown addresses get a 404 page
// that says nothing about any group, and every response carries the security headers.
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "../../../src/core/clock.ts";
import type { Database } from "../../../src/db/open-database.ts";
import { createWebApp, STYLESHEET } from "../../../src/platforms/web/app.ts";
import { loadDemo, readDemo } from "../../../src/services/demo.ts";
import { createTestDatabase } from "../../support/test-database.ts";

describe("the web frame", () => {
  let db: Database;
  let app: ReturnType<typeof createWebApp>;
  beforeAll(async () => {
    db = await createTestDatabase("pglite");
    const clock = fixedClock("2026-11-23T09:00:00Z");
    await loadDemo(db.prisma, await readDemo(), clock.now());
    await db.prisma.group.create({ data: { name: "Hemliga gruppen" } });
    app = createWebApp({ prisma: db.prisma, clock, logger: pino({ level: "silent" }) }, { env: {} });
  });
  afterAll(async () => {
    await db?.close();
  });

  it("lists the published groups on the start page, in Swedish, with a skip link and the statement", async () => {
    const res = await app.request("/");
    expect(res.status).toBe(200);
    const body = await res.text();
    expect(body).toContain('<html lang="sv">');
    expect(body).toContain('<a href="/g/samverkansradet-orebro">Samverkansrådet Örebro</a>');
    expect(body).not.toContain("Hemliga gruppen");
    expect(body).toContain('<a class="skip" href="#main">Hoppa till innehållet</a>');
    expect(body).toContain('href="/tillganglighet"');
    expect(body).toContain(`href="${STYLESHEET}"`);
  });

  it("sends the security headers and no cookie, and a 304 for a reload that changed nothing", async () => {
    const res = await app.request("/");
    expect(res.headers.get("content-security-policy")).toContain("default-src 'none'");
    expect(res.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
    expect(res.headers.get("set-cookie")).toBeNull();
    const tag = res.headers.get("etag");
    expect(tag).toBeTruthy();
    const again = await app.request("/", { headers: { "if-none-match": tag ?? "" } });
    expect(again.status).toBe(304);
  });

  it("serves the stylesheet under its hashed name, and a 404 page for anything unknown", async () => {
    const css = await app.request(STYLESHEET);
    expect(css.status).toBe(200);
    expect(css.headers.get("content-type")).toBe("text/css; charset=utf-8");
    const missing = await app.request("/g/hemliga-gruppen");
    expect(missing.status).toBe(404);
    const text = await missing.text();
    expect(text).toContain("Sidan finns inte");
    expect(text).not.toContain("Hemliga");
  });
});
