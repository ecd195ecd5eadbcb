// What the bot says about the demo: that its plan is real and its dates are not.
import type { Reply } from "../reply.js";
import { reply } from "../reply.js";

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
