// `lok import <fil.xlsx|fil.csv> --group <namn> [--plan <namn>] [--dry-run]`: reads a handlingsplan
// from Excel or CSV and writes it in one transaction, or says precisely what is wrong and writes nothing.
import { basename } from "node:path";
import cliProgress from "cli-progress";
import type { CliCommand, CliContext } from "../cli-context.ts";
import { type Clock, systemClock } from "../core/clock.ts";
import type { Party } from "../core/command.ts";
import { foldHeading } from "../core/plan-sheet/plan-columns.ts";
import { partyFromText } from "../core/plan-sheet/section-rows.ts";
import { formatProblem } from "../core/plan-sheet/sheet.ts";
import { sheetsToPlan } from "../core/plan-sheet/sheet-to-plan.ts";
import { localDateAt } from "../core/zoned-time.ts";
import { applyPlan } from "./apply-plan.ts";
import { parseFileCommandArgs, usageError } from "./file-command-args.ts";
import { importFailed, importSummary, partUsage, unknownSectionLines } from "./import-summary.ts";
import { ImportError } from "./import-target.ts";
import { PlanFileError, readPlanFile } from "./read-sheet.ts";

export const IMPORT_USAGE = `Användning: lok import <fil.xlsx|fil.csv> --group <grupp> [--plan <plan>] [--dry-run]
                  [--part "<rubrik>=stad|civilsamhälle|gemensamt"] …

Läser in en handlingsplan från Excel (.xlsx) eller CSV (; eller , som avgränsare).
  --group <grupp>  gruppen planen hör till (skapas om den inte finns)
  --plan <plan>    planens namn, t.ex. "Handlingsplan 2017–2018" (annars rubriken i filen
                   eller gruppens aktiva plan; skapas om den inte finns)
  --dry-run        visa vad som skulle ändras, utan att spara något
  --part <rubrik>=<part>
                   vilken part en avsnittsrubrik gäller, när filen inte säger det
                   (t.ex. --part "Ideella sektorn=civilsamhälle"); kan anges flera gånger`;

/** Rows from which a progress bar is worth showing on a terminal. */
const PROGRESS_FROM = 500;
const TIME_ZONE = "Europe/Stockholm";

export function createImportCommand(deps: { clock: Clock } = { clock: systemClock }): CliCommand {
  return async (args, ctx) => {
    const parsed = parseFileCommandArgs(args, ctx, {
      usage: IMPORT_USAGE,
      missingFile: "Ange filen som ska läsas in.",
      flags: { "dry-run": { short: "n" } },
      lists: ["part"],
    });
    if (typeof parsed === "number") return parsed;
    const { file, plan: planName, flags } = parsed;
    const groupName = parsed.group;
    if (!groupName?.trim()) return usage(ctx, "Ange vilken grupp planen hör till med --group <grupp>.");

    const sectionParties = new Map<string, Party>();
    for (const value of parsed.lists.part ?? []) {
      const at = value.lastIndexOf("=");
      const party = at > 0 ? partyFromText(value.slice(at + 1)) : undefined;
      const heading = foldHeading(value.slice(0, Math.max(at, 0)));
      if (!party || !heading) return usage(ctx, partUsage(value));
      sectionParties.set(heading, party);
    }
    const dryRun = Boolean(flags["dry-run"]);

    const now = deps.clock.now();
    try {
      const planFile = await readPlanFile(file);
      const parsed = sheetsToPlan(planFile.sheets, { today: localDateAt(now, TIME_ZONE), sectionParties });
      if (!parsed.ok) {
        ctx.stderr.write(
          `${basename(file)} kan inte läsas in; inget har sparats. Rätta detta och försök igen:\n`,
        );
        for (const p of parsed.problems) ctx.stderr.write(`  ${formatProblem(p)}\n`);
        return 1;
      }
      const plan = parsed.plan;
      if (plan.unknownSections.length && !dryRun) {
        ctx.stderr.write(`${basename(file)} kan inte läsas in än; inget har sparats.\n`);
        for (const line of unknownSectionLines(plan.unknownSections)) ctx.stderr.write(`${line}\n`);
        return 1;
      }
      ctx.stdout.write(
        `Läste ${plan.activities.length} aktiviteter från blad "${plan.sheet}" i ${basename(file)}` +
          `${planFile.detected ? ` (${planFile.detected})` : ""}.\n`,
      );
      const bar = progressBar(ctx, plan.activities.length);
      const db = await ctx.openDatabase();
      try {
        const result = await applyPlan(db.prisma, plan, {
          groupName,
          ...(planName ? { planName } : {}),
          fileName: basename(file),
          dryRun,
          now,
          ...(bar
            ? {
                onProgress: (done: number, total: number) => {
                  bar.setTotal(total);
                  bar.update(done);
                },
              }
            : {}),
        });
        bar?.stop();
        for (const line of importSummary(result)) ctx.stdout.write(`${line}\n`);
        if (plan.unknownSections.length)
          for (const line of unknownSectionLines(plan.unknownSections)) ctx.stdout.write(`${line}\n`);
      } finally {
        bar?.stop();
        await db.close();
      }
      return 0;
    } catch (error) {
      if (error instanceof PlanFileError || error instanceof ImportError) {
        ctx.stderr.write(`${error.message}\n`);
        return 1;
      }
      // A failure the person cannot fix (the database, a bug) is logged once here, with its
      // detail; what they read is Swedish, and the transaction means nothing was kept.
      ctx.logger.error({ err: error, file }, "lok import failed");
      ctx.stderr.write(`${importFailed(basename(file))}\n`);
      return 1;
    }
  };
}

export const runImport: CliCommand = createImportCommand();

const usage = (ctx: CliContext, message: string) => usageError(ctx, IMPORT_USAGE, message);

function progressBar(ctx: CliContext, rows: number): cliProgress.SingleBar | undefined {
  if (!ctx.stderr.isTTY || rows < PROGRESS_FROM) return undefined;
  const bar = new cliProgress.SingleBar(
    {
      stream: ctx.stderr as NodeJS.WritableStream,
      format: "Sparar {bar} {value}/{total} aktiviteter",
      hideCursor: true,
      clearOnComplete: true,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(rows, 0);
  return bar;
}
