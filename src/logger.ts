// One structured logger (pino) for the process; components take child loggers with their context.
// Logs go to stderr, so that stdout stays the console chat's own. Secrets and e-mail addresses are
// kept out at every level (log-redaction.ts): fields by name, messages and errors by pattern.
import { type DestinationStream, type Logger, pino } from "pino";
import { CENSOR, REDACTED_PATHS, scrubLogText } from "./log-redaction.ts";

function scrubbedError(error: unknown) {
  const serialized = pino.stdSerializers.err(error as Error);
  if (typeof serialized?.message === "string") serialized.message = scrubLogText(serialized.message);
  if (typeof serialized?.stack === "string") serialized.stack = scrubLogText(serialized.stack);
  return serialized;
}

export function createLogger(level: string, destination: DestinationStream = pino.destination(2)): Logger {
  return pino(
    {
      level,
      base: { app: "lok-boten" },
      redact: { paths: REDACTED_PATHS, censor: CENSOR },
      serializers: { err: scrubbedError },
      hooks: {
        // Only called for lines at an enabled level; the message and any format arguments are text.
        logMethod(args, method) {
          for (let i = 0; i < args.length; i++) {
            const arg = args[i];
            if (typeof arg === "string") args[i] = scrubLogText(arg);
          }
          method.apply(this, args);
        },
      },
    },
    destination,
  );
}
