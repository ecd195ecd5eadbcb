// Who comes to a meeting: the agenda's *Jag kommer* / *Jag kan inte* and `närvaro`.

function list(names: readonly string[]): string {
  if (names.length <= 1) return names.join("");
  return `${names.slice(0, -1).join(", ")} och ${names[names.length - 1]}`;
}

export const attendanceSv = {
  coming: "Jag kommer",
  notComing: "Jag kan inte",
  /** The question above the buttons on a posted agenda. */
  question: "Kommer du? Svara med knapparna eller `närvaro ja` / `närvaro nej`.",
  answeredYes: (title: string, date: string) => `Tack! Du är anmäld till ${title} ${date}.`,
  answeredNo: (title: string, date: string) => `Tack för beskedet: du kan inte komma till ${title} ${date}.`,
  alreadyYes: (title: string, date: string) => `Du är redan anmäld till ${title} ${date}.`,
  alreadyNo: (title: string, date: string) =>
    `Du har redan sagt att du inte kan komma till ${title} ${date}.`,
  heading: (title: string, date: string) => `Närvaro: ${title} ${date}`,
  comingList: (names: readonly string[]) =>
    names.length ? `Kommer (${names.length}): ${list(names)}.` : "Ingen har anmält sig än.",
  notComingList: (names: readonly string[]) =>
    names.length ? `Kan inte (${names.length}): ${list(names)}.` : "Ingen har lämnat återbud.",
  unansweredList: (names: readonly string[]) =>
    names.length ? `Har inte svarat (${names.length}): ${list(names)}.` : "Alla har svarat.",
  noMeeting: "Inget möte är inlagt framåt, så det finns inget att anmäla sig till.",
  noMeetingHint: "`möten` visar de inlagda mötena.",
  over: (title: string, date: string) => `Mötet ${title} ${date} är redan över; inget ändrades.`,
  cancelled: (title: string, date: string) => `Mötet ${title} ${date} är inställt; inget ändrades.`,
  argument: "ja eller nej",
};

export const attendanceHelpSv = {
  attendance_show: {
    usage: "närvaro",
    description: "Se vilka som kommer till nästa möte, vilka som lämnat återbud och vilka som inte svarat.",
    example: "närvaro",
  },
  attendance_set: {
    usage: "närvaro ja|nej",
    description: "Svara om du kommer till nästa möte (samma som knapparna på dagordningen).",
    example: "närvaro ja",
  },
};
