// Replies about a plan's goals: `mål` and the samordnare's changes to them.
import type { Messages } from "../../texts/index.ts";
import { formatNumberRanges } from "../labels.ts";
import { type Block, type Reply, reply } from "../reply.ts";
import { unchangedReply } from "./no-change-replies.ts";

export interface GoalsOfPrinciple {
  name: string;
  goals: readonly { number: number; text: string }[];
}

export function goalsReply(t: Messages, planName: string, principles: readonly GoalsOfPrinciple[]): Reply {
  const g = t.followUp.goals;
  if (!principles.some((p) => p.goals.length))
    return reply("info", [{ type: "text", text: g.none(planName) }]);
  const blocks: Block[] = [{ type: "heading", text: g.heading(planName) }];
  for (const p of principles) {
    blocks.push({ type: "text", text: p.name });
    blocks.push(
      p.goals.length
        ? { type: "bullets", items: p.goals.map((goal) => g.line(goal.number, goal.text)) }
        : { type: "note", text: g.principleNone },
    );
  }
  blocks.push({ type: "note", text: g.hint });
  return reply("info", blocks);
}

function changed(text: string, notes: string[], announcement: string): Reply {
  const blocks: Block[] = [{ type: "text", text }, ...notes.map((n) => ({ type: "note" as const, text: n }))];
  return reply("success", blocks, { effect: "changed", announcement: { text: announcement } });
}

export function goalAddedReply(t: Messages, n: number, principle: string, text: string, by: string): Reply {
  const g = t.followUp.goals;
  return changed(g.added(n, principle, text), [], g.announceAdded(by, n, principle));
}

export function goalChangedReply(t: Messages, n: number, text: string, by: string): Reply {
  const g = t.followUp.goals;
  return changed(g.changed(n, text), [], g.announceChanged(by, n));
}

export function goalUnchangedReply(t: Messages, n: number): Reply {
  return unchangedReply(t, t.followUp.goals.unchanged(n));
}

export function goalRemovedReply(
  t: Messages,
  n: number,
  text: string,
  assessments: number,
  by: string,
): Reply {
  const g = t.followUp.goals;
  return changed(
    g.removed(n, text),
    assessments ? [g.removedAssessments(assessments)] : [],
    g.announceRemoved(by, n),
  );
}

export function goalNotFoundReply(t: Messages, n: number, planName: string, numbers: number[]): Reply {
  const g = t.followUp.goals;
  return reply("error", [
    { type: "text", text: g.notFound(n, planName, formatNumberRanges(numbers)) },
    { type: "note", text: g.notFoundHint },
  ]);
}
