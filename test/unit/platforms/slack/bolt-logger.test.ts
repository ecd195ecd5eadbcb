// Bolt's log lines go through our pino logger, formatted only when pino will write them.
import { Writable } from "node:stream";
import { pino } from "pino";
import { describe, expect, it } from "vitest";
import { boltLogger } from "../../../../src/platforms/slack/bolt-logger.ts";

function capture(level: string) {
  const lines: { level: number; msg: string }[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      lines.push(JSON.parse(String(chunk)));
      done();
    },
  });
  return { logger: pino({ level }, sink), lines };
}

describe("boltLogger", () => {
  it("writes Bolt's parts as one message at pino's level", async () => {
    const { logger, lines } = capture("info");
    boltLogger(logger).warn("ack failed", { status: 429 }, new Error("too many"));
    await new Promise((resolve) => setImmediate(resolve));
    expect(lines).toMatchObject([{ level: 40, msg: 'ack failed {"status":429} too many' }]);
  });

  it("does not format debug lines pino would drop", () => {
    const { logger, lines } = capture("info");
    let formatted = 0;
    const body = {
      toJSON() {
        formatted++;
        return {};
      },
    };
    boltLogger(logger).debug("request body", body);
    expect(formatted).toBe(0);
    expect(lines).toHaveLength(0);
    const verbose = capture("debug");
    boltLogger(verbose.logger).debug("request body", body);
    expect(formatted).toBe(1);
  });
});
