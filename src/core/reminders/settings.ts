// A group's reminder, agenda and digest settings, kept in Group.settings (Json). Validated with zod;
// anything missing takes its default, so an empty object ({}) is the default settings.
import { z } from "zod";
import { localTimeSchema } from "../local-date.ts";

/** Most offsets a group may configure, and the furthest ahead a reminder may be (one year). */
export const MAX_REMINDER_OFFSETS = 10;
export const MAX_OFFSET_DAYS = 365;
/** The most days before a meeting its agenda may be posted. */
export const MAX_AGENDA_DAYS = 60;

const offsets = z
  .array(z.number().int().min(0).max(MAX_OFFSET_DAYS))
  .max(MAX_REMINDER_OFFSETS)
  .transform((days) => [...new Set(days)].sort((a, b) => b - a));

export const groupSettingsSchema = z.object({
  reminders: z
    .object({
      enabled: z.boolean().default(true),
      /** Days before the deadline; 0 is the day itself. */
      daysBefore: offsets.default([14, 3, 0]),
      /** While overdue, a reminder every this many days (0 = never). */
      overdueEveryDays: z.number().int().min(0).max(MAX_OFFSET_DAYS).default(7),
      time: localTimeSchema.default("09:00"),
    })
    .prefault({}),
  agenda: z
    .object({
      enabled: z.boolean().default(true),
      daysBefore: z.number().int().min(0).max(MAX_AGENDA_DAYS).default(3),
      time: localTimeSchema.default("09:00"),
      /** A short reminder on the meeting day. */
      meetingDayReminder: z.boolean().default(true),
      /** The next working day after a meeting, owners of overdue activities are asked for an update. */
      followUp: z.boolean().default(true),
    })
    .prefault({}),
  digest: z
    .object({
      enabled: z.boolean().default(true),
      /** ISO weekday, 1 = Monday. */
      weekday: z.number().int().min(1).max(7).default(1),
      time: localTimeSchema.default("08:30"),
      /** "Due soon" in the digest looks this many days ahead. */
      horizonDays: z.number().int().min(1).max(90).default(14),
    })
    .prefault({}),
});

export type GroupSettings = z.infer<typeof groupSettingsSchema>;

export const DEFAULT_SETTINGS: GroupSettings = groupSettingsSchema.parse({});

/**
 * The settings stored for a group, with defaults for what is missing. A stored value that does not
 * validate (edited by hand, or from a newer version) falls back to the defaults for that section, so a
 * typo never silences a group's reminders; `problems` says what was ignored.
 */
export function readGroupSettings(stored: unknown): { settings: GroupSettings; problems: string[] } {
  const parsed = groupSettingsSchema.safeParse(stored ?? {});
  if (parsed.success) return { settings: parsed.data, problems: [] };
  const raw = (stored && typeof stored === "object" ? stored : {}) as Record<string, unknown>;
  const problems: string[] = [];
  const section = <K extends keyof GroupSettings>(key: K): GroupSettings[K] => {
    const one = groupSettingsSchema.shape[key].safeParse(raw[key] ?? {});
    if (one.success) return one.data as GroupSettings[K];
    problems.push(`${key}: ${one.error.issues.map((i) => `${i.path.join(".")} ${i.message}`).join("; ")}`);
    return DEFAULT_SETTINGS[key];
  };
  return {
    settings: { reminders: section("reminders"), agenda: section("agenda"), digest: section("digest") },
    problems,
  };
}

/** A change a coordinator makes in chat, applied to the stored settings. */
export type SettingsChange =
  | { type: "reminders_enabled"; enabled: boolean }
  | { type: "reminder_days"; days: number[] }
  | { type: "agenda_days"; days: number }
  | { type: "digest_enabled"; enabled: boolean };

export function applySettingsChange(settings: GroupSettings, change: SettingsChange): GroupSettings {
  switch (change.type) {
    case "reminders_enabled":
      return { ...settings, reminders: { ...settings.reminders, enabled: change.enabled } };
    case "reminder_days":
      return groupSettingsSchema.parse({
        ...settings,
        reminders: { ...settings.reminders, daysBefore: change.days },
      });
    case "agenda_days":
      return { ...settings, agenda: { ...settings.agenda, daysBefore: change.days } };
    case "digest_enabled":
      return { ...settings, digest: { ...settings.digest, enabled: change.enabled } };
  }
}
