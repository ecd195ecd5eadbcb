// Opens LÖK-boten's database: embedded PGlite (a data directory, or memory) when no URL is given,
// PostgreSQL through a pg Pool otherwise. Both are reached by Prisma Client through a driver adapter,
// and pending migrations are applied first unless `migrate: false`.
import { mkdir } from "node:fs/promises";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaClient } from "./generated/client.ts";
import { applyMigrations, type MigrationLogger, type MigrationTarget, resolveSchema } from "./migrate.js";
import { statementNameGenerator } from "./statement-names.js";

export type { PrismaClient } from "./generated/client.ts";

export interface Database {
  prisma: PrismaClient;
  kind: "pglite" | "postgresql";
  /** Where the data lives, without credentials, for logs and `lok` output. */
  description: string;
  /** Disconnects Prisma and closes the pool or PGlite. Safe to call more than once. */
  close(): Promise<void>;
}

export interface OpenDatabaseOptions {
  /** postgresql://… selects PostgreSQL; without it PGlite is used. */
  databaseUrl?: string;
  /** PGlite data directory (created if missing). */
  dataDir?: string;
  /** PGlite in memory, nothing kept after close(). */
  inMemory?: boolean;
  /** PostgreSQL schema; overrides the URL's `?schema=`; default "public". */
  schema?: string;
  /** Apply pending migrations before returning (default true). */
  migrate?: boolean;
  migrationsDir?: string;
  logger?: MigrationLogger;
}

export const DEFAULT_MIGRATIONS_DIR = fileURLToPath(new URL("../../prisma/migrations", import.meta.url));

export async function openDatabase(options: OpenDatabaseOptions): Promise<Database> {
  if (options.databaseUrl) return openPostgres(options.databaseUrl, options);
  return openPGlite(options);
}

async function openPGlite(options: OpenDatabaseOptions): Promise<Database> {
  if (!options.inMemory && !options.dataDir) {
    throw new Error("openDatabase needs a databaseUrl, a dataDir or inMemory: true");
  }
  const dataDir = options.inMemory ? undefined : resolve(options.dataDir ?? "");
  if (dataDir) await mkdir(dataDir, { recursive: true });
  const pglite = new PGlite(dataDir);
  try {
    await pglite.waitReady;
    if (options.migrate !== false) await migrate({ kind: "pglite", pglite }, options);
  } catch (error) {
    await pglite.close();
    throw error;
  }
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(pglite), errorFormat: ERROR_FORMAT });
  const description = dataDir ? `PGlite at ${dataDir}` : "PGlite in memory";
  return database(prisma, "pglite", description, () => pglite.close());
}

/**
 * Prisma's other formats capture a stack trace on every query, to point at the calling line if the
 * query fails; a server pays that on every request. Errors are logged with their own stack anyway.
 */
const ERROR_FORMAT = "minimal";

async function openPostgres(databaseUrl: string, options: OpenDatabaseOptions): Promise<Database> {
  const url = new URL(databaseUrl);
  if (url.protocol !== "postgresql:" && url.protocol !== "postgres:") {
    throw new Error(`unsupported database URL scheme ${url.protocol} (expected postgresql://)`);
  }
  const schema = resolveSchema(databaseUrl, options.schema);
  if (options.migrate !== false)
    await migrate({ kind: "postgresql", connectionString: databaseUrl, schema }, options);
  // Prisma qualifies its own queries with the schema; search_path covers raw SQL.
  const pool = new pg.Pool({ connectionString: databaseUrl, options: `-c search_path="${schema}"` });
  const prisma = new PrismaClient({
    adapter: new PrismaPg(pool, { schema, statementNameGenerator: statementNameGenerator() }),
    errorFormat: ERROR_FORMAT,
  });
  const description = `PostgreSQL ${url.hostname}:${url.port || "5432"}${url.pathname} schema ${schema}`;
  return database(prisma, "postgresql", description, () => pool.end());
}

function migrate(target: MigrationTarget, options: OpenDatabaseOptions): Promise<{ applied: string[] }> {
  return applyMigrations(target, {
    migrationsDir: options.migrationsDir ?? DEFAULT_MIGRATIONS_DIR,
    logger: options.logger,
  });
}

function database(
  prisma: PrismaClient,
  kind: Database["kind"],
  description: string,
  closeDriver: () => Promise<void>,
): Database {
  let closing: Promise<void> | undefined;
  return {
    prisma,
    kind,
    description,
    close() {
      closing ??= prisma.$disconnect().finally(closeDriver);
      return closing;
    },
  };
}
