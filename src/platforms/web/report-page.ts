// The year's statusrapport as a page of a published group, /g/<slug>/rapport/<år>: the same outline as
// the Word document, as HTML that prints as the document (see `@media print` in lok.css). The charts
// are served beside it as SVG images (the pages' policy allows images from here only), with alt texts
// that point to the tables holding their numbers. People's names only where the group has said
// `webb namn på`.
import type { Context, Hono } from "hono";
import { html } from "hono/html";
import { localDateAt } from "../../core/zoned-time.ts";
import { chartSvg } from "../../plans/status-chart.ts";
import { forPublicPage, loadStatusReport, type StatusReport } from "../../plans/status-report-data.ts";
import { statusReportRequest } from "../../plans/status-report-file.ts";
import { type OutlineBlock, statusReportOutline } from "../../plans/status-report-outline.ts";
import type { ServiceDeps } from "../../services/deps.ts";
import { activePlan } from "../../services/groups.ts";
import { type PublishedGroup, publishedGroup } from "../../services/publication.ts";
import { type Messages, textsFor } from "../../texts/index.ts";
import { type Html, page } from "./layout.ts";

const YEAR = /^(20\d{2})$/;

function block(
  t: Messages,
  b: OutlineBlock,
  context: { heading: string; chart: number; base: string },
): Html {
  switch (b.type) {
    case "title":
      return html`<h1>${b.title}</h1><p class="report-subtitle">${b.subtitle}</p>`;
    case "facts":
      return html`<dl class="report-facts">${b.rows.map(([k, v]) => html`<dt>${k}</dt><dd>${v}</dd>`)}</dl>`;
    case "page_break":
      return html`<div class="page-break"></div>`;
    case "heading": {
      context.heading = b.text;
      if (b.level === 1) return html`<h2>${b.text}</h2>`;
      if (b.level === 2) return html`<h3>${b.text}</h3>`;
      return html`<h4>${b.text}</h4>`;
    }
    case "paragraph":
      return html`<p>${b.text}</p>`;
    case "bullets":
      return html`<ul>${b.items.map((i) => html`<li>${i}</li>`)}</ul>`;
    case "table":
      return html`<div class="table-wrap" role="region" aria-label="${t.followUp.doc.webTableLabel(context.heading)}" tabindex="0"><table>
<thead><tr>${b.headers.map((h, i) => html`<th scope="col"${b.numeric[i] ? html` class="num"` : ""}>${h}</th>`)}</tr></thead>
<tbody>${b.rows.map(
        (row) =>
          html`<tr>${row.map((v, i) =>
            i === 0
              ? html`<th scope="row"${b.numeric[i] ? html` class="num"` : ""}>${String(v)}</th>`
              : html`<td${b.numeric[i] ? html` class="num"` : ""}>${String(v)
                  .split("\n")
                  .map((line, j) => (j ? html`<br>${line}` : line))}</td>`,
          )}</tr>`,
      )}</tbody>
</table></div>`;
    case "chart": {
      const n = context.chart++;
      return html`<figure class="report-chart"><img src="${context.base}/diagram/${n}.svg" alt="${t.followUp.doc.webChartAlt(b.title)}" width="720"></figure>`;
    }
  }
}

export function reportPage(t: Messages, group: PublishedGroup, r: StatusReport): Html {
  const base = `/g/${group.slug}/rapport/${r.year}`;
  const context = { heading: "", chart: 0, base };
  return html`<article class="report">
<p class="print-hint no-print"><a href="/g/${group.slug}">${group.name}</a> · ${t.followUp.doc.printHint}</p>
${statusReportOutline(r, t).map((b) => block(t, b, context))}
</article>`;
}

async function reportOf(c: Context, deps: ServiceDeps) {
  const slug = c.req.param("slug") ?? "";
  const year = YEAR.exec(c.req.param("year") ?? "")?.[1];
  if (!/^[a-z0-9-]{1,80}$/.test(slug) || !year) return undefined;
  const group = await publishedGroup(deps.prisma, slug);
  if (!group) return undefined;
  const today = localDateAt(deps.clock.now(), group.timeZone);
  if (Number(year) > Number(today.slice(0, 4))) return undefined;
  const plan = await activePlan(deps.prisma, group).catch(() => undefined);
  if (!plan) return undefined;
  const t = textsFor(group.locale);
  const report = await loadStatusReport(
    deps.prisma,
    group,
    plan,
    today,
    statusReportRequest(t, { year: Number(year) }),
  );
  return { group, t, report: forPublicPage(report, group.showNames) };
}

/** Mounts /g/<slug>/rapport (this year's), /g/<slug>/rapport/<år> and its charts on the web app. */
export function mountReportPages(
  app: Hono,
  { deps, stylesheet }: { deps: ServiceDeps; stylesheet: string },
): void {
  app.get("/g/:slug/rapport", async (c) => {
    const slug = c.req.param("slug");
    if (!/^[a-z0-9-]{1,80}$/.test(slug)) return c.notFound();
    const group = await publishedGroup(deps.prisma, slug);
    if (!group) return c.notFound();
    // The latest year the group followed up, else this year.
    const round = await deps.prisma.followUpRound.findFirst({
      where: { groupId: group.id },
      orderBy: { year: "desc" },
      select: { year: true },
    });
    const year = round?.year ?? Number(localDateAt(deps.clock.now(), group.timeZone).slice(0, 4));
    return c.redirect(`/g/${group.slug}/rapport/${year}`, 302);
  });

  app.get("/g/:slug/rapport/:year", async (c) => {
    const found = await reportOf(c, deps);
    if (!found) return c.notFound();
    const { group, t, report } = found;
    return c.html(
      page({
        t,
        title: `${t.followUp.doc.webTitle(report.year)} – ${group.name}`,
        stylesheet,
        contact: group.contact,
        groupPath: `/g/${group.slug}`,
        body: reportPage(t, group, report),
      }),
    );
  });

  app.get("/g/:slug/rapport/:year/diagram/:n{[0-9]+\\.svg}", async (c) => {
    const found = await reportOf(c, deps);
    if (!found) return c.notFound();
    const n = Number.parseInt(c.req.param("n"), 10);
    const chart = statusReportOutline(found.report, found.t).filter((b) => b.type === "chart")[n];
    if (chart?.type !== "chart") return c.notFound();
    const svg = chartSvg(chart.title, chart.rows, (s) => found.t.status.label[s]);
    return c.body(svg, 200, { "content-type": "image/svg+xml; charset=utf-8", "cache-control": "no-cache" });
  });
}
