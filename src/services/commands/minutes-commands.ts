// The minutes' commands: attendees, notes and decisions per point, tasks, working groups, the note
// taker, the previous minutes, and showing, finalising and exporting the minutes.

import {
  entryReply,
  invitedReply,
  minutesAlreadyFinalReply,
  minutesFileReply,
  minutesFinalisedReply,
  minutesReply,
  noteTakerReply,
  presentReply,
  previousMinutesReply,
  taskAddedReply,
  taskClosedReply,
  tasksReply,
  workingGroupCreatedReply,
  workingGroupMembersReply,
  workingGroupsReply,
} from "../../core/replies/minutes-replies.ts";
import {
  addTask,
  closeTask,
  createWorkingGroup,
  finaliseMinutes,
  gatherMinutes,
  minutesForWriter,
  minutesMeeting,
  openTasks,
  recordEntry,
  recordInvited,
  recordPresent,
  recordPreviousMinutes,
  setNoteTaker,
  setWorkingGroupMembers,
  workingGroupsOf,
} from "../minutes.ts";
import { minutesFileSlug } from "../minutes-files.ts";
import type { Handler } from "./handler.ts";

export const minutesPresent: Handler<"minutes_present"> = async (cmd, env) => {
  const r = await recordPresent(env.db, env.ctx.group, env.ctx.actor, cmd.names, env.now);
  return presentReply(env.texts, r.target, r);
};

export const minutesInvited: Handler<"minutes_invited"> = async (cmd, env) => {
  const input = { name: cmd.name, ...(cmd.organisation ? { organisation: cmd.organisation } : {}) };
  const r = await recordInvited(env.db, env.ctx.group, env.ctx.actor, input, env.now);
  return invitedReply(env.texts, r.target, r);
};

export const minutesNote: Handler<"minutes_note"> = async (cmd, env) => {
  const input = { kind: "note" as const, point: cmd.point, text: cmd.text };
  const r = await recordEntry(env.db, env.ctx.group, env.ctx.actor, input, env.now);
  return entryReply(env.texts, r.target, "note", cmd.point, r.title);
};

export const minutesDecision: Handler<"minutes_decision"> = async (cmd, env) => {
  const input = { kind: "decision" as const, point: cmd.point, text: cmd.text };
  const r = await recordEntry(env.db, env.ctx.group, env.ctx.actor, input, env.now);
  return entryReply(env.texts, r.target, "decision", cmd.point, r.title);
};

export const taskAdd: Handler<"task_add"> = async (cmd, env) => {
  const input = {
    text: cmd.text,
    ...(cmd.person ? { person: cmd.person } : {}),
    ...(cmd.due ? { due: cmd.due } : {}),
  };
  const r = await addTask(env.db, env.ctx.group, env.ctx.actor, input, env.now);
  return taskAddedReply(env.texts, r.target, r.task, r.member);
};

export const taskDone: Handler<"task_done"> = async (cmd, env) => {
  const r = await closeTask(env.db, env.ctx.group, env.ctx.actor, cmd.number, env.now);
  return taskClosedReply(env.texts, r.task, r.closed);
};

export const listTasks: Handler<"tasks"> = async (_cmd, env) =>
  tasksReply(env.texts, await openTasks(env.db, env.ctx.group));

export const workingGroupNew: Handler<"working_group_new"> = async (cmd, env) => {
  const r = await createWorkingGroup(env.db, env.ctx.group, env.ctx.actor, cmd.name, env.now);
  return workingGroupCreatedReply(env.texts, r.name, r.created);
};

export const workingGroupMembers: Handler<"working_group_members"> = async (cmd, env) => {
  const input = { name: cmd.name, members: cmd.members };
  const r = await setWorkingGroupMembers(env.db, env.ctx.group, env.ctx.actor, input, env.now);
  return workingGroupMembersReply(env.texts, r.name, r.members);
};

export const listWorkingGroups: Handler<"working_groups"> = async (_cmd, env) =>
  workingGroupsReply(env.texts, await workingGroupsOf(env.db, env.ctx.group, env.now));

export const minutesShow: Handler<"minutes_show"> = async (_cmd, env) => {
  const target = await minutesMeeting(env.db, env.ctx.group, env.now);
  return minutesReply(env.texts, target, await gatherMinutes(env.db, env.ctx.group, target.meeting));
};

export const minutesFinal: Handler<"minutes_final"> = async (_cmd, env) => {
  const r = await finaliseMinutes(env.db, env.ctx.group, env.ctx.actor, env.now);
  return r.finalised
    ? minutesFinalisedReply(env.texts, r.target, r.doc)
    : minutesAlreadyFinalReply(env.texts, r.target, r.doc);
};

/** The files are this command's effect: a repeated delivery answers without uploading them again. */
export const minutesFile: Handler<"minutes_file"> = async (_cmd, env) => {
  const target = await minutesForWriter(env.db, env.ctx.group, env.ctx.actor, env.now);
  const doc = await gatherMinutes(env.db, env.ctx.group, target.meeting);
  const slug = minutesFileSlug(target.view.title);
  const m = env.texts.minutes;
  return minutesFileReply(env.texts, target, doc, {
    kind: "minutes",
    fileName: m.fileName(slug, target.view.date, "docx"),
    markdownFileName: m.fileName(slug, target.view.date, "md"),
    meetingId: target.meeting.id,
    meetingTitle: target.view.title,
    date: target.view.date,
    fallback: m.fileFallback,
  });
};

export const minutesNoteTaker: Handler<"minutes_note_taker"> = async (cmd, env) => {
  const r = await setNoteTaker(env.db, env.ctx.group, cmd.person, env.now);
  return noteTakerReply(env.texts, r.target, r.name);
};

export const minutesObjection: Handler<"minutes_objection"> = async (cmd, env) => {
  const r = await recordPreviousMinutes(env.db, env.ctx.group, env.ctx.actor, cmd.text, env.now);
  return previousMinutesReply(env.texts, r.target, r.previous, true);
};

export const minutesNoObjections: Handler<"minutes_no_objections"> = async (_cmd, env) => {
  const r = await recordPreviousMinutes(env.db, env.ctx.group, env.ctx.actor, undefined, env.now);
  return previousMinutesReply(env.texts, r.target, r.previous, false);
};
