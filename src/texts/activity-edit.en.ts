// Adding and changing activities from chat, in English, in the shape of activity-edit.sv.ts.
import type { activityEditActionsSv, activityEditHelpSv, activityEditSv } from "./activity-edit.sv.ts";

/** "Anna, Helena and Tina" */
function join(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

const EXAMPLE =
  "new activity Meetings on premises for associations; principle dialog; party joint; deadline 15 March";

export const activityEditEn: typeof activityEditSv = {
  field: {
    title: "title",
    description: "description",
    principle: "principle",
    party: "party",
    commitment: "commitment",
    responsibleOrg: "responsible department/organisation",
    commissioner: "commissioner",
    partners: "partners",
    followUp: "follow-up",
    deadline: "deadline",
    owner: "owner",
  },
  required: { title: "a title", principle: "a principle", party: "a party (city, civil or joint)" },
  missing: (parts: readonly string[]) => `For a new activity I need ${join(parts)}.`,
  write: `For example, type \`${EXAMPLE}\`.`,
  principlesAre: (names: readonly string[]) => `The plan's principles are: ${join(names)}.`,
  noPrinciples: "The plan has no principles yet, so a new activity cannot be placed under one.",
  created: (n: number, title: string) => `Activity ${n}, “${title}”, is now in the plan.`,
  createdNote: (n: number) =>
    `Add an owner with \`owner ${n} <person>\`, and change it with \`change ${n} <field> <value>\`.`,
  changed: (n: number, field: string, value: string, previous?: string) =>
    `Changed on activity ${n}: ${field} “${value}”${previous ? ` (was “${previous}”)` : ""}.`,
  unchanged: (n: number, field: string, value: string) =>
    `Activity ${n} already has the ${field} “${value}”, so I changed nothing.`,
  cleared: (n: number, field: string, previous: string) =>
    `Emptied on activity ${n}: ${field} (was “${previous}”).`,
  alreadyEmpty: (n: number, field: string) =>
    `The ${field} of activity ${n} is already empty, so I changed nothing.`,
  cannotEmpty: (field: string) => `An activity must have a ${field}, so it cannot be emptied.`,
  cannotEmptyHint: (field: string) =>
    `Type a new value instead, for example \`change 13 ${field} <value>\`. The description, commitment, responsible org, commissioner, partners and follow-up can be emptied.`,
  deadlineCleared: (n: number, previous: string) =>
    `Activity ${n} no longer has a deadline (it was ${previous}).`,
  unknownPart: (given: string, command: string) => `I do not understand “${given}” in “${command}”.`,
  partsAre:
    "After the title, separated by semicolons, type `principle <principle>`, `party city|civil|joint` and, if you like, `deadline <date>`, `responsible org <text>` and `description <text>`.",
  badParty: (given: string) => `“${given}” is not a party I know.`,
  partyHint: "Type city, civil or joint, for example `party civil`.",
  changesHeading: "Changes",
  changeLine: (when: string, who: string | undefined, field: string, before: string, after: string) =>
    `${when}${who ? ` ${who}` : ""}: ${field} ${before} → ${after}`,
  createdLine: (when: string, who: string | undefined) =>
    `${when}${who ? ` ${who}` : ""}: added the activity`,
  none: "–",
  emptied: "(empty)",
  announceCreated: (title: string, by: string) => `🆕 ${title} – new activity (${by})`,
  announceChanged: (title: string, field: string, value: string, by: string) =>
    `✏️ ${title} – ${field}: ${value} (${by})`,
  announceDeadlineCleared: (title: string, by: string) => `✏️ ${title} – no deadline any more (${by})`,
  announceCleared: (title: string, field: string, by: string) => `✏️ ${title} – ${field}: (empty) (${by})`,
};

export const activityEditHelpEn: typeof activityEditHelpSv = {
  activity_create: {
    usage:
      "new activity <title>; principle <principle>; party city|civil|joint[; deadline <date>][; responsible org <text>][; description <text>]",
    description:
      "Add an activity to the plan. It gets the next free number. Type the principle as in `list <principle>`. In Slack and Teams, `new activity` with nothing after it opens a form; on the console it shows how to type the line.",
    example: EXAMPLE,
  },
  activity_change: {
    usage:
      "change <no> title|description|principle|party|commitment|responsible org|commissioner|partners|follow-up <value>",
    description:
      "Change one detail of an activity. With `none` (or `-`) as the value the field is emptied; the title, principle and party cannot be emptied. `show <no>` lists the changes, newest first.",
    example: "change 13 title Review the register of associations",
  },
  deadline_clear: {
    usage: "deadline <no> none",
    description: "Remove an activity's deadline.",
    example: "deadline 13 none",
  },
};

/** After "Only coordinators and administrators can …". */
export const activityEditActionsEn: typeof activityEditActionsSv = {
  activity_create: "add activities",
  activity_change: "change activities",
  deadline_clear: "remove a deadline",
};
