// Uploading a plan file on the web, in English, in the shape of web-upload.sv.ts.
import type { webUploadSv } from "./web-upload.sv.ts";

function mb(bytes: number): string {
  const value = bytes / (1024 * 1024);
  return `${value < 10 ? value.toFixed(1) : Math.round(value)} MB`;
}

export const webUploadEn: typeof webUploadSv = {
  title: "Upload a plan file",
  link: "Upload a plan file (.xlsx or .csv)",
  intro:
    "Choose the action plan as an Excel file (.xlsx) or a CSV file (.csv). You first see a dry run: " +
    "new, changed and unchanged activities and every problem with sheet, row and column. Nothing is saved until you press Import.",
  label: "Plan file",
  hint: (limit) => `Excel (.xlsx) or CSV (.csv), at most ${mb(limit)}.`,
  submit: "Show the dry run",
  dryRunTitle: "Dry run",
  refusedTitle: "The file cannot be imported",
  errorSummary: "What needs fixing",
  missing: "Choose a file to upload. Nothing has been saved.",
  tooLarge: (bytes, limit) =>
    `${bytes === undefined ? "The file is too large" : `The file is ${mb(bytes)}`}: a plan file may be at most ${mb(limit)}, so nothing has been saved. ` +
    "Save only the sheet with the action plan, without pictures and other sheets, and upload that.",
  brokenForm: "The form did not arrive whole, so nothing has been saved. Reload the page and try again.",
  again: "Upload another file",
  toPlan: "To the plan",
};
