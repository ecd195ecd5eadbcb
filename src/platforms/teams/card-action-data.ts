// What a button on a LÖK card carries: a typed action (core/actions.ts) and the card it was drawn on.
// The data comes back from Teams (adaptiveCard/action invoke, or an Action.Submit message) and is
// validated, never trusted. A card's comment input is sent along with every button; a status button
// takes it as the update's comment.
import { createHash } from "node:crypto";
import { z } from "zod";
import { type Action, parseAction } from "../../core/actions.ts";
import { MAX_COMMENT_LENGTH } from "../../core/command.ts";
import { cleanIncomingText } from "../../core/incoming-text.ts";
import type { Locale } from "../../texts/index.ts";

export const CARD_ACTION_VERB = "lok";
export const COMMENT_INPUT_ID = "comment";
/** The choice of a goal's assessment on a follow-up round's card. */
export const assessInputId = (goal: number) => `assess-${goal}`;

const cardId = z.string().min(1).max(64);

export const cardActionDataSchema = z.object({
  lok: z.literal("act"),
  a: z.unknown(),
  card: cardId,
  /** Kommentera: the comment typed in the card is what the press is for. */
  needsComment: z.literal(true).optional(),
  /** The language the card is drawn in, for the answer to a Kommentera pressed without a comment. */
  l: z.string().max(8).optional(),
});
export type CardActionData = { lok: "act"; a: Action; card: string; needsComment?: true; l?: Locale };

export type CardPress =
  | { ok: true; action: Action; card: string }
  /** Kommentera pressed with nothing typed; `locale`: the card's language, when it says. */
  | { ok: false; reason: "comment_missing"; locale?: string };

/** The button's action and the comment input, from an invoke's action.data or a Submit message's value. */
export function readCardPress(value: unknown): CardPress | undefined {
  const parsed = cardActionDataSchema.safeParse(value);
  if (!parsed.success) return undefined;
  const action = parseAction(parsed.data.a);
  if (!action) return undefined;
  const raw = (value as Record<string, unknown>)[COMMENT_INPUT_ID];
  const comment = typeof raw === "string" ? cleanIncomingText(raw).trim().slice(0, MAX_COMMENT_LENGTH) : "";
  if (parsed.data.needsComment && !comment)
    return { ok: false, reason: "comment_missing", ...(parsed.data.l ? { locale: parsed.data.l } : {}) };
  return {
    ok: true,
    action: withInputs(action, value as Record<string, unknown>, comment),
    card: parsed.data.card,
  };
}

/** The press's action with what the card's inputs say: a comment, a round's text, the goals' choices. */
function withInputs(action: Action, value: Record<string, unknown>, comment: string): Action {
  switch (action.kind) {
    case "set_status":
      return comment ? { ...action, comment } : action;
    case "submit_round_text":
      return { ...action, text: comment };
    case "submit_assessments": {
      const scores = Object.entries(value).flatMap(([key, raw]) => {
        const goal = /^assess-(\d{1,6})$/.exec(key);
        const score = typeof raw === "string" && /^[1-4]$/.test(raw) ? Number(raw) : undefined;
        return goal && score ? [{ goal: Number(goal[1]), score }] : [];
      });
      const checked = parseAction({ ...action, scores, ...(comment ? { comment } : {}) });
      return checked ?? action;
    }
    default:
      return action;
  }
}

/**
 * The idempotency key of a press. Teams gives every invoke a new activity id, so a double click would
 * otherwise be two updates. The key is the rendered card (its id is in the button's data), the person,
 * and what the press says (the action with its comment): pressing the same button twice on the same
 * card stores one update; another person, another button, another comment or the refreshed card (a new
 * id) store anew.
 */
export function pressKey(press: Extract<CardPress, { ok: true }>, userId: string): string {
  const digest = createHash("sha256")
    .update(`${press.card}\n${userId}\n${JSON.stringify(press.action)}`)
    .digest("hex");
  return `teams:card:${digest.slice(0, 32)}`;
}
