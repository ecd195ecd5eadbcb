// Importera and Avbryt under a plan file's dry run, and `importera <sökväg>` where no file can be read:
// samordnare only (checked before, and again by the service); the import runs in the delivery's
// transaction, so the plan, the upload marked imported and the delivery's record commit together.
import { decidedReply, fileHintReply } from "../../core/replies/plan-upload-replies.ts";
import { cancelPlanUpload, confirmPlanUpload, UPLOAD_HOURS } from "../plan-upload.ts";
import type { Handler, HandlerEnv } from "./handler.ts";

function decision(env: HandlerEnv, uploadId: number) {
  return { group: env.ctx.group, actor: env.ctx.actor, uploadId, now: env.now };
}

export const confirmImport: Handler<"import_confirm"> = async (cmd, env) => {
  const decided = await confirmPlanUpload(env.db, decision(env, cmd.upload));
  if (decided.kind === "imported")
    env.deps.logger.info(
      { group: env.ctx.group.id, member: env.ctx.actor.memberId, upload: cmd.upload, plan: decided.planName },
      "plan file imported",
    );
  return decidedReply(env.texts, decided, env.ctx.actor.name, UPLOAD_HOURS);
};

export const cancelImport: Handler<"import_cancel"> = async (cmd, env) =>
  decidedReply(
    env.texts,
    await cancelPlanUpload(env.db, decision(env, cmd.upload)),
    env.ctx.actor.name,
    UPLOAD_HOURS,
  );

/** A path typed in chat is never read: the file comes as an attachment (the console reads its own). */
export const planFileHint: Handler<"plan_file"> = async (_cmd, env) => fileHintReply(env.texts, false);
