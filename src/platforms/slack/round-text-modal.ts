// The follow-up round's text form: results and effects of an activity (`n`) or a lesson learned (no
// `n`), opened from "Skriv uppföljning…" / "Skriv en lärdom…" in the round's direct message. Where to
// answer and the language travel in private_metadata, which Slack hands back with the submission.
import type { ViewOutput } from "@slack/bolt";
import type { ModalView } from "@slack/web-api";
import { z } from "zod";
import { MAX_COMMENT_LENGTH } from "../../core/command.ts";
import { cleanIncomingText } from "../../core/incoming-text.ts";
import { textsFor } from "../../texts/index.ts";
import { LIMITS } from "./block-limits.ts";
import { truncate } from "./mrkdwn.ts";

export const ROUND_TEXT_MODAL = "lok:round_text_modal";

const origin = z.object({
  n: z.number().int().positive().optional(),
  team: z.string(),
  ch: z.string().optional(),
  url: z.string().url().optional(),
  l: z.string().max(8).optional(),
});
export type RoundTextOrigin = z.infer<typeof origin>;

export function roundTextModal(o: RoundTextOrigin): ModalView {
  const metadata = JSON.stringify(o);
  if (metadata.length > LIMITS.privateMetadata) throw new Error("private_metadata too long");
  const s = textsFor(o.l).followUp.round;
  return {
    type: "modal",
    callback_id: ROUND_TEXT_MODAL,
    private_metadata: metadata,
    title: { type: "plain_text", text: truncate(s.formTitle, LIMITS.modalTitle) },
    submit: { type: "plain_text", text: s.formSubmit },
    close: { type: "plain_text", text: s.formCancel },
    blocks: [
      {
        type: "input",
        block_id: "text",
        label: { type: "plain_text", text: o.n ? s.formActivityLabel(o.n) : s.formLessonLabel },
        element: {
          type: "plain_text_input",
          action_id: "value",
          multiline: true,
          max_length: MAX_COMMENT_LENGTH,
        },
      },
    ],
  };
}

function json(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return undefined;
  }
}

/** What was submitted, or the field error to show in the modal. */
export function readRoundTextModal(
  view: Pick<ViewOutput, "private_metadata" | "state">,
): { ok: true; origin: RoundTextOrigin; text: string } | { ok: false; errors: Record<string, string> } {
  const parsed = origin.safeParse(json(view.private_metadata));
  const s = textsFor(parsed.success ? parsed.data.l : undefined).followUp.round;
  const typed = view.state.values.text?.value?.value;
  const text = typeof typed === "string" ? cleanIncomingText(typed).trim() : "";
  if (!parsed.success || !text) return { ok: false, errors: { text: s.textMissing } };
  return { ok: true, origin: parsed.data, text: text.slice(0, MAX_COMMENT_LENGTH) };
}
