// The environment, validated once into a typed Config that is passed in. A missing or malformed value
// stops start-up with a message that names the variable.
import { z } from "zod";

const boolean = z.enum(["true", "false"]).transform((v) => v === "true");
const commaList = z
  .string()
  .default("")
  .transform((v) =>
    v
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean),
  );

const envSchema = z.object({
  DATABASE_URL: z
    .string()
    .regex(
      /^postgres(ql)?:\/\/\S+$/,
      "ska vara en PostgreSQL-URL, till exempel postgresql://user@localhost:5432/lok",
    )
    .optional(),
  DATA_DIR: z.string().min(1).default("./data"),
  LOK_USER: z.string().min(1).optional(),
  LOK_GROUP: z.string().min(1).optional(),
  LOK_ADMINS: commaList,
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).optional(),
  LOG_PRETTY: boolean.default(false),
  HEALTH_PORT: z.coerce.number().int().min(1).max(65535).optional(),
});

export type Env = Record<string, string | undefined>;

export interface Config {
  database: { url?: string; dataDir: string };
  console: { user?: string; group?: string };
  admins: string[];
  logLevel?: z.infer<typeof envSchema>["LOG_LEVEL"];
  healthPort?: number;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Fel i konfigurationen:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "ConfigError";
  }
}

/** Reads the configuration from an environment (process.env in production, a literal in tests). */
export function loadConfig(env: Env): Config {
  // An empty variable (VAR= in a .env file) means "not set".
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ""));
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`));
  }
  const e = parsed.data;
  return {
    database: { ...(e.DATABASE_URL ? { url: e.DATABASE_URL } : {}), dataDir: e.DATA_DIR },
    console: { ...(e.LOK_USER ? { user: e.LOK_USER } : {}), ...(e.LOK_GROUP ? { group: e.LOK_GROUP } : {}) },
    admins: e.LOK_ADMINS,
    ...(e.LOG_LEVEL ? { logLevel: e.LOG_LEVEL } : {}),
    ...(e.HEALTH_PORT ? { healthPort: e.HEALTH_PORT } : {}),
  };
}
