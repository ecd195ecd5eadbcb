// The dialog (task module) for a new activity on Teams: the Adaptive Card form it shows (Input.Text,
// Input.ChoiceSet, Input.Date), drawn again with each field's error and what was typed.
import type {
  ActivityForm,
  ActivityFormField,
  ActivityFormRead,
  ActivityFormValues,
} from "../../core/activity-form.ts";
import { MAX_COMMENT_LENGTH, MAX_FIELD_LENGTH } from "../../core/command.ts";
import type { Messages } from "../../texts/index.ts";
import { DIALOG_KIND } from "./dialog-data.ts";
import { type AdaptiveCardJson, CARD_VERSION, type CardElement, textRuns } from "./render-card.ts";

export interface DialogDrawing {
  id: string;
  values?: ActivityFormValues;
  errors?: Extract<ActivityFormRead, { ok: false }>["errors"];
  /** A problem the door found (a principle no longer in the plan), shown above the fields. */
  message?: string;
}

function attention(text: string): CardElement {
  return {
    type: "RichTextBlock",
    spacing: "None",
    inlines: textRuns(text, { color: "Attention", size: "Small" }),
  };
}

/** The form as an Adaptive Card: one input per field, each followed by its error when it has one. */
export function activityDialogCard(
  t: Messages,
  form: ActivityForm,
  drawing: DialogDrawing,
): AdaptiveCardJson {
  const says = t.activityForm;
  const values = drawing.values ?? {};
  const errors = drawing.errors ?? {};
  const given = (field: ActivityFormField) => {
    const v = values[field];
    return typeof v === "string" && v !== "" ? { value: v } : {};
  };
  const optional = (label: string) => `${label} (${says.optional})`;
  const inputs: [ActivityFormField, CardElement][] = [
    [
      "title",
      {
        type: "Input.Text",
        id: "title",
        label: says.fields.title,
        placeholder: says.placeholders.title,
        isRequired: true,
        errorMessage: says.errors.titleMissing,
        maxLength: MAX_FIELD_LENGTH,
        ...given("title"),
      },
    ],
    [
      "principle",
      {
        type: "Input.ChoiceSet",
        id: "principle",
        label: says.fields.principle,
        placeholder: says.placeholders.principle,
        style: "compact",
        isRequired: true,
        errorMessage: says.errors.principleMissing,
        choices: form.principles.map((p) => ({ title: p.name, value: p.key })),
        ...given("principle"),
      },
    ],
    [
      "party",
      {
        type: "Input.ChoiceSet",
        id: "party",
        label: says.fields.party,
        placeholder: says.placeholders.party,
        style: "compact",
        isRequired: true,
        errorMessage: says.errors.partyMissing,
        choices: form.parties.map((p) => ({ title: p.label, value: p.party })),
        ...given("party"),
      },
    ],
    [
      "deadline",
      { type: "Input.Date", id: "deadline", label: optional(says.fields.deadline), ...given("deadline") },
    ],
    [
      "responsibleOrg",
      {
        type: "Input.Text",
        id: "responsibleOrg",
        label: optional(says.fields.responsibleOrg),
        placeholder: says.placeholders.responsibleOrg,
        maxLength: MAX_FIELD_LENGTH,
        ...given("responsibleOrg"),
      },
    ],
    [
      "description",
      {
        type: "Input.Text",
        id: "description",
        label: optional(says.fields.description),
        placeholder: says.placeholders.description,
        isMultiline: true,
        maxLength: MAX_COMMENT_LENGTH,
        ...given("description"),
      },
    ],
  ];
  const problems = Object.keys(errors).length || drawing.message;
  return {
    type: "AdaptiveCard",
    $schema: "http://adaptivecards.io/schemas/adaptive-card.json",
    version: CARD_VERSION,
    body: [
      ...(drawing.message ? [attention(drawing.message)] : []),
      ...(problems ? [attention(says.fixBelow)] : []),
      ...inputs.flatMap(([field, input]) => {
        const error = errors[field];
        return error ? [input, attention(error)] : [input];
      }),
    ],
    actions: [
      {
        type: "Action.Submit",
        title: says.submit,
        style: "positive",
        data: { lok: "form", form: DIALOG_KIND, l: t.locale, id: drawing.id },
      },
    ],
    msteams: { width: "Full" },
  };
}
