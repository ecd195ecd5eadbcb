// A plan file sent in chat, in English, in the shape of plan-upload.sv.ts.
import type {
  planUploadActionsSv,
  planUploadArgumentsSv,
  planUploadHelpSv,
  planUploadSv,
} from "./plan-upload.sv.ts";

function mb(bytes: number): string {
  const value = bytes / (1024 * 1024);
  return `${value < 10 ? value.toFixed(1) : Math.round(value)} MB`;
}

export const planUploadEn: typeof planUploadSv = {
  heading: (file) => `Dry run of ${file}`,
  confirmNote: (hours) =>
    `Nothing is saved yet. Press Import to read in the plan, or Cancel. This offer stands for ${hours} hours.`,
  confirm: "Import",
  cancel: "Cancel",
  notImportable: "Nothing was saved. Correct the file and send it again.",
  unreadable: (file) => `${file} cannot be read in; nothing was saved. Correct this and send the file again:`,
  sectionsAnswer: (example) =>
    `Write the party (City, Civil society or Joint) in the heading, for example “${example} – Civilsamhället”, ` +
    "or fill in a column Part, and send the file again.",
  planUnnamed:
    "The file does not say which action plan it is (no heading such as “Handlingsplan 2025–2027” above the table) " +
    "and the group has no plan yet. Write the plan's name at the top of the file and send it again, or start a plan with `new plan <name> <from> <to>`.",
  tooLarge: (file, bytes, limit) =>
    `${file} is ${mb(bytes)}, and a plan sent in chat may be at most ${mb(limit)}. ` +
    "Save only the sheet with the plan, without pictures and other sheets, and send it again.",
  notPlanFile: (file) =>
    `${file} is neither an Excel file (.xlsx) nor a CSV file (.csv). Save the plan in one of those formats and send it again.`,
  downloadFailed: (file) =>
    `I could not fetch ${file} from the chat; nothing was saved. Please send the file again in a while.`,
  inChannel:
    "Send the plan as an attached file in your personal chat with me, and I will show a dry run there. I do not read files in a channel.",
  sendAsAttachment:
    "Send the plan (.xlsx or .csv) as an attached file in your personal chat with me, and I will show a dry run. " +
    "I do not read files from the server.",
  imported: (file) => `${file} has been read in.`,
  cancelled: (file) => `Reading in ${file} was cancelled; nothing was saved.`,
  alreadyImported: (file, by) => `${file} has already been read in${by ? ` (by ${by})` : ""}.`,
  alreadyCancelled: (file, by) =>
    `Reading in ${file} was already cancelled${by ? ` (by ${by})` : ""}. Send the file again to read it in.`,
  expired: (file, hours) =>
    `The offer to read in ${file} stood for ${hours} hours and has run out; nothing was saved. Send the file again.`,
  notFound: "I cannot find such an uploaded file in the group. Send the file again.",
  failed: (file) => `${file} could not be read in; nothing was saved:`,
  announce: (plan, by, file) => `📋 The action plan ${plan} was imported by ${by} (from ${file}).`,
};

export const planUploadHelpEn: typeof planUploadHelpSv = {
  plan_file: {
    usage: "import <file>",
    description:
      "Read in an action plan from Excel (.xlsx) or CSV. In Slack and Teams, send the file as an attachment in your personal chat with me; " +
      "in the terminal, type `import <path>`. I answer with a dry run (new, changed and unchanged activities, every problem with " +
      "sheet, row and column) and the buttons Import and Cancel. Nothing is saved until you press Import.",
    example: "import action-plan-2025-2026.xlsx",
  },
  import_confirm: {
    usage: "import yes <nr>",
    description:
      "The same as the Import button under a dry run, where there are no buttons (in the terminal): reads in the file with that number.",
    example: "import yes 3",
  },
  import_cancel: {
    usage: "import cancel <nr>",
    description: "The same as the Cancel button under a dry run: the file is not read in.",
    example: "import cancel 3",
  },
};

export const planUploadActionsEn: typeof planUploadActionsSv = {
  plan_file: "read in an action plan",
  import_confirm: "read in an action plan",
  import_cancel: "cancel reading in a plan",
};

export const planUploadArgumentsEn: typeof planUploadArgumentsSv = {
  planFile: "the file to read in",
};
