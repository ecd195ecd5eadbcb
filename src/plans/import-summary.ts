// The Swedish text `lok import` prints: what was (or in a dry run would be) created and changed.
import { STATUS_LABEL } from "../core/activity-status.js";
import { formatNumberRanges } from "../core/labels.js";
import type { ImportResult } from "./apply-plan.js";

/** How many activity lines are listed one by one before the rest is counted. */
export const LISTED_CHANGES = 40;

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
  const changed = result.changes.filter((c) => c.kind === "changed");
  const unchanged = result.changes.filter((c) => c.kind === "unchanged");
  const statuses = result.changes.filter((c) => c.status);
  const detail = [...created, ...changed];
  for (const c of detail.slice(0, LISTED_CHANGES)) {
    const parts: string[] = [];
    if (c.kind === "new") parts.push("ny");
    if (c.changed.length) parts.push(`ändrad ${c.changed.join(", ")}`);
    if (c.status) parts.push(`status ${STATUS_LABEL[c.status.from]} → ${STATUS_LABEL[c.status.to]}`);
    lines.push(`  ${c.number}: ${parts.join("; ")}`);
  }
  if (detail.length > LISTED_CHANGES) lines.push(`  … och ${detail.length - LISTED_CHANGES} till`);
  if (result.notInFile.length)
    lines.push(`Finns i planen men inte i filen (lämnas orörda): ${formatNumberRanges(result.notInFile)}`);
  const counts =
    `${created.length} nya, ${changed.length} ändrade, ${unchanged.length} oförändrade, ` +
    `${statuses.length} statusändringar`;
  lines.push(
    would
      ? `Skulle läsa in ${result.changes.length} aktiviteter i ${result.planName} (${result.groupName}): ${counts}.`
      : `Klart: ${result.changes.length} aktiviteter i ${result.planName} (${result.groupName}): ${counts}.`,
  );
  return lines;
}
