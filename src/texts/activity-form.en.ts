// The form for a new activity, in English, in the shape of activity-form.sv.ts.
import type { activityFormSv } from "./activity-form.sv.ts";

export const activityFormEn: typeof activityFormSv = {
  open: "New activity",
  title: "New activity",
  submit: "Add",
  close: "Cancel",
  intro: "Fill in the form, or type the whole line in the chat.",
  fields: {
    title: "Title",
    principle: "Principle",
    party: "Party",
    deadline: "Deadline",
    responsibleOrg: "Responsible department/organisation",
    description: "Description",
  },
  placeholders: {
    title: "What is to be done?",
    principle: "Choose a principle",
    party: "Choose a party",
    responsibleOrg: "For example the Culture department",
    description: "More about the activity (optional)",
  },
  optional: "optional",
  partyOption: (label: string, heading?: string) => (heading ? `${label} – ${heading}` : label),
  errors: {
    titleMissing: "Type a title.",
    principleMissing: "Choose a principle.",
    partyMissing: "Choose a party.",
    badDate: "Pick a date in the calendar.",
    tooLong: (max: number) => `At most ${max} characters.`,
    expired: "This form is too old. Close it and open it again.",
  },
  fixBelow: "Fix what is marked and try again.",
};
