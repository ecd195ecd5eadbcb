// The modal for a new activity: titel, princip (the active plan's), part (by the plan's own names),
// deadline, ansvarig org and beskrivning. Opened by `/lok ny aktivitet` or the Ny aktivitet button
// once the door has said the person may add activities (the outcome's form). Where to answer and the
// group's language travel in private_metadata; the submission is read by the same checks as every
// surface's form (core/activity-form.ts), each error beside its field.
import type { ViewOutput } from "@slack/bolt";
import type { ModalView, PlainTextOption } from "@slack/web-api";
import { z } from "zod";
import { type ActivityForm, type ActivityFormRead, readActivityForm } from "../../core/activity-form.ts";
import { MAX_COMMENT_LENGTH, MAX_FIELD_LENGTH } from "../../core/command.ts";
import { textsFor } from "../../texts/index.ts";
import { ACTIVITY_MODAL } from "./action-ids.ts";
import { LIMITS } from "./block-limits.ts";
import { truncate } from "./mrkdwn.ts";

const origin = z.object({
  team: z.string(),
  /** Channel of the command or button; absent from App Home. */
  ch: z.string().optional(),
  /** Where to answer the person (the command's or the button's response_url). */
  url: z.string().url().optional(),
  home: z.boolean().optional(),
  /** The group's language; absent reads as Swedish. */
  l: z.string().max(8).optional(),
});
export type ActivityModalOrigin = z.infer<typeof origin>;

function option(text: string, value: string): PlainTextOption {
  return { text: { type: "plain_text", text: truncate(text, LIMITS.optionText), emoji: true }, value };
}

export function activityModal(o: ActivityModalOrigin, form: ActivityForm): ModalView {
  const metadata = JSON.stringify(o);
  if (metadata.length > LIMITS.privateMetadata) throw new Error("private_metadata too long");
  const says = textsFor(o.l).activityForm;
  const label = (text: string) => ({ type: "plain_text" as const, text });
  const placeholder = (text: string) => ({ type: "plain_text" as const, text });
  return {
    type: "modal",
    callback_id: ACTIVITY_MODAL,
    private_metadata: metadata,
    title: label(truncate(says.title, LIMITS.modalTitle)),
    submit: label(says.submit),
    close: label(says.close),
    blocks: [
      {
        type: "input",
        block_id: "title",
        label: label(says.fields.title),
        element: {
          type: "plain_text_input",
          action_id: "value",
          max_length: MAX_FIELD_LENGTH,
          placeholder: placeholder(says.placeholders.title),
        },
      },
      {
        type: "input",
        block_id: "principle",
        label: label(says.fields.principle),
        element: {
          type: "static_select",
          action_id: "value",
          placeholder: placeholder(says.placeholders.principle),
          options: form.principles
            .slice(0, LIMITS.selectOptions)
            .map((p) => option(p.name, p.key.slice(0, LIMITS.optionValue))),
        },
      },
      {
        type: "input",
        block_id: "party",
        label: label(says.fields.party),
        element: {
          type: "static_select",
          action_id: "value",
          placeholder: placeholder(says.placeholders.party),
          options: form.parties.map((p) => option(p.label, p.party)),
        },
      },
      {
        type: "input",
        block_id: "deadline",
        optional: true,
        label: label(says.fields.deadline),
        element: { type: "datepicker", action_id: "value" },
      },
      {
        type: "input",
        block_id: "responsibleOrg",
        optional: true,
        label: label(says.fields.responsibleOrg),
        element: {
          type: "plain_text_input",
          action_id: "value",
          max_length: MAX_FIELD_LENGTH,
          placeholder: placeholder(says.placeholders.responsibleOrg),
        },
      },
      {
        type: "input",
        block_id: "description",
        optional: true,
        label: label(says.fields.description),
        element: {
          type: "plain_text_input",
          action_id: "value",
          multiline: true,
          max_length: MAX_COMMENT_LENGTH,
          placeholder: placeholder(says.placeholders.description),
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

/** The language a form's metadata names, even when the rest of it no longer reads. */
function localeOf(metadata: unknown): string | undefined {
  const l = metadata && typeof metadata === "object" ? (metadata as { l?: unknown }).l : undefined;
  return typeof l === "string" ? l : undefined;
}

/** What was submitted, as the form's action, or the errors to show beside the fields. */
export function readActivityModal(
  view: Pick<ViewOutput, "private_metadata" | "state">,
):
  | (ActivityFormRead & { ok: true; origin: ActivityModalOrigin })
  | { ok: false; errors: Record<string, string> } {
  const metadata = json(view.private_metadata);
  const t = textsFor(localeOf(metadata));
  const parsedOrigin = origin.safeParse(metadata);
  if (!parsedOrigin.success) return { ok: false, errors: { title: t.activityForm.errors.expired } };
  const values = view.state.values;
  const typed = (block: string) => values[block]?.value?.value;
  const chosen = (block: string) => values[block]?.value?.selected_option?.value;
  const read = readActivityForm(t, {
    title: typed("title"),
    principle: chosen("principle"),
    party: chosen("party"),
    deadline: values.deadline?.value?.selected_date,
    responsibleOrg: typed("responsibleOrg"),
    description: typed("description"),
  });
  if (!read.ok) return { ok: false, errors: read.errors as Record<string, string> };
  return { ...read, origin: parsedOrigin.data };
}
