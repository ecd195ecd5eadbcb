// The platform_as_text migration turns the Platform enum columns into plain text in place: every
// stored value is kept, the keys still hold, and a surface the schema has never heard of fits.
import { afterEach, describe, expect, it } from "vitest";
import { applyMigrations } from "../../../src/db/migrate.ts";
import { DEFAULT_MIGRATIONS_DIR } from "../../../src/db/open-database.ts";
import { migrationsBefore, type PartialMigrations } from "../../support/migrations-up-to.ts";
import {
  createEmptyMigrationTarget,
  type EmptyMigrationTarget,
  testDatabaseKinds,
} from "../../support/test-database.ts";

const OLD_SHAPE = [
  "INSERT INTO groups (id, name) VALUES (1, 'Samverkansrådet Örebro')",
  "INSERT INTO plans (id, group_id, name) VALUES (1, 1, 'Handlingsplan 2017–2018')",
  "INSERT INTO activities (id, plan_id, number, title, updated_at) VALUES (1, 1, 13, 'Föreningsregistret', now())",
  "INSERT INTO members (id, group_id, name) VALUES (1, 1, 'Anna Fogel')",
  `INSERT INTO status_updates (activity_id, status, source, idempotency_key) VALUES
     (1, 'pagar', 'slack', 'k-slack'), (1, 'klar', 'import', 'k-import'), (1, 'klar', 'scheduler', 'k-tick')`,
  `INSERT INTO channel_bindings (platform, workspace_id, channel_id, group_id) VALUES
     ('slack', 'T1', 'C-LOK', 1), ('teams', 'tenant', '19:lok', 1)`,
  "INSERT INTO personal_conversations (member_id, platform, conversation_id) VALUES (1, 'teams', 'a:anna')",
  `INSERT INTO processed_deliveries (key, group_id, member_id, source, command) VALUES
     ('d-console', 1, 1, 'console', '{}')`,
];

describe.each(testDatabaseKinds())("the platform_as_text migration on %s", (kind) => {
  let db: EmptyMigrationTarget | undefined;
  let before: PartialMigrations | undefined;
  afterEach(async () => {
    await db?.close();
    await before?.remove();
  });

  it("keeps every stored platform, as text, with its keys", async () => {
    db = await createEmptyMigrationTarget(kind);
    before = await migrationsBefore("platform_as_text");
    await applyMigrations(db.target, { migrationsDir: before.dir });
    for (const statement of OLD_SHAPE) await db.query(statement);
    const rest = await applyMigrations(db.target, { migrationsDir: DEFAULT_MIGRATIONS_DIR });
    // The migration itself first; later ones (which it must not disturb) after it.
    expect(rest.applied[0]).toMatch(/^\d+_platform_as_text$/);

    const values = async (sql: string) => (await db?.query<{ v: string }>(sql))?.map((r) => r.v);
    expect(await values("SELECT source AS v FROM status_updates ORDER BY idempotency_key")).toEqual([
      "import",
      "slack",
      "scheduler",
    ]);
    expect(await values("SELECT platform AS v FROM channel_bindings ORDER BY id")).toEqual([
      "slack",
      "teams",
    ]);
    expect(await values("SELECT platform AS v FROM personal_conversations")).toEqual(["teams"]);
    expect(await values("SELECT source AS v FROM processed_deliveries")).toEqual(["console"]);

    const types = await db.query<{ table_name: string; data_type: string }>(
      `SELECT table_name, data_type FROM information_schema.columns
       WHERE table_schema = current_schema() AND column_name IN ('platform', 'source') ORDER BY table_name`,
    );
    expect(types.map((t) => [t.table_name, t.data_type])).toEqual([
      // Created as text by a later migration.
      ["activity_changes", "text"],
      ["channel_bindings", "text"],
      // The follow-up round's answers, created as text too.
      ["goal_assessments", "text"],
      ["member_identities", "text"],
      ["personal_conversations", "text"],
      ["processed_deliveries", "text"],
      ["round_activity_texts", "text"],
      ["round_lessons", "text"],
      ["status_updates", "text"],
    ]);
    // In this test's own schema: other tests share the PostgreSQL server, and some of them hold the
    // enum in theirs while this one runs.
    expect(
      await db.query(
        "SELECT 1 FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace WHERE t.typname = 'Platform' AND n.nspname = current_schema()",
      ),
    ).toEqual([]);

    await expect(
      db.query(
        "INSERT INTO channel_bindings (platform, workspace_id, channel_id, group_id) VALUES ('slack', 'T1', 'C-LOK', 1)",
      ),
    ).rejects.toThrow(/duplicate key|channel_bindings_platform_workspace_id_channel_id_key/);
    await db.query(
      "INSERT INTO channel_bindings (platform, workspace_id, channel_id, group_id) VALUES ('mattermost', 'x', 'town-square', 1)",
    );
  });
});
