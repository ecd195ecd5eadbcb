// What a button on a LÖK card carries, and how a press becomes a command. The data comes back from
// Teams (adaptiveCard/action invoke, or an Action.Submit message) and is validated, never trusted.
import { createHash } from "node:crypto";
import { z } from "zod";
import { ACTIVITY_STATUSES, STATUS_LABEL } from "../../core/activity-status.ts";
import { MAX_COMMENT_LENGTH } from "../../core/command.ts";

export const CARD_ACTION_VERB = "lok";
export const COMMENT_INPUT_ID = "comment";

const cardId = z.string().min(1).max(64);

export const cardActionDataSchema = z.discriminatedUnion("lok", [
  /** A command line, e.g. `status 13 klar`; a comment typed in the card is appended to a status. */
  z.object({ lok: z.literal("run"), line: z.string().min(1).max(300), card: cardId }),
  /** Kommentera: a comment that keeps the status the card showed. */
  z.object({
    lok: z.literal("comment"),
    number: z.number().int().positive(),
    status: z.enum(ACTIVITY_STATUSES),
    card: cardId,
  }),
]);
export type CardActionData = z.infer<typeof cardActionDataSchema>;

export interface CardPress {
  data: CardActionData;
  comment?: string;
}

/** The button's data and the comment input, from an invoke's action.data or a Submit message's value. */
export function readCardPress(value: unknown): CardPress | undefined {
  const parsed = cardActionDataSchema.safeParse(value);
  if (!parsed.success) return undefined;
  const raw = (value as Record<string, unknown>)[COMMENT_INPUT_ID];
  const comment = typeof raw === "string" ? raw.trim().slice(0, MAX_COMMENT_LENGTH) : "";
  return { data: parsed.data, ...(comment ? { comment } : {}) };
}

/** The line the press stands for: the button's command, with the comment after a status. */
export function pressLine(press: CardPress): string | undefined {
  const { data, comment } = press;
  if (data.lok === "comment") {
    if (!comment) return undefined;
    return `status ${data.number} ${STATUS_LABEL[data.status]} ${comment}`;
  }
  const isStatusSet = /^status\s+\d+\s+\S/i.test(data.line);
  return comment && isStatusSet ? `${data.line} ${comment}` : data.line;
}

/**
 * The idempotency key of a press. Teams gives every invoke a new activity id, so a double click would
 * otherwise be two updates. The key is the rendered card (its id is in the button's data), the person,
 * and what the press says (line and comment): pressing the same button twice on the same card stores one
 * update; another person, another button, another comment or the refreshed card (a new id) store anew.
 */
export function pressKey(press: CardPress, userId: string, line: string): string {
  const digest = createHash("sha256").update(`${press.data.card}\n${userId}\n${line}`).digest("hex");
  return `teams:card:${digest.slice(0, 32)}`;
}
