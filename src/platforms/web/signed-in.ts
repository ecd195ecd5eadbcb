// Signing in on the web and what every signed-in page shares: the sign-in link's page and its POST,
// the session cookie, the CSRF check of every form, logout, the refusal pages and the frame with the
// signed-in navigation. A refusal is logged with its reason and the route, never a token or cookie.
import type { Context, Hono, MiddlewareHandler } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import { html } from "hono/html";
import type { Command } from "../../core/command.ts";
import type { Outcome } from "../../core/outcome.ts";
import type { Door, Incoming, IncomingInput } from "../../services/conversation.ts";
import type { ServiceDeps } from "../../services/deps.ts";
import { coordinatorNames } from "../../services/membership.ts";
import {
  consumeLoginLink,
  endSession,
  type LinkRefusal,
  type Notice,
  peekLoginLink,
  SESSION_TTL_MS,
  sameSecret,
  sessionFor,
  type WebSessionView,
} from "../../services/web-sign-in.ts";
import { type Messages, textsFor } from "../../texts/index.ts";
import { type Html, page } from "./layout.ts";

export const SESSION_COOKIE = "lok_session";

export type SignedInEnv = { Variables: { session: WebSessionView } };

export interface SignedInOptions {
  deps: ServiceDeps;
  stylesheet: string;
  /** The site's language, for refusals before anyone is known. */
  siteTexts: Messages;
  /** PUBLIC_URL: the cookie is Secure when it is https, and its origin may post forms. */
  publicUrl: string;
}

/** `status 13 klar`-style commands in a text become code, as chat shows them. */
export function withCode(text: string): Html {
  const parts = text.split("`");
  return html`${parts.map((p, i) => (i % 2 === 1 ? html`<code>${p}</code>` : p))}`;
}

function paragraphs(text: string): Html {
  return html`${text.split("\n").map((line) => html`<p>${withCode(line)}</p>`)}`;
}

export function refusalPage(
  o: SignedInOptions,
  t: Messages,
  status: 401 | 403 | 410,
  title: string,
  text: string,
  extra: Html | string = "",
) {
  return {
    status,
    body: page({
      t,
      title,
      stylesheet: o.stylesheet,
      body: html`<h1>${title}</h1>${paragraphs(text)}${extra}`,
    }),
  };
}

function logRefusal(o: SignedInOptions, c: Context, reason: string): void {
  o.deps.logger.warn({ reason, method: c.req.method, path: c.req.routePath }, "web request refused");
}

function linkRefusal(o: SignedInOptions, c: Context, reason: LinkRefusal, t: Messages) {
  logRefusal(o, c, `link_${reason}`);
  const r = t.webAdmin.refusal;
  const { title, text } =
    reason === "used" ? r.linkUsed : reason === "expired" ? r.linkExpired : r.linkUnknown;
  const refused = refusalPage(o, t, reason === "used" ? 410 : 401, title, text);
  c.header("cache-control", "no-store");
  return c.html(refused.body, refused.status);
}

function noSession(o: SignedInOptions, c: Context) {
  logRefusal(o, c, "no_session");
  const t = o.siteTexts;
  const refused = refusalPage(
    o,
    t,
    401,
    t.webAdmin.refusal.noSession.title,
    t.webAdmin.refusal.noSession.text,
  );
  c.header("cache-control", "no-store");
  return c.html(refused.body, refused.status);
}

export function csrfRefusal(o: SignedInOptions, c: Context, t: Messages, reason: string) {
  logRefusal(o, c, reason);
  const r = t.webAdmin.refusal.csrf;
  const refused = refusalPage(o, t, 403, r.title, r.text);
  return c.html(refused.body, refused.status);
}

/** The page's origin and PUBLIC_URL's: the only places a signed-in form may be posted from. */
function allowedOrigin(o: SignedInOptions, c: Context, origin: string): boolean {
  return origin === new URL(c.req.url).origin || origin === new URL(o.publicUrl).origin;
}

/**
 * Every request below it needs a live session; every POST also the session's CSRF token in the form's
 * `csrf` field (compared in constant time) and, when the browser says where the form came from, this
 * site as its origin.
 */
export function requireSession(o: SignedInOptions): MiddlewareHandler<SignedInEnv> {
  return async (c, next) => {
    const session = await sessionFor(o.deps.prisma, getCookie(c, SESSION_COOKIE), o.deps.clock.now());
    if (!session) return noSession(o, c);
    c.header("cache-control", "no-store");
    if (c.req.method === "POST") {
      const t = textsFor(session.group.locale);
      const origin = c.req.header("origin");
      if (origin !== undefined && !allowedOrigin(o, c, origin)) return csrfRefusal(o, c, t, "csrf_origin");
      const body = await c.req.parseBody();
      const given = typeof body.csrf === "string" ? body.csrf : undefined;
      if (!sameSecret(given, session.csrfToken))
        return csrfRefusal(o, c, t, given === undefined ? "csrf_missing" : "csrf_wrong");
    }
    c.set("session", session);
    await next();
  };
}

/** Samordnare and admins only: a medlem gets a 403 page naming the group's samordnare. */
export function requireCoordinator(o: SignedInOptions): MiddlewareHandler<SignedInEnv> {
  return async (c, next) => {
    const session = c.get("session");
    if (session.actor.role === "samordnare" || session.actor.role === "admin") return next();
    logRefusal(o, c, "coordinators_only");
    const t = textsFor(session.group.locale);
    const r = t.webAdmin.refusal;
    const names = await coordinatorNames(o.deps.prisma, session.group.id);
    const refused = refusalPage(
      o,
      t,
      403,
      r.coordinatorsOnly.title,
      r.coordinatorsOnly.text(names),
      html`<p><a href="/mina">${r.toMine}</a></p>`,
    );
    return c.html(refused.body, refused.status);
  };
}

/** The hidden fields of every signed-in form: the CSRF token and a fresh nonce for its delivery key. */
export function formSecrets(session: WebSessionView, nonce: () => string): Html {
  return html`<input type="hidden" name="csrf" value="${session.csrfToken}"><input type="hidden" name="nonce" value="${nonce()}">`;
}

/**
 * What a signed-in form brings to the door: the person as the session knows them, in their personal
 * conversation. The key is the session's hash and the form's nonce (with what the caller adds), so the
 * same form sent twice is handled once.
 */
export function signedInIncoming(
  session: WebSessionView,
  input: IncomingInput,
  formNonce: string,
  suffix: string,
): Incoming {
  return {
    platform: "web",
    workspaceId: "",
    channelId: "web",
    conversationType: "personal",
    identity: {
      platform: "web",
      userId: `member:${session.actor.memberId}`,
      name: session.actor.name,
      ids: [],
    },
    input,
    idempotencyKey: `web:${session.idHash.slice(0, 24)}:${formNonce.slice(0, 64)}${suffix}`,
    as: { group: session.group, actor: session.actor },
  };
}

/**
 * Runs one form's typed commands through the door as the signed-in person, one after another, and
 * lets the door tell the channels of each; the first refusal stops the rest. Each command's key comes
 * from the session, the form's nonce and the command (an `ändra` per field), so that the same form
 * sent twice is handled once, however many of its fields changed.
 */
export async function runFormCommands(
  door: Door,
  session: WebSessionView,
  formNonce: string,
  commands: readonly Command[],
): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  for (const command of commands) {
    const suffix = `:${command.kind}${command.kind === "activity_change" ? `:${command.field}` : ""}`;
    const incoming = signedInIncoming(session, { type: "command", command }, formNonce, suffix);
    const outcome = await door.handle(incoming);
    door.announce(outcome, incoming);
    outcomes.push(outcome);
    if (outcome.reply.tone === "error") break;
  }
  return outcomes;
}

export interface SignedInFrame {
  t: Messages;
  session: WebSessionView;
  title: string;
  /** Where the page is, for aria-current in the navigation. */
  path: string;
  notice?: Notice | undefined;
  body: Html;
  nonce: () => string;
  stylesheet: string;
  /** A medlem who is the note taker of the current minutes sees the link to `/protokoll` too. */
  minutesLink?: boolean;
}

/** A signed-in page: who is signed in, the pages they may open, the form's answer, the page. */
export function signedInPage(f: SignedInFrame): Html {
  const { t, session } = f;
  const n = t.webAdmin.nav;
  const coordinator = session.actor.role !== "medlem";
  const links: [string, string][] = [
    ["/mina", n.mine],
    ...(coordinator
      ? ([
          ["/samordna", n.plan],
          ["/samordna/medlemmar", n.members],
          ["/samordna/planer", n.plans],
          ["/samordna/webb", n.publishing],
        ] as [string, string][])
      : []),
    ...(coordinator || f.minutesLink ? ([["/protokoll", t.webMinutes.nav]] as [string, string][]) : []),
  ];
  return page({
    t,
    title: f.title,
    stylesheet: f.stylesheet,
    body: html`<p class="lead">${n.signedInAs(session.actor.name, session.group.name)}</p>
<nav aria-label="${n.label}"><ul class="group-nav">
${links.map(([href, label]) => html`<li><a href="${href}"${f.path === href ? html` aria-current="page"` : ""}>${label}</a></li>`)}
<li><form method="post" action="/logga-ut">${formSecrets(session, f.nonce)}<button type="submit">${n.logout}</button></form></li>
</ul></nav>
${
  f.notice
    ? html`<div class="notice" role="${f.notice.tone === "error" ? "alert" : "status"}">${paragraphs(f.notice.text)}</div>`
    : ""
}
<h1>${f.title}</h1>
${f.body}`,
  });
}

/** `/logga-in/<token>` (shown, not used: chat apps fetch links to preview them), `POST /logga-in`, `POST /logga-ut`. */
export function mountSignIn(app: Hono, o: SignedInOptions): void {
  const secure = new URL(o.publicUrl).protocol === "https:";

  app.get("/logga-in/:token", async (c) => {
    const found = await peekLoginLink(o.deps.prisma, c.req.param("token"), o.deps.clock.now());
    if (!found.ok) return linkRefusal(o, c, found.reason, textsFor(found.locale ?? o.siteTexts.locale));
    const t = textsFor(found.person.group.locale);
    const s = t.webAdmin.signIn;
    const title = s.as(found.person.actor.name, found.person.group.name);
    c.header("cache-control", "no-store");
    return c.html(
      page({
        t,
        title: s.title,
        stylesheet: o.stylesheet,
        body: html`<h1>${title}</h1><p>${s.explain}</p>
<form method="post" action="/logga-in"><input type="hidden" name="token" value="${c.req.param("token")}"><button type="submit">${s.button}</button></form>`,
      }),
    );
  });

  app.post("/logga-in", async (c) => {
    const body = await c.req.parseBody();
    const token = typeof body.token === "string" ? body.token : "";
    const used = await consumeLoginLink(o.deps.prisma, token, o.deps.clock.now());
    if (!used.ok) return linkRefusal(o, c, used.reason, textsFor(used.locale ?? o.siteTexts.locale));
    setCookie(c, SESSION_COOKIE, used.session.cookie, {
      httpOnly: true,
      sameSite: "Lax",
      path: "/",
      secure,
      maxAge: SESSION_TTL_MS / 1000,
    });
    o.deps.logger.info(
      { group: used.session.person.group.id, member: used.session.person.actor.memberId },
      "signed in on the web",
    );
    return c.redirect(used.session.person.actor.role === "medlem" ? "/mina" : "/samordna", 303);
  });

  app.use("/logga-ut", requireSession(o) as unknown as MiddlewareHandler);
  app.post("/logga-ut", async (c) => {
    const session = (c as unknown as Context<SignedInEnv>).get("session");
    await endSession(o.deps.prisma, session.id, o.deps.clock.now());
    deleteCookie(c, SESSION_COOKIE, { path: "/", secure, httpOnly: true, sameSite: "Lax" });
    const t = textsFor(session.group.locale);
    return c.html(
      page({
        t,
        title: t.webAdmin.loggedOut.title,
        stylesheet: o.stylesheet,
        body: html`<h1>${t.webAdmin.loggedOut.title}</h1>${paragraphs(t.webAdmin.loggedOut.text)}`,
      }),
    );
  });
}
