// The statusrapport as a Word document (docx): a title page with the facts, then the outline's
// headings (real Word heading styles, so the navigation pane and a table of contents find them),
// tables with a header row that repeats on every page, lists, and each chart as SVG with a PNG for
// Word versions that cannot show SVG. Written for a samordnare to send on unchanged.
import {
  AlignmentType,
  Document,
  HeadingLevel,
  ImageRun,
  LevelFormat,
  Packer,
  PageBreak,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import type { Messages } from "../texts/index.ts";
import { chartPng, chartSvg } from "./status-chart.ts";
import type { StatusReport } from "./status-report-data.ts";
import { type OutlineBlock, statusReportOutline } from "./status-report-outline.ts";

const HEADING = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;
const BULLETS = "lok-bullets";
/** The chart's width on the page, in pixels at 96 to the inch (16 cm). */
const CHART_WIDTH = 605;

/** A cell's text as paragraphs: a line break in the text is a new line in the cell. */
function cellParagraphs(text: string, options: { bold?: boolean; right?: boolean } = {}): Paragraph[] {
  return (text === "" ? [""] : text.split("\n")).map(
    (line) =>
      new Paragraph({
        ...(options.right ? { alignment: AlignmentType.RIGHT } : {}),
        children: [new TextRun({ text: line, ...(options.bold ? { bold: true } : {}), size: 18 })],
      }),
  );
}

function table(b: Extract<OutlineBlock, { type: "table" }>): Table {
  const header = new TableRow({
    tableHeader: true,
    children: b.headers.map(
      (h, i) =>
        new TableCell({
          shading: { fill: "E8EEF4" },
          children: cellParagraphs(h, { bold: true, right: b.numeric[i] ?? false }),
        }),
    ),
  });
  const rows = b.rows.map(
    (row) =>
      new TableRow({
        cantSplit: true,
        children: row.map(
          (value, i) =>
            new TableCell({ children: cellParagraphs(String(value), { right: b.numeric[i] ?? false }) }),
        ),
      }),
  );
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [header, ...rows] });
}

function chart(t: Messages, b: Extract<OutlineBlock, { type: "chart" }>): Paragraph {
  const svg = chartSvg(b.title, b.rows, (s) => t.status.label[s]);
  const png = chartPng(b.rows);
  const height = Math.round((CHART_WIDTH * png.height) / png.width);
  return new Paragraph({
    spacing: { before: 120, after: 240 },
    children: [
      new ImageRun({
        type: "svg",
        data: Buffer.from(svg),
        fallback: { type: "png", data: png.png },
        transformation: { width: CHART_WIDTH, height },
        altText: { name: b.title, title: b.title, description: b.title },
      }),
    ],
  });
}

function blocksOf(t: Messages, b: OutlineBlock): (Paragraph | Table)[] {
  switch (b.type) {
    case "title":
      return [
        new Paragraph({ spacing: { before: 2400 }, heading: HeadingLevel.TITLE, text: b.title }),
        new Paragraph({ spacing: { after: 600 }, children: [new TextRun({ text: b.subtitle, size: 32 })] }),
      ];
    case "facts":
      return [
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: b.rows.map(
            ([k, v]) =>
              new TableRow({
                children: [
                  new TableCell({
                    width: { size: 30, type: WidthType.PERCENTAGE },
                    children: cellParagraphs(k, { bold: true }),
                  }),
                  new TableCell({ children: cellParagraphs(v) }),
                ],
              }),
          ),
        }),
        new Paragraph({ text: "" }),
      ];
    case "page_break":
      return [new Paragraph({ children: [new PageBreak()] })];
    case "heading":
      return [new Paragraph({ heading: HEADING[b.level], text: b.text })];
    case "paragraph":
      return [new Paragraph({ spacing: { after: 120 }, children: [new TextRun(b.text)] })];
    case "bullets":
      return b.items.map(
        (item) =>
          new Paragraph({ numbering: { reference: BULLETS, level: 0 }, children: [new TextRun(item)] }),
      );
    case "table":
      return [table(b), new Paragraph({ text: "" })];
    case "chart":
      return [chart(t, b)];
  }
}

export async function statusReportDocx(r: StatusReport, t: Messages): Promise<Buffer> {
  const d = t.followUp.doc;
  const doc = new Document({
    creator: t.exports.creator,
    title: `${d.title(r.year)}, ${r.planName}`,
    description: d.subtitle(r.planName),
    styles: { default: { document: { run: { font: "Calibri", size: 22 } } } },
    numbering: {
      config: [
        {
          reference: BULLETS,
          levels: [{ level: 0, format: LevelFormat.BULLET, text: "•", alignment: AlignmentType.LEFT }],
        },
      ],
    },
    sections: [{ children: statusReportOutline(r, t).flatMap((b) => blocksOf(t, b)) }],
  });
  return Packer.toBuffer(doc);
}
