// What the bot says about the demo: that its plan is real and its dates are not.
import type { Messages } from "../../texts/index.ts";
import type { Reply } from "../reply.ts";
import { reply } from "../reply.ts";

export function demoLoadedReply(t: Messages, groupName: string, planName: string, activities: number): Reply {
  return reply("success", [
    { type: "text", text: t.demo.loaded(groupName, planName, activities) },
    { type: "note", text: t.demo.loadedNote },
  ]);
}

/** What would be lost by reloading the demo, counted; the shape of services/demo.ts's DemoHistory. */
export interface DemoLosses {
  statusUpdates: number;
  changedActivities: number;
  meetings: number;
  agendaItems: number;
  members: number;
  channelBindings: number;
}

/** "3 statusuppdateringar, 1 möte och 2 kanalkopplingar" */
export function demoLossesText(t: Messages, l: DemoLosses): string {
  const d = t.demo;
  const parts = [
    l.statusUpdates && d.statusUpdates(l.statusUpdates),
    l.changedActivities && d.changedActivities(l.changedActivities),
    l.meetings && d.meetings(l.meetings),
    l.agendaItems && d.agendaItems(l.agendaItems),
    l.members && d.members(l.members),
    l.channelBindings && d.channelBindings(l.channelBindings),
  ].filter((p): p is string => Boolean(p));
  return t.common.join(parts);
}

/** Before reloading a demo group that people have used: what goes, and how to say yes. */
export function demoReloadWarning(
  t: Messages,
  groupName: string,
  losses: DemoLosses,
  interactive: boolean,
): Reply {
  return reply("error", [
    { type: "text", text: t.demo.reloadWarning(groupName, demoLossesText(t, losses)) },
    { type: "note", text: interactive ? t.demo.reloadQuestion : t.demo.reloadRefused },
  ]);
}

export function demoNotReloadedReply(t: Messages): Reply {
  return reply("info", [{ type: "text", text: t.demo.notReloaded }]);
}
