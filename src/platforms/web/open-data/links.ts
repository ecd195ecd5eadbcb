// The <link rel="alternate"> elements that point a group's pages to its open data, its metadata and
// its calendar feed, for <head> (PageFrame.head): `page({ ..., head: openDataLinks(t, group.slug) })`.
import { html } from "hono/html";
import type { Messages } from "../../../texts/index.ts";
import type { Html } from "../layout.ts";
import { groupPaths } from "./urls.ts";

export function openDataLinks(t: Messages, slug: string): Html {
  const p = groupPaths(slug);
  const o = t.openData.data;
  return html`<link rel="alternate" type="application/rdf+xml" href="${p.data}/dcat.rdf" title="${o.dcat}">
<link rel="alternate" type="text/csv" href="${p.data}/aktiviteter.csv" title="${o.activitiesCsv}">
<link rel="alternate" type="application/json" href="${p.data}/aktiviteter.json" title="${o.activitiesJson}">
<link rel="alternate" type="text/calendar" href="${p.feed}" title="${t.openData.meetings.subscribe}">`;
}
