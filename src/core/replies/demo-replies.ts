// What the bot says about the demo: that its plan is real and its dates are not.
import { joinSwedish } from "../labels.ts";
import type { Reply } from "../reply.ts";
import { reply } from "../reply.ts";

/** Said wherever the demo group is greeted: a newcomer should not take its dates for a real plan's. */
export const DEMO_DATES_NOTE =
  "Det här är demon: Örebros handlingsplan 2017–2018 med planens aktiviteter och ord, men datumen är demons egna. Deadlines, status och möten är utlagda kring dagen då demon lästes in, så att några aktiviteter är klara, några snart ska vara klara och några är försenade.";

export function demoLoadedReply(groupName: string, planName: string, activities: number): Reply {
  return reply("success", [
    { type: "text", text: `Demodatan är inläst: ${groupName}, ${planName} med ${activities} aktiviteter.` },
    {
      type: "note",
      text: "Datumen är demons egna, utlagda kring i dag. Skriv npm start för att pröva konsolen.",
    },
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

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "3 statusuppdateringar, 1 möte och 2 kanalkopplingar" */
export function demoLossesText(l: DemoLosses): string {
  const parts = [
    l.statusUpdates && count(l.statusUpdates, "statusuppdatering", "statusuppdateringar"),
    l.changedActivities &&
      count(
        l.changedActivities,
        "ändrad aktivitet (deadline, status eller ansvariga)",
        "ändrade aktiviteter (deadlines, status eller ansvariga)",
      ),
    l.meetings && count(l.meetings, "inlagt möte", "inlagda möten"),
    l.agendaItems &&
      count(l.agendaItems, "föreslagen punkt till dagordningen", "föreslagna punkter till dagordningen"),
    l.members && count(l.members, "ny medlem", "nya medlemmar"),
    l.channelBindings &&
      count(
        l.channelBindings,
        "koppling till en Slack- eller Teams-kanal",
        "kopplingar till Slack- eller Teams-kanaler",
      ),
  ].filter((p): p is string => Boolean(p));
  return joinSwedish(parts);
}

/** Before reloading a demo group that people have used: what goes, and how to say yes. */
export function demoReloadWarning(groupName: string, losses: DemoLosses, interactive: boolean): Reply {
  return reply("error", [
    {
      type: "text",
      text: `${groupName} har använts sedan demon lästes in. Läser jag om demon försvinner ${demoLossesText(losses)}; andra grupper lämnas orörda.`,
    },
    {
      type: "note",
      text: interactive
        ? "Skriv ja för att läsa om demon, eller något annat för att avbryta:"
        : "Ingenting ändrades. Kör npx lok demo --ja för att läsa om den ändå.",
    },
  ]);
}

export function demoNotReloadedReply(): Reply {
  return reply("info", [{ type: "text", text: "Demon lästes inte om; ingenting ändrades." }]);
}
