// Prepared statement names: one per distinct query text, the same every time, and no more than the cap.
import { describe, expect, it } from "vitest";
import { statementNameGenerator } from "../../../src/db/statement-names.ts";

describe("statementNameGenerator", () => {
  it("names a query text the same way every time, and different texts differently", () => {
    const name = statementNameGenerator();
    const a = name({ sql: 'SELECT 1 FROM "members" WHERE id = $1' });
    expect(a).toMatch(/^lok_[0-9a-f]{32}$/);
    expect(name({ sql: 'SELECT 1 FROM "members" WHERE id = $1' })).toBe(a);
    expect(name({ sql: 'SELECT 2 FROM "members" WHERE id = $1' })).not.toBe(a);
    // The same text gets the same name from another generator (another pool, another process).
    expect(statementNameGenerator()({ sql: 'SELECT 1 FROM "members" WHERE id = $1' })).toBe(a);
  });

  it("stops naming new texts at the cap, and keeps the names it gave", () => {
    const name = statementNameGenerator(2);
    const first = name({ sql: "SELECT 1" });
    const second = name({ sql: "SELECT 2" });
    expect(name({ sql: "SELECT 3" })).toBe("");
    expect(name({ sql: "SELECT 1" })).toBe(first);
    expect(name({ sql: "SELECT 2" })).toBe(second);
  });
});
