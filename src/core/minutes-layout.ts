// The minutes as a sequence of headings, paragraphs and bullets in the shape of the samverkansråd's
// own minutes: title with the group and the date, Närvarande, Inbjudna, Föregående minnesanteckningar,
// each point with its notes and decisions, Arbetsgrupper, Uppdrag, Nästa möte, Vid anteckningarna.
// Markdown, Word, chat and the web page each render this one layout.
import type { Messages } from "../texts/index.ts";
import { type MinutesDoc, type MinutesPerson, minutedPoints, personLine } from "./minutes.ts";
import type { MeetingView } from "./replies/meeting-replies.ts";

export type MinutesLine =
  | { type: "heading"; level: 1 | 2 | 3 | 4; text: string }
  /** A paragraph; `label` is set in bold before the text ("Närvarande:"). */
  | { type: "paragraph"; label?: string; text: string }
  | { type: "bullet"; text: string };

export interface LayoutOptions {
  /** The public page without names: people as their organisations, and no names of individuals. */
  withoutNames?: boolean;
  /** The files, which leave the chat: the group's name under the title, so they say whose they are. */
  groupName?: string;
}

export function meetingWhen(t: Messages, m: MeetingView, year: number): string {
  return t.minutes.doc.when(t.minutes.dayMonth(m.date, year), m.start, m.end, m.place);
}

export function minutesLayout(t: Messages, doc: MinutesDoc, options: LayoutOptions = {}): MinutesLine[] {
  const d = t.minutes.doc;
  const year = Number(doc.meeting.date.slice(0, 4));
  const hide = options.withoutNames === true;
  const people = (list: readonly MinutesPerson[], separator: "parentheses" | "comma") => {
    if (!hide) return list.map((p) => personLine(p, separator)).join(", ") || d.nobody;
    const organisations = [...new Set(list.flatMap((p) => (p.organisation ? [p.organisation] : [])))];
    return organisations.join(", ") || d.nobody;
  };
  const lines: MinutesLine[] = [
    { type: "heading", level: 1, text: doc.state === "final" ? d.heading : d.draftHeading },
    { type: "heading", level: 2, text: d.title(doc.meeting.title, doc.meeting.date) },
    ...(options.groupName ? [{ type: "paragraph" as const, text: options.groupName }] : []),
    { type: "paragraph", label: d.present, text: people(doc.present, "parentheses") },
  ];
  if (doc.invited.length)
    lines.push({ type: "paragraph", label: d.invited, text: people(doc.invited, "comma") });
  lines.push({ type: "heading", level: 3, text: d.previous });
  if (!doc.previous) lines.push({ type: "paragraph", text: d.noPrevious });
  else {
    lines.push({
      type: "paragraph",
      text: d.previousFrom(doc.previous.meeting.title, doc.previous.meeting.date),
    });
    if (doc.objections.length) {
      lines.push({ type: "paragraph", text: d.objections });
      for (const o of doc.objections) lines.push({ type: "bullet", text: o });
    } else lines.push({ type: "paragraph", text: doc.previousApproved ? d.noObjections : d.notChecked });
  }
  const points = doc.state === "final" ? minutedPoints(doc) : doc.points;
  for (const p of points) {
    lines.push({
      type: "heading",
      level: 3,
      text: doc.state === "final" ? p.title : `${p.number}. ${p.title}`,
    });
    if (p.entries.length === 0) lines.push({ type: "paragraph", text: d.noEntries });
    for (const e of p.entries)
      lines.push(
        e.kind === "decision"
          ? { type: "paragraph", label: d.decision, text: e.text }
          : { type: "paragraph", text: e.text },
      );
  }
  if (doc.workingGroups.length) {
    lines.push({ type: "heading", level: 3, text: d.workingGroups });
    doc.workingGroups.forEach((w, i) => {
      lines.push({ type: "heading", level: 4, text: d.workingGroupHeading(i + 1, w.name) });
      const text = [
        ...(w.members.length && !hide ? [d.workingGroupMembers(w.members)] : []),
        ...(w.next ? [d.workingGroupNext(meetingWhen(t, w.next, year))] : []),
      ].join(" ");
      if (text) lines.push({ type: "paragraph", text });
    });
  }
  if (doc.tasks.length) {
    lines.push({ type: "heading", level: 3, text: d.tasks });
    for (const task of doc.tasks)
      lines.push({
        type: "bullet",
        text: hide
          ? task.text
          : d.task(task.person, task.text, task.due ? t.minutes.dayMonth(task.due, year) : undefined),
      });
  }
  lines.push({ type: "heading", level: 3, text: d.nextMeeting });
  lines.push({ type: "paragraph", text: doc.next ? meetingWhen(t, doc.next, year) : d.nextNotPlanned });
  if (doc.state === "final") {
    lines.push({ type: "paragraph", text: d.byNoteTaker });
    if (doc.noteTaker && !hide) lines.push({ type: "paragraph", text: doc.noteTaker });
    if (doc.finalisedOn) lines.push({ type: "paragraph", text: doc.finalisedOn });
  }
  return lines;
}

/** The layout as plain text, for the channel: headings on lines of their own, blank lines between. */
export function minutesPlainText(lines: readonly MinutesLine[]): string {
  const out: string[] = [];
  for (const l of lines) {
    if (l.type === "bullet") out.push(`• ${l.text}`);
    else out.push(l.type === "paragraph" && l.label ? `${l.label} ${l.text}` : l.text, "");
  }
  return out
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
