// A file the core asked to attach (`rapport fil`: the follow-up workbook), uploaded to the channel where
// the command was typed (files.uploadV2), in the thread of a mention. Who may ask, and what the file
// holds, the core decided.
import type { OutcomeFile } from "../../core/outcome.ts";
import { uploadFailedReply } from "../../core/replies/delivery-replies.ts";
import type { Messages } from "../../texts/index.ts";
import { type ReplyTarget, sendReply } from "./deliver.ts";
import type { SlackDeps } from "./slack-deps.ts";
import { logSlackError } from "./web-api-errors.ts";

/** `t`: the language of the reply the file belongs to, for the note when the upload fails. */
export async function uploadFile(
  deps: SlackDeps,
  target: ReplyTarget,
  file: OutcomeFile,
  t: Messages,
): Promise<void> {
  const threadTs = target.conversation?.threadTs;
  const where =
    threadTs && target.channelId
      ? { channel_id: target.channelId, thread_ts: threadTs }
      : { channel_id: target.channelId };
  try {
    await deps.web.files.uploadV2({
      ...where,
      file: await file.content(),
      filename: file.fileName,
      title: file.title,
      initial_comment: file.comment,
    });
  } catch (error) {
    logSlackError(deps.logger, error, {
      method: "files.uploadV2",
      channel: target.channelId,
      team: target.teamId,
    });
    await sendReply(deps, target, uploadFailedReply(t, file.fallback));
  }
}
