// The new activity dialog on Teams (task/fetch and task/submit invokes, the SDK's dialog.open and
// dialog.submit). Opening it asks the door for the form (`activity_form`), so a medlem gets the
// refusal that names the samordnare and a samordnare the plan's principles. A submit is read with the
// same checks as every surface's form; a problem draws the dialog again with what was typed and the
// error beside its field, and nothing is created. A valid one goes through the door as
// `submit_activity_form`, keyed by the drawn form so that a double submit creates one activity; the
// answer (the new activity's card) is posted in the conversation and the dialog closes with its
// first line.
import { createHash, randomUUID } from "node:crypto";
import type {
  Activity,
  ITaskFetchInvokeActivity,
  ITaskSubmitInvokeActivity,
  TaskModuleResponse,
} from "@microsoft/teams.api";
import type { IActivityContext } from "@microsoft/teams.apps";
import { type ActivityForm, readActivityForm } from "../../core/activity-form.ts";
import { unknownButtonText } from "../../core/replies/delivery-replies.ts";
import { type Messages, textsFor } from "../../texts/index.ts";
import { activityDialogCard, type DialogDrawing } from "./activity-dialog.ts";
import { readDialogData } from "./dialog-data.ts";
import type { TeamsHandlerEnv } from "./handler-env.ts";
import { referenceOf, teamsIncoming } from "./incoming-message.ts";
import { rememberConversation } from "./remember-conversation.ts";
import { replyPlainText } from "./render-card.ts";
import { sendOutcome } from "./send-reply.ts";

function message(text: string): TaskModuleResponse {
  return { task: { type: "message", value: text } };
}

function dialog(t: Messages, form: ActivityForm, drawing: DialogDrawing): TaskModuleResponse {
  return {
    task: {
      type: "continue",
      value: {
        title: t.activityForm.title,
        width: "medium",
        height: "large",
        card: {
          contentType: "application/vnd.microsoft.card.adaptive",
          content: activityDialogCard(t, form, drawing),
        },
      },
    },
  };
}

/** The form the door offers this person, or the reply that says why not (a medlem, no plan). */
async function offeredForm(
  env: TeamsHandlerEnv,
  activity: Activity,
): Promise<{ ok: true; form: ActivityForm; t: Messages } | { ok: false; text: string }> {
  const incoming = teamsIncoming(
    activity,
    { type: "action", action: { kind: "activity_form" } },
    `teams:dialog:${activity.id}`,
  );
  const outcome = await env.door.handle(incoming);
  if (outcome.form?.kind === "activity")
    return { ok: true, form: outcome.form, t: textsFor(outcome.reply.locale) };
  return { ok: false, text: replyPlainText(outcome.reply) };
}

export function handleDialogOpen(env: TeamsHandlerEnv) {
  return async (ctx: IActivityContext<ITaskFetchInvokeActivity>): Promise<TaskModuleResponse> => {
    const data = readDialogData(ctx.activity.value?.data);
    // A button that is not ours says nothing of its group: the default language.
    if (!data) return message(unknownButtonText(textsFor()));
    const offered = await offeredForm(env, ctx.activity);
    if (!offered.ok) return message(offered.text);
    return dialog(offered.t, offered.form, { id: randomUUID() });
  };
}

/** One submission per drawn form and person: a double submit is one delivery. */
function submitKey(id: string, userId: string, action: unknown): string {
  const digest = createHash("sha256")
    .update(`${id}\n${userId}\n${JSON.stringify(action)}`)
    .digest("hex");
  return `teams:dialog:${digest.slice(0, 32)}`;
}

export function handleDialogSubmit(env: TeamsHandlerEnv) {
  return async (ctx: IActivityContext<ITaskSubmitInvokeActivity>): Promise<TaskModuleResponse> => {
    const { activity } = ctx;
    const data = readDialogData(activity.value?.data);
    if (!data) return message(unknownButtonText(textsFor()));
    const id = data.id ?? randomUUID();
    const read = readActivityForm(textsFor(data.locale), data.values);
    const again = async (drawing: Omit<DialogDrawing, "id">, otherwise: string) => {
      const offered = await offeredForm(env, activity);
      if (!offered.ok) return message(otherwise || offered.text);
      return dialog(offered.t, offered.form, { id, values: data.values, ...drawing });
    };
    if (!read.ok) return again({ errors: read.errors }, "");
    const incoming = teamsIncoming(
      activity,
      { type: "action", action: read.action },
      submitKey(id, activity.from.id, read.action),
    );
    const outcome = await env.door.handle(incoming);
    await rememberConversation(env, incoming, outcome, referenceOf(activity));
    // A second submit of the same form: the first one answered in the conversation.
    if (outcome.effect === "repeat") return message(replyPlainText(outcome.reply).split("\n")[0] ?? "");
    if (outcome.reply.tone === "error") {
      const problem = replyPlainText(outcome.reply);
      return again({ message: problem }, problem);
    }
    await sendOutcome(ctx, outcome);
    env.door.announce(outcome, incoming);
    return message(replyPlainText(outcome.reply).split("\n")[0] ?? "");
  };
}
