// The Teams SDK logs through its own ILogger interface; this bridges it to our one pino logger, so its
// messages are structured and at the level the rest of the bot uses. What the SDK hands over is not
// trusted to be fit for a log: an HTTP error object carries its request's headers (the bot's Bearer
// token), so errors are reduced to their name, message, status and stack, and tokens and the client
// secret are blanked out of every line, at every level.
import type { AppOptions, IPlugin } from "@microsoft/teams.apps";
import type { Logger } from "pino";

type ILogger = NonNullable<AppOptions<IPlugin>["logger"]>;
type LogLevel = "error" | "warn" | "info" | "debug" | "trace";

const CENSOR = "[hemlig]";
const BEARER = /(Bearer\s+)[^\s"',;]+/gi;
const JWT = /eyJ[\w-]+\.[\w-]+\.[\w-]*/g;

export function redactor(secrets: readonly string[]): (text: string) => string {
  const known = secrets.filter((s) => s.length >= 8);
  return (text) => {
    let out = text.replace(BEARER, `$1${CENSOR}`).replace(JWT, CENSOR);
    for (const secret of known) out = out.split(secret).join(CENSOR);
    return out;
  };
}

function stringify(value: unknown): string {
  if (typeof value === "string") return value;
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return "[not serializable]";
  }
}

/** An error as a log may show it: never its request, config or headers. */
export function safeError(error: Error, redact: (text: string) => string) {
  const e = error as Error & { code?: unknown; status?: unknown; response?: { status?: unknown } };
  const status = typeof e.response?.status === "number" ? e.response.status : e.status;
  // A prototype-less object: pino's err serializer then takes its type from `name`.
  return Object.assign(Object.create(null) as Record<string, unknown>, {
    name: error.name,
    message: redact(error.message),
    ...(typeof e.code === "string" ? { code: e.code } : {}),
    ...(typeof status === "number" ? { status } : {}),
    ...(error.stack ? { stack: redact(error.stack) } : {}),
  });
}

function write(logger: Logger, redact: (text: string) => string, level: LogLevel, args: unknown[]): void {
  if (!logger.isLevelEnabled(level)) return;
  const err = args.find((a): a is Error => a instanceof Error);
  const text = redact(
    args
      .filter((a) => !(a instanceof Error))
      .map(stringify)
      .join(" "),
  );
  if (err) logger[level]({ err: safeError(err, redact) }, text || redact(err.message));
  else logger[level](text);
}

export function sdkLogger(logger: Logger, secrets: readonly string[] = []): ILogger {
  const redact = redactor(secrets);
  return {
    debug: (...msg: unknown[]) => write(logger, redact, "debug", msg),
    info: (...msg: unknown[]) => write(logger, redact, "info", msg),
    warn: (...msg: unknown[]) => write(logger, redact, "warn", msg),
    error: (...msg: unknown[]) => write(logger, redact, "error", msg),
    trace: (...msg: unknown[]) => write(logger, redact, "trace", msg),
    log: (level: LogLevel, ...msg: unknown[]) => write(logger, redact, level, msg),
    child: (name: string) => sdkLogger(logger.child({ sdk: name }), secrets),
  };
}
