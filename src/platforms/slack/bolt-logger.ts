// Bolt, its Web API client and its Socket Mode client log through our one pino logger (child
// `{ platform: "slack" }`). Their debug lines embed whole request bodies, API responses (users.info with
// the person's e-mail, apps.connections.open with the Socket Mode ticket) and envelopes (response_url),
// so every line is scrubbed (log-redaction.ts), and the configured tokens and signing secret by value.
import { type Logger as BoltLogger, LogLevel } from "@slack/bolt";
import type { Logger } from "pino";
import { scrubLogText } from "../../log-redaction.ts";

const fromPino: Record<string, LogLevel> = {
  trace: LogLevel.DEBUG,
  debug: LogLevel.DEBUG,
  info: LogLevel.INFO,
  warn: LogLevel.WARN,
  error: LogLevel.ERROR,
  fatal: LogLevel.ERROR,
  silent: LogLevel.ERROR,
};

function part(p: unknown): string {
  if (p instanceof Error) return p.message;
  if (typeof p === "string") return p;
  try {
    return JSON.stringify(p);
  } catch {
    return String(p);
  }
}
const text = (parts: unknown[]) => parts.map(part).join(" ");

export function boltLogger(logger: Logger, secrets: readonly string[] = []): BoltLogger {
  // Bolt logs at debug on every request; the parts are only formatted when the line will be written.
  const at =
    (level: "debug" | "info" | "warn" | "error") =>
    (...m: unknown[]) => {
      if (logger.isLevelEnabled(level)) logger[level](scrubLogText(text(m), secrets));
    };
  return {
    debug: at("debug"),
    info: at("info"),
    warn: at("warn"),
    error: at("error"),
    // pino decides what is written; Bolt's own level setting is ignored.
    setLevel: () => {},
    getLevel: () => fromPino[logger.level] ?? LogLevel.INFO,
    setName: () => {},
  };
}
