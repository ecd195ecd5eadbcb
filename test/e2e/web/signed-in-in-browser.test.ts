/// <reference lib="dom" />
// The signed-in pages in a real Chromium: a link asked for in the console, signing in with the
// keyboard, an activity's title changed with the keyboard only and announced in the group's channel,
// the link refused when used again; axe finds no WCAG 2.1 A/AA violation on any signed-in page type,
// and none is wider than a 320 px screen. Screenshots go to test-results/web/.
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
  await page.screenshot({ path: new URL(`signed-in-${name}.png`, SHOTS).pathname, fullPage: true });
  await page.setViewportSize({ width: 320, height: 800 });
  const wide = await page.evaluate(() =>
    [...document.querySelectorAll("body *")]
      .filter((el) => el.getBoundingClientRect().right > 320 && !el.closest(".table-wrap"))
      .map((el) => `${el.tagName}.${el.className}#${el.id}:${Math.round(el.getBoundingClientRect().right)}`)
      .slice(0, 8),
  );
  expect({ name, wide }).toEqual({ name, wide: [] });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await page.screenshot({ path: new URL(`signed-in-${name}-320.png`, SHOTS).pathname });
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

const haveChromium = existsSync(CHROMIUM);

describe.skipIf(!haveChromium)("the signed-in pages in Chromium", () => {
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
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ["--no-sandbox"] });
    mkdirSync(SHOTS, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await new Promise((r) => server?.close(r));
    await f?.announcer.flush();
    await db?.close();
  });

  /** Types `webb logga in` in the console as this member and returns the link it printed. */
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
    expect(printed).toContain(`${base}/logga-in/${token}`);
    return `${base}/logga-in/${token}`;
  }

  it("signs a samordnare in from a console link, edits a title with the keyboard, announces it, refuses the link again", async () => {
    const link = await linkFromConsole("Anna Fogel");
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    try {
      await page.goto(link);
      expect(await page.textContent("h1")).toBe("Logga in som Anna Fogel i Samverkansrådet Örebro");
      await checkPage(page, "link");
      // The button is the page's only form control: reach it with Tab and press Enter.
      let pressed = false;
      for (let i = 0; i < 10 && !pressed; i++) {
        await page.keyboard.press("Tab");
        if ((await page.evaluate(() => document.activeElement?.tagName)) === "BUTTON") {
          await Promise.all([page.waitForURL(`${base}/samordna`), page.keyboard.press("Enter")]);
          pressed = true;
        }
      }
      expect(pressed).toBe(true);
      const cookies = await context.cookies();
      expect(cookies.find((c) => c.name === "lok_session")).toMatchObject({
        httpOnly: true,
        sameSite: "Lax",
      });
      await checkPage(page, "plan");

      await tabTo(page, "a1-title");
      await page.keyboard.press("Control+A");
      await page.keyboard.type("Öppet forum; varje kvartal");
      await Promise.all([page.waitForURL(`${base}/samordna#a1`), page.keyboard.press("Enter")]);
      expect(await page.textContent(".notice")).toContain("Öppet forum; varje kvartal");
      expect(await page.inputValue("#a1-title")).toBe("Öppet forum; varje kvartal");
      await f.announcer.flush();
      expect(f.announced.map((a) => a.text)).toEqual([
        expect.stringContaining("titel: Öppet forum; varje kvartal (Anna Fogel)"),
      ]);

      for (const [path, name] of [
        ["/samordna/medlemmar", "members"],
        ["/samordna/planer", "plans"],
        ["/samordna/webb", "publishing"],
        ["/mina", "mine"],
      ] as const) {
        expect((await page.goto(`${base}${path}`))?.status()).toBe(200);
        await checkPage(page, name);
      }

      const again = await context.newPage();
      expect((await again.goto(link))?.status()).toBe(410);
      expect(await again.textContent("h1")).toBe("Länken är redan använd");
      await checkPage(again, "link-used");

      await page.goto(`${base}/mina`);
      await Promise.all([page.waitForURL(`${base}/logga-ut`), page.click("text=Logga ut")]);
      expect(await page.textContent("h1")).toBe("Du är utloggad");
      await checkPage(page, "logged-out");
      expect((await page.goto(`${base}/samordna`))?.status()).toBe(401);
      await checkPage(page, "no-session");
    } finally {
      await context.close();
    }
  });

  it("shows a medlem their activities and the refusal of a samordnare page", async () => {
    const link = await linkFromConsole("Tina Modin");
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    try {
      await page.goto(link);
      await Promise.all([page.waitForURL(`${base}/mina`), page.click("button[type=submit]")]);
      await checkPage(page, "member-mine");
      expect((await page.goto(`${base}/samordna`))?.status()).toBe(403);
      expect(await page.textContent("main")).toContain("Anna Fogel och Helena Astvald");
      await checkPage(page, "member-refused");
    } finally {
      await context.close();
    }
  });
});
