/// <reference lib="dom" />
// The statusrapport as a published group's page, in a real Chromium: the same headings and numbers as
// the document, no WCAG 2.1 A/AA violations found by axe, every link and table reachable with the
// keyboard and visibly focused, nothing wider than a 320 px screen, and printing it gives the
// document (no site frame, the title page on a page of its own). Names only after `webb namn på`.
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import { type ServerType, serve } from "@hono/node-server";
import { pino } from "pino";
import { type Browser, chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "../../../src/core/clock.ts";
import type { Database } from "../../../src/db/open-database.ts";
import { createWebApp } from "../../../src/platforms/web/app.ts";
import { commandHarness } from "../../support/command-harness.ts";
import { createTestDatabase } from "../../support/test-database.ts";
import { importVasteras } from "../../support/vasteras-round.ts";

const CHROMIUM = "/usr/bin/chromium";
const SHOTS = new URL("../../../test-results/web/", import.meta.url);
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
const PATH = "/g/lok-vasteras/rapport/2024";

const haveChromium = existsSync(CHROMIUM);

describe.skipIf(!haveChromium)("the statusrapport's page in Chromium", () => {
  let db: Database;
  let browser: Browser;
  let server: ServerType;
  let base = "";
  let h: Awaited<ReturnType<typeof commandHarness>>;

  beforeAll(async () => {
    db = await createTestDatabase("pglite");
    await importVasteras(db, "2024-03-01T09:00:00Z");
    h = await commandHarness(db, "2024-05-15T08:00:00Z", { loaded: true });
    await h.run("Eva Lind", "status 1 klar");
    await h.run("Karin Berg", "status 3 pågår Väntar på budgetbeslutet");
    await h.run("Eva Lind", "status 1 klar Registret är publicerat");
    await h.run("Eva Lind", "dölj 3 2024-05-15");
    h.clock.set("2024-12-02T08:00:00Z");
    await h.run("Eva Lind", "uppföljning starta 2024 till 17 januari 2025");
    await h.run("Eva Lind", "bedöm 1 3 Dialogen har blivit regelbunden");
    await h.run("Karin Berg", "bedöm 1 2");
    await h.run("Eva Lind", "uppföljning 1 Besöken ökade med en tredjedel.");
    await h.run("Karin Berg", "lärdom Kvällsmöten når fler.");
    h.clock.set("2025-01-20T09:00:00Z");
    await h.run("Eva Lind", "uppföljning avsluta");
    await h.run("Eva Lind", "webb på");
    const deps = {
      prisma: db.prisma,
      clock: fixedClock("2025-01-21T09:00:00Z"),
      logger: pino({ level: "silent" }),
    };
    const app = createWebApp(deps);
    await new Promise<void>((resolve) => {
      server = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" }, (info: AddressInfo) => {
        base = `http://127.0.0.1:${info.port}`;
        resolve();
      });
    });
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ["--no-sandbox"] });
    mkdirSync(SHOTS, { recursive: true });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await new Promise((r) => server?.close(r));
    await db?.close();
  });

  it("is linked from the group's page, and /rapport goes to the year followed up", async () => {
    const front = await (await fetch(`${base}/g/lok-vasteras`)).text();
    expect(front).toContain('href="/g/lok-vasteras/rapport"');
    // The plan's goals are on the group's page, Dialog och samverkan's too, which has no activities.
    expect(front).toContain('<h2 id="goals-h">Principernas mål</h2>');
    expect(front).toContain("<h3>Dialog och samverkan</h3>");
    expect(front).toContain("1. skapa en ökad förståelse och acceptans/förtroende/respekt");
    const latest = await fetch(`${base}/g/lok-vasteras/rapport`, { redirect: "manual" });
    expect(latest.status).toBe(302);
    expect(latest.headers.get("location")).toBe(PATH);
    expect((await fetch(`${base}/g/lok-vasteras/rapport/2031`)).status).toBe(404);
    expect((await fetch(`${base}/g/finns-inte/rapport/2024`)).status).toBe(404);
  });

  it("shows the report's headings and numbers, without names until the group allows them", async () => {
    const page = await (await fetch(`${base}${PATH}`)).text();
    expect(page).toContain("<h1>Statusrapport 2024</h1>");
    expect(page).toContain("<h2>Sammanfattning</h2>");
    expect(page).toContain("<h2>Dialog och samverkan</h2>");
    expect(page).toContain("Principen har inga aktiviteter i planen.");
    expect(page).toContain("Mål 1: Dialogen har blivit regelbunden");
    // A comment hidden with dölj stays off the public page; the others are shown.
    expect(page).not.toContain("Väntar på budgetbeslutet");
    expect(page).toContain("Registret är publicerat");
    expect(page).not.toContain("Eva Lind");
    expect(page).not.toContain("Karin Berg");
    const chart = await fetch(`${base}${PATH}/diagram/0.svg`);
    expect(chart.headers.get("content-type")).toContain("image/svg+xml");
    expect(await chart.text()).toContain("Aktiviteternas status per part");
    await h.run("Eva Lind", "webb namn på");
    const named = await (await fetch(`${base}${PATH}`)).text();
    expect(named).toContain("Mål 1, Eva Lind: Dialogen har blivit regelbunden");
    expect(named).toContain("Kvällsmöten når fler. (Karin Berg)");
  });

  it("the group's page with its goals passes axe", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    try {
      expect((await page.goto(`${base}/g/lok-vasteras`))?.status()).toBe(200);
      await page.evaluate(AXE_SOURCE);
      const violations = await page.evaluate(async (tags) => {
        const axe = (
          globalThis as unknown as {
            axe: { run: (c: unknown, o: unknown) => Promise<{ violations: { id: string }[] }> };
          }
        ).axe;
        return (await axe.run(document, { runOnly: { type: "tag", values: tags } })).violations.map(
          (v) => v.id,
        );
      }, WCAG);
      expect(violations).toEqual([]);
      await page.setViewportSize({ width: 320, height: 800 });
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    } finally {
      await context.close();
    }
  });

  it("passes axe, the keyboard and 320 px, and prints as the document", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    try {
      const res = await page.goto(`${base}${PATH}`);
      expect(res?.status()).toBe(200);
      expect(await page.getAttribute("html", "lang")).toBe("sv");
      await page.evaluate(AXE_SOURCE);
      const result = await page.evaluate(async (tags) => {
        const axe = (
          globalThis as unknown as {
            axe: {
              run: (
                c: unknown,
                o: unknown,
              ) => Promise<{ passes: unknown[]; violations: { id: string; nodes: { target: unknown }[] }[] }>;
            };
          }
        ).axe;
        const r = await axe.run(document, { runOnly: { type: "tag", values: tags } });
        return {
          passed: r.passes.length,
          violations: r.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target) })),
        };
      }, WCAG);
      expect(result.passed).toBeGreaterThan(5);
      expect(result.violations).toEqual([]);
      // Every chart loaded (the page's policy allows images from the site only).
      const images = await page.evaluate(() =>
        [...document.images].map((i) => i.complete && i.naturalWidth > 0),
      );
      expect(images).toEqual([true, true]);

      const focusable = await page.evaluate(
        () =>
          [...document.querySelectorAll<HTMLElement>('a[href], [tabindex="0"]')].filter(
            (el) => el.getClientRects().length > 0 || el.classList.contains("skip"),
          ).length,
      );
      const seen = new Set<string>();
      let unfocusedOutline = 0;
      for (let i = 0; i < focusable + 1; i++) {
        await page.keyboard.press("Tab");
        const info = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          if (!el || el === document.body) return null;
          const style = getComputedStyle(el);
          return {
            key: `${[...document.querySelectorAll("*")].indexOf(el)}`,
            outline: style.outlineStyle !== "none" && Number.parseFloat(style.outlineWidth) >= 2,
          };
        });
        if (info) {
          seen.add(info.key);
          if (!info.outline) unfocusedOutline++;
        }
      }
      expect(seen.size).toBe(focusable);
      expect(unfocusedOutline).toBe(0);

      await page.locator("h2", { hasText: "Sammanfattning" }).scrollIntoViewIfNeeded();
      await page.screenshot({ path: new URL("report-sv.png", SHOTS).pathname });
      await page.setViewportSize({ width: 320, height: 800 });
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
      await page.screenshot({ path: new URL("report-sv-320.png", SHOTS).pathname, fullPage: true });

      await page.emulateMedia({ media: "print" });
      const printed = await page.evaluate(() => ({
        header: getComputedStyle(document.querySelector("header.site") as Element).display,
        footer: getComputedStyle(document.querySelector("footer.site") as Element).display,
        breakAfterTitle: getComputedStyle(document.querySelector(".page-break") as Element).breakAfter,
      }));
      expect(printed).toEqual({ header: "none", footer: "none", breakAfterTitle: "page" });
      const pdf = await page.pdf({ format: "A4" });
      expect(pdf.subarray(0, 4).toString()).toBe("%PDF");
    } finally {
      await context.close();
    }
  });
});
