// An .xlsx is a zip of XML parts that exceljs (through JSZip) unpacks whole into memory and expands
// into cell objects: a 4 MB zip bomb unpacks to gigabytes, and one merged range over the whole sheet
// becomes 17 billion cells. Before exceljs sees the file, every part is unpacked here as a stream,
// counting bytes (declared sizes are not trusted: yauzl stops a part that grows past its declared
// size, and we stop at our own limit first), and the XML is scanned for the sheet's dimension, rows,
// columns, merged ranges and cell lengths. Nothing is kept but counts, so memory stays small.
import { StringDecoder } from "node:string_decoder";
import { SaxesParser, type SaxesTagPlain } from "saxes";
import yauzl from "yauzl";
import { PLAN_FILE_LIMITS as L, type PlanFileRefusal } from "../core/plan-sheet/plan-file-refusal.ts";
import { columnLetter } from "../core/plan-sheet/sheet.ts";
import { PlanFileError } from "./plan-file-error.ts";

// The names exceljs reads the parts by (xlsx.js in exceljs 4.4).
const SHEET_PART = /xl\/worksheets\/sheet(\d+)[.]xml/;
const SHARED_STRINGS = "xl/sharedStrings.xml";
const WORKBOOK = "xl/workbook.xml";
const XML_PART = /\.(?:xml|rels|vml)$/i;
/** Elements in a part that is not a sheet (styles, drawings, comments …): exceljs makes objects of them. */
const PART_ELEMENTS = 200_000;

class Refused extends Error {
  readonly refusal: PlanFileRefusal;

  constructor(refusal: PlanFileRefusal) {
    super(refusal.code);
    this.refusal = refusal;
  }
}

/** Resolves when the workbook is within every limit; throws a PlanFileError saying which it is not. */
export async function checkXlsx(bytes: Uint8Array, file: string): Promise<void> {
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.fromBufferPromise(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), {
      lazyEntries: true,
      strictFileNames: false,
    });
  } catch {
    throw new PlanFileError({ code: "zip_damaged", file });
  }
  try {
    if (zip.entryCount > L.zipEntries)
      throw new Refused({ code: "too_many_entries", file, entries: zip.entryCount });
    const state = new WorkbookScan(file);
    const all: yauzl.Entry[] = [];
    for await (const entry of entries(zip)) all.push(entry);
    // The workbook part first, so that messages can name a sheet as its tab does.
    const first = all.filter((e) => e.fileName.replace(/^\//, "") === WORKBOOK);
    for (const entry of [...first, ...all.filter((e) => !first.includes(e))]) await state.part(zip, entry);
    state.finish();
  } catch (error) {
    if (error instanceof Refused) throw new PlanFileError(error.refusal);
    throw new PlanFileError({ code: "zip_damaged", file });
  } finally {
    zip.close();
  }
}

async function* entries(zip: yauzl.ZipFile): AsyncGenerator<yauzl.Entry> {
  while (true) {
    const next = await new Promise<yauzl.Entry | undefined>((resolve, reject) => {
      const onEntry = (e: yauzl.Entry) => done(() => resolve(e));
      const onEnd = () => done(() => resolve(undefined));
      const onError = (e: Error) => done(() => reject(e));
      const done = (then: () => void) => {
        zip.off("entry", onEntry).off("end", onEnd).off("error", onError);
        then();
      };
      zip.on("entry", onEntry).on("end", onEnd).on("error", onError);
      zip.readEntry();
    });
    if (!next) return;
    yield next;
  }
}

class WorkbookScan {
  private unpacked = 0;
  private cells = 0;
  private sheets = 0;
  private workbook = false;
  private sheetNames: string[] = [];

  private readonly file: string;

  constructor(file: string) {
    this.file = file;
  }

  async part(zip: yauzl.ZipFile, entry: yauzl.Entry): Promise<void> {
    const name = entry.fileName.replace(/^\//, "");
    if (name.endsWith("/")) return;
    const refuse = (r: PlanFileRefusal): never => {
      throw new Refused(r);
    };
    if (entry.uncompressedSize > L.entryBytes)
      refuse({ code: "entry_too_large", file: this.file, entry: name });
    const sheetNumber = SHEET_PART.exec(name)?.[1];
    const xml = XML_PART.test(name)
      ? sheetNumber !== undefined
        ? this.sheetScanner(Number(sheetNumber))
        : name === SHARED_STRINGS
          ? this.sharedStringsScanner()
          : name === WORKBOOK
            ? this.workbookScanner()
            : this.partScanner(name)
      : undefined;
    const stream = await zip.openReadStreamPromise(entry);
    const decoder = new StringDecoder("utf8");
    let size = 0;
    try {
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        size += chunk.length;
        this.unpacked += chunk.length;
        if (size > L.entryBytes) refuse({ code: "entry_too_large", file: this.file, entry: name });
        if (this.unpacked > L.unpackedBytes) refuse({ code: "unpacked_too_large", file: this.file });
        xml?.write(decoder.write(chunk));
      }
      xml?.write(decoder.end());
      xml?.close();
    } finally {
      stream.destroy();
    }
  }

  finish(): void {
    if (!this.workbook) throw new Refused({ code: "not_workbook", file: this.file });
    if (this.sheets === 0) throw new Refused({ code: "no_sheets", file: this.file });
  }

  private sheetScanner(n: number): XmlScanner {
    this.sheets++;
    const sheet = this.sheetNames[n - 1] ?? `Blad ${n}`;
    const file = this.file;
    let row = 0;
    let column = 0;
    let merged = 0;
    let chars = 0;
    let cell: { row: number; column: number } | undefined;
    const refuse = (r: PlanFileRefusal): never => {
      throw new Refused(r);
    };
    const checkCell = (at: { row: number; column: number }) => {
      if (at.row > L.rows) refuse({ code: "too_many_rows", file, sheet, row: at.row });
      if (at.column > L.columns)
        refuse({ code: "too_many_columns", file, sheet, row: at.row, column: columnLetter(at.column - 1) });
    };
    return new XmlScanner(
      {
        open: (tag, attrs) => {
          if (tag === "dimension" && attrs.ref) {
            for (const ref of attrs.ref.split(":")) {
              const at = cellRef(ref);
              if (at?.row && at.row > L.rows) refuse({ code: "too_many_rows", file, sheet, row: at.row });
              if (at && at.column > L.columns)
                refuse({ code: "too_many_columns", file, sheet, column: columnLetter(at.column - 1) });
            }
          } else if (tag === "row") {
            row = attrs.r ? Number(attrs.r) : row + 1;
            column = 0;
            if (!Number.isFinite(row)) refuse({ code: "sheet_damaged", file, sheet });
            checkCell({ row, column: 1 });
          } else if (tag === "c") {
            const at = attrs.r ? cellRef(attrs.r) : undefined;
            column = at ? at.column : column + 1;
            cell = { row: at?.row || row, column };
            checkCell(cell);
            chars = 0;
            if (++this.cells > L.cells) refuse({ code: "too_many_cells", file, sheet });
          } else if (tag === "mergeCell" && attrs.ref) {
            const [from, to] = attrs.ref.split(":").map(cellRef);
            if (!from || !to) return;
            const area = (Math.abs(to.row - from.row) + 1) * (Math.abs(to.column - from.column) + 1);
            merged += area;
            this.cells += area;
            if (merged > L.mergedCells)
              refuse({ code: "merged_too_large", file, sheet, range: attrs.ref, cells: area });
            if (this.cells > L.cells) refuse({ code: "too_many_cells", file, sheet });
          }
        },
        text: (length) => {
          chars += length;
          if (chars > L.cellChars)
            refuse({
              code: "cell_too_long",
              file,
              sheet,
              ...(cell ? { row: cell.row, column: columnLetter(cell.column - 1) } : {}),
            });
        },
        textIn: new Set(["v", "t", "f"]),
      },
      () => refuse({ code: "sheet_damaged", file, sheet }),
    );
  }

  private sharedStringsScanner(): XmlScanner {
    let chars = 0;
    return new XmlScanner(
      {
        open: (tag) => {
          if (tag === "si") chars = 0;
        },
        text: (length) => {
          chars += length;
          if (chars > L.cellChars) throw new Refused({ code: "cell_too_long", file: this.file });
        },
        textIn: new Set(["t"]),
      },
      () => {
        throw new Refused({ code: "workbook_unreadable", file: this.file });
      },
    );
  }

  private workbookScanner(): XmlScanner {
    this.workbook = true;
    return new XmlScanner(
      {
        open: (tag, attrs) => {
          if (tag === "sheet" && attrs.name !== undefined) this.sheetNames.push(attrs.name);
        },
      },
      () => {
        throw new Refused({ code: "workbook_unreadable", file: this.file });
      },
    );
  }

  private partScanner(name: string): XmlScanner {
    let elements = 0;
    return new XmlScanner(
      {
        open: () => {
          if (++elements > PART_ELEMENTS)
            throw new Refused({ code: "entry_too_large", file: this.file, entry: name });
        },
      },
      () => {
        throw new Refused({ code: "workbook_unreadable", file: this.file });
      },
    );
  }
}

interface XmlHandlers {
  /** An element opens; its name without namespace prefix. */
  open(tag: string, attrs: Record<string, string>): void;
  /** Characters of text inside one of `textIn`. */
  text?(length: number): void;
  textIn?: ReadonlySet<string>;
}

/** saxes over a part, keeping nothing but what the handlers count. */
class XmlScanner {
  private readonly parser = new SaxesParser();
  private inText = 0;

  constructor(handlers: XmlHandlers, damaged: () => never) {
    const local = (name: string) => name.slice(name.indexOf(":") + 1);
    this.parser.on("error", () => damaged());
    this.parser.on("opentag", (tag: SaxesTagPlain) => {
      const name = local(tag.name);
      handlers.open(name, tag.attributes as Record<string, string>);
      if (handlers.textIn?.has(name) && !tag.isSelfClosing) this.inText++;
    });
    this.parser.on("closetag", (tag: SaxesTagPlain) => {
      if (handlers.textIn?.has(local(tag.name)) && this.inText > 0) this.inText--;
    });
    if (handlers.text) {
      const text = handlers.text;
      this.parser.on("text", (t: string) => {
        if (this.inText) text(t.length);
      });
    }
  }

  write(chunk: string): void {
    if (chunk) this.parser.write(chunk);
  }

  close(): void {
    this.parser.close();
  }
}

/** "XFD1048576" → column 16384, row 1048576; "A" alone (a whole column) has row 0. */
function cellRef(ref: string): { row: number; column: number } | undefined {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d*)$/.exec(ref.trim());
  if (!m?.[1]) return undefined;
  let column = 0;
  for (const ch of m[1].toUpperCase()) column = column * 26 + (ch.charCodeAt(0) - 64);
  return { column, row: m[2] ? Number(m[2]) : 0 };
}
