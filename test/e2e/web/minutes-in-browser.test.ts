/// <reference lib="dom" />
// Writing the minutes on the web in a real Chromium, during the demo's coming meeting: a samordnare
// signs in from a console link, opens the minutes from the navigation, records a decision with the
// keyboard only, finalises them after the confirmation (announced in the group's channel), and axe
// finds no WCAG 2.1 A/AA violation on the draft, the confirmation or the final minutes, none wider
// than a 320 px screen. Screenshots go to test-results/web/.
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import { PassThrough, Readable } from "node:stream";
import { type ServerType, serve } from "@hono/node-server";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { textReply } from "../../../src/core/reply.ts";
import type { Database } from "../../../src/db/open-database.ts";
import { runConsole } from "../../../src/platforms/console/console-chat.ts";
import { createTestDatabase } from "../../support/test-database.ts";
import { LINK, signInFixture } from "../../support/web-sign-in.ts";

const CHROMIUM = "/usr/bin/chromium";
const SHOTS = new URL("../../../test-results/web/", import.meta.url);
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

async function axeViolations(page: Page) {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (tags) => {
    const axe = (
      globalThis as unknown as {
        axe: {
          run: (ctx: unknown, o: unknown) => Promise<{ violations: { id: string; nodes: unknown[] }[] }>;
        };
      }
    ).axe;
    const result = await axe.run(document, { runOnly: { type: "tag", values: tags } });
    return result.violations.map((v) => ({ id: v.id, nodes: v.nodes.length }));
  }, WCAG);
}

/** No violation, nothing wider than 320 px, and a screenshot at both widths. */
async function checkPage(page: Page, name: string) {
  expect(await axeViolations(page)).toEqual([]);
  await page.screenshot({ path: new URL(`minutes-${name}.png`, SHOTS).pathname, fullPage: true });
  await page.setViewportSize({ width: 320, height: 800 });
  const wide = await page.evaluate(() =>
    [...document.querySelectorAll("body *")]
      .filter((el) => el.getBoundingClientRect().right > 320 && !el.closest(".table-wrap"))
      .map((el) => `${el.tagName}.${el.className}#${el.id}:${Math.round(el.getBoundingClientRect().right)}`)
      .slice(0, 8),
  );
  expect({ name, wide }).toEqual({ name, wide: [] });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await page.screenshot({ path: new URL(`minutes-${name}-320.png`, SHOTS).pathname });
  await page.setViewportSize({ width: 1280, height: 900 });
}

/** Presses Tab until the element with this id has focus. */
async function tabTo(page: Page, id: string) {
  for (let i = 0; i < 600; i++) {
    await page.keyboard.press("Tab");
    if ((await page.evaluate(() => document.activeElement?.id)) === id) return;
  }
  throw new Error(`never reached #${id} with Tab`);
}

describe.skipIf(!existsSync(CHROMIUM))("the minutes on the web in Chromium", () => {
  let db: Database;
  let browser: Browser;
  let server: ServerType;
  let base = "";
  let f: Awaited<ReturnType<typeof signInFixture>>;

  beforeAll(async () => {
    db = await createTestDatabase("pglite");
    let fetch: (r: Request) => Response | Promise<Response> = () => new Response("", { status: 503 });
    base = await new Promise<string>((resolve) => {
      server = serve({ fetch: (r) => fetch(r), port: 0, hostname: "127.0.0.1" }, (info: AddressInfo) =>
        resolve(`http://127.0.0.1:${info.port}`),
      );
    });
    f = await signInFixture(db, base);
    fetch = f.app.fetch;
    const meeting = await db.prisma.meeting.findFirstOrThrow({
      where: { groupId: f.group.id, startsAt: { gt: f.clock.now() }, cancelledAt: null },
      orderBy: { startsAt: "asc" },
    });
    f.clock.set(new Date(meeting.startsAt.getTime() + 30 * 60 * 1000));
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ["--no-sandbox"] });
    mkdirSync(SHOTS, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await new Promise((r) => server?.close(r));
    await f?.announcer.flush();
    await db?.close();
  });

  async function linkFromConsole(name: string): Promise<string> {
    const output = new PassThrough();
    let printed = "";
    output.on("data", (d) => {
      printed += String(d);
    });
    await runConsole({
      door: f.door,
      group: f.group,
      actor: await f.actor(name),
      input: Readable.from(["webb logga in\n"]),
      output,
      interactive: false,
      greeting: textReply(""),
    });
    const token = LINK.exec(printed)?.[1];
    if (!token) throw new Error(`no link in: ${printed}`);
    return `${base}/logga-in/${token}`;
  }

  it("records a decision with the keyboard, finalises after confirming, and announces the minutes", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    try {
      await page.goto(await linkFromConsole("Anna Fogel"));
      await Promise.all([page.waitForURL(`${base}/samordna`), page.click("button[type=submit]")]);
      await Promise.all([page.waitForURL(`${base}/protokoll`), page.click("nav >> text=Minnesanteckningar")]);
      expect(await page.textContent("h1")).toBe("Minnesanteckningar");
      expect(await page.textContent(".minutes-doc")).toContain("Minnesanteckning (utkast)");
      await checkPage(page, "draft");

      await tabTo(page, "point-1-decision");
      await page.keyboard.type("Resultatet tas upp i nästa plan.");
      await page.keyboard.press("Tab");
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Spara under punkt 1");
      await Promise.all([page.waitForURL(`${base}/protokoll#point-1`), page.keyboard.press("Enter")]);
      expect(await page.textContent(".notice")).toContain("Beslutet står under punkt 1");
      expect(await page.textContent(".minutes-doc")).toContain("Beslut: Resultatet tas upp i nästa plan.");
      await checkPage(page, "decision");

      await tabTo(page, "finalise-open");
      await Promise.all([page.waitForURL(`${base}/protokoll/klart`), page.keyboard.press("Enter")]);
      expect(await page.textContent("h1")).toBe("Skicka minnesanteckningarna?");
      await checkPage(page, "confirm");
      await tabTo(page, "finalise-confirm");
      await Promise.all([page.waitForURL(`${base}/protokoll`), page.keyboard.press("Enter")]);
      expect(await page.textContent(".notice")).toContain("Minnesanteckningarna är klara");
      expect(await page.textContent(".minutes-doc")).toContain("Vid anteckningarna");
      expect(await page.locator("#point-1-decision").count()).toBe(0);
      await checkPage(page, "final");

      await f.announcer.flush();
      expect(f.announced.map((a) => a.text)).toEqual([
        expect.stringContaining("Minnesanteckningarna från Samverkansrådet"),
      ]);
      expect(f.announced[0]?.text).toContain("Resultatet tas upp i nästa plan.");
    } finally {
      await context.close();
    }
  });
});
