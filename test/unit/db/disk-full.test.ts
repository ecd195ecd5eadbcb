// A write that runs out of disk is told apart from other failures, in the shapes it reaches us in:
// PostgreSQL's SQLSTATE through Prisma's driver adapter, and PGlite's message from the file system.
import { describe, expect, it } from "vitest";
import { diskFullReply } from "../../../src/core/error-reply.ts";
import { isDiskFull } from "../../../src/db/unreachable.ts";
import { en } from "../../../src/texts/en.ts";
import { sv } from "../../../src/texts/sv.ts";

describe("a full disk", () => {
  it("is recognised from PostgreSQL's code and from the file system's message", () => {
    expect(isDiskFull({ meta: { driverAdapterError: { cause: { originalCode: "53100" } } } })).toBe(true);
    expect(
      isDiskFull(
        new Error(
          'Raw query failed. Code: `53100`. Message: `could not extend file "base/5/16828": No space left on device`',
        ),
      ),
    ).toBe(true);
    expect(isDiskFull({ cause: { code: "ENOSPC" } })).toBe(true);
  });

  it("is not mistaken for a conflict, a lost connection or a bug", () => {
    expect(isDiskFull({ meta: { driverAdapterError: { cause: { originalCode: "23505" } } } })).toBe(false);
    expect(isDiskFull({ code: "ECONNREFUSED" })).toBe(false);
    expect(isDiskFull(new TypeError("cannot read properties of undefined"))).toBe(false);
  });

  it("is answered in the group's language, saying that nothing changed", () => {
    const text = (r: ReturnType<typeof diskFullReply>) =>
      r.blocks.map((b) => ("text" in b ? b.text : "")).join(" ");
    expect(diskFullReply(sv).tone).toBe("error");
    expect(text(diskFullReply(sv))).toContain(
      "Databasens disk är full, så jag kunde inte spara det. Ingenting ändrades.",
    );
    expect(text(diskFullReply(en))).toContain("The database's disk is full");
  });
});
