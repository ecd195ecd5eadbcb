// A button press on a LÖK card (adaptiveCard/action invoke, Action.Execute). The press becomes the
// command line it stands for, run through the core with a key that makes a double click one update;
// the answer replaces the card in place, so everyone sees the new status. Problems are shown as a
// short message and the card stays as it was.
import { randomUUID } from "node:crypto";
import type {
  Activity,
  AdaptiveCardActionResponse,
  IAdaptiveCardActionInvokeActivity,
} from "@microsoft/teams.api";
import type { IActivityContext } from "@microsoft/teams.apps";
import type { IAdaptiveCard } from "@microsoft/teams.cards";
import type { Reply } from "../../core/reply.ts";
import { announceFromPersonalChat } from "./announce-to-group.ts";
import { type CardPress, pressKey, pressLine, readCardPress } from "./card-action-data.ts";
import type { TeamsHandlerEnv } from "./handler-env.ts";
import { incomingMessage, referenceOf } from "./incoming-message.ts";
import { rememberConversation } from "./remember-conversation.ts";
import { renderCard, replyPlainText } from "./render-card.ts";

export type PressResult = { kind: "reply"; reply: Reply } | { kind: "message"; text: string };

export const NEED_COMMENT = "Skriv en kommentar i rutan först och tryck sedan på Kommentera.";

export async function runCardPress(
  env: TeamsHandlerEnv,
  activity: Activity,
  press: CardPress,
): Promise<PressResult> {
  const line = pressLine(press);
  if (!line) return { kind: "message", text: NEED_COMMENT };
  const message = incomingMessage(activity, line, pressKey(press, activity.from.id, line));
  await rememberConversation(env, message, referenceOf(activity));
  const reply = await env.conversation.handle(message);
  announceFromPersonalChat(env, message, reply);
  return reply.tone === "error" ? { kind: "message", text: replyPlainText(reply) } : { kind: "reply", reply };
}

export function handleCardAction(env: TeamsHandlerEnv) {
  return async (
    ctx: IActivityContext<IAdaptiveCardActionInvokeActivity>,
  ): Promise<AdaptiveCardActionResponse> => {
    const press = readCardPress(ctx.activity.value?.action?.data);
    if (!press) {
      return {
        statusCode: 400,
        type: "application/vnd.microsoft.error",
        value: { code: "BadRequest", message: "Knappen känns inte igen." },
      } as AdaptiveCardActionResponse;
    }
    const result = await runCardPress(env, ctx.activity, press);
    if (result.kind === "message") {
      return { statusCode: 200, type: "application/vnd.microsoft.activity.message", value: result.text };
    }
    return {
      statusCode: 200,
      type: "application/vnd.microsoft.card.adaptive",
      value: renderCard(result.reply, { cardId: randomUUID() }) as unknown as IAdaptiveCard,
    };
  };
}
