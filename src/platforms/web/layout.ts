// The frame of every public page: language, title, skip link, header, main, footer with the
// accessibility statement. Built with Hono's `html` template, which escapes every value it is given
// unless it is itself a template (or marked `raw`, which these pages never do with user text).
import { html } from "hono/html";
import type { HtmlEscapedString } from "hono/utils/html";
import type { Messages } from "../../texts/index.ts";

export type Html = HtmlEscapedString | Promise<HtmlEscapedString>;

/** The stylesheet's address; its name carries a hash of its content so that it can be cached for long. */
export interface PageFrame {
  t: Messages;
  title: string;
  /** Extra elements for <head>: `<link rel="alternate">` to the open data. */
  head?: Html;
  /** Who publishes the page (the group's `webb kontakt`), shown in the footer. */
  contact?: string | null;
  /** Where the page belongs: `/g/<slug>` for a group's pages, for the footer's links. */
  groupPath?: string;
  stylesheet: string;
  body: Html;
}

export function page(frame: PageFrame): Html {
  const { t } = frame;
  return html`<!doctype html>
<html lang="${t.locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${frame.title} – ${t.web.siteName}</title>
<link rel="stylesheet" href="${frame.stylesheet}">
${frame.head ?? ""}
</head>
<body>
<a class="skip" href="#main">${t.web.skipLink}</a>
<header class="site"><a href="/">${t.web.siteName}</a></header>
<main id="main" tabindex="-1">
${frame.body}
</main>
<footer class="site">
<ul>
${frame.contact ? html`<li>${t.web.footer.publishedBy(frame.contact)}</li>` : ""}
<li><a href="/tillganglighet">${t.web.footer.accessibility}</a></li>
</ul>
</footer>
</body>
</html>`;
}
