// What people type ends up in files that others open: the CSV in Excel (where a cell starting with =
// is a formula) and the Markdown in the minutes (where a link or a tag is live). Every piece of user
// text is neutralised in both.
import { parse } from "csv-parse/sync";
import { marked } from "marked";
import { describe, expect, it } from "vitest";
import { ACTIVITY_STATUSES } from "../../../src/core/activity-status.ts";
import type { PrincipleSummary } from "../../../src/core/replies/report.ts";
import { csvField, followUpCsv } from "../../../src/plans/export-csv.ts";
import { followUpMarkdown, markdownText } from "../../../src/plans/export-md.ts";
import type { FollowUp } from "../../../src/plans/follow-up-data.ts";
import { sv } from "../../../src/texts/sv.ts";

const FORMULAS = ["=1+1", "+1+1", "-1+1", "@SUM(A1:A2)", "\t=1+1", "\r=1+1"];
const MARKUP = [
  "[x](javascript:alert(1))",
  "![i](http://e/x.png)",
  "<img src=x onerror=alert(1)>",
  "<script>alert(1)</script>",
  "<javascript:alert(1)>",
  "[ref]: javascript:alert(1)",
  "www.example.com och https://e/x",
];

function summary(principle: string): PrincipleSummary {
  const counts = Object.fromEntries(ACTIVITY_STATUSES.map((s) => [s, 0])) as PrincipleSummary["counts"];
  return { principle, total: 1, counts: { ...counts, pagar: 1 }, overdue: 1, pastDeadline: 1 };
}

function followUp(text: (i: number) => string, count: number): FollowUp {
  const activities = Array.from({ length: count }, (_, i) => ({
    number: i + 1,
    principle: text(i),
    party: "stad" as const,
    title: text(i),
    responsibleOrg: text(i),
    commitment: text(i),
    commissioner: text(i),
    partners: text(i),
    followUp: text(i),
    owners: [text(i)],
    dueDate: "2026-01-01",
    status: "pagar" as const,
    overdue: true,
    pastDeadline: true,
    latest: { on: "2026-01-02", status: "pagar" as const, comment: text(i), author: text(i) },
  }));
  return {
    groupName: text(0),
    planName: text(1),
    today: "2026-11-23",
    activities,
    history: activities.map((a, i) => ({
      number: a.number,
      title: text(i),
      at: "2026-01-02 10:00",
      status: "pagar" as const,
      comment: text(i),
      author: text(i),
      source: text(i),
    })),
    report: {
      planName: text(1),
      today: "2026-11-23",
      principles: activities.map((_, i) => summary(text(i))),
      total: summary("Totalt"),
      overdue: [],
      recentlyFinished: [],
    },
  };
}

describe("CSV export", () => {
  it.each(FORMULAS)("neutralises a cell starting with %j: a quote in front, the field quoted", (text) => {
    const field = csvField(text);
    expect(field).toBe(`"'${text}"`);
  });

  it("leaves ordinary text, numbers and dates as they are", () => {
    expect(csvField("Se över föreningsregistret")).toBe("Se över föreningsregistret");
    expect(csvField("13")).toBe("13");
    expect(csvField("2026-01-01")).toBe("2026-01-01");
    expect(csvField('Säg "hej"; sen')).toBe('"Säg ""hej""; sen"');
  });

  it("no cell of the written file, title row included, starts a formula", () => {
    const bytes = followUpCsv(
      followUp((i) => FORMULAS[i % FORMULAS.length] ?? "", FORMULAS.length),
      sv,
    );
    const records: string[][] = parse(bytes.toString("utf8"), {
      delimiter: ";",
      bom: true,
      relax_column_count: true,
    });
    const cells = records.flat().filter(Boolean);
    expect(cells.length).toBeGreaterThan(FORMULAS.length * 10);
    for (const cell of cells) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    for (const formula of FORMULAS) expect(cells).toContain(`'${formula}`);
  });
});

describe("Markdown export", () => {
  it("renders no link, image or tag from user text, and still shows the text", async () => {
    const md = followUpMarkdown(
      followUp((i) => MARKUP[i % MARKUP.length] ?? "", MARKUP.length),
      sv,
    );
    const html = await marked.parse(md, { gfm: true });
    expect(html).toContain("<table>");
    expect(html).not.toMatch(/<a[\s>]/);
    expect(html).not.toMatch(/<img[\s>]/);
    expect(html).not.toMatch(/<script/);
    expect(html).not.toMatch(/href=/);
    const text = html.replace(/<[^>]+>/g, "");
    expect(text).toContain("[x](javascript:alert(1))");
    expect(text).toContain("&lt;img src=x onerror=alert(1)&gt;");
  });

  it.each(MARKUP)("escapes %j alone as inline text", async (text) => {
    const html = await marked.parseInline(markdownText(text), { gfm: true });
    expect(html).not.toMatch(/<(a|img|script)[\s>]/);
  });

  it("escapes the plan and group names in the headings", async () => {
    const md = followUpMarkdown(
      followUp((i) => (i === 1 ? "# <b>Plan</b>" : "**Grupp**"), 2),
      sv,
    );
    expect(md.split("\n")[0]).toBe("# Uppföljning av \\# &lt;b&gt;Plan&lt;/b&gt;");
    const html = await marked.parse(md);
    expect(html).not.toContain("<b>");
    expect(html).not.toContain("<strong>");
  });
});
