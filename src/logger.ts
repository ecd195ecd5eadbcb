// One structured logger (pino) for the process; components take child loggers with their context.
// Logs go to stderr, so that stdout stays the console chat's own.
import { type Logger, pino } from "pino";

export function createLogger(level: string): Logger {
  return pino(
    {
      level,
      base: { app: "lok-boten" },
      redact: {
        paths: ["*.token", "*.secret", "*.password", "*.authorization", "headers.authorization"],
        censor: "[hemlig]",
      },
    },
    pino.destination(2),
  );
}
