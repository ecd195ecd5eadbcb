// The migration that gives outbox rows their meeting: rows queued before it name the meeting only in
// their key, and must come out of it with the column filled, so that nothing already queued or sent
// is lost to "when did the agenda go out" or "which items were handled".
import { cp, mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { applyMigrations } from "../../../src/db/migrate.ts";
import { DEFAULT_MIGRATIONS_DIR } from "../../../src/db/open-database.ts";
import {
  createEmptyMigrationTarget,
  type EmptyMigrationTarget,
  testDatabaseKinds,
} from "../../support/test-database.ts";

const MIGRATION = /_outbox_meeting_id$/;

describe.each(testDatabaseKinds())("the outbox_meeting_id migration on %s", (kind) => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const c of cleanups.splice(0).reverse()) await c();
  });

  it("fills meeting_id from the keys of agenda, meeting-day and follow-up rows, and leaves the rest empty", async () => {
    const db: EmptyMigrationTarget = await createEmptyMigrationTarget(kind);
    cleanups.push(() => db.close());
    const before = await mkdtemp(join(tmpdir(), "lok-boten-migrations-"));
    cleanups.push(() => rm(before, { recursive: true, force: true }));
    await cp(DEFAULT_MIGRATIONS_DIR, before, { recursive: true });
    const [name] = (await readdir(before)).filter((d) => MIGRATION.test(d));
    expect(name).toBeDefined();
    await rm(join(before, name as string), { recursive: true });
    await applyMigrations(db.target, { migrationsDir: before });

    await db.query(`INSERT INTO groups (id, name) VALUES (7, 'Gruppen')`);
    await db.query(
      `INSERT INTO meetings (id, group_id, title, starts_at) VALUES (41, 7, 'Rådet', now()), (42, 7, 'Nästa', now())`,
    );
    const rows: [string, string][] = [
      ["agenda", "agenda:41|channel:3"],
      ["agenda", "agenda:41|channel:none"],
      ["meeting-day", "meeting-day:42|channel:3"],
      ["followup", "followup:41:1337|member:5"],
      ["reminder", "reminder:41:2027-03-01:0|member:5"], // an activity's id, not a meeting's
      ["digest", "digest:7:2027-W10|channel:3"],
      ["agenda", "agenda:99|channel:3"], // its meeting deleted since
      ["agenda", "agenda:x41|channel:3"], // not a key this bot writes
    ];
    for (const [k, key] of rows)
      await db.query(
        `INSERT INTO outbox (kind, dedupe_key, group_id, target, payload, state)
         VALUES ('${k}', '${key}', 7, '{}'::jsonb, '{}'::jsonb, 'sent')`,
      );

    const after = await applyMigrations(db.target, { migrationsDir: DEFAULT_MIGRATIONS_DIR });
    expect(after.applied).toEqual([name]);
    const filled = await db.query<{ dedupe_key: string; meeting_id: number | null }>(
      "SELECT dedupe_key, meeting_id FROM outbox ORDER BY id",
    );
    expect(filled.map((r) => [r.dedupe_key, r.meeting_id])).toEqual([
      ["agenda:41|channel:3", 41],
      ["agenda:41|channel:none", 41],
      ["meeting-day:42|channel:3", 42],
      ["followup:41:1337|member:5", 41],
      ["reminder:41:2027-03-01:0|member:5", null],
      ["digest:7:2027-W10|channel:3", null],
      ["agenda:99|channel:3", null],
      ["agenda:x41|channel:3", null],
    ]);
    // Deleting a meeting now takes its rows with it.
    await db.query("DELETE FROM meetings WHERE id = 41");
    const left = await db.query<{ dedupe_key: string }>("SELECT dedupe_key FROM outbox ORDER BY id");
    expect(left.map((r) => r.dedupe_key)).toEqual([
      "meeting-day:42|channel:3",
      "reminder:41:2027-03-01:0|member:5",
      "digest:7:2027-W10|channel:3",
      "agenda:99|channel:3",
      "agenda:x41|channel:3",
    ]);
  });
});
