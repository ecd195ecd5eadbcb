// What a meeting's minutes hold, as plain data: the same for the draft in chat, the finalised text in
// the channel, the Markdown and Word files and the public page.
import type { LocalDate } from "./local-date.ts";
import type { MeetingView } from "./replies/meeting-replies.ts";

export interface MinutesPerson {
  name: string;
  organisation?: string;
}

export interface MinutesEntryView {
  kind: "note" | "decision";
  text: string;
}

export interface MinutesPoint {
  /** Its number on the meeting's agenda, as `anteckning <punkt>` names it. */
  number: number;
  title: string;
  entries: MinutesEntryView[];
  /** Handled at this meeting (marked, or something was written under it). */
  handled: boolean;
}

export interface MinutesWorkingGroup {
  name: string;
  members: string[];
  /** Its next meeting after the minuted one. */
  next?: MeetingView;
}

export interface MinutesTask {
  number: number;
  person: string;
  text: string;
  due?: LocalDate;
}

export interface MinutesDoc {
  meeting: MeetingView;
  state: "draft" | "final";
  finalisedOn?: LocalDate;
  /** Who took the minutes: the named note taker, else who finalised them. */
  noteTaker?: string;
  present: MinutesPerson[];
  invited: MinutesPerson[];
  /** The previous meeting of the same kind, and whether its minutes are final. */
  previous?: { meeting: MeetingView; final: boolean };
  /** `inga invändningar` (true), nothing said (undefined), and the objections made. */
  previousApproved?: boolean;
  objections: string[];
  points: MinutesPoint[];
  workingGroups: MinutesWorkingGroup[];
  /** The tasks given at this meeting. */
  tasks: MinutesTask[];
  next?: MeetingView;
}

/** The points the finalised minutes show: those handled at the meeting, in agenda order. */
export function minutedPoints(doc: MinutesDoc): MinutesPoint[] {
  return doc.points.filter((p) => p.handled || p.entries.length > 0);
}

/** Why a minutes command was refused; each becomes one polite reply. */
export type MinutesProblem =
  | { kind: "no_meeting" }
  | { kind: "final"; meeting: MeetingView }
  | { kind: "not_writer"; noteTaker?: string }
  | { kind: "point_not_found"; point: number; count: number; meeting: MeetingView }
  | { kind: "task_not_found"; number: number }
  | { kind: "working_group_not_found"; name: string; names: string[] }
  | { kind: "no_previous" }
  /** `närvarande` alone, and nobody answered *Jag kommer*. */
  | { kind: "no_attendance"; meeting: MeetingView };

/** "Lennart Bondeson (KD)": a name with its organisation, as the minutes list the present. */
export function personLine(p: MinutesPerson, separator: "parentheses" | "comma"): string {
  if (!p.organisation) return p.name;
  return separator === "comma" ? `${p.name}, ${p.organisation}` : `${p.name} (${p.organisation})`;
}
