// The form for a new activity (Slack's modal, Teams' dialog), in Swedish: its labels, the reply to
// `ny aktivitet` without anything after it, and the errors shown beside a field.

export const activityFormSv = {
  /** The button that opens the form, and the form's title. */
  open: "Ny aktivitet",
  title: "Ny aktivitet",
  submit: "Lägg till",
  close: "Avbryt",
  intro: "Fyll i formuläret, eller skriv hela raden i chatten.",
  fields: {
    title: "Titel",
    principle: "Princip",
    party: "Part",
    deadline: "Deadline",
    responsibleOrg: "Ansvarig förvaltning/förening",
    description: "Beskrivning",
  },
  placeholders: {
    title: "Vad ska göras?",
    principle: "Välj princip",
    party: "Välj part",
    responsibleOrg: "Till exempel Kulturförvaltningen",
    description: "Mer om aktiviteten (valfritt)",
  },
  optional: "valfritt",
  /** A party in the form's list: its label, and the plan's own heading for its activities when it has one. */
  partyOption: (label: string, heading?: string) => (heading ? `${label} – ${heading}` : label),
  errors: {
    titleMissing: "Skriv en titel.",
    principleMissing: "Välj en princip.",
    partyMissing: "Välj en part.",
    badDate: "Välj ett datum i kalendern.",
    tooLong: (max: number) => `Högst ${max} tecken.`,
    expired: "Formuläret är för gammalt. Stäng det och öppna det igen.",
  },
  /** Teams: the dialog drawn again, with what to fix. */
  fixBelow: "Rätta det som är markerat och försök igen.",
};
