// `rapport fil`: the core asks for the follow-up workbook; Slack uploads it to the channel where the
// command was typed (files.uploadV2). Who may ask was decided by the core before the reply got here.
import type { Attachment } from "../../core/reply.ts";
import { localDateAt } from "../../core/zoned-time.ts";
import { buildFollowUpWorkbook } from "../../plans/export-xlsx.ts";
import type { CommandContext } from "../../services/actor.ts";
import { activePlan } from "../../services/groups.ts";
import { type ReplyTarget, sendReply } from "./deliver.ts";
import type { SlackDeps } from "./slack-deps.ts";
import { logSlackError } from "./web-api-errors.ts";

export async function uploadAttachment(
  deps: SlackDeps,
  target: ReplyTarget,
  ctx: CommandContext,
  attachment: Attachment,
): Promise<void> {
  const { prisma, clock } = deps.services;
  const plan = await activePlan(prisma, ctx.group);
  const file = await buildFollowUpWorkbook(
    prisma,
    ctx.group,
    plan,
    localDateAt(clock.now(), ctx.group.timeZone),
  );
  try {
    await deps.web.files.uploadV2({
      channel_id: target.channelId,
      file,
      filename: attachment.fileName,
      title: `Uppföljning av ${plan.name}`,
      initial_comment: `Uppföljningen av ${plan.name}, beställd av ${ctx.actor.name}.`,
    });
  } catch (error) {
    logSlackError(deps.logger, error, {
      method: "files.uploadV2",
      channel: target.channelId,
      team: target.teamId,
    });
    await sendReply(deps, target, {
      tone: "error",
      visibility: "ephemeral",
      blocks: [
        { type: "text", text: "Jag kunde inte ladda upp Excel-filen i kanalen just nu." },
        { type: "note", text: attachment.fallback },
      ],
    });
  }
}
