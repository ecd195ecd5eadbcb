// `lok export <fil.xlsx|fil.csv|fil.md> [--plan <plan>] [--group <grupp>]`: the annual follow-up,
// written in the format the file name asks for.
import { writeFile } from "node:fs/promises";
import { extname } from "node:path";
import type { CliCommand } from "../cli-context.ts";
import { type Clock, systemClock } from "../core/clock.ts";
import { DomainError } from "../core/domain-error.ts";
import { normalizeForMatch } from "../core/normalize-text.ts";
import { localDateAt } from "../core/zoned-time.ts";
import type { GroupRef } from "../services/actor.ts";
import type { Db } from "../services/deps.ts";
import { activePlan, findGroup, type PlanRef } from "../services/groups.ts";
import { envTexts, type Messages, textsFor } from "../texts/index.ts";
import { followUpCsv } from "./export-csv.ts";
import { followUpMarkdown } from "./export-md.ts";
import { followUpXlsx } from "./export-xlsx.ts";
import { parseFileCommandArgs, usageError } from "./file-command-args.ts";
import { loadFollowUp } from "./follow-up-data.ts";
import { loadStatusReport } from "./status-report-data.ts";
import { statusReportFile, statusReportRequest } from "./status-report-file.ts";

const FORMATS = { ".xlsx": "xlsx", ".csv": "csv", ".md": "md", ".markdown": "md", ".docx": "docx" } as const;

class ExportError extends Error {}

/**
 * What the terminal says is in LOK_LOCALE's language (`env`); the file itself is in the group's, as
 * `rapport fil` in chat writes it, so that a group reads its follow-up in the language it speaks.
 */
export function createExportCommand(
  deps: { clock: Clock; env?: NodeJS.ProcessEnv } = { clock: systemClock },
): CliCommand {
  return async (args, ctx) => {
    const cli = envTexts(deps.env).exports.cli;
    const parsed = parseFileCommandArgs(args, ctx, {
      usage: cli.usage,
      missingFile: cli.missingFile,
      lists: ["year"],
    });
    if (typeof parsed === "number") return parsed;
    const { file } = parsed;
    const format = FORMATS[extname(file).toLowerCase() as keyof typeof FORMATS];
    if (!format) return usageError(ctx, cli.usage, cli.badExtension(file));
    const yearGiven = parsed.lists.year?.at(-1);
    if (yearGiven !== undefined && !/^\d{4}$/.test(yearGiven))
      return usageError(ctx, cli.usage, cli.badYear(yearGiven));
    if (yearGiven !== undefined && format === "csv") return usageError(ctx, cli.usage, cli.reportAsCsv);

    const db = await ctx.openDatabase();
    try {
      const group = await findGroup(db.prisma, parsed.group);
      const plan = await choosePlan(db.prisma, group, parsed.plan, cli);
      const today = localDateAt(deps.clock.now(), group.timeZone);
      if (yearGiven !== undefined || format === "docx") {
        const year = yearGiven !== undefined ? Number(yearGiven) : Number(today.slice(0, 4));
        const t = textsFor(group.locale);
        const report = await loadStatusReport(
          db.prisma,
          group,
          plan,
          today,
          statusReportRequest(t, { year }),
        );
        await writeFile(file, await statusReportFile(report, t, format === "csv" ? "md" : format));
        ctx.stdout.write(`${cli.savedReport(year, plan.name, group.name, file)}\n`);
        return 0;
      }
      const followUp = await loadFollowUp(
        db.prisma,
        group,
        plan,
        localDateAt(deps.clock.now(), group.timeZone),
      );
      const t = textsFor(group.locale);
      const bytes =
        format === "xlsx"
          ? await followUpXlsx(followUp, t)
          : format === "csv"
            ? followUpCsv(followUp, t)
            : Buffer.from(followUpMarkdown(followUp, t), "utf8");
      await writeFile(file, bytes);
      ctx.stdout.write(
        `${cli.saved(plan.name, group.name, file, followUp.activities.length, followUp.history.length)}\n`,
      );
      return 0;
    } catch (error) {
      const message = errorMessage(error, cli);
      if (message === undefined) throw error;
      ctx.stderr.write(`${message}\n`);
      return 1;
    } finally {
      await db.close();
    }
  };
}

export const runExport: CliCommand = createExportCommand();

type CliTexts = Messages["exports"]["cli"];

async function choosePlan(
  db: Db,
  group: GroupRef,
  query: string | undefined,
  cli: CliTexts,
): Promise<PlanRef> {
  if (!query?.trim()) return activePlan(db, group);
  const plans = await db.plan.findMany({
    where: { groupId: group.id },
    orderBy: { id: "asc" },
    select: { id: true, name: true },
  });
  const wanted = normalizeForMatch(query.trim());
  const exact = plans.find((p) => normalizeForMatch(p.name) === wanted);
  const partial = plans.filter((p) => normalizeForMatch(p.name).includes(wanted));
  const found = exact ?? (partial.length === 1 ? partial[0] : undefined);
  if (found) return found;
  throw new ExportError(
    plans.length
      ? cli.planNotFound(
          group.name,
          query,
          plans.map((p) => p.name),
        )
      : cli.noPlans(group.name),
  );
}

function errorMessage(error: unknown, cli: CliTexts): string | undefined {
  if (error instanceof ExportError) return error.message;
  if (error instanceof DomainError) {
    const d = error.detail;
    if (d.code === "no_group") return cli.noGroup;
    if (d.code === "group_not_found") return cli.groupNotFound(d.query, d.groups);
    if (d.code === "no_plan") return cli.noActivePlan(d.groupName);
  }
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === "ENOENT" || code === "EACCES" || code === "EISDIR") return cli.cannotWrite(code);
  return undefined;
}
