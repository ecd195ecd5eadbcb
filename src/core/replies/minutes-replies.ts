// Replies to the minutes' commands. Each says which meeting it wrote to; refusals say what to type.
import type { Messages } from "../../texts/index.ts";
import type { MinutesDoc, MinutesProblem, MinutesTask } from "../minutes.ts";
import { type MinutesLine, minutesLayout, minutesPlainText } from "../minutes-layout.ts";
import type { Attachment, Block, Reply } from "../reply.ts";
import { reply } from "../reply.ts";
import { type MeetingView, meetingLine } from "./meeting-replies.ts";
import { unchangedReply } from "./no-change-replies.ts";

export interface MeetingTarget {
  view: MeetingView;
  held: boolean;
  /** A coming meeting (the note taker is named before it begins). */
  coming?: true;
}

function which(t: Messages, target: MeetingTarget): Block {
  return {
    type: "note",
    text: t.minutes.forMeeting(
      target.view.title,
      meetingLine(t, target.view),
      target.held ? "held" : target.coming ? "next" : "latest",
    ),
  };
}

function changed(t: Messages, target: MeetingTarget, lines: string[], extra: Partial<Reply> = {}): Reply {
  return reply("success", [...lines.map((text) => ({ type: "text" as const, text })), which(t, target)], {
    effect: "changed",
    ...extra,
  });
}

function unchanged(t: Messages, target: MeetingTarget, text: string): Reply {
  const r = unchangedReply(t, text);
  return { ...r, blocks: [...r.blocks, which(t, target)] };
}

export function presentReply(
  t: Messages,
  target: MeetingTarget,
  r: { added: string[]; already: string[]; notMembers: string[] },
): Reply {
  const m = t.minutes;
  if (r.added.length === 0) return unchanged(t, target, m.presentAlready(r.already));
  return changed(t, target, [
    m.presentAdded(r.added),
    ...(r.already.length ? [m.presentAlready(r.already)] : []),
    ...(r.notMembers.length ? [m.notMembers(r.notMembers)] : []),
  ]);
}

export function invitedReply(
  t: Messages,
  target: MeetingTarget,
  r: { name: string; organisation?: string; added: boolean },
): Reply {
  return r.added
    ? changed(t, target, [t.minutes.invitedAdded(r.name, r.organisation)])
    : unchanged(t, target, t.minutes.invitedAlready(r.name));
}

export function entryReply(
  t: Messages,
  target: MeetingTarget,
  kind: "note" | "decision",
  point: number,
  title: string,
): Reply {
  return changed(t, target, [
    kind === "note" ? t.minutes.noteAdded(point, title) : t.minutes.decisionAdded(point, title),
  ]);
}

const due = (t: Messages, task: MinutesTask) => (task.due ? t.dates.date(task.due) : undefined);

export function taskAddedReply(
  t: Messages,
  target: MeetingTarget,
  task: MinutesTask,
  member: boolean,
): Reply {
  return changed(t, target, [
    t.minutes.taskAdded(task.number, task.person, task.text, due(t, task)),
    ...(member ? [] : [t.minutes.notMembers([task.person])]),
  ]);
}

export function taskClosedReply(t: Messages, task: MinutesTask, closed: boolean): Reply {
  if (!closed) return unchangedReply(t, t.minutes.taskAlreadyDone(task.number));
  return reply("success", [{ type: "text", text: t.minutes.taskDone(task.number, task.person, task.text) }], {
    effect: "changed",
  });
}

export function tasksReply(t: Messages, tasks: readonly MinutesTask[]): Reply {
  const m = t.minutes;
  if (tasks.length === 0)
    return reply("info", [
      { type: "heading", text: m.tasksHeading },
      { type: "note", text: m.noTasks },
    ]);
  return reply("info", [
    { type: "heading", text: m.tasksHeading },
    {
      type: "bullets",
      items: tasks.map((task) => m.taskLine(task.number, task.person, task.text, due(t, task))),
    },
    { type: "note", text: m.tasksHint },
  ]);
}

export function workingGroupCreatedReply(t: Messages, name: string, created: boolean): Reply {
  return created
    ? reply("success", [{ type: "text", text: t.minutes.workingGroupCreated(name) }], { effect: "changed" })
    : unchangedReply(t, t.minutes.workingGroupExists(name));
}

export function workingGroupMembersReply(t: Messages, name: string, members: readonly string[]): Reply {
  return reply("success", [{ type: "text", text: t.minutes.workingGroupMembers(name, members) }], {
    effect: "changed",
  });
}

export function workingGroupsReply(
  t: Messages,
  groups: readonly { name: string; members: string[]; next?: MeetingView }[],
): Reply {
  const m = t.minutes;
  if (groups.length === 0)
    return reply("info", [
      { type: "heading", text: m.workingGroupsHeading },
      { type: "note", text: m.noWorkingGroups },
    ]);
  return reply("info", [
    { type: "heading", text: m.workingGroupsHeading },
    {
      type: "bullets",
      items: groups.map((g) => m.workingGroupLine(g.name, g.members, g.next && meetingLine(t, g.next))),
    },
  ]);
}

export function noteTakerReply(t: Messages, target: MeetingTarget, name: string): Reply {
  return changed(t, target, [t.minutes.noteTakerSet(name)]);
}

export function previousMinutesReply(
  t: Messages,
  target: MeetingTarget,
  previous: MeetingView,
  objection: boolean,
): Reply {
  const date = t.dates.date(previous.date);
  return changed(t, target, [objection ? t.minutes.objectionAdded(date) : t.minutes.noObjectionsAdded(date)]);
}

/** The layout as chat blocks: headings, paragraphs as text, bullets together. */
export function minutesBlocks(lines: readonly MinutesLine[]): Block[] {
  const blocks: Block[] = [];
  for (const l of lines) {
    if (l.type === "heading") blocks.push({ type: "heading", text: l.text });
    else if (l.type === "paragraph")
      blocks.push({ type: "text", text: l.label ? `${l.label} ${l.text}` : l.text });
    else {
      const last = blocks[blocks.length - 1];
      if (last?.type === "bullets") last.items.push(l.text);
      else blocks.push({ type: "bullets", items: [l.text] });
    }
  }
  return blocks;
}

export function minutesReply(t: Messages, target: MeetingTarget, doc: MinutesDoc): Reply {
  return reply("info", [
    ...minutesBlocks(minutesLayout(t, doc)),
    ...(doc.state === "draft" ? [{ type: "note" as const, text: t.minutes.draftNote }] : []),
    which(t, target),
  ]);
}

/** Final now: the whole text to the channel, as the reply and as its announcement. */
export function minutesFinalisedReply(t: Messages, target: MeetingTarget, doc: MinutesDoc): Reply {
  const lines = minutesLayout(t, doc);
  return reply(
    "success",
    [{ type: "text", text: t.minutes.finalised }, ...minutesBlocks(lines), which(t, target)],
    {
      effect: "changed",
      visibility: "channel",
      announcement: {
        text: `${t.minutes.finalisedAnnouncement(doc.meeting.title, doc.meeting.date)}\n\n${minutesPlainText(lines)}`,
      },
    },
  );
}

export function minutesAlreadyFinalReply(t: Messages, target: MeetingTarget, doc: MinutesDoc): Reply {
  const r = unchangedReply(t, t.minutes.alreadyFinal(t.dates.date(doc.finalisedOn ?? doc.meeting.date)));
  return { ...r, blocks: [...r.blocks, which(t, target)] };
}

/** `protokoll fil`: the minutes as files where the surface can upload them, the text where it cannot. */
export function minutesFileReply(
  t: Messages,
  target: MeetingTarget,
  doc: MinutesDoc,
  attachment: Attachment,
): Reply {
  return { ...minutesReply(t, target, doc), attachment, effect: "sent" };
}

export function minutesErrorReply(t: Messages, problem: MinutesProblem): Reply {
  const e = t.minutes.errors;
  const error = (text: string, hint: string) =>
    reply("error", [
      { type: "text", text },
      { type: "note", text: hint },
    ]);
  switch (problem.kind) {
    case "no_meeting":
      return error(e.noMeeting, e.noMeetingHint);
    case "final":
      return error(e.final(problem.meeting.title, t.dates.date(problem.meeting.date)), e.finalHint);
    case "not_writer":
      return error(e.notWriter(problem.noteTaker), e.notWriterHint);
    case "point_not_found":
      return error(
        e.pointNotFound(
          problem.point,
          problem.count,
          `${problem.meeting.title} ${t.dates.date(problem.meeting.date)}`,
        ),
        e.pointNotFoundHint,
      );
    case "task_not_found":
      return error(e.taskNotFound(problem.number), e.taskNotFoundHint);
    case "working_group_not_found":
      return error(e.workingGroupNotFound(problem.name, problem.names), e.workingGroupNotFoundHint);
    case "no_previous":
      return error(e.noPrevious, e.noPreviousHint);
    case "no_attendance":
      return error(
        e.noAttendance(`${problem.meeting.title} ${t.dates.date(problem.meeting.date)}`),
        e.noAttendanceHint,
      );
  }
}
