// Uploading a plan file on the web (samordnare and admins): a form with a file input, whose bytes go
// to the door as a file sent in the personal chat would, so the dry run, its staging (once per form)
// and the answers to Importera and Avbryt are chat's own. The page shows the dry run and the two
// buttons as forms that post the same typed commands as chat's buttons. A bad upload (too large, of
// another type, broken, missing) gets the form again with what to fix, and nothing is staged.
import { randomBytes } from "node:crypto";
import type { Context, Hono, MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import { getCookie } from "hono/cookie";
import { html } from "hono/html";
import { type Command, commandSchema } from "../../core/command.ts";
import type { Block, Reply, ReplyAction } from "../../core/reply.ts";
import type { Door } from "../../services/conversation.ts";
import { CHAT_PLAN_FILE_BYTES } from "../../services/plan-upload.ts";
import { type Notice, sessionFor, setNotice } from "../../services/web-sign-in.ts";
import { type Messages, textsFor } from "../../texts/index.ts";
import { type Html, page } from "./layout.ts";
import {
  formSecrets,
  SESSION_COOKIE,
  type SignedInEnv,
  type SignedInOptions,
  signedInIncoming,
  signedInPage,
  withCode,
} from "./signed-in.ts";

export const PLAN_FILE_PATH = "/samordna/planfil";
const CONFIRM_PATH = `${PLAN_FILE_PATH}/importera`;
const CANCEL_PATH = `${PLAN_FILE_PATH}/avbryt`;
/** Room for the form's other fields and the multipart boundaries around the file. */
const FORM_OVERHEAD_BYTES = 64 * 1024;
const FILE_FIELD = "file";
const FILE_INPUT_ID = "plan-file";

type C = Context<SignedInEnv>;
type Body = Record<string, string | File | (string | File)[]>;

const nonce = () => randomBytes(16).toString("base64url");

function field(body: Body, name: string): string {
  const v = body[name];
  return typeof v === "string" ? v.trim() : "";
}

function logRefusal(o: SignedInOptions, c: Context, reason: string, extra: Record<string, unknown> = {}) {
  o.deps.logger.warn({ reason, method: c.req.method, path: c.req.path, ...extra }, "web request refused");
}

/**
 * The upload's body is read under the limit before anything else reads it: a declared length over
 * the limit is refused unread, and a body without one is read only up to the limit. What passes is
 * parsed here, so that a form that did not arrive whole gets a page rather than an error.
 */
export function planFileBodyLimit(o: SignedInOptions): MiddlewareHandler {
  const refuse = async (c: Context, status: 413 | 422, text: (t: Messages) => string) => {
    // Before the session is checked: the group's language if the cookie opens one, else the site's.
    const session = await sessionFor(o.deps.prisma, getCookie(c, SESSION_COOKIE), o.deps.clock.now());
    const t = session ? textsFor(session.group.locale) : o.siteTexts;
    const u = t.webUpload;
    c.header("cache-control", "no-store");
    return c.html(
      page({
        t,
        title: u.refusedTitle,
        stylesheet: o.stylesheet,
        body: html`<h1>${u.refusedTitle}</h1>${errorSummary(t, [{ type: "text", text: text(t) }])}
<p><a href="${PLAN_FILE_PATH}">${u.again}</a></p>`,
      }),
      status,
    );
  };
  const limit = bodyLimit({
    maxSize: CHAT_PLAN_FILE_BYTES + FORM_OVERHEAD_BYTES,
    onError: (c) => {
      const declared = Number(c.req.header("content-length"));
      logRefusal(o, c, "too_large", Number.isFinite(declared) ? { bytes: declared } : {});
      return refuse(c, 413, (t) =>
        t.webUpload.tooLarge(Number.isFinite(declared) ? declared : undefined, CHAT_PLAN_FILE_BYTES),
      );
    },
  });
  return async (c, next) => {
    if (c.req.method !== "POST") return next();
    let within = false;
    const refused = await limit(c, async () => {
      within = true;
    });
    if (!within) return refused;
    try {
      await c.req.parseBody();
    } catch {
      logRefusal(o, c, "broken_form");
      return refuse(c, 422, (t) => t.webUpload.brokenForm);
    }
    await next();
  };
}

/** The importer's lines: a paragraph for each, with the indented ones under it as a list. */
function lines(text: string): Html {
  const groups: { head: string; items: string[] }[] = [];
  for (const line of text.split("\n")) {
    const last = groups[groups.length - 1];
    if (/^\s/.test(line) && last) last.items.push(line.trim());
    else groups.push({ head: line, items: [] });
  }
  return html`${groups.map(
    (g) =>
      html`<p>${withCode(g.head)}</p>${g.items.length ? html`<ul>${g.items.map((i) => html`<li>${withCode(i)}</li>`)}</ul>` : ""}`,
  )}`;
}

function blocksHtml(blocks: readonly Block[], level: "h2" | "h3"): Html {
  return html`${blocks.map((b) => {
    if (b.type === "heading") return level === "h2" ? html`<h2>${b.text}</h2>` : html`<h3>${b.text}</h3>`;
    if (b.type === "text") return lines(b.text);
    if (b.type === "note") return html`<p class="note">${withCode(b.text)}</p>`;
    if (b.type === "bullets") return html`<ul>${b.items.map((i) => html`<li>${withCode(i)}</li>`)}</ul>`;
    return "";
  })}`;
}

/** What to fix, first on the page, with a link to the file input. */
function errorSummary(t: Messages, blocks: readonly Block[], linkToInput = false): Html {
  const u = t.webUpload;
  return html`<div class="error-summary" role="alert" aria-labelledby="error-summary-title">
<h2 id="error-summary-title">${u.errorSummary}</h2>
${blocksHtml(blocks, "h3")}
${linkToInput ? html`<p><a href="#${FILE_INPUT_ID}">${u.again}</a></p>` : ""}
</div>`;
}

function uploadForm(t: Messages, secrets: Html, invalid: boolean): Html {
  const u = t.webUpload;
  return html`<form method="post" action="${PLAN_FILE_PATH}" enctype="multipart/form-data">${secrets}
<div><label for="${FILE_INPUT_ID}">${u.label}</label>
<input id="${FILE_INPUT_ID}" name="${FILE_FIELD}" type="file" accept=".xlsx,.csv" required aria-describedby="${FILE_INPUT_ID}-hint"${invalid ? html` aria-invalid="true"` : ""}>
<p class="note" id="${FILE_INPUT_ID}-hint">${u.hint(CHAT_PLAN_FILE_BYTES)}</p></div>
<button type="submit">${u.submit}</button></form>`;
}

const ACTION_PATHS: Partial<Record<ReplyAction["action"]["kind"], string>> = {
  import_confirm: CONFIRM_PATH,
  import_cancel: CANCEL_PATH,
};

export interface PlanFileOptions extends SignedInOptions {
  door: Door;
}

/** The routes under `/samordna/planfil`; the session, the role and the body's limit are checked before. */
export function mountPlanFilePages(web: Hono<SignedInEnv>, o: PlanFileOptions): void {
  const frame = (c: C, title: string, body: Html, notice?: Notice) => {
    const session = c.get("session");
    return signedInPage({
      t: textsFor(session.group.locale),
      session,
      title,
      path: PLAN_FILE_PATH,
      notice,
      body,
      nonce,
      stylesheet: o.stylesheet,
    });
  };

  /** The form, with what the last decision said, or with what is wrong with the file just sent. */
  async function formPage(c: C, status: 200 | 413 | 422 = 200, problem?: readonly Block[]) {
    const session = c.get("session");
    const t = textsFor(session.group.locale);
    const u = t.webUpload;
    const notice = problem ? undefined : session.notice;
    if (notice) await setNotice(o.deps.prisma, session.id, null);
    const body = html`${problem ? errorSummary(t, problem, true) : ""}
<p>${u.intro}</p>
${uploadForm(t, formSecrets(session, nonce), problem !== undefined)}
<p><a href="/samordna">${u.toPlan}</a></p>`;
    return c.html(frame(c, u.title, body, notice), status);
  }

  /** The dry run with Importera and Avbryt, each a form posting its command. */
  function dryRunPage(c: C, reply: Reply) {
    const session = c.get("session");
    const t = textsFor(session.group.locale);
    const u = t.webUpload;
    const heading = reply.blocks.find((b) => b.type === "heading");
    const actions = reply.blocks.flatMap((b) => (b.type === "actions" ? b.actions : []));
    const body = html`${blocksHtml(
      reply.blocks.filter((b) => b.type !== "heading"),
      "h2",
    )}
<div class="actions">${actions.map((a) => {
      const path = ACTION_PATHS[a.action.kind];
      if (!path || !("upload" in a.action)) return "";
      return html`<form method="post" action="${path}">${formSecrets(session, nonce)}<input type="hidden" name="upload" value="${a.action.upload}"><button type="submit">${a.label}</button></form>`;
    })}</div>
<p><a href="${PLAN_FILE_PATH}">${u.again}</a></p>`;
    return c.html(frame(c, heading?.type === "heading" ? heading.text : u.dryRunTitle, body));
  }

  web.get(PLAN_FILE_PATH, (c) => formPage(c));

  web.post(PLAN_FILE_PATH, async (c) => {
    const session = c.get("session");
    const t = textsFor(session.group.locale);
    const body = (await c.req.parseBody()) as Body;
    const file = body[FILE_FIELD];
    // A form sent without choosing a file still has the field, with no name and no bytes.
    if (!(file instanceof File) || !file.name) {
      logRefusal(o, c, "no_file");
      return formPage(c, 422, [{ type: "text", text: t.webUpload.missing }]);
    }
    if (file.size > CHAT_PLAN_FILE_BYTES) {
      logRefusal(o, c, "too_large", { bytes: file.size });
      return formPage(c, 413, [
        { type: "text", text: t.webUpload.tooLarge(file.size, CHAT_PLAN_FILE_BYTES) },
      ]);
    }
    const bytes = new Uint8Array(await file.arrayBuffer());
    const incoming = signedInIncoming(
      session,
      { type: "file", name: file.name, bytes },
      field(body, "nonce") || nonce(),
      ":plan_file",
    );
    const outcome = await o.door.handle(incoming);
    o.door.announce(outcome, incoming);
    const staged = outcome.reply.blocks.some((b) => b.type === "actions");
    if (staged) return dryRunPage(c, outcome.reply);
    // Not importable as it is (or refused): the lines that say what to change, and the form again.
    return formPage(c, 422, outcome.reply.blocks);
  });

  /** Importera or Avbryt: the command through the door; its answer shown where the person goes next. */
  const decide = (kind: "import_confirm" | "import_cancel") => async (c: C) => {
    const session = c.get("session");
    const t = textsFor(session.group.locale);
    const body = (await c.req.parseBody()) as Body;
    const command: Command = { kind, upload: Number(field(body, "upload")) };
    if (!commandSchema.safeParse(command).success)
      return formPage(c, 422, [{ type: "text", text: t.webAdmin.badForm }]);
    const incoming = signedInIncoming(
      session,
      { type: "command", command },
      field(body, "nonce") || nonce(),
      `:${kind}`,
    );
    const outcome = await o.door.handle(incoming);
    o.door.announce(outcome, incoming);
    const { reply } = outcome;
    if (reply.tone === "error") return formPage(c, 422, reply.blocks);
    const text = reply.blocks
      .flatMap((b) => (b.type === "text" || b.type === "note" ? [b.text] : []))
      .join("\n");
    await setNotice(o.deps.prisma, session.id, {
      tone: reply.tone === "success" ? "success" : "info",
      text,
    });
    // After an import the plan is what to look at; otherwise the form, to send another file.
    return c.redirect(reply.tone === "success" ? "/samordna" : PLAN_FILE_PATH, 303);
  };
  web.post(CONFIRM_PATH, decide("import_confirm"));
  web.post(CANCEL_PATH, decide("import_cancel"));
}
