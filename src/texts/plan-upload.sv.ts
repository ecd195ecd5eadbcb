// A plan file sent in chat, in Swedish: the dry run with Importera and Avbryt, the answers to the
// presses, and the refusals. The import's own lines (counts, problems, renumbering) are in imports.sv.ts.
// The help entry, the refusal's action and the missing argument are mounted in sv.ts.

function mb(bytes: number): string {
  const value = bytes / (1024 * 1024);
  return `${value < 10 ? value.toFixed(1).replace(".", ",") : Math.round(value)} MB`;
}

export const planUploadSv = {
  heading: (file: string) => `Provkörning av ${file}`,
  /** Under the dry run, with the buttons. */
  confirmNote: (hours: number) =>
    `Inget är sparat än. Tryck på Importera för att läsa in planen, eller Avbryt. Förslaget gäller i ${hours} timmar.`,
  confirm: "Importera",
  cancel: "Avbryt",
  /** Why there is no Importera button. */
  notImportable: "Inget är sparat. Rätta filen och skicka den igen.",
  unreadable: (file: string) =>
    `${file} kan inte läsas in; inget har sparats. Rätta detta och skicka filen igen:`,
  sectionsAnswer: (example: string) =>
    `Skriv partens namn (Kommunen, Civilsamhället eller Gemensamt) i rubriken, till exempel ”${example} – Civilsamhället”, ` +
    "eller fyll i en kolumn Part, och skicka filen igen.",
  planUnnamed:
    "Filen säger inte vilken handlingsplan den gäller (ingen rubrik som ”Handlingsplan 2025–2027” ovanför tabellen) " +
    "och gruppen har ingen plan än. Skriv planens namn överst i filen och skicka den igen, eller börja en plan med `ny plan <namn> <från> <till>`.",
  tooLarge: (file: string, bytes: number, limit: number) =>
    `${file} är ${mb(bytes)}, och en handlingsplan som skickas i chatten får vara högst ${mb(limit)}. ` +
    "Spara bara bladet med handlingsplanen, utan bilder och andra blad, och skicka det igen.",
  notPlanFile: (file: string) =>
    `${file} är varken en Excel-fil (.xlsx) eller en CSV-fil (.csv). Spara handlingsplanen i något av de formaten och skicka den igen.`,
  downloadFailed: (file: string) =>
    `Jag kunde inte hämta ${file} från chatten; inget har sparats. Försök skicka filen igen om en stund.`,
  inChannel:
    "Skicka handlingsplanen som en bifogad fil i ditt privata samtal med mig, så visar jag en provkörning där. I en kanal läser jag inte in filer.",
  sendAsAttachment:
    "Skicka handlingsplanen (.xlsx eller .csv) som en bifogad fil i ditt privata samtal med mig, så visar jag en provkörning. " +
    "Jag läser inga filer från servern.",
  imported: (file: string) => `${file} är inläst.`,
  cancelled: (file: string) => `Inläsningen av ${file} är avbruten; inget har sparats.`,
  alreadyImported: (file: string, by: string | undefined) =>
    `${file} är redan inläst${by ? ` (av ${by})` : ""}.`,
  alreadyCancelled: (file: string, by: string | undefined) =>
    `Inläsningen av ${file} är redan avbruten${by ? ` (av ${by})` : ""}. Skicka filen igen för att läsa in den.`,
  expired: (file: string, hours: number) =>
    `Förslaget att läsa in ${file} gällde i ${hours} timmar och har gått ut; inget har sparats. Skicka filen igen.`,
  notFound: "Jag hittar ingen sådan uppladdad fil i gruppen. Skicka filen igen.",
  failed: (file: string) => `${file} kunde inte läsas in; inget har sparats:`,
  announce: (plan: string, by: string, file: string) =>
    `📋 Handlingsplanen ${plan} importerades av ${by} (från ${file}).`,
};

export const planUploadHelpSv = {
  plan_file: {
    usage: "importera <fil>",
    description:
      "Läs in en handlingsplan från Excel (.xlsx) eller CSV. I Slack och Teams skickar du filen som bifogad fil i ditt privata samtal med mig; " +
      "i terminalen skriver du `importera <sökväg>`. Jag svarar med en provkörning (nya, ändrade och oförändrade aktiviteter, " +
      "varje problem med blad, rad och kolumn) och knapparna Importera och Avbryt. Inget sparas förrän du trycker på Importera.",
    example: "importera handlingsplan-2025-2026.xlsx",
  },
  import_confirm: {
    usage: "importera ja <nr>",
    description:
      "Samma som knappen Importera under en provkörning, där knappar saknas (i terminalen): läser in filen med det numret.",
    example: "importera ja 3",
  },
  import_cancel: {
    usage: "importera avbryt <nr>",
    description: "Samma som knappen Avbryt under en provkörning: filen läses inte in.",
    example: "importera avbryt 3",
  },
};

export const planUploadActionsSv = {
  plan_file: "läsa in en handlingsplan",
  import_confirm: "läsa in en handlingsplan",
  import_cancel: "avbryta en inläsning",
};

/** After "Det saknas …". */
export const planUploadArgumentsSv = {
  planFile: "filen som ska läsas in",
};
