// Reads a .docx as Word would: unzips it (yauzl) and walks word/document.xml's body in order, giving
// each paragraph's style and text and each table's rows of cell texts, so tests check what a reader
// of the document sees, not how it was built.
import yauzl from "yauzl";

export type DocxBlock =
  | { type: "paragraph"; style?: string; text: string }
  | { type: "table"; rows: string[][] }
  | { type: "image"; name: string };

export async function unzip(bytes: Buffer): Promise<Map<string, Buffer>> {
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.fromBuffer(bytes, { lazyEntries: true }, (error, z) => (error || !z ? reject(error) : resolve(z))),
  );
  const files = new Map<string, Buffer>();
  await new Promise<void>((resolve, reject) => {
    zip.on("entry", (entry: yauzl.Entry) => {
      zip.openReadStream(entry, (error, stream) => {
        if (error || !stream) return reject(error);
        const chunks: Buffer[] = [];
        stream.on("data", (c: Buffer) => chunks.push(c));
        stream.on("end", () => {
          files.set(entry.fileName, Buffer.concat(chunks));
          zip.readEntry();
        });
      });
    });
    zip.on("end", () => resolve());
    zip.on("error", reject);
    zip.readEntry();
  });
  return files;
}

const entities = (s: string) =>
  s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");

/** The text of a piece of WordprocessingML: its w:t runs, a line break as "\n" between paragraphs. */
function textOf(xml: string): string {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)]
    .map((p) =>
      [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => entities(m[1] ?? "")).join(""),
    )
    .join("\n");
}

/** The body's paragraphs, tables and pictures in document order. */
export function docxBlocks(documentXml: string): DocxBlock[] {
  const body = documentXml.slice(documentXml.indexOf("<w:body>"), documentXml.lastIndexOf("</w:body>"));
  const blocks: DocxBlock[] = [];
  for (const m of body.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>|<w:p[ >][\s\S]*?<\/w:p>/g)) {
    const xml = m[0];
    if (xml.startsWith("<w:tbl>")) {
      const rows = [...xml.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((row) =>
        [...row[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((cell) => textOf(cell[0])),
      );
      blocks.push({ type: "table", rows });
      continue;
    }
    const image = /<wp:docPr [^>]*name="([^"]*)"/.exec(xml);
    if (image) blocks.push({ type: "image", name: entities(image[1] ?? "") });
    const style = /<w:pStyle w:val="([^"]+)"/.exec(xml)?.[1];
    blocks.push({ type: "paragraph", ...(style ? { style } : {}), text: textOf(xml) });
  }
  return blocks;
}

export async function readDocx(bytes: Buffer): Promise<{ blocks: DocxBlock[]; files: Map<string, Buffer> }> {
  const files = await unzip(bytes);
  const document = files.get("word/document.xml");
  if (!document) throw new Error("no word/document.xml");
  return { blocks: docxBlocks(document.toString("utf8")), files };
}
