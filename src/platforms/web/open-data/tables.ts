// The open data's two tables, activities and status history, as columns: a stable JSON key, the
// heading in the group's language, what it holds, and its value. The CSV and JSON files are written
// from the same columns, so they hold the same values; the data page documents them from here too.
import { wallClockAt } from "../../../core/zoned-time.ts";
import { csvField } from "../../../plans/export-csv.ts";
import type { OpenActivity, OpenData, OpenStatusUpdate } from "../../../services/open-data.ts";
import type { PublishedGroup } from "../../../services/publication.ts";
import type { Messages } from "../../../texts/index.ts";

export type Value = string | number | null;

export interface OpenColumn<T> {
  key: string;
  header: string;
  doc: string;
  value(row: T): Value;
}

export interface OpenTable<T> {
  columns: OpenColumn<T>[];
  rows: T[];
}

const pad = (n: number) => String(Math.abs(n)).padStart(2, "0");

/** An instant as ISO 8601 in the group's time zone with its offset: "2026-11-09T10:00:00+01:00". */
export function zonedIso(instant: Date, timeZone: string): string {
  const w = wallClockAt(instant, timeZone);
  const [y, m, d] = w.date.split("-").map(Number) as [number, number, number];
  const [hh, mm] = w.time.split(":").map(Number) as [number, number];
  const whole = Math.floor(instant.getTime() / 1000) * 1000;
  const offset = Math.round((Date.UTC(y, m - 1, d, hh, mm, w.seconds) - whole) / 60000);
  const sign = offset < 0 ? "-" : "+";
  return `${w.date}T${w.time}:${pad(w.seconds)}${sign}${pad(Math.trunc(offset / 60))}:${pad(offset % 60)}`;
}

const text = (v: string | undefined): Value => v ?? null;

export function activityTable(data: OpenData, group: PublishedGroup, t: Messages): OpenTable<OpenActivity> {
  const c = t.openData.columns.activities;
  const col = (key: keyof typeof c, value: (a: OpenActivity) => Value): OpenColumn<OpenActivity> => ({
    key,
    header: c[key].header,
    doc: c[key].doc,
    value,
  });
  const columns = [
    col("plan", (a) => a.plan),
    col("number", (a) => a.number),
    col("title", (a) => a.title),
    col("principle", (a) => text(a.principle)),
    col("party", (a) => t.party.label[a.party]),
    col("status", (a) => t.status.label[a.status]),
    col("statusChangedAt", (a) => (a.statusChangedAt ? zonedIso(a.statusChangedAt, group.timeZone) : null)),
    col("dueDate", (a) => text(a.dueDate)),
    col("responsibleOrg", (a) => text(a.responsibleOrg)),
    // Persons' names only when the group shows them: otherwise the column is not there at all.
    ...(group.showNames ? [col("owners", (a) => a.owners.join(", ") || null)] : []),
    col("commitment", (a) => text(a.commitment)),
    col("commissioner", (a) => text(a.commissioner)),
    col("partners", (a) => text(a.partners)),
    col("followUp", (a) => text(a.followUp)),
  ];
  return { columns, rows: data.activities };
}

export function historyTable(
  data: OpenData,
  group: PublishedGroup,
  t: Messages,
): OpenTable<OpenStatusUpdate> {
  const c = t.openData.columns.history;
  const col = (key: keyof typeof c, value: (u: OpenStatusUpdate) => Value): OpenColumn<OpenStatusUpdate> => ({
    key,
    header: c[key].header,
    doc: c[key].doc,
    value,
  });
  const columns = [
    col("number", (u) => u.number),
    col("title", (u) => u.title),
    col("at", (u) => zonedIso(u.at, group.timeZone)),
    col("status", (u) => t.status.label[u.status]),
    col("comment", (u) => text(u.comment)),
    ...(group.showNames ? [col("author", (u) => text(u.author))] : []),
    col("source", (u) => t.exports.sources[u.source] ?? u.source),
  ];
  return { columns, rows: data.history };
}

/** RFC 4180 with `;` between fields, CRLF, UTF-8 with BOM: what Swedish Excel opens as it is. */
export function tableCsv<T>(table: OpenTable<T>): string {
  const lines = [
    table.columns.map((c) => csvField(c.header)).join(";"),
    ...table.rows.map((r) =>
      table.columns
        .map((c) => {
          const v = c.value(r);
          return csvField(v === null ? "" : String(v));
        })
        .join(";"),
    ),
  ];
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}

export interface JsonMeta {
  title: string;
  publisher: string;
  licence: { id: string; uri: string };
  source: string;
}

export function tableJson<T>(table: OpenTable<T>, meta: JsonMeta): string {
  const rows = table.rows.map((r) => Object.fromEntries(table.columns.map((c) => [c.key, c.value(r)])));
  const columns = table.columns.map((c) => ({ key: c.key, title: c.header, description: c.doc }));
  return `${JSON.stringify({ ...meta, columns, rows }, null, 2)}\n`;
}
