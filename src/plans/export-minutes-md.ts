// The minutes as Markdown, in the seed minutes' shape: every piece of user text goes through
// markdownText, so nothing typed in chat becomes a link, an image or formatting.
import type { MinutesLine } from "../core/minutes-layout.ts";
import { markdownText } from "./export-md.ts";

export function minutesMarkdown(lines: readonly MinutesLine[]): string {
  const out: string[] = [];
  let inList = false;
  for (const l of lines) {
    if (l.type === "bullet") {
      if (!inList) out.push("");
      out.push(`- ${markdownText(l.text)}`);
      inList = true;
      continue;
    }
    inList = false;
    out.push("");
    if (l.type === "heading") {
      const text = markdownText(l.text);
      out.push(`${"#".repeat(l.level)} ${l.level === 4 ? `*${text}*` : text}`);
    } else out.push(l.label ? `**${markdownText(l.label)}** ${markdownText(l.text)}` : markdownText(l.text));
  }
  return `${out.join("\n").trim()}\n`;
}
