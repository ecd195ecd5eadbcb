// The environment, validated once into a typed Config that is passed in. A missing or malformed value
// stops start-up with a message that names the variable, in the language LOK_LOCALE names.
import { z } from "zod";
import { extraServiceOrigin } from "./platforms/teams/service-origins.ts";
import { envTexts, LOCALES, type Messages, textsFor } from "./texts/index.ts";

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;

const commaList = z
  .string()
  .default("")
  .transform((v) =>
    v
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean),
  );

/** The schema, with its messages in the language of the configuration's errors. */
function envSchema(t: Messages["config"]) {
  const port = z.coerce
    .number({ error: t.port })
    .int({ error: t.port })
    .min(1, { error: t.port })
    .max(65535, { error: t.port });
  /** 0: any free port, the one bound is logged and shown (tests, several instances on one machine). */
  const anyPort = z.coerce
    .number({ error: t.anyPort })
    .int({ error: t.anyPort })
    .min(0, { error: t.anyPort })
    .max(65535, { error: t.anyPort });
  const boolean = z.enum(["true", "false"], { error: t.boolean }).transform((v) => v === "true");
  const serviceOrigin = z.string().transform((value, ctx) => {
    const origin = extraServiceOrigin(value);
    if (origin) return origin;
    ctx.addIssue({ code: "custom", message: t.serviceOrigin(value) });
    return z.NEVER;
  });

  return z.object({
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\/\S+$/, { error: t.databaseUrl })
      .optional(),
    DATA_DIR: z.string().min(1).default("./data"),
    LOK_USER: z.string().min(1).optional(),
    LOK_GROUP: z.string().min(1).optional(),
    LOK_ADMINS: commaList,
    /** The language of the CLI and of these errors: envTexts reads it, and a value it cannot is named here. */
    LOK_LOCALE: z
      .string()
      .transform((v) => v.trim().toLowerCase())
      .pipe(z.enum(LOCALES, { error: t.oneOf(LOCALES) }))
      .optional(),
    LOG_LEVEL: z.enum(LOG_LEVELS, { error: t.oneOf(LOG_LEVELS) }).optional(),
    LOG_PRETTY: boolean.default(false),
    /** Also serve /healthz on a port of its own. */
    HEALTH_PORT: port.optional(),

    // Slack: HTTP mode with the signing secret and bot token; Socket Mode when the app token is set too.
    SLACK_SIGNING_SECRET: z.string().min(1).optional(),
    SLACK_BOT_TOKEN: z
      .string()
      .startsWith("xoxb-", { error: t.startsWith("xoxb-") })
      .optional(),
    SLACK_APP_TOKEN: z
      .string()
      .startsWith("xapp-", { error: t.startsWith("xapp-") })
      .optional(),
    SLACK_API_URL: z.url({ error: t.url("https://slack.com/api/") }).optional(),
    /** The one HTTP server: the web page, Slack's and Teams' endpoints, /healthz. */
    PORT: anyPort.default(3000),
    /** Where the public web pages are reached from outside, e.g. https://lok.example.org. */
    PUBLIC_URL: z.url({ protocol: /^https?$/, error: t.publicUrl }).optional(),

    // Microsoft Teams: the names Microsoft's tooling uses.
    CLIENT_ID: z.string().min(1).optional(),
    CLIENT_SECRET: z.string().min(1).optional(),
    TENANT_ID: z.string().min(1).optional(),
    /** Serve /api/messages on a server of its own instead of on PORT. */
    TEAMS_PORT: port.optional(),
    TEAMS_ALLOW_UNAUTHENTICATED: boolean.default(false),
    /** Accept Entra ID tokens on /api/messages, from this tenant only; unset: Bot Framework tokens only. */
    TEAMS_ENTRA_TENANT_ID: z.string().regex(GUID, { error: t.tenantId }).optional(),
    /** Origins besides the Bot Framework's service hosts that serviceUrls may name (tests, special clouds). */
    TEAMS_EXTRA_SERVICE_ORIGINS: commaList.pipe(z.array(serviceOrigin)),

    // Scheduler: reminders, agendas and digests.
    SCHEDULER_ENABLED: boolean.default(true),
  });
}

export type Env = Record<string, string | undefined>;

export interface SlackConfig {
  signingSecret: string;
  botToken: string;
  /** Socket Mode when set (no public URL needed). */
  appToken?: string;
  apiUrl?: string;
}

export interface TeamsConfig {
  /** Absent only with allowUnauthenticated (local trials on a loopback address). */
  credentials?: { clientId: string; clientSecret: string; tenantId: string };
  allowUnauthenticated: boolean;
  /** A server of its own on this port (TEAMS_PORT); on the shared server (PORT) when absent. */
  port?: number;
  /** The one tenant whose Entra ID tokens are accepted inbound; without it only Bot Framework tokens are. */
  entraTenantId?: string;
  /** Origins (scheme://host[:port]) a serviceUrl may point at besides the Bot Framework's service hosts. */
  extraServiceOrigins: string[];
}

export interface Config {
  /** The one HTTP server (PORT). */
  port: number;
  database: { url?: string; dataDir: string };
  slack?: SlackConfig;
  teams?: TeamsConfig;
  scheduler: { enabled: boolean };
  console: { user?: string; group?: string };
  admins: string[];
  logLevel?: (typeof LOG_LEVELS)[number];
  healthPort?: number;
  /** The public web pages' base address, no trailing slash: PUBLIC_URL, else http://localhost:<PORT>. */
  publicUrl: string;
}

export class ConfigError extends Error {
  readonly problems: string[];

  /** `t`: the language of the problems, which the heading is written in too. */
  constructor(problems: string[], t: Messages["config"] = textsFor().config) {
    super(`${t.heading}\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "ConfigError";
    this.problems = problems;
  }
}

/**
 * Reads the configuration from an environment (process.env in production, a literal in tests). Its
 * errors are in the language that same environment's LOK_LOCALE names (Swedish by default).
 */
export function loadConfig(env: Env): Config {
  const t = envTexts(env).config;
  // An empty variable (VAR= in a .env file) means "not set".
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ""));
  const parsed = envSchema(t).safeParse(present);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`),
      t,
    );
  }
  const e = parsed.data;
  const problems = [...slackProblems(t, e), ...teamsProblems(t, e)];
  if (problems.length) throw new ConfigError(problems, t);
  return {
    port: e.PORT,
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

type ParsedEnv = z.infer<ReturnType<typeof envSchema>>;

function slackProblems(t: Messages["config"], e: ParsedEnv): string[] {
  const any = e.SLACK_SIGNING_SECRET || e.SLACK_BOT_TOKEN || e.SLACK_APP_TOKEN;
  if (!any) return [];
  const missing = [
    ...(e.SLACK_BOT_TOKEN ? [] : ["SLACK_BOT_TOKEN"]),
    ...(e.SLACK_SIGNING_SECRET ? [] : ["SLACK_SIGNING_SECRET"]),
  ];
  return missing.map((name) => t.slackMissing(name));
}

function slackConfig(e: ParsedEnv): Pick<Config, "slack"> {
  if (!e.SLACK_SIGNING_SECRET || !e.SLACK_BOT_TOKEN) return {};
  return {
    slack: {
      signingSecret: e.SLACK_SIGNING_SECRET,
      botToken: e.SLACK_BOT_TOKEN,
      ...(e.SLACK_APP_TOKEN ? { appToken: e.SLACK_APP_TOKEN } : {}),
      ...(e.SLACK_API_URL ? { apiUrl: e.SLACK_API_URL } : {}),
    },
  };
}

function teamsProblems(t: Messages["config"], e: ParsedEnv): string[] {
  const given = [e.CLIENT_ID, e.CLIENT_SECRET, e.TENANT_ID].filter(Boolean).length;
  if (e.TEAMS_ENTRA_TENANT_ID && given < 3) {
    return [t.entraWithoutCredentials, ...(given > 0 ? missingTeamsCredentials(t, e) : [])];
  }
  if (given > 0 && e.TEAMS_ALLOW_UNAUTHENTICATED) {
    return [t.unauthenticatedWithCredentials];
  }
  if (given === 0 || given === 3) return [];
  return missingTeamsCredentials(t, e);
}

function missingTeamsCredentials(t: Messages["config"], e: ParsedEnv): string[] {
  return (["CLIENT_ID", "CLIENT_SECRET", "TENANT_ID"] as const)
    .filter((name) => !e[name])
    .map((name) => t.teamsMissing(name));
}

function teamsConfig(e: ParsedEnv): Pick<Config, "teams"> {
  if (e.CLIENT_ID && e.CLIENT_SECRET && e.TENANT_ID) {
    return {
      teams: {
        credentials: { clientId: e.CLIENT_ID, clientSecret: e.CLIENT_SECRET, tenantId: e.TENANT_ID },
        allowUnauthenticated: false,
        ...(e.TEAMS_PORT ? { port: e.TEAMS_PORT } : {}),
        ...(e.TEAMS_ENTRA_TENANT_ID ? { entraTenantId: e.TEAMS_ENTRA_TENANT_ID } : {}),
        extraServiceOrigins: e.TEAMS_EXTRA_SERVICE_ORIGINS,
      },
    };
  }
  if (e.TEAMS_ALLOW_UNAUTHENTICATED) {
    return {
      teams: {
        allowUnauthenticated: true,
        ...(e.TEAMS_PORT ? { port: e.TEAMS_PORT } : {}),
        extraServiceOrigins: e.TEAMS_EXTRA_SERVICE_ORIGINS,
      },
    };
  }
  return {};
}
