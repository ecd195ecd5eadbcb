// The minutes as a Word document (.docx), written with the `docx` library: the title in Word's Title
// style, the meeting in Heading 1, each section (Närvarande … Nästa möte) in Heading 2 and each working
// group in Heading 3, so that Word's navigation and any parser find them by style.
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from "docx";
import type { MinutesLine } from "../core/minutes-layout.ts";

const HEADINGS = {
  1: HeadingLevel.TITLE,
  2: HeadingLevel.HEADING_1,
  3: HeadingLevel.HEADING_2,
  4: HeadingLevel.HEADING_3,
} as const;

function paragraph(line: MinutesLine): Paragraph {
  switch (line.type) {
    case "heading":
      return new Paragraph({ heading: HEADINGS[line.level], children: [new TextRun(line.text)] });
    case "bullet":
      return new Paragraph({ bullet: { level: 0 }, children: [new TextRun(line.text)] });
    case "paragraph":
      return new Paragraph({
        children: line.label
          ? [new TextRun({ text: line.label, bold: true }), new TextRun(` ${line.text}`)]
          : [new TextRun(line.text)],
      });
  }
}

export async function minutesDocx(lines: readonly MinutesLine[]): Promise<Buffer> {
  const title = lines.find((l) => l.type === "heading" && l.level === 2)?.text ?? "";
  const doc = new Document({
    title,
    sections: [{ children: lines.map(paragraph) }],
  });
  return Packer.toBuffer(doc);
}
