// The annual follow-up in English, in the shape of followup.sv.ts.
import type { followUpActionsSv, followUpHelpSv, followUpSv } from "./followup.sv.ts";

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "A, B and C" */
function join(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

const SCALE = ["not at all", "to a small extent", "to a large extent", "fully"] as const;

export const followUpEn: typeof followUpSv = {
  scale: {
    label: (score) => SCALE[score - 1] ?? String(score),
    legend: SCALE.map((s, i) => `${i + 1} = ${s}`).join(", "),
    button: (score) => `${score} ${SCALE[score - 1] ?? ""}`.trim(),
  },
  goals: {
    heading: (plan) => `Goals of ${plan}`,
    line: (n, text) => `${n}. ${text}`,
    principleNone: "No goals.",
    none: (plan) => `${plan} has no goals yet. A coordinator adds one with \`goal add <principle> <text>\`.`,
    hint: "Goals are assessed in the year's follow-up with `assess <goal-no> <1-4> [comment]`.",
    added: (n, principle, text) => `New goal ${n} under ${principle}: ${text}`,
    changed: (n, text) => `Goal ${n} now reads: ${text}`,
    unchanged: (n) => `Goal ${n} already reads so; nothing changed.`,
    removed: (n, text) => `Goal ${n} is removed: ${text}`,
    removedAssessments: (n) => `${plural(n, "assessment", "assessments")} of the goal went with it.`,
    notFound: (n, plan, numbers) =>
      numbers ? `${plan} has no goal ${n}; the goals are numbered ${numbers}.` : `${plan} has no goal ${n}.`,
    notFoundHint: "Type `goals` to see the goals and their numbers.",
    announceAdded: (by, n, principle) => `🎯 ${by} added goal ${n} under ${principle}.`,
    announceChanged: (by, n) => `🎯 ${by} changed goal ${n}.`,
    announceRemoved: (by, n) => `🎯 ${by} removed goal ${n}.`,
  },
  round: {
    started: (year, plan, closesOn) =>
      `The ${year} follow-up of ${plan} is open${closesOn ? ` until ${closesOn}` : ""}.`,
    sentTo: (members, owners) =>
      `I am sending the questions by direct message: the goals to ${plural(members, "member", "members")}, the activities to ${plural(owners, "responsible person", "responsible people")}.`,
    startedHint: "See how it goes with `follow-up`; close it with `follow-up close`.",
    announceStarted: (by, year, closesOn) =>
      `📝 ${by} opened the ${year} follow-up${closesOn ? ` (until ${closesOn})` : ""}. Answer the questions I send, or type \`assess <goal-no> <1-4>\`, \`follow-up <no> <text>\` and \`lesson <text>\`.`,
    alreadyOpen: (year) => `The ${year} follow-up is already open.`,
    alreadyClosed: (year, on) =>
      `The ${year} follow-up was closed on ${on}; a group has one follow-up a year.`,
    otherOpen: (year) => `The ${year} follow-up is still open. Close it first with \`follow-up close\`.`,
    closesInPast: (date) => `The closing date ${date} has passed. Choose a date from today on.`,
    noGoals: (plan) =>
      `${plan} has no goals to assess. Add them with \`goal add <principle> <text>\`, or import the plan with a Mål column.`,
    none: "No follow-up is open.",
    noneHint: "A coordinator opens this year's with `follow-up start <year> [until <date>]`.",
    closedNow: (year) => `The ${year} follow-up is closed. I no longer take answers.`,
    closedHint: (year) => `The status report: \`report ${year} file\`.`,
    announceClosed: (by, year) => `📝 ${by} closed the ${year} follow-up. Thank you for all the answers!`,
    refused: (year, on) => `The ${year} follow-up was closed on ${on}, so I no longer take answers.`,
    refusedHint: "Ask a coordinator if something needs adding.",
    assessed: (n, label) => `Thank you! Goal ${n}: ${label}.`,
    assessedAgain: (n, label) => `Thank you! Your assessment of goal ${n} is now: ${label}.`,
    remaining: (n) =>
      n === 0 ? "You have assessed every goal." : `${plural(n, "goal", "goals")} left to assess.`,
    textSaved: (nr, title) => `Thank you! The follow-up of ${nr}. ${title} is saved.`,
    lessonSaved: "Thank you! The lesson is saved and goes into the status report.",
    progressHeading: (year, plan) => `The ${year} follow-up of ${plan}`,
    progressOpen: (since, closesOn) => `Open since ${since}${closesOn ? `, until ${closesOn}` : ""}.`,
    progressClosed: (on) => `Closed on ${on}.`,
    progressAssessed: (done, members, goals) =>
      `${done} of ${members} members have assessed all ${plural(goals, "goal", "goals")}.`,
    progressTexts: (done, total) => `${done} of ${total} activities have a follow-up text.`,
    progressLessons: (n) => `${plural(n, "lesson", "lessons")}.`,
    memberLine: (name, assessed, goals, texts, owned, lessons) =>
      `${name}: ${assessed} of ${goals} goals assessed${owned ? `, ${texts} of ${owned} activity texts` : ""}${lessons ? `, ${plural(lessons, "lesson", "lessons")}` : ""}`,
    missingHeading: "What is missing",
    missingNothing: "Nothing is missing: everyone has answered everything.",
    missingTexts: (nr, title, owners) => `${nr}. ${title} (${owners})`,
    noOwners: "nobody responsible",
    membersHeading: "The members",
    textsHeading: "Activities without a follow-up text",
    requestHeading: (year, plan) => `The ${year} follow-up of ${plan}`,
    requestIntro: (closesOn) =>
      `It is time for the year's follow-up of the action plan: a self-assessment, for learning.${closesOn ? ` Please answer by ${closesOn}.` : ""}`,
    reminderIntro: (year, closesOn, left) =>
      `A reminder of the ${year} follow-up${closesOn ? `, which closes on ${closesOn}` : ""}: ${left}`,
    leftParts: (goals, texts) =>
      join([
        ...(goals ? [`${plural(goals, "goal", "goals")} to assess`] : []),
        ...(texts ? [`${plural(texts, "activity", "activities")} to write about`] : []),
      ]),
    activitiesHeading: "Activities you are responsible for",
    activitiesAsk:
      "Say how it went this year and write a short text on results and effects: `status <no> <status>` and `follow-up <no> <text>`.",
    activityLine: (nr, title, status) => `${nr}. ${title} (${status})`,
    measure: (text) => `Follow-up/measure: ${text}`,
    goalsHeading: "How well have we reached the goals?",
    goalsAsk: (legend) => `Assess each goal: ${legend}. Type \`assess <goal-no> <1-4> [comment]\`.`,
    lessonsHeading: "Lessons learned",
    lessonsAsk: "What have we learned this year? Type `lesson <text>`, as many as you like.",
    goalChoice: (n) => `Goal ${n}`,
    choosePlaceholder: "Choose an assessment",
    saveAssessments: "Save the assessments",
    writeButton: "Write follow-up…",
    lessonButton: "Write a lesson…",
    formTitle: "Follow-up",
    formActivityLabel: (nr) => `Results and effects, activity ${nr}`,
    formLessonLabel: "Lesson learned",
    formSubmit: "Save",
    formCancel: "Cancel",
    textMissing: "Type the text in the field and press again.",
  },
  report: {
    scopeYear: (year) => `year ${year}`,
    scopeNote: (parts) => `Narrowed to ${join(parts)}.`,
    asOf: (date) => `Status as of ${date}.`,
    yearOutOfPlan: (year, plan, period) => `${year} is outside ${plan} (${period}).`,
    yearAhead: (year) => `${year} has not begun yet, so there is nothing to report.`,
    yearOutOfPlanHint: "Choose a year within the plan's period, or switch plans with `plan <name>`.",
    noActivitiesPrinciple: (principle) => `${principle} has no activities in the plan.`,
  },
  doc: {
    title: (year) => `Status report ${year}`,
    subtitle: (plan) => `Follow-up of ${plan}`,
    group: "Joint working group",
    plan: "Action plan",
    period: "Period",
    year: "Year",
    date: "Date",
    preparedBy: "Prepared by",
    scope: "Scope",
    intro: (year) =>
      `This report follows up the action plan for ${year}: the activities' status at the end of the year and the group's self-assessment of the principles' goals.`,
    summary: "Summary",
    byParty: "By party",
    byPrinciple: "By principle",
    chartParty: "Status of the activities by party",
    chartPrinciple: "Status of the activities by principle",
    colPrinciple: "Principle",
    colParty: "Party",
    colTotal: "Activities",
    colDone: "Share done",
    colOverdue: "Overdue",
    principle: (name) => name,
    goals: "Goals and self-assessment",
    noGoals: "The principle has no goals in the plan.",
    colGoal: "Goal",
    colAnswers: "Answers",
    colAverage: "Mean",
    comments: "Comments",
    comment: (goal, by, text) => `Goal ${goal}, ${by}: ${text}`,
    activities: "Activities",
    noActivities: "The principle has no activities in the plan.",
    colNr: "No.",
    colActivity: "Activity",
    colOwners: "Responsible",
    colStatus: "Status at year end",
    colStatusChange: "Status",
    overdueMark: "overdue",
    colMeasure: "Follow-up/measure",
    colResults: "Results and effects",
    resultBy: (by, text) => `${by}: ${text}`,
    lessons: "Lessons learned",
    noLessons: "No lessons have been written.",
    lessonBy: (by, text) => `${text} (${by})`,
    appendix: (year) => `Appendix: status history ${year}`,
    noHistory: (year) => `No status changes in ${year}.`,
    colDate: "Date",
    colComment: "Comment",
    colBy: "By",
    noRound: (year) => `The group has no follow-up for ${year}; the goals are not assessed.`,
    share: (fraction) => `${Math.round(fraction * 100)}%`,
    mean: (value) => value.toFixed(1),
    goalLine: (n, text) => `${n}. ${text}`,
    asOfNote: (date) => `The activities' status as of ${date}.`,
    roundNote: (opened, closed) =>
      `The self-assessment was made in the group's follow-up, opened on ${opened}${closed ? ` and closed on ${closed}` : ""}.`,
    commentAnon: (goal, text) => `Goal ${goal}: ${text}`,
    webTitle: (year) => `Status report ${year}`,
    webGoalsHeading: "The principles' goals",
    webNav: "Status report",
    webTableLabel: (heading) => `Table: ${heading}`,
    webChartAlt: (title) => `Chart: ${title}. The numbers are in the table above.`,
    webNoReport: "The group has no status report for that year.",
    fileName: (slug, year, ext) => `status-report-${slug}-${year}.${ext}`,
    fileTitle: (year, plan) => `Status report ${year}, ${plan}`,
    fileComment: (year, plan, by) => `The ${year} status report of ${plan}, requested by ${by}.`,
    fileFallback: (command) =>
      `Write the status report as a Word document in a terminal, in LÖK-boten's folder, with \`${command}\`.`,
    webLink: (url) => `The report is also on the group's web page: ${url}`,
    sheetReport: "Status report",
    sheetGoals: "Goals",
    sheetActivities: "Activities",
    sheetLessons: "Lessons",
    sheetHistory: "Status history",
    printHint: "Print the page to get the report as a document.",
  },
  parse: {
    goal_number: (given) => (given ? `“${given}” is not a goal number.` : "A goal number is missing."),
    goal_principle: () => "A principle and a text are missing.",
    goal_text: () => "A text is missing.",
    goal_what: (given) => `I do not know what “goal ${given ?? ""}” should do.`,
    score: (given) =>
      given
        ? `“${given}” is not an assessment: type 1, 2, 3 or 4.`
        : "An assessment is missing: 1, 2, 3 or 4.",
    year: (given) => (given ? `“${given}” is not a year.` : "A year is missing."),
    round_what: (given) => `I do not know what “follow-up ${given ?? ""}” should do.`,
    text: () => "A text is missing.",
    report_argument: (given) =>
      `I do not understand “${given ?? ""}” after report: type a year, a principle, city, civil or joint.`,
    report_twice: (given) => `The report can cover one year only; “${given ?? ""}” is another.`,
  },
};

export const followUpHelpEn: typeof followUpHelpSv = {
  goals: { usage: "goals", description: "See the plan's goals, numbered, by principle.", example: "goals" },
  goal_add: {
    usage: "goal add <principle> <text>",
    description: "Add a goal under a principle. A principle of several words goes before a colon.",
    example: "goal add dialog More associations take part in dialogue meetings.",
  },
  goal_change: {
    usage: "goal change <no> <text>",
    description: "Change a goal's text.",
    example: "goal change 3 New wording.",
  },
  goal_remove: {
    usage: "goal remove <no>",
    description: "Remove a goal (and this year's assessments of it).",
    example: "goal remove 3",
  },
  round_start: {
    usage: "follow-up start <year> [until <date>]",
    description:
      "Open the year's follow-up: I ask the responsible people for status and a text on results and effects, and every member for a self-assessment of the goals and lessons learned. Reminders go out until the closing date.",
    example: "follow-up start 2026 until 15 January",
  },
  round_show: {
    usage: "follow-up",
    description: "See how the year's follow-up goes: who has answered what and what is missing.",
    example: "follow-up",
  },
  round_close: {
    usage: "follow-up close",
    description: "Close the year's follow-up; I take no answers after that.",
    example: "follow-up close",
  },
  round_text: {
    usage: "follow-up <no> <text>",
    description: "Write how an activity went this year: results and effects.",
    example: "follow-up 4 The register is up to date and used by 120 associations.",
  },
  assess: {
    usage: "assess <goal-no> <1-4> [comment]",
    description:
      "Assess how well a goal was reached this year: 1 not at all, 2 to a small extent, 3 to a large extent, 4 fully.",
    example: "assess 2 3 Many new associations got in touch",
  },
  lesson: {
    usage: "lesson <text>",
    description: "Write a lesson learned this year; it goes into the status report.",
    example: "lesson Evening dialogue meetings reach more people.",
  },
};

export const followUpActionsEn: typeof followUpActionsSv = {
  goal_add: "add goals",
  goal_change: "change goals",
  goal_remove: "remove goals",
  round_start: "open the year's follow-up",
  round_show: "see how the follow-up goes",
  round_close: "close the follow-up",
};
