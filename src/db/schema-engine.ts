// Prisma's schema engine (the part behind `prisma migrate`) as WebAssembly, driven through a driver
// adapter, so migrations need neither Prisma's native binary nor its download host.
// The package's own entry point is written for bundlers (`import * as wasm from "…wasm"`), so the
// wasm-bindgen glue is imported directly and the module is instantiated here, once per process.
import { readdir, readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import {
  bindMigrationAwareSqlAdapterFactory,
  DriverAdapterError,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import type { MigrationList, SchemaEngine } from "@prisma/schema-engine-wasm";

export type { DiagnoseMigrationHistoryOutput, MigrationList, SchemaEngine } from "@prisma/schema-engine-wasm";

type EngineGlue = typeof import("@prisma/schema-engine-wasm/schema_engine_bg");

export interface CreateSchemaEngineOptions {
  /** Prisma schema text; needed by commands that read the datamodel (diff, createMigration). */
  schema?: { path: string; content: string };
  /** Receives the engine's log lines (JSON strings). */
  log?: (line: string) => void;
}

interface PanicRegistry {
  set_message(message: string): void;
}

const GLUE = "@prisma/schema-engine-wasm/schema_engine_bg";

/** The slice of the WebAssembly global used here (tsconfig has no DOM lib, @types/node omits it). */
interface WasmApi {
  compile(bytes: Uint8Array): Promise<object>;
  Module: { imports(module: object): Array<{ module: string }> };
  instantiate(module: object, imports: Record<string, object>): Promise<{ exports: Record<string, unknown> }>;
}

const wasmApi = (globalThis as unknown as { WebAssembly: WasmApi }).WebAssembly;

// The one module-level cache: compiling 5 MB of wasm is the expensive part of a migration run.
let gluePromise: Promise<EngineGlue> | undefined;

export function loadSchemaEngine(): Promise<EngineGlue> {
  gluePromise ??= instantiate().catch((error: unknown) => {
    gluePromise = undefined;
    throw error;
  });
  return gluePromise;
}

async function instantiate(): Promise<EngineGlue> {
  installPanicRegistry();
  const gluePath = createRequire(import.meta.url).resolve(GLUE);
  const glue: EngineGlue = await import(GLUE);
  const bytes = await readFile(new URL("schema_engine_bg.wasm", pathToFileURL(gluePath)));
  const module = await wasmApi.compile(bytes);
  const glueImports = withUnrefTimers(glue);
  const imports: Record<string, object> = {};
  for (const { module: name } of wasmApi.Module.imports(module)) imports[name] = glueImports;
  const instance = await wasmApi.instantiate(module, imports);
  glue.__wbg_set_wasm(instance.exports);
  const start = instance.exports.__wbindgen_start;
  if (typeof start === "function") start();
  return glue;
}

/**
 * The engine arms a timer for every timeout it races (10 s around its advisory lock) and never clears
 * it, which kept a finished `lok migrate` or test process alive for 10 s. Unref'd timers still fire
 * while the engine waits on the database, and no longer hold the process open.
 */
function withUnrefTimers(glue: EngineGlue): Record<string, unknown> {
  const imports: Record<string, unknown> = { ...glue };
  for (const name of Object.keys(glue).filter((key) => key.startsWith("__wbg_setTimeout_"))) {
    imports[name] = (callback: () => void, ms: number) => setTimeout(callback, ms >>> 0).unref();
  }
  return imports;
}

/**
 * The glue reports Rust panics to `global.PRISMA_WASM_PANIC_REGISTRY`. Prisma Client's runtime
 * installs one that throws the message; where it is not loaded (create-migration) this one does
 * the same, instead of a TypeError that would hide the message.
 */
function installPanicRegistry(): void {
  const holder = globalThis as { PRISMA_WASM_PANIC_REGISTRY?: PanicRegistry };
  holder.PRISMA_WASM_PANIC_REGISTRY ??= {
    set_message(message: string) {
      throw new Error(`Prisma's schema engine panicked: ${message}`);
    },
  };
}

/** Creates a schema engine that reaches the database through `adapterFactory`. Call `free()` when done. */
export async function createSchemaEngine(
  adapterFactory: SqlMigrationAwareDriverAdapterFactory,
  options: CreateSchemaEngineOptions = {},
): Promise<SchemaEngine> {
  const glue = await loadSchemaEngine();
  const datamodels: [string, string][] | undefined = options.schema
    ? [[options.schema.path, options.schema.content]]
    : undefined;
  const log = options.log ?? (() => {});
  return glue.SchemaEngine.new({ datamodels }, log, bindMigrationAwareSqlAdapterFactory(adapterFactory));
}

/**
 * Returns `adapter` with an `executeScript` that sends the whole migration script in one call of
 * `run` (one simple query: PostgreSQL runs it as one implicit transaction, as Prisma's native engine
 * does) and rejects when it fails. Needed because pglite-prisma-adapter 0.7.2 does not await the
 * script (a failing migration was recorded as applied) and @prisma/adapter-pg splits it on ";".
 */
export function withWholeScripts(
  adapter: SqlDriverAdapter,
  run: (script: string) => Promise<unknown>,
): SqlDriverAdapter {
  const wrapped: SqlDriverAdapter = Object.create(adapter);
  wrapped.executeScript = async (script: string) => {
    try {
      await run(script);
    } catch (error) {
      throw asDriverAdapterError(error);
    }
  };
  return wrapped;
}

interface PostgresErrorFields {
  code: string;
  severity?: string;
  message: string;
  detail?: string;
  column?: string;
  hint?: string;
}

function isPostgresError(error: unknown): error is PostgresErrorFields {
  if (!(error instanceof Error)) return false;
  const fields = error as Error & Partial<PostgresErrorFields>;
  return typeof fields.code === "string";
}

/** Lets the engine show PostgreSQL's own message (it lands in `_prisma_migrations.logs`). */
function asDriverAdapterError(error: unknown): unknown {
  if (!isPostgresError(error)) return error;
  return new DriverAdapterError({
    kind: "postgres",
    code: error.code,
    severity: error.severity ?? "ERROR",
    message: error.message,
    detail: error.detail,
    column: error.column,
    hint: error.hint,
  });
}

/** Reads the migrations directory the way Prisma's CLI does before it calls the engine. */
export async function readMigrationsList(migrationsDir: string): Promise<MigrationList> {
  const baseDir = resolve(migrationsDir);
  const lockfilePath = "migration_lock.toml";
  const lockfile = { path: lockfilePath, content: await readTextOrNull(join(baseDir, lockfilePath)) };
  const entries = await readdir(baseDir, { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return [];
    throw error;
  });
  const migrationDirectories = await Promise.all(
    entries
      .filter((entry) => entry.isDirectory())
      .map(async (entry) => ({
        path: entry.name,
        migrationFile: {
          path: "migration.sql",
          content: await readFile(join(baseDir, entry.name, "migration.sql"), "utf8").then(
            (value) => ({ tag: "ok" as const, value }),
            (error: Error) => ({ tag: "error" as const, value: error.message }),
          ),
        },
      })),
  );
  migrationDirectories.sort((a, b) => a.path.localeCompare(b.path));
  return { baseDir, lockfile, migrationDirectories, shadowDbInitScript: "" };
}

async function readTextOrNull(path: string): Promise<string | null> {
  return readFile(path, "utf8").catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return null;
    throw error;
  });
}
