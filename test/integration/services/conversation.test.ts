// A chat message through the one door: binding with koppla, unbound channels, members on first contact.
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "../../../src/core/clock.ts";
import type { Database } from "../../../src/db/open-database.ts";
import { renderText } from "../../../src/platforms/console/render-text.ts";
import { slackIdentity } from "../../../src/platforms/slack/identity.ts";
import { createDoor, type Door, type Incoming } from "../../../src/services/conversation.ts";
import { loadDemo, readDemo } from "../../../src/services/demo.ts";
import { createCommandExecutor } from "../../../src/services/execute-command.ts";
import { createTestDatabase, testDatabaseKinds } from "../../support/test-database.ts";

describe.each(testDatabaseKinds())("conversation on %s", (kind) => {
  let db: Database;
  let door: Door;
  let sequence = 0;

  const message = (text: string, overrides: Partial<Incoming> = {}): Incoming => ({
    platform: "slack",
    workspaceId: "T1",
    channelId: "C-LOK",
    conversationType: "channel",
    identity: slackIdentity("T1", "U-ADMIN", { name: "Admin Adminsson" }),
    input: { type: "text", text },
    idempotencyKey: `msg:${++sequence}`,
    ...overrides,
  });
  const say = async (text: string, overrides: Partial<Incoming> = {}) => {
    const { reply } = await door.handle(message(text, overrides));
    return { ...reply, text: renderText(reply) };
  };

  beforeAll(async () => {
    db = await createTestDatabase(kind);
    await loadDemo(db.prisma, await readDemo(), new Date("2026-11-23T09:00:00Z"));
    const deps = {
      prisma: db.prisma,
      clock: fixedClock("2026-11-23T09:00:00Z"),
      logger: pino({ level: process.env.TEST_LOG ?? "silent" }),
    };
    door = createDoor(deps, createCommandExecutor(deps), { admins: ["U-ADMIN", "helena@example.se"] });
  });
  afterAll(async () => {
    await db?.close();
  });

  it("tells an unbound channel how to bind it, and still answers help there", async () => {
    const updates = await db.prisma.statusUpdate.count();
    const status = await say("status 13 klar", {
      identity: slackIdentity("T1", "U-NEW", { name: "Ny Person" }),
    });
    expect(status.tone).toBe("error");
    expect(status.text).toContain("inte kopplad");
    expect(status.text).toContain("koppla");
    expect(await db.prisma.statusUpdate.count()).toBe(updates);
    const help = await say("hjälp");
    expect(help.text).toContain("status <nr> <status> [kommentar]");
    expect(help.text).toContain("en samordnare skriver koppla");
  });

  it("refuses koppla from a member who is neither listed admin nor coordinator", async () => {
    const reply = await say("koppla", {
      identity: slackIdentity("T1", "U-NEW", { name: "Ny Person" }),
    });
    expect(reply.tone).toBe("error");
    expect(reply.text).toContain("Bara samordnare");
    expect(await db.prisma.channelBinding.count()).toBe(0);
  });

  it("binds the channel for a LOK_ADMINS user, with no argument when there is one group", async () => {
    const reply = await say("/lok koppla", { reference: { team: "T1" } });
    expect(reply.tone).toBe("success");
    expect(reply.text).toContain("kopplad till Samverkansrådet Örebro och Handlingsplan 2017–2018");
    const binding = await db.prisma.channelBinding.findFirstOrThrow();
    expect(binding).toMatchObject({ platform: "slack", workspaceId: "T1", channelId: "C-LOK", active: true });
    expect(binding.reference).toEqual({ team: "T1" });
  });

  it("answers a redelivered `koppla` as a repeat, and a new one in a bound channel as unchanged, only to the person", async () => {
    const bound = await db.prisma.channelBinding.findFirstOrThrow();
    const first = await say("koppla", { idempotencyKey: "koppla:once" });
    expect(first.effect).toBe("unchanged");
    expect(first.visibility).toBe("ephemeral");
    expect(first.text).toContain("Den här kanalen är redan kopplad till Samverkansrådet Örebro.");
    const other = await say("koppla", { channelId: "C-SECOND", idempotencyKey: "koppla:second" });
    expect(other.effect).toBe("changed");
    expect(other.visibility).toBe("channel");
    const again = await say("koppla", { channelId: "C-SECOND", idempotencyKey: "koppla:second" });
    expect(again.effect).toBe("repeat");
    expect(again.visibility).toBe("ephemeral");
    expect(again.text).toContain("kopplad till Samverkansrådet Örebro");
    expect(await db.prisma.channelBinding.count()).toBe(2);
    expect((await db.prisma.channelBinding.findUniqueOrThrow({ where: { id: bound.id } })).createdAt).toEqual(
      bound.createdAt,
    );
  });

  it("makes a Slack user a member on first use and records their update", async () => {
    const reply = await say("status 13 klar", {
      identity: slackIdentity("T1", "U-NEW", { name: "Ny Person" }),
    });
    expect(reply.tone).toBe("success");
    const member = await db.prisma.member.findFirstOrThrow({
      where: { identities: { some: { platform: "slack", workspaceId: "T1", externalId: "U-NEW" } } },
    });
    expect(member).toMatchObject({ name: "Ny Person", role: "medlem" });
    expect(await db.prisma.statusUpdate.count({ where: { authorId: member.id } })).toBe(1);
  });

  it("ten first messages at once from someone new make one member, and none of them fails", async () => {
    const identity = slackIdentity("T1", "U-RUSH", { name: "Rask Person" });
    const replies = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        say(`agenda lägg till Ny punkt ${i}`, {
          identity,
          conversationType: "personal",
          channelId: "D-RUSH",
        }),
      ),
    );
    expect(replies.filter((r) => r.tone === "error").map((r) => r.text)).toEqual([]);
    expect(await db.prisma.member.count({ where: { name: "Rask Person" } })).toBe(1);
    expect(await db.prisma.memberIdentity.count({ where: { externalId: "U-RUSH" } })).toBe(1);
  });

  it("matches an existing member by e-mail and stores the platform id; LOK_ADMINS by e-mail makes an admin", async () => {
    await db.prisma.member.updateMany({
      where: { name: "Helena Astvald" },
      data: { email: "helena@example.se" },
    });
    const reply = await say("ansvarig 13 Tina Modin", {
      identity: slackIdentity("T1", "U-HELENA", { email: "Helena@Example.se", name: "helena" }),
    });
    expect(reply.tone).toBe("success");
    const helena = await db.prisma.member.findFirstOrThrow({
      where: { name: "Helena Astvald" },
      include: { identities: true },
    });
    expect(helena).toMatchObject({ role: "admin" });
    expect(helena.identities).toMatchObject([
      { platform: "slack", workspaceId: "T1", externalId: "U-HELENA" },
    ]);
  });

  it("uses the member's group in a personal chat", async () => {
    const reply = await say("visa 13", { conversationType: "personal", channelId: "D-123" });
    expect(reply.text).toContain("13. Se över föreningsregistret");
  });

  it("asks which group when there are several, and binds by name", async () => {
    await db.prisma.group.create({ data: { name: "Samverkansgruppen Västerås" } });
    const unclear = await say("koppla", { channelId: "C-OTHER" });
    expect(unclear.text).toContain("Samverkansrådet Örebro och Samverkansgruppen Västerås");
    const bound = await say("koppla västerås", { channelId: "C-OTHER" });
    expect(bound.text).toContain("kopplad till Samverkansgruppen Västerås");
    const unknown = await say("koppla Malmö", { channelId: "C-OTHER" });
    expect(unknown.text).toContain("Jag hittar ingen grupp som heter ”Malmö”");
  });

  it("answers a personal chat in the group where the person's id is, when there are several groups", async () => {
    const vasteras = await db.prisma.group.findUniqueOrThrow({
      where: { name: "Samverkansgruppen Västerås" },
    });
    const kg = await db.prisma.member.create({
      data: {
        groupId: vasteras.id,
        name: "KG Granberg",
        identities: { create: { platform: "slack", workspaceId: "T1", externalId: "U-KG" } },
      },
    });
    const dm = { conversationType: "personal" as const, channelId: "D-KG" };
    const outcome = await door.handle(message("mina", { ...dm, identity: slackIdentity("T1", "U-KG") }));
    expect(outcome).toMatchObject({ groupId: vasteras.id, memberId: kg.id });
    const stranger = await door.handle(message("mina", { ...dm, identity: slackIdentity("T1", "U-NOBODY") }));
    expect(stranger.groupId).toBeUndefined();
    expect(renderText(stranger.reply)).toContain("inte kopplad");
  });
});
