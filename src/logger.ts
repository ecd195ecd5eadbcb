// One structured logger (pino) for the process; components take child loggers with their context.
// Logs go to stderr, so that stdout stays the console chat's own.
import { type DestinationStream, type Logger, pino } from "pino";

export function createLogger(level: string, destination: DestinationStream = pino.destination(2)): Logger {
  return pino(
    {
      level,
      base: { app: "lok-boten" },
      redact: {
        paths: ["*.token", "*.secret", "*.password", "*.authorization", "headers.authorization"],
        censor: "[hemlig]",
      },
    },
    destination,
  );
}
