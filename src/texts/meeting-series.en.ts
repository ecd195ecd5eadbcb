// Recurring meetings and the year's meetings, in English, in the shape of meeting-series.sv.ts.
import type { meetingSeriesHelpSv, meetingSeriesSv } from "./meeting-series.sv.ts";

const ORDINALS: Record<string, string> = {
  "1": "first",
  "2": "second",
  "3": "third",
  "4": "fourth",
  "-1": "last",
};

export const meetingSeriesEn: typeof meetingSeriesSv = {
  weekly: (weekday, every) => (every === 2 ? `every other ${weekday}` : `every ${weekday}`),
  monthly: (weekday, ordinal) => `the ${ORDINALS[String(ordinal)]} ${weekday} of the month`,
  created: (rule, clock, count, first, last, place) =>
    `The meeting series is planned: ${rule} ${clock}${place ? `, ${place}` : ""}. ${
      count === 1 ? `One meeting, ${first}.` : `${count} meetings, from ${first} to ${last}.`
    }`,
  capped: (max, last) =>
    `I planned the first ${max} meetings, up to ${last}; add more later with the same command and a later end date.`,
  defaultEnd: (until) => `The series runs for a year, until ${until}; give \`until <date>\` for another end.`,
  none: "No meetings were planned: no date of the series lies ahead before the end date.",
  noneHint:
    "Check the weekday and the end date, for example `meeting every thursday 18:00 until 2027-06-30`.",
  skipped: (dates) => `Meetings already planned at the same time were skipped: ${dates.join(", ")}.`,
  holidays: (dates) =>
    `Note: ${dates.length === 1 ? "one meeting falls" : `${dates.length} meetings fall`} on a public holiday: ${dates.join(", ")}. Remove one with \`meeting remove <date>\` or move it with \`meeting move <date> to <date>\`.`,
  overlaps: (dates) =>
    `Note: ${dates.length === 1 ? "one meeting overlaps" : `${dates.length} meetings overlap`} another meeting: ${dates.join(", ")}.`,
  wheelHeading: (year) => `The year ${year}`,
  wheelEmpty: (year) =>
    `No meetings are planned for ${year}. A coordinator adds them with \`meeting <date> <time>\` or \`meeting every <weekday> <time>\`.`,
  month: (name, count) => `${name} (${count})`,
  months: [
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
  ],
  held: "held",
};

export const meetingSeriesHelpEn: typeof meetingSeriesHelpSv = {
  meeting_series: {
    usage: "meeting every <weekday> [every other week] <time> [place] [until <date>]",
    description:
      "Plan recurring meetings, every week or every other week, or `meeting first <weekday> of the month <time> …` (first, second, third, fourth or last). Each occurrence is a meeting of its own that can be moved or removed.",
    example: "meeting first thursday of the month 18-20 at the Town Hall until 2027-06-30",
  },
  year_wheel: {
    usage: "årshjul [year]",
    description: "The year's meetings, month by month.",
    example: "årshjul 2027",
  },
};
