// The status modal: status, comment and an optional new deadline for one activity. Opened from the
// "Kommentera…" button or from `/lok status 13`; what it needs afterwards (where to answer, which
// message to redraw, the group's language) travels in private_metadata, which Slack hands back with
// the submission.
import type { ViewOutput } from "@slack/bolt";
import type { ModalView } from "@slack/web-api";
import { z } from "zod";
import { ACTIVITY_STATUSES, type ActivityStatus } from "../../core/activity-status.ts";
import { MAX_COMMENT_LENGTH } from "../../core/command.ts";
import { cleanIncomingText } from "../../core/incoming-text.ts";
import { STATUS_ICON } from "../../core/replies/activity-replies.ts";
import { textsFor } from "../../texts/index.ts";
import { STATUS_MODAL } from "./action-ids.ts";
import { LIMITS } from "./block-limits.ts";
import { truncate } from "./mrkdwn.ts";

const origin = z.object({
  /** The activity number. */
  n: z.number().int().positive(),
  team: z.string(),
  /** Channel of the message or command; absent from App Home. */
  ch: z.string().optional(),
  /** The message to redraw after the change (button on a message). */
  ts: z.string().optional(),
  eph: z.boolean().optional(),
  /** Where to answer the person (the command's or the button's response_url). */
  url: z.string().url().optional(),
  home: z.boolean().optional(),
  /** The group's language, which the form and its field errors are written in; absent reads as Swedish. */
  l: z.string().max(8).optional(),
});
export type ModalOrigin = z.infer<typeof origin>;

export function statusModal(o: ModalOrigin, current?: ActivityStatus): ModalView {
  const metadata = JSON.stringify(o);
  if (metadata.length > LIMITS.privateMetadata) throw new Error("private_metadata too long");
  const t = textsFor(o.l);
  const says = t.slack.statusModal;
  const option = (s: ActivityStatus) => ({
    text: { type: "plain_text" as const, text: `${STATUS_ICON[s]} ${t.status.label[s]}`, emoji: true },
    value: s,
  });
  return {
    type: "modal",
    callback_id: STATUS_MODAL,
    private_metadata: metadata,
    title: { type: "plain_text", text: truncate(says.title(o.n), LIMITS.modalTitle) },
    submit: { type: "plain_text", text: says.submit },
    close: { type: "plain_text", text: says.close },
    blocks: [
      {
        type: "input",
        block_id: "status",
        label: { type: "plain_text", text: says.status },
        element: {
          type: "static_select",
          action_id: "value",
          placeholder: { type: "plain_text", text: says.statusPlaceholder },
          options: ACTIVITY_STATUSES.map(option),
          ...(current ? { initial_option: option(current) } : {}),
        },
      },
      {
        type: "input",
        block_id: "comment",
        optional: true,
        label: { type: "plain_text", text: says.comment },
        element: {
          type: "plain_text_input",
          action_id: "value",
          multiline: true,
          max_length: MAX_COMMENT_LENGTH,
          placeholder: { type: "plain_text", text: says.commentPlaceholder },
        },
      },
      {
        type: "input",
        block_id: "deadline",
        optional: true,
        label: { type: "plain_text", text: says.deadline },
        hint: { type: "plain_text", text: says.deadlineHint },
        element: { type: "datepicker", action_id: "value" },
      },
    ],
  };
}

export interface ModalInput {
  origin: ModalOrigin;
  status: ActivityStatus;
  comment?: string;
  deadline?: string;
}

const statusSchema = z.enum(ACTIVITY_STATUSES);
const dateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

function json(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return undefined;
  }
}

/** The language a form's metadata names, even when the rest of it no longer reads. */
function localeOf(metadata: unknown): string | undefined {
  const l = metadata && typeof metadata === "object" ? (metadata as { l?: unknown }).l : undefined;
  return typeof l === "string" ? l : undefined;
}

/** What was submitted, or the per-field errors to show in the modal (response_action: errors). */
export function readStatusModal(
  view: Pick<ViewOutput, "private_metadata" | "state">,
): { ok: true; input: ModalInput } | { ok: false; errors: Record<string, string> } {
  const metadata = json(view.private_metadata);
  const says = textsFor(localeOf(metadata)).slack.statusModal;
  const parsedOrigin = origin.safeParse(metadata);
  if (!parsedOrigin.success) return { ok: false, errors: { status: says.expired } };
  const values = view.state.values;
  const status = statusSchema.safeParse(values.status?.value?.selected_option?.value);
  if (!status.success) return { ok: false, errors: { status: says.noStatus } };
  const typed = values.comment?.value?.value;
  const comment = typeof typed === "string" ? cleanIncomingText(typed).trim() : undefined;
  if (comment && comment.length > MAX_COMMENT_LENGTH)
    return { ok: false, errors: { comment: says.commentTooLong(MAX_COMMENT_LENGTH) } };
  const deadline = values.deadline?.value?.selected_date ?? undefined;
  if (deadline && !dateSchema.safeParse(deadline).success)
    return { ok: false, errors: { deadline: says.badDate } };
  return {
    ok: true,
    input: {
      origin: parsedOrigin.data,
      status: status.data,
      ...(comment ? { comment } : {}),
      ...(deadline ? { deadline } : {}),
    },
  };
}
