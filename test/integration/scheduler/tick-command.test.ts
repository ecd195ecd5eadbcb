// `lok tick --now …` with no chat platform configured: one sweep and dispatch, printed to stdout.
import { Writable } from "node:stream";
import { pino } from "pino";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { CliContext } from "../../../src/cli-context.ts";
import type { Config } from "../../../src/config.ts";
import type { Database } from "../../../src/db/open-database.ts";
import { createTickCommand, runTick } from "../../../src/scheduler/tick-command.ts";
import { createTestDatabase } from "../../support/test-database.ts";
import { schedulerHarness } from "./scheduler-support.ts";

function sink() {
  let text = "";
  const stream = new Writable({
    write(chunk, _enc, done) {
      text += String(chunk);
      done();
    },
  });
  return { stream, text: () => text };
}

describe("lok tick", () => {
  let db: Database;
  let h: Awaited<ReturnType<typeof schedulerHarness>>;

  beforeEach(async () => {
    db = await createTestDatabase("pglite");
    h = await schedulerHarness(db);
    // Console only: no channel is bound, so channel posts print as well.
    await db.prisma.channelBinding.deleteMany();
  });
  afterEach(async () => {
    await db?.close();
  });

  function context(out: Writable, err: Writable): CliContext {
    return {
      config: {} as Config,
      logger: pino({ level: "silent" }),
      stdout: out,
      stderr: err,
      openDatabase: async () => ({ ...db, close: async () => {} }),
    };
  }

  it("prints each notification as plain text, once", async () => {
    await h.setDue(13, "2027-11-01");
    await h.digestOn();
    const out = sink();
    const err = sink();
    expect(await runTick(["--now", "2027-10-29T09:00:00+02:00"], context(out.stream, err.stream))).toBe(0);
    const text = out.text();
    expect(text).toContain("── direkt till Anna Fogel ──\nPåminnelse: aktivitet 13 har deadline om 3 dagar");
    expect(text).toContain("Snabbval: status 13 klar | status 13 pågår | status 13 försenad | visa 13");
    expect(text).toContain(
      "── till kanalen Samverkansrådet Örebro ──\nVeckans läge för Samverkansrådet Örebro",
    );
    expect(text).toContain("Tick 2027-10-29T07:00:00.000Z: 2 nya i utkorgen, 2 skickade");

    const again = sink();
    expect(await runTick(["--now", "2027-10-29T09:01:00+02:00"], context(again.stream, err.stream))).toBe(0);
    expect(again.text()).not.toContain("Påminnelse");
    expect(again.text()).toContain("0 nya i utkorgen, 0 skickade");
  });

  it("sums up the tick in Swedish, each number with its word bent to it", async () => {
    await h.setDue(13, "2027-11-01");
    const out = sink();
    expect(await runTick(["--now", "2027-10-29T09:00:00+02:00"], context(out.stream, sink().stream))).toBe(0);
    expect(out.text()).toContain(
      "Tick 2027-10-29T07:00:00.000Z: 1 ny i utkorgen, 1 skickad, 0 väntar på nytt försök, " +
        "0 misslyckades, 0 hoppades över.",
    );
    const again = sink();
    expect(await runTick(["--now", "2027-10-29T09:01:00+02:00"], context(again.stream, sink().stream))).toBe(
      0,
    );
    expect(again.text()).toContain(
      "Tick 2027-10-29T07:01:00.000Z: 0 nya i utkorgen, 0 skickade, 0 väntar på nytt försök, " +
        "0 misslyckades, 0 hoppades över.",
    );
  });

  it("speaks English with LOK_LOCALE=en; the notification itself is in the group's language", async () => {
    await h.setDue(13, "2027-11-01");
    const english = createTickCommand({ env: { LOK_LOCALE: "en" } });
    const out = sink();
    expect(await english(["--now", "2027-10-29T09:00:00+02:00"], context(out.stream, sink().stream))).toBe(0);
    const text = out.text();
    expect(text).toContain("── directly to Anna Fogel ──\nPåminnelse: aktivitet 13 har deadline om 3 dagar");
    expect(text).toContain(
      "Tick 2027-10-29T07:00:00.000Z: 1 new in the outbox, 1 sent, 0 waiting to be retried, 0 failed, 0 skipped.",
    );
    const err = sink();
    expect(await english(["--now", "igår"], context(sink().stream, err.stream))).toBe(2);
    expect(err.text()).toContain("--now: “igår” is not a point in time\nUsage: lok tick");
  });

  it("prints control characters in stored text visibly, never raw", async () => {
    // An activity title and a member name as a file or another tool might have stored them.
    await db.prisma.activity.updateMany({
      where: { number: 13 },
      data: { title: "Register\u001b[2J\u001b]0;x\u0007" },
    });
    await db.prisma.member.updateMany({
      where: { name: "Anna Fogel" },
      data: { name: "Anna\u001b[31m Fogel" },
    });
    await h.setDue(13, "2027-11-01");
    const out = sink();
    expect(await runTick(["--now", "2027-10-29T09:00:00+02:00"], context(out.stream, sink().stream))).toBe(0);
    const text = out.text();
    expect(text).toContain("── direkt till Anna␛[31m Fogel ──");
    expect(text).toContain("Register␛[2J␛]0;x␇");
    expect(text).not.toMatch(/(?![\n])\p{Cc}/u);
  });

  it("refuses a time it cannot read", async () => {
    const out = sink();
    const err = sink();
    expect(await runTick(["--now", "igår"], context(out.stream, err.stream))).toBe(2);
    expect(err.text()).toContain("--now: ”igår” är ingen tidpunkt");
  });
});
