// Identifiers of our interactive elements and what their values carry. A button stands for a command
// line (the core's ReplyAction.command), so pressing it means exactly what typing it means.
import { z } from "zod";
import { cleanIncomingText } from "../../core/incoming-text.ts";
import { LIMITS } from "./block-limits.ts";

export const COMMAND_ACTION = /^lok:cmd:\d+$/;
export const commandActionId = (index: number) => `lok:cmd:${index}`;
export const SHOW_MORE_ACTION = "lok:page";
export const STATUS_MODAL = "lok:status_modal";

/** A command line carried by a button: ours, but it comes back from outside like anything typed. */
const commandLine = z.string().min(1).max(500).transform(cleanIncomingText);

const commandValue = z.object({
  /** The command line the button stands for. */
  c: commandLine,
  /** What the activity looked like when the button was drawn (its latest update), so a press is keyed to it. */
  v: z.string().max(100).optional(),
});
export type CommandValue = z.input<typeof commandValue>;

const pageValue = z.object({
  /** A read-only command line to run again, or "home". */
  c: commandLine,
  p: z.number().int().positive(),
});
export type PageValue = z.input<typeof pageValue>;

function encode(value: object): string {
  const text = JSON.stringify(value);
  if (text.length > LIMITS.buttonValue) throw new Error("button value too long");
  return text;
}

function decode<T>(schema: z.ZodType<T>, raw: string | undefined): T | undefined {
  if (!raw) return undefined;
  try {
    const parsed = schema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

export const encodeCommandValue = (v: CommandValue) => encode(v);
export const decodeCommandValue = (raw: string | undefined) => decode(commandValue, raw);
export const encodePageValue = (v: PageValue) => encode(v);
export const decodePageValue = (raw: string | undefined) => decode(pageValue, raw);
