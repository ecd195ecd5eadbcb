/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// The public pages in a real Chromium: no WCAG 2.1 A/AA violations found by axe, every link and
// control reachable with the keyboard and visibly focused, nothing wider than a 320 px screen. One
// screenshot of each page type goes to test-results/web/ for a person to look at.
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import { type ServerType, serve } from "@hono/node-server";
import { pino } from "pino";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../../src/db/open-database.ts";
import { createWebApp } from "../../../src/platforms/web/app.ts";
import { createTestDatabase } from "../../support/test-database.ts";
import { loadWebFixture } from "../../support/web-fixture.ts";

const CHROMIUM = "/usr/bin/chromium";
const SHOTS = new URL("../../../test-results/web/", import.meta.url);
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

const PAGES = [
  { type: "start", sv: "/", en: "/" },
  { type: "group", sv: "/g/samverkansradet-orebro", en: "/g/leeds-compact" },
  { type: "table", sv: "/g/samverkansradet-orebro/aktiviteter", en: "/g/leeds-compact/aktiviteter?status=x" },
  { type: "activity", sv: "/g/samverkansradet-orebro/aktiviteter/1", en: "/g/leeds-compact/aktiviteter/7" },
  { type: "meetings", sv: "/g/samverkansradet-orebro/moten", en: "/g/leeds-compact/moten" },
  { type: "data", sv: "/g/samverkansradet-orebro/data", en: "/g/leeds-compact/data" },
  { type: "accessibility", sv: "/tillganglighet", en: "/tillganglighet" },
  { type: "404", sv: "/g/finns-inte", en: "/g/does-not-exist" },
] as const;

function listen(
  fetch: (request: Request) => Response | Promise<Response>,
): Promise<{ server: ServerType; base: string }> {
  return new Promise((resolve) => {
    const server = serve({ fetch, port: 0, hostname: "127.0.0.1" }, (info: AddressInfo) =>
      resolve({ server, base: `http://127.0.0.1:${info.port}` }),
    );
  });
}

/** Tabs through the page: every focusable element (by its place in the document) and those that got focus. */
async function tabThrough(page: Page) {
  const focusable = await page.evaluate(() => {
    const all = [...document.querySelectorAll("*")];
    return [
      ...document.querySelectorAll<HTMLElement>('a[href], button, select, input, textarea, [tabindex="0"]'),
    ]
      .filter((el) => el.getClientRects().length > 0 || el.classList.contains("skip"))
      .map((el) => all.indexOf(el));
  });
  const focused = new Map<number, { tag: string; text: string; outline: boolean }>();
  for (let i = 0; i < focusable.length + 1; i++) {
    await page.keyboard.press("Tab");
    const info = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const style = getComputedStyle(el);
      return {
        index: [...document.querySelectorAll("*")].indexOf(el),
        tag: el.tagName.toLowerCase(),
        text: (el.textContent ?? "").trim().slice(0, 40),
        outline: style.outlineStyle !== "none" && Number.parseFloat(style.outlineWidth) >= 2,
      };
    });
    if (info) focused.set(info.index, { tag: info.tag, text: info.text, outline: info.outline });
  }
  return { focusable, focused };
}

const haveChromium = existsSync(CHROMIUM);
if (!haveChromium) console.warn(`Skipping the browser tests of the public pages: ${CHROMIUM} is missing.`);

describe.skipIf(!haveChromium)("the public pages in Chromium", () => {
  let db: Database;
  let browser: Browser;
  const servers: ServerType[] = [];
  const bases: Record<"sv" | "en", string> = { sv: "", en: "" };

  beforeAll(async () => {
    db = await createTestDatabase("pglite");
    const { clock } = await loadWebFixture(db);
    const deps = { prisma: db.prisma, clock, logger: pino({ level: "silent" }) };
    for (const lang of ["sv", "en"] as const) {
      const app = createWebApp(deps, { env: { LOK_LOCALE: lang } });
      const { server, base } = await listen(app.fetch);
      servers.push(server);
      bases[lang] = base;
    }
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ["--no-sandbox"] });
    mkdirSync(SHOTS, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    for (const s of servers) await new Promise((r) => s.close(r));
    await db?.close();
  });

  describe.each(["sv", "en"] as const)("in %s", (lang) => {
    it.each(PAGES.map((p) => [p.type, p[lang]] as const))("%s page (%s)", async (type, path) => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      try {
        const res = await page.goto(`${bases[lang]}${path}`);
        expect(res?.status()).toBe(type === "404" ? 404 : 200);
        expect(await page.getAttribute("html", "lang")).toBe(lang);

        // axe, evaluated through the DevTools protocol: the page's CSP allows no script of its own.
        await page.evaluate(AXE_SOURCE);
        const violations = await page.evaluate(async (tags) => {
          const axe = (
            globalThis as unknown as {
              axe: {
                run: (
                  ctx: unknown,
                  o: unknown,
                ) => Promise<{
                  passes: unknown[];
                  violations: { id: string; help: string; nodes: { target: unknown }[] }[];
                }>;
              };
            }
          ).axe;
          const result = await axe.run(document, { runOnly: { type: "tag", values: tags } });
          return {
            passed: result.passes.length,
            violations: result.violations.map((v) => ({
              id: v.id,
              help: v.help,
              nodes: v.nodes.map((n) => n.target),
            })),
          };
        }, WCAG);
        expect(violations.passed).toBeGreaterThan(5);
        expect(violations.violations).toEqual([]);

        const { focusable, focused } = await tabThrough(page);
        expect(focusable.length).toBeGreaterThan(2);
        expect([...focused.keys()].sort((a, b) => a - b)).toEqual([...focusable].sort((a, b) => a - b));
        expect([...focused.values()].filter((f) => !f.outline)).toEqual([]);
        await page.screenshot({ path: new URL(`${type}-${lang}.png`, SHOTS).pathname, fullPage: true });

        await page.setViewportSize({ width: 320, height: 800 });
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        expect(width).toBeLessThanOrEqual(320);
        await page.screenshot({ path: new URL(`${type}-${lang}-320.png`, SHOTS).pathname, fullPage: true });
      } finally {
        await context.close();
      }
    });
  });
});
