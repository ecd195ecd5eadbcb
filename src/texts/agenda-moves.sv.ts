// Moving and tabling agenda points, and what a samordnare is told about a meeting's time.

export const agendaMovesSv = {
  moved: (text: string, to: number) => `Punkten ”${text}” står nu som nummer ${to} på dagordningen.`,
  /** The dates as "8 februari 2027". */
  deferred: (text: string, from: string, to?: string) =>
    to
      ? `Punkten ”${text}” är bordlagd: den tas inte upp den ${from} utan den ${to}.`
      : `Punkten ”${text}” är bordlagd: den tas inte upp den ${from} utan på mötet efter.`,
  noMeeting: (n: number) => `Inget möte är inlagt, så punkt ${n} väntar redan till nästa möte.`,
  noMeetingHint: "Lägg in mötet med `möte <datum> <tid> [plats]` först.",
};

export const meetingWarningsSv = {
  heading: "Observera:",
  overlaps: (meetings: readonly string[]) =>
    meetings.length === 1
      ? `Det krockar med ett annat möte: ${meetings[0]}.`
      : `Det krockar med andra möten: ${meetings.join("; ")}.`,
  weekend: (weekday: string) => `Det är en ${weekday}.`,
  holiday: (name: string) => `Det är en helgdag: ${name}.`,
  anyway: "Mötet är inlagt ändå; flytta det med `möte flytta <nr> till <datum>` om det blev fel.",
};
