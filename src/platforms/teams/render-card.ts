// Renders the core's Reply as Adaptive Cards 1.5 for Teams. Every string goes into a TextRun of a
// RichTextBlock: TextRuns are never parsed as markdown, so user text (comments, titles, names) is shown
// exactly as typed, `<at>`, `**`, `[x](y)` and HTML included. What the core quotes in backticks (commands
// to type) becomes a monospace run. A long reply is split into several cards, each within Teams' limit.

import { activityFields, activityTitle } from "../../core/replies/activity-replies.ts";
import { summaryLine } from "../../core/replies/list-replies.ts";
import type { Block, Reply, ReplyAction } from "../../core/reply.ts";
import { type Messages, textsFor } from "../../texts/index.ts";
import {
  assessInputId,
  CARD_ACTION_VERB,
  type CardActionData,
  COMMENT_INPUT_ID,
} from "./card-action-data.ts";
import { openDialogButton } from "./dialog-data.ts";

export const CARD_VERSION = "1.5";
/** Teams refuses messages over ~28 KB; cards are kept under this many bytes of JSON. */
export const MAX_CARD_BYTES = 24_000;

export type CardElement = Record<string, unknown> & { type: string };

export interface AdaptiveCardJson {
  type: "AdaptiveCard";
  $schema: string;
  version: string;
  body: CardElement[];
  actions?: CardElement[];
  msteams: { width: "Full" };
}

export interface RenderOptions {
  /** Identifies this rendering of the card in its buttons' data, so a double click is stored once. */
  cardId: string;
  maxBytes?: number;
}

const TONE_COLOR: Record<Reply["tone"], string | undefined> = {
  info: undefined,
  success: "Good",
  error: "Attention",
};

/** Plain text as runs: backtick-quoted parts (commands to type) in monospace, the rest as it is. */
export function textRuns(text: string, style: Record<string, unknown> = {}): CardElement[] {
  const runs: CardElement[] = [];
  const parts = text.split(/`([^`]*)`/);
  parts.forEach((part, i) => {
    if (!part) return;
    runs.push({ type: "TextRun", text: part, ...style, ...(i % 2 === 1 ? { fontType: "Monospace" } : {}) });
  });
  return runs.length ? runs : [{ type: "TextRun", text: " ", ...style }];
}

function paragraph(text: string, style: Record<string, unknown> = {}, extra: Record<string, unknown> = {}) {
  return { type: "RichTextBlock", inlines: textRuns(text, style), ...extra } satisfies CardElement;
}

function labelled(label: string, value: string): CardElement {
  return {
    type: "RichTextBlock",
    spacing: "None",
    inlines: [{ type: "TextRun", text: `${label}: `, weight: "Bolder" }, ...textRuns(value)],
  };
}

function heading(text: string): CardElement {
  return paragraph(text, { weight: "Bolder", size: "Medium" }, { spacing: "Medium" });
}

/** One element per list item, so that a long list can be split between cards. */
function renderBlock(t: Messages, block: Block, tone: Reply["tone"], first: boolean): CardElement[] {
  switch (block.type) {
    case "heading":
      return [heading(block.text)];
    case "text": {
      const color = first ? TONE_COLOR[tone] : undefined;
      return [paragraph(block.text, color ? { color } : {})];
    }
    case "note":
      return [paragraph(block.text, { isSubtle: true, size: "Small" })];
    case "fields":
      return block.fields.map((f) => labelled(f.label, f.value));
    case "bullets":
      return block.items.map((item) => paragraph(`• ${item}`, {}, { spacing: "None" }));
    case "activity":
      return [
        heading(activityTitle(block.activity)),
        ...activityFields(t, block.activity).map((f) => labelled(f.label, f.value)),
      ];
    case "activity_list":
      return block.items.length
        ? block.items.map((item) => paragraph(summaryLine(t, item), {}, { spacing: "Small" }))
        : [paragraph(block.emptyText, { isSubtle: true })];
    case "actions":
      return [];
  }
}

function buttonData(data: CardActionData): Record<string, unknown> {
  return { ...data };
}

/** Action.Execute (Universal Actions: the card is refreshed in place), Action.Submit where unsupported. */
export function executeAction(
  title: string,
  data: CardActionData,
  style?: ReplyAction["style"],
): CardElement {
  const common = {
    title,
    data: buttonData(data),
    ...(style === "primary" ? { style: "positive" } : style === "danger" ? { style: "destructive" } : {}),
  };
  return {
    type: "Action.Execute",
    verb: CARD_ACTION_VERB,
    ...common,
    fallback: { type: "Action.Submit", ...common },
  };
}

/**
 * The buttons of a reply. The status form (Kommentera…) becomes a text input that every status button
 * sends along, and a Kommentera button that keeps the status and needs the comment.
 */
function renderActions(
  t: Messages,
  reply: Reply,
  cardId: string,
): { inputs: CardElement[]; actions: CardElement[] } {
  const actions = reply.blocks.flatMap((b) => (b.type === "actions" ? b.actions : []));
  const inputs: CardElement[] = [];
  const rendered: CardElement[] = [];
  const commentInput = () => {
    if (!inputs.some((i) => i.id === COMMENT_INPUT_ID))
      inputs.push({
        type: "Input.Text",
        id: COMMENT_INPUT_ID,
        label: t.teams.commentLabel,
        placeholder: t.teams.commentPlaceholder,
        isMultiline: true,
        maxLength: 2000,
      });
  };
  // The follow-up round's assessments: a choice per goal, sent together with one button.
  const goals = [...new Set(actions.flatMap((a) => (a.action.kind === "assess" ? [a.action.goal] : [])))];
  for (const goal of goals)
    inputs.push({
      type: "Input.ChoiceSet",
      id: assessInputId(goal),
      label: t.followUp.round.goalChoice(goal),
      placeholder: t.followUp.round.choosePlaceholder,
      choices: actions.flatMap((a) =>
        a.action.kind === "assess" && a.action.goal === goal
          ? [{ title: a.label, value: String(a.action.score) }]
          : [],
      ),
    });
  if (goals.length)
    rendered.push(
      executeAction(t.followUp.round.saveAssessments, {
        lok: "act",
        a: { kind: "submit_assessments", scores: [] },
        card: cardId,
      }),
    );
  for (const { label, action, style } of actions) {
    if (action.kind === "assess") continue;
    if (action.kind === "round_text_form") {
      commentInput();
      const write = {
        kind: "submit_round_text" as const,
        ...(action.number ? { number: action.number } : {}),
        text: "",
      };
      rendered.push(
        executeAction(label.replace(/…$/, ""), {
          lok: "act",
          a: write,
          card: cardId,
          needsComment: true,
          l: t.locale,
        }),
      );
      continue;
    }
    if (action.kind === "status_form") {
      if (!inputs.length)
        inputs.push({
          type: "Input.Text",
          id: COMMENT_INPUT_ID,
          label: t.teams.commentLabel,
          placeholder: t.teams.commentPlaceholder,
          isMultiline: true,
          maxLength: 2000,
        });
      const keep = { kind: "set_status" as const, number: action.number, status: action.status };
      rendered.push(
        executeAction(label.replace(/…$/, ""), {
          lok: "act",
          a: keep,
          card: cardId,
          needsComment: true,
          l: t.locale,
        }),
      );
    } else if (action.kind === "activity_form") {
      // A form: Teams opens the dialog and asks the bot for it (task/fetch).
      rendered.push(openDialogButton(label, t.locale));
    } else {
      rendered.push(executeAction(label, { lok: "act", a: action, card: cardId }, style));
    }
  }
  return { inputs, actions: rendered };
}

function card(body: CardElement[], actions: CardElement[] = []): AdaptiveCardJson {
  return {
    type: "AdaptiveCard",
    $schema: "http://adaptivecards.io/schemas/adaptive-card.json",
    version: CARD_VERSION,
    body,
    ...(actions.length ? { actions } : {}),
    msteams: { width: "Full" },
  };
}

export function cardBytes(value: unknown): number {
  return Buffer.byteLength(JSON.stringify(value), "utf8");
}

/**
 * The reply as one or more cards. Buttons and the comment input go on the last card. A single element
 * larger than a card on its own (a 2,000-character comment is not) is cut to fit.
 */
export function renderCards(reply: Reply, options: RenderOptions): AdaptiveCardJson[] {
  const maxBytes = options.maxBytes ?? MAX_CARD_BYTES;
  const t = textsFor(reply.locale);
  const elements = reply.blocks.flatMap((block, i) => renderBlock(t, block, reply.tone, i === 0));
  const { inputs, actions } = renderActions(t, reply, options.cardId);
  const tail = cardBytes(card(inputs, actions)) - cardBytes(card([]));
  const pages: CardElement[][] = [[]];
  let size = cardBytes(card([]));
  for (const element of elements.map((e) => fitElement(e, maxBytes / 2))) {
    const bytes = cardBytes(element) + 1;
    const current = pages[pages.length - 1] as CardElement[];
    if (current.length && size + bytes > maxBytes - tail) {
      pages.push([element]);
      size = cardBytes(card([])) + bytes;
    } else {
      current.push(element);
      size += bytes;
    }
  }
  const total = pages.length;
  return pages.map((body, i) => {
    const last = i === total - 1;
    const pageNote =
      total > 1 ? [paragraph(t.teams.part(i + 1, total), { isSubtle: true, size: "Small" })] : [];
    return last ? card([...body, ...pageNote, ...inputs], actions) : card([...body, ...pageNote]);
  });
}

/** The one card of a reply (for a card refreshed in place): a long reply keeps its last page's buttons. */
export function renderCard(reply: Reply, options: RenderOptions): AdaptiveCardJson {
  const cards = renderCards(reply, options);
  return cards.length === 1
    ? (cards[0] as AdaptiveCardJson)
    : mergeFirstAndLast(textsFor(reply.locale), cards);
}

function mergeFirstAndLast(t: Messages, cards: AdaptiveCardJson[]): AdaptiveCardJson {
  const first = cards[0] as AdaptiveCardJson;
  const last = cards[cards.length - 1] as AdaptiveCardJson;
  return card([...first.body, paragraph(t.teams.tooLong)], last.actions ?? []);
}

function fitElement(element: CardElement, maxBytes: number): CardElement {
  if (cardBytes(element) <= maxBytes || element.type !== "RichTextBlock") return element;
  const text = ((element.inlines as { text: string }[]) ?? []).map((r) => r.text).join("");
  return paragraph(`${text.slice(0, Math.floor(maxBytes / 4))}…`);
}

function plainLines(t: Messages, block: Block): string[] {
  switch (block.type) {
    case "heading":
    case "text":
    case "note":
      return [block.text];
    case "fields":
      return block.fields.map((f) => `${f.label}: ${f.value}`);
    case "bullets":
      return block.items.map((i) => `• ${i}`);
    case "activity":
      return [activityTitle(block.activity)];
    case "activity_list":
      return block.items.length ? block.items.map((i) => summaryLine(t, i)) : [block.emptyText];
    case "actions":
      return [];
  }
}

/** The reply as plain text: for notification previews and the short messages of a card action. */
export function replyPlainText(reply: Reply): string {
  return reply.blocks
    .flatMap((b) => plainLines(textsFor(reply.locale), b))
    .join("\n")
    .replace(/`([^`]*)`/g, "$1");
}
