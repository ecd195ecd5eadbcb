// The agenda's sections, decided from plain data: which points wait for the meeting, which activities
// changed since the previous one, which are overdue, and which fall due before the next meeting.
import { describe, expect, it } from "vitest";
import {
  AGENDA_HORIZON_DAYS,
  type AgendaActivity,
  type AgendaMeeting,
  agendaHorizon,
  buildAgenda,
} from "../../../src/core/agenda.ts";
import { agendaReply } from "../../../src/core/replies/meeting-replies.ts";
import { renderText } from "../../../src/platforms/console/render-text.ts";

const TODAY = "2027-04-16";
const meeting: AgendaMeeting = {
  view: { id: 2, title: "Samverkansrådet", date: "2027-04-20", start: "18:00", end: "20:00" },
  startsAt: new Date("2027-04-20T16:00:00Z"),
};
const previous: AgendaMeeting = {
  view: { id: 1, title: "Samverkansrådet", date: "2027-02-01", start: "18:00" },
  startsAt: new Date("2027-02-01T17:00:00Z"),
};
const following = { id: 3, title: "Samverkansrådet", date: "2027-06-01", start: "18:00" };

const activity = (number: number, fields: Partial<AgendaActivity> = {}): AgendaActivity => ({
  id: 100 + number,
  number,
  title: `Aktivitet ${number}`,
  status: "pagar",
  owners: [],
  ...fields,
});

describe("buildAgenda", () => {
  it("keeps points for no meeting, for this one and carried over from earlier ones, and drops later ones", () => {
    const agenda = buildAgenda({
      meeting,
      points: [
        { text: "Utan möte", by: "KG Granberg" },
        { text: "Från förra mötet", forMeetingAt: previous.startsAt },
        { text: "Till det här mötet", forMeetingAt: meeting.startsAt },
        { text: "Till ett senare möte", forMeetingAt: new Date("2027-06-01T16:00:00Z") },
      ],
      activities: [],
      today: TODAY,
    });
    expect(agenda.proposed).toEqual([
      { text: "Utan möte", by: "KG Granberg" },
      { text: "Från förra mötet" },
      { text: "Till det här mötet" },
    ]);
  });

  it("puts an activity in one of the overdue and due-soon sections, and lists status changes since the previous meeting", () => {
    const agenda = buildAgenda({
      meeting,
      previous,
      following,
      points: [],
      activities: [
        activity(5, { dueDate: "2027-05-10" }),
        activity(3, { dueDate: "2027-04-30" }),
        activity(4, { dueDate: "2027-04-30", statusChangedAt: new Date("2027-03-01T10:00:00Z") }),
        activity(7, { status: "forsenad", dueDate: "2027-05-01" }), // reported late: overdue, not due soon
        activity(2, { dueDate: "2027-04-01" }), // past its deadline and open
        activity(8, { status: "klar", dueDate: "2027-04-01" }), // closed: neither
        activity(9, { status: "struken", dueDate: "2027-05-01" }), // closed: not due soon either
        activity(6, { dueDate: "2027-06-01" }), // on the following meeting's day: after the horizon
        activity(1, { statusChangedAt: new Date("2027-01-15T10:00:00Z") }), // before the previous meeting
      ],
      today: TODAY,
    });
    expect(agenda.meeting).toEqual(meeting.view);
    expect(agenda.previousMeeting).toEqual(previous.view);
    expect(agenda.followingMeeting).toEqual(following);
    expect(agenda.changedSincePrevious.map((a) => a.number)).toEqual([4]);
    expect(agenda.overdue.map((a) => a.number)).toEqual([2, 7]);
    expect(agenda.overdue.every((a) => a.overdue)).toBe(true);
    expect(agenda.dueBeforeNext.map((a) => a.number)).toEqual([3, 4, 5]);
  });

  it("counts every status change when there was no previous meeting, and looks 90 days past the meeting when none follows", () => {
    const agenda = buildAgenda({
      meeting,
      points: [],
      activities: [
        activity(1, { statusChangedAt: new Date("2020-01-01T00:00:00Z") }),
        activity(2, { dueDate: "2027-07-18" }),
        activity(3, { dueDate: "2027-07-19" }),
      ],
      today: TODAY,
    });
    expect(agendaHorizon(meeting.view.date, undefined, TODAY)).toBe("2027-07-19");
    expect(AGENDA_HORIZON_DAYS).toBe(90);
    expect(agenda.changedSincePrevious.map((a) => a.number)).toEqual([1]);
    expect(agenda.dueBeforeNext.map((a) => a.number)).toEqual([2]);
    expect(agenda.followingMeeting).toBeUndefined();
  });

  it("without a meeting, keeps every point and counts the horizon from today; the reply says no meeting is planned", () => {
    const agenda = buildAgenda({
      points: [{ text: "Lokalfrågan", forMeetingAt: previous.startsAt }],
      activities: [activity(1, { dueDate: "2027-07-14" }), activity(2, { dueDate: "2027-07-15" })],
      today: TODAY,
    });
    expect(agenda.meeting).toBeUndefined();
    expect(agenda.proposed).toEqual([{ text: "Lokalfrågan" }]);
    expect(agenda.dueBeforeNext.map((a) => a.number)).toEqual([1]);
    expect(renderText(agendaReply(agenda))).toContain("Inget möte är inlagt än");
  });
});
