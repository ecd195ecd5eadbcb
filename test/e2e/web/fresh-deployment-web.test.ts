/// <reference lib="dom" />
// A fresh deployment taken to a working group without a shell, through the web after the first two
// lines in chat: an empty database, no demo, one admin in LOK_ADMINS. In Slack (Bolt's real receiver,
// signed requests, the loopback Web API) the admin creates the group from an unbound channel and asks
// for a sign-in link; from then on everything happens in Chromium on the signed-in pages: upload the
// plan file and press Importera (announced in the Slack channel), add two members and make them
// samordnare, add an activity, rename one, report one done, and start the next period with the
// unfinished activities carried over. The database is checked after each step, the link is refused
// when used again, and axe finds no WCAG 2.1 A/AA violation on the upload and dry-run pages, which
// fit a 320 px screen. Screenshots go to test-results/web/.
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { join } from "node:path";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../../src/db/open-database.ts";
import { textOf } from "../../support/slack-blocks.ts";
import { type SlackHarness, sendLok, slackHarness, USERS } from "../../support/slack-harness.ts";
import { CHANNEL } from "../../support/slack-payloads.ts";
import { createTestDatabase, testDatabaseKinds } from "../../support/test-database.ts";
import { LINK } from "../../support/web-sign-in.ts";

const CHROMIUM = "/usr/bin/chromium";
const SHOTS = new URL("../../../test-results/web/", import.meta.url);
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

const GROUP = "Samverkansrådet Västerås";
const FILE = "vasteras-2022-2024.csv";
const PLAN_FILE = join(import.meta.dirname, "../../../prisma/plans", FILE);
const PLAN = "Handlingsplan 2022–2024";
const NEXT = "Handlingsplan 2025–2026";
const MEMBERS = [
  { name: "Anna Fogel", organisation: "Västerås stad", email: "anna.fogel@vasteras.se" },
  { name: "Tina Modin", organisation: "Föreningsrådet", email: "tina.modin@example.org" },
];

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
  expect({ name, violations: await axeViolations(page) }).toEqual({ name, violations: [] });
  await page.screenshot({ path: new URL(`${name}.png`, SHOTS).pathname, fullPage: true });
  await page.setViewportSize({ width: 320, height: 800 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await page.screenshot({ path: new URL(`${name}-320.png`, SHOTS).pathname });
  await page.setViewportSize({ width: 1280, height: 900 });
}

/** A port free now, so that the sign-in links can name the server's address before it listens. */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

describe.skipIf(!existsSync(CHROMIUM)).each(testDatabaseKinds())(
  "a fresh deployment, from an empty database to a working group, on the web (%s)",
  (kind) => {
    let db: Database;
    let h: SlackHarness;
    let browser: Browser;
    let page: Page;
    let base = "";
    let link = "";

    beforeAll(async () => {
      db = await createTestDatabase(kind);
      const port = await freePort();
      base = `http://127.0.0.1:${port}`;
      h = await slackHarness({ db, port, publicUrl: base });
      browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ["--no-sandbox"] });
      page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
      mkdirSync(SHOTS, { recursive: true });
    });
    afterAll(async () => {
      await browser?.close();
      await h?.close();
      await db?.close();
    });

    const group = () => db.prisma.group.findUniqueOrThrow({ where: { name: GROUP } });
    const activity = (plan: string, number: number) =>
      db.prisma.activity.findFirstOrThrow({
        where: { number, plan: { name: plan } },
        include: { continuesFrom: { include: { plan: true } } },
      });
    /** Presses a form's button and waits for the page it leads to. */
    const press = async (button: ReturnType<Page["locator"]>, url: string | RegExp) => {
      await Promise.all([page.waitForURL(url), button.click()]);
    };

    it("starts with nothing: no group, no plan, no member", async () => {
      expect(await db.prisma.group.count()).toBe(0);
      expect(await db.prisma.plan.count()).toBe(0);
      expect(await db.prisma.member.count()).toBe(0);
    });

    it("in chat, the admin creates the group in an unbound channel and asks for a sign-in link", async () => {
      expect(textOf((await sendLok(h, `koppla ny ${GROUP}`, USERS.admin)).body.blocks)).toContain(GROUP);
      const g = await group();
      expect(await db.prisma.channelBinding.findFirstOrThrow({ where: { groupId: g.id } })).toMatchObject({
        platform: "slack",
        channelId: CHANNEL,
      });
      const answer = await sendLok(h, "webb logga in", USERS.admin);
      expect(answer.body.response_type).not.toBe("in_channel");
      const token = LINK.exec(textOf(answer.body.blocks))?.[1];
      expect(token).toBeDefined();
      link = `${base}/logga-in/${token}`;
      expect(textOf(answer.body.blocks)).toContain(link);
    });

    it("signs in on the web and finds the group without a plan", async () => {
      await page.goto(link);
      expect(await page.textContent("h1")).toBe(`Logga in som ${USERS.admin.name} i ${GROUP}`);
      await press(page.getByRole("button", { name: "Logga in" }), `${base}/samordna`);
      expect(await page.textContent("main")).toContain("Gruppen har ingen aktiv plan än");
      expect(await db.prisma.webSession.count()).toBe(1);
    });

    it("uploads the plan file, sees the dry run, and presses Importera; the channel is told", async () => {
      await press(page.getByRole("link", { name: "Ladda upp en planfil" }), `${base}/samordna/planfil`);
      await checkPage(page, `fresh-${kind}-upload`);
      // A file that is no plan: the form again, with what to fix first on the page, and nothing staged.
      await page.getByLabel("Planfil").setInputFiles({
        name: "protokoll.pdf",
        mimeType: "application/pdf",
        buffer: Buffer.from("%PDF-1.4"),
      });
      const [refused] = await Promise.all([
        page.waitForResponse((r) => r.request().method() === "POST"),
        page.getByRole("button", { name: "Visa provkörningen" }).click(),
      ]);
      expect(refused.status()).toBe(422);
      await page.waitForLoadState();
      expect(await page.getByRole("alert").textContent()).toContain("protokoll.pdf är varken en Excel-fil");
      expect(await db.prisma.planUpload.count()).toBe(0);
      await checkPage(page, `fresh-${kind}-upload-refused`);
      await page.getByLabel("Planfil").setInputFiles(PLAN_FILE);
      await press(page.getByRole("button", { name: "Visa provkörningen" }), `${base}/samordna/planfil`);
      expect(await page.textContent("h1")).toBe(`Provkörning av ${FILE}`);
      expect(await page.textContent("main")).toContain("Skulle läsa in 24 aktiviteter");
      expect(await db.prisma.planUpload.count({ where: { state: "pending" } })).toBe(1);
      expect(await db.prisma.activity.count()).toBe(0);
      await checkPage(page, `fresh-${kind}-dry-run`);

      const from = h.fake.calls.length;
      await press(page.getByRole("button", { name: "Importera" }), `${base}/samordna`);
      expect(await page.textContent(".notice")).toContain(`${FILE} är inläst.`);
      const plan = await db.prisma.plan.findFirstOrThrow({ where: { groupId: (await group()).id } });
      expect(plan).toMatchObject({ name: PLAN, active: true });
      expect(await db.prisma.activity.count({ where: { planId: plan.id } })).toBe(24);
      expect(await db.prisma.planUpload.count({ where: { state: "imported" } })).toBe(1);
      const told = await h.fake.waitFor(
        () =>
          h.fake.calls.slice(from).find((c) => c.method === "chat.postMessage" && c.args.channel === CHANNEL)
            ?.args,
        10_000,
      );
      expect(told.text).toContain(`Handlingsplanen ${PLAN} importerades av ${USERS.admin.name}`);
    });

    it("adds two members and makes them samordnare", async () => {
      await page.goto(`${base}/samordna/medlemmar`);
      for (const m of MEMBERS) {
        await page.getByLabel("Namn", { exact: true }).fill(m.name);
        await page.getByLabel("Organisation (frivillig)").fill(m.organisation);
        await page.getByLabel("E-post (frivillig)").fill(m.email);
        await press(
          page.getByRole("button", { name: "Lägg till", exact: true }),
          `${base}/samordna/medlemmar`,
        );
        expect(await page.textContent(".notice")).toContain(m.name);
      }
      for (const m of MEMBERS) {
        await page.getByLabel(`Ny roll för ${m.name}`).selectOption("samordnare");
        const form = page.locator("form", { has: page.locator(`input[name=person][value="${m.name}"]`) });
        await press(form.getByRole("button", { name: "Byt roll" }), `${base}/samordna/medlemmar`);
      }
      const roles = await db.prisma.member.findMany({
        where: { groupId: (await group()).id },
        select: { name: true, role: true, organisation: true },
        orderBy: { name: "asc" },
      });
      expect(roles).toEqual([
        { name: USERS.admin.name, role: "admin", organisation: null },
        { name: "Anna Fogel", role: "samordnare", organisation: "Västerås stad" },
        { name: "Tina Modin", role: "samordnare", organisation: "Föreningsrådet" },
      ]);
    });

    it("adds an activity, renames one and reports one done", async () => {
      await page.goto(`${base}/samordna`);
      await page.locator("#new-title").fill("Träff om föreningsbidrag");
      await page.locator("#new-party").selectOption("gemensamt");
      await press(page.getByRole("button", { name: "Lägg till aktiviteten" }), `${base}/samordna`);
      expect(await activity(PLAN, 25)).toMatchObject({
        title: "Träff om föreningsbidrag",
        party: "gemensamt",
      });

      await page.locator("#a3-title").fill("Gemensam utbildning om överenskommelsen");
      await press(page.locator("#a3").getByRole("button", { name: "Spara ändringar" }), /\/samordna#a3$/);
      const renamed = await activity(PLAN, 3);
      expect(renamed.title).toBe("Gemensam utbildning om överenskommelsen");
      expect(
        await db.prisma.activityChange.findFirstOrThrow({ where: { activityId: renamed.id } }),
      ).toMatchObject({ field: "title", newValue: "Gemensam utbildning om överenskommelsen" });

      await page.locator("#a1-status").selectOption("klar");
      await press(page.locator("#a1").getByRole("button", { name: "Spara ändringar" }), /\/samordna#a1$/);
      expect((await activity(PLAN, 1)).status).toBe("klar");
    });

    it("starts a new plan period that carries over the unfinished activities", async () => {
      await page.goto(`${base}/samordna/planer`);
      await page.getByLabel("Namn", { exact: true }).fill(NEXT);
      await page.getByLabel("Från").fill("2025-01-01");
      await page.getByLabel("Till").fill("2026-12-31");
      expect(await page.getByLabel("Överför aktiviteter som inte är klara eller strukna").isChecked()).toBe(
        true,
      );
      await press(page.getByRole("button", { name: "Starta perioden" }), `${base}/samordna/planer`);
      expect(await page.textContent(".notice")).toContain(NEXT);
      const plans = await db.prisma.plan.findMany({
        orderBy: { id: "asc" },
        select: { name: true, active: true },
      });
      expect(plans).toEqual([
        { name: PLAN, active: false },
        { name: NEXT, active: true },
      ]);
      const carried = await db.prisma.activity.findMany({
        where: { plan: { name: NEXT } },
        select: { number: true },
      });
      expect(carried.map((a) => a.number).sort((a, b) => a - b)).toEqual(
        Array.from({ length: 25 }, (_, i) => i + 1).filter((n) => n !== 1),
      );
      const renamed = await activity(NEXT, 3);
      expect(renamed.title).toBe("Gemensam utbildning om överenskommelsen");
      expect(renamed.continuesFrom).toMatchObject({ number: 3, plan: { name: PLAN } });
      expect((await activity(NEXT, 25)).continuesFrom?.plan.name).toBe(PLAN);
    });

    it("refuses the sign-in link when it is used again", async () => {
      const again = await browser.newPage();
      try {
        expect((await again.goto(link))?.status()).toBe(410);
        expect(await again.textContent("h1")).toBe("Länken är redan använd");
      } finally {
        await again.close();
      }
    });
  },
);
