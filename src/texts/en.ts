// Every text in English, in the shape of the Swedish source (sv.ts): a missing or extra key does not
// compile. Commands are shown with their English words; the parser understands both languages.
import type { ActivityStatus } from "../core/activity-status.ts";
import type { Party } from "../core/command.ts";
import { activityEditActionsEn, activityEditEn, activityEditHelpEn } from "./activity-edit.en.ts";
import { activityFormEn } from "./activity-form.en.ts";
import { agendaMovesEn, meetingWarningsEn } from "./agenda-moves.en.ts";
import { attendanceEn, attendanceHelpEn } from "./attendance.en.ts";
import { cliEn } from "./cli.en.ts";
import { configEn } from "./config.en.ts";
import { deliveryEn } from "./delivery.en.ts";
import { exportsEn } from "./exports.en.ts";
import { followUpActionsEn, followUpEn, followUpHelpEn } from "./followup.en.ts";
import { importEn } from "./imports.en.ts";
import type { Locale } from "./locale.ts";
import { meetingSeriesEn, meetingSeriesHelpEn } from "./meeting-series.en.ts";
import {
  membershipActionsEn,
  membershipArgumentsEn,
  membershipEn,
  membershipHelpEn,
} from "./membership.en.ts";
import { minutesActionsEn, minutesArgumentsEn, minutesEn, minutesHelpEn } from "./minutes.en.ts";
import { openDataEn } from "./opendata.en.ts";
import { planGuardEn } from "./plan-guard.en.ts";
import {
  planUploadActionsEn,
  planUploadArgumentsEn,
  planUploadEn,
  planUploadHelpEn,
} from "./plan-upload.en.ts";
import { plansActionsEn, plansArgumentsEn, plansEn, plansHelpEn } from "./plans.en.ts";
import { PRODUCT_NAME } from "./product.ts";
import { publishingActionsEn, publishingEn, publishingHelpEn } from "./publishing.en.ts";
import type { Messages } from "./sv.ts";
import { taskRemindersEn } from "./task-reminders.en.ts";
import { webEn } from "./web.en.ts";
import { webAdminEn, webAdminHelpEn } from "./web-admin.en.ts";
import { webMinutesEn } from "./web-minutes.en.ts";
import { webUploadEn } from "./web-upload.en.ts";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

// Each label is also a word the parser reads as that status (status-vocabulary.ts).
const STATUS: Record<ActivityStatus, string> = {
  ej_paborjad: "not started",
  pagar: "in progress",
  klar: "done",
  forsenad: "delayed",
  pausad: "paused",
  struken: "cancelled",
};

const PARTY: Record<Party, string> = {
  stad: "The municipality",
  civilsamhalle: "Civil society",
  gemensamt: "Joint",
};

function statusPhrase(status: ActivityStatus, adverb = ""): string {
  return `is${adverb ? ` ${adverb}` : ""} ${STATUS[status]}`;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "Anna, Helena and Tina" */
function join(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

function formatDate(date: string): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

function weekday(date: string): string {
  return WEEKDAYS[new Date(`${date}T12:00:00Z`).getUTCDay()] ?? "";
}

function sentence(text: string): string {
  return /[.!?…]$/.test(text) ? text : `${text}.`;
}

export const en: Messages = {
  locale: "en" as Locale,
  imports: importEn,
  web: webEn,
  openData: openDataEn,
  publishing: publishingEn,
  activityEdit: activityEditEn,
  activityForm: activityFormEn,
  plans: plansEn,
  planUpload: planUploadEn,
  membership: membershipEn,
  agendaMoves: agendaMovesEn,
  meetingWarnings: meetingWarningsEn,
  planGuard: planGuardEn,
  meetingSeries: meetingSeriesEn,
  minutes: minutesEn,
  taskReminders: taskRemindersEn,
  attendance: attendanceEn,
  webAdmin: webAdminEn,
  webUpload: webUploadEn,
  webMinutes: webMinutesEn,
  followUp: followUpEn,
  common: {
    join,
    plural,
    sentence,
    quote: (text: string) => `“${text}”`,
    or: "or",
  },
  dates: {
    date: formatDate,
    dateWithWeekday: (date: string) => `${weekday(date)} ${formatDate(date)}`,
    weekday,
    weekdayPlural: (isoWeekday: number) => `${WEEKDAYS[isoWeekday % 7]}s`,
    clock: (start: string, end?: string) => (end ? `${start}–${end}` : `${start}`),
    week: (year: number, week: number) => `week ${week}, ${year}`,
  },
  status: {
    label: STATUS,
    is: (s) => statusPhrase(s),
    isNow: (s) => statusPhrase(s, "now"),
    isStill: (s) => statusPhrase(s, "still"),
    isAlready: (s) => statusPhrase(s, "already"),
    count: (s, n) => `${n} ${STATUS[s]}`,
    choices: `${Object.values(STATUS).slice(0, -1).join(", ")} or ${STATUS.struken}`,
  },
  party: {
    label: PARTY,
    activities: (p, sectionHeading) =>
      sectionHeading ??
      {
        stad: "The municipality's activities",
        civilsamhalle: "Civil society's activities",
        gemensamt: "Joint activities",
      }[p],
  },
  role: { medlem: "member", samordnare: "coordinator", admin: "administrator" },
  members: {
    unknownName: "Unknown member",
    consoleCoordinator: "Coordinator",
    unknownGroup: (id) => `group ${id}`,
  },
  activity: {
    actions: { done: "Done", ongoing: "In progress", late: "Delayed", comment: "Comment…", show: "Show" },
    noDeadline: "no deadline",
    passed: (date) => `${date} (passed)`,
    fields: {
      status: "Status",
      deadline: "Deadline",
      noDeadlineSet: "none set",
      owners: "Responsible person",
      noOwner: "nobody yet",
      party: "Party",
      principle: "Principle",
      responsibleOrg: "Responsible department/association",
      commissioner: "Commissioned by",
      partners: "Partners",
      commitment: "Commitment",
      followUp: "Follow-up",
    },
    latestUpdates: "Latest updates",
    history: "History",
    noUpdates: "Nobody has reported a status yet.",
    updateBy: (name) => ` by ${name}`,
    statusIs: (n, s) => `Activity ${n} ${statusPhrase(s)}.`,
    duplicate: (n) => `This update of activity ${n} was already saved; I did not save it again.`,
    savedStill: (n, s) => `Saved: activity ${n} ${statusPhrase(s, "still")}.`,
    savedNow: (n, s, previous) => `Saved: activity ${n} ${statusPhrase(s, "now")} (was ${STATUS[previous]}).`,
    unchanged: (n, s) => `Activity ${n} ${statusPhrase(s, "already")}, so I saved no new update.`,
    commentHint: (n, s) => `To tell something new, add a comment: \`status ${n} ${STATUS[s]} <comment>\`.`,
  },
  change: {
    ownersNow: (names) => `Responsible now: ${join(names)}.`,
    noOwnerNow: "Nobody is responsible for the activity now.",
    ownerAdded: (name, title) => sentence(`${name} is now responsible for ${title}`),
    ownerRemoved: (name, title) => sentence(`${name} is no longer responsible for ${title}`),
    ownerAlready: (name, title) => sentence(`${name} is already responsible for ${title}`),
    ownerNotOwner: (name, title) => sentence(`${name} is not responsible for ${title}`),
    deadlineChanged: (n, due, previous) =>
      `New deadline for activity ${n}: ${due}${previous ? ` (previously ${previous})` : ""}.`,
    deadlineNone: "none",
    deadlineUnchanged: (n, due) => `Activity ${n} already has the deadline ${due}.`,
    deadlineUnchangedNone: (n) => `Activity ${n} already has no deadline.`,
    holidayFriday: (week, holiday, before, command) =>
      `The Friday of week ${week} is ${holiday}. If you would rather have the working day before, ${before}, write \`${command}\`.`,
    droppedTime: (clock) => `A deadline is a whole day, so the time ${clock} was not saved.`,
    alreadyPassed: "The date has already passed, so the activity counts as delayed.",
  },
  list: {
    all: (plan) => `All activities in ${plan}`,
    mine: "Your activities",
    overdue: "Delayed activities",
    status: (s) => `Activities with status ${STATUS[s]}`,
    principle: (name) => `Activities under ${name}`,
    emptyMine:
      "You are not responsible for any activity. A coordinator can add you with `owner <no> <your name>`.",
    emptyOverdue: "No activities are delayed. Well done!",
    emptyStatus: (s) => `No activity has the status ${STATUS[s]} right now.`,
    empty: "No activities match.",
    count: (n, overdue) =>
      `${plural(n, "activity", "activities")}${overdue ? `, ${overdue} of them delayed` : ""}. Write \`show <no>\` for details.`,
  },
  replies: {
    nothingChanged: "Nothing was changed.",
    alreadyDone: "This was already done, so I did not do it again.",
    greeting: "Hello! I am LÖK-boten and I keep track of the action plan. Write `help` to see what I can do.",
    thanks: "You're welcome!",
    bindInConsole:
      "`connect` connects a Slack or Teams channel to the group; it is not needed here in the console.",
  },
  language: {
    changed: "I now speak English in this group.",
    unchanged: "I already speak English in this group.",
    name: { sv: "Swedish", en: "English" },
  },
  home: {
    heading: "My activities",
    overdue: (n) => `${n} delayed`,
  },
  bind: {
    bound: (group, plan) => `This channel is now connected to ${group}${plan ? ` and ${plan}` : ""}.`,
    boundNote: "Reminders and agendas come here. Try `list`, `status <no> <status>` or `help`.",
    already: (group) => `This channel is already connected to ${group}.`,
  },
  welcome: {
    heading: "Hello! I am LÖK-boten",
    personal:
      "I keep track of the action plan. Here you can write to me directly, for example `status 13 done`, `mine` or `list overdue`.",
    personalHelp: "Write `help` to see everything I can do.",
    boundChannel: (group) =>
      `This channel is connected to ${group}. Mention me and write a command, for example \`@LÖK status 13 done\`.`,
    unboundChannel:
      "I keep track of the action plan. A coordinator connects the channel to the group by mentioning me and writing `connect`.",
    channelHelp: "Mention me and write `help` to see everything I can do.",
    console: (group, actor, role) => `LÖK-boten in ${group}. You write as ${actor} (${role}).`,
    consoleHelp: "Write `help` to see what I can do, or `exit` (or Ctrl-C) to stop.",
    consoleWeb: (url) => `Web page: ${url}`,
    consoleWebBusy: (port) =>
      `The web page is not shown: port ${port} is already in use by something else. Set PORT to a free port to see it.`,
    goodbye: "Goodbye! Everything you wrote is saved.",
  },
  demo: {
    datesNote:
      "This is the demo: Örebro's action plan 2017–2018 with the plan's activities and words, but the dates are the demo's own. Deadlines, statuses and meetings are laid out around the day the demo was loaded, so that some activities are done, some are due soon and some are delayed.",
    loaded: (group, plan, activities) =>
      `The demo data is loaded: ${group}, ${plan} with ${plural(activities, "activity", "activities")}.`,
    loadedNote: "The dates are the demo's own, laid out around today. Write npm start to try the console.",
    statusUpdates: (n) => plural(n, "status update", "status updates"),
    changedActivities: (n) =>
      plural(
        n,
        "changed activity (deadline, status or owners)",
        "changed activities (deadlines, statuses or owners)",
      ),
    meetings: (n) => plural(n, "added meeting", "added meetings"),
    agendaItems: (n) => plural(n, "proposed agenda item", "proposed agenda items"),
    members: (n) => plural(n, "new member", "new members"),
    channelBindings: (n) =>
      plural(n, "connection to a Slack or Teams channel", "connections to Slack or Teams channels"),
    reloadWarning: (group, losses) =>
      `${group} has been used since the demo was loaded. If I reload the demo, ${losses} will be lost; other groups are left untouched.`,
    reloadQuestion: "Write ja to reload the demo, or anything else to cancel:",
    reloadRefused: "Nothing was changed. Run npx lok demo --ja to reload it anyway.",
    notReloaded: "The demo was not reloaded; nothing was changed.",
  },
  product: { name: PRODUCT_NAME },
  slack: {
    show: "Show",
    showMore: "Show more",
    showing: (from, to, total) => `Showing ${from}–${to} of ${total} rows.`,
    statusModal: {
      title: (n) => `Activity ${n}`,
      submit: "Save",
      close: "Cancel",
      status: "Status",
      statusPlaceholder: "Choose a status",
      comment: "Comment",
      commentPlaceholder: "What has happened? (shown in the history and in the channel)",
      deadline: "New deadline",
      deadlineHint: "Only coordinators can change the deadline.",
      expired: "This form is too old. Close it and open it again.",
      noStatus: "Choose a status.",
      commentTooLong: (max) => `At most ${max} characters.`,
      badDate: "Choose a date in the calendar.",
    },
  },
  teams: {
    commentLabel: "Comment (optional)",
    commentPlaceholder: "Write a comment and press a status or Comment",
    part: (i, total) => `Part ${i} of ${total}`,
    tooLong: "The list is too long for one card; write the command again to see all of it.",
  },
  console: {
    quickActions: "Quick actions",
    toChannel: "to the channel",
  },
  help: {
    coordinatorsOnly: " (coordinators)",
    topicHeading: (word) => `Help: ${word}`,
    examples: (examples) => `Examples: ${examples.map((e) => `\`${e}\``).join(", ")}`,
    heading: "What I can do",
    unknownTopic: (topic) => `I have no help about “${topic}”, but here is what I can do:`,
    moreHeading: "More",
    areas: [
      "Activities: status, show, list, mine, owner, deadline, new activity, change",
      "Meetings: meeting, meetings, årshjul, agenda, attendance",
      "Minutes: present, invited, note, decision, task, workgroup, minutes, notetaker, objection",
      "Follow-up: report, goals, follow-up, assess, lesson",
      "Plans and members: plans, plan, new plan, import, members, new member, role, remove member, connect",
      "Settings: reminders, agenda days, digest, quiet, language",
      "The web: web, web login, hide",
    ],
    moreHint:
      "Type `help <word>` for more about a command, for example `help minutes`, or `help all` for everything.",
    footer: `Statuses: ${Object.values(STATUS).join(", ")}. Dates: 2027-03-15, 15/3, 15 March, w12, today, tomorrow.`,
    bindHint: "The channel is not connected to a group yet: a coordinator writes `connect`.",
    usageOr: " or ",
    entries: {
      status_set: {
        usage: "status <no> <status> [comment]",
        description: `Tell how an activity is going: ${Object.values(STATUS).slice(0, -1).join(", ")} or cancelled.`,
        example: "status 13 done The register of associations is reviewed",
      },
      status_show: {
        usage: "status <no>",
        description: "See the latest status and comments of an activity.",
        example: "status 13",
      },
      show: {
        usage: "show <no>",
        description: "Everything about an activity: what, who is responsible, deadline and status.",
        example: "show 13",
      },
      list: {
        usage: "list [mine | overdue | <status> | city | civil | joint | <principle>]",
        description:
          "List the activities, all or some: yours, delayed, by status (done, in progress, not started, paused, cancelled), party or principle. `mine` is enough for your own.",
        example: "list overdue",
      },
      owner: {
        usage: "owner <no> <person>",
        description:
          "Add a responsible person. With a minus before the name you remove one: `owner 13 -Anna Fogel`.",
        example: "owner 13 Anna Fogel",
      },
      deadline: {
        usage: "deadline <no> <date>",
        description:
          "Set when an activity is due: 2027-03-15, 15/3, 15/3-27, 15.3.2027, 15 March, Friday, next Friday, w12 (the Friday of week 12), today or tomorrow. A deadline is a whole day.",
        example: "deadline 13 15 March",
      },
      meeting_create: {
        usage: "meeting <date> <time> [place]",
        description: "Book the group's next meeting. I send reminders and the agenda.",
        example: "meeting 2 May 18-20 at Föreningarnas hus",
      },
      meeting_move: {
        usage: "meeting move <no|date> to <date> [time] [place]",
        description:
          "Move a meeting; its number is its place in `meetings`. The time and place stay unless you give new ones. The channel and the calendar are told.",
        example: "meeting move 1 to 9 May 18-20",
      },
      meeting_remove: {
        usage: "meeting remove <no|date>",
        description:
          "Cancel a meeting. The channel and the calendar are told, and the points on its agenda wait for the next meeting.",
        example: "meeting remove 8 Feb",
      },
      meetings: {
        usage: "meetings",
        description: "See the group's coming meetings, numbered.",
        example: "meetings",
      },
      agenda_show: { usage: "agenda", description: "See the agenda of the next meeting.", example: "agenda" },
      agenda_add: {
        usage: "agenda add <text>",
        description: "Propose an item for the next meeting.",
        example: "agenda add Guidelines for premises",
      },
      agenda_remove: {
        usage: "agenda remove <no>",
        description:
          "Remove a proposed point; its number stands before it in `agenda`. Whoever proposed it and coordinators can remove it.",
        example: "agenda remove 2",
      },
      agenda_done: {
        usage: "agenda done <no>",
        description: "Mark a proposed point as handled, so that it does not carry over to the next meeting.",
        example: "agenda done 1",
      },
      agenda_move: {
        usage: "agenda move <no> <place>",
        description: "Move a point to another place on the agenda; 1 is first.",
        example: "agenda move 3 1",
      },
      agenda_defer: {
        usage: "agenda defer <no>",
        description: "Table a point: it is taken up at the meeting after the next instead.",
        example: "agenda defer 2",
      },
      report: {
        usage: "report [<year>] [<principle>|city|civil|joint]",
        description:
          "The follow-up: the status of the activities by principle, as a basis for the yearly status report. With a year: the status at its end; with a principle or a party: only that.",
        example: "report 2026 dialog",
      },
      report_file: {
        usage: "report [<year>] file",
        description:
          "The follow-up as an Excel file in the channel (in Slack), with every activity, the history and a summary. With a year: the year's status report as a Word document. In the terminal you write the file with `npx lok export <file.xlsx>`, or the report with `npx lok export <file.docx> --year <year>`.",
        example: "report 2026 file",
      },
      help: {
        usage: "help [command]",
        description: "Show this help, or more about a command.",
        example: "help status",
      },
      bind: {
        usage: "connect [group]",
        description: "Connect this channel to a cooperation group, so that I know which plan applies here.",
        example: "connect Samverkansrådet Örebro",
      },
      language: {
        usage: "language sv|en",
        description:
          "Choose whether I answer the group in Swedish or English. I understand commands in both.",
        example: "language sv",
      },
      settings_show: {
        usage: "reminders",
        description: "See when I send reminders about deadlines, agendas and the weekly digest.",
        example: "reminders",
      },
      reminders_toggle: {
        usage: "reminders off|on",
        description: "Turn the group's deadline reminders off or on.",
        example: "reminders off",
      },
      reminder_days: {
        usage: "reminders days <days>",
        description:
          "How many days before a deadline the owners are reminded; 0 is the day itself. Delayed activities are then reminded every week.",
        example: "reminders days 14,3,0",
      },
      agenda_days: {
        usage: "agenda days <number>",
        description: "How many days before the meeting I post the agenda in the channel.",
        example: "agenda days 3",
      },
      digest_toggle: {
        usage: "digest off|on",
        description: "Turn the weekly digest in the channel off or on (Mondays at 08.30).",
        example: "digest off",
      },
      quiet: {
        usage: "quiet [until <date>]",
        description:
          "Pause your own reminders, for example during the holidays. Without a date until you write `quiet off`.",
        example: "quiet until 15 August",
      },
      quiet_off: { usage: "quiet off", description: "Turn your reminders on again.", example: "quiet off" },
      ...publishingHelpEn,
      ...activityEditHelpEn,
      ...plansHelpEn,
      ...planUploadHelpEn,
      ...membershipHelpEn,
      ...minutesHelpEn,
      ...attendanceHelpEn,
      ...meetingSeriesHelpEn,
      ...webAdminHelpEn,
      ...followUpHelpEn,
    },
  },
  permissions: {
    actions: {
      owner: "change who is responsible",
      deadline: "change a deadline",
      meeting_create: "add meetings",
      meeting_move: "move meetings",
      meeting_series: "plan recurring meetings",
      agenda_remove: "remove other people's points from the agenda",
      agenda_done: "mark points as handled",
      agenda_move: "move points on the agenda",
      agenda_defer: "table points",
      meeting_remove: "cancel meetings",
      bind: "connect a channel to a group",
      reminders_toggle: "turn the group's reminders on or off",
      reminder_days: "change when the group's reminders are sent",
      agenda_days: "change when the agenda is sent",
      digest_toggle: "turn the weekly digest on or off",
      report_file: "upload the follow-up as a file",
      language: "change the group's language",
      ...publishingActionsEn,
      ...activityEditActionsEn,
      ...plansActionsEn,
      ...planUploadActionsEn,
      ...membershipActionsEn,
      ...minutesActionsEn,
      ...followUpActionsEn,
    },
  },
  arguments: {
    number: "a number",
    person: "a person",
    date: "a date",
    time: "a time",
    weekday: "weekday (for example Thursday)",
    ofMonth: "“of the month”",
    text: "text",
    agendaDays: (max) => `days before the meeting (0–${max})`,
    reminderDays: (max) => `off, on or days before the deadline (0–${max}, for example 14,3,0)`,
    onOff: "off or on",
    language: "sv or en",
    webAction: "on, off, names, contact or licence",
    licence: "a licence (CC0-1.0, CC-BY-4.0 or CC-BY-SA-4.0)",
    meeting: "the meeting's number in `meetings` or its date",
    newWhat: "what to add (activity, plan or member)",
    activityField:
      "what to change: title, description, principle, party, commitment, responsible org, commissioner, partners or follow-up",
    ...plansArgumentsEn,
    ...planUploadArgumentsEn,
    ...membershipArgumentsEn,
    ...minutesArgumentsEn,
  },
  errors: {
    empty: "Write a command, for example `status 13 done` or `help`.",
    unknownCommand: (word) => `I do not know “${word}”.`,
    unknownCommandSuggest: (word, suggestion) => `I do not know “${word}”. Did you mean \`${suggestion}\`?`,
    unknownCommandHint:
      "Write `help` to see what I can do, for example `status 13 done`, `show 13` or `list overdue`.",
    missingArgument: (argument, command) =>
      `${argument[0]?.toUpperCase()}${argument.slice(1)} is missing after “${command}”.`,
    write: (usage) => `Write: ${usage}`,
    badNumber: (given) => `“${given}” is not an activity number.`,
    badNumberHint: (usage) => `Write the number from the action plan, for example: ${usage}`,
    badStatus: (given) => `“${given}” is not a status I know.`,
    badStatusSuggest: (given, suggestion) =>
      `“${given}” is not a status I know. Did you mean “${suggestion}”?`,
    badStatusHint: `Choose one of: ${Object.values(STATUS).join(", ")}. For example: \`status 13 in progress\`.`,
    wrongWeekday: (given, date, weekday) => `“${given}” does not add up: ${date} is a ${weekday}.`,
    wrongWeekdayHint: (weekday, date) =>
      `Write \`${weekday} ${date}\` if that is the day you mean, or just the date.`,
    badDate: (given) => `I do not understand the date “${given}”.`,
    badDateHint:
      "Write for example 2027-03-15, 15/3, 15/3-27, 15.3.2027, 15 March, Friday, next Friday, w12 (the Friday of week 12), today or tomorrow.",
    badTime: (given) => `I do not understand the time “${given}”.`,
    badTimeHint: "Write for example 18, 18:00, 18-20 or 18:00-20:00.",
    badFilter: (given) => `I cannot list “${given}”.`,
    badFilterHint:
      "Write `list`, `list mine`, `list overdue`, `list done` (or another status), `list city`, `list civil`, `list joint` or `list <principle>`.",
    tooLong: (length, max) => `The text is ${length} characters long; I accept at most ${max}.`,
    tooLongComment: "Shorten the comment, or split it into several updates.",
    tooLongAgenda: "Shorten the item.",
    tooLongName: "Shorten the text.",
    tooLongContact: "Shorten the contact to a name and an address or a phone number.",
    activityNotFound: (n, plan, ranges) => `Activity ${n} does not exist in ${plan}; there are ${ranges}.`,
    activityNotFoundEmpty: (n, plan) => `Activity ${n} does not exist: ${plan} has no activities yet.`,
    listHint: "Write `list` to see every activity.",
    noPlan: (group) => `${group} has no action plan in LÖK-boten yet.`,
    noPlanHint:
      "A coordinator can import the plan with `npx lok import <file.xlsx> --group <group>`, or the demo plan with `npx lok demo`.",
    noGroup: "There is no cooperation group yet.",
    noGroupHint: "Load the demo with `npx lok demo`, or a plan with `npx lok import`.",
    groupNotFound: (query) => `I find no group called “${query}”.`,
    groupsAre: (groups) => `The groups are: ${join(groups)}.`,
    groupRequired: (groups) =>
      `There are several groups: ${join(groups)}. Which one should the channel be connected to?`,
    groupRequiredHint: (example) => `Write for example \`connect ${example}\`.`,
    groupPlaceholder: "<group>",
    notBound: "This channel is not connected to a cooperation group yet.",
    notBoundHint:
      "A coordinator connects it with `connect` (or `connect <group name>` if there are several groups).",
    notAllowed: (action) => `Only coordinators and administrators can ${action}.`,
    notAllowedAsk: (names) =>
      `Ask the group's ${names.length === 1 ? "coordinator" : "coordinators"}, ${join(names)}, to do it. You report status yourself with \`status <no> <status>\`.`,
    notAllowedHint:
      "Ask a coordinator of the group to do it, or report a status with `status <no> <status>`.",
    memberNotFound: (query) => `I find no member called “${query}”.`,
    memberSuggest: (names) => `Did you mean ${join(names.map((s) => `“${s}”`))}?`,
    memberNotFoundHint: "Write the name as it is in the group, or the person's email address.",
    memberAmbiguous: (query, names) => `“${query}” fits several members: ${join(names)}.`,
    memberAmbiguousHint: "Write the whole name or the email address.",
    principleNotFound: (query) => `I find no principle called “${query}”.`,
    principlesAre: (names, example) =>
      `The principles of the plan are: ${join(names)}. Write for example \`list ${example}\`.`,
    noPrinciples: "The plan has no principles.",
    meetingInPast: (when) => `${when} has already passed.`,
    meetingInPastHint: "Write a date in the future, for example `meeting 2 May 18-20 Föreningarnas hus`.",
    meetingExists: (meeting) => `There already is a meeting then: ${meeting}. I did not add another one.`,
    meetingExistsHint: "A new meeting needs another time; `meetings` shows those added.",
    agendaPointNotFound: (n, count) =>
      count === 0
        ? "No points are proposed for the next meeting."
        : `The agenda has ${count === 1 ? "one proposed point" : `${count} proposed points`}, none numbered ${n}.`,
    agendaPointNotFoundHint: "`agenda` shows the points with their numbers.",
    meetingNotFound: (what) => `I find no coming meeting ${what}.`,
    meetingNumber: (n) => `numbered ${n}`,
    meetingOnDate: (date) => `on ${date}`,
    meetingsAre: (meetings) =>
      meetings.length ? `The coming ones are: ${meetings.join("; ")}.` : "No meetings are planned ahead.",
    meetingAmbiguous: (date, meetings) => `There are several meetings on ${date}: ${meetings.join("; ")}.`,
    meetingAmbiguousHint:
      "Write the meeting's number from `meetings` instead, for example `meeting remove 2`.",
    databaseUnreachableNow: "I cannot reach the database right now, so nothing was changed.",
    diskFull: "The database's disk is full, so I could not save that. Nothing was changed.",
    diskFullHint: "Tell whoever runs LÖK-boten for you. Once there is room again, everything works as usual.",
    tryAgainSoon: "Try again in a little while.",
    internal: "Something went wrong on my side, and nothing was changed.",
    internalHint: "Try again in a while. If it happens again, tell a coordinator.",
  },
  startup: {
    unreachable: {
      refused: "the server does not accept connections.",
      not_found: "the host does not exist.",
      auth: "the user or password was not accepted.",
      no_database: "the database does not exist on the server.",
      timeout: "the server did not answer in time.",
    },
    someNames: (names, max = 20) =>
      names.length <= max ? join(names) : `${names.slice(0, max).join(", ")} and ${names.length - max} more`,
    chooseMember: (names, first) => `The members are ${names}. Choose one, for example LOK_USER="${first}".`,
    noMembers: "The group has no members yet.",
    groupUnknown: (query) => `LOK_GROUP="${query}": there is no group with that name.`,
    groupUnknownHint: (names, first) =>
      `The groups are ${names}. Choose one, for example LOK_GROUP="${first}", or remove LOK_GROUP to use the first.`,
    userBlank: (group) => `LOK_USER is empty, so I do not know who is writing in ${group}.`,
    userBlankHint: (choose) => `${choose} Without LOK_USER you write as the group's coordinator.`,
    userUnknown: (query, group, suggestions) =>
      `LOK_USER="${query}": ${group} has no member with that name${suggestions.length ? `. Did you mean ${join(suggestions)}?` : "."}`,
    userUnknownHint: (choose) =>
      `${choose} No new member is added from here: new members join when they write to me in Slack or Teams, or through the plan's column for the responsible person.`,
    userAmbiguous: (query, group, names) => `LOK_USER="${query}" fits several in ${group}: ${join(names)}.`,
    userAmbiguousHint: (first) => `Write the whole name, for example LOK_USER="${first}".`,
    databaseNoSpace: (dir) => `The database in ${dir} cannot start: the disk is full.`,
    databaseNoSpaceHint: "Free some space on the disk and try again. Nothing already saved has been lost.",
    databaseBusy: (dir) =>
      `The database in ${dir} is used by another LÖK-boten process that does not answer.`,
    databaseBusyHint: "Wait until it has finished starting, or stop it and try again.",
    databaseOlder: (dir) =>
      `The database in ${dir} is used by a LÖK-boten process of an older version, without this version's database changes.`,
    databaseOlderHint: "Restart that process (so that it runs this version) and try again.",
    databaseUnreachable: (where, reason) => `I cannot reach PostgreSQL (${where}): ${reason}`,
    databaseUnreachableHint: "Check DATABASE_URL and that the server is running, and try again.",
  },
  settings: {
    heading: "Reminders, agenda and weekly digest",
    off: "off",
    on: "on",
    onTheDay: "on the day",
    daysBefore: (d) => `${plural(d, "day", "days")} before`,
    overdueWeekly: (every) =>
      every === 7
        ? "then once a week while it is delayed"
        : `then every ${plural(every, "day", "days")} while it is delayed`,
    deadlineReminders: "Deadline reminders",
    agendaBefore: "Agenda before meetings",
    meetingDay: "Reminder on the meeting day",
    digest: "Weekly digest",
    atTime: (time) => `at ${time}`,
    weekendNote:
      "Anything that falls on a weekend or public holiday is sent the working day before (the digest the working day after).",
    howToChange:
      "Coordinators change these with `reminders off|on`, `reminders days 14,3,0`, `agenda days 3` and `digest off|on`. Everyone can pause their own with `quiet until <date>`.",
    agendaDays: (d) => (d === 0 ? "on the meeting day" : `${plural(d, "day", "days")} before the meeting`),
    remindersOn: (days) => `Deadline reminders are on: ${days}.`,
    remindersOff: "Deadline reminders are off. The weekly digest and the agenda come as usual.",
    reminderDays: (days) => `Deadline reminders are now sent ${days}.`,
    agendaDaysChanged: (days) => `The agenda is now sent ${days}.`,
    digestOn: "The weekly digest is on.",
    digestOff: "The weekly digest is off.",
    remindersAlreadyOn: (days) => `Deadline reminders are already on: ${days}.`,
    remindersAlreadyOff: "Deadline reminders are already off.",
    reminderDaysAlready: (days) => `Deadline reminders are already sent ${days}.`,
    agendaDaysAlready: (days) => `The agenda is already sent ${days}.`,
    digestAlreadyOn: "The weekly digest is already on.",
    digestAlreadyOff: "The weekly digest is already off.",
    quietForever: "Your reminders are paused until you write `quiet off`.",
    quietUntil: (date) => `Your reminders are paused up to and including ${date}.`,
    quietAlreadyForever: "Your reminders are already paused until you write `quiet off`.",
    quietAlreadyUntil: (date) => `Your reminders are already paused up to and including ${date}.`,
    quietDroppedTime: (clock) => `The pause is in whole days, so the time ${clock} was not saved.`,
    quietChannelNote: "Agendas and digests in the channel come as usual. `quiet off` turns them on again.",
    quietAlreadyOff: "Your reminders are already on.",
    quietOff: "Welcome back! Your reminders are on again.",
    quietInPast: (date) => `${date} has already passed.`,
    quietInPastHint: "Write a date ahead, for example `quiet until 15 August`, or `quiet off`.",
  },
  meetings: {
    line: (when, clock, place) => `${when} ${clock}${place ? `, ${place}` : ""}`,
    agendaHint: "Propose agenda items with `agenda add <text>`; `agenda` shows it.",
    created: (title, line) => `The meeting is added: ${title}, ${line}.`,
    exists: (title, line) => `The meeting already exists: ${title}, ${line}.`,
    removed: (meeting) =>
      `The meeting is cancelled: ${meeting}. The points on its agenda wait for the next meeting.`,
    removedAnnouncement: (meeting) => `🚫 The meeting is cancelled: ${meeting}.`,
    moved: (title, from, to) => `The meeting has moved: ${title}, from ${from} to ${to}.`,
    movedAnnouncement: (title, from, to) => `📅 The meeting has moved: ${title}, from ${from} to ${to}.`,
    unmoved: (title, line) => `The meeting is already then: ${title}, ${line}. Nothing changed.`,
    upcoming: "Coming meetings",
    none: "No meetings are planned. A coordinator adds one with `meeting <date> <time> [place]`.",
    latest: (title, line) => `Latest meeting: ${title}, ${line}.`,
  },
  agenda: {
    pointRemoved: (text) => `The point “${text}” is removed from the agenda.`,
    pointDone: (text) => `The point “${text}” is marked as handled.`,
    alreadyHandled: (text) => `The point “${text}” is already handled.`,
    handledMark: "✓ handled",
    heading: (title, date) => `Agenda: ${title} ${date}`,
    headingNext: "Agenda for the next meeting",
    noMeeting: "No meeting is planned yet; the items wait for the next meeting.",
    previousMinutes: "Minutes of the previous meeting",
    fromMeeting: (title, date) => `From ${title} ${date}`,
    noPreviousMinutes: "No earlier minutes.",
    proposed: "Proposed items",
    noProposed: "No items are proposed. Add one with `agenda add <text>`.",
    changed: "Activities whose status changed since the previous meeting",
    noChanged: "No activity has changed status.",
    overdue: "Delayed activities",
    noOverdue: "No activities are delayed.",
    dueBeforeNext: "Due before the next meeting",
    noDueBeforeNext: "No deadlines before the next meeting.",
    other: "Any other business",
    next: "Next meeting",
    nextDecided: "Decided at the meeting.",
    added: (text, title, date) => `The item “${text}” is now on the agenda of ${title} ${date}.`,
    addedNext: (text) => `The item “${text}” is saved and will be on the agenda of the next meeting.`,
    waiting: (text, title, date) => `The item “${text}” is already on the agenda of ${title} ${date}.`,
    waitingNext: (text) => `The item “${text}” is already on the agenda of the next meeting.`,
    addCommand: "agenda add",
  },
  scheduler: {
    dueToday: (date) => `is due today (${date})`,
    dueTomorrow: (date) => `is due tomorrow (${date})`,
    dueIn: (days, date) => `is due in ${days} days, ${date}`,
    wasDue: (date, daysAgo) => `was due ${date} (${plural(daysAgo, "day", "days")} ago)`,
    quietHint: "Away? `quiet until <date>` pauses your reminders.",
    reminder: (n, when) => `Reminder: activity ${n} ${when}.`,
    howIsItGoing: (n) =>
      `How is it going? Answer with a button or write for example \`status ${n} in progress <comment>\`.`,
    followUp: (title, date, n) =>
      `After ${title} ${date}: activity ${n} is delayed. Could you tell us how it is going?`,
    followUpMany: (title, date, count) =>
      `After ${title} ${date}: ${count} activities you are responsible for are delayed. Could you tell us how they are going?`,
    followUpHint:
      "Reply with `status <no> <status> [comment]`, for example `status 12 in progress We have started`.",
    meetingDay: (title, line) => `Today ${title} meets: ${line}.`,
    meetingDayNote: "The agenda: write `agenda`. Last chance to propose an item: `agenda add <text>`.",
    digestHeading: (group, week) => `This week in ${group} (${week})`,
    digestDueSoon: (days) => `Due within ${plural(days, "day", "days")}`,
    digestOverdue: "Delayed",
    digestUpdated: "Updated since last week",
    digestNextMeeting: (title, line) => `Next meeting: ${title}, ${line}.`,
    digestHint: "Report with `status <no> <status> [comment]`; `list mine` shows yours.",
    addressed: (name) => `To ${name}:`,
    agendaPost: (title, date) =>
      `The agenda of ${title} ${date}. Propose more items with \`agenda add <text>\`.`,
    agendaPostNext: "The agenda of the next meeting.",
  },
  report: {
    noPrinciple: "No principle",
    total: "Total",
    counts: (parts, donePercent, overdue) =>
      `${parts.join(", ")} — ${donePercent} % done${overdue ? `, ${overdue} delayed` : ""}`,
    heading: (plan) => `Follow-up of ${plan}`,
    overdue: (n) => `Delayed (${n})`,
    noOverdue: "No activities are delayed.",
    recentlyDone: (days, n) => `Done in the last ${days} days (${n})`,
    noRecentlyDone: "No activity was finished in the last month.",
    fileName: (slug, today) => `follow-up-${slug}-${today}.xlsx`,
    fileFallback: (command) =>
      `You write the Excel file with every activity and the history in the terminal, in LÖK-boten's folder, with \`${command}\`.`,
    fileTitle: (plan) => `Follow-up of ${plan}`,
    fileComment: (plan, by) => `The follow-up of ${plan}, requested by ${by}.`,
  },
  exports: exportsEn,
  delivery: deliveryEn,
  config: configEn,
  cli: cliEn,
};
