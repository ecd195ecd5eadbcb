// Real databases for integration tests: `describe.each(testDatabaseKinds())` runs a suite on PGlite,
// and on PostgreSQL too when DATABASE_URL is set (each database there is a fresh schema, dropped on
// close). Starting PGlite from scratch (initdb) takes seconds, so a migrated PGlite data directory is
// built once per migrations state in the OS temp dir and each test database starts from a copy of it.
import { createHash, randomBytes } from "node:crypto";
import { cp, mkdtemp, readFile, rename, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { type MigrationTarget, readMigrationsList } from "../../src/db/migrate.ts";
import { type Database, DEFAULT_MIGRATIONS_DIR, openDatabase } from "../../src/db/open-database.ts";

export type TestDatabaseKind = "pglite" | "postgresql";

export function testDatabaseKinds(): TestDatabaseKind[] {
  return process.env.DATABASE_URL ? ["pglite", "postgresql"] : ["pglite"];
}

/** A migrated, empty database of the given kind. close() removes it. */
export async function createTestDatabase(kind: TestDatabaseKind): Promise<Database> {
  if (kind === "postgresql") return createPostgresTestDatabase(databaseUrl());
  const dataDir = await copyOfTemplate(await pgliteTemplate("migrated"));
  try {
    const db = await openDatabase({ dataDir });
    return { ...db, close: () => db.close().finally(() => rm(dataDir, { recursive: true, force: true })) };
  } catch (error) {
    await rm(dataDir, { recursive: true, force: true });
    throw error;
  }
}

/** A PGlite data directory with every migration applied and nothing else, closed; remove it when done. */
export async function createTestDataDir(): Promise<string> {
  return copyOfTemplate(await pgliteTemplate("migrated"));
}

export interface EmptyMigrationTarget {
  target: MigrationTarget;
  /** Runs SQL where the target's tables live. */
  query<T>(sql: string): Promise<T[]>;
  close(): Promise<void>;
}

/** A database with nothing in it, for testing migrations themselves. */
export async function createEmptyMigrationTarget(kind: TestDatabaseKind): Promise<EmptyMigrationTarget> {
  if (kind === "postgresql") {
    const connectionString = databaseUrl();
    const schema = randomSchemaName();
    const client = new pg.Client({ connectionString, options: `-c search_path="${schema}"` });
    await client.connect();
    return {
      target: { kind, connectionString, schema },
      query: async <T>(sql: string) => (await client.query(sql)).rows as T[],
      close: async () => {
        await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
        await client.end();
      },
    };
  }
  const dataDir = await copyOfTemplate(await pgliteTemplate("empty"));
  const pglite = new PGlite(dataDir);
  await pglite.waitReady;
  return {
    target: { kind, pglite },
    query: async <T>(sql: string) => (await pglite.query<T>(sql)).rows,
    close: async () => {
      await pglite.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

function databaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("PostgreSQL tests need DATABASE_URL");
  return url;
}

function randomSchemaName(): string {
  return `test_${randomBytes(6).toString("hex")}`;
}

async function createPostgresTestDatabase(url: string): Promise<Database> {
  const schema = randomSchemaName();
  const dropSchema = async () => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    } finally {
      await client.end();
    }
  };
  try {
    const db = await openDatabase({ databaseUrl: url, schema });
    return { ...db, close: () => db.close().finally(dropSchema) };
  } catch (error) {
    await dropSchema();
    throw error;
  }
}

/**
 * The path of a closed PGlite data directory, empty or with every migration applied, shared by all
 * test processes. Its name hashes the PGlite version and the migrations, so it is rebuilt when
 * either changes; it is built aside and renamed into place, so a reader never sees half of it.
 */
async function pgliteTemplate(state: "empty" | "migrated"): Promise<string> {
  const path = join(tmpdir(), `lok-boten-pglite-${state}-${await templateKey()}`);
  if (await exists(join(path, "PG_VERSION"))) return path;
  const building = await mkdtemp(`${path}.building-`);
  try {
    const db = await openDatabase({ dataDir: building, migrate: state === "migrated" });
    await db.close();
    await rename(building, path);
  } catch (error) {
    await rm(building, { recursive: true, force: true });
    // Another test process finished the same template first.
    if (await exists(join(path, "PG_VERSION"))) return path;
    throw error;
  }
  return path;
}

async function copyOfTemplate(template: string): Promise<string> {
  const dataDir = await mkdtemp(join(tmpdir(), "lok-boten-test-"));
  await cp(template, dataDir, { recursive: true });
  return dataDir;
}

async function templateKey(): Promise<string> {
  const hash = createHash("sha256");
  const pgliteEntry = createRequire(import.meta.url).resolve("@electric-sql/pglite");
  hash.update(await readFile(join(dirname(pgliteEntry), "..", "package.json")));
  const list = await readMigrationsList(DEFAULT_MIGRATIONS_DIR);
  for (const directory of list.migrationDirectories) {
    hash.update(directory.path);
    hash.update(JSON.stringify(directory.migrationFile.content));
  }
  return hash.digest("hex").slice(0, 16);
}

async function exists(path: string): Promise<boolean> {
  return readFile(path).then(
    () => true,
    (error: NodeJS.ErrnoException) => {
      if (error.code === "ENOENT" || error.code === "ENOTDIR") return false;
      throw error;
    },
  );
}
