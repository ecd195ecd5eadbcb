// `lok export <fil.xlsx|fil.csv|fil.md> [--plan <plan>] [--group <grupp>]`: the annual follow-up,
// written in the format the file name asks for.
import { writeFile } from "node:fs/promises";
import { extname } from "node:path";
import type { CliCommand, CliContext } from "../cli-context.ts";
import { type Clock, systemClock } from "../core/clock.ts";
import { DomainError } from "../core/domain-error.ts";
import { joinSwedish } from "../core/labels.ts";
import { normalizeForMatch } from "../core/normalize-text.ts";
import { localDateAt } from "../core/zoned-time.ts";
import type { GroupRef } from "../services/actor.ts";
import type { Db } from "../services/deps.ts";
import { activePlan, findGroup, type PlanRef } from "../services/groups.ts";
import { followUpCsv } from "./export-csv.ts";
import { followUpMarkdown } from "./export-md.ts";
import { followUpXlsx } from "./export-xlsx.ts";
import { parseFileCommandArgs, usageError } from "./file-command-args.ts";
import { loadFollowUp } from "./follow-up-data.ts";

export const EXPORT_USAGE = `Användning: lok export <fil.xlsx|fil.csv|fil.md> [--plan <plan>] [--group <grupp>]

Skriver uppföljningen (statusrapportering av aktiviteter) till Excel (aktiviteter, sammanfattning per
princip och historik), CSV för svensk Excel (aktiviteterna) eller Markdown (för minnesanteckningar).
  --group <grupp>  gruppen (annars den enda eller första)
  --plan <plan>    planen (annars gruppens aktiva plan)`;

const FORMATS = { ".xlsx": "xlsx", ".csv": "csv", ".md": "md", ".markdown": "md" } as const;

class ExportError extends Error {}

export function createExportCommand(deps: { clock: Clock } = { clock: systemClock }): CliCommand {
  return async (args, ctx) => {
    const parsed = parseFileCommandArgs(args, ctx, {
      usage: EXPORT_USAGE,
      missingFile: "Ange filen som uppföljningen ska skrivas till.",
    });
    if (typeof parsed === "number") return parsed;
    const { file } = parsed;
    const format = FORMATS[extname(file).toLowerCase() as keyof typeof FORMATS];
    if (!format) return usage(ctx, `${file}: filnamnet ska sluta på .xlsx, .csv eller .md.`);

    const db = await ctx.openDatabase();
    try {
      const group = await findGroup(db.prisma, parsed.group);
      const plan = await choosePlan(db.prisma, group, parsed.plan);
      const followUp = await loadFollowUp(
        db.prisma,
        group,
        plan,
        localDateAt(deps.clock.now(), group.timeZone),
      );
      const bytes =
        format === "xlsx"
          ? await followUpXlsx(followUp)
          : format === "csv"
            ? followUpCsv(followUp)
            : Buffer.from(followUpMarkdown(followUp), "utf8");
      await writeFile(file, bytes);
      ctx.stdout.write(
        `Uppföljningen av ${plan.name} (${group.name}) är sparad i ${file}: ` +
          `${followUp.activities.length} aktiviteter, ${followUp.history.length} statusuppdateringar.\n`,
      );
      return 0;
    } catch (error) {
      const message = errorMessage(error);
      if (message === undefined) throw error;
      ctx.stderr.write(`${message}\n`);
      return 1;
    } finally {
      await db.close();
    }
  };
}

export const runExport: CliCommand = createExportCommand();

async function choosePlan(db: Db, group: GroupRef, query: string | undefined): Promise<PlanRef> {
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
      ? `${group.name} har ingen plan som heter "${query}". Planerna är ${joinSwedish(plans.map((p) => `"${p.name}"`))}.`
      : `${group.name} har ingen handlingsplan än. Läs in en med npx lok import.`,
  );
}

function errorMessage(error: unknown): string | undefined {
  if (error instanceof ExportError) return error.message;
  if (error instanceof DomainError) {
    const d = error.detail;
    if (d.code === "no_group")
      return "Det finns ingen grupp än. Läs in en plan med npx lok import eller kör npx lok demo.";
    if (d.code === "group_not_found")
      return `Hittar ingen grupp som heter "${d.query}". Grupperna är ${joinSwedish(d.groups.map((g) => `"${g}"`))}.`;
    if (d.code === "no_plan") return `${d.groupName} har ingen aktiv handlingsplan. Ange en med --plan.`;
  }
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === "ENOENT" || code === "EACCES" || code === "EISDIR")
    return `Kunde inte skriva filen (${code}). Finns mappen, och får du skriva där?`;
  return undefined;
}

const usage = (ctx: CliContext, message: string) => usageError(ctx, EXPORT_USAGE, message);
