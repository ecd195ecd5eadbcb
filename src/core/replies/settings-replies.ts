// Replies for the reminder settings (`påminnelser`, `agenda dagar`, `digest`) and a member's `tyst`.
import { MAX_YEAR } from "../calendar.ts";
import type { DroppedTime } from "../command.ts";
import { clockText, formatDate, formatDateWithWeekday, joinSwedish } from "../labels.ts";
import type { LocalDate } from "../local-date.ts";
import type { GroupSettings, SettingsChange } from "../reminders/settings.ts";
import type { Block, Reply } from "../reply.ts";
import { reply } from "../reply.ts";
import { unchangedReply } from "./no-change-replies.ts";

const WEEKDAY = ["", "måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"];

/** `tyst` without a date pauses until `tyst av`; stored as the last day we accept. */
export const QUIET_FOREVER: LocalDate = `${MAX_YEAR}-12-31`;

function dayList(days: number[]): string {
  return joinSwedish(days.map((d) => (d === 0 ? "på dagen" : `${d} ${d === 1 ? "dag" : "dagar"} före`)));
}

function onOff(enabled: boolean): string {
  return enabled ? "på" : "av";
}

export function settingsReply(s: GroupSettings, quietUntil?: LocalDate): Reply {
  const r = s.reminders;
  const overdue =
    r.overdueEveryDays > 0 ? `, sedan var ${r.overdueEveryDays}:e dag medan den är försenad` : "";
  const blocks: Block[] = [
    { type: "heading", text: "Påminnelser, dagordning och veckobrev" },
    {
      type: "fields",
      fields: [
        {
          label: "Påminnelser om deadline",
          value: r.enabled ? `${dayList(r.daysBefore)}${overdue}, kl. ${r.time}` : "av",
        },
        {
          label: "Dagordning före möten",
          value: s.agenda.enabled
            ? `${s.agenda.daysBefore} ${s.agenda.daysBefore === 1 ? "dag" : "dagar"} före, kl. ${s.agenda.time}`
            : "av",
        },
        { label: "Påminnelse på mötesdagen", value: onOff(s.agenda.meetingDayReminder) },
        {
          label: "Veckobrev",
          value: s.digest.enabled ? `${WEEKDAY[s.digest.weekday]}ar kl. ${s.digest.time}` : "av",
        },
      ],
    },
    {
      type: "note",
      text: "Infaller något på en helg eller röd dag skickas det vardagen före (veckobrevet vardagen efter).",
    },
  ];
  if (quietUntil) blocks.push({ type: "note", text: quietText(quietUntil) });
  blocks.push({
    type: "note",
    text: "Samordnare ändrar med `påminnelser av|på`, `påminnelser dagar 14,3,0`, `agenda dagar 3` och `digest av|på`. Alla kan pausa sina egna med `tyst till <datum>`.",
  });
  return reply("info", blocks);
}

function quietText(until: LocalDate): string {
  return until >= QUIET_FOREVER
    ? "Dina påminnelser är pausade tills du skriver `tyst av`."
    : `Dina påminnelser är pausade till och med ${formatDateWithWeekday(until)}.`;
}

function reminderDaysText(s: GroupSettings): string {
  return dayList(s.reminders.daysBefore);
}

function agendaDaysText(s: GroupSettings): string {
  return `${s.agenda.daysBefore} ${s.agenda.daysBefore === 1 ? "dag" : "dagar"} före mötet`;
}

export function settingsChangedReply(change: SettingsChange, s: GroupSettings): Reply {
  let text: string;
  switch (change.type) {
    case "reminders_enabled":
      text = change.enabled
        ? `Påminnelser om deadline är på: ${reminderDaysText(s)}.`
        : "Påminnelser om deadline är av. Veckobrevet och dagordningen kommer som vanligt.";
      break;
    case "reminder_days":
      text = `Påminnelser om deadline skickas nu ${reminderDaysText(s)}.`;
      break;
    case "agenda_days":
      text = `Dagordningen skickas nu ${agendaDaysText(s)}.`;
      break;
    case "digest_enabled":
      text = change.enabled ? "Veckobrevet är på." : "Veckobrevet är av.";
      break;
  }
  return reply("success", [{ type: "text", text }], { effect: "changed" });
}

/** The setting already is what was asked for. */
export function settingsUnchangedReply(change: SettingsChange, s: GroupSettings): Reply {
  switch (change.type) {
    case "reminders_enabled":
      return unchangedReply(
        change.enabled
          ? `Påminnelser om deadline är redan på: ${reminderDaysText(s)}.`
          : "Påminnelser om deadline är redan av.",
      );
    case "reminder_days":
      return unchangedReply(`Påminnelser om deadline skickas redan ${reminderDaysText(s)}.`);
    case "agenda_days":
      return unchangedReply(`Dagordningen skickas redan ${agendaDaysText(s)}.`);
    case "digest_enabled":
      return unchangedReply(change.enabled ? "Veckobrevet är redan på." : "Veckobrevet är redan av.");
  }
}

export function quietReply(until: LocalDate, droppedTime?: DroppedTime): Reply {
  return reply(
    "success",
    [
      { type: "text", text: quietText(until) },
      ...(droppedTime
        ? [
            {
              type: "note" as const,
              text: `Pausen gäller hela dagar, så klockslaget ${clockText(droppedTime)} sparades inte.`,
            },
          ]
        : []),
      {
        type: "note",
        text: "Dagordningar och veckobrev i kanalen kommer som vanligt. `tyst av` slår på dem igen.",
      },
    ],
    { effect: "changed" },
  );
}

/** `tyst` to the day the pause already ends. */
export function quietUnchangedReply(until: LocalDate): Reply {
  return unchangedReply(
    until >= QUIET_FOREVER
      ? "Dina påminnelser är redan pausade tills du skriver `tyst av`."
      : `Dina påminnelser är redan pausade till och med ${formatDateWithWeekday(until)}.`,
  );
}

export function quietOffReply(wasQuiet: boolean): Reply {
  if (!wasQuiet) return unchangedReply("Dina påminnelser är redan på.");
  return reply("success", [{ type: "text", text: "Välkommen tillbaka! Dina påminnelser är på igen." }], {
    effect: "changed",
  });
}

export function quietInPastReply(date: LocalDate): Reply {
  return reply("error", [
    { type: "text", text: `${formatDate(date)} har redan varit.` },
    { type: "note", text: "Skriv ett datum framåt, till exempel `tyst till 15 augusti`, eller `tyst av`." },
  ]);
}
