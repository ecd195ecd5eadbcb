// Members and roles from chat through the one door, as Slack delivers them: `medlemmar`, `ny medlem`,
// `roll`, `ta bort medlem` and `koppla ny`, with the refusals (each naming whom to ask), former members
// who write again, and bad input that changes nothing.
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "../../../src/core/clock.ts";
import type { Database } from "../../../src/db/open-database.ts";
import { renderText } from "../../../src/platforms/console/render-text.ts";
import { slackIdentity } from "../../../src/platforms/slack/identity.ts";
import { loadMembers } from "../../../src/scheduler/sweep-context.ts";
import { bindChannel } from "../../../src/services/channels.ts";
import { createDoor, type Door, type Incoming } from "../../../src/services/conversation.ts";
import { loadDemo, readDemo } from "../../../src/services/demo.ts";
import { createCommandExecutor } from "../../../src/services/execute-command.ts";
import { findGroup } from "../../../src/services/groups.ts";
import { createTestDatabase, testDatabaseKinds } from "../../support/test-database.ts";

const NOW = "2026-11-23T09:00:00Z";
// Slack users for some of the demo's members; U-ADMIN is in LOK_ADMINS and in no group yet.
const USERS: Record<string, string> = {
  "Anna Fogel": "U-ANNA",
  "Helena Astvald": "U-HELENA",
  "Tina Modin": "U-TINA",
  "KG Granberg": "U-KG",
};

describe.each(testDatabaseKinds())("member commands on %s", (kind) => {
  let db: Database;
  let door: Door;
  let groupId: number;
  let sequence = 0;

  const message = (as: string, text: string, overrides: Partial<Incoming> = {}): Incoming => ({
    platform: "slack",
    workspaceId: "T1",
    channelId: "C-LOK",
    conversationType: "channel",
    identity: slackIdentity("T1", USERS[as] ?? as, { name: as }),
    input: { type: "text", text },
    idempotencyKey: `msg:${++sequence}`,
    ...overrides,
  });
  const say = async (as: string, text: string, overrides: Partial<Incoming> = {}) => {
    const { reply } = await door.handle(message(as, text, overrides));
    return { ...reply, text: renderText(reply) };
  };
  const member = (name: string) =>
    db.prisma.member.findFirstOrThrow({ where: { groupId, name }, orderBy: { id: "asc" } });
  const memberCount = () => db.prisma.member.count({ where: { groupId } });

  beforeAll(async () => {
    db = await createTestDatabase(kind);
    await loadDemo(db.prisma, await readDemo(), new Date(NOW));
    const group = await findGroup(db.prisma);
    groupId = group.id;
    await bindChannel(db.prisma, { platform: "slack", workspaceId: "T1", channelId: "C-LOK" }, group);
    for (const [name, userId] of Object.entries(USERS)) {
      const m = await member(name);
      await db.prisma.memberIdentity.create({
        data: { groupId, memberId: m.id, platform: "slack", workspaceId: "T1", externalId: userId },
      });
    }
    const clock = fixedClock(NOW);
    const deps = { prisma: db.prisma, clock, logger: pino({ level: "silent" }) };
    door = createDoor(deps, createCommandExecutor(deps), { admins: ["U-ADMIN"] });
  });
  afterAll(async () => {
    await db?.close();
  });

  it("`medlemmar` lists everyone with organisation, role and where they are reached, to the asker only", async () => {
    const reply = await say("Tina Modin", "medlemmar");
    expect(reply.tone).toBe("info");
    expect(reply.visibility).toBe("ephemeral");
    expect(reply.effect).toBeUndefined();
    expect(reply.text).toContain("Medlemmar i Samverkansrådet Örebro");
    expect(reply.text).toContain("Anna Fogel – samordnare; nås i Slack");
    expect(reply.text).toContain("Lennart Bondeson, KD – medlem; har inte skrivit till mig än");
    expect(reply.text).not.toContain("Tidigare medlemmar");
    // Samordnare first.
    expect(reply.text.indexOf("Helena Astvald")).toBeLessThan(reply.text.indexOf("Britten Uhlin"));
    const english = await say("Tina Modin", "members");
    expect(english.text).toContain("Medlemmar i");
  });

  it("refuses a medlem who adds, removes or changes a role, naming the group's samordnare", async () => {
    const before = await memberCount();
    for (const line of ["ny medlem Karin Berg", "ta bort medlem Anna Fogel", "roll Tina Modin samordnare"]) {
      const reply = await say("Tina Modin", line);
      expect(reply.tone, line).toBe("error");
      expect(reply.text, line).toContain("Bara samordnare");
      expect(reply.text, line).toContain(
        "Be gruppens samordnare, Anna Fogel och Helena Astvald, att göra det.",
      );
    }
    expect(await memberCount()).toBe(before);
    expect((await member("Tina Modin")).role).toBe("medlem");
    expect((await member("Anna Fogel")).leftAt).toBeNull();
  });

  it("`ny medlem` adds a medlem with organisation and e-mail, once per delivery, and refuses a name taken", async () => {
    const before = await memberCount();
    const incoming = message("Anna Fogel", "ny medlem Karin Berg, Örebro kommun, karin@example.org");
    const first = await door.handle(incoming);
    expect(first.reply.tone).toBe("success");
    expect(first.reply.effect).toBe("changed");
    expect(renderText(first.reply)).toContain("Karin Berg (Örebro kommun) är nu medlem i gruppen.");
    const again = await door.handle(incoming);
    expect(again.reply.effect).toBe("repeat");
    expect(await memberCount()).toBe(before + 1);
    expect(await member("Karin Berg")).toMatchObject({
      organisation: "Örebro kommun",
      email: "karin@example.org",
      role: "medlem",
      leftAt: null,
    });

    const taken = await say("Helena Astvald", "new member karin berg");
    expect(taken.tone).toBe("error");
    expect(taken.text).toContain("Det finns redan en medlem som heter Karin Berg");
    const email = await say("Helena Astvald", "ny medlem Karin Bergström, KARIN@example.org");
    expect(email.tone).toBe("error");
    expect(email.text).toContain("hör redan till Karin Berg");
    expect(await memberCount()).toBe(before + 1);

    const missing = await say("Anna Fogel", "ny medlem");
    expect(missing.tone).toBe("error");
    expect(missing.text).toContain("ny medlem <namn>");
    const listed = await say("Tina Modin", "medlemmar");
    expect(listed.text).toContain("Karin Berg, Örebro kommun – medlem; nås i e-post karin@example.org");
  });

  it("a samordnare makes samordnare and medlemmar, but only an admin makes an admin", async () => {
    const made = await say("Anna Fogel", "roll Karin Berg samordnare");
    expect(made.effect).toBe("changed");
    expect(made.text).toContain("Karin Berg är nu samordnare i gruppen.");
    expect((await member("Karin Berg")).role).toBe("samordnare");
    const same = await say("Anna Fogel", "role Karin coordinator");
    expect(same.effect).toBe("unchanged");
    expect(same.text).toContain("Karin Berg är redan samordnare.");

    const admin = await say("Anna Fogel", "roll Karin Berg admin");
    expect(admin.tone).toBe("error");
    expect(admin.text).toContain("Bara en administratör");
    expect((await member("Karin Berg")).role).toBe("samordnare");

    const back = await say("Karin Berg", "roll Karin Berg medlem", {
      identity: slackIdentity("T1", "U-KARIN", { email: "karin@example.org", name: "Karin" }),
    });
    expect(back.effect).toBe("changed");
    expect((await member("Karin Berg")).role).toBe("medlem");
  });

  it("matches names as `ansvarig` does: ambiguous and unknown names get candidates and suggestions", async () => {
    const many = await say("Anna Fogel", "roll Mats samordnare");
    expect(many.tone).toBe("error");
    expect(many.text).toContain("Mats Einestam");
    expect(many.text).toContain("Mats-Olof Liljegren");
    const typo = await say("Anna Fogel", "roll Tinna Modin samordnare");
    expect(typo.tone).toBe("error");
    expect(typo.text).toContain("Menade du ”Tina Modin”?");
    expect((await member("Tina Modin")).role).toBe("medlem");
    const bad = await say("Anna Fogel", "roll Tina Modin chef");
    expect(bad.tone).toBe("error");
    expect(bad.text).toContain("roll <namn> samordnare|medlem|admin");
  });

  it("never leaves the group without a samordnare, and the last admin keeps the role", async () => {
    expect((await say("Anna Fogel", "roll Helena Astvald medlem")).effect).toBe("changed");
    const self = await say("Anna Fogel", "roll Anna Fogel medlem");
    expect(self.tone).toBe("error");
    expect(self.text).toContain("Anna Fogel är gruppens sista samordnare");
    const leave = await say("Anna Fogel", "ta bort medlem Anna Fogel");
    expect(leave.tone).toBe("error");
    expect(leave.text).toContain("sista samordnare");
    expect(await member("Anna Fogel")).toMatchObject({ role: "samordnare", leftAt: null });

    // An admin (named in the database, not LOK_ADMINS) may make admins, but not step down as the last one.
    await db.prisma.member.update({
      where: { id: (await member("Helena Astvald")).id },
      data: { role: "admin" },
    });
    const last = await say("Helena Astvald", "roll Helena Astvald samordnare");
    expect(last.tone).toBe("error");
    expect(last.text).toContain("sista administratör");
    expect((await member("Helena Astvald")).role).toBe("admin");
    const refusedAdmin = await say("Anna Fogel", "roll Helena Astvald medlem");
    expect(refusedAdmin.text).toContain("Bara en administratör");
    expect(refusedAdmin.text).toContain("Fråga Helena Astvald.");
    expect((await say("Helena Astvald", "roll KG Granberg admin")).effect).toBe("changed");
    expect((await say("Helena Astvald", "roll Helena Astvald samordnare")).effect).toBe("changed");
    expect((await member("Helena Astvald")).role).toBe("samordnare");
    expect((await member("KG Granberg")).role).toBe("admin");
  });

  it("`ta bort medlem` keeps the history, stops reminders and new ownerships, and says what they still own", async () => {
    expect((await say("Anna Fogel", "ansvarig 13 Tina Modin")).effect).toBe("changed");
    const tina = await member("Tina Modin");
    const updates = await db.prisma.statusUpdate.count({ where: { authorId: tina.id } });
    const removed = await say("Anna Fogel", "ta bort medlem Tina Modin");
    expect(removed.effect).toBe("changed");
    expect(removed.text).toContain("Tina Modin är inte längre medlem i gruppen.");
    expect(removed.text).toContain("står fortfarande som ansvarig för");
    expect(removed.text).toMatch(/aktivitet(erna)? [^;]*13/);
    expect((await member("Tina Modin")).leftAt).toEqual(new Date(NOW));
    expect(await db.prisma.statusUpdate.count({ where: { authorId: tina.id } })).toBe(updates);

    expect((await loadMembers(db.prisma, [groupId])).has(tina.id)).toBe(false);
    const again = await say("Anna Fogel", "remove member Tina Modin");
    expect(again.effect).toBe("unchanged");
    expect(again.text).toContain("redan en tidigare medlem");
    const owner = await say("Anna Fogel", "ansvarig 12 Tina Modin");
    expect(owner.tone).toBe("error");
    expect(owner.text).toContain("hittar ingen medlem");
    // Taken off an activity, a former member still can be.
    expect((await say("Anna Fogel", "ansvarig 13 -Tina Modin")).effect).toBe("changed");

    const listed = await say("Anna Fogel", "medlemmar");
    expect(listed.text).toContain("Tidigare medlemmar");
    expect(listed.text).toContain("Tina Modin (slutade 23 nov 2026)");
    expect(listed.text).not.toContain("Tina Modin – medlem");
  });

  it("a former member who writes again is told whom to ask, and nothing is run", async () => {
    const updates = await db.prisma.statusUpdate.count();
    const reply = await say("Tina Modin", "status 13 klar");
    expect(reply.tone).toBe("error");
    expect(reply.text).toContain("Du är inte längre medlem i Samverkansrådet Örebro");
    expect(reply.text).toContain("fråga Anna Fogel eller Helena Astvald");
    expect(await db.prisma.statusUpdate.count()).toBe(updates);
    expect((await member("Tina Modin")).leftAt).not.toBeNull();

    const back = await say("Anna Fogel", "ny medlem Tina Modin");
    expect(back.effect).toBe("changed");
    expect(back.text).toContain("Tina Modin är medlem i gruppen igen.");
    expect((await member("Tina Modin")).leftAt).toBeNull();
    expect((await say("Tina Modin", "status 13 pågår")).tone).toBe("success");
  });

  it("`koppla ny` lets an admin create a group and bind an unbound channel, and refuses everyone else", async () => {
    const groups = await db.prisma.group.count();
    const stranger = await say("Tina Modin", "koppla ny Samverkansrådet Karlstad", { channelId: "C-NEW" });
    expect(stranger.tone).toBe("error");
    expect(stranger.text).toContain("Bara administratörer kan skapa nya grupper");
    const taken = await say("U-ADMIN", "koppla ny samverkansrådet örebro", { channelId: "C-NEW" });
    expect(taken.tone).toBe("error");
    expect(taken.text).toContain("koppla Samverkansrådet Örebro");
    const bound = await say("U-ADMIN", "koppla ny Samverkansrådet Karlstad");
    expect(bound.tone).toBe("error");
    expect(bound.text).toContain("redan kopplad till Samverkansrådet Örebro");
    expect(await db.prisma.group.count()).toBe(groups);

    const incoming = message("U-ADMIN", "connect new Samverkansrådet Karlstad", { channelId: "C-NEW" });
    const created = await door.handle(incoming);
    expect(created.reply.effect).toBe("changed");
    expect(renderText(created.reply)).toContain("skapat gruppen Samverkansrådet Karlstad");
    expect((await door.handle(incoming)).reply.effect).toBe("repeat");
    expect(await db.prisma.group.count()).toBe(groups + 1);
    const group = await db.prisma.group.findUniqueOrThrow({ where: { name: "Samverkansrådet Karlstad" } });
    const binding = await db.prisma.channelBinding.findFirstOrThrow({ where: { channelId: "C-NEW" } });
    expect(binding.groupId).toBe(group.id);
    // The channel now belongs to the new group, and the admin is its admin.
    const list = await say("U-ADMIN", "medlemmar", { channelId: "C-NEW" });
    expect(list.text).toContain("Medlemmar i Samverkansrådet Karlstad");
    expect(list.text).toContain("U-ADMIN – administratör");
  });

  it("has help for each command", async () => {
    const help = await say("Tina Modin", "hjälp roll");
    expect(help.text).toContain("roll <namn> samordnare|medlem|admin");
    expect((await say("Tina Modin", "hjälp ny")).text).toContain("ny medlem <namn>");
    expect((await say("Tina Modin", "help remove")).text).toContain("ta bort medlem <namn>");
  });
});
