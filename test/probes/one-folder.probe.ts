// Several `lok` processes on one PGlite data folder, as a coordinator uses them: a console next to the
// running bot, two consoles, an import and a tick while the bot runs, and the bot killed with -9 while a
// console writes. Every update a process confirmed ("Sparat", "Klart") must be in the folder afterwards;
// each confirmed write counts as one try.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { openDatabase } from "../../src/db/open-database.ts";
import { type Running, runLok, startLok } from "./lok-process.ts";
import { tally } from "./record.ts";

let dir: string;
let dataDir: string;
const env = () => ({ DATABASE_URL: "", DATA_DIR: dataDir, LOG_LEVEL: "warn" });

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const confirmed = (text: string) => text.match(/Sparat:/g)?.length ?? 0;

/** Writes `count` status updates with comments `<tag>-<i>`, one every `everyMs`. */
async function write(p: Running, tag: string, count: number, everyMs: number) {
  for (let i = 0; i < count; i++) {
    p.send(`status ${(i % 14) + 1} pågår ${tag}-${i}`);
    await pause(everyMs);
  }
}

async function stored(tag: string): Promise<number> {
  const db = await openDatabase({ dataDir });
  try {
    return await db.prisma.statusUpdate.count({ where: { comment: { startsWith: `${tag}-` } } });
  } finally {
    await db.close();
  }
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "lok-probe-folder-"));
  dataDir = join(dir, "data");
  // The first start creates the folder and loads the demo.
  const first = await runLok(["serve"], env(), { input: "hjälp\n" });
  if (first.code !== 0) throw new Error(first.stdout + first.stderr);
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

it("keeps every confirmed write when several processes share one folder", async () => {
  const t = tally("One PGlite folder, several processes");
  const check = async (tag: string, said: string) => {
    const sure = confirmed(said);
    const kept = await stored(tag);
    if (sure === 0) t.fail(`${tag}: nothing confirmed`);
    else if (kept < sure) {
      t.fail(`${tag}: ${sure - kept} confirmed writes missing`);
      t.lost(sure - kept, `${tag}: confirmed writes missing`);
    } else for (let i = 0; i < sure; i++) t.ok();
  };

  // A console next to the running bot.
  {
    const bot = startLok(env(), "serve");
    const chat = startLok(env(), "chat");
    await Promise.all([write(bot, "bot-a", 30, 20), write(chat, "chat-a", 30, 5)]);
    bot.child.stdin.end();
    chat.child.stdin.end();
    await Promise.all([bot.exited, chat.exited]);
    await check("bot-a", bot.output());
    await check("chat-a", chat.output());
  }

  // Two consoles at once.
  {
    const one = startLok(env(), "chat");
    const two = startLok(env(), "chat");
    await Promise.all([write(one, "one-b", 40, 0), write(two, "two-b", 40, 0)]);
    one.child.stdin.end();
    two.child.stdin.end();
    await Promise.all([one.exited, two.exited]);
    await check("one-b", one.output());
    await check("two-b", two.output());
  }

  // An import and a tick while the bot runs and writes.
  {
    const plan = join(dir, "plan.csv");
    const rows = Array.from({ length: 24 }, (_, i) => `${i + 1};Importerad aktivitet ${i + 1};2027-06-30`);
    await writeFile(plan, `Nr;Aktivitet;Klart senast\r\n${rows.join("\r\n")}\r\n`);
    const bot = startLok(env(), "serve");
    const writing = write(bot, "bot-c", 30, 15);
    const imported = await runLok(["import", plan, "--group", "Importgruppen", "--plan", "Plan 2027"], env());
    const ticked = await runLok(["tick"], env());
    await writing;
    bot.child.stdin.end();
    await bot.exited;
    await check("bot-c", bot.output());
    if (!/Klart:/.test(imported.stdout)) t.fail(`the import did not finish: ${imported.stderr.slice(0, 80)}`);
    else {
      const db = await openDatabase({ dataDir });
      const count = await db.prisma.activity.count({ where: { plan: { group: { name: "Importgruppen" } } } });
      await db.close();
      if (count === 24) for (let i = 0; i < count; i++) t.ok();
      else {
        t.fail("imported activities missing");
        t.lost(24 - count, "imported activities missing");
      }
    }
    if (ticked.code === 0) t.ok();
    else t.fail(`lok tick next to the bot: ${ticked.stderr.slice(0, 80)}`);
  }

  // The bot, which owns the folder, killed with -9 while a console writes.
  {
    const bot = startLok(env(), "serve");
    await pause(1500);
    const chat = startLok(env(), "chat");
    const writing = write(chat, "chat-d", 60, 25);
    await pause(600);
    bot.child.kill("SIGKILL");
    await writing;
    chat.child.stdin.end();
    await Promise.all([bot.exited, chat.exited]);
    await check("chat-d", chat.output());
    if (/Något gick fel/.test(chat.output()))
      t.fail("the console said something went wrong after the handover");
  }

  const row = t.done();
  expect(row.dataLost).toBe(0);
  expect(row.notes).toEqual([]);
});
