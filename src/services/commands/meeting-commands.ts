// `möte …`, `möten`, `agenda` and `agenda lägg till …`. The same meeting or point again changes nothing.

import { DomainError } from "../../core/domain-error.ts";
import {
  agendaItemAddedReply,
  agendaItemWaitingReply,
  agendaPointDeferredReply,
  agendaPointDoneReply,
  agendaPointMovedReply,
  agendaPointRemovedReply,
  agendaReply,
  attendanceReply,
  attendanceSetReply,
  meetingCreatedReply,
  meetingExistsReply,
  meetingMovedReply,
  meetingRemovedReply,
  meetingsReply,
  meetingUnmovedReply,
} from "../../core/replies/meeting-replies.ts";
import { meetingSeriesReply, yearWheelReply } from "../../core/replies/meeting-series-replies.ts";
import { unchangedReply } from "../../core/replies/no-change-replies.ts";
import { attendanceOf, setAttendance } from "../attendance.ts";
import { createMeetingSeries, meetingsOfYear } from "../meeting-series.ts";
import {
  addAgendaItem,
  createMeeting,
  deferAgendaPoint,
  gatherAgenda,
  latestMeetingBefore,
  markAgendaPointDone,
  moveAgendaPoint,
  moveMeeting,
  removeAgendaPoint,
  removeMeeting,
  toMeetingView,
  upcomingMeetings,
} from "../meetings.ts";
import { findWorkingGroup } from "../minutes.ts";
import type { Handler } from "./handler.ts";

export const createMeetingCommand: Handler<"meeting_create"> = async (cmd, env) => {
  const workingGroup = cmd.workingGroup
    ? await findWorkingGroup(env.db, env.ctx.group, cmd.workingGroup)
    : undefined;
  const input = {
    date: cmd.date,
    start: cmd.start,
    ...(cmd.end ? { end: cmd.end } : {}),
    ...(cmd.place ? { place: cmd.place } : {}),
    ...(workingGroup ? { workingGroup } : {}),
  };
  const { meeting, created, warnings } = await createMeeting(env.db, env.ctx.group, input, env.now);
  return created ? meetingCreatedReply(env.texts, meeting, warnings) : meetingExistsReply(env.texts, meeting);
};

export const removeMeetingCommand: Handler<"meeting_remove"> = async (cmd, env) =>
  meetingRemovedReply(env.texts, await removeMeeting(env.db, env.ctx.group, cmd.ref, env.now));

export const moveMeetingCommand: Handler<"meeting_move"> = async (cmd, env) => {
  const to = {
    date: cmd.date,
    ...(cmd.start ? { start: cmd.start } : {}),
    ...(cmd.end ? { end: cmd.end } : {}),
    ...(cmd.place ? { place: cmd.place } : {}),
  };
  const moved = await moveMeeting(env.db, env.ctx.group, cmd.ref, to, env.now);
  return moved.changed
    ? meetingMovedReply(env.texts, moved.before, moved.after, moved.warnings)
    : meetingUnmovedReply(env.texts, moved.before);
};

export const listMeetings: Handler<"meetings"> = async (_cmd, env) => {
  const upcoming = await upcomingMeetings(env.db, env.ctx.group, env.now);
  const latest = await latestMeetingBefore(env.db, env.ctx.group, env.now);
  return meetingsReply(
    env.texts,
    upcoming,
    latest ? toMeetingView(latest, env.ctx.group.timeZone) : undefined,
  );
};

export const showAgenda: Handler<"agenda_show"> = async (_cmd, env) => {
  const plan = await env.plan();
  return agendaReply(env.texts, await gatherAgenda(env.db, env.ctx.group, plan, env.now, env.today));
};

export const removeFromAgenda: Handler<"agenda_remove"> = async (cmd, env) =>
  agendaPointRemovedReply(
    env.texts,
    await removeAgendaPoint(env.db, env.ctx.group, env.ctx.actor, cmd.point, env.now),
  );

export const markAgendaDone: Handler<"agenda_done"> = async (cmd, env) => {
  const done = await markAgendaPointDone(env.db, env.ctx.group, cmd.point, env.now);
  return done.changed
    ? agendaPointDoneReply(env.texts, done.text)
    : unchangedReply(env.texts, env.texts.agenda.alreadyHandled(done.text));
};

export const addToAgenda: Handler<"agenda_add"> = async (cmd, env) => {
  const { meeting, added } = await addAgendaItem(env.db, env.ctx.group, env.ctx.actor, cmd.text, env.now);
  return added
    ? agendaItemAddedReply(env.texts, cmd.text, meeting)
    : agendaItemWaitingReply(env.texts, cmd.text, meeting);
};

export const moveOnAgenda: Handler<"agenda_move"> = async (cmd, env) => {
  const moved = await moveAgendaPoint(env.db, env.ctx.group, cmd.point, cmd.to, env.now);
  return agendaPointMovedReply(env.texts, moved.text, moved.to);
};

export const deferOnAgenda: Handler<"agenda_defer"> = async (cmd, env) => {
  const deferred = await deferAgendaPoint(env.db, env.ctx.group, cmd.point, env.now);
  return agendaPointDeferredReply(env.texts, deferred.text, deferred.from, deferred.to);
};

export const setAttendanceCommand: Handler<"attendance_set"> = async (cmd, env) => {
  const { meeting, changed } = await setAttendance(
    env.db,
    env.ctx.group,
    env.ctx.actor,
    cmd.answer,
    cmd.meeting,
    env.now,
  );
  return attendanceSetReply(env.texts, meeting, cmd.answer, changed);
};

export const showAttendance: Handler<"attendance_show"> = async (_cmd, env) => {
  const view = await attendanceOf(env.db, env.ctx.group, env.now);
  if (!view) throw new DomainError({ code: "attendance_no_meeting" });
  return attendanceReply(env.texts, view);
};

export const createMeetingSeriesCommand: Handler<"meeting_series"> = async (cmd, env) => {
  const input = {
    rule: cmd.rule,
    start: cmd.start,
    ...(cmd.end ? { end: cmd.end } : {}),
    ...(cmd.place ? { place: cmd.place } : {}),
    ...(cmd.until ? { until: cmd.until } : {}),
  };
  const outcome = await createMeetingSeries(env.db, env.ctx.group, input, env.now);
  return meetingSeriesReply(
    env.texts,
    cmd.rule,
    { start: cmd.start, ...(cmd.end ? { end: cmd.end } : {}) },
    cmd.place,
    outcome,
  );
};

export const yearWheel: Handler<"year_wheel"> = async (cmd, env) => {
  const year = cmd.year ?? Number(env.today.slice(0, 4));
  return yearWheelReply(env.texts, year, await meetingsOfYear(env.db, env.ctx.group, year), env.today);
};
