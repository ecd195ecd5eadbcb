// The minutes of a meeting, its tasks and the group's working groups, in English, in the shape of minutes.sv.ts.
import type { minutesActionsSv, minutesArgumentsSv, minutesHelpSv, minutesSv } from "./minutes.sv.ts";

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

function join(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

function dayMonth(date: string, year?: number): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return `${d} ${MONTHS[m - 1]}${year === undefined || year === y ? "" : ` ${y}`}`;
}

function clock(start: string, end?: string): string {
  const short = (t: string) => (t.endsWith(":00") ? String(Number(t.slice(0, 2))) : t);
  if (!end) return start;
  return start.endsWith(":00") && end.endsWith(":00") ? `${short(start)}–${short(end)}` : `${start}–${end}`;
}

export const minutesEn: typeof minutesSv = {
  dayMonth,
  forMeeting: (title, line, which) =>
    which === "held"
      ? `For the meeting under way: ${title}, ${line}.`
      : which === "next"
        ? `For the next meeting: ${title}, ${line}.`
        : `For the latest meeting: ${title}, ${line}.`,
  presentAdded: (names) => `Present: ${join(names)}.`,
  presentAlready: (names) => `${join(names)} already stand as present.`,
  notMembers: (names) =>
    `${join(names)} ${names.length === 1 ? "is not a member" : "are not members"} of the group; the names stand as written.`,
  invitedAdded: (name, organisation) => `Invited: ${name}${organisation ? `, ${organisation}` : ""}.`,
  invitedAlready: (name) => `${name} already stands as invited.`,
  noteAdded: (point, title) =>
    `The note stands under point ${point}, “${title}”. The point is marked handled.`,
  decisionAdded: (point, title) =>
    `The decision stands under point ${point}, “${title}”. The point is marked handled.`,
  taskAdded: (number, person, text, due) =>
    `Task ${number}: ${person} – ${text}${due ? ` (by ${due})` : ""}.`,
  taskDone: (number, person, text) => `Task ${number} is done: ${person} – ${text}.`,
  taskAlreadyDone: (number) => `Task ${number} is already done.`,
  tasksHeading: "Open tasks",
  noTasks: "No tasks are open. Give one with `task <name> <text> [by <date>]`.",
  taskLine: (number, person, text, due) => `${number}. ${person}: ${text}${due ? ` (by ${due})` : ""}`,
  tasksHint: "Write `task done <no>` when a task is done.",
  workingGroupCreated: (name) =>
    `The working group “${name}” is created. Give it members with \`workgroup ${name} members <name>, <name>\`.`,
  workingGroupExists: (name) => `The working group “${name}” exists already.`,
  workingGroupMembers: (name, members) => `The working group “${name}”: ${join(members)}.`,
  workingGroupsHeading: "Working groups",
  noWorkingGroups: "The group has no working groups. Create one with `workgroup new <name>`.",
  workingGroupLine: (name, members, next) =>
    `${name}: ${members.length ? join(members) : "no members yet"}${next ? `. Next meeting: ${next}` : ""}`,
  noteTakerSet: (name) => `${name} takes the minutes and may write in them.`,
  objectionAdded: (date) => `The objection to the minutes of ${date} is recorded.`,
  noObjectionsAdded: (date) => `Recorded: no objections to the minutes of ${date}.`,
  draftNote: "This is a draft. Write `minutes done` when the minutes are complete.",
  finalised: "The minutes are final and sent to the channel. They can no longer be changed.",
  alreadyFinal: (date) =>
    `The minutes have been final since ${date}. Nothing was changed; \`minutes file\` gives them as files.`,
  finalisedAnnouncement: (title, date) => `📝 The minutes of ${title} ${date} are final.`,
  fileTitle: (title, date) => `Minutes ${title} ${date}`,
  fileComment: (title, date, by) => `The minutes of ${title} ${date}, as ${by} asked.`,
  agendaPreviousFinal: (title, date, finalisedOn) =>
    `From ${title} ${date}: final since ${finalisedOn} and sent to the channel (and on the group's web page when it is published). Objections are recorded with \`objection <text>\` or \`no objections\`.`,
  agendaTasks: "Tasks from the previous meeting",
  fileFallback: "The files can be uploaded in Slack. Here `minutes` shows the text.",
  fileName: (slug, date, extension) => `minutes-${slug}-${date}.${extension}`,
  web: {
    listTitle: "Minutes",
    none: "No minutes are final yet.",
    back: "All minutes",
  },
  doc: {
    heading: "Minutes",
    draftHeading: "Minutes (draft)",
    title: (title, date) => `${title} ${date}`,
    present: "Present:",
    invited: "Invited:",
    nobody: "—",
    previous: "Previous minutes",
    previousFrom: (title, date) => `The minutes of ${title} ${date}.`,
    noPrevious: "No earlier minutes.",
    noObjections: "No objections",
    objections: "Objections:",
    notChecked: "Nothing is recorded about the previous minutes.",
    decision: "Decision:",
    noEntries: "Nothing recorded.",
    workingGroups: "Working groups",
    workingGroupHeading: (n, name) => `${n}. ${name}.`,
    workingGroupMembers: (members) => `Working group: ${members.join(", ")}.`,
    workingGroupNext: (when) => `Date of the next meeting: ${when}`,
    tasks: "Tasks",
    task: (person, text, due) => `${person}: ${text}${due ? ` (by ${due})` : ""}`,
    nextMeeting: "Next meeting",
    nextNotPlanned: "Not decided yet.",
    when: (date, start, end, place) => `${date} at ${clock(start, end)}${place ? `, ${place}` : ""}.`,
    byNoteTaker: "Minutes taken by",
  },
  errors: {
    noMeeting: "No meeting has begun yet, so there are no minutes to write.",
    noMeetingHint: "Minutes are written during or after a meeting; `meetings` shows the planned ones.",
    final: (title, date) => `The minutes of ${title} ${date} are final and can no longer be changed.`,
    finalHint: "Corrections are raised as objections at the next meeting: `objection <text>`.",
    notWriter: (noteTaker) =>
      noteTaker
        ? `Only coordinators and the note taker (${noteTaker}) may write in the minutes.`
        : "Only coordinators and the note taker may write in the minutes.",
    notWriterHint: "A coordinator makes you the note taker with `notetaker <your name>`.",
    noAttendance: (meeting) => `Nobody answered *I'm coming* to ${meeting}, so I do not know who is here.`,
    noAttendanceHint: "Type `present <name>, <name>…`.",
    pointNotFound: (point, count, meeting) =>
      count === 0
        ? `The agenda of ${meeting} has no points, so there is no point ${point}.`
        : `The agenda of ${meeting} has ${count} ${count === 1 ? "point" : "points"}, none numbered ${point}.`,
    pointNotFoundHint: "Write `minutes` to see the points and their numbers.",
    taskNotFound: (number) => `There is no task numbered ${number}.`,
    taskNotFoundHint: "Write `tasks` to see the open tasks and their numbers.",
    workingGroupNotFound: (name, names) =>
      names.length
        ? `There is no working group called “${name}”. The working groups are: ${join(names)}.`
        : `There is no working group called “${name}”.`,
    workingGroupNotFoundHint: "Create it with `workgroup new <name>`.",
    noPrevious: "There are no earlier minutes to object to.",
    noPreviousHint: "Objections concern the previous meeting's minutes.",
  },
};

export const minutesHelpEn: typeof minutesHelpSv = {
  minutes_present: {
    usage: "present <name>, <name>…",
    description:
      "Record who is at the meeting (coordinators or the note taker). Members' names are recognised. `present` alone takes those who answered *I'm coming*.",
    example: "present Helena Astvald, KG Granberg, Anna Fogel",
  },
  minutes_invited: {
    usage: "invited <name>, <organisation>",
    description: "Record an invited guest in the minutes.",
    example: "invited Per-Inge Hellman, Västerås kommun",
  },
  minutes_note: {
    usage: "note <point> <text>",
    description: "Note something under a point of the meeting's agenda; the point counts as handled.",
    example: "note 2 Lars Bryntesson comes on 12 April to talk about IOP.",
  },
  minutes_decision: {
    usage: "decision <point> <text>",
    description: "Record a decision under a point of the meeting's agenda; the point counts as handled.",
    example: "decision 3 We visit Malmö on 16–17 May.",
  },
  task_add: {
    usage: "task <name> <text> [by <date>]",
    description:
      "Give someone a task from the meeting. The name may end with a colon: `task Malin Sandell: …`.",
    example: "task Anna invite Malin Sandell by 2 March",
  },
  task_done: { usage: "task done <no>", description: "Mark a task as done.", example: "task done 1" },
  tasks: { usage: "tasks", description: "See the open tasks, numbered.", example: "tasks" },
  working_group_new: {
    usage: "workgroup new <name>",
    description:
      "Create a working group. Its meetings are planned with `meeting <date> <time> [place] for <group>`.",
    example: "workgroup new Handlingsplan",
  },
  working_group_members: {
    usage: "workgroup <name> members <name>, <name>…",
    description: "Record who is in a working group.",
    example: "workgroup Handlingsplan members Tina Modin, Helena Astvald",
  },
  working_groups: {
    usage: "workgroups",
    description: "See the group's working groups, their members and next meeting.",
    example: "workgroups",
  },
  minutes_show: {
    usage: "minutes",
    description: "See the minutes of the meeting under way or of the latest meeting.",
    example: "minutes",
  },
  minutes_final: {
    usage: "minutes done",
    description: "Make the minutes final: they are sent to the channel and cannot be changed afterwards.",
    example: "minutes done",
  },
  minutes_file: {
    usage: "minutes file",
    description: "The minutes as a Markdown and a Word file in the channel (in Slack).",
    example: "minutes file",
  },
  minutes_note_taker: {
    usage: "notetaker <name>",
    description: "Let a member write the meeting's minutes.",
    example: "notetaker Anna Fogel",
  },
  minutes_objection: {
    usage: "objection <text>",
    description: "Record an objection to the previous meeting's minutes.",
    example: "objection The meeting with Malin Sandell is on 16 March, not 2 March.",
  },
  minutes_no_objections: {
    usage: "no objections",
    description: "Record that the previous meeting's minutes were approved.",
    example: "no objections",
  },
};

export const minutesActionsEn: typeof minutesActionsSv = {
  minutes_note_taker: "name the note taker",
};

export const minutesArgumentsEn: typeof minutesArgumentsSv = {
  workingGroupName: "the working group's name",
  names: "names, separated by commas",
};
