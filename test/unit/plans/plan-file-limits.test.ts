// Files that are too big, or made to look small and expand, are refused before exceljs or csv-parse
// touch them; damaged and disguised files get a sentence (here the Swedish one) that names the file and, where known,
// the sheet, row and column. No library English reaches the person.
import { mkdtemp, rm, symlink, truncate, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PLAN_FILE_LIMITS } from "../../../src/core/plan-sheet/plan-file-refusal.ts";
import { PlanFileError, parsePlanBytes, readPlanFile } from "../../../src/plans/read-sheet.ts";
import { sv } from "../../../src/texts/sv.ts";
import {
  editedWorkbook,
  farColumn,
  farRow,
  hugeCell,
  wholeSheetMerge,
  zipBomb,
} from "../../fixtures/plans/hostile-files.ts";
import { csv, xlsx } from "../../fixtures/plans/workbooks.ts";

/** What a library says when it fails, which a person must never see. */
const LIBRARY_ENGLISH =
  /undefined|Cannot|Invalid|reading|properties|Error|error|end of|Unexpected|corrupt|zip file|signature|Quote|Closed/;

async function refusal(bytes: Uint8Array, name: string): Promise<string> {
  try {
    await parsePlanBytes(bytes, name);
  } catch (error) {
    expect(error).toBeInstanceOf(PlanFileError);
    const message = sv.imports.refusal((error as PlanFileError).refusal);
    expect(message).not.toMatch(LIBRARY_ENGLISH);
    expect(message).toContain(name);
    return message;
  }
  throw new Error(`${name} was read`);
}

/** The Swedish refusal of a path that is read from disk. */
async function fileRefusal(path: string): Promise<string> {
  const error = await readPlanFile(path).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(PlanFileError);
  return sv.imports.refusal((error as PlanFileError).refusal);
}

describe("xlsx limits, checked before exceljs unpacks anything", () => {
  it("refuses a few kilobytes that merge the whole sheet", async () => {
    const bytes = await wholeSheetMerge();
    expect(bytes.length).toBeLessThan(10_000);
    expect(await refusal(bytes, "sammanfogad.xlsx")).toBe(
      'sammanfogad.xlsx: bladet "Plan" har sammanfogade celler A1:XFD1048576 (17 179 869 184 celler); ' +
        "sammanfogningar får täcka högst 100 000 celler. Dela upp de sammanfogade cellerna och försök igen.",
    );
  });

  it("refuses a 4 MB zip bomb that unpacks to 4 GiB, whatever sizes it declares", async () => {
    const honest = zipBomb(64);
    expect(honest.length).toBeLessThan(4.5 * 1024 * 1024);
    expect(await refusal(honest, "bomb.xlsx")).toMatch(
      /^bomb\.xlsx packas upp till mer än 64 MB \(delen xl\/worksheets\/sheet1\.xml\)/,
    );
    // Declaring a small size does not help: the part is stopped where it grows past it.
    expect(await refusal(zipBomb(2, 1000), "liten.xlsx")).toMatch(
      /^liten\.xlsx är skadad eller ofullständig/,
    );
    // Declaring one just under the limit does not either: the bytes are counted.
    expect(await refusal(zipBomb(2, PLAN_FILE_LIMITS.entryBytes - 1), "nara.xlsx")).toMatch(
      /^nara\.xlsx (packas upp till mer än 64 MB|är skadad)/,
    );
  });

  it("refuses a cell in the sheet's last column, a row far down and a cell longer than Excel allows", async () => {
    expect(await refusal(await farColumn(), "bred.xlsx")).toBe(
      'bred.xlsx (blad "Plan", rad 3): det finns något i kolumn XFD; en handlingsplan som läses in får ' +
        "använda högst 200 kolumner. Ta bort innehållet längst till höger och försök igen.",
    );
    expect(await refusal(await farRow(), "lang.xlsx")).toMatch(
      /^lang\.xlsx: bladet "Plan" använder rader ända ned till rad 1 048 576; en handlingsplan som läses in får ha högst 100 000 rader/,
    );
    expect(await refusal(await hugeCell(40_000), "cell.xlsx")).toBe(
      'cell.xlsx (blad "Plan", rad 3, kolumn B): en cell har fler än 32 767 tecken, det mesta Excel ' +
        "tillåter i en cell. Korta texten och försök igen.",
    );
  });

  it("still reads a workbook within the limits, merged Princip cells included", async () => {
    const rows = [
      ["Princip", "Nr", "Aktivitet"],
      ["Dialog", 1, "En"],
      [null, 2, "Två"],
    ];
    const bytes = await xlsx([{ name: "Plan", rows, merges: ["A2:A3"] }]);
    const file = await parsePlanBytes(bytes, "plan.xlsx");
    expect(file.sheets[0]?.rows[2]).toEqual(["Dialog", 2, "Två"]);
  });
});

describe("damaged and disguised workbooks get a Swedish answer", () => {
  it.each([
    [
      "a truncated workbook",
      async () => (await xlsx([{ name: "A", rows: [["x"]] }])).subarray(0, 3000),
      /är skadad eller ofullständig/,
    ],
    [
      "a zip that is not a workbook",
      async () => {
        const zip = new JSZip();
        zip.file("brev.txt", "Hej");
        return zip.generateAsync({ type: "nodebuffer" });
      },
      /är en zip-fil men ingen Excel-arbetsbok/,
    ],
    [
      "a workbook without sheets",
      async () => {
        const zip = await JSZip.loadAsync(await xlsx([{ name: "A", rows: [["x"]] }]));
        zip.remove("xl/worksheets/sheet1.xml");
        return zip.generateAsync({ type: "nodebuffer" });
      },
      /är en Excel-arbetsbok utan blad/,
    ],
    [
      "binary garbage that starts like a zip",
      async () => Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(5000, 0xa7)]),
      /är skadad eller ofullständig/,
    ],
    [
      "a sheet whose XML is broken",
      () => editedWorkbook((xml) => xml.replace("</sheetData>", "<row><c r=")),
      /bladet "Plan" är skadat och kan inte läsas/,
    ],
    [
      // exceljs: "Cannot read properties of undefined (reading 'col')"
      "cells without addresses",
      () => editedWorkbook((xml) => xml.replace(/ r="[A-Z]+\d+"/g, "")),
      /gick inte att läsa som Excel-arbetsbok/,
    ],
    [
      // exceljs: "Invalid row number in model"
      "rows without numbers",
      () => editedWorkbook((xml) => xml.replace(/<row r="\d+"/g, "<row")),
      /gick inte att läsa som Excel-arbetsbok/,
    ],
    ["an empty file", async () => Buffer.alloc(0), /är tom/],
  ])("%s", async (_label, make, message) => {
    expect(await refusal(await make(), "plan.xlsx")).toMatch(message);
  });
});

describe("CSV", () => {
  const header = ["Nr", "Aktivitet"];

  it("reads a file whose line endings are mixed without merging a section row into a cell", async () => {
    const text = ["Nr;Aktivitet", "Örebro kommun;", "1;Första", "Civila samhället;", "2;Andra", "3;Tredje"];
    const mixed = `${text[0]}\r\n${text[1]}\r\n${text[2]}\n${text[3]}\r${text[4]}\r\n${text[5]}\n`;
    const { sheets } = await parsePlanBytes(Buffer.from(mixed, "utf8"), "blandat.csv");
    expect(sheets[0]?.rows).toEqual([
      ["Nr", "Aktivitet"],
      ["Örebro kommun", null],
      ["1", "Första"],
      ["Civila samhället", null],
      ["2", "Andra"],
      ["3", "Tredje"],
    ]);
  });

  it.each([
    ["utf16le", "utf-16le"],
    ["utf16be", "utf-16be"],
  ] as const)("reads UTF-16 without a BOM (%s)", async (encoding, detected) => {
    const text = csv([header, [1, "Bjuda in föreningslivet – på riktigt"]], "\t");
    const le = Buffer.from(text, "utf16le");
    const bytes = encoding === "utf16le" ? le : Buffer.from(le).swap16();
    const file = await parsePlanBytes(bytes, "unicode.txt");
    expect(file.detected).toEqual({ encoding: detected, delimiter: "\t" });
    expect(file.sheets[0]?.rows[1]).toEqual(["1", "Bjuda in föreningslivet – på riktigt"]);
  });

  it("decodes Windows-1252's – ” € and å ä ö", async () => {
    // 0x96 –, 0x94 ”, 0x80 € are Windows-1252 only; Latin-1 has control characters there.
    const bytes = Buffer.concat([
      Buffer.from("Nr;Aktivitet\r\n1;", "latin1"),
      Buffer.from([0x96, 0x20, 0x94, 0x80, 0x94, 0x20, 0xe5, 0xe4, 0xf6, 0xc5, 0xc4, 0xd6]),
    ]);
    const file = await parsePlanBytes(bytes, "ansi.csv");
    expect(file.detected).toEqual({ encoding: "windows-1252", delimiter: ";" });
    expect(file.sheets[0]?.rows[1]).toEqual(["1", "– ”€” åäöÅÄÖ"]);
  });

  it("refuses a line that never ends its quote, too many columns, and binary garbage", async () => {
    const unclosed = `Nr;Aktivitet\r\n1;"Början på en text${" som aldrig tar slut".repeat(2000)}`;
    expect(await refusal(Buffer.from(unclosed), "citat.csv")).toBe(
      "citat.csv (rad 2, kolumn B): en cell har fler än 32 767 tecken, det mesta Excel tillåter i en cell. " +
        "Korta texten och försök igen.",
    );
    const wide = `Nr;Aktivitet\r\n1;x${";".repeat(300)}\r\n`;
    expect(await refusal(Buffer.from(wide), "bred.csv")).toMatch(
      /^bred\.csv \(rad 2\): det finns något i kolumn GS; en handlingsplan som läses in får använda högst 200 kolumner/,
    );
    expect(await refusal(Buffer.from([1, 0, 2, 0, 0, 0, 3, 0xff, 0, 0]), "skrap.csv")).toMatch(
      /^skrap\.csv innehåller inte text/,
    );
  });
});

describe("file size, checked before the file is read", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "lok-limits-"));
  });
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it("refuses a file larger than a plan can be, and a folder", async () => {
    const file = join(dir, "stor.xlsx");
    await writeFile(file, "");
    await truncate(file, PLAN_FILE_LIMITS.fileBytes + 1);
    expect(await fileRefusal(file)).toMatch(
      /^stor\.xlsx är 20 MB, och en handlingsplan som läses in får vara högst 20 MB/,
    );
    expect(await fileRefusal(dir)).toMatch(/är en mapp, inte en fil/);
  });

  it("refuses a device that never ends (a link to /dev/zero) instead of reading it", async () => {
    const link = join(dir, "plan.csv");
    await symlink("/dev/zero", link);
    expect(await fileRefusal(link)).toMatch(/är ingen vanlig fil/);
  });
});
