// Moving and tabling agenda points, and the warnings on a meeting's time, in English, in the shape of agenda-moves.sv.ts.
import type { agendaMovesSv, meetingWarningsSv } from "./agenda-moves.sv.ts";

export const agendaMovesEn: typeof agendaMovesSv = {
  moved: (text, to) => `The point “${text}” is now number ${to} on the agenda.`,
  deferred: (text, from, to) =>
    to
      ? `The point “${text}” is tabled: it is not taken up on ${from} but on ${to}.`
      : `The point “${text}” is tabled: it is not taken up on ${from} but at the meeting after.`,
  noMeeting: (n) => `No meeting is planned, so point ${n} already waits for the next one.`,
  noMeetingHint: "Add the meeting with `meeting <date> <time> [place]` first.",
};

export const meetingWarningsEn: typeof meetingWarningsSv = {
  heading: "Note:",
  overlaps: (meetings) =>
    meetings.length === 1
      ? `It overlaps another meeting: ${meetings[0]}.`
      : `It overlaps other meetings: ${meetings.join("; ")}.`,
  weekend: (weekday) => `It is a ${weekday}.`,
  holiday: (name) => `It is a public holiday: ${name}.`,
  anyway: "The meeting is planned anyway; move it with `meeting move <no> to <date>` if that was a mistake.",
};
