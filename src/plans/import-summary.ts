// The Swedish text `lok import` prints: what was (or in a dry run would be) created, changed and
// renumbered, what the file no longer has, and rows it cannot tell apart.
import { STATUS_LABEL } from "../core/activity-status.ts";
import type { UnknownSection } from "../core/plan-sheet/sheet-to-plan.ts";
import type { ImportResult } from "./apply-plan.ts";
import type { Ambiguity } from "./match-activities.ts";

/** How many activity lines are listed one by one before the rest is counted. */
export const LISTED_CHANGES = 40;

const TITLE_LENGTH = 70;

/** A title short enough for one line of the summary. */
function short(title: string): string {
  return title.length > TITLE_LENGTH ? `${title.slice(0, TITLE_LENGTH - 1).trimEnd()}…` : title;
}

function listed<T>(items: readonly T[], line: (item: T) => string): string[] {
  const lines = items.slice(0, LISTED_CHANGES).map(line);
  if (items.length > LISTED_CHANGES) lines.push(`  … och ${items.length - LISTED_CHANGES} till`);
  return lines;
}

export function importSummary(result: ImportResult): string[] {
  const would = result.dryRun;
  const lines: string[] = [];
  if (would) lines.push("Provkörning (--dry-run): inget har sparats. Så här skulle det bli:");
  if (result.groupCreated)
    lines.push(`${would ? "Ny grupp skulle skapas" : "Ny grupp skapad"}: ${result.groupName}`);
  if (result.planCreated)
    lines.push(`${would ? "Ny plan skulle skapas" : "Ny plan skapad"}: ${result.planName}`);
  if (result.principlesCreated.length)
    lines.push(`${would ? "Nya principer" : "Principer tillagda"}: ${result.principlesCreated.join(", ")}`);
  if (result.membersCreated.length)
    lines.push(
      `${would ? "Nya medlemmar (ägare)" : "Medlemmar tillagda (ägare)"}: ${result.membersCreated.join(", ")}`,
    );
  const created = result.changes.filter((c) => c.kind === "new");
  const changed = result.changes.filter((c) => c.changed.length || (c.kind === "changed" && c.status));
  const renumbered = result.changes.filter((c) => c.renumberedFrom !== undefined);
  const unchanged = result.changes.filter((c) => c.kind === "unchanged");
  const statuses = result.changes.filter((c) => c.status);
  const detail = result.changes.filter((c) => c.kind === "new" || c.changed.length || c.status);
  lines.push(
    ...listed(detail, (c) => {
      const parts: string[] = [];
      if (c.kind === "new") parts.push("ny");
      if (c.changed.length) parts.push(`ändrad ${c.changed.join(", ")}`);
      if (c.status) parts.push(`status ${STATUS_LABEL[c.status.from]} → ${STATUS_LABEL[c.status.to]}`);
      return `  ${c.number}: ${parts.join("; ")}`;
    }),
  );
  if (renumbered.length) {
    lines.push(
      `${would ? "Skulle få nytt nummer" : "Nytt nummer"} (filen har inga nummer, så de följer raderna; ` +
        "statushistoriken följer med aktiviteten):",
    );
    lines.push(...listed(renumbered, (c) => `  ${c.renumberedFrom} → ${c.number}: ${short(c.title)}`));
  }
  if (result.vanished.length) {
    lines.push("Finns inte längre i filen (sparas som de är, med sin historik):");
    lines.push(
      ...listed(result.vanished, (v) =>
        v.newNumber !== undefined
          ? `  ${v.number} → ${v.newNumber}: ${short(v.title)} (numret ${v.number} går till en annan aktivitet)`
          : `  ${v.number}: ${short(v.title)}`,
      ),
    );
  }
  if (!result.textsCompared)
    lines.push(
      "Filen skiljer sig från den sparade planen på för många rader för att jämföra texterna en och en: " +
        "bara rader med samma text som förut känns igen, övriga räknas som nya och de sparade finns kvar. " +
        "Skriv aktiviteternas nummer i en kolumn Nr för att knyta raderna till sina aktiviteter.",
    );
  if (result.ambiguous.length) {
    lines.push(...ambiguityLines(result.ambiguous));
    if (would) lines.push("En riktig inläsning sparar ingenting förrän det är utrett.");
  }
  const counts =
    `${created.length} nya, ${changed.length} ändrade, ` +
    (renumbered.length ? `${renumbered.length} med nytt nummer, ` : "") +
    `${unchanged.length} oförändrade, ${statuses.length} statusändringar`;
  lines.push(
    would
      ? `Skulle läsa in ${result.changes.length} aktiviteter i ${result.planName} (${result.groupName}): ${counts}.`
      : `Klart: ${result.changes.length} aktiviteter i ${result.planName} (${result.groupName}): ${counts}.`,
  );
  return lines;
}

function ambiguityLines(ambiguous: readonly Ambiguity[]): string[] {
  return [
    "Oklart vilken sparad aktivitet raden är (ingenting gissas, så att ingen historik hamnar fel):",
    ...listed(ambiguous, (a) => {
      const candidates = a.candidates.map((c) => `${c.number} "${short(c.title)}"`).join(" och ");
      const rivals = a.rivalRows.length ? `, precis som rad ${a.rivalRows.join(" och ")}` : "";
      return `  rad ${a.row} "${short(a.title)}" är lika nära ${candidates}${rivals}`;
    }),
    "Skriv aktiviteternas nummer i en kolumn Nr, eller gör texterna olika, och läs in filen igen.",
  ];
}

/** Why a real import refuses rows it cannot tell apart. */
export function ambiguityRefusal(ambiguous: readonly Ambiguity[]): string {
  return [
    `Inget har sparats: ${ambiguous.length === 1 ? "en rad" : `${ambiguous.length} rader`} i filen kan vara flera sparade aktiviteter.`,
    ...ambiguityLines(ambiguous),
  ].join("\n");
}

/** The question a dry run asks, and a real import's reason to wait, when a heading's party is unknown. */
export function unknownSectionLines(sections: readonly UnknownSection[]): string[] {
  const example = sections[0]?.heading ?? "Rubrik";
  return [
    `Vilken part gäller ${sections.length === 1 ? "rubriken" : "rubrikerna"}? Filen säger inte om ` +
      `${sections.length === 1 ? "den är" : "de är"} kommunens, civilsamhällets eller gemensamma:`,
    ...listed(sections, (s) => `  rad ${s.row}: "${s.heading}"`),
    `Svara med --part för varje rubrik, t.ex. --part "${example}=civilsamhälle" (eller =stad, =gemensamt), ` +
      "och läs in filen igen.",
  ];
}

/** The answer to a --part value that is not "<rubrik>=<part>". */
export function partUsage(value: string): string {
  return (
    `--part "${value}": skriv rubriken, ett likhetstecken och stad, civilsamhälle eller gemensamt, ` +
    't.ex. --part "Ideella sektorn=civilsamhälle".'
  );
}

/** An import stopped by something the person cannot fix in the file (the database, a bug). */
export function importFailed(file: string): string {
  return (
    `${file} kunde inte läsas in på grund av ett oväntat fel, inte på grund av filen; inget har sparats. ` +
    "Försök igen om en stund; felet finns i loggen om det kvarstår."
  );
}
