// What an import changes in one activity: compares a row of the sheet with the stored activity, field by
// field, for the fields the sheet has a column for. Pure, so the dry run and the real run agree.
import type { ActivityStatus } from "../core/activity-status.ts";
import type { Party } from "../core/command.ts";
import type { LocalDate } from "../core/local-date.ts";
import type { ParsedActivity, PlanField, TextField } from "../core/plan-sheet/sheet-to-plan.ts";
import { TEXT_FIELDS } from "../core/plan-sheet/sheet-to-plan.ts";

/** The stored fields an import may write. */
export interface ActivityFields {
  title: string;
  principleId: number | null;
  party: Party;
  commitment: string | null;
  responsibleOrg: string | null;
  commissioner: string | null;
  partners: string | null;
  followUp: string | null;
  dueDate: LocalDate | null;
}

export interface StoredActivity extends ActivityFields {
  id: number;
  number: number;
  status: ActivityStatus;
  ownerIds: number[];
  latestUpdateId: number | null;
}

export interface ActivityChange {
  /** The number the activity has after the import. */
  number: number;
  /** Its text in the file, for the summary. */
  title: string;
  kind: "new" | "changed" | "unchanged";
  /** The stored activity this row is (its row id carries the status history). */
  activityId?: number;
  /** The number it had, when the file's order gives it another. */
  renumberedFrom?: number;
  /** The changed fields, for the summary. */
  changed: ChangedField[];
  /** The fields to write (all of them for a new activity). */
  fields: Partial<ActivityFields>;
  status?: { from: ActivityStatus; to: ActivityStatus };
  /** Owners to set, when the sheet has an owners column and they differ. */
  ownerIds?: number[];
}

/** A field an import may change; the summary names it in the reader's language. */
export type ChangedField = keyof ActivityFields | "owners";

export interface ChangeInputs {
  present: Record<PlanField, boolean>;
  /** Principle key → id (negative for principles a dry run has not created). */
  principleIds: ReadonlyMap<string, number>;
  /** The activity's owners resolved to member ids, when the sheet has an owners column. */
  ownerIds?: number[];
}

/** The values the sheet gives for the fields it has a column for. */
export function sheetFields(a: ParsedActivity, inputs: ChangeInputs): Partial<ActivityFields> {
  const fields: Partial<ActivityFields> = { title: a.title };
  const { present } = inputs;
  if (present.principle)
    fields.principleId = a.principleKey ? (inputs.principleIds.get(a.principleKey) ?? null) : null;
  if (present.party && a.party) fields.party = a.party;
  for (const f of TEXT_FIELDS as readonly TextField[]) if (present[f]) fields[f] = a[f] ?? null;
  if (present.dueDate) fields.dueDate = a.dueDate ?? null;
  return fields;
}

export function activityChange(
  a: ParsedActivity,
  stored: StoredActivity | undefined,
  inputs: ChangeInputs,
): ActivityChange {
  const fields = sheetFields(a, inputs);
  const owners = inputs.present.owners
    ? [...new Set(inputs.ownerIds ?? [])].sort((x, y) => x - y)
    : undefined;
  if (!stored) {
    const status = a.status && a.status !== "ej_paborjad" ? a.status : undefined;
    return {
      number: a.number,
      title: a.title,
      kind: "new",
      changed: [],
      fields,
      ...(status ? { status: { from: "ej_paborjad" as const, to: status } } : {}),
      ...(owners?.length ? { ownerIds: owners } : {}),
    };
  }
  const changedFields: Partial<ActivityFields> = {};
  const changed: ChangedField[] = [];
  for (const key of Object.keys(fields) as (keyof ActivityFields)[]) {
    if (fields[key] !== stored[key]) {
      (changedFields as Record<string, unknown>)[key] = fields[key];
      changed.push(key);
    }
  }
  const storedOwners = [...stored.ownerIds].sort((x, y) => x - y);
  const ownersChanged = owners !== undefined && owners.join(",") !== storedOwners.join(",");
  if (ownersChanged) changed.push("owners");
  const status = a.status && a.status !== stored.status ? { from: stored.status, to: a.status } : undefined;
  const renumbered = stored.number !== a.number;
  return {
    number: a.number,
    title: a.title,
    kind: changed.length || status || renumbered ? "changed" : "unchanged",
    activityId: stored.id,
    ...(renumbered ? { renumberedFrom: stored.number } : {}),
    changed,
    fields: changedFields,
    ...(status ? { status } : {}),
    ...(ownersChanged ? { ownerIds: owners } : {}),
  };
}

/**
 * The idempotency key of a status update written by an import: the activity, the update it follows
 * and the new status. Running the same import again finds the status already set and writes nothing;
 * two imports racing to make the same change store it once.
 */
export function importStatusKey(
  activityId: number,
  latestUpdateId: number | null,
  status: ActivityStatus,
): string {
  return `import:${activityId}:${latestUpdateId ?? 0}:${status}`;
}
