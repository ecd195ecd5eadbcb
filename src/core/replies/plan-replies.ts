// Replies about the group's plans: `planer`, `plan <namn>` and `ny plan …`.
import type { Messages } from "../../texts/index.ts";
import type { LocalDate } from "../local-date.ts";
import { type Block, type Reply, reply } from "../reply.ts";
import { unchangedReply } from "./no-change-replies.ts";

export interface PlanLine {
  name: string;
  from?: LocalDate | undefined;
  to?: LocalDate | undefined;
  active: boolean;
}

/** "1 jan 2017 – 31 dec 2018", or undefined when the plan has no period. */
export function periodText(t: Messages, p: Pick<PlanLine, "from" | "to">): string | undefined {
  return p.from && p.to ? t.plans.period(t.dates.date(p.from), t.dates.date(p.to)) : undefined;
}

export function plansReply(t: Messages, plans: readonly PlanLine[]): Reply {
  const p = t.plans;
  if (!plans.length) return reply("info", [{ type: "text", text: p.none }]);
  return reply("info", [
    { type: "heading", text: p.heading },
    { type: "bullets", items: plans.map((plan) => p.line(plan.name, periodText(t, plan), plan.active)) },
    { type: "note", text: p.howToChange },
  ]);
}

function changed(text: string, notes: string[], announcement: string): Reply {
  const blocks: Block[] = [{ type: "text", text }, ...notes.map((n) => ({ type: "note" as const, text: n }))];
  return reply("success", blocks, { effect: "changed", announcement: { text: announcement } });
}

export function planActivatedReply(
  t: Messages,
  name: string,
  previous: string | undefined,
  by: string,
): Reply {
  const p = t.plans;
  return changed(
    p.activated(name),
    previous ? [p.activatedFrom(previous)] : [],
    p.announceActivated(name, by),
  );
}

export function planAlreadyActiveReply(t: Messages, name: string): Reply {
  return unchangedReply(t, t.plans.alreadyActive(name));
}

/** No plan or several fit the name: says which there are, and changes nothing. */
export function planNotFoundReply(
  t: Messages,
  query: string,
  candidates: readonly string[],
  all: readonly string[],
): Reply {
  const p = t.plans;
  const text = candidates.length > 1 ? p.ambiguous(query, candidates) : p.notFound(query);
  const choices = candidates.length > 1 ? candidates : all;
  return reply("error", [
    { type: "text", text },
    { type: "note", text: choices.length ? p.choose(choices) : p.none },
  ]);
}

export interface PlanCreated {
  name: string;
  from: LocalDate;
  to: LocalDate;
  /** The plan that was active before, whose principles (and open activities) it took. */
  previous?: string;
  principles: number;
  /** How many were carried over, when `överför` was asked for. */
  carried?: number;
  /** Without `överför`: how many open activities the previous plan has, and the command that carries them. */
  carryHint?: { open: number; command: string };
  by: string;
}

export function planCreatedReply(t: Messages, c: PlanCreated): Reply {
  const p = t.plans;
  const notes: string[] = [];
  if (c.previous) {
    notes.push(p.principlesCopied(c.previous, c.principles));
    if (c.carried !== undefined) notes.push(p.carried(c.previous, c.carried));
    else if (c.carryHint && c.carryHint.open > 0)
      notes.push(p.carryHint(c.previous, c.carryHint.open, c.carryHint.command));
  } else if (c.carried !== undefined) notes.push(p.noEarlier);
  const period = periodText(t, c) ?? "";
  return changed(p.created(c.name, period), notes, p.announceCreated(c.name, c.by));
}

/** `ny plan … överför` again, for a plan made without it that is still empty: the activities follow. */
export function planCarriedReply(
  t: Messages,
  name: string,
  previous: string,
  carried: number,
  by: string,
): Reply {
  const p = t.plans;
  return changed(p.carried(previous, carried), [p.activated(name)], p.announceActivated(name, by));
}

export function planExistsReply(t: Messages, name: string): Reply {
  const p = t.plans;
  return reply("error", [
    { type: "text", text: p.exists(name) },
    { type: "note", text: p.existsHint(name) },
  ]);
}

export function badPeriodReply(t: Messages, from: LocalDate, to: LocalDate): Reply {
  const p = t.plans;
  return reply("error", [
    { type: "text", text: p.badPeriod(t.dates.date(from), t.dates.date(to)) },
    { type: "note", text: p.badPeriodHint },
  ]);
}
