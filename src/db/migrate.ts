// Applies prisma/migrations with Prisma's own schema engine (WebAssembly), recording them in the same
// `_prisma_migrations` table that `prisma migrate deploy` keeps, so either tool can take over.
import { createHash } from "node:crypto";
import type { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import pg from "pg";
import {
  createSchemaEngine,
  type DiagnoseMigrationHistoryOutput,
  type MigrationList,
  readMigrationsList,
  withWholeScripts,
} from "./schema-engine.ts";

export { readMigrationsList } from "./schema-engine.ts";

export type MigrationTarget =
  | { kind: "pglite"; pglite: PGlite }
  /** `schema` wins over the URL's `?schema=`; the default is "public". */
  | { kind: "postgresql"; connectionString: string; schema?: string };

export interface MigrationLogger {
  info(message: string): void;
  warn(message: string): void;
}

export interface ApplyMigrationsOptions {
  migrationsDir: string;
  logger?: MigrationLogger;
}

const NO_FILTERS = { externalTables: [], externalEnums: [] };

/** The key Prisma Migrate itself locks on, so our runs and `prisma migrate deploy` exclude each other. */
const PRISMA_MIGRATE_LOCK = 72707369;

interface MigrationConnection {
  schema: string;
  rows<T>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Made only when the engine runs: the fast path (everything applied) needs none. */
  factory(): Promise<SqlMigrationAwareDriverAdapterFactory>;
  /** Runs `work` holding the migration lock (a no-op for PGlite, which has one connection). */
  locked<T>(work: () => Promise<T>, logger?: MigrationLogger): Promise<T>;
  close(): Promise<void>;
}

export async function applyMigrations(
  target: MigrationTarget,
  options: ApplyMigrationsOptions,
): Promise<{ applied: string[] }> {
  const list = await readMigrationsList(options.migrationsDir);
  const connection = connect(target);
  try {
    if (await allApplied(connection, list, options.logger)) return { applied: [] };
    return await connection.locked(() => runEngine(connection, list, options.logger), options.logger);
  } finally {
    await connection.close();
  }
}

/**
 * Prisma's own check of the migration history (what `prisma migrate status` reports): migrations
 * not applied yet, applied ones whose file was edited since, failed ones.
 */
export async function diagnoseMigrations(
  target: MigrationTarget,
  options: { migrationsDir: string },
): Promise<DiagnoseMigrationHistoryOutput> {
  const migrationsList = await readMigrationsList(options.migrationsDir);
  const connection = connect(target);
  try {
    const engine = await createSchemaEngine(await connection.factory());
    try {
      return await engine.diagnoseMigrationHistory({
        migrationsList,
        optInToShadowDatabase: false,
        filters: NO_FILTERS,
      });
    } finally {
      engine.free();
    }
  } finally {
    await connection.close();
  }
}

export function resolveSchema(connectionString: string, schema?: string): string {
  const name = schema ?? new URL(connectionString).searchParams.get("schema") ?? "public";
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) {
    throw new Error(`unsupported PostgreSQL schema name ${JSON.stringify(name)}: use letters, digits and _`);
  }
  return name;
}

async function runEngine(
  connection: MigrationConnection,
  list: MigrationList,
  logger?: MigrationLogger,
): Promise<{ applied: string[] }> {
  const engine = await createSchemaEngine(await connection.factory(), {
    log: (line) => forwardWarnings(line, logger),
  });
  try {
    const { appliedMigrationNames } = await engine.applyMigrations({
      migrationsList: list,
      filters: NO_FILTERS,
    });
    for (const name of appliedMigrationNames) logger?.info(`applied migration ${name}`);
    return { applied: appliedMigrationNames };
  } finally {
    engine.free();
  }
}

/** Runs a query and returns its rows. */
type Rows = <T>(sql: string, params?: unknown[]) => Promise<T[]>;

/** Whether a database (reached through `rows`, tables in `schema`) has every migration in the directory. */
export async function allMigrationsApplied(
  rows: Rows,
  schema: string,
  migrationsDir: string,
): Promise<boolean> {
  return allApplied({ schema, rows }, await readMigrationsList(migrationsDir));
}

/**
 * The fast path: when `_prisma_migrations` already lists every migration directory as finished (and
 * none as failed), there is nothing to do and the wasm engine is not needed.
 */
async function allApplied(
  connection: Pick<MigrationConnection, "schema" | "rows">,
  list: MigrationList,
  logger?: MigrationLogger,
): Promise<boolean> {
  const table = `"${connection.schema}"."_prisma_migrations"`;
  const [exists] = await connection.rows<{ found: boolean }>("SELECT to_regclass($1) IS NOT NULL AS found", [
    table,
  ]);
  if (!exists?.found) return false;
  const rows = await connection.rows<{ migration_name: string; checksum: string; finished: boolean }>(
    `SELECT migration_name, checksum, finished_at IS NOT NULL AS finished FROM ${table} WHERE rolled_back_at IS NULL`,
  );
  if (rows.some((row) => !row.finished)) return false;
  const applied = new Map(rows.map((row) => [row.migration_name, row.checksum]));
  for (const directory of list.migrationDirectories) {
    const checksum = applied.get(directory.path);
    if (checksum === undefined) return false;
    const { content } = directory.migrationFile;
    if (content.tag === "ok" && !checksumMatches(content.value, checksum)) {
      logger?.warn(`migration ${directory.path} was edited after it was applied (checksum differs)`);
    }
  }
  return true;
}

function connect(target: MigrationTarget): MigrationConnection {
  if (target.kind === "pglite") return pgliteConnection(target.pglite);
  return postgresConnection(target.connectionString, resolveSchema(target.connectionString, target.schema));
}

function pgliteConnection(pglite: PGlite): MigrationConnection {
  return {
    schema: "public",
    rows: async <T>(sql: string, params?: unknown[]) => (await pglite.query<T>(sql, params)).rows,
    async factory() {
      // Loaded only when migrations run (the adapter weighs tens of megabytes).
      const { PrismaPGlite } = await import("pglite-prisma-adapter");
      const library = new PrismaPGlite(pglite);
      return {
        provider: "postgres",
        adapterName: library.adapterName,
        connect: async () => withWholeScripts(await library.connect(), (script) => pglite.exec(script)),
        connectToShadowDb: () => Promise.reject(new Error("applying migrations needs no shadow database")),
      };
    },
    locked: (work) => work(),
    close: async () => {},
  };
}

function postgresConnection(connectionString: string, schema: string): MigrationConnection {
  // The engine's SQL is unqualified (it relies on search_path, as with `?schema=` for Prisma's CLI),
  // and its advisory lock is session-level and never released: so one connection, with search_path
  // set at connect time (pg replaces a connection after a failed query), closed when done.
  const pool = new pg.Pool({
    connectionString,
    max: 1,
    idleTimeoutMillis: 0,
    options: `-c search_path="${schema}"`,
  });
  const library = new PrismaPg(pool, { schema });
  return {
    schema,
    rows: async <T>(sql: string, params?: unknown[]) => (await pool.query(sql, params)).rows as T[],
    factory: async () => ({
      provider: "postgres",
      adapterName: library.adapterName,
      connect: async () => withWholeScripts(await library.connect(), (script) => pool.query(script)),
      connectToShadowDb: () => Promise.reject(new Error("applying migrations needs no shadow database")),
    }),
    // Held until close() ends the session (or until a failed migration script makes pg replace the
    // connection; by then the engine only records the failure, which stops every later run).
    locked: async (work, logger) => {
      const [free] = (await pool.query(`SELECT pg_try_advisory_lock(${PRISMA_MIGRATE_LOCK}) AS free`)).rows;
      if (!free?.free) {
        logger?.info("another process is applying migrations to this database; waiting for it");
        await pool.query(`SELECT pg_advisory_lock(${PRISMA_MIGRATE_LOCK})`);
      }
      // Checked first: CREATE SCHEMA needs the CREATE privilege even when the schema exists.
      const found = await pool.query("SELECT 1 FROM pg_namespace WHERE nspname = $1", [schema]);
      if (found.rowCount === 0) await pool.query(`CREATE SCHEMA "${schema}"`);
      return work();
    },
    close: () => pool.end(),
  };
}

function checksumMatches(script: string, checksum: string): boolean {
  // Same rule as the engine: line endings may have been changed by git.
  const variants = [script, script.replaceAll("\r\n", "\n"), script.replaceAll("\n", "\r\n")];
  return variants.some((variant) => sha256(variant) === checksum);
}

function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

function forwardWarnings(line: string, logger?: MigrationLogger): void {
  if (!logger) return;
  try {
    const entry = JSON.parse(line) as { level?: string; fields?: { message?: string } };
    if (entry.level === "WARN" || entry.level === "ERROR") logger.warn(entry.fields?.message ?? line);
  } catch {
    logger.warn(line.trim());
  }
}
