// What the Ny aktivitet button and the new activity dialog's submit carry on Teams: the button is an
// Action.Submit with `msteams.type: task/fetch`, so Teams asks the bot for the dialog (task/fetch);
// the dialog's submit (task/submit) brings the form's inputs beside this data. Validated like
// anything from outside.
import { z } from "zod";
import { ACTIVITY_FORM_FIELDS, type ActivityFormValues } from "../../core/activity-form.ts";
import { MAX_COMMENT_LENGTH } from "../../core/command.ts";
import type { CardElement } from "./render-card.ts";

export const DIALOG_KIND = "activity";

const dialogData = z.object({
  lok: z.literal("form"),
  form: z.literal(DIALOG_KIND),
  /** The language the button or form was drawn in. */
  l: z.string().max(8).optional(),
  /** This drawing of the form: one submission of it creates one activity. */
  id: z.string().min(1).max(64).optional(),
});

/** The button on a reply that opens the dialog; Teams sends its data with the task/fetch invoke. */
export function openDialogButton(title: string, locale: string): CardElement {
  return {
    type: "Action.Submit",
    title,
    style: "positive",
    data: { msteams: { type: "task/fetch" }, lok: "form", form: DIALOG_KIND, l: locale },
  };
}

export interface DialogData {
  locale?: string;
  id?: string;
  values: ActivityFormValues;
}

/** Ours (a task/fetch or task/submit's data, with the form's inputs on a submit), or undefined. */
export function readDialogData(value: unknown): DialogData | undefined {
  const parsed = dialogData.safeParse(value);
  if (!parsed.success) return undefined;
  const raw = value as Record<string, unknown>;
  const values: ActivityFormValues = {};
  for (const field of ACTIVITY_FORM_FIELDS) {
    const v = raw[field];
    if (typeof v === "string") values[field] = v.slice(0, MAX_COMMENT_LENGTH * 2);
  }
  return {
    values,
    ...(parsed.data.l ? { locale: parsed.data.l } : {}),
    ...(parsed.data.id ? { id: parsed.data.id } : {}),
  };
}
