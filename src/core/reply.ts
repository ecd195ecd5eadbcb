// The platform-neutral reply model. The core decides what a reply says; Slack renders it as Block Kit,
// Teams as an Adaptive Card and the console as plain text. All strings here are plain text: renderers
// escape them for their own markup, so user text is never interpreted.
import type { Locale } from "../texts/locale.ts";
import type { Action } from "./actions.ts";
import type { ActivityForm } from "./activity-form.ts";
import type { ActivityStatus } from "./activity-status.ts";
import type { Party } from "./command.ts";
import type { LocalDate } from "./local-date.ts";

export interface UpdateView {
  status: ActivityStatus;
  comment?: string;
  author?: string;
  /** ISO instant. */
  at: string;
  /** The same instant as the group reads it, e.g. "2026-11-23 14:05". */
  atLocal: string;
}

export interface ActivitySummary {
  id: number;
  number: number;
  title: string;
  status: ActivityStatus;
  dueDate?: LocalDate;
  /** Overdue by the one rule (core/activity-rules.ts): status försenad, or past its deadline and open. */
  overdue: boolean;
  /** Its deadline has passed and it is still open. Set by `activitySummary`; absent reads as false. */
  pastDeadline?: boolean;
  owners: string[];
}

export interface ActivityView extends ActivitySummary {
  planName: string;
  principle?: string;
  party: Party;
  commitment?: string;
  description?: string;
  responsibleOrg?: string;
  commissioner?: string;
  partners?: string;
  followUp?: string;
  updates: UpdateView[];
}

export interface Field {
  label: string;
  value: string;
}

/** A button a surface may offer: a typed action (core/actions.ts), never a command line to re-parse. */
export interface ReplyAction {
  label: string;
  action: Action;
  style?: "primary" | "danger";
}

export type Block =
  | { type: "heading"; text: string }
  | { type: "text"; text: string }
  | { type: "fields"; fields: Field[] }
  | { type: "bullets"; items: string[] }
  | { type: "activity"; activity: ActivityView }
  | { type: "activity_list"; items: ActivitySummary[]; emptyText: string }
  | { type: "actions"; actions: ReplyAction[] }
  | { type: "note"; text: string };

/** A one-line message for the whole channel, e.g. when a status changes. */
export interface Announcement {
  text: string;
  activityNumber?: number;
}

/** A file the surface should attach where it can (Slack uploads it; others say how to get it). */
export type Attachment = FollowUpAttachment | MinutesAttachment;

export interface FollowUpAttachment {
  /** The follow-up workbook (`rapport fil`), or the year's statusrapport as a Word document. */
  kind: "follow_up_workbook" | "status_report";
  fileName: string;
  planName: string;
  /** The statusrapport's year and what it was narrowed to. */
  report?: { year: number; principle?: string; party?: Party };
  /** What to say where the surface cannot attach files. */
  fallback: string;
}

/** `protokoll fil`: a meeting's minutes, as a Word file (`fileName`) and as Markdown. */
export interface MinutesAttachment {
  kind: "minutes";
  fileName: string;
  markdownFileName: string;
  meetingId: number;
  /** The meeting's title and date, for the files' titles. */
  meetingTitle: string;
  date: string;
  fallback: string;
}

/**
 * What a command did to what is stored, so that no surface has to guess it from a tone or a missing
 * announcement:
 * - "changed": stored now; the surface may redraw and announce.
 * - "unchanged": a new request for what already is (the same status without a comment, the same
 *   deadline, an owner who already is one): nothing was stored and nothing is announced.
 * - "sent": nothing in the group changed, but the reply carries something that must go out once (the
 *   follow-up workbook of `rapport fil`); it is kept like a change, so a redelivery does not send it again.
 * - "repeat": this delivery (the same key: a Slack redelivery, a double click, a concurrent copy) was
 *   handled before; the answer is the first one's, and the surface neither announces nor redraws again.
 * Absent on replies to commands that only read, and on errors (which change nothing).
 */
export type ReplyEffect = "changed" | "sent" | "unchanged" | "repeat";

export interface Reply {
  /** "error" replies are always shown only to the person who typed. */
  tone: "info" | "success" | "error";
  visibility: "ephemeral" | "channel";
  blocks: Block[];
  announcement?: Announcement;
  attachment?: Attachment;
  effect?: ReplyEffect;
  /** The language it is written in, so that a renderer labels its buttons and cards alike. */
  locale?: Locale;
  /** A form the reply offers (Ny aktivitet), which a surface with forms may open instead of showing it. */
  form?: ActivityForm;
}

export function reply(tone: Reply["tone"], blocks: Block[], extra: Partial<Reply> = {}): Reply {
  return { tone, visibility: "ephemeral", blocks, ...extra };
}

/** The reply marked with the language it was written in (kept when already marked). */
export function inLocale(r: Reply, locale: Locale): Reply {
  return r.locale ? r : { ...r, locale };
}

/** For surfaces that cannot attach files: the reply with a note saying how to get the file instead. */
export function withoutAttachment(r: Reply): Reply {
  if (!r.attachment) return r;
  const { attachment, ...rest } = r;
  return { ...rest, blocks: [...rest.blocks, { type: "note", text: attachment.fallback }] };
}

export function textReply(text: string, tone: Reply["tone"] = "info"): Reply {
  return reply(tone, [{ type: "text", text }]);
}

/** A reply's text and notes as one line, for a terminal's stderr (no markup, no line breaks). */
export function replyAsLine(r: Reply): string {
  return r.blocks
    .flatMap((b) => (b.type === "text" || b.type === "note" ? [b.text.replace(/`/g, "")] : []))
    .join(" ")
    .replace(/\s+/g, " ")
    .trim();
}
