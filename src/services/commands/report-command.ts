// `rapport`: the follow-up summary per principle.
import { reportReply } from "../../core/replies/report.js";
import { planReport } from "../report.js";
import type { Handler } from "./handler.js";

export const report: Handler<"report"> = async (_cmd, env) => {
  const plan = await env.plan();
  return reportReply(await planReport(env.deps.prisma, env.ctx.group, plan, env.today));
};
