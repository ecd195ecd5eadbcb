// Re-importing a plan whose activities have no numbers (Västerås' plans): numbers follow the rows, but
// each row finds its own stored activity by text within principle and party, so status and comments
// reported in chat stay with the activity they were written about. Renumbering is listed, an activity
// the file no longer has is kept and listed, and rows that could be either of two activities are refused.
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "../../../src/core/clock.ts";
import type { Database } from "../../../src/db/open-database.ts";
import { createImportCommand } from "../../../src/plans/import-command.ts";
import { cliContext, csv } from "../../fixtures/plans/workbooks.ts";
import { doorFor, runLine } from "../../support/run-line.ts";
import { createTestDatabase, testDatabaseKinds } from "../../support/test-database.ts";

const SEED = join(import.meta.dirname, "../../../prisma/plans/vasteras-2022-2024.csv");
const NOW = "2026-11-23T09:00:00Z";
const runImport = createImportCommand({ clock: fixedClock(NOW) });
const GROUP = "Samverkansgruppen Västerås";

const INSERTED = "Ta fram en gemensam kalender för samverkansgruppens möten.";
const REMOVED = "Leverera aktuell kontaktinformation till kommunen.";
const EDITED_FROM = "Tillhandahålla ett aktuellt och ändamålsenligt föreningsregister.";
const EDITED_TO = "Tillhandahålla ett aktuellt och ändamålsenligt föreningsregister på webben.";
const TYPO_LINE = "Uppmuntra folkbildningen att arbeta för att stärka övriga civilsamhället organisatoriskt.";

describe.each(testDatabaseKinds())("re-importing an unnumbered plan on %s", (kind) => {
  let db: Database;
  let dir: string;

  beforeAll(async () => {
    db = await createTestDatabase(kind);
    dir = await mkdtemp(join(tmpdir(), "lok-reimport-"));
  });
  afterAll(async () => {
    await db?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  async function lok(args: string[]) {
    const c = cliContext(db);
    const code = await runImport(args, c.ctx);
    return { code, out: c.stdout(), err: c.stderr() };
  }

  async function activities(group: string) {
    return db.prisma.activity.findMany({
      where: { plan: { group: { name: group } } },
      orderBy: { number: "asc" },
      include: { statusUpdates: { orderBy: { id: "asc" } } },
    });
  }

  /** Status and a comment naming the activity, on every activity, through the real command executor. */
  async function reportOnEveryActivity(group: string) {
    const g = await db.prisma.group.findFirstOrThrow({ where: { name: group } });
    const member = await db.prisma.member.create({
      data: { groupId: g.id, name: "Sara Samordnare", role: "samordnare" },
    });
    const executor = doorFor({
      prisma: db.prisma,
      clock: fixedClock(NOW),
      logger: pino({ level: "silent" }),
    });
    const statuses = ["pågår", "klar", "försenad", "pausad"];
    for (const a of await activities(group)) {
      const reply = await runLine(
        executor,
        `status ${a.number} ${statuses[a.number % 4]} Om: ${a.title.slice(0, 40)}`,
        {
          group: { id: g.id, name: g.name, timeZone: g.timeZone },
          actor: { memberId: member.id, name: member.name, role: member.role },
          source: "console",
          idempotencyKey: `chat:${a.id}`,
        },
      );
      expect(reply.tone).not.toBe("error");
    }
  }

  it("keeps every status and comment with its activity when a row is added on top, one removed and one edited", async () => {
    const first = await lok([SEED, "--group", GROUP]);
    expect(first.code).toBe(0);
    expect(first.out).toContain("24 nya");
    await reportOnEveryActivity(GROUP);
    const before = await activities(GROUP);
    const historyOf = new Map(
      before.map((a) => [a.id, a.statusUpdates.map((u) => [u.status, u.comment, u.source])]),
    );
    const statusOf = new Map(before.map((a) => [a.id, a.status]));
    const removed = before.find((a) => a.title === REMOVED);
    const edited = before.find((a) => a.title === EDITED_FROM);
    const typo = before.find((a) => a.title === TYPO_LINE);
    expect([removed?.number, edited?.number, typo?.number]).toEqual([6, 3, 17]);

    const seed = await readFile(SEED, "utf8");
    const lines = seed.split(/\r?\n/);
    const firstSection = lines.findIndex((l) => l.startsWith("Gemensamma aktiviteter"));
    lines.splice(firstSection + 1, 0, `${INSERTED};;`);
    const changed = lines
      .filter((l) => !l.startsWith(REMOVED))
      .join("\r\n")
      .replace(EDITED_FROM, EDITED_TO)
      .replace(TYPO_LINE, TYPO_LINE.replace("organisatoriskt", "organisatorikst"));
    expect(changed).not.toContain(REMOVED);
    const file = join(dir, "vasteras-2022-2024.csv");
    await writeFile(file, changed);

    const dry = await lok([file, "--group", GROUP, "--dry-run"]);
    expect(dry.code).toBe(0);
    expect(dry.out).toContain("Skulle få nytt nummer");
    expect(dry.out).toContain("  1 → 2: Ansvara för att informationen är lättillgänglig");
    expect(dry.out).toContain("  5 → 6: Tillhandahålla ett system för bidragsansökningar");
    expect(dry.out).not.toMatch(/^ {2}(\d+) → \1:/m);
    expect(dry.out).toContain("Finns inte längre i filen");
    expect(dry.out).toContain(`  6 → 25: ${REMOVED} (numret 6 går till en annan aktivitet)`);
    expect(dry.out).toContain("  1: ny");
    expect(dry.out).toContain("  4: ändrad aktivitetstext");
    expect(dry.out).toMatch(/1 ny, 2 ändrade, 5 med nytt nummer, 17 oförändrade, 0 statusändringar/);
    expect((await activities(GROUP)).map((a) => [a.id, a.number, a.title])).toEqual(
      before.map((a) => [a.id, a.number, a.title]),
    );

    const real = await lok([file, "--group", GROUP]);
    expect(real.err).toBe("");
    expect(real.code).toBe(0);
    expect(real.out).toContain("Nytt nummer");
    expect(real.out).toContain("  1 → 2: Ansvara för att informationen är lättillgänglig");
    const after = await activities(GROUP);
    expect(after).toHaveLength(25);
    for (const a of after) {
      if (a.title === INSERTED) {
        expect(a.number).toBe(1);
        expect(a.statusUpdates).toEqual([]);
        continue;
      }
      // The same row (id), its own history and status, whatever its number now.
      expect(historyOf.get(a.id)).toEqual(a.statusUpdates.map((u) => [u.status, u.comment, u.source]));
      expect(a.status).toBe(statusOf.get(a.id));
      const comment = a.statusUpdates[0]?.comment ?? "";
      const original = before.find((b) => b.id === a.id)?.title ?? "";
      expect(comment).toBe(`Om: ${original.slice(0, 40)}`.trim());
    }
    expect(after.find((a) => a.id === edited?.id)).toMatchObject({ number: 4, title: EDITED_TO });
    expect(after.find((a) => a.id === removed?.id)).toMatchObject({ number: 25, title: REMOVED });
    expect(after.find((a) => a.id === typo?.id)?.title).toContain("organisatorikst");
    expect(after.map((a) => a.number)).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));

    // The same file again: nothing moves.
    const again = await lok([file, "--group", GROUP]);
    expect(again.out).toContain("0 nya, 0 ändrade, 24 oförändrade, 0 statusändringar");
    expect(again.out).toContain(`  25: ${REMOVED}`);
  });

  it("follows rows that swap places, and never matches across principle or party", async () => {
    const rows = (order: string[][]) => [
      ["Handlingsplan 2030-2031"],
      ["Aktivitet", "Part"],
      ["Principen om dialog"],
      ...order,
    ];
    const file = join(dir, "swap.csv");
    await writeFile(
      file,
      csv(
        rows([
          ["Bjuda in till dialogmöte om lokaler", "Staden"],
          ["Bjuda in till dialogmöte om bidrag", "Staden"],
          ["Bjuda in till dialogmöte om lokaler", "Civilsamhället"],
        ]),
      ),
    );
    expect((await lok([file, "--group", "Bytesgruppen"])).code).toBe(0);
    const [one, two, three] = await activities("Bytesgruppen");
    await writeFile(
      file,
      csv(
        rows([
          ["Bjuda in till dialogmöte om lokaler", "Civilsamhället"],
          ["Bjuda in till dialogmöte om bidrag", "Staden"],
          ["Bjuda in till dialogmöte om lokaler", "Staden"],
        ]),
      ),
    );
    const r = await lok([file, "--group", "Bytesgruppen"]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("  1 → 3: Bjuda in till dialogmöte om lokaler");
    expect(r.out).toContain("  3 → 1: Bjuda in till dialogmöte om lokaler");
    const after = await activities("Bytesgruppen");
    expect(after.map((a) => [a.number, a.id, a.party])).toEqual([
      [1, three?.id, "civilsamhalle"],
      [2, two?.id, "stad"],
      [3, one?.id, "stad"],
    ]);
  });

  it("refuses rows that are equally close to two stored activities, and the dry run says so", async () => {
    const file = join(dir, "twins.csv");
    const rows = (extra: string[][]) => [
      ["Handlingsplan 2032"],
      ["Aktivitet", "Ansvarig"],
      ...extra,
      ["Sprida information om överenskommelsen", "KSF"],
      ["Sprida information om överenskommelsen", "Föreningsrådet"],
    ];
    await writeFile(file, csv(rows([])));
    expect((await lok([file, "--group", "Tvillinggruppen"])).code).toBe(0);
    const before = await activities("Tvillinggruppen");
    await writeFile(file, csv(rows([["Ny aktivitet först", "KSF"]])));
    const dry = await lok([file, "--group", "Tvillinggruppen", "--dry-run"]);
    expect(dry.code).toBe(0);
    expect(dry.out).toContain("Oklart vilken sparad aktivitet raden är");
    expect(dry.out).toContain(
      'rad 4 "Sprida information om överenskommelsen" är lika nära 1 "Sprida information om överenskommelsen" och 2 "Sprida information om överenskommelsen"',
    );
    expect(dry.out).toContain("En riktig inläsning sparar ingenting");
    const real = await lok([file, "--group", "Tvillinggruppen"]);
    expect(real.code).toBe(1);
    expect(real.err).toContain("Inget har sparats: 2 rader i filen kan vara flera sparade aktiviteter.");
    expect(real.err).toContain("Skriv aktiviteternas nummer i en kolumn Nr");
    expect((await activities("Tvillinggruppen")).map((a) => [a.id, a.number, a.title])).toEqual(
      before.map((a) => [a.id, a.number, a.title]),
    );
  });
});
