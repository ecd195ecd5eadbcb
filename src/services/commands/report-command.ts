// `rapport [<år>] [<princip>|stad|civil|gemensamt]`: the follow-up summary per principle, narrowed by
// every argument given; `rapport [<år>] fil` attaches the workbook, or with a year the statusrapport.
import type { Party } from "../../core/command.ts";
import { followUpAttachment, reportReply, statusReportAttachment } from "../../core/replies/report.ts";
import { type Reply, reply } from "../../core/reply.ts";
import { dateColumnToLocalDate } from "../../core/zoned-time.ts";
import { planReport } from "../report.ts";
import type { Handler, HandlerEnv } from "./handler.ts";

type Scope = { year?: number; principle?: string; party?: Party };

/** A polite refusal when the year is outside the plan's period or has not begun; else undefined. */
async function yearProblem(env: HandlerEnv, year: number | undefined): Promise<Reply | undefined> {
  if (year === undefined) return undefined;
  const t = env.texts;
  const r = t.followUp.report;
  if (year > Number(env.today.slice(0, 4)))
    return reply("error", [
      { type: "text", text: r.yearAhead(year) },
      { type: "note", text: r.yearOutOfPlanHint },
    ]);
  const plan = await env.plan();
  const stored = await env.db.plan.findUnique({
    where: { id: plan.id },
    select: { periodFrom: true, periodTo: true },
  });
  if (!stored?.periodFrom || !stored.periodTo) return undefined;
  const from = dateColumnToLocalDate(stored.periodFrom);
  const to = dateColumnToLocalDate(stored.periodTo);
  if (year >= Number(from.slice(0, 4)) && year <= Number(to.slice(0, 4))) return undefined;
  return reply("error", [
    {
      type: "text",
      text: r.yearOutOfPlan(year, plan.name, t.plans.period(t.dates.date(from), t.dates.date(to))),
    },
    { type: "note", text: r.yearOutOfPlanHint },
  ]);
}

async function summary(cmd: Scope, env: HandlerEnv): Promise<Reply> {
  const plan = await env.plan();
  const report = await planReport(env.db, env.ctx.group, plan, env.today, cmd);
  // The note names the principle as the plan does, not as it was typed.
  const principle = cmd.principle ? report.principles[0]?.principle : undefined;
  return reportReply(env.texts, report, { ...cmd, ...(principle ? { principle } : {}) });
}

export const report: Handler<"report"> = async (cmd, env) =>
  (await yearProblem(env, cmd.year)) ?? summary(cmd, env);

/**
 * `rapport fil`: the same summary, asking the surface to attach the follow-up workbook; with a year,
 * the year's statusrapport as a Word document.
 */
export const reportFile: Handler<"report_file"> = async (cmd, env) => {
  const problem = await yearProblem(env, cmd.year);
  if (problem) return problem;
  const plan = await env.plan();
  const shown = await summary(cmd, env);
  const attachment =
    cmd.year === undefined
      ? followUpAttachment(env.texts, env.ctx.group.name, plan.name, env.today)
      : statusReportAttachment(env.texts, env.ctx.group.name, plan.name, { ...cmd, year: cmd.year });
  // The file is this command's effect: a repeated delivery answers without uploading it again.
  return { ...shown, attachment, effect: "sent" };
};
