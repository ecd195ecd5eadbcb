// Who comes to a meeting, in English, in the shape of attendance.sv.ts.
import type { attendanceHelpSv, attendanceSv } from "./attendance.sv.ts";

function list(names: readonly string[]): string {
  if (names.length <= 1) return names.join("");
  return `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}

export const attendanceEn: typeof attendanceSv = {
  coming: "I'm coming",
  notComing: "I can't come",
  question: "Are you coming? Answer with the buttons or `attendance yes` / `attendance no`.",
  answeredYes: (title, date) => `Thank you! You are signed up for ${title} ${date}.`,
  answeredNo: (title, date) => `Thanks for letting us know: you can't come to ${title} ${date}.`,
  alreadyYes: (title, date) => `You are already signed up for ${title} ${date}.`,
  alreadyNo: (title, date) => `You have already said you can't come to ${title} ${date}.`,
  heading: (title, date) => `Attendance: ${title} ${date}`,
  comingList: (names) =>
    names.length ? `Coming (${names.length}): ${list(names)}.` : "Nobody has signed up yet.",
  notComingList: (names) =>
    names.length ? `Can't come (${names.length}): ${list(names)}.` : "Nobody has sent apologies.",
  unansweredList: (names) =>
    names.length ? `Not answered (${names.length}): ${list(names)}.` : "Everyone has answered.",
  noMeeting: "No meeting is planned, so there is nothing to sign up for.",
  noMeetingHint: "`meetings` shows the planned meetings.",
  over: (title, date) => `The meeting ${title} ${date} is already over; nothing was changed.`,
  cancelled: (title, date) => `The meeting ${title} ${date} is cancelled; nothing was changed.`,
  argument: "yes or no",
};

export const attendanceHelpEn: typeof attendanceHelpSv = {
  attendance_show: {
    usage: "attendance",
    description: "See who is coming to the next meeting, who sent apologies and who has not answered.",
    example: "attendance",
  },
  attendance_set: {
    usage: "attendance yes|no",
    description: "Say whether you are coming to the next meeting (the same as the agenda's buttons).",
    example: "attendance yes",
  },
};
