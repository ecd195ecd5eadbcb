// A PGlite folder on a disk with no room left: the database cannot start, and the person is told so in
// one Swedish sentence (not PGlite's "failed to initialize properly"). Needs a small disk of its own
// (a tmpfs mount, so root); elsewhere the test is skipped.
import { spawnSync } from "node:child_process";
import { cp, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DomainError } from "../../../src/core/domain-error.ts";
import { domainErrorReply } from "../../../src/core/error-reply.ts";
import { openDatabase } from "../../../src/db/open-database.ts";
import { createTestDataDir } from "../../support/test-database.ts";

const base = await mkdtemp(join(tmpdir(), "lok-full-disk-"));
const mount = join(base, "disk");
spawnSync("mkdir", ["-p", mount]);
const mounted = spawnSync("mount", ["-t", "tmpfs", "-o", "size=96m", "tmpfs", mount]).status === 0;

describe.runIf(mounted)("a PGlite folder on a full disk", () => {
  const dataDir = join(mount, "data");
  beforeAll(async () => {
    const template = await createTestDataDir();
    await cp(template, dataDir, { recursive: true });
    await rm(template, { recursive: true, force: true });
    spawnSync("dd", ["if=/dev/zero", `of=${join(mount, "fill")}`, "bs=1M"], { stdio: "ignore" });
  });
  afterAll(async () => {
    spawnSync("umount", ["-l", mount]);
    await rm(base, { recursive: true, force: true });
  });

  it("refuses to start with a Swedish reason, and starts once there is room again", async () => {
    const error = await openDatabase({ dataDir }).then(
      async (db) => {
        await db.close();
        return undefined;
      },
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).detail).toEqual({ code: "database_no_space", dataDir });
    const text = JSON.stringify(domainErrorReply((error as DomainError).detail));
    expect(text).toContain("disken är full");
    await rm(join(mount, "fill"));
    const db = await openDatabase({ dataDir });
    expect(await db.prisma.group.count()).toBe(0);
    await db.close();
  });
});

afterAll(async () => {
  if (!mounted) await rm(base, { recursive: true, force: true });
});
