// `rapport`: the follow-up summary per principle.
import { followUpAttachment, reportReply } from "../../core/replies/report.ts";
import { planReport } from "../report.ts";
import type { Handler } from "./handler.ts";

export const report: Handler<"report"> = async (_cmd, env) => {
  const plan = await env.plan();
  return reportReply(env.texts, await planReport(env.db, env.ctx.group, plan, env.today));
};

/** `rapport fil`: the same summary, asking the surface to attach the follow-up workbook. */
export const reportFile: Handler<"report_file"> = async (_cmd, env) => {
  const plan = await env.plan();
  const summary = reportReply(env.texts, await planReport(env.db, env.ctx.group, plan, env.today));
  // The file is this command's effect: a repeated delivery answers without uploading it again.
  return {
    ...summary,
    attachment: followUpAttachment(env.texts, env.ctx.group.name, plan.name, env.today),
    effect: "sent",
  };
};
