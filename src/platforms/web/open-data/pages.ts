// The data page (what the files hold, column by column, their format and licence) and the site's
// accessibility statement.
import { html } from "hono/html";
import type { OpenData } from "../../../services/open-data.ts";
import type { PublishedGroup } from "../../../services/publication.ts";
import type { Messages } from "../../../texts/index.ts";
import type { Html } from "../layout.ts";
import { licenceFor } from "./licences.ts";
import type { OpenColumn } from "./tables.ts";
import { groupPaths } from "./urls.ts";

function columnTable<T>(caption: string, columns: OpenColumn<T>[], t: Messages): Html {
  const o = t.openData.data;
  return html`<div class="table-wrap"><table>
<caption>${caption}</caption>
<thead><tr><th scope="col">${o.column}</th><th scope="col">${o.jsonKey}</th><th scope="col">${o.description}</th></tr></thead>
<tbody>
${columns.map((c) => html`<tr><th scope="row">${c.header}</th><td><code>${c.key}</code></td><td>${c.doc}</td></tr>`)}
</tbody>
</table></div>`;
}

export function dataBody(
  group: PublishedGroup,
  data: OpenData,
  tables: { activities: OpenColumn<unknown>[]; history: OpenColumn<unknown>[] },
  t: Messages,
): Html {
  const o = t.openData.data;
  const p = groupPaths(group.slug);
  const licence = licenceFor(group.licence);
  return html`<h1>${o.heading(group.name)}</h1>
<p>${data.plan ? o.intro(data.plan) : o.noPlan}</p>
<h2>${o.files}</h2>
<ul>
<li><a href="${p.data}/aktiviteter.csv" type="text/csv">${o.activitiesCsv}</a></li>
<li><a href="${p.data}/aktiviteter.json" type="application/json">${o.activitiesJson}</a></li>
<li><a href="${p.data}/statushistorik.csv" type="text/csv">${o.historyCsv}</a></li>
<li><a href="${p.data}/statushistorik.json" type="application/json">${o.historyJson}</a></li>
<li><a href="${p.data}/dcat.rdf" type="application/rdf+xml">${o.dcat}</a></li>
</ul>
<h2>${o.licenceHeading}</h2>
<p>${o.licence} <a href="${licence.deed(t.locale)}" rel="license">${licence.name}</a>.</p>
<h2>${o.format}</h2>
<p>${o.csvFormat}</p>
<p>${o.csvTools}</p>
<p>${o.formulaGuard}</p>
<p>${o.jsonFormat}</p>
${columnTable(o.columnsActivities, tables.activities, t)}
${columnTable(o.columnsHistory, tables.history, t)}
<p><a href="${p.meetings}">${o.meetings}</a></p>`;
}

/** When the statement was assessed and last updated: change these with the statement. */
export const STATEMENT_ASSESSED = "2026-12-03";
export const STATEMENT_UPDATED = "2026-12-03";

export const DIGG_COMPLAINT = "https://www.digg.se/tdosanmalan";

export function accessibilityBody(
  t: Messages,
  publisher: string | undefined,
  contact: string | undefined,
  groups: { name: string; slug: string; contact: string | null; locale: string }[],
): Html {
  const a = t.openData.accessibility;
  const withContact = groups.filter((g) => g.contact);
  return html`<h1>${a.title}</h1>
<p>${a.intro(publisher || a.defaultPublisher)}</p>
<h2>${a.statusHeading}</h2>
<p>${a.status}</p>
<h2>${a.gapsHeading}</h2>
<ul>${a.gaps.map((g) => html`<li>${g}</li>`)}</ul>
<h2>${a.feedbackHeading}</h2>
<p>${a.feedback}</p>
${contact ? html`<p>${a.contact(contact)}</p>` : withContact.length ? "" : html`<p>${a.noContact}</p>`}
${
  withContact.length
    ? html`<p>${a.groupContacts}</p>
<ul>${withContact.map((g) => html`<li><a href="${groupPaths(g.slug).page}" lang="${g.locale}">${g.name}</a>: ${g.contact}</li>`)}</ul>`
    : ""
}
<h2>${a.supervisionHeading}</h2>
<p>${a.supervision}</p>
<p><a href="${DIGG_COMPLAINT}">${a.complaint}</a></p>
<h2>${a.methodHeading}</h2>
<p>${a.method}</p>
<p>${a.assessed(t.dates.date(STATEMENT_ASSESSED))}</p>
<p>${a.updated(t.dates.date(STATEMENT_UPDATED))}</p>`;
}
