// Migrations applied by the wasm schema engine, recorded as Prisma's CLI records them.
import { createHash } from "node:crypto";
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createMigration, MIGRATION_LOCK, MigrationNameError } from "../../../src/db/create-migration.ts";
import { applyMigrations, diagnoseMigrations, readMigrationsList } from "../../../src/db/migrate.ts";
import { DEFAULT_MIGRATIONS_DIR } from "../../../src/db/open-database.ts";
import {
  createEmptyMigrationTarget,
  type EmptyMigrationTarget,
  testDatabaseKinds,
} from "../../support/test-database.ts";

const SCHEMA_PATH = join(DEFAULT_MIGRATIONS_DIR, "..", "schema.prisma");

interface MigrationRow {
  id: string;
  checksum: string;
  finished_at: Date | null;
  migration_name: string;
  logs: string | null;
  rolled_back_at: Date | null;
  started_at: Date;
  applied_steps_count: number;
}

async function migrationNames(dir: string): Promise<string[]> {
  return (await readMigrationsList(dir)).migrationDirectories.map((d) => d.path);
}

function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

async function tempDir(prefix: string): Promise<string> {
  return mkdtemp(join(tmpdir(), prefix));
}

describe.each(testDatabaseKinds())("applyMigrations on %s", (kind) => {
  const opened: EmptyMigrationTarget[] = [];
  const dirs: string[] = [];
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((t) => t.close()));
    await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
  });
  async function emptyTarget(): Promise<EmptyMigrationTarget> {
    const target = await createEmptyMigrationTarget(kind);
    opened.push(target);
    return target;
  }

  it("applies every migration to an empty database and records it in _prisma_migrations as Prisma does", async () => {
    const db = await emptyTarget();
    const expected = await migrationNames(DEFAULT_MIGRATIONS_DIR);
    expect(expected.length).toBeGreaterThan(0);

    const first = await applyMigrations(db.target, { migrationsDir: DEFAULT_MIGRATIONS_DIR });
    expect(first.applied).toEqual(expected);

    const columns = await db.query<{
      column_name: string;
      data_type: string;
      character_maximum_length: number | null;
    }>(
      `SELECT column_name, data_type, character_maximum_length FROM information_schema.columns
       WHERE table_schema = current_schema() AND table_name = '_prisma_migrations' ORDER BY ordinal_position`,
    );
    // The table as Prisma's schema engine creates it for PostgreSQL.
    expect(columns.map((c) => [c.column_name, c.data_type, c.character_maximum_length])).toEqual([
      ["id", "character varying", 36],
      ["checksum", "character varying", 64],
      ["finished_at", "timestamp with time zone", null],
      ["migration_name", "character varying", 255],
      ["logs", "text", null],
      ["rolled_back_at", "timestamp with time zone", null],
      ["started_at", "timestamp with time zone", null],
      ["applied_steps_count", "integer", null],
    ]);

    const rows = await db.query<MigrationRow>("SELECT * FROM _prisma_migrations ORDER BY migration_name");
    expect(rows.map((r) => r.migration_name)).toEqual(expected);
    for (const row of rows) {
      const script = await readFile(
        join(DEFAULT_MIGRATIONS_DIR, row.migration_name, "migration.sql"),
        "utf8",
      );
      expect(row.checksum).toBe(sha256(script));
      expect(row.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.rolled_back_at).toBeNull();
      expect(row.logs).toBeNull();
      expect(row.applied_steps_count).toBe(1);
    }

    const second = await applyMigrations(db.target, { migrationsDir: DEFAULT_MIGRATIONS_DIR });
    expect(second.applied).toEqual([]);
    expect(await db.query("SELECT 1 FROM _prisma_migrations")).toHaveLength(rows.length);

    // The engine's own history check (behind `prisma migrate status` and `migrate dev`) agrees.
    expect(await diagnoseMigrations(db.target, { migrationsDir: DEFAULT_MIGRATIONS_DIR })).toEqual({
      editedMigrationNames: [],
      failedMigrationNames: [],
      hasMigrationsTable: true,
      history: null,
    });
  });

  it("records a failing migration as failed, keeps none of its changes and reports the error", async () => {
    const db = await emptyTarget();
    const dir = await tempDir("lok-boten-migrations-");
    dirs.push(dir);
    await cp(DEFAULT_MIGRATIONS_DIR, dir, { recursive: true });
    const bad = "29991231235959_broken";
    await mkdir(join(dir, bad));
    await writeFile(
      join(dir, bad, "migration.sql"),
      'CREATE TABLE "half_done" ("id" INTEGER);\nCREATE TABLE "broken" ("id" NO_SUCH_TYPE);\n',
    );

    await expect(applyMigrations(db.target, { migrationsDir: dir })).rejects.toThrow(/no_such_type/);

    const [row] = await db.query<MigrationRow>(
      `SELECT * FROM _prisma_migrations WHERE migration_name = '${bad}'`,
    );
    expect(row?.finished_at).toBeNull();
    expect(row?.logs).toMatch(/no_such_type/);
    expect(await db.query("SELECT 1 FROM information_schema.tables WHERE table_name = 'half_done'")).toEqual(
      [],
    );
    // Like `prisma migrate deploy`, later runs refuse to go on until the failure is resolved.
    await expect(applyMigrations(db.target, { migrationsDir: dir })).rejects.toThrow(/failed/);
  });

  it.runIf(kind === "postgresql")(
    "lets two processes migrate one fresh schema at the same time",
    async () => {
      const db = await emptyTarget();
      const options = { migrationsDir: DEFAULT_MIGRATIONS_DIR };
      const [a, b] = await Promise.all([
        applyMigrations(db.target, options),
        applyMigrations(db.target, options),
      ]);
      const expected = await migrationNames(DEFAULT_MIGRATIONS_DIR);
      expect([...a.applied, ...b.applied]).toEqual(expected);
      const rows = await db.query<MigrationRow>("SELECT * FROM _prisma_migrations");
      expect(rows.map((r) => r.migration_name).sort()).toEqual(expected);
    },
  );
});

describe("createMigration", () => {
  const dirs: string[] = [];
  afterEach(async () => {
    await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
  });
  async function copyOfMigrations(): Promise<string> {
    const dir = await tempDir("lok-boten-migrations-");
    dirs.push(dir);
    await cp(DEFAULT_MIGRATIONS_DIR, dir, { recursive: true });
    return dir;
  }

  it("reports no changes and writes nothing when the schema matches the migrations", async () => {
    const dir = await copyOfMigrations();
    const before = await readdir(dir, { recursive: true });
    const result = await createMigration({ name: "nothing", schemaPath: SCHEMA_PATH, migrationsDir: dir });
    expect(result).toEqual({ created: false });
    expect(await readdir(dir, { recursive: true })).toEqual(before);
  });

  it("writes the SQL for a schema change in Prisma's layout", async () => {
    const dir = await copyOfMigrations();
    const schemaDir = await tempDir("lok-boten-schema-");
    dirs.push(schemaDir);
    const schemaPath = join(schemaDir, "schema.prisma");
    const schema = await readFile(SCHEMA_PATH, "utf8");
    await writeFile(
      schemaPath,
      `${schema}\nmodel Note {\n  id   Int    @id @default(autoincrement())\n  text String\n\n  @@map("notes")\n}\n`,
    );

    const now = new Date("2030-01-02T03:04:05Z");
    const result = await createMigration({ name: "add_notes", schemaPath, migrationsDir: dir, now });
    expect(result.created).toBe(true);
    const sql = await readFile(join(dir, "20300102030405_add_notes", "migration.sql"), "utf8");
    expect(sql).toContain('-- CreateTable\nCREATE TABLE "notes" (');
    expect(sql).not.toContain("groups");
    expect(await readFile(join(dir, "migration_lock.toml"), "utf8")).toBe(MIGRATION_LOCK);
  });

  it("rejects a bad name politely, with a suggestion", async () => {
    const dir = await copyOfMigrations();
    const attempt = createMigration({
      name: "Lägg till anteckningar",
      schemaPath: SCHEMA_PATH,
      migrationsDir: dir,
    });
    await expect(attempt).rejects.toBeInstanceOf(MigrationNameError);
    await expect(attempt).rejects.toThrow('for example "lagg_till_anteckningar"');
  });
});
