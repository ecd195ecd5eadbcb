// The staged plan upload on both databases: a dry run stores only the upload; Importera imports once,
// even when two presses come at once; Avbryt, an expired offer, another group's upload, a medlem and a
// hostile or oversized file change nothing, and each gets its own answer.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isDomainError } from "../../../src/core/domain-error.ts";
import type { Database } from "../../../src/db/open-database.ts";
import type { Actor, GroupRef } from "../../../src/services/actor.ts";
import {
  CHAT_PLAN_FILE_BYTES,
  cancelPlanUpload,
  confirmPlanUpload,
  type DecideInput,
  type StageInput,
  stagePlanUpload,
} from "../../../src/services/plan-upload.ts";
import { zipBomb } from "../../fixtures/plans/hostile-files.ts";
import { createTestDatabase, testDatabaseKinds } from "../../support/test-database.ts";

const PLAN_FILE = join(import.meta.dirname, "../../../prisma/plans/vasteras-2022-2024.csv");
const NOW = new Date("2026-11-23T09:00:00Z");
const HOUR = 3_600_000;

describe.each(testDatabaseKinds())("plan uploads on %s", (kind) => {
  let db: Database;
  let group: GroupRef;
  let other: GroupRef;
  let samordnare: Actor;
  let medlem: Actor;
  let bytes: Uint8Array;

  beforeAll(async () => {
    db = await createTestDatabase(kind);
    const select = { id: true, name: true, timeZone: true, locale: true } as const;
    group = (await db.prisma.group.create({ data: { name: "Västerås" }, select })) as GroupRef;
    other = (await db.prisma.group.create({ data: { name: "Örebro" }, select })) as GroupRef;
    const s = await db.prisma.member.create({
      data: { groupId: group.id, name: "Sara Samordnare", role: "samordnare" },
    });
    const m = await db.prisma.member.create({ data: { groupId: group.id, name: "Mats Medlem" } });
    samordnare = { memberId: s.id, name: s.name, role: "samordnare" };
    medlem = { memberId: m.id, name: m.name, role: "medlem" };
    bytes = await readFile(PLAN_FILE);
  });
  afterAll(async () => {
    await db?.close();
  });

  const stage = (input: Partial<StageInput> = {}) =>
    db.prisma.$transaction((tx) =>
      stagePlanUpload(tx, {
        group,
        actor: samordnare,
        fileName: "vasteras-2022-2024.csv",
        bytes,
        now: NOW,
        ...input,
      }),
    );
  const confirm = (input: Partial<DecideInput> & { uploadId: number }) =>
    db.prisma.$transaction((tx) => confirmPlanUpload(tx, { group, actor: samordnare, now: NOW, ...input }));
  const cancel = (input: Partial<DecideInput> & { uploadId: number }) =>
    db.prisma.$transaction((tx) => cancelPlanUpload(tx, { group, actor: samordnare, now: NOW, ...input }));
  const counts = async () => ({
    plans: await db.prisma.plan.count({ where: { groupId: group.id } }),
    activities: await db.prisma.activity.count({ where: { plan: { groupId: group.id } } }),
    uploads: await db.prisma.planUpload.count(),
  });

  it("a dry run stores the upload and nothing else, and says what would be imported", async () => {
    const staged = await stage();
    expect(staged.kind).toBe("staged");
    if (staged.kind !== "staged") return;
    expect(staged.lines).toContain("Ny plan skulle skapas: Handlingsplan 2022–2024");
    expect(staged.lines.at(-1)).toBe(
      "Skulle läsa in 24 aktiviteter i Handlingsplan 2022–2024 (Västerås): 24 nya, 0 ändrade, 0 oförändrade, 0 statusändringar.",
    );
    expect(staged.expiresAt.getTime() - NOW.getTime()).toBe(24 * HOUR);
    expect(await counts()).toEqual({ plans: 0, activities: 0, uploads: 1 });
    const row = await db.prisma.planUpload.findUniqueOrThrow({ where: { id: staged.uploadId } });
    expect(row).toMatchObject({ state: "pending", groupId: group.id, memberId: samordnare.memberId });
    expect(Buffer.from(row.bytes).equals(Buffer.from(bytes))).toBe(true);
  });

  it("two presses of Importera at once import once; the other is told it is done", async () => {
    const staged = await stage();
    if (staged.kind !== "staged") throw new Error("not staged");
    const results = await Promise.all([
      confirm({ uploadId: staged.uploadId }),
      confirm({ uploadId: staged.uploadId }),
    ]);
    expect(results.map((r) => r.kind).sort()).toEqual(["already", "imported"]);
    const imported = results.find((r) => r.kind === "imported");
    expect(imported?.kind === "imported" && imported.lines.at(-1)).toContain("Klart: 24 aktiviteter");
    expect(await counts()).toMatchObject({ plans: 1, activities: 24 });
    const row = await db.prisma.planUpload.findUniqueOrThrow({ where: { id: staged.uploadId } });
    expect(row).toMatchObject({ state: "imported", decidedById: samordnare.memberId, decidedAt: NOW });
    expect(row.bytes.length).toBe(0);
    // A third press, later: still imported once.
    expect(await confirm({ uploadId: staged.uploadId })).toEqual({
      kind: "already",
      state: "imported",
      fileName: "vasteras-2022-2024.csv",
      by: "Sara Samordnare",
    });
    expect((await counts()).activities).toBe(24);
  });

  it("the same file again is a dry run of no changes", async () => {
    const staged = await stage();
    expect(staged.kind === "staged" && staged.lines.at(-1)).toContain("0 nya, 0 ändrade, 24 oförändrade");
  });

  it("Avbryt drops the upload; Importera after it imports nothing", async () => {
    const staged = await stage();
    if (staged.kind !== "staged") throw new Error("not staged");
    const before = await counts();
    expect(await cancel({ uploadId: staged.uploadId })).toEqual({
      kind: "cancelled",
      fileName: "vasteras-2022-2024.csv",
    });
    expect(await confirm({ uploadId: staged.uploadId })).toMatchObject({
      kind: "already",
      state: "cancelled",
    });
    expect(await cancel({ uploadId: staged.uploadId })).toMatchObject({
      kind: "already",
      state: "cancelled",
    });
    expect(await counts()).toEqual(before);
  });

  it("an offer older than 24 hours has expired", async () => {
    const staged = await stage();
    if (staged.kind !== "staged") throw new Error("not staged");
    const later = new Date(NOW.getTime() + 25 * HOUR);
    expect(await confirm({ uploadId: staged.uploadId, now: later })).toEqual({
      kind: "expired",
      fileName: "vasteras-2022-2024.csv",
    });
    expect((await db.prisma.planUpload.findUniqueOrThrow({ where: { id: staged.uploadId } })).state).toBe(
      "pending",
    );
  });

  it("another group's upload is not found from this group", async () => {
    const staged = await stage();
    if (staged.kind !== "staged") throw new Error("not staged");
    const stranger = await db.prisma.member.create({
      data: { groupId: other.id, name: "Olle", role: "admin" },
    });
    const actor: Actor = { memberId: stranger.id, name: "Olle", role: "admin" };
    expect(await confirm({ uploadId: staged.uploadId, group: other, actor })).toEqual({ kind: "not_found" });
    expect(await cancel({ uploadId: staged.uploadId, group: other, actor })).toEqual({ kind: "not_found" });
  });

  it("a medlem is refused, with the group's samordnare named, and nothing is stored", async () => {
    const before = await counts();
    const refused = await stage({ actor: medlem }).catch((error: unknown) => error);
    expect(isDomainError(refused)).toBe(true);
    expect(isDomainError(refused) && refused.detail).toMatchObject({
      code: "not_allowed",
      coordinators: ["Sara Samordnare"],
    });
    const staged = await stage();
    if (staged.kind !== "staged") throw new Error("not staged");
    const pressed = await confirm({ uploadId: staged.uploadId, actor: medlem }).catch(
      (error: unknown) => error,
    );
    expect(isDomainError(pressed) && pressed.detail.code).toBe("not_allowed");
    expect(await counts()).toEqual({ ...before, uploads: before.uploads + 1 });
  });

  it("a hostile, oversized, foreign or broken file is refused in words, and nothing is stored", async () => {
    const before = await counts();
    const bomb = await stage({ fileName: "plan.xlsx", bytes: zipBomb() });
    expect(bomb.kind).toBe("not_importable");
    expect(bomb.lines.join("\n")).toMatch(/plan\.xlsx (packas upp till mer än|är skadad)/);
    const big = await stage({ bytes: new Uint8Array(CHAT_PLAN_FILE_BYTES + 1) });
    expect(big.lines[0]).toBe(
      "vasteras-2022-2024.csv är 5,0 MB, och en handlingsplan som skickas i chatten får vara högst 5,0 MB. " +
        "Spara bara bladet med handlingsplanen, utan bilder och andra blad, och skicka det igen.",
    );
    const pdf = await stage({ fileName: "plan.pdf" });
    expect(pdf.lines[0]).toContain("plan.pdf är varken en Excel-fil (.xlsx) eller en CSV-fil (.csv)");
    const broken = await stage({ fileName: "plan.xlsx", bytes: Buffer.from("PK\u0003\u0004 not a zip") });
    expect(broken.kind).toBe("not_importable");
    expect(broken.lines.at(-1)).toBe("Inget är sparat. Rätta filen och skicka den igen.");
    expect(await counts()).toEqual(before);
  });
});
