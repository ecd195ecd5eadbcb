// Who is typing: a member found by the ids a surface knows them by, else by e-mail, then linked.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Database } from "../../../src/db/open-database.ts";
import { slackIdentity } from "../../../src/platforms/slack/identity.ts";
import type { GroupRef } from "../../../src/services/actor.ts";
import { findMemberByQuery, type Identity, resolveMember } from "../../../src/services/members.ts";
import { createTestDatabase, testDatabaseKinds } from "../../support/test-database.ts";

const TENANT = "tenant-orebro";

function teamsIdentity(userId: string, aadObjectId: string, extra: Partial<Identity> = {}): Identity {
  return {
    platform: "teams",
    userId,
    ids: [
      { platform: "teams-aad", workspaceId: TENANT, externalId: aadObjectId },
      { platform: "teams", workspaceId: TENANT, externalId: userId },
    ],
    ...extra,
  };
}

describe.each(testDatabaseKinds())("members on %s", (kind) => {
  let db: Database;
  let orebro: GroupRef;
  let vasteras: GroupRef;

  beforeAll(async () => {
    db = await createTestDatabase(kind);
    const ref = { select: { id: true, name: true, timeZone: true } } as const;
    orebro = await db.prisma.group.create({ data: { name: "Samverkansrådet Örebro" }, ...ref });
    vasteras = await db.prisma.group.create({ data: { name: "Samverkansgruppen Västerås" }, ...ref });
  });
  beforeEach(async () => {
    await db.prisma.member.deleteMany();
  });
  afterAll(async () => {
    await db?.close();
  });

  const identitiesOf = (memberId: number) =>
    db.prisma.memberIdentity.findMany({
      where: { memberId },
      select: { platform: true, workspaceId: true, externalId: true },
      orderBy: { platform: "asc" },
    });

  it("finds a member by an id moved without its workspace, and the id learns the workspace", async () => {
    const tina = await db.prisma.member.create({
      data: {
        groupId: orebro.id,
        name: "Tina Modin",
        identities: { create: { platform: "slack", workspaceId: "", externalId: "U-TINA" } },
      },
    });
    const actor = await resolveMember(db.prisma, orebro, slackIdentity("T-OREBRO", "U-TINA"), []);
    expect(actor).toEqual({ memberId: tina.id, name: "Tina Modin", role: "medlem" });
    expect(await identitiesOf(tina.id)).toEqual([
      { platform: "slack", workspaceId: "T-OREBRO", externalId: "U-TINA" },
    ]);
    // Once placed, the same id from another workspace is someone else.
    const other = await resolveMember(
      db.prisma,
      orebro,
      slackIdentity("T-OTHER", "U-TINA", { name: "X" }),
      [],
    );
    expect(other.memberId).not.toBe(tina.id);
  });

  it("finds a Teams person by the Azure AD object id first, and links a new Teams user id to them", async () => {
    const anna = await db.prisma.member.create({
      data: {
        groupId: orebro.id,
        name: "Anna Fogel",
        identities: { create: { platform: "teams-aad", workspaceId: TENANT, externalId: "aad-anna" } },
      },
    });
    const actor = await resolveMember(db.prisma, orebro, teamsIdentity("29:anna-new", "aad-anna"), []);
    expect(actor.memberId).toBe(anna.id);
    expect(await identitiesOf(anna.id)).toEqual([
      { platform: "teams", workspaceId: TENANT, externalId: "29:anna-new" },
      { platform: "teams-aad", workspaceId: TENANT, externalId: "aad-anna" },
    ]);
    expect(await db.prisma.member.count()).toBe(1);
  });

  it("leaves an id that is someone else's with them", async () => {
    const anna = await db.prisma.member.create({
      data: {
        groupId: orebro.id,
        name: "Anna Fogel",
        identities: { create: { platform: "teams-aad", workspaceId: TENANT, externalId: "aad-anna" } },
      },
    });
    const peter = await db.prisma.member.create({
      data: {
        groupId: orebro.id,
        name: "Peter Eriksson",
        identities: { create: { platform: "teams", workspaceId: TENANT, externalId: "29:shared" } },
      },
    });
    const actor = await resolveMember(db.prisma, orebro, teamsIdentity("29:shared", "aad-anna"), []);
    expect(actor.memberId).toBe(anna.id);
    expect(await identitiesOf(anna.id)).toEqual([
      { platform: "teams-aad", workspaceId: TENANT, externalId: "aad-anna" },
    ]);
    expect(await identitiesOf(peter.id)).toEqual([
      { platform: "teams", workspaceId: TENANT, externalId: "29:shared" },
    ]);
  });

  it("matches by e-mail, links the id and keeps the member's group; the same person in another group is another member", async () => {
    const helena = await db.prisma.member.create({
      data: { groupId: orebro.id, name: "Helena Astvald", email: "helena@orebro.se" },
    });
    const identity = slackIdentity("T-OREBRO", "U-HELENA", { email: "Helena@Orebro.se", name: "helena" });
    const here = await resolveMember(db.prisma, orebro, identity, ["u-helena"]);
    expect(here).toEqual({ memberId: helena.id, name: "Helena Astvald", role: "admin" });
    const there = await resolveMember(db.prisma, vasteras, identity, []);
    expect(there.memberId).not.toBe(helena.id);
    expect(await db.prisma.member.findUniqueOrThrow({ where: { id: there.memberId } })).toMatchObject({
      groupId: vasteras.id,
      name: "helena",
      email: "Helena@Orebro.se",
    });
    const rows = await db.prisma.memberIdentity.findMany({
      where: { externalId: "U-HELENA" },
      orderBy: { groupId: "asc" },
    });
    expect(rows.map((r) => [r.groupId, r.memberId])).toEqual([
      [orebro.id, helena.id],
      [vasteras.id, there.memberId],
    ]);
  });

  it("a mention of someone's id in a command means that member", async () => {
    await resolveMember(db.prisma, orebro, slackIdentity("T-OREBRO", "U0TINA", { name: "Tina Modin" }), []);
    await resolveMember(db.prisma, orebro, slackIdentity("T-OREBRO", "U0KG", { name: "KG Granberg" }), []);
    expect((await findMemberByQuery(db.prisma, orebro.id, "<@U0TINA|tina>")).name).toBe("Tina Modin");
    expect((await findMemberByQuery(db.prisma, orebro.id, "<@U0KG>")).name).toBe("KG Granberg");
    await expect(findMemberByQuery(db.prisma, vasteras.id, "<@U0TINA>")).rejects.toMatchObject({
      detail: { code: "member_not_found" },
    });
  });

  it("names someone the platform told nothing about in the group's language", async () => {
    const nobody: Identity = { platform: "teams", ids: [] };
    expect((await resolveMember(db.prisma, orebro, nobody, [])).name).toBe("Okänd medlem");
    const english = { ...vasteras, locale: "en" as const };
    expect((await resolveMember(db.prisma, english, nobody, [])).name).toBe("Unknown member");
  });

  it("deleting a member deletes their identities", async () => {
    const actor = await resolveMember(db.prisma, orebro, teamsIdentity("29:olle", "aad-olle"), []);
    expect(await identitiesOf(actor.memberId)).toHaveLength(2);
    await db.prisma.member.delete({ where: { id: actor.memberId } });
    expect(await db.prisma.memberIdentity.count({ where: { memberId: actor.memberId } })).toBe(0);
  });
});
