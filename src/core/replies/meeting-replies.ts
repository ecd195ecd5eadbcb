// Meetings and their agenda. The agenda follows the shape of the samverkansråd's minutes:
// föregående minnesanteckningar, proposed items, the plan's movement, övriga frågor, nästa möte.
import type { Messages } from "../../texts/index.ts";
import type { LocalDate, LocalTime } from "../local-date.ts";
import type { MinutesTask } from "../minutes.ts";
import type { ActivitySummary, Block, Reply } from "../reply.ts";
import { reply } from "../reply.ts";
import { summaryLine } from "./list-replies.ts";
import { unchangedReply } from "./no-change-replies.ts";

export interface MeetingView {
  id: number;
  title: string;
  date: LocalDate;
  start: LocalTime;
  end?: LocalTime;
  place?: string;
}

/** The place as it was typed ("digitalt via Teams", "hos Örebro föreningsråd"), after the time. */
export function meetingLine(t: Messages, m: MeetingView): string {
  return t.meetings.line(t.dates.dateWithWeekday(m.date), t.dates.clock(m.start, m.end), m.place);
}

function agendaHint(t: Messages): Block {
  return { type: "note", text: t.meetings.agendaHint };
}

/** What a samordnare should know about a meeting's time (see MeetingWarnings in services/meetings.ts). */
export interface TimeWarnings {
  overlaps: readonly MeetingView[];
  weekend?: 6 | 7;
  holiday?: string;
}

/** The warnings as one block, or none when the time is an ordinary one. */
function warningBlocks(t: Messages, date: string, w: TimeWarnings | undefined): Block[] {
  if (!w) return [];
  const lines: string[] = [];
  if (w.overlaps.length)
    lines.push(t.meetingWarnings.overlaps(w.overlaps.map((o) => `${o.title}, ${meetingLine(t, o)}`)));
  if (w.holiday) lines.push(t.meetingWarnings.holiday(w.holiday));
  else if (w.weekend) lines.push(t.meetingWarnings.weekend(t.dates.weekday(date)));
  if (lines.length === 0) return [];
  return [
    { type: "text", text: `⚠️ ${t.meetingWarnings.heading} ${lines.join(" ")} ${t.meetingWarnings.anyway}` },
  ];
}

export function meetingCreatedReply(t: Messages, m: MeetingView, warnings?: TimeWarnings): Reply {
  return reply(
    "success",
    [
      { type: "text", text: t.meetings.created(m.title, meetingLine(t, m)) },
      ...warningBlocks(t, m.date, warnings),
      agendaHint(t),
    ],
    {
      effect: "changed",
    },
  );
}

/** A meeting cancelled: told to the channel too, since people planned for it. */
export function meetingRemovedReply(t: Messages, m: MeetingView): Reply {
  const line = `${m.title}, ${meetingLine(t, m)}`;
  return reply("success", [{ type: "text", text: t.meetings.removed(line) }], {
    effect: "changed",
    announcement: { text: t.meetings.removedAnnouncement(line) },
  });
}

export function meetingMovedReply(
  t: Messages,
  before: MeetingView,
  after: MeetingView,
  warnings?: TimeWarnings,
): Reply {
  const from = meetingLine(t, before);
  const to = meetingLine(t, after);
  const blocks: Block[] = [
    { type: "text", text: t.meetings.moved(after.title, from, to) },
    ...warningBlocks(t, after.date, warnings),
    agendaHint(t),
  ];
  return reply("success", blocks, {
    effect: "changed",
    announcement: { text: t.meetings.movedAnnouncement(after.title, from, to) },
  });
}

/** The meeting is already at that date, time and place. */
export function meetingUnmovedReply(t: Messages, m: MeetingView): Reply {
  return unchangedReply(t, t.meetings.unmoved(m.title, meetingLine(t, m)));
}

/** The same meeting was asked for again: it is there once. */
export function meetingExistsReply(t: Messages, m: MeetingView): Reply {
  return unchangedReply(t, t.meetings.exists(m.title, meetingLine(t, m)), [agendaHint(t)]);
}

export function meetingsReply(t: Messages, upcoming: MeetingView[], latest?: MeetingView): Reply {
  const blocks: Block[] = [{ type: "heading", text: t.meetings.upcoming }];
  if (upcoming.length)
    blocks.push({
      type: "bullets",
      items: upcoming.map((m, i) => `${i + 1}. ${m.title}: ${meetingLine(t, m)}`),
    });
  else blocks.push({ type: "note", text: t.meetings.none });
  if (latest) blocks.push({ type: "note", text: t.meetings.latest(latest.title, meetingLine(t, latest)) });
  return reply("info", blocks);
}

export interface ProposedItem {
  text: string;
  by?: string;
  /** Handled at the meeting being held. */
  handled?: true;
}

export interface Agenda {
  meeting?: MeetingView;
  previousMeeting?: MeetingView;
  proposed: ProposedItem[];
  changedSincePrevious: ActivitySummary[];
  overdue: ActivitySummary[];
  dueBeforeNext: ActivitySummary[];
  /** The meeting after this one, for the point "Nästa möte". */
  followingMeeting?: MeetingView;
  /** The previous meeting's minutes were finalised on this day. */
  previousMinutesFinalisedOn?: LocalDate;
  /** The tasks given at the previous meeting that are still open. */
  tasksFromPrevious?: MinutesTask[];
}

function section(title: string, items: string[], empty: string): Block[] {
  return [
    { type: "heading", text: title },
    items.length ? { type: "bullets", items } : { type: "note", text: empty },
  ];
}

export function agendaBlocks(t: Messages, agenda: Agenda): Block[] {
  const { meeting } = agenda;
  const a = t.agenda;
  const line = (x: ActivitySummary) => summaryLine(t, x);
  const blocks: Block[] = [
    { type: "heading", text: meeting ? a.heading(meeting.title, t.dates.date(meeting.date)) : a.headingNext },
  ];
  if (meeting) blocks.push({ type: "text", text: meetingLine(t, meeting) });
  else blocks.push({ type: "note", text: a.noMeeting });
  let n = 1;
  const numbered = (title: string) => `${n++}. ${title}`;
  blocks.push(
    ...section(
      numbered(a.previousMinutes),
      agenda.previousMeeting
        ? [
            agenda.previousMinutesFinalisedOn
              ? t.minutes.agendaPreviousFinal(
                  agenda.previousMeeting.title,
                  t.dates.date(agenda.previousMeeting.date),
                  t.dates.date(agenda.previousMinutesFinalisedOn),
                )
              : a.fromMeeting(agenda.previousMeeting.title, t.dates.date(agenda.previousMeeting.date)),
          ]
        : [],
      a.noPreviousMinutes,
    ),
    // Only when the previous meeting left tasks open, so that the other points keep their numbers.
    ...(agenda.tasksFromPrevious?.length
      ? section(
          numbered(t.minutes.agendaTasks),
          agenda.tasksFromPrevious.map((task) =>
            t.minutes.taskLine(task.number, task.person, task.text, task.due && t.dates.date(task.due)),
          ),
          "",
        )
      : []),
    ...section(
      numbered(a.proposed),
      // Numbered, so that `agenda ta bort 2` and `agenda klar 2` can name one.
      agenda.proposed.map(
        (p, i) =>
          `${i + 1}) ${p.by ? `${p.text} (${p.by})` : p.text}${p.handled ? ` ${t.agenda.handledMark}` : ""}`,
      ),
      a.noProposed,
    ),
    ...section(numbered(a.changed), agenda.changedSincePrevious.map(line), a.noChanged),
    ...section(numbered(a.overdue), agenda.overdue.map(line), a.noOverdue),
    ...section(numbered(a.dueBeforeNext), agenda.dueBeforeNext.map(line), a.noDueBeforeNext),
    ...section(numbered(a.other), [], "—"),
    ...section(
      numbered(a.next),
      agenda.followingMeeting ? [meetingLine(t, agenda.followingMeeting)] : [],
      a.nextDecided,
    ),
  );
  return blocks;
}

export function agendaReply(t: Messages, agenda: Agenda): Reply {
  return reply("info", [...agendaBlocks(t, agenda), ...attendanceButtons(t, agenda.meeting)]);
}

/** *Jag kommer* / *Jag kan inte* under an agenda, for the meeting it is for. */
export function attendanceButtons(t: Messages, meeting: MeetingView | undefined): Block[] {
  if (!meeting) return [];
  return [
    { type: "text", text: t.attendance.question },
    {
      type: "actions",
      actions: [
        {
          label: t.attendance.coming,
          action: { kind: "attend", meeting: meeting.id, answer: "yes" },
          style: "primary",
        },
        { label: t.attendance.notComing, action: { kind: "attend", meeting: meeting.id, answer: "no" } },
      ],
    },
  ];
}

export function attendanceSetReply(
  t: Messages,
  m: MeetingView,
  answer: "yes" | "no",
  changed: boolean,
): Reply {
  const a = t.attendance;
  const date = t.dates.date(m.date);
  if (!changed)
    return unchangedReply(t, answer === "yes" ? a.alreadyYes(m.title, date) : a.alreadyNo(m.title, date));
  return reply(
    "success",
    [{ type: "text", text: answer === "yes" ? a.answeredYes(m.title, date) : a.answeredNo(m.title, date) }],
    { effect: "changed" },
  );
}

export function attendanceReply(
  t: Messages,
  view: { meeting: MeetingView; coming: string[]; notComing: string[]; unanswered: string[] },
): Reply {
  const a = t.attendance;
  return reply("info", [
    { type: "heading", text: a.heading(view.meeting.title, t.dates.date(view.meeting.date)) },
    { type: "text", text: meetingLine(t, view.meeting) },
    {
      type: "bullets",
      items: [a.comingList(view.coming), a.notComingList(view.notComing), a.unansweredList(view.unanswered)],
    },
    ...attendanceButtons(t, view.meeting).slice(1),
  ]);
}

export function agendaPointRemovedReply(t: Messages, text: string): Reply {
  return reply("success", [{ type: "text", text: t.agenda.pointRemoved(text) }], { effect: "changed" });
}

export function agendaPointDoneReply(t: Messages, text: string): Reply {
  return reply("success", [{ type: "text", text: t.agenda.pointDone(text) }], { effect: "changed" });
}

export function agendaPointMovedReply(t: Messages, text: string, to: number): Reply {
  return reply("success", [{ type: "text", text: t.agendaMoves.moved(text, to) }], { effect: "changed" });
}

export function agendaPointDeferredReply(
  t: Messages,
  text: string,
  from: MeetingView,
  to?: MeetingView,
): Reply {
  const said = t.agendaMoves.deferred(text, t.dates.date(from.date), to && t.dates.date(to.date));
  return reply("success", [{ type: "text", text: said }], { effect: "changed" });
}

export function agendaItemAddedReply(t: Messages, text: string, meeting?: MeetingView): Reply {
  return reply(
    "success",
    [
      {
        type: "text",
        text: meeting
          ? t.agenda.added(text, meeting.title, t.dates.date(meeting.date))
          : t.agenda.addedNext(text),
      },
    ],
    { effect: "changed" },
  );
}

/** The same point is already waiting for the next meeting. */
export function agendaItemWaitingReply(t: Messages, text: string, meeting?: MeetingView): Reply {
  return unchangedReply(
    t,
    meeting ? t.agenda.waiting(text, meeting.title, t.dates.date(meeting.date)) : t.agenda.waitingNext(text),
  );
}
