// Replies about one activity: its card, its history, and the confirmation of a status change.
import { type ActivityStatus, STATUS_LABEL } from "../activity-status.ts";
import { formatDate, joinSwedish, PARTY_LABEL } from "../labels.ts";
import type {
  ActivitySummary,
  ActivityView,
  Block,
  Field,
  Reply,
  ReplyAction,
  UpdateView,
} from "../reply.ts";
import { reply } from "../reply.ts";
import { unchangedReply } from "./no-change-replies.ts";

export const STATUS_ICON: Record<ActivityStatus, string> = {
  ej_paborjad: "⚪",
  pagar: "🔵",
  klar: "✅",
  forsenad: "🟠",
  pausad: "⏸️",
  struken: "✖️",
};

export function statusText(status: ActivityStatus): string {
  return `${STATUS_ICON[status]} ${STATUS_LABEL[status]}`;
}

/** Lists and channel lines keep to one line; the card shows the whole title. */
export const SHORT_TITLE_LENGTH = 90;

export function activityTitle(a: Pick<ActivitySummary, "number" | "title">, maxLength?: number): string {
  const title =
    maxLength && a.title.length > maxLength ? `${a.title.slice(0, maxLength - 1).trimEnd()}…` : a.title;
  return `${a.number}. ${title}`;
}

/** The deadline as lists and cards show it; "(passerad)" only when the date itself has gone by. */
export function dueText(a: Pick<ActivitySummary, "dueDate" | "pastDeadline">): string {
  if (!a.dueDate) return "ingen deadline";
  return a.pastDeadline ? `${formatDate(a.dueDate)} (passerad)` : formatDate(a.dueDate);
}

/** The quick actions on an activity: the three statuses people report most, and a comment. */
export function activityActions(a: Pick<ActivitySummary, "number" | "status">): ReplyAction[] {
  const { number } = a;
  return [
    { label: "Klar", action: { kind: "set_status", number, status: "klar" }, style: "primary" },
    { label: "Pågår", action: { kind: "set_status", number, status: "pagar" } },
    { label: "Försenad", action: { kind: "set_status", number, status: "forsenad" }, style: "danger" },
    { label: "Kommentera…", action: { kind: "status_form", number, status: a.status } },
  ];
}

export function updateLine(u: UpdateView): string {
  const who = u.author ? ` av ${u.author}` : "";
  const comment = u.comment ? `: ${u.comment}` : "";
  return `${u.atLocal} ${STATUS_LABEL[u.status]}${who}${comment}`;
}

export function activityFields(a: ActivityView): Field[] {
  const fields: Field[] = [
    { label: "Status", value: statusText(a.status) },
    { label: "Deadline", value: dueText(a) },
    { label: "Ansvariga", value: a.owners.length ? joinSwedish(a.owners) : "ingen utsedd" },
    { label: "Part", value: PARTY_LABEL[a.party] },
  ];
  if (a.principle) fields.push({ label: "Princip", value: a.principle });
  if (a.responsibleOrg) fields.push({ label: "Ansvarig förvaltning/förening", value: a.responsibleOrg });
  if (a.commissioner) fields.push({ label: "Uppdragsbeställare", value: a.commissioner });
  if (a.partners) fields.push({ label: "Samarbetspartner", value: a.partners });
  if (a.commitment) fields.push({ label: "Åtagande", value: a.commitment });
  if (a.followUp) fields.push({ label: "Uppföljning", value: a.followUp });
  return fields;
}

export function activityBlocks(a: ActivityView, historyTitle = "Senaste uppdateringar"): Block[] {
  const blocks: Block[] = [{ type: "activity", activity: a }];
  if (a.updates.length) {
    blocks.push(
      { type: "heading", text: historyTitle },
      { type: "bullets", items: a.updates.map(updateLine) },
    );
  } else {
    blocks.push({ type: "note", text: "Ingen har rapporterat status än." });
  }
  blocks.push({ type: "actions", actions: activityActions(a) });
  return blocks;
}

export function activityReply(a: ActivityView): Reply {
  return reply("info", activityBlocks(a));
}

export function statusHistoryReply(a: ActivityView): Reply {
  return reply("info", [
    { type: "text", text: `Aktivitet ${a.number} är ${STATUS_LABEL[a.status]}.` },
    ...activityBlocks(a, "Historik"),
  ]);
}

export interface StatusChange {
  activity: ActivityView;
  previous: ActivityStatus;
  by: string;
  comment?: string;
  duplicate: boolean;
}

/** The confirmation to the person who reported, and one compact line for the channel. */
export function statusChangedReply(change: StatusChange): Reply {
  const { activity: a, previous, by, comment, duplicate } = change;
  const now = STATUS_LABEL[a.status];
  const text = duplicate
    ? `Den här uppdateringen av aktivitet ${a.number} var redan sparad; jag sparade den inte igen.`
    : previous === a.status
      ? `Sparat: aktivitet ${a.number} är fortfarande ${now}.`
      : `Sparat: aktivitet ${a.number} är nu ${now} (var ${STATUS_LABEL[previous]}).`;
  const announcement = duplicate
    ? undefined
    : {
        text: `${STATUS_ICON[a.status]} ${activityTitle(a, SHORT_TITLE_LENGTH)} – ${now} (${by})${comment ? `: ${comment}` : ""}`,
        activityNumber: a.number,
      };
  return reply("success", [{ type: "text", text }, ...activityBlocks(a)], {
    ...(announcement ? { announcement } : {}),
    effect: duplicate ? "repeat" : "changed",
  });
}

/** The status asked for is the one it has, and there was no comment: nothing stored, nothing announced. */
export function statusUnchangedReply(a: ActivityView): Reply {
  const now = STATUS_LABEL[a.status];
  return unchangedReply(`Aktivitet ${a.number} är redan ${now}, så jag sparade ingen ny uppdatering.`, [
    ...activityBlocks(a),
    {
      type: "note",
      text: `Vill du berätta något nytt skriver du en kommentar: \`status ${a.number} ${now} <kommentar>\`.`,
    },
  ]);
}
