// The texts of `lok import` in Swedish: refusals of a file, problems in its rows and cells, the
// summary of what was (or would be) saved, and the command's usage. Words a plan file must contain
// (column headings, Part words) come from the parser's vocabulary and are quoted as they are.

import type { Party } from "../core/command.ts";
import { PLAN_FILE_LIMITS, type PlanFileRefusal } from "../core/plan-sheet/plan-file-refusal.ts";
import type { ChangedField } from "../plans/plan-changes.ts";

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "A, B och C" */
function join(items: readonly string[], and = "och"): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} ${and} ${items[items.length - 1]}`;
}

// Thousands grouped as Swedes write them, with a plain space (the terminal copies it as typed).
const number = (n: number) => n.toLocaleString("sv-SE").replace(/\s/g, " ");
const mb = (bytes: number) => `${number(Math.round(bytes / (1024 * 1024)))} MB`;

const SAVE_AGAIN =
  "Öppna den i Excel eller LibreOffice och spara den igen som .xlsx, eller spara bladet som CSV.";

/** ` (blad "Plan", rad 12, kolumn C)` as far as it is known. */
function where(r: { file: string; sheet?: string; row?: number; column?: string }): string {
  const parts = [
    // A CSV file is its one sheet.
    ...(r.sheet !== undefined && r.sheet !== r.file ? [`blad "${r.sheet}"`] : []),
    ...(r.row !== undefined ? [`rad ${r.row}`] : []),
    ...(r.column !== undefined ? [`kolumn ${r.column}`] : []),
  ];
  return parts.length ? ` (${parts.join(", ")})` : "";
}

function refusal(r: PlanFileRefusal): string {
  const L = PLAN_FILE_LIMITS;
  switch (r.code) {
    case "not_found":
      return `Hittar ingen fil som heter ${r.path}.`;
    case "is_directory":
      return `${r.path} är en mapp, inte en fil.`;
    case "not_a_file":
      return `${r.path} är ingen vanlig fil (utan till exempel en enhet eller en pipe). Spara planen som en fil och försök igen.`;
    case "unreadable":
      return `Kunde inte läsa ${r.path} (${r.reason ?? "okänt fel"}). Finns filen, och får du läsa den?`;
    case "empty":
      return `${r.file} är tom.`;
    case "file_too_large":
      return (
        `${r.file} är ${mb(r.bytes)}, och en handlingsplan som läses in får vara högst ${mb(L.fileBytes)}. ` +
        "Spara bara bladet med handlingsplanen, utan bilder och andra blad, och försök igen."
      );
    case "old_xls":
      return `${r.file} är en äldre Excel-fil (.xls). Öppna den i Excel eller LibreOffice och spara den som .xlsx eller CSV.`;
    case "not_zip":
      return `${r.file} ser inte ut som en Excel-fil (.xlsx). Spara om den från Excel som .xlsx.`;
    case "xlsx_as_csv":
      return `${r.file} är en Excel-fil, inte CSV. Döp om den till .xlsx eller spara den som CSV.`;
    case "unknown_type":
      return `${r.file} är varken en Excel-fil (.xlsx) eller en CSV-fil (.csv). Spara handlingsplanen i något av de formaten.`;
    case "not_text":
      return `${r.file} innehåller inte text och kan inte läsas som CSV. Spara handlingsplanen som CSV (UTF-8) eller .xlsx.`;
    case "zip_damaged":
      return `${r.file} är skadad eller ofullständig (kanske avbröts kopieringen) och kan inte packas upp. ${SAVE_AGAIN}`;
    case "not_workbook":
      return `${r.file} är en zip-fil men ingen Excel-arbetsbok. ${SAVE_AGAIN}`;
    case "no_sheets":
      return `${r.file} är en Excel-arbetsbok utan blad, så det finns inget att läsa in.`;
    case "too_many_entries":
      return `${r.file} består av ${number(r.entries)} delar; en arbetsbok som läses in får ha högst ${number(L.zipEntries)}. ${SAVE_AGAIN}`;
    case "entry_too_large":
      return (
        `${r.file} packas upp till mer än ${mb(L.entryBytes)} (delen ${r.entry}), mer än en handlingsplan ` +
        `behöver, så den läses inte in. ${SAVE_AGAIN}`
      );
    case "unpacked_too_large":
      return `${r.file} packas upp till mer än ${mb(L.unpackedBytes)}, mer än en handlingsplan behöver, så den läses inte in. ${SAVE_AGAIN}`;
    case "sheet_damaged":
      return `${r.file}: bladet "${r.sheet}" är skadat och kan inte läsas. ${SAVE_AGAIN}`;
    case "too_many_rows":
      return (
        `${r.file}: bladet "${r.sheet}" använder rader ända ned till rad ${number(r.row)}; en handlingsplan som ` +
        `läses in får ha högst ${number(L.rows)} rader. Ta bort tomma eller formaterade rader längst ned och försök igen.`
      );
    case "too_many_columns":
      return (
        `${r.file}${where({ file: r.file, sheet: r.sheet, ...(r.row !== undefined ? { row: r.row } : {}) })}: det finns något i ` +
        `kolumn ${r.column}; en handlingsplan som läses in får använda högst ${L.columns} kolumner. ` +
        "Ta bort innehållet längst till höger och försök igen."
      );
    case "too_many_cells":
      return `${r.file}: bladet "${r.sheet}" har fler än ${number(L.cells)} ifyllda celler, mer än en handlingsplan behöver, så filen läses inte in.`;
    case "merged_too_large":
      return (
        `${r.file}: bladet "${r.sheet}" har sammanfogade celler ${r.range} (${number(r.cells)} celler); ` +
        `sammanfogningar får täcka högst ${number(L.mergedCells)} celler. Dela upp de sammanfogade cellerna och försök igen.`
      );
    case "cell_too_long":
      return (
        `${r.file}${where(r)}: en cell har fler än ${number(L.cellChars)} tecken, det mesta Excel tillåter i en ` +
        "cell. Korta texten och försök igen."
      );
    case "workbook_unreadable":
      return `${r.file} gick inte att läsa som Excel-arbetsbok. ${SAVE_AGAIN}`;
    case "csv_unreadable":
      return `${r.file}${where(r)} gick inte att läsa som CSV. Spara handlingsplanen igen som CSV (UTF-8) eller .xlsx.`;
  }
}

const DATE_HINT = "Skriv till exempel 2018-06-29, 29 juni 2018 eller 29/6 2018.";

const FIELD: Record<ChangedField, string> = {
  title: "aktivitetstext",
  principleId: "princip",
  party: "part",
  commitment: "åtagande",
  responsibleOrg: "ansvarig förvaltning/förening",
  commissioner: "uppdragsbeställare",
  partners: "samarbetspartner",
  followUp: "uppföljning",
  dueDate: "klart senast",
  owners: "ansvarig person",
};

export const importSv = {
  /** Why a file cannot be read as a plan at all. */
  refusal,
  /** `Blad "Handlingsplan", rad 12, kolumn C (Klart senast): …` */
  problemAt: (sheet: string, row?: number, column?: string, heading?: string) =>
    [
      `Blad "${sheet}"`,
      ...(row !== undefined ? [`rad ${row}`] : []),
      ...(column !== undefined ? [`kolumn ${column}${heading ? ` (${heading})` : ""}`] : []),
    ].join(", "),
  /** Problems in the rows of a sheet; the place is said before them. */
  sheet: {
    empty: "bladet är tomt, det finns inget att läsa in.",
    emptyFile: (sheets: readonly string[]) =>
      `filen är tom: ${sheets.length > 1 ? `bladen ${sheets.map((s) => `"${s}"`).join(", ")} har` : "bladet har"} inga rader att läsa in.`,
    noHeader: (rows: number, activity: string, others: readonly string[]) =>
      `jag hittade ingen rubrikrad bland de första ${rows} raderna. Rubrikraden ska ha kolumnen ${activity} ` +
      `och minst en av ${join(others, "eller")}.`,
    goalWithoutPrinciple: (principle: string) =>
      `målet står före första principen; skriv det under en principrubrik eller fyll i kolumnen ${principle}.`,
    noActivities: "bladet har en rubrikrad men inga aktiviteter under den.",
    missingNumber: (numberColumn: string, activityColumn: string, filled?: string) =>
      `raden saknar aktivitetsnummer${filled ? ` men har ${filled} ifyllt` : ""}. ` +
      `Skriv numret i kolumn ${numberColumn} (eller först i ${activityColumn}, till exempel "13. Se över …"); ` +
      "en rad som bara fortsätter texten i raden ovanför får inte ha egna värden i de kolumnerna.",
    noActivityText: (activityColumn: string, filled?: string) =>
      `raden har ingen text i kolumn ${activityColumn}${filled ? ` men har ${filled} ifyllt` : ""}.`,
    activityWithoutText: (n: number) => `aktivitet ${n} saknar text.`,
    duplicateNumber: (n: number, row: number) =>
      `nummer ${n} finns redan på rad ${row}. Varje aktivitet behöver ett eget nummer.`,
    notAParty: (text: string, words: Record<Party, string>) =>
      `"${text}" är ingen part. Skriv ${words.stad}, ${words.civilsamhalle} eller ${words.gemensamt}.`,
    badPrinciple: (name: string) => `"${name}" går inte att använda som princip.`,
  },
  /** Problems in one cell. */
  cell: {
    notANumber: (text: string) => `"${text}" är inget aktivitetsnummer. Skriv ett heltal, till exempel 13.`,
    unreadableDate: `datumet går inte att läsa. ${DATE_HINT}`,
    serialNotDate: (n: number) => `${n} är inget datum. ${DATE_HINT}`,
    noSuchDate: (text: string) => `"${text}" är inget datum som finns. ${DATE_HINT}`,
    notADate: (text: string) => `"${text}" går inte att läsa som ett datum. ${DATE_HINT}`,
    notAStatus: (text: string, choices: string, suggestion?: string) =>
      `"${text}" är ingen status.${suggestion ? ` Menade du ${suggestion}?` : ""} Skriv ${choices}.`,
  },
  /** Why an import stopped before saving, for what the file itself cannot say. */
  target: {
    groupNear: (name: string, near: readonly string[]) =>
      `Det finns ingen grupp som heter "${name}", men det finns ${join(near.map((g) => `"${g}"`))}. ` +
      "Skriv gruppens hela namn, eller ett helt nytt namn för att skapa en ny grupp.",
    planUnnamed:
      'Filen säger inte vilken handlingsplan den gäller (ingen rubrik som "Handlingsplan 2017–2018" ovanför ' +
      'tabellen) och gruppen har ingen plan än. Ange planens namn med --plan "Handlingsplan 2025–2027".',
  },
  summary: {
    /** How many lines past the listed ones there are. */
    more: (n: number) => `  … och ${n} till`,
    dryRun: "Provkörning (--dry-run): inget har sparats. Så här skulle det bli:",
    group: (would: boolean, name: string) =>
      `${would ? "Ny grupp skulle skapas" : "Ny grupp skapad"}: ${name}`,
    plan: (would: boolean, name: string) => `${would ? "Ny plan skulle skapas" : "Ny plan skapad"}: ${name}`,
    planInactive: (would: boolean, name: string, active: string, periodUnknown: boolean) =>
      `${name} ${would ? "skulle inte bli" : "är inte"} aktiv, eftersom ${periodUnknown ? `namnet inte har några årtal och ${active} redan är aktiv` : `${active} gäller en senare period`}; skriv plan ${name} för att byta.`,
    principles: (would: boolean, names: readonly string[]) =>
      `${would ? "Nya principer" : "Principer tillagda"}: ${names.join(", ")}`,
    members: (would: boolean, names: readonly string[]) =>
      `${would ? "Nya medlemmar (ansvariga i planen)" : "Medlemmar tillagda (ansvariga i planen)"}: ${names.join(", ")}`,
    isNew: "ny",
    changed: (fields: readonly ChangedField[]) => `ändrad ${fields.map((f) => FIELD[f]).join(", ")}`,
    status: (from: string, to: string) => `status ${from} → ${to}`,
    renumbered: (would: boolean) =>
      `${would ? "Skulle få nytt nummer" : "Nytt nummer"} (filen har inga nummer, så de följer raderna; ` +
      "statushistoriken följer med aktiviteten):",
    vanished: "Finns inte längre i filen (sparas som de är, med sin historik):",
    vanishedMoved: (n: number) => `numret ${n} går till en annan aktivitet`,
    notCompared:
      "Filen skiljer sig från den sparade planen på för många rader för att jämföra texterna en och en: " +
      "bara rader med samma text som förut känns igen, övriga räknas som nya och de sparade finns kvar. " +
      "Skriv aktiviteternas nummer i en kolumn Nr för att knyta raderna till sina aktiviteter.",
    ambiguousWait: "En riktig inläsning sparar ingenting förrän det är utrett.",
    counts: (c: {
      created: number;
      changed: number;
      renumbered: number;
      unchanged: number;
      statuses: number;
    }) =>
      [
        plural(c.created, "ny", "nya"),
        plural(c.changed, "ändrad", "ändrade"),
        ...(c.renumbered ? [`${c.renumbered} med nytt nummer`] : []),
        plural(c.unchanged, "oförändrad", "oförändrade"),
        plural(c.statuses, "statusändring", "statusändringar"),
      ].join(", "),
    total: (would: boolean, activities: number, plan: string, group: string, counts: string) =>
      `${would ? "Skulle läsa in" : "Klart:"} ${plural(activities, "aktivitet", "aktiviteter")} i ${plan} (${group}): ${counts}.`,
  },
  ambiguity: {
    heading: "Oklart vilken sparad aktivitet raden är (ingenting gissas, så att ingen historik hamnar fel):",
    line: (row: number, title: string, candidates: readonly string[], rivalRows: readonly number[]) =>
      `  rad ${row} "${title}" är lika nära ${candidates.join(" och ")}` +
      (rivalRows.length ? `, precis som rad ${rivalRows.join(" och ")}` : ""),
    candidate: (n: number, title: string) => `${n} "${title}"`,
    howTo: "Skriv aktiviteternas nummer i en kolumn Nr, eller gör texterna olika, och läs in filen igen.",
    refused: (rows: number) =>
      `Inget har sparats: ${rows === 1 ? "en rad" : `${rows} rader`} i filen kan vara flera sparade aktiviteter.`,
  },
  sections: {
    question: (n: number) =>
      `Vilken part gäller ${n === 1 ? "rubriken" : "rubrikerna"}? Filen säger inte om ` +
      `${n === 1 ? "den är" : "de är"} kommunens, civilsamhällets eller gemensamma:`,
    line: (row: number, heading: string) => `  rad ${row}: "${heading}"`,
    answer: (example: string, words: Record<Party, string>) =>
      `Svara med --part för varje rubrik, till exempel --part "${example}=${words.civilsamhalle}" ` +
      `(eller =${words.stad}, =${words.gemensamt}), och läs in filen igen.`,
    exampleHeading: "Rubrik",
    partUsage: (value: string, words: Record<Party, string>) =>
      `--part "${value}": skriv rubriken, ett likhetstecken och ${words.stad}, ${words.civilsamhalle} eller ` +
      `${words.gemensamt}, till exempel --part "Ideella sektorn=${words.civilsamhalle}".`,
  },
  command: {
    usage: (
      parts: Record<Party, string>,
    ) => `Användning: lok import <fil.xlsx|fil.csv> --group <grupp> [--plan <plan>] [--dry-run]
                  [--part "<rubrik>=${parts.stad}|${parts.civilsamhalle}|${parts.gemensamt}"] …

Läser in en handlingsplan från Excel (.xlsx) eller CSV (; eller , som avgränsare).
  --group <grupp>  gruppen planen hör till (skapas om den inte finns)
  --plan <plan>    planens namn, till exempel "Handlingsplan 2017–2018" (annars rubriken i
                   filen eller gruppens aktiva plan; skapas om den inte finns)
  --dry-run        visa vad som skulle ändras, utan att spara något
  --part <rubrik>=<part>
                   vilken part en avsnittsrubrik gäller, när filen inte säger det (till exempel
                   --part "Ideella sektorn=${parts.civilsamhalle}"); kan anges flera gånger`,
    missingFile: "Ange filen som ska läsas in.",
    missingGroup: "Ange vilken grupp planen hör till med --group <grupp>.",
    /** Shared with `lok export`. */
    oneFile: (extra: readonly string[]) => `En fil i taget, tack (fick även ${extra.join(" ")}).`,
    problems: (file: string) => `${file} kan inte läsas in; inget har sparats. Rätta detta och försök igen:`,
    notYet: (file: string) => `${file} kan inte läsas in än; inget har sparats.`,
    read: (activities: number, sheet: string, file: string, detected?: string) =>
      `Läste ${plural(activities, "aktivitet", "aktiviteter")} från blad "${sheet}" i ${file}${detected ? ` (${detected})` : ""}.`,
    detected: (encoding: string, delimiter: string) =>
      `${encoding}, avgränsare ${delimiter === "\t" ? "tab" : delimiter}`,
    /** cli-progress fills in {bar}, {value} and {total}. */
    progress: "Sparar {bar} {value}/{total} aktiviteter",
    failed: (file: string) =>
      `${file} kunde inte läsas in på grund av ett oväntat fel, inte på grund av filen; inget har sparats. ` +
      "Försök igen om en stund; felet finns i loggen om det kvarstår.",
  },
  /** The comment of a status update an import writes, shown in the activity's history. */
  statusComment: (file: string) => `Inläst från ${file}`,
};

export type ImportTexts = typeof importSv;
