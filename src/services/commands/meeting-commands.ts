// `möte …`, `möten`, `agenda` and `agenda lägg till …`. The same meeting or point again changes nothing.
import {
  agendaItemAddedReply,
  agendaItemWaitingReply,
  agendaReply,
  meetingCreatedReply,
  meetingExistsReply,
  meetingsReply,
} from "../../core/replies/meeting-replies.ts";
import {
  addAgendaItem,
  createMeeting,
  gatherAgenda,
  latestMeetingBefore,
  toMeetingView,
  upcomingMeetings,
} from "../meetings.ts";
import type { Handler } from "./handler.ts";

export const createMeetingCommand: Handler<"meeting_create"> = async (cmd, env) => {
  const input = {
    date: cmd.date,
    start: cmd.start,
    ...(cmd.end ? { end: cmd.end } : {}),
    ...(cmd.place ? { place: cmd.place } : {}),
  };
  const { meeting, created } = await createMeeting(env.db, env.ctx.group, input, env.now);
  return created ? meetingCreatedReply(env.texts, meeting) : meetingExistsReply(env.texts, meeting);
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

export const addToAgenda: Handler<"agenda_add"> = async (cmd, env) => {
  const { meeting, added } = await addAgendaItem(env.db, env.ctx.group, env.ctx.actor, cmd.text, env.now);
  return added
    ? agendaItemAddedReply(env.texts, cmd.text, meeting)
    : agendaItemWaitingReply(env.texts, cmd.text, meeting);
};
