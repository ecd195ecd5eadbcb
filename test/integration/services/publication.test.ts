// Publishing a group's page: the slug is made once and kept, a taken slug gets a number, an
// unpublished group is not found, and the demo is published.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../../src/db/open-database.ts";
import { loadDemo, readDemo } from "../../../src/services/demo.ts";
import { publishedGroup, publishedGroups, setPublished, slugFor } from "../../../src/services/publication.ts";
import { createTestDatabase, testDatabaseKinds } from "../../support/test-database.ts";

describe("slugs", () => {
  it("folds å, ä and ö and joins words with dashes", () => {
    expect(slugFor("Samverkansrådet Örebro")).toBe("samverkansradet-orebro");
    expect(slugFor("  LÖK – Västerås 2022/2024 ")).toBe("lok-vasteras-2022-2024");
    expect(slugFor("???")).toBe("grupp");
  });
});

describe.each(testDatabaseKinds())("publication on %s", (kind) => {
  let db: Database;
  beforeAll(async () => {
    db = await createTestDatabase(kind);
    await loadDemo(db.prisma, await readDemo(), new Date("2026-11-23T09:00:00Z"));
  });
  afterAll(async () => {
    await db?.close();
  });

  it("publishes the demo group", async () => {
    expect((await publishedGroups(db.prisma)).map((g) => [g.name, g.slug, g.showNames, g.licence])).toEqual([
      ["Samverkansrådet Örebro", "samverkansradet-orebro", false, "CC0-1.0"],
    ]);
  });

  it("keeps the slug when a page is turned off and on, and numbers a slug that is taken", async () => {
    const other = await db.prisma.group.create({ data: { name: "Samverkansrådet  Örebro!" } });
    expect(await publishedGroup(db.prisma, "samverkansradet-orebro-2")).toBeUndefined();
    const on = await setPublished(db.prisma, other.id, true);
    expect(on?.slug).toBe("samverkansradet-orebro-2");
    expect(await setPublished(db.prisma, other.id, false)).toBeUndefined();
    expect(await publishedGroup(db.prisma, "samverkansradet-orebro-2")).toBeUndefined();
    expect((await setPublished(db.prisma, other.id, true))?.slug).toBe("samverkansradet-orebro-2");
    expect((await publishedGroup(db.prisma, "samverkansradet-orebro-2"))?.name).toBe(
      "Samverkansrådet  Örebro!",
    );
  });
});
