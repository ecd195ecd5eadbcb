// The Västerås plan 2022–2024 with its goals, imported from the shipped file into a group with a few
// members who own activities: the ground for the annual follow-up's tests.
import { join } from "node:path";
import { fixedClock } from "../../src/core/clock.ts";
import type { Database } from "../../src/db/open-database.ts";
import { createImportCommand } from "../../src/plans/import-command.ts";
import { cliContext } from "../fixtures/plans/workbooks.ts";

export const VASTERAS_GROUP = "LÖK Västerås";
export const PLAN_FILE = join(import.meta.dirname, "../../prisma/plans/vasteras-2022-2024.csv");

export const MEMBERS = [
  {
    name: "Eva Lind",
    organisation: "Stadsledningskontoret",
    role: "samordnare" as const,
    email: "eva@vasteras.example",
  },
  {
    name: "Omar Said",
    organisation: "Västerås föreningsråd",
    role: "samordnare" as const,
    email: "omar@forening.example",
  },
  {
    name: "Karin Berg",
    organisation: "Kultur, idrott och fritid",
    role: "medlem" as const,
    email: "karin@vasteras.example",
  },
  {
    name: "Lena Holm",
    organisation: "Studieförbundet",
    role: "medlem" as const,
    email: "lena@forening.example",
  },
];

/** Activity number → its owners' names. */
export const OWNERS: Record<number, string[]> = {
  1: ["Eva Lind"],
  3: ["Karin Berg"],
  6: ["Lena Holm"],
  8: ["Omar Said", "Lena Holm"],
};

export async function importVasteras(db: Database, now: string): Promise<number> {
  const c = cliContext(db);
  const code = await createImportCommand({ clock: fixedClock(now) })(
    [PLAN_FILE, "--group", VASTERAS_GROUP],
    c.ctx,
  );
  if (code !== 0) throw new Error(`import failed: ${c.stderr()}`);
  const group = await db.prisma.group.findUniqueOrThrow({ where: { name: VASTERAS_GROUP } });
  for (const m of MEMBERS) await db.prisma.member.create({ data: { groupId: group.id, ...m } });
  const plan = await db.prisma.plan.findFirstOrThrow({ where: { groupId: group.id, active: true } });
  for (const [number, names] of Object.entries(OWNERS)) {
    const activity = await db.prisma.activity.findUniqueOrThrow({
      where: { planId_number: { planId: plan.id, number: Number(number) } },
    });
    for (const name of names) {
      const member = await db.prisma.member.findFirstOrThrow({ where: { groupId: group.id, name } });
      await db.prisma.activityOwner.create({ data: { activityId: activity.id, memberId: member.id } });
    }
  }
  return group.id;
}
