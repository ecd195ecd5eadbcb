// A chat message put on the agenda (Slack's message shortcut, Teams' message action): its text as
// plain words, without the platform's markup, shortened to fit, with a link back to the message.
import { MAX_COMMENT_LENGTH } from "./command.ts";
import { cleanIncomingText } from "./incoming-text.ts";

/** Slack's mrkdwn: `<https://x|label>` → label, `<@U1>` → "@U1", `<#C1|namn>` → "#namn", `&amp;` → "&". */
function fromSlack(text: string): string {
  return (
    text
      .replace(/<([^<>|]+)\|([^<>]+)>/g, (_, target: string, label: string) =>
        target.startsWith("#") ? `#${label}` : label,
      )
      .replace(/<([@#!][^<>]*)>/g, "$1")
      .replace(/<([^<>]+)>/g, "$1")
      // Slack escapes these three in a message's text.
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&amp;/g, "&")
  );
}

// The named entities a chat message's HTML uses; others come as numbers or as the characters themselves.
const ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
  aring: "å",
  auml: "ä",
  ouml: "ö",
  Aring: "Å",
  Auml: "Ä",
  Ouml: "Ö",
  eacute: "é",
  Eacute: "É",
  uuml: "ü",
  ndash: "–",
  mdash: "—",
  hellip: "…",
  lsquo: "‘",
  rsquo: "’",
  ldquo: "“",
  rdquo: "”",
};

/** Teams' HTML body: tags dropped (a line break kept as a space), entities decoded. */
function fromHtml(text: string): string {
  return text
    .replace(/<br\s*\/?>|<\/p>|<\/div>/gi, " ")
    .replace(/<[^>]*>/g, "")
    .replace(/&(#\d+|#x[0-9a-f]+|[a-z]+);/gi, (whole, name: string) => {
      if (name.startsWith("#x")) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
      if (name.startsWith("#")) return String.fromCodePoint(Number(name.slice(1)));
      return ENTITIES[name] ?? ENTITIES[name.toLowerCase()] ?? whole;
    });
}

/**
 * The point's text, or "" when the message has no words (a file or a picture only). The link is kept
 * whole; the message's words are cut with "…" so that both fit in a point.
 */
export function agendaPointFromMessage(
  message: { text: string; markup: "slack" | "html" | "plain" },
  link?: string,
): string {
  const raw =
    message.markup === "slack"
      ? fromSlack(message.text)
      : message.markup === "html"
        ? fromHtml(message.text)
        : message.text;
  const words = cleanIncomingText(raw).replace(/\s+/g, " ").trim();
  if (words === "") return "";
  const safeLink = link && /^https:\/\/\S+$/.test(link) && link.length <= 500 ? link : undefined;
  const tail = safeLink ? ` (${safeLink})` : "";
  const room = MAX_COMMENT_LENGTH - tail.length;
  const body = words.length > room ? `${words.slice(0, room - 1).trimEnd()}…` : words;
  return `${body}${tail}`;
}
