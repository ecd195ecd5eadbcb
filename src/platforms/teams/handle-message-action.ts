// The message action *Lägg på dagordningen* (a message's "More actions" menu, a message extension
// action command with fetchTask): its words and the link to it proposed for the next meeting's agenda
// (`agenda lägg till`) in the group of the conversation it was posted in; the answer closes the dialog.
// Teams does not offer message actions to guests.
import type {
  IMessageExtensionFetchTaskInvokeActivity,
  IMessageExtensionSubmitActionInvokeActivity,
  MessagingExtensionActionResponse,
} from "@microsoft/teams.api";
import type { IActivityContext } from "@microsoft/teams.apps";
import { agendaPointFromMessage } from "../../core/agenda-from-message.ts";
import { unknownButtonText } from "../../core/replies/delivery-replies.ts";
import { textsFor } from "../../texts/index.ts";
import type { TeamsHandlerEnv } from "./handler-env.ts";
import { teamsIncoming } from "./incoming-message.ts";
import { replyPlainText } from "./render-card.ts";

/** The command's id in the manifest's composeExtensions. */
export const AGENDA_ACTION = "lokAgendaAdd";

const answer = (text: string): MessagingExtensionActionResponse => ({
  task: { type: "message", value: text },
});

export function handleMessageAction(env: TeamsHandlerEnv) {
  return async (
    ctx: IActivityContext<
      IMessageExtensionFetchTaskInvokeActivity | IMessageExtensionSubmitActionInvokeActivity
    >,
  ): Promise<MessagingExtensionActionResponse> => {
    const { activity } = ctx;
    const value = activity.value;
    if (value?.commandId !== AGENDA_ACTION) return answer(unknownButtonText(textsFor()));
    const message = value.messagePayload;
    const body = message?.body;
    const text = agendaPointFromMessage(
      { text: body?.content ?? "", markup: body?.contentType === "html" ? "html" : "plain" },
      message?.linkToMessage,
    );
    // The same message put on the agenda twice by one person is one proposal.
    const key = `teams:agenda:${message?.id ?? activity.id}:${activity.from.id}`;
    const input = text
      ? { type: "command" as const, command: { kind: "agenda_add" as const, text } }
      : { type: "text" as const, text: "agenda add" };
    const incoming = teamsIncoming(activity, input, key);
    const outcome = await env.door.handle(incoming);
    env.door.announce(outcome, incoming);
    return answer(replyPlainText(outcome.reply));
  };
}
