// The form for a new activity, as every surface with forms draws it (Slack's modal, Teams' dialog):
// what it offers (the active plan's principles, the parties by the plan's own names) and how what
// comes back is read. The same checks for every surface, before anything reaches the door: a field
// with a problem gets its message beside it, in the group's language, and nothing is sent on.
import type { Messages } from "../texts/index.ts";
import type { Action } from "./actions.ts";
import { MAX_COMMENT_LENGTH, MAX_FIELD_LENGTH, type Party, partySchema } from "./command.ts";
import { cleanIncomingText } from "./incoming-text.ts";

export const ACTIVITY_FORM_FIELDS = [
  "title",
  "principle",
  "party",
  "deadline",
  "responsibleOrg",
  "description",
] as const;
export type ActivityFormField = (typeof ACTIVITY_FORM_FIELDS)[number];

/** What the form offers to choose from, in the plan's order. */
export interface ActivityForm {
  kind: "activity";
  principles: { key: string; name: string }[];
  /** Every party, labelled as the group reads it, with the plan's own heading where it has one. */
  parties: { party: Party; label: string }[];
}

/** The form's fields as a surface hands them back: text as typed, a choice's value, a date as YYYY-MM-DD. */
export type ActivityFormValues = Partial<Record<ActivityFormField, string | null | undefined>>;

export type SubmitActivityForm = Extract<Action, { kind: "submit_activity_form" }>;

export type ActivityFormRead =
  | { ok: true; action: SubmitActivityForm }
  | { ok: false; errors: Partial<Record<ActivityFormField, string>> };

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function isDate(text: string): boolean {
  if (!DATE.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}

function text(value: string | null | undefined): string {
  return typeof value === "string" ? cleanIncomingText(value).replace(/\s+/g, " ").trim() : "";
}

/** The submitted form as the action it stands for, or a message for each field that needs fixing. */
export function readActivityForm(t: Messages, values: ActivityFormValues): ActivityFormRead {
  const says = t.activityForm.errors;
  const errors: Partial<Record<ActivityFormField, string>> = {};
  const title = text(values.title);
  if (!title) errors.title = says.titleMissing;
  else if (title.length > MAX_FIELD_LENGTH) errors.title = says.tooLong(MAX_FIELD_LENGTH);
  const principle = text(values.principle);
  if (!principle || principle.length > MAX_FIELD_LENGTH) errors.principle = says.principleMissing;
  const party = partySchema.safeParse(text(values.party));
  if (!party.success) errors.party = says.partyMissing;
  const deadline = text(values.deadline);
  if (deadline && !isDate(deadline)) errors.deadline = says.badDate;
  const responsibleOrg = text(values.responsibleOrg);
  if (responsibleOrg.length > MAX_FIELD_LENGTH) errors.responsibleOrg = says.tooLong(MAX_FIELD_LENGTH);
  // A description keeps its line breaks.
  const description =
    typeof values.description === "string" ? cleanIncomingText(values.description).trim() : "";
  if (description.length > MAX_COMMENT_LENGTH) errors.description = says.tooLong(MAX_COMMENT_LENGTH);
  if (Object.keys(errors).length || !party.success) return { ok: false, errors };
  return {
    ok: true,
    action: {
      kind: "submit_activity_form",
      title,
      principle,
      party: party.data,
      ...(deadline ? { deadline } : {}),
      ...(responsibleOrg ? { responsibleOrg } : {}),
      ...(description ? { description } : {}),
    },
  };
}
