// The member_identities migration moves each member's Slack id, Teams id and Azure AD object id from
// their old columns on members into rows of their own, with the workspace each belongs to.
import { afterEach, describe, expect, it } from "vitest";
import { applyMigrations } from "../../../src/db/migrate.ts";
import { DEFAULT_MIGRATIONS_DIR } from "../../../src/db/open-database.ts";
import { migrationsBefore, type PartialMigrations } from "../../support/migrations-up-to.ts";
import {
  createEmptyMigrationTarget,
  type EmptyMigrationTarget,
  testDatabaseKinds,
} from "../../support/test-database.ts";

interface IdentityRow {
  group_id: number;
  member_id: number;
  platform: string;
  workspace_id: string;
  external_id: string;
}

// Members in the old shape. Örebro is bound to one Slack workspace and one Teams tenant; Västerås to
// two Slack workspaces, so an id there cannot be placed and is left for the next sight to place.
const OLD_SHAPE = `
  INSERT INTO groups (id, name) VALUES (1, 'Samverkansrådet Örebro'), (2, 'Samverkansgruppen Västerås');
  INSERT INTO channel_bindings (platform, workspace_id, channel_id, group_id) VALUES
    ('slack', 'T-OREBRO', 'C-LOK', 1), ('slack', 'T-OREBRO', 'C-LOK-2', 1), ('teams', 'tenant-orebro', '19:lok', 1),
    ('slack', 'T-VAS-1', 'C-VAS', 2), ('slack', 'T-VAS-2', 'C-VAS', 2);
  INSERT INTO members (id, group_id, name, email, slack_user_id, teams_user_id, aad_object_id) VALUES
    (1, 1, 'Anna Fogel', 'anna.fogel@orebro.se', 'U-ANNA', '29:anna', 'aad-anna'),
    (2, 1, 'Tina Modin', NULL, 'U-TINA', NULL, NULL),
    (3, 1, 'Peter Eriksson', NULL, NULL, '29:peter', 'aad-peter'),
    (4, 2, 'Anna Fogel', 'anna.fogel@orebro.se', 'U-ANNA', NULL, NULL),
    (5, 2, 'KG Granberg', 'kg@vasteras.se', NULL, NULL, NULL);
  INSERT INTO personal_conversations (member_id, platform, conversation_id, reference) VALUES
    (1, 'teams', 'a:anna', '{"tenantId": "tenant-anna", "serviceUrl": "https://smba.example/"}');
  SELECT setval(pg_get_serial_sequence('members', 'id'), 5);
`;

describe.each(testDatabaseKinds())("the member_identities migration on %s", (kind) => {
  let db: EmptyMigrationTarget | undefined;
  let before: PartialMigrations | undefined;
  afterEach(async () => {
    await db?.close();
    await before?.remove();
  });

  async function migratedFromOldShape(): Promise<EmptyMigrationTarget> {
    db = await createEmptyMigrationTarget(kind);
    before = await migrationsBefore("member_identities");
    await applyMigrations(db.target, { migrationsDir: before.dir });
    // One statement at a time: PGlite's query() takes no more.
    for (const statement of OLD_SHAPE.split(";")
      .map((t) => t.trim())
      .filter(Boolean))
      await db.query(statement);
    const rest = await applyMigrations(db.target, { migrationsDir: DEFAULT_MIGRATIONS_DIR });
    expect(rest.applied[0]).toMatch(/^\d+_member_identities$/);
    return db;
  }

  it("moves every non-empty id into a row of its own, with the workspace it belongs to", async () => {
    const migrated = await migratedFromOldShape();
    const rows = await migrated.query<IdentityRow>(
      `SELECT group_id, member_id, platform, workspace_id, external_id FROM member_identities
       ORDER BY member_id, platform`,
    );
    expect(rows).toEqual([
      // Anna's Teams ids take the tenant of her own Teams chat.
      { group_id: 1, member_id: 1, platform: "slack", workspace_id: "T-OREBRO", external_id: "U-ANNA" },
      { group_id: 1, member_id: 1, platform: "teams", workspace_id: "tenant-anna", external_id: "29:anna" },
      {
        group_id: 1,
        member_id: 1,
        platform: "teams-aad",
        workspace_id: "tenant-anna",
        external_id: "aad-anna",
      },
      { group_id: 1, member_id: 2, platform: "slack", workspace_id: "T-OREBRO", external_id: "U-TINA" },
      // Peter has no chat of his own: the group's one tenant.
      {
        group_id: 1,
        member_id: 3,
        platform: "teams",
        workspace_id: "tenant-orebro",
        external_id: "29:peter",
      },
      {
        group_id: 1,
        member_id: 3,
        platform: "teams-aad",
        workspace_id: "tenant-orebro",
        external_id: "aad-peter",
      },
      // The same Slack user is a member of both groups; Västerås has two workspaces, so none is guessed.
      { group_id: 2, member_id: 4, platform: "slack", workspace_id: "", external_id: "U-ANNA" },
    ]);
    const members = await migrated.query<{ id: number; name: string; email: string | null }>(
      "SELECT id, name, email FROM members ORDER BY id",
    );
    expect(members.map((m) => [m.id, m.name, m.email])).toEqual([
      [1, "Anna Fogel", "anna.fogel@orebro.se"],
      [2, "Tina Modin", null],
      [3, "Peter Eriksson", null],
      [4, "Anna Fogel", "anna.fogel@orebro.se"],
      [5, "KG Granberg", "kg@vasteras.se"],
    ]);
  });

  it("drops the old columns, and the identities go with their member", async () => {
    const migrated = await migratedFromOldShape();
    const columns = await migrated.query<{ column_name: string }>(
      `SELECT column_name FROM information_schema.columns
       WHERE table_schema = current_schema() AND table_name = 'members' ORDER BY column_name`,
    );
    const names = columns.map((c) => c.column_name);
    expect(names.filter((n) => ["slack_user_id", "teams_user_id", "aad_object_id"].includes(n))).toEqual([]);
    expect(names).toContain("email");
    await migrated.query("DELETE FROM members WHERE id = 1");
    const left = await migrated.query<{ member_id: number }>(
      "SELECT DISTINCT member_id FROM member_identities ORDER BY member_id",
    );
    expect(left.map((r) => r.member_id)).toEqual([2, 3, 4]);
  });

  it("keeps each id to one member in a group, and a member's ids in the member's own group", async () => {
    const migrated = await migratedFromOldShape();
    await expect(
      migrated.query(
        `INSERT INTO member_identities (group_id, member_id, platform, workspace_id, external_id)
         VALUES (1, 3, 'slack', 'T-OREBRO', 'U-TINA')`,
      ),
    ).rejects.toThrow(/member_identities_pkey|duplicate key/);
    await expect(
      migrated.query(
        `INSERT INTO member_identities (group_id, member_id, platform, workspace_id, external_id)
         VALUES (2, 3, 'slack', 'T-VAS-1', 'U-PETER')`,
      ),
    ).rejects.toThrow(/member_identities_member_id_group_id_fkey|foreign key/);
    // A surface the schema has never heard of needs no change to it.
    await migrated.query(
      `INSERT INTO member_identities (group_id, member_id, platform, workspace_id, external_id)
       VALUES (2, 5, 'mattermost', 'vasteras.chat', 'kg')`,
    );
    expect(
      await migrated.query("SELECT 1 FROM member_identities WHERE platform = 'mattermost'"),
    ).toHaveLength(1);
  });
});
