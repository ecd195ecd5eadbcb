// The follow-up file and `lok export` in English, in the shape of exports.sv.ts.
import { ACTIVITY_STATUSES } from "../core/activity-status.ts";
import type { exportsSv } from "./exports.sv.ts";

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** `"A", "B" and "C"` */
function quotedList(items: readonly string[]): string {
  const quoted = items.map((i) => `"${i}"`);
  if (quoted.length <= 1) return quoted.join("");
  return `${quoted.slice(0, -1).join(", ")} and ${quoted[quoted.length - 1]}`;
}

export const exportsEn: typeof exportsSv = {
  cli: {
    usage: `Usage: lok export <file.xlsx|file.csv|file.md|file.docx> [--plan <plan>] [--group <group>] [--year <year>]

Writes the follow-up (status report of the activities) to Excel (activities, summary per principle
and history), CSV for Swedish Excel (the activities) or Markdown (for meeting minutes).
With --year (or to .docx) it writes the year's status report: a title page, a summary by party and
principle with charts, the goals with the self-assessment, the activities, lessons learned and the
year's status history.
The file is written in the group's language.
  --group <group>  the group (otherwise the only or first one)
  --plan <plan>    the plan (otherwise the group's active plan)
  --year <year>    the status report's year (otherwise this year)`,
    missingFile: "Name the file to write the follow-up to.",
    badExtension: (file) => `${file}: the file name must end in .xlsx, .csv, .md or .docx.`,
    badYear: (given) => `“${given}” is not a year; type for example --year 2024.`,
    reportAsCsv: "The status report is written as .docx, .xlsx or .md, not as .csv.",
    savedReport: (year, plan, group, file) =>
      `The ${year} status report of ${plan} (${group}) is saved in ${file}.`,
    saved: (plan, group, file, activities, updates) =>
      `The follow-up of ${plan} (${group}) is saved in ${file}: ` +
      `${plural(activities, "activity", "activities")}, ${plural(updates, "status update", "status updates")}.`,
    planNotFound: (group, query, plans) =>
      `${group} has no plan called "${query}". The plans are ${quotedList(plans)}.`,
    noPlans: (group) => `${group} has no action plan yet. Import one with npx lok import.`,
    noGroup: "There is no group yet. Import a plan with npx lok import, or run npx lok demo.",
    groupNotFound: (query, groups) =>
      `There is no group called "${query}". The groups are ${quotedList(groups)}.`,
    noActivePlan: (group) => `${group} has no active action plan. Choose one with --plan.`,
    cannotWrite: (code) =>
      `The file could not be written (${code}). Does the folder exist, and may you write there?`,
  },
  creator: "LÖK-boten",
  title: (plan, group, today) => `${plan} – status report of the activities, ${group}, ${today}`,
  summaryTitle: (plan, today) => `Follow-up of ${plan} per principle, ${today}`,
  historyTitle: (plan) => `Status history, ${plan}`,
  // Excel reserves the sheet name "History".
  sheets: { activities: "Activities", summary: "Summary", history: "Status history" },
  columns: {
    number: "No.",
    principle: "Principle",
    party: "Party",
    activity: "Activity",
    responsibleOrg: "Responsible department/association/org.",
    owners: "Responsible person",
    dueDate: "Due by",
    status: "Status",
    pastDeadline: "Past deadline",
    updatedOn: "Last updated",
    latestUpdate: "Latest update",
    commitment: "Commitment",
    commissioner: "Commissioned by",
    partners: "Partners",
    followUp: "Follow-up/Measure",
    at: "Time",
    comment: "Comment",
    author: "By",
    source: "Source",
    activities: "Activities",
    doneShare: "Share done",
    overdue: "Delayed in total",
  },
  yes: "yes",
  sources: {
    console: "console",
    slack: "Slack",
    teams: "Teams",
    import: "import",
    scheduler: "scheduler",
  },
  update: (status, comment, author) =>
    `${status}${comment ? ` – ${comment}` : ""}${author ? ` (${author})` : ""}`,
  explanation: (status) => [
    "How to read the table:",
    `The columns ${ACTIVITY_STATUSES.map((s) => status[s]).join(", ")}: how many activities have that status now. Status ${status.forsenad} is what those responsible have reported themselves.`,
    "Past deadline: open activities (neither done nor cancelled) whose deadline has passed, whatever their status.",
    `Delayed in total: activities with status ${status.forsenad} or a past deadline (those the report and the lists call delayed). An activity that is both counts once.`,
  ],
  markdown: {
    heading: (plan) => `Follow-up of ${plan}`,
    intro: (group, date) => `${group} – status report of the activities as of ${date}.`,
    summary: "Summary per principle",
    activities: (n) => `Activities (${n})`,
    overdue: (n) => `Delayed (${n})`,
    noOverdue: "No activities are delayed.",
    history: (n) => `History (${n})`,
    noHistory: "No status updates yet.",
    lateStatus: (status) => `status ${status}`,
    deadlinePassed: (date) => `due by ${date}, which has passed`,
  },
};
