// Identifiers of our interactive elements and what their values carry: a typed action (core/actions.ts)
// and, on an activity's buttons, the version of the activity they were drawn for. What comes back from
// Slack is validated like anything typed.
import { z } from "zod";
import { type Action, parseAction } from "../../core/actions.ts";
import type { Locale } from "../../texts/index.ts";
import { LIMITS } from "./block-limits.ts";

export const ACTION = /^lok:act:\d+$/;
export const actionId = (index: number) => `lok:act:${index}`;
export const SHOW_MORE_ACTION = "lok:page";
export const STATUS_MODAL = "lok:status_modal";
export const ACTIVITY_MODAL = "lok:activity_modal";

const buttonValue = z.object({
  a: z.unknown(),
  /** What the activity looked like when the button was drawn (its latest update), so a press is keyed to it. */
  v: z.string().max(100).optional(),
  /** On the button that opens the status form: the language of the message, which the form is written in. */
  l: z.string().max(8).optional(),
});

/** "Visa fler": a page of a reply to a command that reads, or of App Home. */
const pageValue = z.union([
  z.object({ a: z.unknown() }),
  z.object({ home: z.number().int().positive().max(1000) }),
]);

function encode(value: object): string {
  const text = JSON.stringify(value);
  if (text.length > LIMITS.buttonValue) throw new Error("button value too long");
  return text;
}

function json(raw: string | undefined): unknown {
  if (!raw) return undefined;
  try {
    return JSON.parse(raw);
  } catch {
    return undefined;
  }
}

export const encodeButtonValue = (action: Action, version?: string, locale?: Locale) =>
  encode({ a: action, ...(version ? { v: version } : {}), ...(locale ? { l: locale } : {}) });

export function decodeButtonValue(
  raw: string | undefined,
): { action: Action; version?: string; locale?: string } | undefined {
  const parsed = buttonValue.safeParse(json(raw));
  const action = parsed.success ? parseAction(parsed.data.a) : undefined;
  if (!parsed.success || !action) return undefined;
  return {
    action,
    ...(parsed.data.v ? { version: parsed.data.v } : {}),
    ...(parsed.data.l ? { locale: parsed.data.l } : {}),
  };
}

export type PageTarget = { kind: "action"; action: Action } | { kind: "home"; page: number };

export const encodePageValue = (target: PageTarget) =>
  encode(target.kind === "home" ? { home: target.page } : { a: target.action });

export function decodePageValue(raw: string | undefined): PageTarget | undefined {
  const parsed = pageValue.safeParse(json(raw));
  if (!parsed.success) return undefined;
  if ("home" in parsed.data) return { kind: "home", page: parsed.data.home };
  const action = parseAction(parsed.data.a);
  return action?.kind === "page" ? { kind: "action", action } : undefined;
}
