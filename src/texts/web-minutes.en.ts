// Writing a meeting's minutes on the web, in English, in the shape of web-minutes.sv.ts.
import type { webMinutesSv } from "./web-minutes.sv.ts";

function join(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

export const webMinutesEn: typeof webMinutesSv = {
  nav: "Minutes",
  title: "Minutes",
  forMeeting: (title, line, held) =>
    held ? `The meeting being held: ${title}, ${line}.` : `The latest meeting: ${title}, ${line}.`,
  draft: "The draft",
  finalText: "The minutes are final and have been sent to the channel. They can no longer be changed.",
  downloads: "Download",
  markdown: "The minutes as Markdown (.md)",
  word: "The minutes as a Word document (.docx)",
  noMeeting: "No meeting has begun yet, so there are no minutes to write.",
  present: {
    title: "Present",
    legend: "Who was there?",
    hint: "Filled in with those who answered I'm coming. Anyone already recorded as present is checked and cannot be removed here.",
    already: (name) => `${name} (already recorded)`,
    others: "Others who were there",
    othersHint: "Names separated by commas, ideally with the organisation in brackets: Lena Ek (Red Cross).",
    submit: "Save present",
  },
  invited: {
    title: "Invited",
    name: "Name",
    organisation: "Organisation",
    submit: "Add invited guest",
  },
  points: {
    title: "The points",
    none: "The meeting has no points on its agenda.",
    point: (n, title) => `Point ${n}: ${title}`,
    note: "Note",
    decision: "Decision",
    hint: "Fill in one or both. The point is marked as handled.",
    submit: (n) => `Save under point ${n}`,
  },
  task: {
    title: "Task",
    person: "Who gets the task",
    text: "The task",
    due: "Due (optional)",
    submit: "Add the task",
  },
  previous: {
    title: "Previous minutes",
    from: (title, date) => `The minutes of ${title} ${date}.`,
    noObjections: "No objections",
    objection: "Objection",
    submitObjection: "Record the objection",
  },
  finalise: {
    title: "Done – send the minutes",
    open: "Done – send the minutes …",
    confirmTitle: "Send the minutes?",
    confirmText:
      "The minutes become final, are sent to the group's channel and cannot be changed after that. Check the draft first.",
    confirm: "Yes, send the minutes",
    back: "Back to the draft",
  },
  errorSummary: "What needs fixing",
  toField: "To the form",
  notWriter: {
    title: "Only for whoever writes the minutes",
    text: (coordinators, noteTaker) =>
      `The minutes are written by the group's coordinators${noteTaker ? ` and by the note taker ${noteTaker}` : " and by the note taker they name"}.${
        coordinators.length ? ` Ask ${join(coordinators)} if you are to write them.` : ""
      }`,
  },
};
