// The statusrapport as Markdown: the outline's headings, tables and lists, every piece of user text
// through markdownText so that nothing typed becomes a link or formatting, and each chart as an SVG
// image in a data URI (which GitHub, editors and converters show; its numbers are in the table above).
import type { Messages } from "../texts/index.ts";
import { markdownText } from "./export-md.ts";
import { chartSvg } from "./status-chart.ts";
import type { StatusReport } from "./status-report-data.ts";
import { statusReportOutline } from "./status-report-outline.ts";

function cell(value: string | number): string {
  return typeof value === "number" ? String(value) : markdownText(value) || " ";
}

export function statusReportMarkdown(r: StatusReport, t: Messages): string {
  const lines: string[] = [];
  for (const b of statusReportOutline(r, t)) {
    switch (b.type) {
      case "title":
        lines.push(`# ${markdownText(b.title)}`, "", `**${markdownText(b.subtitle)}**`, "");
        break;
      case "facts":
        lines.push("| | |", "| --- | --- |", ...b.rows.map(([k, v]) => `| ${cell(k)} | ${cell(v)} |`), "");
        break;
      case "page_break":
        lines.push("---", "");
        break;
      case "heading":
        lines.push(`${"#".repeat(b.level + 1)} ${markdownText(b.text)}`, "");
        break;
      case "paragraph":
        lines.push(markdownText(b.text), "");
        break;
      case "bullets":
        lines.push(...b.items.map((i) => `- ${markdownText(i)}`), "");
        break;
      case "table":
        lines.push(
          `| ${b.headers.map(cell).join(" | ")} |`,
          `| ${b.numeric.map((n) => (n ? "---:" : "---")).join(" | ")} |`,
          ...b.rows.map((row) => `| ${row.map(cell).join(" | ")} |`),
          "",
        );
        break;
      case "chart": {
        const svg = chartSvg(b.title, b.rows, (s) => t.status.label[s]);
        lines.push(
          `![${markdownText(b.title)}](data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")})`,
          "",
        );
        break;
      }
    }
  }
  return `${lines.join("\n").trimEnd()}\n`;
}
