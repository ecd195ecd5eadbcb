// Renders the core's Reply as plain text for a terminal. No markup: what the core wrote in backticks
// (commands to type) is shown as it is to be typed.

import { actionLine } from "../../core/action-line.ts";
import type { Outcome } from "../../core/outcome.ts";
import { activityFields, activityTitle } from "../../core/replies/activity-replies.ts";
import { summaryLine } from "../../core/replies/list-replies.ts";
import { type Block, type Reply, withoutAttachment } from "../../core/reply.ts";
import { type Messages, textsFor } from "../../texts/index.ts";

const unquote = (text: string) => text.replace(/`([^`]*)`/g, "$1");

function renderBlock(t: Messages, block: Block): string[] {
  switch (block.type) {
    case "heading":
      return ["", block.text, "─".repeat(Math.min(block.text.length, 60))];
    case "text":
      return [unquote(block.text)];
    case "note":
      return [`  ${unquote(block.text)}`];
    case "fields":
      return block.fields.map((f) => `  ${f.label}: ${f.value}`);
    case "bullets":
      return block.items.map((i) => `  • ${unquote(i)}`);
    case "activity":
      return [
        activityTitle(block.activity),
        ...activityFields(t, block.activity).map((f) => `  ${f.label}: ${f.value}`),
      ];
    case "activity_list":
      return block.items.length
        ? block.items.map((i) => `  ${summaryLine(t, i)}`)
        : [`  ${unquote(block.emptyText)}`];
    case "actions": {
      const lines = block.actions.map((a) => actionLine(a.action)).filter(Boolean);
      // Only forms (Ny aktivitet), which the console has not: the reply says what to type instead.
      return lines.length ? [`  ${t.console.quickActions}: ${lines.join(" | ")}`] : [];
    }
  }
}

export function renderText(reply: Reply): string {
  const t = textsFor(reply.locale);
  const lines = withoutAttachment(reply).blocks.flatMap((b) => renderBlock(t, b));
  if (reply.tone === "error" && lines.length) lines[0] = `⚠ ${lines[0]}`;
  while (lines[0] === "") lines.shift();
  return lines.join("\n");
}

/** How the channel would see an announcement, in the console. */
/** An outcome as the console prints it: the answer, then what the group's channels are told. */
export function renderOutcome(outcome: Outcome): string {
  return [
    renderText(outcome.reply),
    ...(outcome.before ?? []).map(renderText),
    ...outcome.announcements.map((a) => `[${textsFor(outcome.reply.locale).console.toChannel}] ${a.text}`),
  ].join("\n");
}
