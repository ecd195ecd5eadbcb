// The texts of `lok import` in English, in the shape of imports.sv.ts. A plan file is still read with
// Swedish words (column headings, Part words), so those are quoted as the file must have them.
import { PLAN_FILE_LIMITS, type PlanFileRefusal } from "../core/plan-sheet/plan-file-refusal.ts";
import type { ChangedField } from "../plans/plan-changes.ts";
import type { ImportTexts } from "./imports.sv.ts";

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "A, B and C" */
function join(items: readonly string[], and = "and"): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} ${and} ${items[items.length - 1]}`;
}

const number = (n: number) => n.toLocaleString("en-GB");
const mb = (bytes: number) => `${number(Math.round(bytes / (1024 * 1024)))} MB`;

const SAVE_AGAIN = "Open it in Excel or LibreOffice and save it again as .xlsx, or save the sheet as CSV.";

/** ` (sheet "Plan", row 12, column C)` as far as it is known. */
function where(r: { file: string; sheet?: string; row?: number; column?: string }): string {
  const parts = [
    ...(r.sheet !== undefined && r.sheet !== r.file ? [`sheet "${r.sheet}"`] : []),
    ...(r.row !== undefined ? [`row ${r.row}`] : []),
    ...(r.column !== undefined ? [`column ${r.column}`] : []),
  ];
  return parts.length ? ` (${parts.join(", ")})` : "";
}

function refusal(r: PlanFileRefusal): string {
  const L = PLAN_FILE_LIMITS;
  switch (r.code) {
    case "not_found":
      return `I cannot find a file called ${r.path}.`;
    case "is_directory":
      return `${r.path} is a folder, not a file.`;
    case "not_a_file":
      return `${r.path} is not an ordinary file (it is, for example, a device or a pipe). Save the plan as a file and try again.`;
    case "unreadable":
      return `I could not read ${r.path} (${r.reason ?? "unknown error"}). Does the file exist, and are you allowed to read it?`;
    case "empty":
      return `${r.file} is empty.`;
    case "file_too_large":
      return (
        `${r.file} is ${mb(r.bytes)}, and a plan to import may be at most ${mb(L.fileBytes)}. ` +
        "Save only the sheet with the plan, without pictures and other sheets, and try again."
      );
    case "old_xls":
      return `${r.file} is an older Excel file (.xls). Open it in Excel or LibreOffice and save it as .xlsx or CSV.`;
    case "not_zip":
      return `${r.file} does not look like an Excel file (.xlsx). Save it again from Excel as .xlsx.`;
    case "xlsx_as_csv":
      return `${r.file} is an Excel file, not CSV. Rename it to .xlsx or save it as CSV.`;
    case "unknown_type":
      return `${r.file} is neither an Excel file (.xlsx) nor a CSV file (.csv). Save the plan in one of those formats.`;
    case "not_text":
      return `${r.file} does not contain text and cannot be read as CSV. Save the plan as CSV (UTF-8) or .xlsx.`;
    case "zip_damaged":
      return `${r.file} is damaged or incomplete (perhaps copying it was interrupted) and cannot be unpacked. ${SAVE_AGAIN}`;
    case "not_workbook":
      return `${r.file} is a zip file but not an Excel workbook. ${SAVE_AGAIN}`;
    case "no_sheets":
      return `${r.file} is an Excel workbook without sheets, so there is nothing to import.`;
    case "too_many_entries":
      return `${r.file} has ${number(r.entries)} parts; a workbook to import may have at most ${number(L.zipEntries)}. ${SAVE_AGAIN}`;
    case "entry_too_large":
      return (
        `${r.file} unpacks to more than ${mb(L.entryBytes)} (the part ${r.entry}), more than a plan needs, ` +
        `so it is not imported. ${SAVE_AGAIN}`
      );
    case "unpacked_too_large":
      return `${r.file} unpacks to more than ${mb(L.unpackedBytes)}, more than a plan needs, so it is not imported. ${SAVE_AGAIN}`;
    case "sheet_damaged":
      return `${r.file}: the sheet "${r.sheet}" is damaged and cannot be read. ${SAVE_AGAIN}`;
    case "too_many_rows":
      return (
        `${r.file}: the sheet "${r.sheet}" uses rows all the way down to row ${number(r.row)}; a plan to import ` +
        `may have at most ${number(L.rows)} rows. Delete the empty or formatted rows at the bottom and try again.`
      );
    case "too_many_columns":
      return (
        `${r.file}${where({ file: r.file, sheet: r.sheet, ...(r.row !== undefined ? { row: r.row } : {}) })}: there is something in ` +
        `column ${r.column}; a plan to import may use at most ${L.columns} columns. ` +
        "Delete what is furthest to the right and try again."
      );
    case "too_many_cells":
      return `${r.file}: the sheet "${r.sheet}" has more than ${number(L.cells)} filled cells, more than a plan needs, so the file is not imported.`;
    case "merged_too_large":
      return (
        `${r.file}: the sheet "${r.sheet}" has merged cells ${r.range} (${number(r.cells)} cells); ` +
        `merged cells may cover at most ${number(L.mergedCells)} cells. Unmerge the cells and try again.`
      );
    case "cell_too_long":
      return (
        `${r.file}${where(r)}: a cell has more than ${number(L.cellChars)} characters, the most Excel allows in ` +
        "a cell. Shorten the text and try again."
      );
    case "workbook_unreadable":
      return `${r.file} could not be read as an Excel workbook. ${SAVE_AGAIN}`;
    case "csv_unreadable":
      return `${r.file}${where(r)} could not be read as CSV. Save the plan again as CSV (UTF-8) or .xlsx.`;
  }
}

const DATE_HINT = "Write, for example, 2018-06-29, 29 juni 2018 or 29/6 2018.";

const FIELD: Record<ChangedField, string> = {
  title: "activity text",
  principleId: "principle",
  party: "party",
  commitment: "commitment",
  responsibleOrg: "responsible department/organisation",
  commissioner: "commissioner",
  partners: "partners",
  followUp: "follow-up",
  dueDate: "deadline",
  owners: "responsible person",
};

export const importEn: ImportTexts = {
  refusal,
  problemAt: (sheet, row, column, heading) =>
    [
      `Sheet "${sheet}"`,
      ...(row !== undefined ? [`row ${row}`] : []),
      ...(column !== undefined ? [`column ${column}${heading ? ` (${heading})` : ""}`] : []),
    ].join(", "),
  sheet: {
    empty: "the sheet is empty; there is nothing to import.",
    emptyFile: (sheets) =>
      `the file is empty: ${sheets.length > 1 ? `the sheets ${sheets.map((s) => `"${s}"`).join(", ")} have` : "the sheet has"} no rows to import.`,
    noHeader: (rows, activity, others) =>
      `I found no header row in the first ${rows} rows. The header row must have the column ${activity} ` +
      `and at least one of ${join(others, "or")}.`,
    goalWithoutPrinciple: (principle: string) =>
      `the goal comes before the first principle; put it under a principle heading or fill in the ${principle} column.`,
    noActivities: "the sheet has a header row but no activities below it.",
    missingNumber: (numberColumn, activityColumn, filled) =>
      `the row has no activity number${filled ? ` but has ${filled} filled in` : ""}. ` +
      `Write the number in column ${numberColumn} (or first in ${activityColumn}, for example "13. Se över …"); ` +
      "a row that only continues the text of the row above must not have values of its own in those columns.",
    noActivityText: (activityColumn, filled) =>
      `the row has no text in column ${activityColumn}${filled ? ` but has ${filled} filled in` : ""}.`,
    activityWithoutText: (n) => `activity ${n} has no text.`,
    duplicateNumber: (n, row) =>
      `number ${n} is already used on row ${row}. Each activity needs its own number.`,
    notAParty: (text, words) =>
      `"${text}" is not a party. Write ${words.stad}, ${words.civilsamhalle} or ${words.gemensamt}.`,
    badPrinciple: (name) => `"${name}" cannot be used as a principle.`,
  },
  cell: {
    notANumber: (text) => `"${text}" is not an activity number. Write a whole number, for example 13.`,
    unreadableDate: `the date cannot be read. ${DATE_HINT}`,
    serialNotDate: (n) => `${n} is not a date. ${DATE_HINT}`,
    noSuchDate: (text) => `"${text}" is not a date that exists. ${DATE_HINT}`,
    notADate: (text) => `"${text}" cannot be read as a date. ${DATE_HINT}`,
    notAStatus: (text, choices, suggestion) =>
      `"${text}" is not a status.${suggestion ? ` Did you mean ${suggestion}?` : ""} Write ${choices}.`,
  },
  target: {
    groupNear: (name, near) =>
      `There is no group called "${name}", but there ${near.length === 1 ? "is" : "are"} ${join(near.map((g) => `"${g}"`))}. ` +
      "Write the group's full name, or an entirely new name to create a new group.",
    planUnnamed:
      'The file does not say which plan it is (no title such as "Handlingsplan 2017–2018" above the ' +
      'table) and the group has no plan yet. Give the plan\'s name with --plan "Handlingsplan 2025–2027".',
  },
  summary: {
    more: (n) => `  … and ${n} more`,
    dryRun: "Dry run (--dry-run): nothing has been saved. This is what would happen:",
    group: (would, name) => `${would ? "New group would be created" : "New group created"}: ${name}`,
    plan: (would, name) => `${would ? "New plan would be created" : "New plan created"}: ${name}`,
    planInactive: (would, name, active, periodUnknown) =>
      `${name} ${would ? "would not be" : "is not"} active, since ${periodUnknown ? `its name has no years and ${active} is active already` : `${active} is for a later period`}; type plan ${name} to switch.`,
    principles: (would, names) => `${would ? "New principles" : "Principles added"}: ${names.join(", ")}`,
    members: (would, names) =>
      `${would ? "New members (named as responsible in the plan)" : "Members added (named as responsible in the plan)"}: ${names.join(", ")}`,
    isNew: "new",
    changed: (fields) => `changed ${fields.map((f) => FIELD[f]).join(", ")}`,
    status: (from, to) => `status ${from} → ${to}`,
    renumbered: (would) =>
      `${would ? "Would get a new number" : "New number"} (the file has no numbers, so they follow the rows; ` +
      "the status history stays with the activity):",
    vanished: "No longer in the file (kept as they are, with their history):",
    vanishedMoved: (n) => `number ${n} goes to another activity`,
    notCompared:
      "The file differs from the saved plan on too many rows to compare the texts one by one: " +
      "only rows with the same text as before are recognised, the others count as new and the saved ones are kept. " +
      "Write the activities' numbers in a column Nr to tie the rows to their activities.",
    ambiguousWait: "A real import saves nothing until that is sorted out.",
    counts: (c) =>
      [
        `${c.created} new`,
        `${c.changed} changed`,
        ...(c.renumbered ? [`${c.renumbered} renumbered`] : []),
        `${c.unchanged} unchanged`,
        plural(c.statuses, "status change", "status changes"),
      ].join(", "),
    total: (would, activities, plan, group, counts) =>
      `${would ? "Would import" : "Done:"} ${plural(activities, "activity", "activities")} ${would ? "into" : "in"} ${plan} (${group}): ${counts}.`,
  },
  ambiguity: {
    heading:
      "Unclear which saved activity the row is (nothing is guessed, so that no history ends up wrong):",
    line: (row, title, candidates, rivalRows) =>
      `  row ${row} "${title}" is as close to ${candidates.join(" as to ")}` +
      (rivalRows.length ? `, just like row ${rivalRows.join(" and ")}` : ""),
    candidate: (n, title) => `${n} "${title}"`,
    howTo:
      "Write the activities' numbers in a column Nr, or make the texts different, and import the file again.",
    refused: (rows) =>
      `Nothing has been saved: ${rows === 1 ? "one row" : `${rows} rows`} in the file could be several saved activities.`,
  },
  sections: {
    question: (n) =>
      `Which party ${n === 1 ? "does the heading" : "do the headings"} belong to? The file does not say whether ` +
      `${n === 1 ? "it is" : "they are"} the municipality's, civil society's or joint:`,
    line: (row, heading) => `  row ${row}: "${heading}"`,
    answer: (example, words) =>
      `Answer with --part for each heading, for example --part "${example}=${words.civilsamhalle}" ` +
      `(or =${words.stad}, =${words.gemensamt}), and import the file again.`,
    exampleHeading: "Heading",
    partUsage: (value, words) =>
      `--part "${value}": write the heading, an equals sign and ${words.stad}, ${words.civilsamhalle} or ` +
      `${words.gemensamt}, for example --part "Ideella sektorn=${words.civilsamhalle}".`,
  },
  command: {
    usage: (parts) => `Usage: lok import <file.xlsx|file.csv> --group <group> [--plan <plan>] [--dry-run]
                  [--part "<heading>=${parts.stad}|${parts.civilsamhalle}|${parts.gemensamt}"] …

Imports a plan from Excel (.xlsx) or CSV (; or , as the delimiter).
  --group <group>  the group the plan belongs to (created if it does not exist)
  --plan <plan>    the plan's name, for example "Handlingsplan 2017–2018" (otherwise the title in
                   the file or the group's active plan; created if it does not exist)
  --dry-run        show what would change, without saving anything
  --part <heading>=<party>
                   which party a section heading belongs to, when the file does not say (for
                   example --part "Ideella sektorn=${parts.civilsamhalle}"); may be given several times`,
    missingFile: "Give the file to import.",
    missingGroup: "Give the group the plan belongs to with --group <group>.",
    oneFile: (extra) => `One file at a time, please (also got ${extra.join(" ")}).`,
    problems: (file) => `${file} cannot be imported; nothing has been saved. Correct this and try again:`,
    notYet: (file) => `${file} cannot be imported yet; nothing has been saved.`,
    read: (activities, sheet, file, detected) =>
      `Read ${plural(activities, "activity", "activities")} from sheet "${sheet}" in ${file}${detected ? ` (${detected})` : ""}.`,
    detected: (encoding, delimiter) => `${encoding}, delimiter ${delimiter === "\t" ? "tab" : delimiter}`,
    progress: "Saving {bar} {value}/{total} activities",
    failed: (file) =>
      `${file} could not be imported because of an unexpected error, not because of the file; nothing has been saved. ` +
      "Try again in a while; the error is in the log if it persists.",
  },
  statusComment: (file) => `Imported from ${file}`,
};
