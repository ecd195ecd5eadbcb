// What a meeting's agenda shows, decided from plain data: the same for the `agenda` command and for
// the agenda the scheduler posts, however each reads its data.
import { activitySummary, isOverdue } from "./activity-rules.ts";
import { type ActivityStatus, isClosed } from "./activity-status.ts";
import { addDays } from "./calendar.ts";
import type { LocalDate } from "./local-date.ts";
import type { MinutesTask } from "./minutes.ts";
import type { Agenda, MeetingView } from "./replies/meeting-replies.ts";

/** When no later meeting is planned, "due before the next meeting" looks this far ahead. */
export const AGENDA_HORIZON_DAYS = 90;

export interface AgendaActivity {
  id: number;
  number: number;
  title: string;
  status: ActivityStatus;
  dueDate?: LocalDate;
  statusChangedAt?: Date;
  owners: string[];
}

export interface AgendaPoint {
  text: string;
  /** Who proposed it. */
  by?: string;
  /** When the meeting it was proposed for starts; none when it was proposed for no meeting. */
  forMeetingAt?: Date;
  /** Tabled: it waits for a meeting that starts after this instant. */
  deferredPast?: Date;
  /** Handled at the meeting being held: still shown there, marked. */
  handled?: true;
}

export interface AgendaMeeting {
  view: MeetingView;
  startsAt: Date;
}

export interface AgendaInput {
  /** The meeting the agenda is for; none when no meeting is planned yet. */
  meeting?: AgendaMeeting;
  /** The latest meeting before it: "changed since" counts from its start. */
  previous?: AgendaMeeting;
  /** The meeting after it, for "due before the next meeting" and the point "Nästa möte". */
  following?: MeetingView;
  /** Unhandled points, in agenda order (as moved, then as proposed). */
  points: readonly AgendaPoint[];
  /** At least every activity the agenda can show (others are left out here). */
  activities: readonly AgendaActivity[];
  today: LocalDate;
  /** The previous meeting's minutes, when they are final, and its tasks still open. */
  previousMinutes?: { finalisedOn: LocalDate };
  openTasks?: readonly MinutesTask[];
}

/** The last day (exclusive) that "due before the next meeting" covers. */
export function agendaHorizon(
  meetingDate: LocalDate | undefined,
  followingDate: LocalDate | undefined,
  today: LocalDate,
): LocalDate {
  return followingDate ?? addDays(meetingDate ?? today, AGENDA_HORIZON_DAYS);
}

/**
 * A point waits for a meeting when it was proposed for no meeting, for that one, or for an earlier one
 * (an unhandled point carries over), unless it was tabled past that meeting.
 */
export function waitsFor(point: AgendaPoint, meeting: AgendaMeeting | undefined): boolean {
  if (point.deferredPast && (!meeting || meeting.startsAt <= point.deferredPast)) return false;
  return !meeting || !point.forMeetingAt || point.forMeetingAt <= meeting.startsAt;
}

const byNumber = (a: AgendaActivity, b: AgendaActivity) => a.number - b.number;
const byDue = (a: AgendaActivity, b: AgendaActivity) =>
  (a.dueDate ?? "").localeCompare(b.dueDate ?? "") || byNumber(a, b);

export function buildAgenda(input: AgendaInput): Agenda {
  const { meeting, previous, following, today } = input;
  const horizon = agendaHorizon(meeting?.view.date, following?.date, today);
  const overdue = (a: AgendaActivity) => isOverdue(a.dueDate, a.status, today);
  const summaries = (list: AgendaActivity[]) => list.map((a) => activitySummary(a, today));
  const activities = [...input.activities];
  return {
    ...(meeting ? { meeting: meeting.view } : {}),
    ...(previous ? { previousMeeting: previous.view } : {}),
    ...(previous && input.previousMinutes
      ? { previousMinutesFinalisedOn: input.previousMinutes.finalisedOn }
      : {}),
    ...(input.openTasks?.length ? { tasksFromPrevious: [...input.openTasks] } : {}),
    ...(following ? { followingMeeting: following } : {}),
    proposed: input.points
      .filter((p) => waitsFor(p, meeting))
      .map((p) => ({
        text: p.text,
        ...(p.by !== undefined ? { by: p.by } : {}),
        ...(p.handled ? { handled: true as const } : {}),
      })),
    changedSincePrevious: summaries(
      activities
        .filter(
          (a) => a.statusChangedAt !== undefined && (!previous || a.statusChangedAt > previous.startsAt),
        )
        .sort(byNumber),
    ),
    overdue: summaries(activities.filter(overdue).sort(byNumber)),
    // Open and not overdue: an activity reported försenad is in the section above, with its date.
    dueBeforeNext: summaries(
      activities
        .filter(
          (a) =>
            !isClosed(a.status) &&
            !overdue(a) &&
            a.dueDate !== undefined &&
            a.dueDate >= today &&
            a.dueDate < horizon,
        )
        .sort(byDue),
    ),
  };
}
