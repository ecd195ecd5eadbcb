// The group's plans from chat through the door: `planer`, `plan <namn>` (and the active plan the
// executor remembers), `ny plan … [överför]`, the refusal for a medlem, and commands with an activity
// number always in the active plan.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../../src/db/open-database.ts";
import { consoleIncoming } from "../../../src/platforms/console/console-chat.ts";
import { renderText } from "../../../src/platforms/console/render-text.ts";
import type { GroupRef } from "../../../src/services/actor.ts";
import { commandHarness } from "../../support/command-harness.ts";
import { createTestDatabase, testDatabaseKinds } from "../../support/test-database.ts";

const OLD = "Handlingsplan 2017–2018";
const NEXT = "Handlingsplan 2028–2029";
const LATER = "Handlingsplan 2030–2031";

describe.each(testDatabaseKinds())("plan commands on %s", (kind) => {
  let db: Database;
  let h: Awaited<ReturnType<typeof commandHarness>>;

  beforeAll(async () => {
    db = await createTestDatabase(kind);
    h = await commandHarness(db);
  });
  afterAll(async () => {
    await db?.close();
  });

  const plans = () =>
    db.prisma.plan.findMany({
      where: { groupId: h.group.id },
      orderBy: { id: "asc" },
      select: {
        id: true,
        name: true,
        active: true,
        _count: { select: { principles: true, activities: true } },
      },
    });
  const activeNames = async () => (await plans()).filter((p) => p.active).map((p) => p.name);
  const activityIn = (planName: string, number: number) =>
    db.prisma.activity.findFirst({
      where: { number, plan: { groupId: h.group.id, name: planName } },
      include: {
        owners: { include: { member: true }, orderBy: [{ createdAt: "asc" }, { memberId: "asc" }] },
        continuesFrom: { include: { plan: true } },
        principle: true,
      },
    });

  it("`planer` lists the plans with their periods and which one is active, to any member", async () => {
    const reply = await h.run("Tina Modin", "planer");
    expect(reply.tone).toBe("info");
    expect(reply.text).toContain("Gruppens planer");
    expect(reply.text).toMatch(/Handlingsplan 2017–2018: 1 jan \d{4} – 31 dec \d{4} \(aktiv\)/);
    expect(reply.text).toContain("ny plan <namn> <från> <till> [överför]");
    expect((await h.run("Tina Modin", "plans")).text).toContain("(aktiv)");
  });

  it("refuses a medlem politely, naming the group's samordnare, and changes nothing", async () => {
    const before = await plans();
    for (const line of ["plan 2017", `ny plan ${NEXT} 2028 2029`, `new plan ${NEXT} 2028 2029 carry over`]) {
      const reply = await h.run("Tina Modin", line);
      expect(reply.tone, line).toBe("error");
      expect(reply.text, line).toContain("Bara samordnare");
      expect(reply.text, line).toContain(
        "Be gruppens samordnare, Anna Fogel och Helena Astvald, att göra det.",
      );
    }
    expect(await plans()).toEqual(before);
  });

  it("answers bad input with what to type, and changes nothing", async () => {
    const before = await plans();
    const noPeriod = await h.run("Anna Fogel", "ny plan Nästa period");
    expect(noPeriod.tone).toBe("error");
    expect(noPeriod.text).toContain("Det saknas från- och tilldatum");
    expect(noPeriod.text).toContain("ny plan <namn> <från> <till> [överför]");
    const backwards = await h.run("Anna Fogel", "ny plan Baklänges 2030 2029");
    expect(backwards.tone).toBe("error");
    expect(backwards.text).toContain("Perioden kan inte sluta");
    const exists = await h.run("Anna Fogel", `ny plan ${OLD} 2017 2018`);
    expect(exists.tone).toBe("error");
    expect(exists.text).toContain(`Det finns redan en plan som heter ${OLD}`);
    const unknown = await h.run("Anna Fogel", "plan 1999");
    expect(unknown.tone).toBe("error");
    expect(unknown.text).toContain("Gruppen har ingen plan som heter ”1999”");
    expect(unknown.text).toContain(`Gruppens planer är ${OLD}`);
    expect(await plans()).toEqual(before);
  });

  it("`ny plan` without `överför` starts an empty active period with the principles, and says how to carry over", async () => {
    const principles = (await plans())[0]?._count.principles ?? 0;
    // Read the old plan once, so that the executor remembers it as the active one.
    expect((await h.run("Anna Fogel", "visa 6")).text).toContain(OLD);
    const reply = await h.run("Anna Fogel", `ny plan ${NEXT} 2028 2029`);
    expect(reply.tone).toBe("success");
    expect(reply.effect).toBe("changed");
    expect(reply.text).toContain(
      `Ny plan: ${NEXT} (1 jan 2028 – 31 dec 2029). Den är nu gruppens aktiva plan.`,
    );
    expect(reply.text).toContain(`Den har samma ${principles} principer som ${OLD}`);
    // 14 activities, of which 1, 5 and 12 are klar.
    expect(reply.text).toContain(`${OLD} har 11 aktiviteter som varken är klara eller strukna`);
    expect(reply.text).toContain(`ny plan "${NEXT}" 2028-01-01 2029-12-31 överför`);
    expect(await activeNames()).toEqual([NEXT]);
    const next = (await plans()).find((p) => p.name === NEXT);
    expect(next?._count).toEqual({ principles, activities: 0 });

    // At once in the same process: the number is looked up in the new plan, not the remembered one.
    const status = await h.run("Anna Fogel", "status 6 pågår");
    expect(status.tone).toBe("error");
    expect(status.text).toContain(NEXT);
    expect((await activityIn(OLD, 6))?.status).toBe("forsenad");
    expect((await h.run("Tina Modin", "lista")).text).toContain(`Alla aktiviteter i ${NEXT}`);
  });

  it("`ny plan … överför` then carries the open activities into it: same numbers, fields, owners and status, linked", async () => {
    const reply = await h.run("Anna Fogel", `ny plan "${NEXT}" 2028-01-01 2029-12-31 överför`);
    expect(reply.tone).toBe("success");
    expect(reply.text).toContain(`11 aktiviteter från ${OLD} som varken är klara eller strukna fördes över`);
    expect(await activeNames()).toEqual([NEXT]);
    for (const closed of [1, 5, 12]) expect(await activityIn(NEXT, closed), `nr ${closed}`).toBeNull();
    const old6 = await activityIn(OLD, 6);
    const new6 = await activityIn(NEXT, 6);
    expect(new6?.status).toBe("forsenad");
    expect(new6?.owners.map((o) => o.member.name)).toEqual(old6?.owners.map((o) => o.member.name));
    expect(new6?.owners.map((o) => o.member.name)).toEqual(["KG Granberg", "Peter Eriksson"]);
    expect(new6?.title).toBe(old6?.title);
    expect(new6?.responsibleOrg).toBe(old6?.responsibleOrg);
    expect(new6?.dueDate).toEqual(old6?.dueDate);
    expect(new6?.principle?.key).toBe(old6?.principle?.key);
    expect(new6?.principle?.planId).not.toBe(old6?.principle?.planId);
    expect(new6?.continuesFrom?.id).toBe(old6?.id);
    expect((await activityIn(NEXT, 10))?.status).toBe("pausad");
    const owners14 = (await activityIn(OLD, 14))?.owners.map((o) => o.member.name);
    expect(owners14?.slice().sort()).toEqual(["Helena Astvald", "Tina Modin"]);
    expect((await activityIn(NEXT, 14))?.owners.map((o) => o.member.name)).toEqual(owners14);

    const card = await h.run("Tina Modin", "visa 6");
    expect(card.text.split("\n")[0]).toBe(NEXT);
    expect(card.text).toContain(`Den här aktiviteten fortsätter ${OLD} nr 6.`);
    expect(card.text).toContain("KG Granberg och Peter Eriksson");

    // A status change reaches the active plan's row; the closed period keeps its own.
    const status = await h.run("Tina Modin", "status 14 pågår Vi har börjat");
    expect(status.tone).toBe("success");
    expect((await activityIn(NEXT, 14))?.status).toBe("pagar");
    expect((await activityIn(OLD, 14))?.status).toBe("ej_paborjad");
    await h.run("Anna Fogel", "deadline 14 1 mars 2028");
    expect((await activityIn(NEXT, 14))?.dueDate?.toISOString().slice(0, 10)).toBe("2028-03-01");
    expect((await activityIn(OLD, 14))?.dueDate?.toISOString().slice(0, 10)).not.toBe("2028-03-01");

    // A button on a card of the closed plan changes nothing, and says where the activity went on.
    const incoming = consoleIncoming(h.group as GroupRef, await h.actor("Tina Modin"), "", "old-card-press");
    const pressed = await h.door.handle({
      ...incoming,
      input: {
        type: "action",
        action: {
          kind: "set_status",
          number: 14,
          status: "klar",
          activity: (await activityIn(OLD, 14))?.id ?? 0,
        },
      },
    });
    expect(pressed.reply.tone).toBe("error");
    const said = renderText(pressed.reply);
    expect(said).toContain(
      `Kortet visar aktivitet 14 i ${OLD}, som inte längre är gruppens aktiva plan (det är ${NEXT}). Inget ändrades.`,
    );
    expect(said).toContain("fortsätter som nummer 14 i den aktiva planen");
    expect((await activityIn(NEXT, 14))?.status).toBe("pagar");
    expect((await activityIn(OLD, 14))?.status).toBe("ej_paborjad");
    // The active plan's own card works as before.
    const current = await h.door.handle({
      ...incoming,
      idempotencyKey: "new-card-press",
      input: {
        type: "action",
        action: {
          kind: "set_status",
          number: 14,
          status: "klar",
          activity: (await activityIn(NEXT, 14))?.id ?? 0,
        },
      },
    });
    expect(current.reply.tone).toBe("success");
    expect((await activityIn(NEXT, 14))?.status).toBe("klar");

    // Once filled, the same line changes nothing.
    const again = await h.run("Anna Fogel", `ny plan "${NEXT}" 2028-01-01 2029-12-31 överför`);
    expect(again.tone).toBe("error");
    expect((await plans()).find((p) => p.name === NEXT)?._count.activities).toBe(11);
  });

  it("`plan <namn>` switches back at once, by any unique part of the name in any case, and says when it already is", async () => {
    // The executor has the new plan in mind (just used): the switch must be seen by the next command.
    expect((await h.run("Anna Fogel", "visa 6")).text.split("\n")[0]).toBe(NEXT);
    const reply = await h.run("Anna Fogel", "plan handlingsplan 2017");
    expect(reply.tone).toBe("success");
    expect(reply.text).toContain(`Nu är ${OLD} gruppens aktiva plan`);
    expect(reply.text).toContain(`Förut var ${NEXT} aktiv`);
    expect(await activeNames()).toEqual([OLD]);
    expect((await h.run("Anna Fogel", "visa 6")).text.split("\n")[0]).toBe(OLD);
    expect((await h.run("Tina Modin", "status 14")).text).toContain("inte påbörjad");

    const already = await h.run("Anna Fogel", "plan HANDLINGSPLAN 2017-2018");
    expect(already.effect).toBe("unchanged");
    expect(already.text).toContain(`${OLD} är redan gruppens aktiva plan`);
    const ambiguous = await h.run("Anna Fogel", "plan handlingsplan");
    expect(ambiguous.tone).toBe("error");
    expect(ambiguous.text).toContain("passar flera planer");
    expect(await activeNames()).toEqual([OLD]);

    const list = await h.run("Tina Modin", "planer");
    expect(list.text).toContain(`${NEXT}: 1 jan 2028 – 31 dec 2029`);
    expect(list.text).not.toContain(`${NEXT}: 1 jan 2028 – 31 dec 2029 (aktiv)`);
  });

  it("`ny plan … överför` carries over at once from the active plan, in English too", async () => {
    const reply = await h.run("Anna Fogel", `new plan ${LATER} 2030 2031 carry over`);
    expect(reply.tone).toBe("success");
    expect(reply.text).toContain(`Ny plan: ${LATER}`);
    expect(reply.text).toContain("11 aktiviteter");
    expect(await activeNames()).toEqual([LATER]);
    expect((await activityIn(LATER, 6))?.continuesFrom?.plan.name).toBe(OLD);
    expect(await activityIn(LATER, 12)).toBeNull();

    await h.run("Anna Fogel", "språk en");
    const card = await h.run("Tina Modin", "show 6");
    expect(card.text).toContain(`This activity continues ${OLD} no. 6.`);
    const refused = await h.run("Tina Modin", "plan 2017");
    expect(refused.text).toContain("Ask the group's coordinators, Anna Fogel and Helena Astvald, to do it.");
    await h.run("Anna Fogel", "language sv");
  });

  it("a redelivered switch is answered the same and changes nothing again", async () => {
    const first = await h.run("Anna Fogel", "plan 2028", "plan-switch-1");
    expect(first.effect).toBe("changed");
    await h.run("Anna Fogel", "plan 2030");
    const again = await h.run("Anna Fogel", "plan 2028", "plan-switch-1");
    expect(again.effect).toBe("repeat");
    expect(await activeNames()).toEqual([LATER]);
  });
});
