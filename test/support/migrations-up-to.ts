// A copy of prisma/migrations holding only the migrations before a given one, so that a test can
// apply them, write data in the old shape, and then apply the rest to see how the data moves.
import { cp, mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DEFAULT_MIGRATIONS_DIR } from "../../src/db/open-database.ts";

export interface PartialMigrations {
  dir: string;
  remove(): Promise<void>;
}

/** The migrations whose directory sorts before the one named `<timestamp>_<name>`. */
export async function migrationsBefore(name: string): Promise<PartialMigrations> {
  const entries = await readdir(DEFAULT_MIGRATIONS_DIR, { withFileTypes: true });
  const migrations = entries.filter((e) => e.isDirectory()).map((e) => e.name);
  const target = migrations.find((m) => m.replace(/^\d+_/, "") === name);
  if (!target) throw new Error(`no migration named ${name}`);
  const dir = await mkdtemp(join(tmpdir(), "lok-boten-migrations-"));
  await cp(join(DEFAULT_MIGRATIONS_DIR, "migration_lock.toml"), join(dir, "migration_lock.toml"));
  for (const m of migrations.filter((m) => m < target))
    await cp(join(DEFAULT_MIGRATIONS_DIR, m), join(dir, m), { recursive: true });
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}
