// What a crash, a database restart and a full disk do to what people were told was saved: `lok import`
// and a serving bot killed with -9 mid-work, PostgreSQL restarted under a serving bot, and a PGlite
// folder on a disk that fills up. Confirmed writes must survive; imports stay all-or-nothing; the bot
// stays up and answers politely while it cannot write.
import { execFileSync, spawnSync } from "node:child_process";
import { chmod, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { type Database, openDatabase } from "../../src/db/open-database.ts";
import { bindChannel } from "../../src/services/channels.ts";
import { loadDemo, readDemo } from "../../src/services/demo.ts";
import { findGroup } from "../../src/services/groups.ts";
import { largePlan } from "../bench/import.bench.ts";
import { type FakeSlack, startFakeSlack } from "../support/slack-fake-api.ts";
import { USERS } from "../support/slack-harness.ts";
import { CHANNEL, nextId, slashCommand } from "../support/slack-payloads.ts";
import { sendSigned, slashCommandRequest } from "../support/slack-requests.ts";
import { pgSchema, runLok, startLok, startSlackBot } from "./lok-process.ts";
import { tally } from "./record.ts";

interface Target {
  name: string;
  env: Record<string, string>;
  open(): Promise<Database>;
}

let dir: string;
let fake: FakeSlack;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "lok-probe-crash-"));
  fake = await startFakeSlack({
    users: Object.fromEntries(Object.values(USERS).map((u) => [u.id, { name: u.name, email: u.email }])),
  });
});
afterAll(async () => {
  await fake?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** The demo with the Slack users' addresses and the channel bound, as a running group has it. */
async function prepare(db: Database) {
  await loadDemo(db.prisma, await readDemo(), new Date());
  for (const u of [USERS.anna, USERS.tina]) {
    await db.prisma.member.updateMany({ where: { name: u.name }, data: { email: u.email } });
  }
  await bindChannel(
    db.prisma,
    { platform: "slack", workspaceId: "T1", channelId: CHANNEL },
    await findGroup(db.prisma),
  );
}

/** Sends `count` signed `/lok status` with comments `<tag>-<i>` at once; resolves with the ids sent. */
function burst(url: string, tag: string, count: number) {
  return Array.from({ length: count }, (_, i) => {
    const id = `${tag}-${i}`;
    const fields = slashCommand({
      text: `status ${(i % 14) + 1} pågår ${id}`,
      userId: USERS.anna.id,
      responseUrl: fake.responseUrl(id),
      triggerId: nextId("trig."),
    });
    return sendSigned(url, slashCommandRequest(fields)).then(
      (res) => ({ id, status: res.status, ack: res.text }),
      () => ({ id, status: 0, ack: "" }),
    );
  });
}

/** The ids whose answer said "Sparat", in the ack or through response_url. */
function confirmedIds(acks: { id: string; ack: string }[], tag: string): Set<string> {
  const ids = new Set<string>();
  for (const a of acks) if (a.id.startsWith(`${tag}-`) && a.ack.includes("Sparat")) ids.add(a.id);
  for (const r of fake.responses) {
    if (r.id.startsWith(`${tag}-`) && JSON.stringify(r.body).includes("Sparat")) ids.add(r.id);
  }
  return ids;
}

async function storedIds(db: Database, tag: string): Promise<Set<string>> {
  const rows = await db.prisma.statusUpdate.findMany({ where: { comment: { startsWith: `${tag}-` } } });
  return new Set(rows.map((r) => r.comment ?? ""));
}

const missing = (sure: Set<string>, kept: Set<string>) => [...sure].filter((id) => !kept.has(id)).length;

it("keeps imports all-or-nothing when lok import is killed with -9", async () => {
  const t = tally("kill -9 during lok import");
  const file = join(dir, "stor-plan.xlsx");
  await writeFile(file, await largePlan(3000));
  const pgTarget = await pgSchema("probe_kill_import");
  const targets: Target[] = [
    {
      name: "PGlite",
      env: { DATABASE_URL: "", DATA_DIR: join(dir, "import-data") },
      open: () => openDatabase({ dataDir: join(dir, "import-data") }),
    },
    {
      name: "PostgreSQL",
      env: { DATABASE_URL: pgTarget.url },
      open: () => openDatabase({ databaseUrl: pgTarget.url }),
    },
  ];
  try {
    for (const target of targets) {
      for (const afterMs of [400, 900, 1400, 1900, 2600, 3400]) {
        await runLok(["import", file, "--group", "Stora gruppen"], target.env, { killAfterMs: afterMs });
        const db = await target.open();
        const count = await db.prisma.activity.count({
          where: { plan: { group: { name: "Stora gruppen" } } },
        });
        await db.close();
        if (count === 0 || count === 3000) t.ok();
        else t.fail(`${target.name}: ${count} of 3000 activities after a kill at ${afterMs} ms`);
      }
      const whole = await runLok(["import", file, "--group", "Stora gruppen"], target.env);
      if (whole.code === 0 && /Klart:/.test(whole.stdout)) t.ok();
      else t.fail(`${target.name}: the import after the kills failed: ${whole.stderr.slice(0, 100)}`);
    }
  } finally {
    await pgTarget.drop();
  }
  expect(t.done().notes).toEqual([]);
});

it("keeps every confirmed update when the bot is killed with -9 during a burst", async () => {
  const t = tally("kill -9 during a Slack burst");
  const pgTarget = await pgSchema("probe_kill_burst");
  const dataDir = join(dir, "burst-data");
  const targets: Target[] = [
    { name: "PGlite", env: { DATABASE_URL: "", DATA_DIR: dataDir }, open: () => openDatabase({ dataDir }) },
    {
      name: "PostgreSQL",
      env: { DATABASE_URL: pgTarget.url },
      open: () => openDatabase({ databaseUrl: pgTarget.url }),
    },
  ];
  try {
    for (const target of targets) {
      const setup = await target.open();
      await prepare(setup);
      await setup.close();
      const tag = `kill-${target.name}`;
      const bot = await startSlackBot(target.env, fake.apiUrl);
      const sent = burst(bot.url, tag, 400);
      await new Promise((resolve) => setTimeout(resolve, 1500));
      bot.child.kill("SIGKILL");
      const acks = await Promise.all(sent);
      await bot.exited;
      const sure = confirmedIds(acks, tag);
      // The next start must not be blocked by anything the killed process left behind.
      const again = await startSlackBot(target.env, fake.apiUrl);
      again.child.kill("SIGTERM");
      await again.exited;
      const db = await target.open();
      const kept = await storedIds(db, tag);
      await db.close();
      const lost = missing(sure, kept);
      for (let i = 0; i < sure.size - lost; i++) t.ok();
      if (lost > 0) {
        t.fail(`${target.name}: ${lost} confirmed updates missing`);
        t.lost(lost, `${target.name}: confirmed updates missing`);
      }
      if (sure.size === 0) t.fail(`${target.name}: nothing was confirmed before the kill`);
    }
  } finally {
    await pgTarget.drop();
  }
  const row = t.done();
  expect(row.dataLost).toBe(0);
  expect(row.notes).toEqual([]);
});

/** A PostgreSQL server of the probe's own, so that restarting it disturbs nobody else. */
function ownPostgres(base: string, port: number) {
  const bin = `/usr/lib/postgresql/${execFileSync("ls", ["/usr/lib/postgresql"]).toString().trim().split("\n")[0]}/bin`;
  const data = join(base, "pg");
  const asPostgres = (cmd: string, ...args: string[]) => {
    const r = spawnSync("runuser", ["-u", "postgres", "--", join(bin, cmd), ...args], { encoding: "utf8" });
    if (r.status !== 0) throw new Error(`${cmd}: ${r.stderr}`);
  };
  const options = `-p ${port} -k ${base} -c listen_addresses=127.0.0.1 -c fsync=off`;
  return {
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    init: () => asPostgres("initdb", "-D", data, "-A", "trust", "-U", "postgres"),
    start: () => asPostgres("pg_ctl", "-D", data, "-o", options, "-l", join(base, "pg.log"), "-w", "start"),
    restart: () =>
      asPostgres(
        "pg_ctl",
        "-D",
        data,
        "-o",
        options,
        "-l",
        join(base, "pg.log"),
        "-m",
        "fast",
        "-w",
        "restart",
      ),
    stop: () => asPostgres("pg_ctl", "-D", data, "-m", "immediate", "-w", "stop"),
  };
}

it("stays up through a PostgreSQL restart and keeps every confirmed update", async () => {
  const t = tally("PostgreSQL restarted under the bot");
  // Outside the probe's private temporary folder: the postgres user must reach it.
  const base = await mkdtemp(join(tmpdir(), "lok-probe-pg-"));
  await chmod(base, 0o755);
  execFileSync("chown", ["postgres", base]);
  const pg = ownPostgres(base, 5439);
  pg.init();
  pg.start();
  try {
    const setup = await openDatabase({ databaseUrl: pg.url });
    await prepare(setup);
    await setup.close();
    const bot = await startSlackBot({ DATABASE_URL: pg.url }, fake.apiUrl);
    const first = burst(bot.url, "pg-before", 50);
    await new Promise((resolve) => setTimeout(resolve, 300));
    pg.restart();
    const during = burst(bot.url, "pg-during", 50);
    const acks = [...(await Promise.all(first)), ...(await Promise.all(during))];
    await new Promise((resolve) => setTimeout(resolve, 3000));
    const after = await Promise.all(burst(bot.url, "pg-after", 50));
    await new Promise((resolve) => setTimeout(resolve, 3000));
    if (bot.child.exitCode !== null) t.fail("the bot exited");
    else t.ok();
    const db = await openDatabase({ databaseUrl: pg.url });
    for (const tag of ["pg-before", "pg-during", "pg-after"]) {
      const sure = confirmedIds(tag === "pg-after" ? after : acks, tag);
      const kept = await storedIds(db, tag);
      const lost = missing(sure, kept);
      for (let i = 0; i < sure.size - lost; i++) t.ok();
      if (lost > 0) t.lost(lost, `${tag}: confirmed updates missing`);
      if (lost > 0) t.fail(`${tag}: ${lost} confirmed updates missing`);
    }
    // Every request got an answer, and none was a crash's.
    for (const r of fake.responses.filter((r) => r.id.startsWith("pg-"))) {
      if (/Något gick fel hos mig/.test(JSON.stringify(r.body))) t.fail("an internal error was shown");
    }
    if (confirmedIds(after, "pg-after").size < 50) t.fail("updates after the restart were not all saved");
    await db.close();
    bot.child.kill("SIGTERM");
    await bot.exited;
  } finally {
    pg.stop();
    await rm(base, { recursive: true, force: true });
  }
  const row = t.done();
  expect(row.dataLost).toBe(0);
  expect(row.notes).toEqual([]);
});

it("answers politely when the disk fills up under it, and keeps what it confirmed", async () => {
  const t = tally("A full disk under PGlite");
  const mount = join(dir, "small-disk");
  await mkdir(mount, { recursive: true });
  const mounted = spawnSync("mount", ["-t", "tmpfs", "-o", "size=160m", "tmpfs", mount]);
  if (mounted.status !== 0) {
    t.fail("could not mount a small disk to fill (needs root)");
    t.done();
    return;
  }
  const fill = join(mount, "fill");
  const env = { DATABASE_URL: "", DATA_DIR: join(mount, "data"), LOG_LEVEL: "warn" };
  const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  try {
    const chat = startLok(env, "chat");
    const write = async (from: number, to: number) => {
      for (let i = from; i < to; i++) {
        chat.send(`status ${(i % 14) + 1} pågår disk-${i} ${"x".repeat(1500)}`);
        await pause(40);
      }
    };
    await write(0, 5);
    // The disk fills under a running bot, not under one still creating its database (a first start on
    // an empty directory takes seconds on a busy machine): wait for its first answers.
    for (let waited = 0; waited < 60_000 && (chat.output().match(/Sparat:/g)?.length ?? 0) < 5; waited += 250)
      await pause(250);
    spawnSync("dd", ["if=/dev/zero", `of=${fill}`, "bs=1M"], { stdio: "ignore" });
    await write(5, 45);
    await pause(1500);
    await rm(fill);
    await write(45, 50);
    await pause(1500);
    chat.child.stdin.end();
    const code = await Promise.race([chat.exited, pause(60_000).then(() => "hung")]);
    const said = chat.output();
    if (code === "hung") t.fail("the console hung on a full disk");
    else t.ok();
    if (/at \S+\.(ts|js|mjs):\d+|Error:|Något gick fel hos mig/.test(said))
      t.fail(`a stack, a library error or an internal error: ${said.slice(-200)}`);
    else t.ok();
    const sure = said.match(/Sparat:/g)?.length ?? 0;
    // A second process refuses to start on the full disk in one Swedish line.
    spawnSync("dd", ["if=/dev/zero", `of=${fill}`, "bs=1M"], { stdio: "ignore" });
    const refused = await runLok(["chat"], env, { input: "status 3 pågår\n" });
    if (refused.code === 78 && /disken är full/.test(refused.stderr)) t.ok();
    else t.fail(`a start on a full disk: exit ${refused.code}, ${refused.stderr.slice(0, 100)}`);
    await rm(fill);
    const db = await openDatabase({ dataDir: env.DATA_DIR });
    const kept = await db.prisma.statusUpdate.count({ where: { comment: { startsWith: "disk-" } } });
    await db.close();
    if (kept < sure) {
      t.fail(`${sure - kept} confirmed updates missing after the disk filled`);
      t.lost(sure - kept, "confirmed on a full disk, missing after");
    } else t.ok();
    if (sure >= 10) t.ok();
    else t.fail(`only ${sure} of 50 updates saved, before and after the disk was full`);
  } finally {
    spawnSync("umount", ["-l", mount]);
  }
  const row = t.done();
  expect(row.dataLost).toBe(0);
  expect(row.notes).toEqual([]);
});
