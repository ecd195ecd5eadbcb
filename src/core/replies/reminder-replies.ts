// What the bot says on its own initiative: deadline reminders, the meeting-day reminder, the follow-up
// after a meeting and the weekly digest. Channel posts are visible to everyone; reminders go to one person.
import { daysBetween } from "../calendar.ts";
import { formatDate } from "../labels.ts";
import type { LocalDate } from "../local-date.ts";
import type { ActivitySummary, Block, Reply, ReplyAction } from "../reply.ts";
import { reply } from "../reply.ts";
import { summaryLine } from "./list-replies.ts";
import { type Agenda, agendaBlocks, type MeetingView, meetingLine } from "./meeting-replies.ts";

/** The quick actions under a reminder. */
export function reminderActions(number: number): ReplyAction[] {
  return [
    { label: "Klar", action: { kind: "set_status", number, status: "klar" }, style: "primary" },
    { label: "Pågår", action: { kind: "set_status", number, status: "pagar" } },
    { label: "Försenad", action: { kind: "set_status", number, status: "forsenad" } },
    { label: "Visa", action: { kind: "show", number } },
  ];
}

function whenText(dueDate: LocalDate, today: LocalDate): string {
  const days = daysBetween(today, dueDate);
  if (days === 0) return `har deadline i dag (${formatDate(dueDate)})`;
  if (days === 1) return `har deadline i morgon (${formatDate(dueDate)})`;
  if (days > 1) return `har deadline om ${days} dagar, ${formatDate(dueDate)}`;
  return `skulle ha varit klar ${formatDate(dueDate)} (${-days} dagar sedan)`;
}

const QUIET_HINT = "Ledig? `tyst till <datum>` pausar dina påminnelser.";

export function deadlineReminderReply(
  activity: ActivitySummary & { dueDate: LocalDate },
  today: LocalDate,
): Reply {
  return reply("info", [
    { type: "text", text: `Påminnelse: aktivitet ${activity.number} ${whenText(activity.dueDate, today)}.` },
    { type: "activity_list", items: [activity], emptyText: "" },
    {
      type: "text",
      text:
        "Hur går det? Svara med en knapp eller skriv till exempel `status " +
        `${activity.number} pågår <kommentar>\`.`,
    },
    { type: "actions", actions: reminderActions(activity.number) },
    { type: "note", text: QUIET_HINT },
  ]);
}

export function followUpReply(activity: ActivitySummary, meeting: MeetingView): Reply {
  return reply("info", [
    {
      type: "text",
      text: `Efter ${meeting.title} ${formatDate(meeting.date)}: aktivitet ${activity.number} är försenad. Vill du berätta hur det går?`,
    },
    { type: "activity_list", items: [activity], emptyText: "" },
    { type: "actions", actions: reminderActions(activity.number) },
    { type: "note", text: QUIET_HINT },
  ]);
}

export function meetingDayReply(meeting: MeetingView): Reply {
  return reply(
    "info",
    [
      { type: "text", text: `I dag är det ${meeting.title}: ${meetingLine(meeting)}.` },
      {
        type: "note",
        text: "Dagordningen: skriv `agenda`. Sista stund att föreslå en punkt: `agenda lägg till <text>`.",
      },
    ],
    { visibility: "channel" },
  );
}

export interface Digest {
  groupName: string;
  week: string;
  horizonDays: number;
  dueSoon: ActivitySummary[];
  overdue: ActivitySummary[];
  updated: ActivitySummary[];
  nextMeeting?: MeetingView;
}

export function isDigestEmpty(d: Digest): boolean {
  return d.dueSoon.length + d.overdue.length + d.updated.length === 0;
}

export function digestReply(d: Digest): Reply {
  const blocks: Block[] = [
    { type: "heading", text: `Veckans läge för ${d.groupName} (${d.week.replace("-W", " v. ")})` },
  ];
  const section = (title: string, items: ActivitySummary[]) => {
    if (items.length)
      blocks.push({ type: "heading", text: title }, { type: "bullets", items: items.map(summaryLine) });
  };
  section(`Deadline inom ${d.horizonDays} dagar`, d.dueSoon);
  section("Försenade", d.overdue);
  section("Uppdaterade sedan förra veckan", d.updated);
  if (d.nextMeeting)
    blocks.push({ type: "note", text: `Nästa möte: ${d.nextMeeting.title}, ${meetingLine(d.nextMeeting)}.` });
  blocks.push({
    type: "note",
    text: "Rapportera med `status <nr> <status> [kommentar]`; `lista mina` visar dina.",
  });
  return reply("info", blocks, { visibility: "channel" });
}

/** Where a platform cannot send a direct message: the same reply, addressed by name in the channel. */
export function addressedReply(name: string, original: Reply): Reply {
  return {
    ...original,
    visibility: "channel",
    blocks: [{ type: "text", text: `Till ${name}:` }, ...original.blocks],
  };
}

/** The agenda as posted to the channel before a meeting. */
export function agendaPostReply(agenda: Agenda): Reply {
  const lead = agenda.meeting
    ? `Dagordningen till ${agenda.meeting.title} ${formatDate(agenda.meeting.date)}. Föreslå fler punkter med \`agenda lägg till <text>\`.`
    : "Dagordningen till nästa möte.";
  return reply("info", [{ type: "text", text: lead }, ...agendaBlocks(agenda)], { visibility: "channel" });
}
