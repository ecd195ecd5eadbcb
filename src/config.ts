// The environment, validated once into a typed Config that is passed in. A missing or malformed value
// stops start-up with a message that names the variable.
import { z } from "zod";
import { extraServiceOrigin } from "./platforms/teams/service-origins.ts";

const port = z.coerce.number().int().min(1).max(65535);
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

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const serviceOrigin = z.string().transform((value, ctx) => {
  const origin = extraServiceOrigin(value);
  if (origin) return origin;
  ctx.addIssue({
    code: "custom",
    message: `${value}: ange bara schema och värd (och port), med https, eller http till 127.0.0.1`,
  });
  return z.NEVER;
});

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
  HEALTH_PORT: port.optional(),

  // Slack: HTTP mode with the signing secret and bot token; Socket Mode when the app token is set too.
  SLACK_SIGNING_SECRET: z.string().min(1).optional(),
  SLACK_BOT_TOKEN: z.string().startsWith("xoxb-", "ska börja med xoxb-").optional(),
  SLACK_APP_TOKEN: z.string().startsWith("xapp-", "ska börja med xapp-").optional(),
  SLACK_API_URL: z.url("ska vara en URL, till exempel https://slack.com/api/").optional(),
  PORT: port.default(3000),
  /** Where the public web pages are reached from outside, e.g. https://lok.example.org. */
  PUBLIC_URL: z
    .url({
      protocol: /^https?$/,
      error: "ska vara en http- eller https-adress, till exempel https://lok.example.org",
    })
    .optional(),

  // Microsoft Teams: the names Microsoft's tooling uses.
  CLIENT_ID: z.string().min(1).optional(),
  CLIENT_SECRET: z.string().min(1).optional(),
  TENANT_ID: z.string().min(1).optional(),
  TEAMS_PORT: port.default(3978),
  TEAMS_ALLOW_UNAUTHENTICATED: boolean.default(false),
  /** Accept Entra ID tokens on /api/messages, from this tenant only; unset: Bot Framework tokens only. */
  TEAMS_ENTRA_TENANT_ID: z
    .string()
    .regex(GUID, "ska vara ett tenant-id (ett GUID, till exempel 00000000-0000-0000-0000-000000000000)")
    .optional(),
  /** Origins besides the Bot Framework's service hosts that serviceUrls may name (tests, special clouds). */
  TEAMS_EXTRA_SERVICE_ORIGINS: commaList.pipe(z.array(serviceOrigin)),

  // Scheduler: reminders, agendas and digests.
  SCHEDULER_ENABLED: boolean.default(true),
});

export type Env = Record<string, string | undefined>;

export interface SlackConfig {
  signingSecret: string;
  botToken: string;
  /** Socket Mode when set (no public URL needed). */
  appToken?: string;
  apiUrl?: string;
  port: number;
}

export interface TeamsConfig {
  /** Absent only with allowUnauthenticated (local trials on a loopback address). */
  credentials?: { clientId: string; clientSecret: string; tenantId: string };
  allowUnauthenticated: boolean;
  port: number;
  /** The one tenant whose Entra ID tokens are accepted inbound; without it only Bot Framework tokens are. */
  entraTenantId?: string;
  /** Origins (scheme://host[:port]) a serviceUrl may point at besides the Bot Framework's service hosts. */
  extraServiceOrigins: string[];
}

export interface Config {
  database: { url?: string; dataDir: string };
  slack?: SlackConfig;
  teams?: TeamsConfig;
  scheduler: { enabled: boolean };
  console: { user?: string; group?: string };
  admins: string[];
  logLevel?: z.infer<typeof envSchema>["LOG_LEVEL"];
  healthPort?: number;
  /** The public web pages' base address, no trailing slash: PUBLIC_URL, else http://localhost:<PORT>. */
  publicUrl: string;
}

export class ConfigError extends Error {
  readonly problems: string[];

  constructor(problems: string[]) {
    super(`Fel i konfigurationen:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "ConfigError";
    this.problems = problems;
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
  const problems = [...slackProblems(e), ...teamsProblems(e)];
  if (problems.length) throw new ConfigError(problems);
  return {
    ...slackConfig(e),
    ...teamsConfig(e),
    scheduler: { enabled: e.SCHEDULER_ENABLED },
    database: { ...(e.DATABASE_URL ? { url: e.DATABASE_URL } : {}), dataDir: e.DATA_DIR },
    console: { ...(e.LOK_USER ? { user: e.LOK_USER } : {}), ...(e.LOK_GROUP ? { group: e.LOK_GROUP } : {}) },
    admins: e.LOK_ADMINS,
    publicUrl: (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, ""),
    ...(e.LOG_LEVEL ? { logLevel: e.LOG_LEVEL } : {}),
    ...(e.HEALTH_PORT ? { healthPort: e.HEALTH_PORT } : {}),
  };
}

type ParsedEnv = z.infer<typeof envSchema>;

function slackProblems(e: ParsedEnv): string[] {
  const any = e.SLACK_SIGNING_SECRET || e.SLACK_BOT_TOKEN || e.SLACK_APP_TOKEN;
  if (!any) return [];
  const missing = [
    ...(e.SLACK_BOT_TOKEN ? [] : ["SLACK_BOT_TOKEN"]),
    ...(e.SLACK_SIGNING_SECRET ? [] : ["SLACK_SIGNING_SECRET"]),
  ];
  return missing.map((name) => `${name}: saknas (Slack behöver SLACK_SIGNING_SECRET och SLACK_BOT_TOKEN)`);
}

function slackConfig(e: ParsedEnv): Pick<Config, "slack"> {
  if (!e.SLACK_SIGNING_SECRET || !e.SLACK_BOT_TOKEN) return {};
  return {
    slack: {
      signingSecret: e.SLACK_SIGNING_SECRET,
      botToken: e.SLACK_BOT_TOKEN,
      ...(e.SLACK_APP_TOKEN ? { appToken: e.SLACK_APP_TOKEN } : {}),
      ...(e.SLACK_API_URL ? { apiUrl: e.SLACK_API_URL } : {}),
      port: e.PORT,
    },
  };
}

function teamsProblems(e: ParsedEnv): string[] {
  const given = [e.CLIENT_ID, e.CLIENT_SECRET, e.TENANT_ID].filter(Boolean).length;
  if (e.TEAMS_ENTRA_TENANT_ID && given < 3) {
    return [
      "TEAMS_ENTRA_TENANT_ID: gäller bara tillsammans med CLIENT_ID, CLIENT_SECRET och TENANT_ID",
      ...(given > 0 ? missingTeamsCredentials(e) : []),
    ];
  }
  if (given > 0 && e.TEAMS_ALLOW_UNAUTHENTICATED) {
    return [
      "TEAMS_ALLOW_UNAUTHENTICATED: får inte vara true när CLIENT_ID, CLIENT_SECRET eller TENANT_ID är satta",
    ];
  }
  if (given === 0 || given === 3) return [];
  return missingTeamsCredentials(e);
}

function missingTeamsCredentials(e: ParsedEnv): string[] {
  return (["CLIENT_ID", "CLIENT_SECRET", "TENANT_ID"] as const)
    .filter((name) => !e[name])
    .map((name) => `${name}: saknas (Teams behöver CLIENT_ID, CLIENT_SECRET och TENANT_ID)`);
}

function teamsConfig(e: ParsedEnv): Pick<Config, "teams"> {
  if (e.CLIENT_ID && e.CLIENT_SECRET && e.TENANT_ID) {
    return {
      teams: {
        credentials: { clientId: e.CLIENT_ID, clientSecret: e.CLIENT_SECRET, tenantId: e.TENANT_ID },
        allowUnauthenticated: false,
        port: e.TEAMS_PORT,
        ...(e.TEAMS_ENTRA_TENANT_ID ? { entraTenantId: e.TEAMS_ENTRA_TENANT_ID } : {}),
        extraServiceOrigins: e.TEAMS_EXTRA_SERVICE_ORIGINS,
      },
    };
  }
  if (e.TEAMS_ALLOW_UNAUTHENTICATED) {
    return {
      teams: {
        allowUnauthenticated: true,
        port: e.TEAMS_PORT,
        extraServiceOrigins: e.TEAMS_EXTRA_SERVICE_ORIGINS,
      },
    };
  }
  return {};
}
