// Opens LÖK-boten's database: embedded PGlite when no URL is given, PostgreSQL through a pg Pool
// otherwise. A PGlite data directory is served by one process to all (shared-pglite.ts) and reached,
// like PostgreSQL, through node-postgres; PGlite in memory (tests, throwaway databases) lives in the
// process. Prisma Client uses a driver adapter either way, and pending migrations are applied first
// unless `migrate: false`.
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { DomainError } from "../core/domain-error.ts";
import { PrismaClient } from "./generated/client.ts";
import {
  allMigrationsApplied,
  applyMigrations,
  type MigrationLogger,
  type MigrationTarget,
  resolveSchema,
} from "./migrate.ts";
import { SHUTTING_DOWN_CODE } from "./pglite-relay.ts";
import { openSharedDirectory, type SharedDirectoryOptions } from "./shared-pglite.ts";
import { statementNameGenerator } from "./statement-names.ts";

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
  /** For tests: how a PGlite data directory is claimed, and how long to wait for its owner. */
  shared?: Pick<
    SharedDirectoryOptions,
    "claimMethod" | "waitForOwnerMs" | "closeGraceMs" | "idleInTransactionMs"
  >;
}

export const DEFAULT_MIGRATIONS_DIR = fileURLToPath(new URL("../../prisma/migrations", import.meta.url));

export async function openDatabase(options: OpenDatabaseOptions): Promise<Database> {
  if (options.databaseUrl) {
    const url = options.databaseUrl;
    return openPostgres(url, options).catch((error: unknown) => {
      throw unreachable(error, url) ?? error;
    });
  }
  return openPGlite(options);
}

/** A connection that failed for a reason a person can fix, as the reply that says so; else undefined. */
function unreachable(error: unknown, databaseUrl: string): DomainError | undefined {
  const code = (error as { code?: string } | undefined)?.code;
  const reason = (
    {
      ECONNREFUSED: "refused",
      ENOTFOUND: "not_found",
      EAI_AGAIN: "not_found",
      ETIMEDOUT: "timeout",
      "28P01": "auth",
      "28000": "auth",
      "3D000": "no_database",
    } as const
  )[code ?? ""];
  if (!reason) return undefined;
  const url = new URL(databaseUrl);
  return new DomainError({
    code: "database_unreachable",
    where: `${url.hostname}:${url.port || "5432"}${url.pathname}`,
    reason,
  });
}

async function openPGlite(options: OpenDatabaseOptions): Promise<Database> {
  if (options.inMemory) return openPGliteInMemory(options);
  if (!options.dataDir) throw new Error("openDatabase needs a databaseUrl, a dataDir or inMemory: true");
  const dataDir = resolve(options.dataDir);
  const shared = await openSharedDirectory({
    ...options.shared,
    dataDir,
    migrate: options.migrate !== false,
    migrationsDir: options.migrationsDir ?? DEFAULT_MIGRATIONS_DIR,
    ...(options.logger ? { logger: options.logger } : {}),
  });
  // PGlite is one session for all connections: no named statements (another connection's names
  // would clash) and no session settings; a few connections are enough to keep queries queued there.
  const pool = new pg.Pool({
    host: shared.socket.dir,
    port: shared.socket.port,
    user: "postgres",
    database: "postgres",
    max: 4,
    stream: () => shared.socketFactory(),
  });
  // An idle connection ends when its owner hands the directory over; the next query reconnects.
  pool.on("error", () => {});
  retryQueriesNotRun(pool);
  const closeAll = async () => {
    await pool.end().catch(() => {});
    await shared.close();
  };
  try {
    await shared.ensureServed();
    if (options.migrate !== false && !shared.owner()) await requireMigrated(pool, options, dataDir);
  } catch (error) {
    await closeAll();
    throw error;
  }
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool), errorFormat: ERROR_FORMAT });
  return database(prisma, "pglite", `PGlite i ${dataDir}`, closeAll);
}

/**
 * A query outside a transaction that met a handover was not run, and is sent once more on a new
 * connection: either the relay refused it (SHUTTING_DOWN_CODE; it runs nothing that arrives after it
 * has ended a connection), or it could not even be written to the closed socket (EPIPE). A reset
 * connection is not retried (the query may have run), and a transaction that meets a handover fails
 * as a whole and is rolled back; nothing is run twice.
 */
function retryQueriesNotRun(pool: pg.Pool): void {
  const query = pool.query.bind(pool) as (...args: unknown[]) => Promise<unknown>;
  pool.query = ((...args: unknown[]) => {
    if (typeof args[args.length - 1] === "function") return query(...args);
    return query(...args).catch((error: { code?: string }) => {
      if (error?.code !== SHUTTING_DOWN_CODE && error?.code !== "EPIPE") throw error;
      return query(...args);
    });
  }) as typeof pool.query;
}

/** Another process serves the directory; it applied its migrations, which must include ours. */
async function requireMigrated(pool: pg.Pool, options: OpenDatabaseOptions, dataDir: string): Promise<void> {
  const current = await allMigrationsApplied(
    async <T>(sql: string, params?: unknown[]) => (await pool.query(sql, params)).rows as T[],
    "public",
    options.migrationsDir ?? DEFAULT_MIGRATIONS_DIR,
  );
  if (!current) throw new DomainError({ code: "database_older_owner", dataDir });
}

async function openPGliteInMemory(options: OpenDatabaseOptions): Promise<Database> {
  // Loaded only here: a data directory's PGlite lives in its owner's worker thread, not in this one.
  const [{ PGlite }, { PrismaPGlite }] = await Promise.all([
    import("@electric-sql/pglite"),
    import("pglite-prisma-adapter"),
  ]);
  const pglite = new PGlite();
  try {
    await pglite.waitReady;
    if (options.migrate !== false) await migrate({ kind: "pglite", pglite }, options);
  } catch (error) {
    await pglite.close();
    throw error;
  }
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(pglite), errorFormat: ERROR_FORMAT });
  return database(prisma, "pglite", "PGlite i minnet", () => pglite.close());
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
  // An idle connection the server ends (a restart, a network cut) is dropped from the pool, and the
  // next query opens a new one. Unheard, node-postgres's error event would end the process.
  pool.on("error", (error) => options.logger?.warn(`PostgreSQL ended an idle connection: ${error.message}`));
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
