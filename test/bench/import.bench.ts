// `lok import` of a large plan: a generated 10,000-row xlsx in the Örebro layout (sections, principles,
// statuses, deadlines, owners), read, checked and written in one transaction on a fresh PGlite.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { fixedClock } from "../../src/core/clock.ts";
import { openDatabase } from "../../src/db/open-database.ts";
import { createImportCommand } from "../../src/plans/import-command.ts";
import { cliContext, ORebroHeader, xlsx } from "../fixtures/plans/workbooks.ts";

const PRINCIPLES = ["Dialog", "Öppenhet", "Långsiktighet", "Mångfald"];
const SECTIONS = ["Örebro kommun", "Civila samhället", "Örebro kommun och civila samhället"];
const STATUSES = ["ej påbörjad", "pågår", "klar", "försenad"];

export async function largePlan(rows: number): Promise<Buffer> {
  const sheet: (string | number | Date | null)[][] = [
    ["Handlingsplan 2025-2027"],
    [],
    [...ORebroHeader, "Klart senast", "Status", "Ägare"],
  ];
  const perSection = Math.ceil(rows / SECTIONS.length);
  for (let n = 1; n <= rows; n++) {
    if ((n - 1) % perSection === 0) sheet.push([SECTIONS[Math.floor((n - 1) / perSection)] ?? "Gemensamt"]);
    sheet.push([
      PRINCIPLES[n % 4] ?? null,
      `Å${n % 13} Kommun`,
      `${n}. Aktivitet nummer ${n} i den stora planen, med en beskrivning av rimlig längd.`,
      "KSF",
      "Kommundirektör",
      "C-nätet",
      new Date(Date.UTC(2026, n % 12, 1 + (n % 28))),
      STATUSES[n % 4] ?? null,
      `Ägare ${n % 50}`,
    ]);
  }
  return xlsx([{ name: "Handlingsplan", rows: sheet }]);
}

export async function benchImport(options: { rows: number }): Promise<{ rows: number; ms: number }> {
  const dir = await mkdtemp(join(tmpdir(), "lok-bench-import-"));
  try {
    const file = join(dir, "plan.xlsx");
    await writeFile(file, await largePlan(options.rows));
    const db = await openDatabase({ dataDir: join(dir, "data") });
    try {
      const c = cliContext(db);
      const run = createImportCommand({ clock: fixedClock("2026-11-23T09:00:00Z") });
      const start = performance.now();
      const code = await run([file, "--group", "Benchgruppen"], c.ctx);
      const ms = performance.now() - start;
      if (code !== 0) throw new Error(`import failed: ${c.stderr()}`);
      const stored = await db.prisma.activity.count();
      if (stored !== options.rows) throw new Error(`expected ${options.rows} activities, found ${stored}`);
      return { rows: options.rows, ms };
    } finally {
      await db.close();
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

// Run directly: node test/bench/import.bench.ts [rows]
if (process.argv[1]?.endsWith("import.bench.ts")) {
  const rows = Number(process.argv[2] ?? 10_000);
  const result = await benchImport({ rows });
  console.log(`lok import: ${result.rows} rows (xlsx) on PGlite in ${(result.ms / 1000).toFixed(2)} s`);
}
