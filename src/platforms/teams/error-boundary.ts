// The Teams surface's one error boundary. Every handler is registered through it: whatever a handler
// did not finish (a bug, a store that refused, a send that failed) is logged once, and a person who
// wrote or pressed something is told politely, in the conversation or on the card; the process serves
// on. The SDK's own `error` event cannot do this: it carries no context to answer with (its
// `app.send` posts to the app's default serviceUrl and needs credentials), the invoke has become a
// 500 by then, and the SDK's listener on it logs the message a second time.
import type { AdaptiveCardActionResponse, TaskModuleResponse } from "@microsoft/teams.api";
import type { Logger } from "pino";
import { unfinishedReply } from "../../core/replies/delivery-replies.ts";
import { textsFor } from "../../texts/index.ts";
import { replyPlainText } from "./render-card.ts";
import { redactor, safeError } from "./sdk-logger.ts";

interface Context {
  activity: { type: string; id?: string; conversation?: { id?: string } };
}

type Handler<C, R> = (ctx: C) => Promise<R>;

const redact = redactor([]);

/** Runs `handler`; when it throws, logs once and returns what `failed` answers instead. */
export function guarded<C extends Context, R>(
  logger: Logger,
  handler: Handler<C, R>,
  failed: (ctx: C) => Promise<R> | R,
): Handler<C, R> {
  return async (ctx) => {
    try {
      return await handler(ctx);
    } catch (error) {
      const err = error instanceof Error ? error : new Error(String(error));
      logger.error(
        {
          err: safeError(err, redact),
          activity: ctx.activity.type,
          conversation: ctx.activity.conversation?.id,
        },
        "teams handler failed",
      );
      try {
        return await failed(ctx);
      } catch (sendError) {
        // The boundary's own answer could not be sent either (the connector is down): said once, quietly.
        logger.warn(
          { reason: (sendError as Error).message },
          "teams: could not tell the person of the failure",
        );
        return undefined as R;
      }
    }
  };
}

/**
 * A card press's failure is answered on the card, as a short message (the card stays as it was), in
 * the default language: the press's group is not known here.
 */
export function cardFailureResponse(): AdaptiveCardActionResponse {
  return {
    statusCode: 200,
    type: "application/vnd.microsoft.activity.message",
    value: replyPlainText(unfinishedReply(textsFor())),
  };
}

/** A dialog's failure closes it with the same short message, in the default language. */
export function dialogFailureResponse(): TaskModuleResponse {
  return { task: { type: "message", value: replyPlainText(unfinishedReply(textsFor())) } };
}
