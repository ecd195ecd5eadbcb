// Reminders about tasks (uppdrag) given at a meeting, sent to the person the task is for.

export const taskRemindersSv = {
  /** "Påminnelse: uppdrag 3 ”Boka lokal” ska vara klart 15 mars 2027." */
  due: (number: number, text: string, date: string) =>
    `Påminnelse: uppdrag ${number} ”${text}” ska vara klart ${date}.`,
  overdue: (number: number, text: string, date: string) =>
    `Påminnelse: uppdrag ${number} ”${text}” skulle ha varit klart ${date}.`,
  doneHint: (number: number) => `Skriv \`uppdrag klart ${number}\` när det är gjort.`,
};
