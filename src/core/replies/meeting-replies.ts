// Meetings and their agenda. The agenda follows the shape of the samverkansråd's minutes:
// föregående minnesanteckningar, proposed items, the plan's movement, övriga frågor, nästa möte.

import { formatDate, formatDateWithWeekday } from "../labels.ts";
import type { LocalDate, LocalTime } from "../local-date.ts";
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

export function meetingLine(m: MeetingView): string {
  const time = m.end ? `kl. ${m.start}–${m.end}` : `kl. ${m.start}`;
  return `${formatDateWithWeekday(m.date)} ${time}${m.place ? ` på ${m.place}` : ""}`;
}

const AGENDA_HINT: Block = {
  type: "note",
  text: "Föreslå punkter till dagordningen med `agenda lägg till <text>`; `agenda` visar den.",
};

export function meetingCreatedReply(m: MeetingView): Reply {
  return reply(
    "success",
    [{ type: "text", text: `Mötet är inlagt: ${m.title}, ${meetingLine(m)}.` }, AGENDA_HINT],
    {
      effect: "changed",
    },
  );
}

/** The same meeting was asked for again: it is there once. */
export function meetingExistsReply(m: MeetingView): Reply {
  return unchangedReply(`Mötet finns redan: ${m.title}, ${meetingLine(m)}.`, [AGENDA_HINT]);
}

export function meetingsReply(upcoming: MeetingView[], latest?: MeetingView): Reply {
  const blocks: Block[] = [{ type: "heading", text: "Kommande möten" }];
  if (upcoming.length)
    blocks.push({ type: "bullets", items: upcoming.map((m) => `${m.title}: ${meetingLine(m)}`) });
  else
    blocks.push({
      type: "note",
      text: "Inga möten är inlagda framåt. En samordnare lägger in ett med `möte <datum> <tid> [plats]`.",
    });
  if (latest) blocks.push({ type: "note", text: `Senaste mötet: ${latest.title}, ${meetingLine(latest)}.` });
  return reply("info", blocks);
}

export interface ProposedItem {
  text: string;
  by?: string;
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
}

function section(title: string, items: string[], empty: string): Block[] {
  return [
    { type: "heading", text: title },
    items.length ? { type: "bullets", items } : { type: "note", text: empty },
  ];
}

export function agendaBlocks(agenda: Agenda): Block[] {
  const { meeting } = agenda;
  const blocks: Block[] = [
    {
      type: "heading",
      text: meeting
        ? `Dagordning: ${meeting.title} ${formatDate(meeting.date)}`
        : "Dagordning för nästa möte",
    },
  ];
  if (meeting) blocks.push({ type: "text", text: meetingLine(meeting) });
  else blocks.push({ type: "note", text: "Inget möte är inlagt än; punkterna väntar till nästa möte." });
  let n = 1;
  const numbered = (title: string) => `${n++}. ${title}`;
  blocks.push(
    ...section(
      numbered("Föregående minnesanteckningar"),
      agenda.previousMeeting
        ? [`Från ${agenda.previousMeeting.title} ${formatDate(agenda.previousMeeting.date)}`]
        : [],
      "Inga tidigare minnesanteckningar.",
    ),
    ...section(
      numbered("Föreslagna punkter"),
      agenda.proposed.map((p) => (p.by ? `${p.text} (${p.by})` : p.text)),
      "Inga punkter är föreslagna. Lägg till med `agenda lägg till <text>`.",
    ),
    ...section(
      numbered("Aktiviteter med ändrad status sedan förra mötet"),
      agenda.changedSincePrevious.map(summaryLine),
      "Ingen aktivitet har ändrat status.",
    ),
    ...section(
      numbered("Försenade aktiviteter"),
      agenda.overdue.map(summaryLine),
      "Inga aktiviteter är försenade.",
    ),
    ...section(
      numbered("Deadline före nästa möte"),
      agenda.dueBeforeNext.map(summaryLine),
      "Inga deadlines före nästa möte.",
    ),
    ...section(numbered("Övriga frågor"), [], "—"),
    ...section(
      numbered("Nästa möte"),
      agenda.followingMeeting ? [meetingLine(agenda.followingMeeting)] : [],
      "Bestäms på mötet.",
    ),
  );
  return blocks;
}

export function agendaReply(agenda: Agenda): Reply {
  return reply("info", agendaBlocks(agenda));
}

export function agendaItemAddedReply(text: string, meeting?: MeetingView): Reply {
  return reply(
    "success",
    [
      {
        type: "text",
        text: meeting
          ? `Punkten ”${text}” står nu på dagordningen till ${meeting.title} ${formatDate(meeting.date)}.`
          : `Punkten ”${text}” är sparad och kommer med på dagordningen till nästa möte.`,
      },
    ],
    { effect: "changed" },
  );
}

/** The same point is already waiting for the next meeting. */
export function agendaItemWaitingReply(text: string, meeting?: MeetingView): Reply {
  return unchangedReply(
    meeting
      ? `Punkten ”${text}” står redan på dagordningen till ${meeting.title} ${formatDate(meeting.date)}.`
      : `Punkten ”${text}” står redan på dagordningen till nästa möte.`,
  );
}
