// The annual follow-up as a file (`lok export`, `rapport fil`): its titles, sheet names, column
// headings and notes, and what `lok export` says in the terminal. The file is written in the group's
// language; status and party words come from the catalogue's own labels, passed in where a text
// needs them.
import { ACTIVITY_STATUSES, type ActivityStatus } from "../core/activity-status.ts";

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** `"A", "B" och "C"` */
function quotedList(items: readonly string[]): string {
  const quoted = items.map((i) => `"${i}"`);
  if (quoted.length <= 1) return quoted.join("");
  return `${quoted.slice(0, -1).join(", ")} och ${quoted[quoted.length - 1]}`;
}

export const exportsSv = {
  cli: {
    usage: `Användning: lok export <fil.xlsx|fil.csv|fil.md|fil.docx> [--plan <plan>] [--group <grupp>] [--year <år>]

Skriver uppföljningen (statusrapportering av aktiviteter) till Excel (aktiviteter, sammanfattning per
princip och historik), CSV för svensk Excel (aktiviteterna) eller Markdown (för minnesanteckningar).
Med --year (eller till .docx) skrivs årets statusrapport: titelsida, sammanfattning per part och
princip med diagram, målen med självvärderingen, aktiviteterna, lärdomar och årets statushistorik.
Filen skrivs på gruppens språk.
  --group <grupp>  gruppen (annars den enda eller första)
  --plan <plan>    planen (annars gruppens aktiva plan)
  --year <år>      statusrapportens år (annars i år)`,
    missingFile: "Ange filen som uppföljningen ska skrivas till.",
    badExtension: (file: string) => `${file}: filnamnet ska sluta på .xlsx, .csv, .md eller .docx.`,
    badYear: (given: string) => `”${given}” är inget årtal; skriv till exempel --year 2024.`,
    reportAsCsv: "Statusrapporten skrivs som .docx, .xlsx eller .md, inte som .csv.",
    savedReport: (year: number, plan: string, group: string, file: string) =>
      `Statusrapporten ${year} för ${plan} (${group}) är sparad i ${file}.`,
    saved: (plan: string, group: string, file: string, activities: number, updates: number) =>
      `Uppföljningen av ${plan} (${group}) är sparad i ${file}: ` +
      `${plural(activities, "aktivitet", "aktiviteter")}, ${plural(updates, "statusuppdatering", "statusuppdateringar")}.`,
    planNotFound: (group: string, query: string, plans: readonly string[]) =>
      `${group} har ingen plan som heter "${query}". Planerna är ${quotedList(plans)}.`,
    noPlans: (group: string) => `${group} har ingen handlingsplan än. Läs in en med npx lok import.`,
    noGroup: "Det finns ingen grupp än. Läs in en plan med npx lok import, eller kör npx lok demo.",
    groupNotFound: (query: string, groups: readonly string[]) =>
      `Det finns ingen grupp som heter "${query}". Grupperna är ${quotedList(groups)}.`,
    noActivePlan: (group: string) => `${group} har ingen aktiv handlingsplan. Ange en med --plan.`,
    cannotWrite: (code: string) =>
      `Filen kunde inte skrivas (${code}). Finns mappen, och har du rätt att skriva där?`,
  },
  /** The workbook's author, as Excel shows it. */
  creator: "LÖK-boten",
  /** "Handlingsplan 2017–2018 – statusrapportering av aktiviteter, Samverkansrådet Örebro, 2026-11-23" */
  title: (plan: string, group: string, today: string) =>
    `${plan} – statusrapportering av aktiviteter, ${group}, ${today}`,
  summaryTitle: (plan: string, today: string) => `Uppföljning av ${plan} per princip, ${today}`,
  historyTitle: (plan: string) => `Statushistorik, ${plan}`,
  sheets: { activities: "Aktiviteter", summary: "Sammanfattning", history: "Historik" },
  // The activity table's headings are ones the Swedish import recognises, so that an export can be
  // read back in. "Passerad deadline" and not "Deadline passerad", which the import would take for
  // the deadline column.
  columns: {
    number: "Nr",
    principle: "Princip",
    party: "Part",
    activity: "Aktivitet",
    responsibleOrg: "Ansvarig förvaltning/förening/org.",
    owners: "Ansvarig person",
    dueDate: "Klart senast",
    status: "Status",
    pastDeadline: "Passerad deadline",
    updatedOn: "Senast uppdaterad",
    latestUpdate: "Senaste uppdatering",
    commitment: "Åtagande",
    commissioner: "Ansvarig uppdragsbeställare",
    partners: "Samarbetspartner",
    followUp: "Uppföljning/Mått",
    at: "Tidpunkt",
    comment: "Kommentar",
    author: "Av",
    source: "Källa",
    activities: "Aktiviteter",
    doneShare: "Andel klara",
    overdue: "Försenade totalt",
  },
  /** In the Passerad deadline column. */
  yes: "ja",
  /** Where a status update came from. */
  sources: {
    console: "konsol",
    slack: "Slack",
    teams: "Teams",
    import: "import",
    scheduler: "schemaläggare",
  } as Record<string, string>,
  /** "klar – Föreningsregistret är genomgånget (Anna Fogel)" */
  update: (status: string, comment?: string, author?: string) =>
    `${status}${comment ? ` – ${comment}` : ""}${author ? ` (${author})` : ""}`,
  /** Under the summary: what the status columns and the two overdue columns count. */
  explanation: (status: Record<ActivityStatus, string>): string[] => [
    "Så läser du tabellen:",
    `Kolumnerna ${ACTIVITY_STATUSES.map((s) => status[s]).join(", ")}: hur många aktiviteter som har den statusen nu. Status ${status.forsenad} är vad de ansvariga själva har rapporterat.`,
    "Passerad deadline: öppna aktiviteter (varken klara eller strukna) vars deadline har passerat, vilken status de än har.",
    `Försenade totalt: aktiviteter med status ${status.forsenad} eller passerad deadline (de som rapporten och listorna kallar försenade). En aktivitet som är båda räknas en gång.`,
  ],
  markdown: {
    heading: (plan: string) => `Uppföljning av ${plan}`,
    intro: (group: string, date: string) => `${group} – statusrapportering av aktiviteter per ${date}.`,
    summary: "Sammanfattning per princip",
    activities: (n: number) => `Aktiviteter (${n})`,
    overdue: (n: number) => `Försenade (${n})`,
    noOverdue: "Inga aktiviteter är försenade.",
    history: (n: number) => `Historik (${n})`,
    noHistory: "Inga statusuppdateringar än.",
    /** Why an activity counts as overdue: "status försenad", "klart senast 1 mars 2027 har passerat". */
    lateStatus: (status: string) => `status ${status}`,
    deadlinePassed: (date: string) => `klart senast ${date} har passerat`,
  },
};
