// A status update and the activity's current status change together or not at all.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../../src/db/open-database.ts";
import { commandHarness } from "../../support/command-harness.ts";
import { createTestDatabase, testDatabaseKinds } from "../../support/test-database.ts";

describe.each(testDatabaseKinds())("status transaction on %s", (kind) => {
  let db: Database;
  let h: Awaited<ReturnType<typeof commandHarness>>;

  beforeAll(async () => {
    db = await createTestDatabase(kind);
    h = await commandHarness(db);
  });
  afterAll(async () => {
    await db?.close();
  });

  it("rolls back the history row when the activity update fails, and replies without internals", async () => {
    // A trigger makes the second write of the transaction fail, as a lost connection or constraint would.
    await db.prisma.$executeRawUnsafe(`CREATE FUNCTION refuse_struken() RETURNS trigger AS $$
      BEGIN IF NEW.status = 'struken' THEN RAISE EXCEPTION 'refused by test'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql`);
    await db.prisma.$executeRawUnsafe(
      "CREATE TRIGGER refuse_struken BEFORE UPDATE ON activities FOR EACH ROW EXECUTE FUNCTION refuse_struken()",
    );
    const reply = await h.run("Anna Fogel", "status 7 struken");
    expect(reply.tone).toBe("error");
    expect(reply.text).toContain("ingenting ändrades");
    expect(reply.text).not.toContain("refused by test");
    const a = await h.activity(7);
    expect(a.status).toBe("ej_paborjad");
    expect(a.statusUpdates).toHaveLength(0);
    // The same activity still takes other updates.
    expect((await h.run("Anna Fogel", "status 7 pågår")).tone).toBe("success");
    expect((await h.activity(7)).statusUpdates).toHaveLength(1);
  });
});
