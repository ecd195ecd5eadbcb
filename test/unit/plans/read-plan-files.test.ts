// Files as users send them: generated workbooks with odd layouts, CSV in both delimiters and encodings,
// and files that are not plans at all.
import { describe, expect, it } from "vitest";
import { formatProblem } from "../../../src/core/plan-sheet/sheet.ts";
import { sheetsToPlan } from "../../../src/core/plan-sheet/sheet-to-plan.ts";
import { decodeCsv, detectDelimiter } from "../../../src/plans/read-csv.ts";
import { PlanFileError, parsePlanBytes } from "../../../src/plans/read-sheet.ts";
import { en } from "../../../src/texts/en.ts";
import { sv } from "../../../src/texts/sv.ts";
import { csv, latin1, ORebroHeader, xlsx } from "../../fixtures/plans/workbooks.ts";

const TODAY = "2026-11-23";
async function planOf(bytes: Uint8Array, name: string) {
  const file = await parsePlanBytes(bytes, name);
  const r = sheetsToPlan(file.sheets, { today: TODAY, texts: sv });
  if (!r.ok) throw new Error(r.problems.map((p) => formatProblem(p, sv)).join("\n"));
  return { file, plan: r.plan };
}

describe("xlsx", () => {
  it("reads merged Princip/Åtagande cells, section rows merged across, title rows, Date cells and serial dates", async () => {
    const bytes = await xlsx([
      { name: "Info", rows: [] },
      {
        name: "Handlingsplan",
        rows: [
          ["Handlingsplan 2017-2018"],
          ["Beslutad av: Kommunstyrelsens utskott, den 30 maj 2017"],
          [],
          [...ORebroHeader, "Klart senast", "Status"],
          ["Örebro kommun"],
          [
            "Långsiktighet",
            "Å7 Kommun",
            "3. Informera om IOP.",
            "KSF",
            null,
            "Kommunikation",
            new Date(Date.UTC(2017, 10, 30)),
            "Pågår",
          ],
          [null, null, "4. Kartlägga föreningsbidrag.", "KSF", "Kommundirektör", null, 43190, null],
          [
            "Mångfald",
            "Å8 Kommun",
            "5. Se över informationen.",
            "KSF",
            null,
            null,
            "15 december 2017",
            "klar",
          ],
        ],
        merges: ["A5:H5", "A6:A7", "B6:B7"],
      },
    ]);
    const { file, plan } = await planOf(bytes, "plan.xlsx");
    expect(file.kind).toBe("xlsx");
    expect(plan.sheet).toBe("Handlingsplan");
    expect(plan.planName).toBe("Handlingsplan 2017–2018");
    expect(
      plan.activities.map((a) => [a.number, a.party, a.principleKey, a.commitment, a.dueDate, a.status]),
    ).toEqual([
      [3, "stad", "langsiktighet", "Å7 Kommun", "2017-11-30", "pagar"],
      [4, "stad", "langsiktighet", "Å7 Kommun", "2018-03-31", undefined],
      [5, "stad", "mangfald", "Å8 Kommun", "2017-12-15", "klar"],
    ]);
  });

  it("reads serial dates of a 1904 workbook", async () => {
    const bytes = await xlsx(
      [
        {
          name: "A",
          rows: [
            ["Nr", "Aktivitet", "Deadline"],
            [1, "X", 43280 - 1462],
          ],
        },
      ],
      { date1904: true },
    );
    expect((await planOf(bytes, "a.xlsx")).plan.activities[0]?.dueDate).toBe("2018-06-29");
  });

  it("reports duplicate numbers with sheet, row and column", async () => {
    const bytes = await xlsx([
      {
        name: "Plan",
        rows: [
          ["Nr", "Aktivitet"],
          [1, "En"],
          [2, "Två"],
          [2, "Tre"],
        ],
      },
    ]);
    const r = sheetsToPlan((await parsePlanBytes(bytes, "p.xlsx")).sheets, { today: TODAY, texts: sv });
    expect(!r.ok && r.problems.map((p) => formatProblem(p, sv))).toEqual([
      'Blad "Plan", rad 4, kolumn A (Nr): nummer 2 finns redan på rad 3. Varje aktivitet behöver ett eget nummer.',
    ]);
  });

  it("says politely that an empty workbook has nothing to read", async () => {
    const bytes = await xlsx([{ name: "Blad1", rows: [] }]);
    const r = sheetsToPlan((await parsePlanBytes(bytes, "tom.xlsx")).sheets, { today: TODAY, texts: sv });
    expect(!r.ok && r.problems.map((p) => formatProblem(p, sv))).toEqual([
      'Blad "Blad1": filen är tom: bladet har inga rader att läsa in.',
    ]);
  });
});

describe("csv", () => {
  const rows = [
    ["Handlingsplan 2017-2018"],
    ["Nr", "Aktivitet", "Ansvarig förvaltning/förening/org.", "Samarbetspartner"],
    [1, "Uppdatera uppgifter hos Servicecenter, samt kontaktuppgifter.", "Alla förvaltningar", "C-nätet"],
    [2, "Ta fram rutin för kommunikation av upphandlingar.", "KSF", "Kommunikation, C-nätet"],
  ];

  it.each([
    ["semicolon, UTF-8 with BOM", Buffer.from(`\uFEFF${csv(rows, ";")}`, "utf8"), "utf-8, avgränsare ;"],
    ["semicolon, UTF-8 without BOM", Buffer.from(csv(rows, ";"), "utf8"), "utf-8, avgränsare ;"],
    ["comma, UTF-8", Buffer.from(csv(rows, ","), "utf8"), "utf-8, avgränsare ,"],
    ["semicolon, Latin-1", latin1(csv(rows, ";")), "windows-1252, avgränsare ;"],
    ["comma, Latin-1", latin1(csv(rows, ",")), "windows-1252, avgränsare ,"],
    [
      "tab, UTF-16 with BOM (Excel's Unicode text)",
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(csv(rows, "\t"), "utf16le")]),
      "utf-16le, avgränsare tab",
    ],
  ])("reads %s", async (_label, bytes, detected) => {
    const { file, plan } = await planOf(bytes, "plan.csv");
    const said =
      file.detected && sv.imports.command.detected(file.detected.encoding, file.detected.delimiter);
    expect(said).toBe(detected);
    expect(plan.activities.map((a) => [a.number, a.title, a.responsibleOrg, a.partners])).toEqual([
      [1, "Uppdatera uppgifter hos Servicecenter, samt kontaktuppgifter.", "Alla förvaltningar", "C-nätet"],
      [2, "Ta fram rutin för kommunikation av upphandlingar.", "KSF", "Kommunikation, C-nätet"],
    ]);
  });

  it("decodes Latin-1 å, ä, ö and keeps valid UTF-8 as it is", () => {
    expect(decodeCsv(latin1("Mångfald;Öppenhet"))?.text).toBe("Mångfald;Öppenhet");
    expect(decodeCsv(Buffer.from("Mångfald;Öppenhet"))?.encoding).toBe("utf-8");
    expect(detectDelimiter("a,b;c\n")).toBe(";");
  });
});

describe("files that are not plans", () => {
  it("refuses another file type, an old .xls, a CSV that is a workbook and an .xlsx that is not", async () => {
    const xlsxBytes = await xlsx([{ name: "A", rows: [["x"]] }]);
    const cases: [Uint8Array, string, RegExp][] = [
      [Buffer.from("%PDF-1.7"), "plan.pdf", /varken en Excel-fil \(\.xlsx\) eller en CSV-fil/],
      [Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0, 0]), "plan.xls", /äldre Excel-fil \(\.xls\)/],
      [xlsxBytes, "plan.csv", /är en Excel-fil, inte CSV/],
      [Buffer.from("Nr;Aktivitet\n1;x"), "plan.xlsx", /ser inte ut som en Excel-fil/],
      [Buffer.from([0x00, 0x01, 0x02]), "plan.csv", /innehåller inte text/],
      [Buffer.alloc(0), "plan.csv", /är tom/],
    ];
    for (const [bytes, name, message] of cases) {
      await expect(parsePlanBytes(bytes, name)).rejects.toThrow(PlanFileError);
      expect(sv.imports.refusal(await refusalOf(bytes, name))).toMatch(message);
    }
  });

  it("tells the same refusal in English", async () => {
    const refusal = await refusalOf(Buffer.from("%PDF-1.7"), "plan.pdf");
    expect(en.imports.refusal(refusal)).toBe(
      "plan.pdf is neither an Excel file (.xlsx) nor a CSV file (.csv). Save the plan in one of those formats.",
    );
  });
});

async function refusalOf(bytes: Uint8Array, name: string) {
  const error = await parsePlanBytes(bytes, name).catch((e: unknown) => e);
  if (!(error instanceof PlanFileError)) throw new Error(`expected a refusal of ${name}`);
  return error.refusal;
}
