// A plan file sent to the bot (in chat now, from the web's upload form later): staged as a dry run,
// then imported or cancelled by a samordnare's press. The upload is a row of plan_uploads, not memory,
// so that a restart loses nothing and a press can reach another process. The import is `lok import`'s
// own (apply-plan.ts), run for real inside the caller's transaction: the plan, its history and the
// upload marked imported commit together, or nothing does. No surface is known here: callers get
// typed results and the lines to show, in the group's language.
import { extname } from "node:path";
import { DomainError } from "../core/domain-error.ts";
import { formatProblem } from "../core/plan-sheet/sheet.ts";
import { type ParsedPlan, sheetsToPlan } from "../core/plan-sheet/sheet-to-plan.ts";
import { localDateAt } from "../core/zoned-time.ts";
import type { Prisma } from "../db/generated/client.ts";
import type { RawDb } from "../db/sql/raw-db.ts";
import { applyPlanIn, type ImportResult } from "../plans/apply-plan.ts";
import { importProblemText, importSummary } from "../plans/import-summary.ts";
import { ImportError } from "../plans/import-target.ts";
import { PlanFileError, parsePlanBytes } from "../plans/read-sheet.ts";
import { type Messages, textsFor } from "../texts/index.ts";
import type { Actor, GroupRef } from "./actor.ts";
import type { Db } from "./deps.ts";
import { coordinatorNames } from "./membership.ts";

/** The largest plan file taken from chat or the web; a real handlingsplan is a few hundred kilobytes. */
export const CHAT_PLAN_FILE_BYTES = 5 * 1024 * 1024;
/** How long a dry run can be confirmed. */
export const UPLOAD_HOURS = 24;
/** Decided or expired uploads are forgotten after this long (their bytes are emptied when decided). */
const KEEP_DAYS = 30;

const PLAN_FILE_TYPES = new Set([".xlsx", ".xlsm", ".csv", ".txt", ".tsv"]);

type UploadDb = Db & RawDb;

export interface UploadFile {
  fileName: string;
  bytes: Uint8Array;
}

export interface StageInput extends UploadFile {
  group: GroupRef;
  actor: Actor;
  now: Date;
}

/**
 * What a file sent in came to: a dry run that can be imported (`staged`, kept under `uploadId`), or
 * the lines that say why it cannot be, which store nothing.
 */
export type StageResult =
  | {
      kind: "staged";
      uploadId: number;
      fileName: string;
      planName: string;
      lines: string[];
      expiresAt: Date;
      result: ImportResult;
    }
  | { kind: "not_importable"; fileName: string; lines: string[]; result?: ImportResult };

export type DecideResult =
  | { kind: "imported"; fileName: string; planName: string; lines: string[]; result: ImportResult }
  | { kind: "cancelled"; fileName: string }
  | { kind: "already"; state: "imported" | "cancelled"; fileName: string; by?: string }
  | { kind: "expired"; fileName: string }
  | { kind: "not_found" }
  /** The file no longer imports as its dry run said (the plan changed since): nothing was saved. */
  | { kind: "failed"; fileName: string; lines: string[] };

export interface DecideInput {
  group: GroupRef;
  actor: Actor;
  uploadId: number;
  now: Date;
}

/** Only samordnare and admins bring in a plan; the refusal names whom to ask. */
async function mustCoordinate(db: Db, group: GroupRef, actor: Actor, action: string): Promise<void> {
  if (!actor.former && (actor.role === "samordnare" || actor.role === "admin")) return;
  throw new DomainError({
    code: "not_allowed",
    action,
    role: actor.role,
    coordinators: await coordinatorNames(db, group.id),
  });
}

/** A file read and parsed as `lok import` does, or the lines that say why it cannot be. */
async function readPlan(
  file: UploadFile,
  group: GroupRef,
  now: Date,
  t: Messages,
): Promise<{ ok: true; plan: ParsedPlan } | { ok: false; lines: string[] }> {
  const says = t.planUpload;
  if (file.bytes.length > CHAT_PLAN_FILE_BYTES)
    return { ok: false, lines: [says.tooLarge(file.fileName, file.bytes.length, CHAT_PLAN_FILE_BYTES)] };
  if (!PLAN_FILE_TYPES.has(extname(file.fileName).toLowerCase()))
    return { ok: false, lines: [says.notPlanFile(file.fileName)] };
  try {
    const read = await parsePlanBytes(file.bytes, file.fileName);
    const parsed = sheetsToPlan(read.sheets, { today: localDateAt(now, group.timeZone), texts: t });
    if (parsed.ok) return { ok: true, plan: parsed.plan };
    return {
      ok: false,
      lines: [says.unreadable(file.fileName), ...parsed.problems.map((p) => `  ${formatProblem(p, t)}`)],
    };
  } catch (error) {
    if (error instanceof PlanFileError) return { ok: false, lines: [t.imports.refusal(error.refusal)] };
    throw error;
  }
}

/** Why an import refused before saving, in chat's words (a chat has no `--plan`). */
function problemLines(error: ImportError, t: Messages): string[] {
  if (error.problem.code === "plan_unnamed") return [t.planUpload.planUnnamed];
  return importProblemText(error.problem, t).split("\n");
}

/** The dry run's question when a heading's party is unknown, with what to change in the file. */
function sectionLines(plan: ParsedPlan, t: Messages): string[] {
  const sections = plan.unknownSections;
  const says = t.imports.sections;
  return [
    says.question(sections.length),
    ...sections.map((s) => says.line(s.row, s.heading)),
    t.planUpload.sectionsAnswer(sections[0]?.heading ?? says.exampleHeading),
  ];
}

/**
 * Runs the importer as a dry run on the file and, when it could be imported, keeps the file for
 * Importera. Writes nothing else. `db` is the caller's transaction.
 */
export async function stagePlanUpload(db: UploadDb, input: StageInput): Promise<StageResult> {
  const { group, actor, fileName, now } = input;
  await mustCoordinate(db, group, actor, "plan_file");
  const t = textsFor(group.locale);
  const read = await readPlan(input, group, now, t);
  if (!read.ok)
    return { kind: "not_importable", fileName, lines: [...read.lines, t.planUpload.notImportable] };
  const { plan } = read;
  let result: ImportResult;
  try {
    result = await applyPlanIn(db, plan, { groupName: group.name, fileName, dryRun: true, now });
  } catch (error) {
    if (error instanceof ImportError)
      return {
        kind: "not_importable",
        fileName,
        lines: [...problemLines(error, t), t.planUpload.notImportable],
      };
    throw error;
  }
  const lines = importSummary(result, t).filter((line) => line !== t.imports.summary.dryRun);
  if (plan.unknownSections.length || result.ambiguous.length)
    return {
      kind: "not_importable",
      fileName,
      result,
      lines: [
        ...lines,
        ...(plan.unknownSections.length ? sectionLines(plan, t) : []),
        t.planUpload.notImportable,
      ],
    };
  await forgetOld(db, group.id, now);
  const expiresAt = new Date(now.getTime() + UPLOAD_HOURS * 3_600_000);
  const upload = await db.planUpload.create({
    data: {
      groupId: group.id,
      memberId: actor.memberId,
      fileName,
      bytes: Uint8Array.from(input.bytes),
      planName: result.planName,
      summary: { dryRun: lines } as Prisma.InputJsonValue,
      createdAt: now,
      expiresAt,
    },
    select: { id: true },
  });
  return {
    kind: "staged",
    uploadId: upload.id,
    fileName,
    planName: result.planName,
    lines,
    expiresAt,
    result,
  };
}

/** Uploads decided or expired long ago, with whatever bytes they still hold, are removed. */
async function forgetOld(db: Db, groupId: number, now: Date): Promise<void> {
  const cutoff = new Date(now.getTime() - KEEP_DAYS * 86_400_000);
  await db.planUpload.deleteMany({ where: { groupId, expiresAt: { lt: cutoff } } });
}

/** The upload as its group sees it; another group's upload is not found. */
async function findUpload(db: Db, group: GroupRef, uploadId: number) {
  return db.planUpload.findFirst({
    where: { id: uploadId, groupId: group.id },
    select: {
      id: true,
      fileName: true,
      bytes: true,
      state: true,
      expiresAt: true,
      decidedBy: { select: { name: true } },
    },
  });
}

type FoundUpload = NonNullable<Awaited<ReturnType<typeof findUpload>>>;

/** The answer for an upload that is no longer pending, or undefined when it still is. */
function settled(upload: FoundUpload | null, now: Date): DecideResult | undefined {
  if (!upload) return { kind: "not_found" };
  if (upload.state !== "pending")
    return {
      kind: "already",
      state: upload.state,
      fileName: upload.fileName,
      ...(upload.decidedBy ? { by: upload.decidedBy.name } : {}),
    };
  if (upload.expiresAt.getTime() <= now.getTime()) return { kind: "expired", fileName: upload.fileName };
  return undefined;
}

/**
 * Takes the upload for this decision: only one of two presses at once (here or in another process)
 * finds it pending. On PostgreSQL the second one's update waits for the first to commit and then
 * matches nothing.
 */
async function claim(db: Db, input: DecideInput, state: "imported" | "cancelled"): Promise<boolean> {
  const { count } = await db.planUpload.updateMany({
    where: { id: input.uploadId, groupId: input.group.id, state: "pending", expiresAt: { gt: input.now } },
    data: { state, decidedAt: input.now, decidedById: input.actor.memberId, bytes: new Uint8Array() },
  });
  return count === 1;
}

/**
 * Importera: the same importer for real, all or nothing, in the caller's transaction, and the upload
 * marked imported with it. A second press (or one in another process) imports nothing and says so.
 */
export async function confirmPlanUpload(db: UploadDb, input: DecideInput): Promise<DecideResult> {
  const { group, actor, now } = input;
  await mustCoordinate(db, group, actor, "import_confirm");
  const t = textsFor(group.locale);
  const upload = await findUpload(db, group, input.uploadId);
  const done = settled(upload, now);
  if (done || !upload) return done ?? { kind: "not_found" };
  // Parsed before the upload is claimed, so that nothing is held while a workbook is read.
  const read = await readPlan({ fileName: upload.fileName, bytes: upload.bytes }, group, now, t);
  if (!read.ok) return { kind: "failed", fileName: upload.fileName, lines: read.lines };
  if (!(await claim(db, input, "imported")))
    return settled(await findUpload(db, group, input.uploadId), now) ?? { kind: "not_found" };
  let result: ImportResult;
  try {
    const fileName = upload.fileName;
    result = await applyPlanIn(db, read.plan, { groupName: group.name, fileName, dryRun: false, now });
  } catch (error) {
    // The caller rolls back on anything but a change, the claim with it.
    if (error instanceof ImportError)
      return { kind: "failed", fileName: upload.fileName, lines: problemLines(error, t) };
    throw error;
  }
  const lines = importSummary(result, t);
  const dryRun = (await db.planUpload.findUnique({ where: { id: upload.id }, select: { summary: true } }))
    ?.summary as { dryRun?: string[] } | undefined;
  await db.planUpload.update({
    where: { id: upload.id },
    data: { summary: { ...dryRun, imported: lines } as Prisma.InputJsonValue },
  });
  return { kind: "imported", fileName: upload.fileName, planName: result.planName, lines, result };
}

/** Avbryt: the upload is dropped and nothing is imported. */
export async function cancelPlanUpload(db: Db, input: DecideInput): Promise<DecideResult> {
  await mustCoordinate(db, input.group, input.actor, "import_cancel");
  const upload = await findUpload(db, input.group, input.uploadId);
  const done = settled(upload, input.now);
  if (done || !upload) return done ?? { kind: "not_found" };
  if (!(await claim(db, input, "cancelled")))
    return settled(await findUpload(db, input.group, input.uploadId), input.now) ?? { kind: "not_found" };
  return { kind: "cancelled", fileName: upload.fileName };
}
