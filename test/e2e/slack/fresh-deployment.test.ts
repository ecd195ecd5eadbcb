// A fresh deployment taken to a working group without a shell, through the Slack surface only (Bolt's
// real HTTP receiver, signed requests, the loopback Web API): an empty database, no demo, one admin in
// LOK_ADMINS. The admin creates the group from an unbound channel, sends the plan file in the direct
// conversation and presses Importera, appoints two samordnare, who add an activity, rename one and start
// the next period with the unfinished activities carried over. The database is checked at each step.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../../src/db/open-database.ts";
import { button, textOf } from "../../support/slack-blocks.ts";
import { type SlackHarness, sendLok, slackHarness, USERS } from "../../support/slack-harness.ts";
import { CHANNEL, fileShareEvent, messageBlockActions, nextId } from "../../support/slack-payloads.ts";
import { eventRequest, interactionRequest, sendSigned } from "../../support/slack-requests.ts";
import { createTestDatabase } from "../../support/test-database.ts";

const GROUP = "Samverkansrådet Västerås";
const FILE = "vasteras-2022-2024.csv";
const PLAN = "Handlingsplan 2022–2024";
const NEXT = "Handlingsplan 2025–2026";
const ADMIN_DM = "D0ADMIN";

describe("a fresh deployment, from an empty database to a working group, in Slack", () => {
  let db: Database;
  let h: SlackHarness;

  beforeAll(async () => {
    db = await createTestDatabase("pglite");
    h = await slackHarness({ db });
  });
  afterAll(async () => {
    await h?.close();
    await db?.close();
  });

  const group = () => db.prisma.group.findUniqueOrThrow({ where: { name: GROUP } });
  const lok = async (user: { id: string }, text: string) =>
    textOf((await sendLok(h, text, user)).body.blocks);
  const activity = (plan: string, number: number) =>
    db.prisma.activity.findFirstOrThrow({
      where: { number, plan: { name: plan } },
      include: { continuesFrom: { include: { plan: true } } },
    });

  it("starts with nothing: no group, no plan, no member", async () => {
    expect(await db.prisma.group.count()).toBe(0);
    expect(await db.prisma.plan.count()).toBe(0);
    expect(await db.prisma.member.count()).toBe(0);
  });

  it("the admin creates the group in an unbound channel with `koppla ny`", async () => {
    const answer = await lok(USERS.admin, `koppla ny ${GROUP}`);
    expect(answer).toContain(GROUP);
    const g = await group();
    const binding = await db.prisma.channelBinding.findFirstOrThrow({ where: { groupId: g.id } });
    expect(binding).toMatchObject({ platform: "slack", workspaceId: "T1", channelId: CHANNEL });
  });

  it("the admin sends the plan file in the direct conversation and presses Importera", async () => {
    const bytes = await readFile(join(import.meta.dirname, "../../../prisma/plans", FILE));
    const url = h.fake.serveFile(FILE, bytes);
    const from = h.fake.calls.length;
    const ack = await sendSigned(
      h.eventsUrl,
      eventRequest(
        fileShareEvent({
          userId: USERS.admin.id,
          channel: ADMIN_DM,
          file: { name: FILE, url, size: bytes.length },
        }),
      ),
    );
    expect(ack.status).toBe(200);
    const dry = await h.fake.waitFor(
      () =>
        h.fake.calls.slice(from).find((c) => c.method === "chat.postMessage" && c.args.channel === ADMIN_DM)
          ?.args,
      10_000,
    );
    expect(textOf(dry.blocks)).toContain("Skulle läsa in 24 aktiviteter");
    expect(await db.prisma.activity.count()).toBe(0);

    const id = nextId("resp");
    const pressedAt = h.fake.calls.length;
    const payload = messageBlockActions({
      userId: USERS.admin.id,
      button: button(dry.blocks, "Importera"),
      messageTs: "1700000100.000100",
      ephemeral: false,
      responseUrl: h.fake.responseUrl(id),
      channelId: ADMIN_DM,
    });
    expect((await sendSigned(h.eventsUrl, interactionRequest(payload))).status).toBe(200);
    const [done] = await h.fake.waitForResponse(id, 1, 10_000);
    expect(textOf(done?.body.blocks)).toContain(`${FILE} är inläst.`);
    const plan = await db.prisma.plan.findFirstOrThrow({ where: { groupId: (await group()).id } });
    expect(plan).toMatchObject({ name: PLAN, active: true });
    expect(await db.prisma.activity.count({ where: { planId: plan.id } })).toBe(24);
    expect(await db.prisma.principle.count({ where: { planId: plan.id } })).toBe(4);
    const told = await h.fake.waitFor(
      () =>
        h.fake.calls
          .slice(pressedAt)
          .find((c) => c.method === "chat.postMessage" && c.args.channel === CHANNEL)?.args,
      10_000,
    );
    expect(told.text).toContain(`Handlingsplanen ${PLAN} importerades av Ada Admin`);
  });

  it("appoints two samordnare: one added with `ny medlem`, one who has written to the bot", async () => {
    expect(
      await lok(USERS.admin, `ny medlem ${USERS.anna.name}, Västerås stad, ${USERS.anna.email}`),
    ).toContain(USERS.anna.name);
    await lok(USERS.tina, "hjälp");
    expect(await db.prisma.member.findFirstOrThrow({ where: { name: USERS.tina.name } })).toMatchObject({
      role: "medlem",
    });
    await lok(USERS.admin, `roll ${USERS.anna.name} samordnare`);
    await lok(USERS.admin, `roll ${USERS.tina.name} samordnare`);
    const roles = await db.prisma.member.findMany({
      where: { groupId: (await group()).id },
      select: { name: true, role: true },
      orderBy: { name: "asc" },
    });
    expect(roles).toEqual([
      { name: USERS.admin.name, role: "admin" },
      { name: USERS.anna.name, role: "samordnare" },
      { name: USERS.tina.name, role: "samordnare" },
    ]);
  });

  it("a samordnare adds an activity, another renames one, and one is reported done", async () => {
    const added = await lok(
      USERS.anna,
      "ny aktivitet Träff om föreningsbidrag; princip dialog; part gemensamt",
    );
    expect(added).toContain("Träff om föreningsbidrag");
    expect(await activity(PLAN, 25)).toMatchObject({ title: "Träff om föreningsbidrag", party: "gemensamt" });
    await lok(USERS.tina, "ändra 3 titel Gemensam utbildning om överenskommelsen");
    expect((await activity(PLAN, 3)).title).toBe("Gemensam utbildning om överenskommelsen");
    const change = await db.prisma.activityChange.findFirstOrThrow({
      where: { activityId: (await activity(PLAN, 3)).id },
    });
    expect(change).toMatchObject({ field: "title", newValue: "Gemensam utbildning om överenskommelsen" });
    await lok(USERS.anna, "status 1 klar");
    expect((await activity(PLAN, 1)).status).toBe("klar");
  });

  it("a new plan period carries over the unfinished activities", async () => {
    const answer = await lok(USERS.anna, `ny plan ${NEXT} 2025 2026 överför`);
    expect(answer).toContain(NEXT);
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
    // Every activity but the one reported klar, with its number.
    expect(carried.map((a) => a.number).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 25 }, (_, i) => i + 1).filter((n) => n !== 1),
    );
    const renamed = await activity(NEXT, 3);
    expect(renamed.title).toBe("Gemensam utbildning om överenskommelsen");
    expect(renamed.continuesFrom).toMatchObject({ number: 3, plan: { name: PLAN } });
    expect((await activity(NEXT, 25)).continuesFrom?.plan.name).toBe(PLAN);
  });
});
