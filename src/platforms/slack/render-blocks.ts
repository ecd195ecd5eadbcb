// Renders the core's Reply as Block Kit, within Slack's limits: every piece of text escaped for mrkdwn
// and cut to its field's maximum, long lists split into several sections, and a reply longer than a
// message (50 blocks) or a view (100) shown a page at a time with a "Visa fler" button.
import type { ActionsBlock, Button, ContextBlock, KnownBlock, SectionBlock } from "@slack/web-api";
import type { Command } from "../../core/command.ts";
import { activityFields, activityTitle } from "../../core/replies/activity-replies.ts";
import { summaryLine } from "../../core/replies/list-replies.ts";
import type { ActivitySummary, ActivityView, Block, Reply, ReplyAction } from "../../core/reply.ts";
import { actionId, encodeButtonValue, encodePageValue, SHOW_MORE_ACTION } from "./action-ids.ts";

export type Pager = { kind: "command"; command: Command } | { kind: "home" };

import { type Messages, textsFor } from "../../texts/index.ts";
import { LIMITS } from "./block-limits.ts";
import { safeMrkdwn, truncate } from "./mrkdwn.ts";

export interface RenderOptions {
  /** LIMITS.messageBlocks for messages, LIMITS.viewBlocks for App Home and modals. */
  maxBlocks: number;
  /** 0-based page of a long reply. */
  page?: number;
  /** What draws this reply again, for the "Visa fler" button: a command that reads, or App Home. */
  pager?: Pager;
}

export interface RenderedMessage {
  /** The notification text (and what screen readers and old clients show). */
  text: string;
  blocks: KnownBlock[];
}

const plain = (text: string, max: number) => ({
  type: "plain_text" as const,
  text: truncate(text, max),
  emoji: true,
});
const mrkdwn = (text: string, max: number) => ({ type: "mrkdwn" as const, text: safeMrkdwn(text, max) });

function section(text: string): SectionBlock {
  return { type: "section", text: mrkdwn(text, LIMITS.sectionText) };
}

/** Lines packed into as few sections as the 3,000-character limit allows. */
function packedSections(lines: string[]): SectionBlock[] {
  const sections: SectionBlock[] = [];
  let current = "";
  for (const line of lines.map((l) => safeMrkdwn(l, LIMITS.sectionText))) {
    if (current && current.length + 1 + line.length > LIMITS.sectionText) {
      sections.push({ type: "section", text: { type: "mrkdwn", text: current } });
      current = "";
    }
    current = current ? `${current}\n${line}` : line;
  }
  if (current) sections.push({ type: "section", text: { type: "mrkdwn", text: current } });
  return sections;
}

function context(text: string): ContextBlock {
  return { type: "context", elements: [mrkdwn(text, LIMITS.contextText)] };
}

function button(t: Messages, action: ReplyAction, index: number, version?: string): Button {
  // Only the form is drawn from the button itself (a trigger cannot wait for a lookup), so only the
  // button that opens it carries the language; every other press is answered by the door.
  const locale =
    action.action.kind === "status_form" || action.action.kind === "round_text_form" ? t.locale : undefined;
  return {
    type: "button",
    action_id: actionId(index),
    text: plain(action.label, LIMITS.buttonText),
    value: encodeButtonValue(action.action, version, locale),
    ...(action.style ? { style: action.style } : {}),
  };
}

function actionsBlocks(t: Messages, actions: ReplyAction[], version?: string): ActionsBlock[] {
  const blocks: ActionsBlock[] = [];
  for (let i = 0; i < actions.length; i += LIMITS.actionsElements) {
    const slice = actions.slice(i, i + LIMITS.actionsElements);
    blocks.push({ type: "actions", elements: slice.map((a, j) => button(t, a, i + j, version)) });
  }
  return blocks;
}

/** The activity as last drawn: a press on a button drawn before the latest update is a new press. */
export function activityVersion(a: ActivityView): string {
  return `${a.status}@${a.updates[0]?.at ?? "-"}`;
}

function activityCard(t: Messages, a: ActivityView): KnownBlock[] {
  const fields = activityFields(t, a)
    .slice(0, LIMITS.sectionFields)
    .map((f) => mrkdwn(`*${f.label}*\n${f.value}`, LIMITS.fieldText));
  // The title is escaped inside our own bold markers.
  const title: SectionBlock = {
    type: "section",
    text: { type: "mrkdwn", text: `*${safeMrkdwn(activityTitle(a), LIMITS.sectionText - 2)}*` },
  };
  const blocks: KnownBlock[] = [title, { type: "section", fields }];
  if (a.description) blocks.push(section(a.description));
  return blocks;
}

function listItem(t: Messages, item: ActivitySummary): SectionBlock {
  return {
    ...section(summaryLine(t, item)),
    accessory: {
      type: "button",
      action_id: actionId(0),
      text: plain(t.slack.show, LIMITS.buttonText),
      value: encodeButtonValue({ kind: "show", number: item.number }),
    },
  };
}

function renderBlock(t: Messages, block: Block, version: string | undefined, error: boolean): KnownBlock[] {
  switch (block.type) {
    case "heading":
      return [{ type: "header", text: plain(block.text, LIMITS.headerText) }];
    case "text":
      return packedSections([error ? `:warning: ${block.text}` : block.text]);
    case "note":
      return [context(block.text)];
    case "fields": {
      const out: SectionBlock[] = [];
      for (let i = 0; i < block.fields.length; i += LIMITS.sectionFields) {
        out.push({
          type: "section",
          fields: block.fields
            .slice(i, i + LIMITS.sectionFields)
            .map((f) => mrkdwn(`*${f.label}*\n${f.value}`, LIMITS.fieldText)),
        });
      }
      return out;
    }
    case "bullets":
      return packedSections(block.items.map((i) => `• ${i}`));
    case "activity":
      return activityCard(t, block.activity);
    case "activity_list":
      return block.items.length ? block.items.map((i) => listItem(t, i)) : [context(block.emptyText)];
    case "actions":
      return actionsBlocks(t, block.actions, version);
  }
}

/** All blocks of a reply, before paging. */
export function replyBlocks(reply: Reply): KnownBlock[] {
  const t = textsFor(reply.locale);
  let version: string | undefined;
  let first = true;
  return reply.blocks.flatMap((block) => {
    if (block.type === "activity") version = activityVersion(block.activity);
    const isError = reply.tone === "error" && first && block.type === "text";
    first = false;
    return renderBlock(t, block, version, isError);
  });
}

function pageFooter(
  t: Messages,
  page: number,
  from: number,
  to: number,
  total: number,
  pager?: Pager,
): KnownBlock[] {
  const footer: KnownBlock[] = [context(t.slack.showing(from, to, total))];
  if (pager && to < total) {
    footer.push({
      type: "actions",
      elements: [
        {
          type: "button",
          action_id: SHOW_MORE_ACTION,
          text: plain(t.slack.showMore, LIMITS.buttonText),
          value: encodePageValue(
            pager.kind === "home"
              ? { kind: "home", page: page + 1 }
              : { kind: "action", action: { kind: "page", command: pager.command, page: page + 1 } },
          ),
        },
      ],
    });
  }
  return footer;
}

/** The blocks of one page of a reply, at most `maxBlocks` of them. */
export function renderBlocks(reply: Reply, options: RenderOptions): KnownBlock[] {
  const all = replyBlocks(reply);
  if (all.length <= options.maxBlocks) return all;
  const size = options.maxBlocks - 2;
  const pages = Math.ceil(all.length / size);
  const page = Math.min(Math.max(options.page ?? 0, 0), pages - 1);
  const from = page * size;
  const slice = all.slice(from, from + size);
  return [
    ...slice,
    ...pageFooter(textsFor(reply.locale), page, from + 1, from + slice.length, all.length, options.pager),
  ];
}

/** The fallback text of a message: its first line of text, escaped. */
export function fallbackText(reply: Reply): string {
  for (const block of reply.blocks) {
    if (block.type === "text" || block.type === "heading" || block.type === "note")
      return safeMrkdwn(block.text, LIMITS.messageText);
    if (block.type === "activity") return safeMrkdwn(activityTitle(block.activity), LIMITS.messageText);
  }
  return textsFor(reply.locale).product.name;
}

export function renderMessage(reply: Reply, options: Partial<RenderOptions> = {}): RenderedMessage {
  return {
    text: fallbackText(reply),
    blocks: renderBlocks(reply, { maxBlocks: LIMITS.messageBlocks, ...options }),
  };
}
