// A published group's finalised minutes under /g/<slug>/protokoll: a list, newest first, and one page
// per meeting (/g/<slug>/protokoll/<datum>). People appear as their organisations unless the group
// publishes names (`webb namn på`). Drafts are never shown.
import type { Hono } from "hono";
import { html } from "hono/html";
import { type MinutesLine, minutesLayout } from "../../core/minutes-layout.ts";
import type { ServiceDeps } from "../../services/deps.ts";
import { finalMinutesList, gatherMinutes } from "../../services/minutes.ts";
import { type PublishedGroup, publishedGroup } from "../../services/publication.ts";
import { type Messages, textsFor } from "../../texts/index.ts";
import { type Html, page } from "./layout.ts";

function headingHtml(level: number, text: string): Html {
  switch (level) {
    case 1:
      return html`<h1>${text}</h1>`;
    case 2:
      return html`<h2>${text}</h2>`;
    case 3:
      return html`<h3>${text}</h3>`;
    case 4:
      return html`<h4>${text}</h4>`;
    default:
      return html`<h5>${text}</h5>`;
  }
}

/**
 * The layout as HTML. `shift` moves the document's headings to fit the page: on the public page (-1)
 * the page's own title is the h1, so the document's first heading is left out and the others follow it
 * one level down; the signed-in page (+1) shows them all under its own h1.
 */
export function linesHtml(lines: readonly MinutesLine[], shift = -1): Html[] {
  const out: Html[] = [];
  let bullets: string[] = [];
  const flush = () => {
    if (bullets.length) out.push(html`<ul>${bullets.map((b) => html`<li>${b}</li>`)}</ul>`);
    bullets = [];
  };
  for (const l of lines) {
    if (l.type === "bullet") {
      bullets.push(l.text);
      continue;
    }
    flush();
    if (l.type === "heading") {
      if (l.level + shift >= 1) out.push(headingHtml(l.level + shift, l.text));
    } else out.push(l.label ? html`<p><strong>${l.label}</strong> ${l.text}</p>` : html`<p>${l.text}</p>`);
  }
  flush();
  return out;
}

export function minutesListPage(
  t: Messages,
  group: PublishedGroup,
  list: readonly { date: string; title: string }[],
): Html {
  const w = t.minutes.web;
  const base = `/g/${group.slug}`;
  return html`<h1>${w.listTitle}</h1>
<p class="lead"><a href="${base}">${group.name}</a></p>
${
  list.length
    ? html`<ul>${list.map((m) => html`<li><a href="${base}/protokoll/${m.date}">${t.minutes.doc.title(m.title, m.date)}</a></li>`)}</ul>`
    : html`<p>${w.none}</p>`
}`;
}

export function mountMinutesPages(
  app: Hono,
  { deps, stylesheet }: { deps: ServiceDeps; stylesheet: string },
) {
  const groupOf = async (slug: string | undefined) =>
    slug && /^[a-z0-9-]{1,80}$/.test(slug) ? publishedGroup(deps.prisma, slug) : undefined;
  const frame = (t: Messages, group: PublishedGroup, title: string, body: Html | Html[]) =>
    page({
      t,
      title: `${title} – ${group.name}`,
      stylesheet,
      contact: group.contact,
      groupPath: `/g/${group.slug}`,
      body: html`${body}`,
    });

  app.get("/g/:slug/protokoll", async (c) => {
    const group = await groupOf(c.req.param("slug"));
    if (!group) return c.notFound();
    const t = textsFor(group.locale);
    const list = (await finalMinutesList(deps.prisma, group)).map((m) => ({
      date: m.view.date,
      title: m.view.title,
    }));
    return c.html(frame(t, group, t.minutes.web.listTitle, minutesListPage(t, group, list)));
  });

  app.get("/g/:slug/protokoll/:date", async (c) => {
    const date = c.req.param("date");
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return c.notFound();
    const group = await groupOf(c.req.param("slug"));
    if (!group) return c.notFound();
    const t = textsFor(group.locale);
    const found = (await finalMinutesList(deps.prisma, group)).filter((m) => m.view.date === date).at(-1);
    if (!found) return c.notFound();
    const doc = await gatherMinutes(deps.prisma, group, found.meeting);
    const lines = minutesLayout(t, doc, { withoutNames: !group.showNames });
    const body = html`${linesHtml(lines)}<p><a href="/g/${group.slug}/protokoll">${t.minutes.web.back}</a></p>`;
    return c.html(frame(t, group, t.minutes.doc.title(found.view.title, date), body));
  });
}
