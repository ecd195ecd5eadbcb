// A pino destination that keeps what was logged, for tests that read the log: every line as written
// (to search for what must never be there) and parsed (to count what must be there once).
import type { DestinationStream } from "pino";

export interface LogLine {
  level: number;
  msg?: string;
  [field: string]: unknown;
}

export interface LogCapture extends DestinationStream {
  /** Everything written, as one string. */
  text(): string;
  lines(): LogLine[];
  /** The lines at `level` (pino's number: 30 info, 40 warn, 50 error) whose message contains `msg`. */
  find(level: number, msg: string): LogLine[];
}

export function captureLog(): LogCapture {
  const written: string[] = [];
  const lines = () =>
    written
      .join("")
      .split("\n")
      .filter(Boolean)
      .map((l) => JSON.parse(l) as LogLine);
  return {
    write(line: string) {
      written.push(line);
    },
    text: () => written.join(""),
    lines,
    find: (level, msg) => lines().filter((l) => l.level === level && String(l.msg ?? "").includes(msg)),
  };
}
