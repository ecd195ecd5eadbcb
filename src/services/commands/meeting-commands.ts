// `möte …`, `möten`, `agenda` and `agenda lägg till …`.
import {
  agendaItemAddedReply,
  agendaReply,
  meetingCreatedReply,
  meetingsReply,
} from "../../core/replies/meeting-replies.js";
import {
  addAgendaItem,
  createMeeting,
  gatherAgenda,
  latestMeetingBefore,
  toMeetingView,
  upcomingMeetings,
} from "../meetings.js";
import type { Handler } from "./handler.js";

export const createMeetingCommand: Handler<"meeting_create"> = async (cmd, env) => {
  const input = {
    date: cmd.date,
    start: cmd.start,
    ...(cmd.end ? { end: cmd.end } : {}),
    ...(cmd.place ? { place: cmd.place } : {}),
  };
  return meetingCreatedReply(await createMeeting(env.db, env.ctx.group, input, env.now));
};

export const listMeetings: Handler<"meetings"> = async (_cmd, env) => {
  const upcoming = await upcomingMeetings(env.db, env.ctx.group, env.now);
  const latest = await latestMeetingBefore(env.db, env.ctx.group, env.now);
  return meetingsReply(upcoming, latest ? toMeetingView(latest, env.ctx.group.timeZone) : undefined);
};

export const showAgenda: Handler<"agenda_show"> = async (_cmd, env) => {
  const plan = await env.plan();
  return agendaReply(await gatherAgenda(env.db, env.ctx.group, plan, env.now, env.today));
};

export const addToAgenda: Handler<"agenda_add"> = async (cmd, env) => {
  const meeting = await addAgendaItem(env.db, env.ctx.group, env.ctx.actor, cmd.text, env.now);
  return agendaItemAddedReply(cmd.text, meeting);
};
