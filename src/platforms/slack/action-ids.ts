// Identifiers of our interactive elements and what their values carry. A button stands for a command
// line (the core's ReplyAction.command), so pressing it means exactly what typing it means.
import { z } from "zod";
import { LIMITS } from "./block-limits.js";

export const COMMAND_ACTION = /^lok:cmd:\d+$/;
export const commandActionId = (index: number) => `lok:cmd:${index}`;
export const SHOW_MORE_ACTION = "lok:page";
export const STATUS_MODAL = "lok:status_modal";

const commandValue = z.object({
  /** The command line the button stands for. */
  c: z.string().min(1).max(500),
  /** What the activity looked like when the button was drawn (its latest update), so a press is keyed to it. */
  v: z.string().max(100).optional(),
});
export type CommandValue = z.infer<typeof commandValue>;

const pageValue = z.object({
  /** A read-only command line to run again, or "home". */
  c: z.string().min(1).max(500),
  p: z.number().int().positive(),
});
export type PageValue = z.infer<typeof pageValue>;

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
