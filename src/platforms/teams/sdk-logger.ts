// The Teams SDK logs through its own ILogger interface; this bridges it to our one pino logger, so its
// messages (JWT rejections, send failures) are structured and at the level the rest of the bot uses.
import type { AppOptions, IPlugin } from "@microsoft/teams.apps";
import type { Logger } from "pino";

type ILogger = NonNullable<AppOptions<IPlugin>["logger"]>;
type LogLevel = "error" | "warn" | "info" | "debug" | "trace";

const PINO_LEVEL: Record<LogLevel, "error" | "warn" | "info" | "debug" | "trace"> = {
  error: "error",
  warn: "warn",
  info: "info",
  debug: "debug",
  trace: "trace",
};

function write(logger: Logger, level: LogLevel, args: unknown[]): void {
  const method = PINO_LEVEL[level];
  if (!logger.isLevelEnabled(method)) return;
  const err = args.find((a): a is Error => a instanceof Error);
  const text = args
    .filter((a) => !(a instanceof Error))
    .map((a) => (typeof a === "string" ? a : JSON.stringify(a)))
    .join(" ");
  if (err) logger[method]({ err }, text || err.message);
  else logger[method](text);
}

export function sdkLogger(logger: Logger): ILogger {
  return {
    debug: (...msg: unknown[]) => write(logger, "debug", msg),
    info: (...msg: unknown[]) => write(logger, "info", msg),
    warn: (...msg: unknown[]) => write(logger, "warn", msg),
    error: (...msg: unknown[]) => write(logger, "error", msg),
    trace: (...msg: unknown[]) => write(logger, "trace", msg),
    log: (level: LogLevel, ...msg: unknown[]) => write(logger, level, msg),
    child: (name: string) => sdkLogger(logger.child({ sdk: name })),
  };
}
