// `lok import <fil.xlsx|fil.csv> --group <namn> [--plan <namn>] [--dry-run]`: reads a handlingsplan
// from Excel or CSV and writes it in one transaction, or says precisely what is wrong and writes nothing.
// It speaks the operator's language (LOK_LOCALE).
import { basename } from "node:path";
import cliProgress from "cli-progress";
import type { CliCommand, CliContext } from "../cli-context.ts";
import { type Clock, systemClock } from "../core/clock.ts";
import type { Party } from "../core/command.ts";
import { foldHeading } from "../core/plan-sheet/plan-columns.ts";
import { PART_OPTION_WORDS } from "../core/plan-sheet/plan-vocabulary.ts";
import { partyFromText } from "../core/plan-sheet/section-rows.ts";
import { formatProblem } from "../core/plan-sheet/sheet.ts";
import { sheetsToPlan } from "../core/plan-sheet/sheet-to-plan.ts";
import { localDateAt } from "../core/zoned-time.ts";
import { envTexts, type Messages } from "../texts/index.ts";
import { applyPlan } from "./apply-plan.ts";
import { parseFileCommandArgs, usageError } from "./file-command-args.ts";
import {
  importFailed,
  importProblemText,
  importSummary,
  partUsage,
  unknownSectionLines,
} from "./import-summary.ts";
import { ImportError } from "./import-target.ts";
import { PlanFileError, readPlanFile } from "./read-sheet.ts";

/** Rows from which a progress bar is worth showing on a terminal. */
const PROGRESS_FROM = 500;
const TIME_ZONE = "Europe/Stockholm";

export function createImportCommand(
  deps: { clock: Clock; env?: NodeJS.ProcessEnv } = { clock: systemClock },
): CliCommand {
  return async (args, ctx) => {
    const t = envTexts(deps.env);
    const says = t.imports.command;
    const usageText = says.usage(PART_OPTION_WORDS);
    const usage = (message: string) => usageError(ctx, usageText, message);
    const parsed = parseFileCommandArgs(args, ctx, {
      usage: usageText,
      missingFile: says.missingFile,
      flags: { "dry-run": { short: "n" } },
      lists: ["part"],
      texts: t,
    });
    if (typeof parsed === "number") return parsed;
    const { file, plan: planName, flags } = parsed;
    const groupName = parsed.group;
    if (!groupName?.trim()) return usage(says.missingGroup);

    const sectionParties = new Map<string, Party>();
    for (const value of parsed.lists.part ?? []) {
      const at = value.lastIndexOf("=");
      const party = at > 0 ? partyFromText(value.slice(at + 1)) : undefined;
      const heading = foldHeading(value.slice(0, Math.max(at, 0)));
      if (!party || !heading) return usage(partUsage(value, t));
      sectionParties.set(heading, party);
    }
    const dryRun = Boolean(flags["dry-run"]);

    const now = deps.clock.now();
    try {
      const planFile = await readPlanFile(file);
      const parsed = sheetsToPlan(planFile.sheets, {
        today: localDateAt(now, TIME_ZONE),
        sectionParties,
        texts: t,
      });
      if (!parsed.ok) {
        ctx.stderr.write(`${says.problems(basename(file))}\n`);
        for (const p of parsed.problems) ctx.stderr.write(`  ${formatProblem(p, t)}\n`);
        return 1;
      }
      const plan = parsed.plan;
      if (plan.unknownSections.length && !dryRun) {
        ctx.stderr.write(`${says.notYet(basename(file))}\n`);
        for (const line of unknownSectionLines(plan.unknownSections, t)) ctx.stderr.write(`${line}\n`);
        return 1;
      }
      const detected = planFile.detected
        ? says.detected(planFile.detected.encoding, planFile.detected.delimiter)
        : undefined;
      ctx.stdout.write(`${says.read(plan.activities.length, plan.sheet, basename(file), detected)}\n`);
      const bar = progressBar(ctx, plan.activities.length, t);
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
        for (const line of importSummary(result, t)) ctx.stdout.write(`${line}\n`);
        if (plan.unknownSections.length)
          for (const line of unknownSectionLines(plan.unknownSections, t)) ctx.stdout.write(`${line}\n`);
      } finally {
        bar?.stop();
        await db.close();
      }
      return 0;
    } catch (error) {
      if (error instanceof PlanFileError) {
        ctx.stderr.write(`${t.imports.refusal(error.refusal)}\n`);
        return 1;
      }
      if (error instanceof ImportError) {
        ctx.stderr.write(`${importProblemText(error.problem, t)}\n`);
        return 1;
      }
      // A failure the person cannot fix (the database, a bug) is logged once here, with its
      // detail; what they read is in their language, and the transaction means nothing was kept.
      ctx.logger.error({ err: error, file }, "lok import failed");
      ctx.stderr.write(`${importFailed(basename(file), t)}\n`);
      return 1;
    }
  };
}

export const runImport: CliCommand = createImportCommand();

function progressBar(ctx: CliContext, rows: number, t: Messages): cliProgress.SingleBar | undefined {
  if (!ctx.stderr.isTTY || rows < PROGRESS_FROM) return undefined;
  const bar = new cliProgress.SingleBar(
    {
      stream: ctx.stderr as NodeJS.WritableStream,
      format: t.imports.command.progress,
      hideCursor: true,
      clearOnComplete: true,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(rows, 0);
  return bar;
}
