// Text for Slack's mrkdwn. Slack reads `&`, `<` and `>` as control characters (`<!channel>`, `<@U1>`,
// `<https://x|a hidden link>`), so every piece of text we did not write ourselves is escaped; code spans
// in the core's texts (`status 13 klar`) are plain mrkdwn and pass through.

export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/**
 * Cuts text to at most `max` characters, ending in "…" when cut. Never leaves half of an escape
 * (`&am`) behind, so the limit can be applied after escaping.
 */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1).replace(/&[a-z]{0,3}$/, "");
  return `${cut}…`;
}

/** Escaped and within `max` characters. */
export function safeMrkdwn(text: string, max: number): string {
  return truncate(escapeMrkdwn(text), max);
}

/**
 * Slack sends the text of a slash command with `&`, `<` and `>` as entities; a mention (with
 * should_escape) arrives as `<@U123|name>`. Decoding the three entities gives the text as typed, with
 * mentions in the form the core understands.
 */
export function unescapeSlackText(text: string): string {
  return text.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}
