// From the rows of a sheet to a handlingsplan: find the header, follow section and principle headings,
// carry merged Princip/Åtagande cells down, merge rows that continue an activity across a page break,
// read numbers, dates, statuses and owners, and collect every problem with its row and column.
import type { Messages } from "../../texts/index.ts";
import type { ActivityStatus } from "../activity-status.ts";
import type { Party } from "../command.ts";
import type { LocalDate } from "../local-date.ts";
import {
  type CellRead,
  cellText,
  readDate,
  readNumber,
  readOwners,
  readStatus,
  splitLeadingNumber,
} from "./cell-values.ts";
import { inferParty, type PartyNaming, partyNaming } from "./party-naming.ts";
import {
  findHeaderRow,
  foldHeading,
  HEADER_SEARCH_ROWS,
  type HeaderRow,
  isRepeatedHeader,
  type PlanColumn,
} from "./plan-columns.ts";
import { planNameFromTitleRows } from "./plan-title.ts";
import { COLUMN_HEADING, PART_COLUMN_WORDS } from "./plan-vocabulary.ts";
import {
  isFootnote,
  partyFromText,
  principleFromHeading,
  principleKey,
  principleName,
} from "./section-rows.ts";
import type { SheetCell, SheetData, SheetProblem } from "./sheet.ts";

/** Free-text fields of an activity, which a continuation row may extend. */
export const TEXT_FIELDS = ["commitment", "responsibleOrg", "commissioner", "partners", "followUp"] as const;
export type TextField = (typeof TEXT_FIELDS)[number];

export interface ParsedPrinciple {
  key: string;
  name: string;
}

/** A goal of a principle, as the plan writes it (a row with only the Mål column filled). */
export interface ParsedGoal {
  row: number;
  principleKey: string;
  text: string;
}

export interface ParsedActivity {
  /** The sheet row the activity starts on. */
  row: number;
  number: number;
  title: string;
  principleKey?: string;
  party?: Party;
  commitment?: string;
  responsibleOrg?: string;
  commissioner?: string;
  partners?: string;
  followUp?: string;
  dueDate?: LocalDate;
  status?: ActivityStatus;
  owners?: string[];
}

/** Fields the sheet speaks about: a field it has no column (or heading) for is left as it is on re-import. */
export type PlanField = "principle" | "party" | TextField | "dueDate" | "status" | "owners";

export interface ParsedPlan {
  sheet: string;
  /** "Handlingsplan 2017–2018", from the title rows or the sheet's name. */
  planName?: string;
  present: Record<PlanField, boolean>;
  /** False when the sheet had no numbers and they were given in order. */
  numbered: boolean;
  principles: ParsedPrinciple[];
  activities: ParsedActivity[];
  /** The principles' goals in the order written; empty when the sheet has no Mål column. */
  goals: ParsedGoal[];
  /** Whether the sheet has a Mål column: only then does a re-import change the goals. */
  goalsPresent: boolean;
  /** Section headings whose party neither the importer's words nor the plan's names tell. */
  unknownSections: UnknownSection[];
  /** The plan's own heading for each party's section, the first one it writes: "Västerås stads aktiviteter". */
  sectionHeadings: Partial<Record<Party, string>>;
}

export interface UnknownSection {
  row: number;
  heading: string;
}

export interface SheetOptions {
  today: LocalDate;
  /** The language problems are told in. */
  texts: Messages;
  /** The person's answers for section headings: folded heading (foldHeading) → party. */
  sectionParties?: ReadonlyMap<string, Party>;
}

export type SheetParse = { ok: true; plan: ParsedPlan } | { ok: false; problems: SheetProblem[] };

type Item =
  | { kind: "principle"; row: number; name: string; column: number }
  | { kind: "party"; row: number; party: Party; heading: string }
  | { kind: "unknown_section"; row: number; heading: string }
  | { kind: "goal"; row: number; text: string; principle?: string }
  | { kind: "data"; row: number; cells: readonly SheetCell[] };

const CONTINUATION_COLUMNS: readonly PlanColumn[] = ["activity", ...TEXT_FIELDS];

/** A heading as it should be shown: without a leading bullet ("► "), spaces collapsed. */
function headingText(text: string): string {
  return text
    .replace(/^[^\p{L}\p{N}]+/u, "")
    .replace(/\s+/g, " ")
    .trim();
}

export function isEmptySheet(sheet: SheetData): boolean {
  return sheet.rows.every((r) => r.every((c) => cellText(c) === ""));
}

export function sheetToPlan(sheet: SheetData, options: SheetOptions): SheetParse {
  if (isEmptySheet(sheet))
    return { ok: false, problems: [{ sheet: sheet.name, message: options.texts.imports.sheet.empty }] };
  const header = findHeaderRow(sheet.rows);
  if (!header) return { ok: false, problems: [noHeaderProblem(sheet.name, options.texts)] };
  return new SheetReader(sheet, header, options).read();
}

/** The columns a header row is recognised by, named as a plan writes them. */
const OTHER_HEADINGS: readonly PlanColumn[] = [
  "number",
  "principle",
  "commitment",
  "party",
  "responsibleOrg",
  "commissioner",
  "partners",
  "dueDate",
  "status",
  "followUp",
  "owners",
];

export function noHeaderProblem(sheet: string, t: Messages): SheetProblem {
  return {
    sheet,
    message: t.imports.sheet.noHeader(
      HEADER_SEARCH_ROWS,
      COLUMN_HEADING.activity,
      OTHER_HEADINGS.map((c) => COLUMN_HEADING[c]),
    ),
  };
}

class SheetReader {
  private readonly problems: SheetProblem[] = [];
  private readonly principles = new Map<string, ParsedPrinciple>();
  private readonly activities: ParsedActivity[] = [];
  private readonly goals: ParsedGoal[] = [];
  private readonly numberRows = new Map<number, number>();
  private readonly unknownSections: UnknownSection[] = [];
  private readonly today: LocalDate;
  private readonly answers: ReadonlyMap<string, Party>;
  private readonly t: Messages;

  private readonly sheet: SheetData;
  private readonly header: HeaderRow;

  constructor(sheet: SheetData, header: HeaderRow, options: SheetOptions) {
    this.sheet = sheet;
    this.header = header;
    this.today = options.today;
    this.answers = options.sectionParties ?? new Map();
    this.t = options.texts;
  }

  read(): SheetParse {
    const items = this.classify();
    const numbered = items.some((item) => item.kind === "data" && this.rowNumber(item.cells) !== undefined);
    let party: Party | undefined;
    let principle: string | undefined;
    let commitment: string | undefined;
    let sawPrincipleHeading = false;
    let sawPartyHeading = false;
    let previous: ParsedActivity | undefined;
    const sectionHeadings: Partial<Record<Party, string>> = {};
    for (const item of items) {
      if (item.kind === "principle") {
        principle = this.principle(item.name, item.row, item.column);
        commitment = undefined;
        sawPrincipleHeading = true;
        continue;
      }
      if (item.kind === "party") {
        party = item.party;
        sawPartyHeading = true;
        sectionHeadings[item.party] ??= headingText(item.heading);
        continue;
      }
      if (item.kind === "goal") {
        if (item.principle) {
          principle = this.principle(
            principleName(item.principle),
            item.row,
            this.header.columns.principle ?? 0,
          );
          sawPrincipleHeading = true;
        }
        const key = principle ? principleKey(principle) : undefined;
        if (key) this.goals.push({ row: item.row, principleKey: key, text: item.text });
        else
          this.problem(item.row, "goal", this.t.imports.sheet.goalWithoutPrinciple(COLUMN_HEADING.principle));
        continue;
      }
      if (item.kind === "unknown_section") {
        party = undefined;
        sawPartyHeading = true;
        this.unknownSections.push({ row: item.row, heading: item.heading });
        continue;
      }
      const { row, cells } = item;
      if (this.isContinuation(cells, numbered, previous)) {
        this.continueActivity(previous, row, cells, numbered);
        continue;
      }
      const principleText = this.text(cells, "principle");
      const commitmentText = this.text(cells, "commitment");
      if (principleText) {
        principle = this.principle(principleName(principleText), row, this.header.columns.principle ?? 0);
        commitment = commitmentText || undefined;
      } else if (commitmentText) commitment = commitmentText;
      const activity = this.activity(row, cells, numbered);
      if (!activity) continue;
      if (principle) activity.principleKey = principleKey(principle);
      if (commitment && this.header.columns.commitment !== undefined) activity.commitment = commitment;
      const rowParty = this.party(row, cells);
      if (rowParty ?? party) activity.party = rowParty ?? party;
      this.activities.push(activity);
      previous = activity;
    }
    if (this.activities.length === 0 && this.problems.length === 0)
      this.problems.push({ sheet: this.sheet.name, message: this.t.imports.sheet.noActivities });
    if (this.problems.length) return { ok: false, problems: this.problems };
    const has = (c: PlanColumn) => this.header.columns[c] !== undefined;
    return {
      ok: true,
      plan: {
        sheet: this.sheet.name,
        ...optional(
          "planName",
          planNameFromTitleRows(this.sheet.rows.slice(0, this.header.index), this.sheet.name),
        ),
        present: {
          principle: has("principle") || sawPrincipleHeading,
          party: has("party") || sawPartyHeading,
          commitment: has("commitment"),
          responsibleOrg: has("responsibleOrg"),
          commissioner: has("commissioner"),
          partners: has("partners"),
          followUp: has("followUp"),
          dueDate: has("dueDate"),
          status: has("status"),
          owners: has("owners"),
        },
        numbered,
        principles: [...this.principles.values()],
        activities: this.activities,
        goals: this.goals,
        goalsPresent: has("goal"),
        unknownSections: this.unknownSections,
        sectionHeadings,
      },
    };
  }

  /** The text of a row that is one lone text (one cell, or one merged across), else undefined. */
  private loneText(cells: readonly SheetCell[]): string | undefined {
    const filled = cells.map(cellText).filter(Boolean);
    return filled.length && new Set(filled).size === 1 ? filled[0] : undefined;
  }

  /**
   * Rows below the header as headings or data; blank rows, repeated headers and footnotes dropped.
   * A section row is known by its shape: a lone text, no number, nothing else on the row. Its party
   * comes from the importer's words ("Civila samhället"), else from how this plan names the city and
   * civil society (its title, its other headings); in a numbered plan a heading whose party cannot be
   * told is kept as unknown, for the person to answer (in an unnumbered plan such a text is an activity).
   */
  private classify(): Item[] {
    const items: Item[] = [];
    const { rows } = this.sheet;
    const below = rows.slice(this.header.index + 1);
    const numbered = below.some((r) => {
      const n = this.rowNumber(r);
      return n !== undefined && n > 0;
    });
    const naming = this.naming(below);
    for (let i = this.header.index + 1; i < rows.length; i++) {
      const cells = rows[i] ?? [];
      const filled = cells.map((c, column) => ({ column, text: cellText(c) })).filter((c) => c.text);
      if (filled.length === 0 || isRepeatedHeader(cells, this.header)) continue;
      const goalColumn = this.header.columns.goal;
      const goalText = goalColumn === undefined ? "" : cellText(cells[goalColumn]);
      if (
        goalText &&
        filled.every((c) => c.column === goalColumn || c.column === this.header.columns.principle)
      ) {
        const principleText = this.text(cells, "principle");
        items.push({
          kind: "goal",
          row: i + 1,
          text: goalText.replace(/^[-–•►]\s*/u, "").trim(),
          ...(principleText ? { principle: principleText } : {}),
        });
        continue;
      }
      const distinct = new Set(filled.map((c) => c.text));
      const first = filled[0];
      if (distinct.size === 1 && first) {
        const answer = this.answers.get(foldHeading(first.text));
        if (answer) {
          items.push({ kind: "party", row: i + 1, party: answer, heading: first.text });
          continue;
        }
        const heading = principleFromHeading(first.text);
        // A heading starts with a capital; "kommunen." alone on a row is the end of a sentence.
        const party = heading || /^\p{Ll}/u.test(first.text) ? undefined : partyFromText(first.text);
        if (party) {
          items.push({ kind: "party", row: i + 1, party, heading: first.text });
          continue;
        }
        if (isFootnote(first.text)) continue;
        const onlyPrinciple = filled.every((c) => c.column === this.header.columns.principle);
        if (heading || (onlyPrinciple && !splitLeadingNumber(first.text))) {
          items.push({
            kind: "principle",
            row: i + 1,
            name: heading ?? principleName(first.text),
            column: first.column,
          });
          continue;
        }
        if (looksLikeHeading(first.text)) {
          const inferred = inferParty(first.text, naming, { strict: !numbered });
          if (inferred) {
            items.push({ kind: "party", row: i + 1, party: inferred, heading: first.text });
            continue;
          }
          if (numbered) {
            items.push({ kind: "unknown_section", row: i + 1, heading: first.text });
            continue;
          }
        }
      }
      items.push({ kind: "data", row: i + 1, cells });
    }
    return items;
  }

  /** How the plan names its parties: its title rows, its sheet's name, and the headings it has words for. */
  private naming(below: readonly (readonly SheetCell[])[]): PartyNaming {
    const texts = [
      this.sheet.name,
      ...this.sheet.rows.slice(0, this.header.index).flatMap((r) => r.map(cellText).filter(Boolean)),
      ...below.flatMap((r) => {
        const text = this.loneText(r);
        return text && partyFromText(text) ? [text] : [];
      }),
    ];
    return partyNaming(texts);
  }

  private text(cells: readonly SheetCell[], column: PlanColumn): string {
    const index = this.header.columns[column];
    return index === undefined ? "" : cellText(cells[index]);
  }

  private rowNumber(cells: readonly SheetCell[]): number | undefined {
    const fromColumn = readNumber(cells[this.header.columns.number ?? -1], this.t);
    if (!fromColumn.ok || fromColumn.value !== undefined) return fromColumn.ok ? fromColumn.value : -1;
    return splitLeadingNumber(this.text(cells, "activity"))?.number;
  }

  private isContinuation(
    cells: readonly SheetCell[],
    numbered: boolean,
    previous: ParsedActivity | undefined,
  ): boolean {
    const activityText = this.text(cells, "activity");
    if (numbered) return this.rowNumber(cells) === undefined;
    if (!activityText) return true;
    return (
      previous !== undefined &&
      /^\p{Ll}/u.test(activityText) &&
      !/[.!?…]$/u.test(previous.title) &&
      this.hasOnly(cells, CONTINUATION_COLUMNS)
    );
  }

  private hasOnly(cells: readonly SheetCell[], allowed: readonly PlanColumn[]): boolean {
    const allowedIndexes = new Set(allowed.map((c) => this.header.columns[c]));
    return cells.every((c, i) => cellText(c) === "" || allowedIndexes.has(i));
  }

  private continueActivity(
    previous: ParsedActivity | undefined,
    row: number,
    cells: readonly SheetCell[],
    numbered: boolean,
  ): void {
    const stray = (Object.keys(this.header.columns) as PlanColumn[]).filter(
      (c) => !CONTINUATION_COLUMNS.includes(c) && this.text(cells, c),
    );
    if (!previous || stray.length > 0) {
      const says = this.t.imports.sheet;
      const filled = stray.length ? this.labels(stray) : undefined;
      this.problem(
        row,
        numbered ? "number" : "activity",
        numbered
          ? says.missingNumber(COLUMN_HEADING.number, COLUMN_HEADING.activity, filled)
          : says.noActivityText(COLUMN_HEADING.activity, filled),
      );
      return;
    }
    const activityText = this.text(cells, "activity");
    if (activityText) previous.title = joinText(previous.title, activityText);
    for (const field of TEXT_FIELDS) {
      const text = this.text(cells, field);
      if (text) previous[field] = previous[field] ? joinText(previous[field], text) : text;
    }
  }

  private activity(row: number, cells: readonly SheetCell[], numbered: boolean): ParsedActivity | undefined {
    let title = this.text(cells, "activity");
    const leading = splitLeadingNumber(title);
    const nr = readNumber(cells[this.header.columns.number ?? -1], this.t);
    if (!nr.ok) {
      this.problem(row, "number", nr.message);
      return undefined;
    }
    let number = nr.value;
    if (number === undefined && leading) number = leading.number;
    if (leading && leading.number === number) title = leading.rest;
    if (!numbered) number = this.activities.length + 1;
    if (number === undefined) return undefined;
    if (!title) {
      this.problem(row, "activity", this.t.imports.sheet.activityWithoutText(number));
      return undefined;
    }
    const seen = this.numberRows.get(number);
    if (seen !== undefined) {
      this.problem(
        row,
        this.header.columns.number !== undefined ? "number" : "activity",
        this.t.imports.sheet.duplicateNumber(number, seen),
      );
      return undefined;
    }
    this.numberRows.set(number, row);
    const activity: ParsedActivity = { row, number, title };
    for (const field of TEXT_FIELDS) {
      if (field === "commitment") continue; // carried down by read()
      const text = this.text(cells, field);
      if (text) activity[field] = text;
    }
    const due = this.cell(row, "dueDate", (c) => readDate(c, this.today, this.t, this.sheet.date1904));
    if (due) activity.dueDate = due;
    const status = this.cell(row, "status", (c) => readStatus(c, this.t));
    if (status) activity.status = status;
    if (this.header.columns.owners !== undefined) {
      const owners = readOwners(cells[this.header.columns.owners]);
      if (owners.length) activity.owners = owners;
    }
    return activity;
  }

  private cell<T>(
    row: number,
    column: PlanColumn,
    read: (cell: SheetCell | undefined) => CellRead<T>,
  ): T | undefined {
    const index = this.header.columns[column];
    if (index === undefined) return undefined;
    const result = read(this.sheet.rows[row - 1]?.[index]);
    if (result.ok) return result.value;
    this.problem(row, column, result.message);
    return undefined;
  }

  private party(row: number, cells: readonly SheetCell[]): Party | undefined {
    const text = this.text(cells, "party");
    if (!text) return undefined;
    const party = partyFromText(text);
    if (!party) this.problem(row, "party", this.t.imports.sheet.notAParty(text, PART_COLUMN_WORDS));
    return party;
  }

  private principle(name: string, row: number, column: number): string | undefined {
    const key = principleKey(name);
    if (!key) {
      this.problems.push({
        sheet: this.sheet.name,
        row,
        column,
        message: this.t.imports.sheet.badPrinciple(name),
      });
      return undefined;
    }
    if (!this.principles.has(key)) this.principles.set(key, { key, name });
    return name;
  }

  private labels(columns: PlanColumn[]): string {
    return columns.map((c) => this.header.labels[c] ?? COLUMN_HEADING[c]).join(", ");
  }

  private problem(row: number, column: PlanColumn, message: string): void {
    const index = this.header.columns[column];
    this.problems.push({
      sheet: this.sheet.name,
      row,
      ...(index !== undefined
        ? { column: index, columnLabel: this.header.labels[column] ?? COLUMN_HEADING[column] }
        : {}),
      message,
    });
  }
}

/**
 * Shaped like a heading: starts with a capital (after any bullet), at most eight words, no digit first
 * and no sentence punctuation at the end. "kartläggningen i en kortare rapport." continues a cell.
 */
function looksLikeHeading(text: string): boolean {
  const t = text.replace(/^[^\p{L}\p{N}]+/u, "").trim();
  return /^\p{Lu}/u.test(t) && t.split(/\s+/).length <= 8 && t.length <= 80 && !/[.!?…:;,]$/u.test(t);
}

/** Joins text that a page break split over two rows. */
export function joinText(before: string, after: string): string {
  return `${before} ${after}`.replace(/\s+/g, " ").trim();
}

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

/**
 * A workbook's plan: the first sheet with a header row (an exported follow-up has its activities
 * first, then the summary and history). Empty sheets are passed over; a workbook with nothing in it,
 * or no recognisable header anywhere, is a problem.
 */
export function sheetsToPlan(sheets: readonly SheetData[], options: SheetOptions): SheetParse {
  const filled = sheets.filter((s) => !isEmptySheet(s));
  if (filled.length === 0) {
    const message = options.texts.imports.sheet.emptyFile(sheets.map((s) => s.name));
    return { ok: false, problems: [{ sheet: sheets[0]?.name ?? "", message }] };
  }
  const withHeader = filled.find((s) => findHeaderRow(s.rows) !== undefined);
  if (!withHeader) return { ok: false, problems: filled.map((s) => noHeaderProblem(s.name, options.texts)) };
  return sheetToPlan(withHeader, options);
}
