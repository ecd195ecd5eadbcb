// Uploading a plan file on the web, in Swedish: the form, the dry run's page and the refusals of a bad
// upload. The dry run's own lines and the answers to Importera and Avbryt are plan-upload.sv.ts's, as in
// chat. Mounted as `webUpload` in sv.ts.

function mb(bytes: number): string {
  const value = bytes / (1024 * 1024);
  return `${value < 10 ? value.toFixed(1).replace(".", ",") : Math.round(value)} MB`;
}

export const webUploadSv = {
  title: "Ladda upp en planfil",
  link: "Ladda upp en planfil (.xlsx eller .csv)",
  intro:
    "Välj handlingsplanen som Excel-fil (.xlsx) eller CSV-fil (.csv). Du får först se en provkörning: " +
    "nya, ändrade och oförändrade aktiviteter och varje problem med blad, rad och kolumn. Inget sparas förrän du trycker på Importera.",
  label: "Planfil",
  hint: (limit: number) => `Excel (.xlsx) eller CSV (.csv), högst ${mb(limit)}.`,
  submit: "Visa provkörningen",
  dryRunTitle: "Provkörning",
  refusedTitle: "Filen kan inte läsas in",
  errorSummary: "Det här behöver rättas",
  missing: "Välj en fil att ladda upp. Inget har sparats.",
  tooLarge: (bytes: number | undefined, limit: number) =>
    `${bytes === undefined ? "Filen är för stor" : `Filen är ${mb(bytes)}`}: en planfil får vara högst ${mb(limit)}, så inget har sparats. ` +
    "Spara bara bladet med handlingsplanen, utan bilder och andra blad, och ladda upp det igen.",
  brokenForm: "Formuläret kom inte fram helt, så inget har sparats. Ladda om sidan och försök igen.",
  again: "Ladda upp en annan fil",
  toPlan: "Till planen",
};
