// Replies for the reminder settings (`påminnelser`, `agenda dagar`, `digest`) and a member's `tyst`.
import type { Messages } from "../../texts/index.ts";
import { MAX_YEAR } from "../calendar.ts";
import type { DroppedTime } from "../command.ts";
import type { LocalDate } from "../local-date.ts";
import type { GroupSettings, SettingsChange } from "../reminders/settings.ts";
import type { Block, Reply } from "../reply.ts";
import { reply } from "../reply.ts";
import { unchangedReply } from "./no-change-replies.ts";

/** `tyst` without a date pauses until `tyst av`; stored as the last day we accept. */
export const QUIET_FOREVER: LocalDate = `${MAX_YEAR}-12-31`;

function dayList(t: Messages, days: number[]): string {
  return t.common.join(days.map((d) => (d === 0 ? t.settings.onTheDay : t.settings.daysBefore(d))));
}

function onOff(t: Messages, enabled: boolean): string {
  return enabled ? t.settings.on : t.settings.off;
}

export function settingsReply(t: Messages, s: GroupSettings, quietUntil?: LocalDate): Reply {
  const r = s.reminders;
  const x = t.settings;
  const overdue = r.overdueEveryDays > 0 ? `, ${x.overdueWeekly(r.overdueEveryDays)}` : "";
  const blocks: Block[] = [
    { type: "heading", text: x.heading },
    {
      type: "fields",
      fields: [
        {
          label: x.deadlineReminders,
          value: r.enabled ? `${dayList(t, r.daysBefore)}${overdue}, ${x.atTime(r.time)}` : x.off,
        },
        {
          label: x.agendaBefore,
          value: s.agenda.enabled
            ? `${x.agendaDays(s.agenda.daysBefore)}, ${x.atTime(s.agenda.time)}`
            : x.off,
        },
        { label: x.meetingDay, value: onOff(t, s.agenda.meetingDayReminder) },
        {
          label: x.digest,
          value: s.digest.enabled
            ? `${t.dates.weekdayPlural(s.digest.weekday)} ${x.atTime(s.digest.time)}`
            : x.off,
        },
      ],
    },
    { type: "note", text: x.weekendNote },
  ];
  if (quietUntil) blocks.push({ type: "note", text: quietText(t, quietUntil) });
  blocks.push({ type: "note", text: x.howToChange });
  return reply("info", blocks);
}

function quietText(t: Messages, until: LocalDate): string {
  return until >= QUIET_FOREVER
    ? t.settings.quietForever
    : t.settings.quietUntil(t.dates.dateWithWeekday(until));
}

export function settingsChangedReply(t: Messages, change: SettingsChange, s: GroupSettings): Reply {
  const x = t.settings;
  let text: string;
  switch (change.type) {
    case "reminders_enabled":
      text = change.enabled ? x.remindersOn(dayList(t, s.reminders.daysBefore)) : x.remindersOff;
      break;
    case "reminder_days":
      text = x.reminderDays(dayList(t, s.reminders.daysBefore));
      break;
    case "agenda_days":
      text = x.agendaDaysChanged(x.agendaDays(s.agenda.daysBefore));
      break;
    case "digest_enabled":
      text = change.enabled ? x.digestOn : x.digestOff;
      break;
  }
  return reply("success", [{ type: "text", text }], { effect: "changed" });
}

/** The setting already is what was asked for. */
export function settingsUnchangedReply(t: Messages, change: SettingsChange, s: GroupSettings): Reply {
  const x = t.settings;
  switch (change.type) {
    case "reminders_enabled":
      return unchangedReply(
        t,
        change.enabled ? x.remindersAlreadyOn(dayList(t, s.reminders.daysBefore)) : x.remindersAlreadyOff,
      );
    case "reminder_days":
      return unchangedReply(t, x.reminderDaysAlready(dayList(t, s.reminders.daysBefore)));
    case "agenda_days":
      return unchangedReply(t, x.agendaDaysAlready(x.agendaDays(s.agenda.daysBefore)));
    case "digest_enabled":
      return unchangedReply(t, change.enabled ? x.digestAlreadyOn : x.digestAlreadyOff);
  }
}

export function quietReply(t: Messages, until: LocalDate, droppedTime?: DroppedTime): Reply {
  return reply(
    "success",
    [
      { type: "text", text: quietText(t, until) },
      ...(droppedTime
        ? [
            {
              type: "note" as const,
              text: t.settings.quietDroppedTime(t.dates.clock(droppedTime.start, droppedTime.end)),
            },
          ]
        : []),
      { type: "note", text: t.settings.quietChannelNote },
    ],
    { effect: "changed" },
  );
}

/** `tyst` to the day the pause already ends. */
export function quietUnchangedReply(t: Messages, until: LocalDate): Reply {
  return unchangedReply(
    t,
    until >= QUIET_FOREVER
      ? t.settings.quietAlreadyForever
      : t.settings.quietAlreadyUntil(t.dates.dateWithWeekday(until)),
  );
}

export function quietOffReply(t: Messages, wasQuiet: boolean): Reply {
  if (!wasQuiet) return unchangedReply(t, t.settings.quietAlreadyOff);
  return reply("success", [{ type: "text", text: t.settings.quietOff }], { effect: "changed" });
}

export function quietInPastReply(t: Messages, date: LocalDate): Reply {
  return reply("error", [
    { type: "text", text: t.settings.quietInPast(t.dates.date(date)) },
    { type: "note", text: t.settings.quietInPastHint },
  ]);
}
