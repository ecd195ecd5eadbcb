// What happened when a surface knocked on the one door, said explicitly, so that no surface has to
// guess it: the reply and who sees it, whether the message the action came from is redrawn, whether
// this was a repeat, the lines the group's channels are told, a file to attach, and a form to open.

import type { Locale } from "../texts/locale.ts";
import type { ActivityForm } from "./activity-form.ts";
import type { ActivityStatus } from "./activity-status.ts";
import type { Command } from "./command.ts";
import type { LocalDate } from "./local-date.ts";
import type { Attachment, Reply, ReplyEffect } from "./reply.ts";

export interface GroupAnnouncement {
  groupId: number;
  text: string;
  /** The language of the text (the group's), for what a surface adds to it; absent reads as Swedish. */
  locale?: Locale;
}

/** A form the surface opens where it has forms (Slack: a modal; Teams: inputs on the card). */
export interface StatusForm {
  kind: "status";
  number: number;
  status: ActivityStatus;
  dueDate?: LocalDate;
}

/** A file to attach where the surface can (Slack uploads it), with what to say where it cannot. */
export interface OutcomeFile {
  kind: Attachment["kind"];
  fileName: string;
  fallback: string;
  title: string;
  comment: string;
  content(): Promise<Buffer>;
}

export interface Outcome {
  reply: Reply;
  /** Answers to the earlier commands of the same action (a form's new deadline), shown after `reply`. */
  before?: Reply[];
  /** "person": shown only to whoever acted; "channel": to everyone where it was said. */
  audience: "person" | "channel";
  /** An action's answer replaces the message or card the action was pressed on. */
  redraw: boolean;
  /** Absent when nothing was asked to change (a read, an error). */
  effect?: ReplyEffect;
  /** Lines for the group's channels (a status change), sent by `door.announce` once the answer is shown. */
  announcements: GroupAnnouncement[];
  file?: OutcomeFile;
  /** Further files to attach with it (the minutes come as Word and as Markdown). */
  moreFiles?: OutcomeFile[];
  /** A form the surface may open instead of showing `reply` (a trigger to open it may be needed). */
  form?: StatusForm | ActivityForm;
  /** A command that only reads, which a surface may run again to draw another page. */
  rerun?: Command;
  /** The group the outcome concerns and the member who acted, when they were found. */
  groupId?: number;
  memberId?: number;
}
