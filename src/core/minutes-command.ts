// The commands that write and show a meeting's minutes (minnesanteckningar), its tasks (uppdrag) and
// the group's working groups (arbetsgrupper). Part of the command language (command.ts), kept apart
// so that the family reads as a whole.
import { z } from "zod";
import { localDateSchema } from "./local-date.ts";

export const MAX_MINUTES_TEXT_LENGTH = 4000;
const MAX_NAME = 200;
const name = z.string().min(1).max(MAX_NAME);
const text = z.string().min(1).max(MAX_MINUTES_TEXT_LENGTH);
const point = z.number().int().positive();

export const MINUTES_COMMANDS = [
  /** `närvarande <namn>, <namn>…`: who were there. */
  /** No names: those who answered *Jag kommer* to the meeting. */
  z.object({ kind: z.literal("minutes_present"), names: z.array(name).max(200) }),
  /** `inbjuden <namn>[, <organisation>]`: a guest invited to the meeting. */
  z.object({ kind: z.literal("minutes_invited"), name, organisation: name.optional() }),
  /** `anteckning <punkt> <text>` / `beslut <punkt> <text>`: under the point of that number on the meeting's agenda. */
  z.object({ kind: z.literal("minutes_note"), point, text }),
  z.object({ kind: z.literal("minutes_decision"), point, text }),
  /**
   * `uppdrag <namn> <text> [till <datum>]`. `person` when typed apart (`uppdrag Malin Sandell: …`);
   * otherwise `text` starts with the name, which the service tells from the group's members.
   */
  z.object({
    kind: z.literal("task_add"),
    person: name.optional(),
    text,
    due: localDateSchema.optional(),
  }),
  /** `uppdrag klart <nr>`. */
  z.object({ kind: z.literal("task_done"), number: z.number().int().positive() }),
  /** `uppdrag`: the open tasks, numbered. */
  z.object({ kind: z.literal("tasks") }),
  /** `arbetsgrupp ny <namn>`. */
  z.object({ kind: z.literal("working_group_new"), name }),
  /** `arbetsgrupp <namn> medlemmar <namn>, <namn>…`. */
  z.object({
    kind: z.literal("working_group_members"),
    name,
    members: z.array(name).min(1).max(100),
  }),
  /** `arbetsgrupper`. */
  z.object({ kind: z.literal("working_groups") }),
  /** `protokoll`: the draft (or the final minutes). */
  z.object({ kind: z.literal("minutes_show") }),
  /** `protokoll klart`: final, posted to the channel and read-only from then on. */
  z.object({ kind: z.literal("minutes_final") }),
  /** `protokoll fil`: the minutes as Markdown and Word files where the surface can upload them. */
  z.object({ kind: z.literal("minutes_file") }),
  /** `protokollförare <namn>`: the member who may write the minutes besides samordnare. */
  z.object({ kind: z.literal("minutes_note_taker"), person: name }),
  /** `invändning <text>` / `inga invändningar`: on the previous meeting's minutes. */
  z.object({ kind: z.literal("minutes_objection"), text }),
  z.object({ kind: z.literal("minutes_no_objections") }),
] as const;
