// The statusrapport as an outline of headings, paragraphs, tables and charts, in the report's
// language: written once here, drawn as Word, a workbook, Markdown and a web page by their renderers,
// so that every format says the same in the same order.
import { ACTIVITY_STATUSES } from "../core/activity-status.ts";
import type { Messages } from "../texts/index.ts";
import type { StatusCounts, StatusReport } from "./status-report-data.ts";

export type OutlineBlock =
  | { type: "title"; title: string; subtitle: string }
  | { type: "facts"; rows: [string, string][] }
  | { type: "page_break" }
  | { type: "heading"; level: 1 | 2 | 3; text: string }
  | { type: "paragraph"; text: string }
  | { type: "bullets"; items: string[] }
  /** `numeric`: the columns that hold numbers (right-aligned; numbers in the workbook). */
  | { type: "table"; headers: string[]; rows: (string | number)[][]; numeric: boolean[] }
  | { type: "chart"; title: string; rows: StatusCounts[] };

function countsTable(t: Messages, first: string, rows: readonly StatusCounts[]): OutlineBlock {
  const d = t.followUp.doc;
  return {
    type: "table",
    headers: [first, d.colTotal, ...ACTIVITY_STATUSES.map((s) => t.status.label[s]), d.colDone, d.colOverdue],
    rows: rows.map((r) => [
      r.label,
      r.total,
      ...ACTIVITY_STATUSES.map((s) => r.counts[s]),
      r.total ? d.share(r.done) : "–",
      r.overdue,
    ]),
    numeric: [false, true, ...ACTIVITY_STATUSES.map(() => true), true, true],
  };
}

export function statusReportOutline(r: StatusReport, t: Messages): OutlineBlock[] {
  const d = t.followUp.doc;
  const date = (x: string) => t.dates.date(x);
  const scope = [
    ...(r.scope.principle ? [r.scope.principle] : []),
    ...(r.scope.party ? [t.party.label[r.scope.party]] : []),
  ];
  const blocks: OutlineBlock[] = [
    { type: "title", title: d.title(r.year), subtitle: d.subtitle(r.planName) },
    {
      type: "facts",
      rows: [
        [d.group, r.groupName],
        [d.plan, r.planName],
        ...(r.period
          ? [[d.period, t.plans.period(date(r.period.from), date(r.period.to))] as [string, string]]
          : []),
        [d.year, String(r.year)],
        [d.date, date(r.made)],
        ...(r.preparedBy ? [[d.preparedBy, r.preparedBy] as [string, string]] : []),
        ...(scope.length ? [[d.scope, t.common.join(scope)] as [string, string]] : []),
      ],
    },
    { type: "paragraph", text: d.intro(r.year) },
    { type: "paragraph", text: d.asOfNote(date(r.asOf)) },
    {
      type: "paragraph",
      text: r.round
        ? d.roundNote(date(r.round.openedOn), r.round.closedOn ? date(r.round.closedOn) : undefined)
        : d.noRound(r.year),
    },
    { type: "page_break" },
    { type: "heading", level: 1, text: d.summary },
    { type: "heading", level: 2, text: d.byParty },
    countsTable(t, d.colParty, r.byParty),
    { type: "chart", title: d.chartParty, rows: r.byParty },
    { type: "heading", level: 2, text: d.byPrinciple },
    countsTable(t, d.colPrinciple, r.byPrinciple.length === 1 ? r.byPrinciple : [...r.byPrinciple, r.total]),
    { type: "chart", title: d.chartPrinciple, rows: r.byPrinciple },
  ];
  const scale = [1, 2, 3, 4].map((s) => t.followUp.scale.label(s));
  for (const p of r.principles) {
    blocks.push({ type: "heading", level: 1, text: d.principle(p.name) });
    blocks.push({ type: "heading", level: 2, text: d.goals });
    if (!p.goals.length) blocks.push({ type: "paragraph", text: d.noGoals });
    else {
      blocks.push({
        type: "table",
        headers: [d.colGoal, ...scale, d.colAnswers, d.colAverage],
        rows: p.goals.map((g) => [
          d.goalLine(g.number, g.text),
          ...g.steps,
          g.answers,
          g.mean === undefined ? "–" : d.mean(g.mean),
        ]),
        numeric: [false, true, true, true, true, true, true],
      });
      const comments = p.goals.flatMap((g) =>
        g.comments.map((c) => (c.by ? d.comment(g.number, c.by, c.text) : d.commentAnon(g.number, c.text))),
      );
      if (comments.length)
        blocks.push({ type: "heading", level: 3, text: d.comments }, { type: "bullets", items: comments });
    }
    blocks.push({ type: "heading", level: 2, text: d.activities });
    if (!p.activities.length) blocks.push({ type: "paragraph", text: d.noActivities });
    else
      blocks.push({
        type: "table",
        headers: [d.colNr, d.colActivity, d.colParty, d.colOwners, d.colStatus, d.colMeasure, d.colResults],
        rows: p.activities.map((a) => [
          a.number,
          a.title,
          t.party.label[a.party],
          [a.responsibleOrg, ...a.owners].filter(Boolean).join(", "),
          t.status.label[a.status] + (a.overdue && a.status !== "forsenad" ? ` (${d.overdueMark})` : ""),
          a.followUp ?? "",
          a.results.map((x) => (x.by ? d.resultBy(x.by, x.text) : x.text)).join("\n"),
        ]),
        numeric: [true, false, false, false, false, false, false],
      });
  }
  blocks.push({ type: "heading", level: 1, text: d.lessons });
  blocks.push(
    r.lessons.length
      ? { type: "bullets", items: r.lessons.map((l) => (l.by ? d.lessonBy(l.by, l.text) : l.text)) }
      : { type: "paragraph", text: d.noLessons },
  );
  blocks.push({ type: "page_break" }, { type: "heading", level: 1, text: d.appendix(r.year) });
  blocks.push(
    r.history.length
      ? {
          type: "table",
          headers: [d.colDate, d.colNr, d.colActivity, d.colStatusChange, d.colComment, d.colBy],
          rows: r.history.map((h) => [
            `${h.date} ${h.time}`,
            h.number,
            h.title,
            t.status.label[h.status],
            h.comment ?? "",
            h.by ?? "",
          ]),
          numeric: [false, true, false, false, false, false],
        }
      : { type: "paragraph", text: d.noHistory(r.year) },
  );
  return blocks;
}
