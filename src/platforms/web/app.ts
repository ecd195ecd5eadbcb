// The public web page as a Hono app: read-only pages of the groups that publish theirs, in each
// group's own language. Mounted on the one HTTP server next to Slack's and Teams' endpoints.

import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { Hono } from "hono";
import { etag } from "hono/etag";
import { html } from "hono/html";
import { secureHeaders } from "hono/secure-headers";
import type { Door } from "../../services/conversation.ts";
import type { ServiceDeps } from "../../services/deps.ts";
import { DEFAULT_PUBLIC_URL } from "../../services/execute-command.ts";
import { publishedGroups } from "../../services/publication.ts";
import { envTexts, textsFor } from "../../texts/index.ts";
import { mountAdminPages } from "./admin-pages.ts";
import { mountGroupPages } from "./group-pages.ts";
import { page } from "./layout.ts";
import { mountMinutesPages } from "./minutes-pages.ts";
import { openDataRoutes } from "./open-data/routes.ts";
import { mountReportPages } from "./report-page.ts";
import { mountSignIn } from "./signed-in.ts";

const CSS = readFileSync(new URL("./assets/lok.css", import.meta.url));
const CSS_HASH = createHash("sha256").update(CSS).digest("hex").slice(0, 12);
export const STYLESHEET = `/static/lok-${CSS_HASH}.css`;

export interface WebOptions {
  env?: NodeJS.ProcessEnv;
  /** The one door: with it, members sign in (`webb logga in`) and change things on the signed-in pages. */
  door?: Door;
  /** PUBLIC_URL: the session cookie is Secure when it is https. */
  publicUrl?: string;
}

export function createWebApp(deps: ServiceDeps, options: WebOptions = {}): Hono {
  const app = new Hono();
  const siteTexts = envTexts(options.env);

  // Every response: a policy that allows no script at all and no framing, no sniffing, no referrer
  // beyond the origin. Public pages set no cookie.
  app.use(
    "*",
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'none'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'"],
        formAction: ["'self'"],
        baseUri: ["'none'"],
        frameAncestors: ["'none'"],
      },
      referrerPolicy: "strict-origin-when-cross-origin",
      xFrameOptions: "DENY",
      crossOriginResourcePolicy: false,
    }),
  );
  app.use("*", etag());
  // Pages change whenever a status does: a reload asks again, and the ETag makes that cheap.
  app.use("*", async (c, next) => {
    await next();
    if (c.res.headers.get("content-type")?.startsWith("text/html") && !c.res.headers.has("cache-control"))
      c.res.headers.set("cache-control", "no-cache");
  });

  app.get(STYLESHEET, (c) => {
    c.header("content-type", "text/css; charset=utf-8");
    c.header("cache-control", "public, max-age=31536000, immutable");
    return c.body(CSS);
  });

  app.route("/", openDataRoutes(deps, { ...options, stylesheet: STYLESHEET }));

  app.get("/", async (c) => {
    const groups = await publishedGroups(deps.prisma);
    const t = siteTexts;
    return c.html(
      page({
        t,
        title: t.web.home.title,
        stylesheet: STYLESHEET,
        body: html`<h1>${t.web.home.title}</h1>
${
  groups.length
    ? html`<ul>${groups.map((g) => html`<li lang="${textsFor(g.locale).locale}"><a href="/g/${g.slug}">${g.name}</a></li>`)}</ul>`
    : html`<p>${t.web.home.none}</p>`
}`,
      }),
    );
  });

  mountGroupPages(app, { deps, stylesheet: STYLESHEET });
  mountMinutesPages(app, { deps, stylesheet: STYLESHEET });

  if (options.door) {
    const signedIn = {
      deps,
      stylesheet: STYLESHEET,
      siteTexts,
      publicUrl: options.publicUrl ?? DEFAULT_PUBLIC_URL,
    };
    mountSignIn(app, signedIn);
    mountAdminPages(app, { ...signedIn, door: options.door });
  }
  mountReportPages(app, { deps, stylesheet: STYLESHEET });

  app.notFound((c) => {
    const t = siteTexts;
    return c.html(
      page({
        t,
        title: t.web.notFound.title,
        stylesheet: STYLESHEET,
        body: html`<h1>${t.web.notFound.title}</h1><p>${t.web.notFound.text}</p><p><a href="/">${t.web.notFound.home}</a></p>`,
      }),
      404,
    );
  });

  return app;
}
