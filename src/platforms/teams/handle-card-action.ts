// A button press on a LÖK card (adaptiveCard/action invoke, Action.Execute): its typed action through
// the door, with a key that makes a double click one update; the answer replaces the card in place,
// so everyone sees the new status. Problems are shown as a short message and the card stays as it was.
import { randomUUID } from "node:crypto";
import type {
  Activity,
  AdaptiveCardActionResponse,
  IAdaptiveCardActionInvokeActivity,
} from "@microsoft/teams.api";
import type { IActivityContext } from "@microsoft/teams.apps";
import type { IAdaptiveCard } from "@microsoft/teams.cards";
import type { Outcome } from "../../core/outcome.ts";
import { cardCommentMissingText, unknownButtonText } from "../../core/replies/delivery-replies.ts";
import type { Incoming } from "../../services/conversation.ts";
import { textsFor } from "../../texts/index.ts";
import { type CardPress, pressKey, readCardPress } from "./card-action-data.ts";
import type { TeamsHandlerEnv } from "./handler-env.ts";
import { referenceOf, teamsIncoming } from "./incoming-message.ts";
import { rememberConversation } from "./remember-conversation.ts";
import { renderCard, replyPlainText } from "./render-card.ts";

export type PressResult =
  | { kind: "outcome"; outcome: Outcome; incoming: Incoming }
  | { kind: "message"; text: string };

export async function runCardPress(
  env: TeamsHandlerEnv,
  activity: Activity,
  press: CardPress,
): Promise<PressResult> {
  if (!press.ok) return { kind: "message", text: cardCommentMissingText(textsFor(press.locale)) };
  const incoming = teamsIncoming(
    activity,
    { type: "action", action: press.action },
    pressKey(press, activity.from.id),
  );
  const outcome = await env.door.handle(incoming);
  await rememberConversation(env, incoming, outcome, referenceOf(activity));
  return outcome.reply.tone === "error"
    ? { kind: "message", text: replyPlainText(outcome.reply) }
    : { kind: "outcome", outcome, incoming };
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
        // A button that is not ours says nothing of its group: the default language.
        value: { code: "BadRequest", message: unknownButtonText(textsFor()) },
      } as AdaptiveCardActionResponse;
    }
    const result = await runCardPress(env, ctx.activity, press);
    if (result.kind === "message") {
      return { statusCode: 200, type: "application/vnd.microsoft.activity.message", value: result.text };
    }
    // The refreshed card is the answer; the channels are told once it is on its way.
    setImmediate(() => env.door.announce(result.outcome, result.incoming));
    return {
      statusCode: 200,
      type: "application/vnd.microsoft.card.adaptive",
      value: renderCard(result.outcome.reply, { cardId: randomUUID() }) as unknown as IAdaptiveCard,
    };
  };
}
