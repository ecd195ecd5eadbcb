// The scheduler's pure rules: Swedish working days, when each notification is due, DST, settings.
import { describe, expect, it } from "vitest";
import { dedupeKey, notificationKey } from "../../../src/core/reminders/keys.ts";
import {
  agendaWindow,
  deadlineReminderOn,
  digestWindow,
  followUpWindow,
  isQuiet,
  isWithin,
  meetingDayWindow,
  reminderSendDate,
  reminderWindow,
} from "../../../src/core/reminders/schedule.ts";
import {
  applySettingsChange,
  DEFAULT_SETTINGS,
  readGroupSettings,
} from "../../../src/core/reminders/settings.ts";
import {
  holidayName,
  isWorkingDay,
  nextWorkingDay,
  workingDayOnOrBefore,
} from "../../../src/core/reminders/working-days.ts";
import { instantAt } from "../../../src/core/zoned-time.ts";

const TZ = "Europe/Stockholm";
const reminders = DEFAULT_SETTINGS.reminders;
const open = (dueDate: string) => ({ dueDate, status: "pagar" as const });

describe("Swedish working days", () => {
  it.each([
    ["2027-06-25", "midsommarafton"],
    ["2027-06-26", "midsommardagen"],
    ["2027-12-24", "julafton"],
    ["2027-12-25", "juldagen"],
    ["2027-12-26", "annandag jul"],
    ["2027-12-31", "nyårsafton"],
    ["2028-01-01", "nyårsdagen"],
    ["2027-01-06", "trettondedag jul"],
    ["2027-03-26", "långfredagen"],
    ["2027-03-29", "annandag påsk"],
    ["2027-05-06", "Kristi himmelsfärdsdag"],
    ["2027-06-07", undefined],
  ])("%s is %s", (date, name) => {
    expect(holidayName(date)).toBe(name);
  });

  it("counts weekdays that are not holidays, and half days and observances as working days", () => {
    expect(isWorkingDay("2027-06-24")).toBe(true); // Thursday before midsommar
    expect(isWorkingDay("2027-06-25")).toBe(false); // midsommarafton, "bank" in date-holidays
    expect(isWorkingDay("2027-04-30")).toBe(true); // valborgsmässoafton ("optional")
    expect(isWorkingDay("2027-03-25")).toBe(true); // skärtorsdagen (observance)
    expect(isWorkingDay("2027-03-27")).toBe(false); // Saturday
    expect(isWorkingDay("2027-03-28")).toBe(false); // Sunday
  });

  it("moves to the working day before, and finds the next one after", () => {
    expect(workingDayOnOrBefore("2027-06-25")).toBe("2027-06-24");
    expect(workingDayOnOrBefore("2027-12-26")).toBe("2027-12-23");
    expect(workingDayOnOrBefore("2027-03-29")).toBe("2027-03-25"); // Easter: Mon, Sun, Sat, Good Friday
    expect(nextWorkingDay("2027-06-24")).toBe("2027-06-28");
    expect(nextWorkingDay("2027-12-30")).toBe("2028-01-03");
  });
});

describe("deadline reminders", () => {
  it("sends 14 and 3 days before and on the day, on working days", () => {
    // Deadline Wednesday 2027-04-14: 14 days before is Wednesday 31 March, 3 before Sunday 11 April → Friday 9th.
    expect(deadlineReminderOn(open("2027-04-14"), "2027-03-31", reminders)).toEqual({ offset: 14 });
    expect(deadlineReminderOn(open("2027-04-14"), "2027-04-09", reminders)).toEqual({ offset: 3 });
    expect(deadlineReminderOn(open("2027-04-14"), "2027-04-11", reminders)).toBeUndefined();
    expect(deadlineReminderOn(open("2027-04-14"), "2027-04-14", reminders)).toEqual({ offset: 0 });
    expect(deadlineReminderOn(open("2027-04-14"), "2027-04-13", reminders)).toBeUndefined();
  });

  it("moves a reminder on midsommarafton to the Thursday before", () => {
    expect(reminderSendDate("2027-06-28", 3)).toBe("2027-06-24");
    expect(deadlineReminderOn(open("2027-06-28"), "2027-06-24", reminders)).toEqual({ offset: 3 });
    expect(deadlineReminderOn(open("2027-06-28"), "2027-06-25", reminders)).toBeUndefined();
  });

  it("moves reminders around jul and nyår to the working day before", () => {
    expect(reminderSendDate("2027-12-27", 3)).toBe("2027-12-23"); // 24th is julafton
    expect(reminderSendDate("2027-12-26", 0)).toBe("2027-12-23"); // deadline on annandag jul
    expect(reminderSendDate("2028-01-03", 3)).toBe("2027-12-30"); // 31st is nyårsafton
    expect(reminderSendDate("2028-01-01", 0)).toBe("2027-12-30");
  });

  it("sends one reminder when two offsets land on the same working day (the one nearest the deadline)", () => {
    const settings = { ...reminders, daysBefore: [3, 1, 0] };
    // Deadline Saturday 13 March: 1 day before (Friday) and the day itself (→ Friday) coincide.
    expect(deadlineReminderOn(open("2027-03-13"), "2027-03-12", settings)).toEqual({ offset: 0 });
    expect(deadlineReminderOn(open("2027-03-13"), "2027-03-10", settings)).toEqual({ offset: 3 });
  });

  it("reminds weekly while overdue, moved before holidays, and not for closed or paused activities", () => {
    expect(deadlineReminderOn(open("2027-03-01"), "2027-03-08", reminders)).toEqual({ offset: -7 });
    expect(deadlineReminderOn(open("2027-03-01"), "2027-03-09", reminders)).toBeUndefined();
    expect(deadlineReminderOn(open("2027-03-01"), "2027-03-15", reminders)).toEqual({ offset: -14 });
    // Due Monday 22 March; a week later is annandag påsk, so the reminder comes on skärtorsdagen.
    expect(deadlineReminderOn(open("2027-03-22"), "2027-03-25", reminders)).toEqual({ offset: -7 });
    expect(deadlineReminderOn(open("2027-03-22"), "2027-03-29", reminders)).toBeUndefined();
    expect(
      deadlineReminderOn({ dueDate: "2027-03-01", status: "klar" }, "2027-03-08", reminders),
    ).toBeUndefined();
    expect(
      deadlineReminderOn({ dueDate: "2027-03-01", status: "pausad" }, "2027-03-08", reminders),
    ).toBeUndefined();
    expect(
      deadlineReminderOn(open("2027-03-01"), "2027-03-08", { ...reminders, overdueEveryDays: 0 }),
    ).toBeUndefined();
    expect(
      deadlineReminderOn(open("2027-04-14"), "2027-03-31", { ...reminders, enabled: false }),
    ).toBeUndefined();
  });
});

describe("Stockholm time across DST", () => {
  it("is 09:00 in Stockholm on the days around the March and October shifts", () => {
    // 2027: summer time starts Sunday 28 March and ends Sunday 31 October.
    expect(reminderWindow("2027-03-26", reminders, TZ).sendAt.toISOString()).toBe("2027-03-26T08:00:00.000Z");
    expect(reminderWindow("2027-03-28", reminders, TZ).sendAt.toISOString()).toBe("2027-03-28T07:00:00.000Z");
    expect(reminderWindow("2027-03-29", reminders, TZ).sendAt.toISOString()).toBe("2027-03-29T07:00:00.000Z");
    expect(reminderWindow("2027-10-29", reminders, TZ).sendAt.toISOString()).toBe("2027-10-29T07:00:00.000Z");
    expect(reminderWindow("2027-10-31", reminders, TZ).sendAt.toISOString()).toBe("2027-10-31T08:00:00.000Z");
    expect(reminderWindow("2027-11-01", reminders, TZ).sendAt.toISOString()).toBe("2027-11-01T08:00:00.000Z");
    // The reminder day ends at local midnight, which is 23 hours later on the March Sunday.
    expect(reminderWindow("2027-03-28", reminders, TZ).until.toISOString()).toBe("2027-03-28T22:00:00.000Z");
  });

  it("posts the digest at 08:30 local, on the Tuesday when Monday is annandag påsk", () => {
    const w = digestWindow("2027-03-31", DEFAULT_SETTINGS.digest, TZ);
    expect(w.week).toBe("2027-W13");
    expect(w.sendAt.toISOString()).toBe("2027-03-30T06:30:00.000Z");
    expect(w.until.toISOString()).toBe("2027-04-04T22:00:00.000Z");
    const october = digestWindow("2027-11-01", DEFAULT_SETTINGS.digest, TZ);
    expect(october.sendAt.toISOString()).toBe("2027-11-01T07:30:00.000Z");
    expect(october.week).toBe("2027-W44");
  });
});

describe("meetings", () => {
  const agenda = DEFAULT_SETTINGS.agenda;
  const meeting = (local: string) => {
    const [date, time] = local.split(" ") as [string, string];
    return { date, startsAt: instantAt(date, time, TZ) };
  };

  it("posts the agenda 3 days before on a working day, until the meeting starts", () => {
    // Meeting Tuesday 30 March 2027: 3 days before is Saturday → Good Friday → skärtorsdagen.
    const m = meeting("2027-03-30 18:00");
    const w = agendaWindow(m, agenda, TZ);
    expect(w.sendAt.toISOString()).toBe("2027-03-25T08:00:00.000Z");
    expect(w.until).toEqual(m.startsAt);
    expect(isWithin(w, new Date("2027-03-30T15:59:00Z"))).toBe(true);
    expect(isWithin(w, new Date("2027-03-30T16:00:00Z"))).toBe(false);
  });

  it("reminds on the meeting day, an hour before an early meeting, and not when the agenda comes that day", () => {
    expect(meetingDayWindow(meeting("2027-03-30 18:00"), agenda, TZ)?.sendAt.toISOString()).toBe(
      "2027-03-30T07:00:00.000Z",
    );
    expect(meetingDayWindow(meeting("2027-03-30 08:30"), agenda, TZ)?.sendAt.toISOString()).toBe(
      "2027-03-30T05:30:00.000Z",
    );
    expect(meetingDayWindow(meeting("2027-03-30 18:00"), { ...agenda, daysBefore: 0 }, TZ)).toBeUndefined();
  });

  it("follows up the next working day after a meeting (Monday after midsommar)", () => {
    const w = followUpWindow(meeting("2027-06-24 18:00"), agenda, TZ);
    expect(w.sendAt.toISOString()).toBe("2027-06-28T07:00:00.000Z");
    expect(w.until.toISOString()).toBe("2027-06-28T22:00:00.000Z");
  });
});

describe("settings and keys", () => {
  it("defaults when empty, and falls back per section when a stored value is wrong", () => {
    expect(readGroupSettings({}).settings).toEqual(DEFAULT_SETTINGS);
    expect(DEFAULT_SETTINGS.reminders.daysBefore).toEqual([14, 3, 0]);
    expect(DEFAULT_SETTINGS.digest).toMatchObject({ weekday: 1, time: "08:30" });
    const { settings, problems } = readGroupSettings({
      reminders: { daysBefore: [7] },
      digest: { time: "25:00" },
    });
    expect(settings.reminders.daysBefore).toEqual([7]);
    expect(settings.digest).toEqual(DEFAULT_SETTINGS.digest);
    expect(problems).toHaveLength(1);
  });

  it("applies chat changes, sorting and de-duplicating reminder days", () => {
    const s = applySettingsChange(DEFAULT_SETTINGS, { type: "reminder_days", days: [0, 7, 7, 1] });
    expect(s.reminders.daysBefore).toEqual([7, 1, 0]);
    expect(applySettingsChange(s, { type: "digest_enabled", enabled: false }).digest.enabled).toBe(false);
    expect(applySettingsChange(s, { type: "agenda_days", days: 5 }).agenda.daysBefore).toBe(5);
  });

  it("is quiet up to and including the chosen day", () => {
    expect(isQuiet("2027-07-15", "2027-07-15")).toBe(true);
    expect(isQuiet("2027-07-15", "2027-07-16")).toBe(false);
    expect(isQuiet(undefined, "2027-07-16")).toBe(false);
  });

  it("keys one notification per target", () => {
    const member = { type: "member" as const, groupId: 1, memberId: 4 };
    expect(dedupeKey(notificationKey.reminder(13, "2027-06-28", 3), member)).toBe(
      "reminder:13:2027-06-28:3|member:4",
    );
    expect(dedupeKey(notificationKey.agenda(9), { type: "channel", groupId: 1, bindingId: null })).toBe(
      "agenda:9|channel:none",
    );
  });
});
