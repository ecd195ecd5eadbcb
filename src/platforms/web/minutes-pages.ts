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

function linesHtml(lines: readonly MinutesLine[]): Html[] {
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
      // The page's own title is the h1; the document's headings follow it one level down.
      if (l.level === 1) continue;
      const level = l.level === 2 ? 1 : l.level - 1;
      out.push(
        level === 1
          ? html`<h1>${l.text}</h1>`
          : level === 2
            ? html`<h2>${l.text}</h2>`
            : html`<h3>${l.text}</h3>`,
      );
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
