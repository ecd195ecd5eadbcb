// A published group's pages under /g/<slug>: the plan's progress, the activity table and one activity
// with its timeline, in the group's own language. An unknown or unpublished slug, and a number the
// plan does not have, get the 404 page, which says nothing about any group.
import type { Context, Hono } from "hono";
import { html } from "hono/html";
import { isPastDeadline } from "../../core/activity-rules.ts";
import { ACTIVITY_STATUSES, type ActivityStatus } from "../../core/activity-status.ts";
import type { Party } from "../../core/command.ts";
import { localDateAt } from "../../core/zoned-time.ts";
import type { ServiceDeps } from "../../services/deps.ts";
import {
  PARTIES,
  type Progress,
  type PublicActivity,
  type PublicActivityRow,
  type PublicPlan,
  progressByParty,
  progressByPrinciple,
  readPublicActivity,
  readPublicPlan,
  totalProgress,
} from "../../services/public-plan.ts";
import { type PublishedGroup, publishedGroup } from "../../services/publication.ts";
import { type Messages, textsFor } from "../../texts/index.ts";
import { type Html, page } from "./layout.ts";
import { openDataLinks } from "./open-data/links.ts";

/** The order of a bar's segments: done first, so that the bars compare at a glance. */
const BAR_ORDER: readonly ActivityStatus[] = [
  "klar",
  "pagar",
  "ej_paborjad",
  "pausad",
  "forsenad",
  "struken",
];

export type SortOrder = "nummer" | "deadline";

export interface TableQuery {
  princip?: string | undefined;
  part?: string | undefined;
  status?: string | undefined;
  sortera?: string | undefined;
}

export interface TableSelection {
  principle?: string;
  party?: Party;
  status?: ActivityStatus;
  sort: SortOrder;
  /** The values that named nothing, each ignored (and said so on the page). */
  unknown: Partial<Record<keyof TableQuery, string>>;
}

/** The table's filters from the query string; an empty value is no filter, an unknown one is ignored. */
export function tableSelection(plan: PublicPlan, query: TableQuery): TableSelection {
  const selection: TableSelection = { sort: "nummer", unknown: {} };
  const given = (v: string | undefined) => (v ?? "").trim();
  const principle = given(query.princip);
  if (principle) {
    if (plan.principles.some((p) => p.key === principle)) selection.principle = principle;
    else selection.unknown.princip = principle;
  }
  const party = given(query.part);
  if (party) {
    const known = PARTIES.find((p) => p === party);
    if (known) selection.party = known;
    else selection.unknown.part = party;
  }
  const status = given(query.status);
  if (status) {
    const known = ACTIVITY_STATUSES.find((s) => s === status);
    if (known) selection.status = known;
    else selection.unknown.status = status;
  }
  const sort = given(query.sortera);
  if (sort === "deadline") selection.sort = "deadline";
  else if (sort && sort !== "nummer") selection.unknown.sortera = sort;
  return selection;
}

/** The activities the selection keeps, in its order: by number, or by deadline (none last) then number. */
export function selectActivities(plan: PublicPlan, s: TableSelection): PublicActivityRow[] {
  const kept = plan.activities.filter(
    (a) =>
      (s.principle === undefined || a.principle?.key === s.principle) &&
      (s.party === undefined || a.party === s.party) &&
      (s.status === undefined || a.status === s.status),
  );
  if (s.sort === "nummer") return kept;
  return [...kept].sort((a, b) => {
    if (a.dueDate !== b.dueDate) {
      if (a.dueDate === undefined) return 1;
      if (b.dueDate === undefined) return -1;
      return a.dueDate < b.dueDate ? -1 : 1;
    }
    return a.number - b.number;
  });
}

function statusText(t: Messages, status: ActivityStatus): Html {
  return html`<span class="status s-${status}">${t.status.label[status]}</span>`;
}

function deadlineText(t: Messages, a: PublicActivityRow, today: string): string {
  if (!a.dueDate) return t.activity.noDeadline;
  const date = t.dates.date(a.dueDate);
  return isPastDeadline(a.dueDate, a.status, today) ? t.activity.passed(date) : date;
}

/** "3 klara, 1 pågående, 1 försenad": the non-zero counts, in the bar's order. */
function countsText(t: Messages, p: Progress): string {
  return t.common.join(BAR_ORDER.filter((s) => p.counts[s] > 0).map((s) => t.status.count(s, p.counts[s])));
}

/** One bar: the statuses' shares side by side, with its title and description for screen readers. */
function bar(t: Messages, id: string, label: string, p: Progress): Html {
  let x = 0;
  const segments = BAR_ORDER.filter((s) => p.counts[s] > 0).map((s) => {
    const width = (100 * p.counts[s]) / p.total;
    const rect = html`<rect class="s-${s}" x="${x.toFixed(3)}" y="0" width="${width.toFixed(3)}" height="10"></rect>`;
    x += width;
    return rect;
  });
  return html`<svg class="bar" role="img" aria-labelledby="${id}-t ${id}-d" viewBox="0 0 100 10" preserveAspectRatio="none" focusable="false"><title id="${id}-t">${label}</title><desc id="${id}-d">${t.web.group.barDesc(p.total, countsText(t, p))}</desc><rect class="bar-bg" x="0" y="0" width="100" height="10"></rect>${segments}</svg>`;
}

function progressSection(
  t: Messages,
  id: string,
  heading: string,
  nameHeading: string,
  rows: { label: string; progress: Progress }[],
): Html {
  const g = t.web.group;
  const share = (p: Progress) => g.share(p.doneShare);
  return html`<section class="progress" aria-labelledby="${id}">
<h2 id="${id}">${heading}</h2>
<ul class="bars">
${rows.map(
  (r, i) => html`<li><span class="bar-label">${r.label}</span>
${bar(t, `${id}-${i}`, r.label, r.progress)}
<span class="bar-summary">${g.barSummary(r.progress.done, r.progress.total, share(r.progress), r.progress.overdue)}</span></li>`,
)}
</ul>
<div class="table-wrap" role="region" aria-labelledby="${id}-c" tabindex="0">
<table>
<caption id="${id}-c">${g.tableCaption(heading)}</caption>
<thead><tr><th scope="col">${nameHeading}</th>${ACTIVITY_STATUSES.map((s) => html`<th scope="col">${t.status.label[s]}</th>`)}<th scope="col">${g.columns.total}</th><th scope="col">${g.columns.share}</th><th scope="col">${g.columns.overdue}</th></tr></thead>
<tbody>
${rows.map(
  (r) =>
    html`<tr><th scope="row">${r.label}</th>${ACTIVITY_STATUSES.map((s) => html`<td>${r.progress.counts[s]}</td>`)}<td>${r.progress.total}</td><td>${share(r.progress)}</td><td>${r.progress.overdue}</td></tr>`,
)}
</tbody>
</table>
</div>
</section>`;
}

function legend(t: Messages): Html {
  return html`<p class="legend-title" id="legend">${t.web.group.legend}</p>
<ul class="legend" aria-labelledby="legend">${BAR_ORDER.map(
    (s) =>
      html`<li><svg class="swatch" viewBox="0 0 10 10" aria-hidden="true" focusable="false"><rect class="s-${s}" x="0" y="0" width="10" height="10"></rect></svg>${t.status.label[s]}</li>`,
  )}</ul>`;
}

function periodText(t: Messages, plan: PublicPlan): string | undefined {
  const g = t.web.group;
  const from = plan.periodFrom ? t.dates.date(plan.periodFrom) : undefined;
  const to = plan.periodTo ? t.dates.date(plan.periodTo) : undefined;
  if (from && to) return g.period(from, to);
  if (from) return g.periodFrom(from);
  if (to) return g.periodTo(to);
  return undefined;
}

function groupNav(t: Messages, group: PublishedGroup): Html {
  const base = `/g/${group.slug}`;
  const n = t.web.group.nav;
  return html`<nav aria-label="${t.web.group.navLabel}"><ul class="group-nav">
<li><a href="${base}/aktiviteter">${n.activities}</a></li>
<li><a href="${base}/moten">${n.meetings}</a></li>
<li><a href="${base}/protokoll">${t.minutes.web.listTitle}</a></li>
<li><a href="${base}/data">${n.data}</a></li>
<li><a href="${base}/rapport">${t.followUp.doc.webNav}</a></li>
</ul></nav>`;
}

export function groupPage(t: Messages, group: PublishedGroup, plan: PublicPlan | undefined): Html {
  const g = t.web.group;
  if (!plan) return html`<h1>${group.name}</h1>${groupNav(t, group)}<p>${g.noPlan}</p>`;
  const total = totalProgress(plan);
  const principleName = new Map(plan.principles.map((p) => [p.key, p.name]));
  const byPrinciple = progressByPrinciple(plan).map((p) => ({
    label: principleName.get(p.key) ?? g.noPrinciple,
    progress: p,
  }));
  const byParty = progressByParty(plan).map((p) => ({ label: t.party.label[p.key as Party], progress: p }));
  const period = periodText(t, plan);
  return html`<h1>${group.name}</h1>
<p class="lead">${plan.name}${period ? html`<br>${period}` : ""}</p>
${groupNav(t, group)}
<p>${g.overall(total.done, total.total, g.share(total.doneShare), total.overdue)}</p>
<div class="side-by-side">
${progressSection(t, "by-principle", g.byPrinciple, g.columns.principle, byPrinciple)}
${progressSection(t, "by-party", g.byParty, g.columns.party, byParty)}
</div>
${legend(t)}
<p class="note">${g.overdueNote}</p>
${goalsSection(t, plan)}`;
}

/** The principles' goals, as the plan words them: the page says what the plan aims at, not only what it does. */
function goalsSection(t: Messages, plan: PublicPlan): Html {
  const withGoals = plan.principles.filter((p) => p.goals?.length);
  if (!withGoals.length) return html``;
  return html`<section aria-labelledby="goals-h"><h2 id="goals-h">${t.followUp.doc.webGoalsHeading}</h2>
${withGoals.map(
  (p) =>
    html`<h3>${p.name}</h3><ul>${(p.goals ?? []).map((goal) => html`<li>${t.followUp.goals.line(goal.number, goal.text)}</li>`)}</ul>`,
)}</section>`;
}

function options(
  current: string | undefined,
  all: string,
  choices: readonly { value: string; label: string }[],
): Html {
  return html`<option value="">${all}</option>${choices.map(
    (c) => html`<option value="${c.value}"${c.value === current ? html` selected` : ""}>${c.label}</option>`,
  )}`;
}

export function activityTablePage(
  t: Messages,
  group: PublishedGroup,
  plan: PublicPlan,
  selection: TableSelection,
  today: string,
): Html {
  const a = t.web.activities;
  const f = a.filters;
  const rows = selectActivities(plan, selection);
  const base = `/g/${group.slug}`;
  const unknown = selection.unknown;
  const notices = [
    unknown.princip === undefined ? undefined : a.unknown.principle(unknown.princip),
    unknown.part === undefined ? undefined : a.unknown.party(unknown.part),
    unknown.status === undefined ? undefined : a.unknown.status(unknown.status),
    unknown.sortera === undefined ? undefined : a.unknown.sort(unknown.sortera),
  ].filter((n): n is string => n !== undefined);
  return html`<h1>${a.title}</h1>
<p class="lead">${t.web.group.groupAndPlan(group.name, plan.name)}</p>
<p><a href="${base}">${a.back}</a></p>
<form class="filters" method="get" action="${base}/aktiviteter">
<fieldset>
<legend>${f.legend}</legend>
<div><label for="f-princip">${f.principle}</label>
<select id="f-princip" name="princip">${options(
    selection.principle,
    f.all,
    plan.principles.map((p) => ({ value: p.key, label: p.name })),
  )}</select></div>
<div><label for="f-part">${f.party}</label>
<select id="f-part" name="part">${options(
    selection.party,
    f.all,
    PARTIES.map((p) => ({ value: p, label: t.party.label[p] })),
  )}</select></div>
<div><label for="f-status">${f.status}</label>
<select id="f-status" name="status">${options(
    selection.status,
    f.all,
    ACTIVITY_STATUSES.map((s) => ({ value: s, label: t.status.label[s] })),
  )}</select></div>
<div><label for="f-sortera">${f.sort}</label>
<select id="f-sortera" name="sortera"><option value="nummer"${selection.sort === "nummer" ? html` selected` : ""}>${f.byNumber}</option><option value="deadline"${selection.sort === "deadline" ? html` selected` : ""}>${f.byDeadline}</option></select></div>
<div><button type="submit">${f.submit}</button></div>
</fieldset>
</form>
${notices.length ? html`<ul class="notice">${notices.map((n) => html`<li>${n}</li>`)}</ul>` : ""}
<div class="table-wrap" role="region" aria-labelledby="activities-caption" tabindex="0">
<table class="activities">
<caption id="activities-caption">${a.caption(rows.length, plan.activities.length, plan.name)}</caption>
<thead><tr><th scope="col">${a.columns.number}</th><th scope="col">${a.columns.title}</th><th scope="col">${a.columns.principle}</th><th scope="col">${a.columns.party}</th><th scope="col">${a.columns.status}</th><th scope="col">${a.columns.deadline}</th></tr></thead>
<tbody>
${rows.map(
  (r) =>
    html`<tr><th scope="row">${r.number}</th><td><a href="${base}/aktiviteter/${r.number}">${r.title}</a></td><td>${r.principle?.name ?? ""}</td><td>${t.party.label[r.party]}</td><td>${statusText(t, r.status)}${r.overdue && r.status !== "forsenad" ? html` <span class="overdue">(${a.overdue})</span>` : ""}</td><td>${deadlineText(t, r, today)}</td></tr>`,
)}
</tbody>
</table>
</div>
${rows.length ? "" : html`<p>${a.none}</p>`}`;
}

export function activityPage(t: Messages, group: PublishedGroup, a: PublicActivity, today: string): Html {
  const x = t.web.activity;
  const fields = t.activity.fields;
  const base = `/g/${group.slug}`;
  const item = (label: string, value: string | Html | undefined) =>
    value === undefined ? "" : html`<dt>${label}</dt><dd>${value}</dd>`;
  return html`<h1>${x.title(a.number, a.title)}</h1>
<p class="lead">${t.web.group.groupAndPlan(group.name, a.planName)}</p>
<p><a href="${base}/aktiviteter">${x.back}</a></p>
<section aria-labelledby="details">
<h2 id="details">${x.details}</h2>
<dl class="details">
${item(fields.status, html`${statusText(t, a.status)}${a.overdue && a.status !== "forsenad" ? html` <span class="overdue">(${t.web.activities.overdue})</span>` : ""}`)}
${item(fields.deadline, deadlineText(t, a, today))}
${item(fields.principle, a.principle?.name)}
${item(fields.party, t.party.label[a.party])}
${item(x.description, a.description)}
${item(fields.commitment, a.commitment)}
${item(fields.responsibleOrg, a.responsibleOrg)}
${item(fields.commissioner, a.commissioner)}
${item(fields.partners, a.partners)}
${item(fields.followUp, a.followUp)}
${a.owners ? item(fields.owners, a.owners.length ? t.common.join(a.owners) : fields.noOwner) : ""}
</dl>
</section>
<section aria-labelledby="timeline">
<h2 id="timeline">${x.timeline}</h2>
${
  a.timeline.length
    ? html`<ol class="timeline">${a.timeline.map(
        (e) =>
          html`<li><p class="when"><time datetime="${e.at}">${t.dates.date(e.date)} ${e.time}</time>${e.author ? html` ${x.by(e.author)}` : ""}</p><p>${x.statusWas(t.status.label[e.status])}</p>${e.comment ? html`<blockquote><p>${e.comment}</p></blockquote>` : ""}</li>`,
      )}</ol>`
    : html`<p>${x.noUpdates}</p>`
}
</section>`;
}

interface Mount {
  deps: ServiceDeps;
  stylesheet: string;
}

async function groupOf(c: Context, deps: ServiceDeps): Promise<PublishedGroup | undefined> {
  const slug = c.req.param("slug") ?? "";
  if (!/^[a-z0-9-]{1,80}$/.test(slug)) return undefined;
  return publishedGroup(deps.prisma, slug);
}

/** Mounts /g/<slug>, /g/<slug>/aktiviteter and /g/<slug>/aktiviteter/<nr> on the web app. */
export function mountGroupPages(app: Hono, { deps, stylesheet }: Mount): void {
  const frame = (t: Messages, group: PublishedGroup, title: string, body: Html) =>
    page({
      t,
      title: `${title} – ${group.name}`,
      stylesheet,
      contact: group.contact,
      groupPath: `/g/${group.slug}`,
      body,
    });

  app.get("/g/:slug", async (c) => {
    const group = await groupOf(c, deps);
    if (!group) return c.notFound();
    const t = textsFor(group.locale);
    const today = localDateAt(deps.clock.now(), group.timeZone);
    const plan = await readPublicPlan(deps.prisma, group, today);
    return c.html(
      page({
        t,
        title: group.name,
        stylesheet,
        contact: group.contact,
        groupPath: `/g/${group.slug}`,
        // The open data, its DCAT metadata and the calendar feed, for tools that look for them.
        head: openDataLinks(t, group.slug),
        body: groupPage(t, group, plan),
      }),
    );
  });

  app.get("/g/:slug/aktiviteter", async (c) => {
    const group = await groupOf(c, deps);
    if (!group) return c.notFound();
    const t = textsFor(group.locale);
    const today = localDateAt(deps.clock.now(), group.timeZone);
    const plan = await readPublicPlan(deps.prisma, group, today);
    if (!plan) return c.notFound();
    const selection = tableSelection(plan, {
      princip: c.req.query("princip"),
      part: c.req.query("part"),
      status: c.req.query("status"),
      sortera: c.req.query("sortera"),
    });
    return c.html(
      frame(t, group, t.web.activities.title, activityTablePage(t, group, plan, selection, today)),
    );
  });

  app.get("/g/:slug/aktiviteter/:nr", async (c) => {
    const nr = c.req.param("nr");
    if (!/^[1-9]\d{0,8}$/.test(nr)) return c.notFound();
    const group = await groupOf(c, deps);
    if (!group) return c.notFound();
    const t = textsFor(group.locale);
    const today = localDateAt(deps.clock.now(), group.timeZone);
    const activity = await readPublicActivity(deps.prisma, group, Number(nr), today);
    if (!activity) return c.notFound();
    return c.html(
      frame(
        t,
        group,
        t.web.activity.title(activity.number, activity.title),
        activityPage(t, group, activity, today),
      ),
    );
  });
}
