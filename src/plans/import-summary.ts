// The text `lok import` prints, in the texts' language: what was (or in a dry run would be) created,
// changed and renumbered, what the file no longer has, rows it cannot tell apart, and why it stopped.

import { PART_OPTION_WORDS } from "../core/plan-sheet/plan-vocabulary.ts";
import type { UnknownSection } from "../core/plan-sheet/sheet-to-plan.ts";
import type { Messages } from "../texts/index.ts";
import type { ImportResult } from "./apply-plan.ts";
import type { ImportProblem } from "./import-target.ts";
import type { Ambiguity } from "./match-activities.ts";

/** How many activity lines are listed one by one before the rest is counted. */
export const LISTED_CHANGES = 40;

const TITLE_LENGTH = 70;

/** A title short enough for one line of the summary. */
function short(title: string): string {
  return title.length > TITLE_LENGTH ? `${title.slice(0, TITLE_LENGTH - 1).trimEnd()}…` : title;
}

function listed<T>(t: Messages, items: readonly T[], line: (item: T) => string): string[] {
  const lines = items.slice(0, LISTED_CHANGES).map(line);
  if (items.length > LISTED_CHANGES) lines.push(t.imports.summary.more(items.length - LISTED_CHANGES));
  return lines;
}

export function importSummary(result: ImportResult, t: Messages): string[] {
  const says = t.imports.summary;
  const would = result.dryRun;
  const lines: string[] = [];
  if (would) lines.push(says.dryRun);
  if (result.groupCreated) lines.push(says.group(would, result.groupName));
  if (result.planCreated) lines.push(says.plan(would, result.planName));
  if (result.planCreated && result.activeInstead)
    lines.push(
      says.planInactive(would, result.planName, result.activeInstead, result.periodUnknown === true),
    );
  if (result.principlesCreated.length) lines.push(says.principles(would, result.principlesCreated));
  if (result.membersCreated.length) lines.push(says.members(would, result.membersCreated));
  const created = result.changes.filter((c) => c.kind === "new");
  const changed = result.changes.filter((c) => c.changed.length || (c.kind === "changed" && c.status));
  const renumbered = result.changes.filter((c) => c.renumberedFrom !== undefined);
  const unchanged = result.changes.filter((c) => c.kind === "unchanged");
  const statuses = result.changes.filter((c) => c.status);
  const detail = result.changes.filter((c) => c.kind === "new" || c.changed.length || c.status);
  lines.push(
    ...listed(t, detail, (c) => {
      const parts: string[] = [];
      if (c.kind === "new") parts.push(says.isNew);
      if (c.changed.length) parts.push(says.changed(c.changed));
      if (c.status) parts.push(says.status(t.status.label[c.status.from], t.status.label[c.status.to]));
      return `  ${c.number}: ${parts.join("; ")}`;
    }),
  );
  if (renumbered.length) {
    lines.push(says.renumbered(would));
    lines.push(...listed(t, renumbered, (c) => `  ${c.renumberedFrom} → ${c.number}: ${short(c.title)}`));
  }
  if (result.vanished.length) {
    lines.push(says.vanished);
    lines.push(
      ...listed(t, result.vanished, (v) =>
        v.newNumber !== undefined
          ? `  ${v.number} → ${v.newNumber}: ${short(v.title)} (${says.vanishedMoved(v.number)})`
          : `  ${v.number}: ${short(v.title)}`,
      ),
    );
  }
  if (!result.textsCompared) lines.push(says.notCompared);
  if (result.ambiguous.length) {
    lines.push(...ambiguityLines(result.ambiguous, t));
    if (would) lines.push(says.ambiguousWait);
  }
  const counts = says.counts({
    created: created.length,
    changed: changed.length,
    renumbered: renumbered.length,
    unchanged: unchanged.length,
    statuses: statuses.length,
  });
  lines.push(says.total(would, result.changes.length, result.planName, result.groupName, counts));
  return lines;
}

function ambiguityLines(ambiguous: readonly Ambiguity[], t: Messages): string[] {
  const says = t.imports.ambiguity;
  return [
    says.heading,
    ...listed(t, ambiguous, (a) =>
      says.line(
        a.row,
        short(a.title),
        a.candidates.map((c) => says.candidate(c.number, short(c.title))),
        a.rivalRows,
      ),
    ),
    says.howTo,
  ];
}

/** Why an import stopped before saving anything, for something the person can fix. */
export function importProblemText(problem: ImportProblem, t: Messages): string {
  switch (problem.code) {
    case "group_near":
      return t.imports.target.groupNear(problem.name, problem.near);
    case "plan_unnamed":
      return t.imports.target.planUnnamed;
    case "ambiguous":
      return [
        t.imports.ambiguity.refused(problem.ambiguous.length),
        ...ambiguityLines(problem.ambiguous, t),
      ].join("\n");
  }
}

/** The question a dry run asks, and a real import's reason to wait, when a heading's party is unknown. */
export function unknownSectionLines(sections: readonly UnknownSection[], t: Messages): string[] {
  const says = t.imports.sections;
  const example = sections[0]?.heading ?? says.exampleHeading;
  return [
    says.question(sections.length),
    ...listed(t, sections, (s) => says.line(s.row, s.heading)),
    says.answer(example, PART_OPTION_WORDS),
  ];
}

/** The answer to a --part value that is not "<rubrik>=<part>". */
export function partUsage(value: string, t: Messages): string {
  return t.imports.sections.partUsage(value, PART_OPTION_WORDS);
}

/** An import stopped by something the person cannot fix in the file (the database, a bug). */
export function importFailed(file: string, t: Messages): string {
  return t.imports.command.failed(file);
}
