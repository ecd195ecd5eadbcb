// Replies about adding and changing activities: the new activity's card, a changed field, a removed
// deadline, the reply that says what `ny aktivitet` still needs, and the card's list of changes.
import type { Messages } from "../../texts/index.ts";
import type { ActivityForm } from "../activity-form.ts";
import { type ActivityField, type Party, partySchema } from "../command.ts";
import type { ActivityView, Block, Reply } from "../reply.ts";
import { reply } from "../reply.ts";
import { activityBlocks, activityTitle, SHORT_TITLE_LENGTH } from "./activity-replies.ts";
import { unchangedReply } from "./no-change-replies.ts";

/** One row of an activity's history as the card lists it. */
export interface ChangeView {
  /** An ActivityField, "deadline", "owner" or "created". */
  field: string;
  before?: string;
  after?: string;
  who?: string;
  /** As the group reads it, e.g. "2026-11-23 10:00". */
  atLocal: string;
}

/** A value in the list of changes: long texts cut short, a party and a deadline in words. */
const CHANGE_VALUE_LENGTH = 60;

type FieldName = keyof Messages["activityEdit"]["field"];

function fieldName(t: Messages, field: string): string {
  return t.activityEdit.field[field as FieldName] ?? field;
}

/** A stored value as the group reads it: a party by its label, a deadline as a date. */
export function valueText(t: Messages, field: string, value: string): string {
  if (field === "party") return t.party.label[value as Party] ?? value;
  if (field === "deadline" && /^\d{4}-\d{2}-\d{2}$/.test(value)) return t.dates.date(value);
  return value;
}

function short(text: string): string {
  return text.length > CHANGE_VALUE_LENGTH ? `${text.slice(0, CHANGE_VALUE_LENGTH - 1).trimEnd()}…` : text;
}

export function changeLine(t: Messages, c: ChangeView): string {
  const e = t.activityEdit;
  if (c.field === "created") return e.createdLine(c.atLocal, c.who);
  const shown = (v?: string) => (v === undefined ? e.none : `”${short(valueText(t, c.field, v))}”`);
  // A field that had a value and has none now was emptied (a removed deadline too).
  const after = c.after === undefined && c.before !== undefined ? e.emptied : shown(c.after);
  return e.changeLine(c.atLocal, c.who, fieldName(t, c.field), shown(c.before), after);
}

/** The card's blocks with the list of changes under its heading, before the buttons. */
export function withChanges(t: Messages, blocks: Block[], changes: readonly ChangeView[]): Block[] {
  if (changes.length === 0) return blocks;
  const list: Block[] = [
    { type: "heading", text: t.activityEdit.changesHeading },
    { type: "bullets", items: changes.map((c) => changeLine(t, c)) },
  ];
  const at = blocks.findIndex((b) => b.type === "actions");
  return at < 0 ? [...blocks, ...list] : [...blocks.slice(0, at), ...list, ...blocks.slice(at)];
}

export function createdReply(
  t: Messages,
  a: ActivityView,
  changes: readonly ChangeView[],
  by: string,
): Reply {
  return reply(
    "success",
    [
      { type: "text", text: t.activityEdit.created(a.number, a.title) },
      ...withChanges(t, activityBlocks(t, a), changes),
      { type: "note", text: t.activityEdit.createdNote(a.number) },
    ],
    {
      effect: "changed",
      announcement: {
        text: t.activityEdit.announceCreated(activityTitle(a, SHORT_TITLE_LENGTH), by),
        activityNumber: a.number,
      },
    },
  );
}

export interface FieldChanged {
  field: ActivityField;
  /** As stored: a party by its key. */
  value: string;
  previous?: string;
  by: string;
}

export function fieldChangedReply(
  t: Messages,
  a: ActivityView,
  changes: readonly ChangeView[],
  change: FieldChanged,
): Reply {
  const name = fieldName(t, change.field);
  const value = valueText(t, change.field, change.value);
  const previous = change.previous === undefined ? undefined : valueText(t, change.field, change.previous);
  return reply(
    "success",
    [
      { type: "text", text: t.activityEdit.changed(a.number, name, value, previous) },
      ...withChanges(t, activityBlocks(t, a), changes),
    ],
    {
      effect: "changed",
      announcement: {
        text: t.activityEdit.announceChanged(
          activityTitle(a, SHORT_TITLE_LENGTH),
          name,
          short(value),
          change.by,
        ),
        activityNumber: a.number,
      },
    },
  );
}

/** `ändra <nr> <fält> ingen`: the field is empty now. */
export function fieldClearedReply(
  t: Messages,
  a: ActivityView,
  changes: readonly ChangeView[],
  change: { field: ActivityField; previous: string; by: string },
): Reply {
  const name = fieldName(t, change.field);
  return reply(
    "success",
    [
      { type: "text", text: t.activityEdit.cleared(a.number, name, short(change.previous)) },
      ...withChanges(t, activityBlocks(t, a), changes),
    ],
    {
      effect: "changed",
      announcement: {
        text: t.activityEdit.announceCleared(activityTitle(a, SHORT_TITLE_LENGTH), name, change.by),
        activityNumber: a.number,
      },
    },
  );
}

/** `ändra <nr> <fält> ingen` for a field that is already empty. */
export function fieldAlreadyEmptyReply(t: Messages, a: ActivityView, field: ActivityField): Reply {
  return unchangedReply(t, t.activityEdit.alreadyEmpty(a.number, fieldName(t, field)));
}

/** The field already has the value asked for. */
export function fieldUnchangedReply(
  t: Messages,
  a: ActivityView,
  field: ActivityField,
  value: string,
): Reply {
  return unchangedReply(
    t,
    t.activityEdit.unchanged(a.number, fieldName(t, field), valueText(t, field, value)),
  );
}

export function deadlineClearedReply(t: Messages, a: ActivityView, previous: string, by: string): Reply {
  return reply(
    "success",
    [{ type: "text", text: t.activityEdit.deadlineCleared(a.number, t.dates.date(previous)) }],
    {
      effect: "changed",
      announcement: {
        text: t.activityEdit.announceDeadlineCleared(activityTitle(a, SHORT_TITLE_LENGTH), by),
        activityNumber: a.number,
      },
    },
  );
}

/** `ny aktivitet` without its title, principle or party: what is missing, and the principles to pick. */
export function createIncompleteReply(
  t: Messages,
  missing: readonly ("title" | "principle" | "party")[],
  principles: readonly string[],
): Reply {
  const e = t.activityEdit;
  return reply("error", [
    { type: "text", text: e.missing(missing.map((m) => e.required[m])) },
    { type: "note", text: principles.length ? e.principlesAre(principles) : e.noPrinciples },
    { type: "note", text: e.write },
  ]);
}

/** The principle typed names none of the plan's. */
export function principleUnknownReply(t: Messages, query: string, principles: readonly string[]): Reply {
  const e = t.activityEdit;
  return reply("error", [
    { type: "text", text: t.errors.principleNotFound(query) },
    { type: "note", text: principles.length ? e.principlesAre(principles) : e.noPrinciples },
    { type: "note", text: e.write },
  ]);
}

/**
 * `ny aktivitet` with nothing after it: how to type it, the plan's principles, and the button that
 * opens the form where the surface has one (Slack opens it at once from `/lok`; the console has none).
 */
export function activityFormReply(
  t: Messages,
  principles: readonly { key: string; name: string }[],
  headings: Partial<Record<Party, string>> = {},
): Reply {
  const e = t.activityEdit;
  const names = principles.map((p) => p.name);
  if (!names.length) return createIncompleteReply(t, ["title", "principle", "party"], names);
  const form: ActivityForm = {
    kind: "activity",
    principles: principles.map((p) => ({ key: p.key, name: p.name })),
    parties: partySchema.options.map((party) => ({
      party,
      label: t.activityForm.partyOption(t.party.label[party], headings[party]),
    })),
  };
  return reply(
    "info",
    [
      { type: "text", text: e.missing([e.required.title, e.required.principle, e.required.party]) },
      { type: "note", text: e.principlesAre(names) },
      { type: "note", text: e.write },
      {
        type: "actions",
        actions: [{ label: t.activityForm.open, action: { kind: "activity_form" }, style: "primary" }],
      },
    ],
    { form },
  );
}
