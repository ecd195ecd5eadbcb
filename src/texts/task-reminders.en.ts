// Reminders about tasks given at a meeting, in English, in the shape of task-reminders.sv.ts.
import type { taskRemindersSv } from "./task-reminders.sv.ts";

export const taskRemindersEn: typeof taskRemindersSv = {
  due: (number, text, date) => `Reminder: task ${number} “${text}” is due ${date}.`,
  overdue: (number, text, date) => `Reminder: task ${number} “${text}” was due ${date}.`,
  doneHint: (number) => `Type \`task done ${number}\` when it is done.`,
};
