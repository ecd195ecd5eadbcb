// The import's rules on plain rows: headers, title rows, sections, principle headings, carried-down
// cells, page-break continuations, numbers, dates, statuses, owners, and the problems they report.
import { describe, expect, it } from "vitest";
import {
  excelSerialToLocalDate,
  readDate,
  readOwners,
  readStatus,
} from "../../../src/core/plan-sheet/cell-values.ts";
import { matchHeading } from "../../../src/core/plan-sheet/plan-columns.ts";
import { planNameFromText } from "../../../src/core/plan-sheet/plan-title.ts";
import {
  partyFromText,
  principleFromHeading,
  principleKey,
} from "../../../src/core/plan-sheet/section-rows.ts";
import { formatProblem, type SheetCell } from "../../../src/core/plan-sheet/sheet.ts";
import { type SheetParse, sheetsToPlan, sheetToPlan } from "../../../src/core/plan-sheet/sheet-to-plan.ts";
import { en } from "../../../src/texts/en.ts";
import { sv } from "../../../src/texts/sv.ts";

const TODAY = "2026-11-23";
const parse = (rows: SheetCell[][], name = "Blad1"): SheetParse =>
  sheetToPlan({ name, rows }, { today: TODAY, texts: sv });
function plan(rows: SheetCell[][]) {
  const r = parse(rows);
  if (!r.ok) throw new Error(r.problems.map((p) => formatProblem(p, sv)).join("\n"));
  return r.plan;
}
function problems(rows: SheetCell[][]): string[] {
  const r = parse(rows);
  if (r.ok) throw new Error("expected problems");
  return r.problems.map((p) => formatProblem(p, sv));
}

describe("header matching", () => {
  it("knows the Örebro headings and the optional ones, ignoring case, diacritics and punctuation", () => {
    expect(matchHeading("Princip i Överenskommelsen")).toBe("principle");
    expect(matchHeading("ÅTAGANDE I ÖVERENSKOMMELSEN")).toBe("commitment");
    expect(matchHeading("Ansvarig förvaltning/förening/org.")).toBe("responsibleOrg");
    expect(matchHeading("ansvarig forvaltning")).toBe("responsibleOrg");
    expect(matchHeading("Ansvarig uppdragsbeställare. (Ev utpekad utförare inom parentes)")).toBe(
      "commissioner",
    );
    expect(matchHeading("Samarbetspartner")).toBe("partners");
    expect(matchHeading("Nr.")).toBe("number");
    expect(matchHeading("Klart senast")).toBe("dueDate");
    expect(matchHeading("Deadline")).toBe("dueDate");
    expect(matchHeading("Uppföljning/Mått")).toBe("followUp");
    expect(matchHeading("Ägare")).toBe("owners");
    expect(matchHeading(" status ")).toBe("status");
    expect(matchHeading("Part")).toBe("party");
    expect(matchHeading("Senast uppdaterad")).toBeUndefined();
    expect(matchHeading("Kommentar")).toBeUndefined();
  });

  it("finds the plan's name in a title row", () => {
    expect(planNameFromText("Handlingsplan år 2017-2018")).toBe("Handlingsplan 2017–2018");
    expect(planNameFromText("Handlingsplan 2022-2024 för genomförande av lokal överenskommelse")).toBe(
      "Handlingsplan 2022–2024",
    );
    expect(planNameFromText("Beslutad av kommunstyrelsen")).toBeUndefined();
  });

  it("reads section and principle headings", () => {
    expect(partyFromText("Örebro kommun")).toBe("stad");
    expect(partyFromText("Västerås stads aktiviteter")).toBe("stad");
    expect(partyFromText("Civila samhället")).toBe("civilsamhalle");
    expect(partyFromText("Civilsamhällets aktiviteter")).toBe("civilsamhalle");
    expect(partyFromText("Gemensamt")).toBe("gemensamt");
    expect(partyFromText("Gemensamma aktiviteter")).toBe("gemensamt");
    expect(partyFromText("Örebro kommun och civila samhället")).toBe("gemensamt");
    expect(partyFromText("Leverera aktuell kontaktinformation till kommunen.")).toBeUndefined();
    expect(principleFromHeading("► Principen om dialog och samverkan")).toBe("Dialog och samverkan");
    expect(principleKey("Öppenhet och tillgänglighet")).toBe("oppenhet");
  });
});

describe("cell values", () => {
  it("reads Excel serial dates, date cells and Swedish date text", () => {
    expect(excelSerialToLocalDate(43280)).toBe("2018-06-29");
    expect(excelSerialToLocalDate(43280 - 1462, true)).toBe("2018-06-29");
    expect(readDate(43280, TODAY, sv)).toEqual({ ok: true, value: "2018-06-29" });
    expect(readDate(new Date(Date.UTC(2018, 5, 29)), TODAY, sv)).toEqual({ ok: true, value: "2018-06-29" });
    expect(readDate("29 juni 2018", TODAY, sv)).toEqual({ ok: true, value: "2018-06-29" });
    expect(readDate("29/6 2018", TODAY, sv)).toEqual({ ok: true, value: "2018-06-29" });
    expect(readDate("2018-06-29 00:00:00", TODAY, sv)).toEqual({ ok: true, value: "2018-06-29" });
    expect(readDate("31/2 2018", TODAY, sv).ok).toBe(false);
    expect(readDate("snart", TODAY, sv).ok).toBe(false);
  });

  it("reads statuses through the vocabulary and owners as a list", () => {
    expect(readStatus("Pågår", sv)).toEqual({ ok: true, value: "pagar" });
    expect(readStatus("ej påbörjad", sv)).toEqual({ ok: true, value: "ej_paborjad" });
    expect(readStatus("KLART", sv)).toEqual({ ok: true, value: "klar" });
    const bad = readStatus("kalr", sv);
    expect(bad.ok === false && bad.message).toContain("Menade du klar?");
    expect(readOwners("Anna Fogel, tina@example.se; Helena Astvald och KG Granberg")).toEqual([
      "Anna Fogel",
      "tina@example.se",
      "Helena Astvald",
      "KG Granberg",
    ]);
  });
});

describe("rows to plan", () => {
  const H = ["Princip", "Åtagande", "Aktivitet", "Ansvarig förvaltning/förening/org.", "Samarbetspartner"];

  it("skips title rows, follows section rows and carries principle and åtagande down", () => {
    const p = plan([
      ["Handlingsplan 2017-2018"],
      ["Beslutad av: Kommunstyrelsen", null, null],
      [],
      H,
      ["Örebro kommun"],
      ["Öppenhet", "Å1 Kommun", "1. Uppdatera uppgifter", "Alla förvaltningar", "C-nätet"],
      [null, null, "2. Sprida information", "KSF", null],
      ["Dialog", null, "3. Använda civilsamhället som remissinstans", "Alla nämnder", null],
      ["Civila samhället"],
      ["Öppenhet", "Å5 Civila samh.", "4. Bygga upp resursbank", "Örebro föreningsråd", null],
      ["Gemensamt"],
      ["Öppenhet", "Å8", "5. Anordna en föreningsträff", null, null],
      ["*Kommunens interna nätverk för civilsamhällesfrågor."],
    ]);
    expect(p.planName).toBe("Handlingsplan 2017–2018");
    expect(p.numbered).toBe(true);
    expect(p.principles.map((x) => x.key)).toEqual(["oppenhet", "dialog"]);
    expect(p.activities.map((a) => [a.number, a.party, a.principleKey, a.commitment])).toEqual([
      [1, "stad", "oppenhet", "Å1 Kommun"],
      [2, "stad", "oppenhet", "Å1 Kommun"],
      [3, "stad", "dialog", undefined],
      [4, "civilsamhalle", "oppenhet", "Å5 Civila samh."],
      [5, "gemensamt", "oppenhet", "Å8"],
    ]);
    expect(p.activities[0]).toMatchObject({
      title: "Uppdatera uppgifter",
      responsibleOrg: "Alla förvaltningar",
      partners: "C-nätet",
    });
  });

  it("merges a row that continues the previous activity after a page break (and skips the repeated header)", () => {
    const p = plan([
      H,
      ["Långsiktighet", "Å7", "4. Kartlägga föreningsbidrag. Presentera", "KSF", null],
      H,
      [null, null, "kartläggningen i en kortare skriftlig rapport.", null, null],
      [
        "Öppenhet",
        "Å5 Civila samh. åtar sig att ha",
        "10. Bygga upp resursbank",
        "Örebro föreningsråd",
        null,
      ],
      [null, "en planering som motsvarar tidsperioden.", null, null, null],
    ]);
    expect(p.activities).toHaveLength(2);
    expect(p.activities[0]?.title).toBe(
      "Kartlägga föreningsbidrag. Presentera kartläggningen i en kortare skriftlig rapport.",
    );
    expect(p.activities[1]?.commitment).toBe(
      "Å5 Civila samh. åtar sig att ha en planering som motsvarar tidsperioden.",
    );
  });

  it("numbers an unnumbered plan in order, with principle and party from the headings", () => {
    const p = plan([
      ["Handlingsplan år 2017-2018"],
      ["Aktivitet", "Ansvarig", "Uppföljning/Mått"],
      ["► Principen om dialog och samverkan"],
      ["Västerås stads aktiviteter"],
      ["Finansiera en kommunal samordnartjänst motsvarande 50 procent."],
      ["Finansiera spridning av information gällande arbete"],
      ["med LÖKen och överenskommelsen"],
      ["Civilsamhällets aktiviteter"],
      ["Utse representanter till den gemensamma samverkansgruppen."],
      ["Principen om mångfald och förnyelse"],
      ["Gemensamma aktiviteter"],
      ["Ha en öppen och välkomnande attityd gentemot alla intresserade."],
    ]);
    expect(p.numbered).toBe(false);
    expect(p.activities.map((a) => [a.number, a.principleKey, a.party])).toEqual([
      [1, "dialog", "stad"],
      [2, "dialog", "stad"],
      [3, "dialog", "civilsamhalle"],
      [4, "mangfald", "gemensamt"],
    ]);
    expect(p.sectionHeadings).toEqual({
      stad: "Västerås stads aktiviteter",
      civilsamhalle: "Civilsamhällets aktiviteter",
      gemensamt: "Gemensamma aktiviteter",
    });
    expect(p.principles).toEqual([
      { key: "dialog", name: "Dialog och samverkan" },
      { key: "mangfald", name: "Mångfald och förnyelse" },
    ]);
    expect(p.activities[1]?.title).toBe(
      "Finansiera spridning av information gällande arbete med LÖKen och överenskommelsen",
    );
  });

  it("reads the optional columns in any order, with extra columns ignored", () => {
    const p = plan([
      ["Status", "Anteckning", "Ägare", "Klart senast", "Aktivitet", "Nr", "Part"],
      ["pågår", "x", "Anna Fogel, anna@example.se", 43280, "Se över registret", 13, "Gemensamt"],
      ["", "", "", "15 mars 2027", "Utreda lokaler", "6.", "Kommunen"],
    ]);
    expect(p.activities).toEqual([
      expect.objectContaining({
        number: 13,
        status: "pagar",
        owners: ["Anna Fogel", "anna@example.se"],
        dueDate: "2018-06-29",
        party: "gemensamt",
      }),
      expect.objectContaining({ number: 6, dueDate: "2027-03-15", party: "stad" }),
    ]);
    expect(p.activities[1]?.status).toBeUndefined();
  });

  it("reports every problem with sheet, row and column", () => {
    const found = problems([
      ["Nr", "Aktivitet", "Klart senast", "Status", "Part"],
      [1, "Första", "2018-02-31", "kanske", null],
      [1, "Dubblett", null, null, null],
      ["x", "Fel nummer", null, null, "Någon"],
      [null, "fortsätter", null, "klar", null],
    ]);
    expect(found).toEqual([
      expect.stringMatching(
        /^Blad "Blad1", rad 2, kolumn C \(Klart senast\): "2018-02-31" är inget datum som finns/,
      ),
      expect.stringMatching(/^Blad "Blad1", rad 2, kolumn D \(Status\): "kanske" är ingen status/),
      'Blad "Blad1", rad 3, kolumn A (Nr): nummer 1 finns redan på rad 2. Varje aktivitet behöver ett eget nummer.',
      expect.stringMatching(/^Blad "Blad1", rad 4, kolumn A \(Nr\): "x" är inget aktivitetsnummer/),
      expect.stringMatching(
        /^Blad "Blad1", rad 5, kolumn A \(Nr\): raden saknar aktivitetsnummer men har Status ifyllt/,
      ),
    ]);
  });

  it("says politely when a sheet is empty or has no header", () => {
    const empty = sheetsToPlan([{ name: "Blad1", rows: [[], [null, ""]] }], { today: TODAY, texts: sv });
    expect(!empty.ok && formatProblem(empty.problems[0] as never, sv)).toBe(
      'Blad "Blad1": filen är tom: bladet har inga rader att läsa in.',
    );
    const noHeader = sheetsToPlan([{ name: "Blad1", rows: [["Hej"], ["Då"]] }], { today: TODAY, texts: sv });
    expect(!noHeader.ok && formatProblem(noHeader.problems[0] as never, sv)).toContain(
      "hittade ingen rubrikrad",
    );
  });

  it("tells the problems in English, naming the Swedish headings the file must have", () => {
    const noHeader = sheetsToPlan([{ name: "Sheet1", rows: [["Hello"]] }], { today: TODAY, texts: en });
    expect(!noHeader.ok && formatProblem(noHeader.problems[0] as never, en)).toBe(
      'Sheet "Sheet1": I found no header row in the first 40 rows. The header row must have the column ' +
        "Aktivitet and at least one of Nr, Princip, Åtagande, Part, Ansvarig förvaltning/förening/org., " +
        "Ansvarig uppdragsbeställare, Samarbetspartner, Klart senast, Status, Uppföljning/Mått or Ägare.",
    );
    const rows = [
      ["Nr", "Aktivitet", "Part", "Status"],
      [1, "En aktivitet", "Kanske", "kalr"],
    ];
    const r = sheetToPlan({ name: "Plan", rows }, { today: TODAY, texts: en });
    expect(!r.ok && r.problems.map((p) => formatProblem(p, en))).toEqual([
      'Sheet "Plan", row 2, column D (Status): "kalr" is not a status. Did you mean done? ' +
        "Write not started, in progress, done, delayed, paused or cancelled.",
      'Sheet "Plan", row 2, column C (Part): "Kanske" is not a party. Write Kommunen, Civilsamhället or Gemensamt.',
    ]);
  });

  it("picks the first sheet with a header, passing over empty ones", () => {
    const r = sheetsToPlan(
      [
        { name: "Tom", rows: [] },
        {
          name: "Plan",
          rows: [
            ["Nr", "Aktivitet"],
            [1, "En aktivitet"],
          ],
        },
      ],
      { today: TODAY, texts: sv },
    );
    expect(r.ok && r.plan.sheet).toBe("Plan");
  });
});
