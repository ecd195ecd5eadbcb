// Replies about one activity: its card, its history, and the confirmation of a status change.
import type { Messages } from "../../texts/index.ts";
import type { ActivityStatus } from "../activity-status.ts";
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

export function statusText(t: Messages, status: ActivityStatus): string {
  return `${STATUS_ICON[status]} ${t.status.label[status]}`;
}

/** Lists and channel lines keep to one line; the card shows the whole title. */
export const SHORT_TITLE_LENGTH = 90;

export function activityTitle(a: Pick<ActivitySummary, "number" | "title">, maxLength?: number): string {
  const title =
    maxLength && a.title.length > maxLength ? `${a.title.slice(0, maxLength - 1).trimEnd()}…` : a.title;
  return `${a.number}. ${title}`;
}

/** The deadline as lists and cards show it; "(passerad)" only when the date itself has gone by. */
export function dueText(t: Messages, a: Pick<ActivitySummary, "dueDate" | "pastDeadline">): string {
  if (!a.dueDate) return t.activity.noDeadline;
  const date = t.dates.date(a.dueDate);
  return a.pastDeadline ? t.activity.passed(date) : date;
}

/** The quick actions on an activity: the three statuses people report most, and a comment. */
export function activityActions(
  t: Messages,
  a: Pick<ActivitySummary, "number" | "status"> & { id?: number },
): ReplyAction[] {
  const { number } = a;
  const label = t.activity.actions;
  // The card's own activity rides along: pressed after another plan became active, it changes nothing.
  const activity = a.id ? { activity: a.id } : {};
  return [
    {
      label: label.done,
      action: { kind: "set_status", number, status: "klar", ...activity },
      style: "primary",
    },
    { label: label.ongoing, action: { kind: "set_status", number, status: "pagar", ...activity } },
    {
      label: label.late,
      action: { kind: "set_status", number, status: "forsenad", ...activity },
      style: "danger",
    },
    { label: label.comment, action: { kind: "status_form", number, status: a.status } },
  ];
}

export function updateLine(t: Messages, u: UpdateView): string {
  const who = u.author ? t.activity.updateBy(u.author) : "";
  const comment = u.comment ? `: ${u.comment}` : "";
  return `${u.atLocal} ${t.status.label[u.status]}${who}${comment}`;
}

export function activityFields(t: Messages, a: ActivityView): Field[] {
  const label = t.activity.fields;
  const fields: Field[] = [
    { label: label.status, value: statusText(t, a.status) },
    { label: label.deadline, value: a.dueDate ? dueText(t, a) : label.noDeadlineSet },
    { label: label.owners, value: a.owners.length ? t.common.join(a.owners) : label.noOwner },
    { label: label.party, value: t.party.label[a.party] },
  ];
  if (a.principle) fields.push({ label: label.principle, value: a.principle });
  if (a.responsibleOrg) fields.push({ label: label.responsibleOrg, value: a.responsibleOrg });
  if (a.commissioner) fields.push({ label: label.commissioner, value: a.commissioner });
  if (a.partners) fields.push({ label: label.partners, value: a.partners });
  if (a.commitment) fields.push({ label: label.commitment, value: a.commitment });
  if (a.followUp) fields.push({ label: label.followUp, value: a.followUp });
  return fields;
}

export function activityBlocks(
  t: Messages,
  a: ActivityView,
  historyTitle = t.activity.latestUpdates,
): Block[] {
  const blocks: Block[] = [{ type: "activity", activity: a }];
  if (a.updates.length) {
    blocks.push(
      { type: "heading", text: historyTitle },
      { type: "bullets", items: a.updates.map((u) => updateLine(t, u)) },
    );
  } else {
    blocks.push({ type: "note", text: t.activity.noUpdates });
  }
  blocks.push({ type: "actions", actions: activityActions(t, a) });
  return blocks;
}

export function activityReply(t: Messages, a: ActivityView): Reply {
  return reply("info", activityBlocks(t, a));
}

export function statusHistoryReply(t: Messages, a: ActivityView): Reply {
  return reply("info", [
    { type: "text", text: t.activity.statusIs(a.number, a.status) },
    ...activityBlocks(t, a, t.activity.history),
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
export function statusChangedReply(t: Messages, change: StatusChange): Reply {
  const { activity: a, previous, by, comment, duplicate } = change;
  const now = t.status.label[a.status];
  const text = duplicate
    ? t.activity.duplicate(a.number)
    : previous === a.status
      ? t.activity.savedStill(a.number, a.status)
      : t.activity.savedNow(a.number, a.status, previous);
  const announcement = duplicate
    ? undefined
    : {
        text: `${STATUS_ICON[a.status]} ${activityTitle(a, SHORT_TITLE_LENGTH)} – ${now} (${by})${comment ? `: ${comment}` : ""}`,
        activityNumber: a.number,
      };
  return reply("success", [{ type: "text", text }, ...activityBlocks(t, a)], {
    ...(announcement ? { announcement } : {}),
    effect: duplicate ? "repeat" : "changed",
  });
}

/** The status asked for is the one it has, and there was no comment: nothing stored, nothing announced. */
export function statusUnchangedReply(t: Messages, a: ActivityView): Reply {
  return unchangedReply(t, t.activity.unchanged(a.number, a.status), [
    ...activityBlocks(t, a),
    { type: "note", text: t.activity.commentHint(a.number, a.status) },
  ]);
}
