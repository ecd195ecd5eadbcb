// Writing a meeting's minutes on the web (`/protokoll`), for samordnare, admins and the meeting's note
// taker: the draft of the meeting being held (else the latest that has begun) in the minutes' own
// layout, and plain forms for who was there, an invited guest, a note and a decision per point, a
// task, the previous minutes, and finalising after a confirmation. Each form becomes the typed
// commands chat's lines become and goes through the one door as the person: the same service calls,
// the same history, the same announcement. Final minutes are read-only, with their files to download.
import { randomBytes } from "node:crypto";
import type { Context, Hono, MiddlewareHandler } from "hono";
import { html } from "hono/html";
import { type Command, commandSchema } from "../../core/command.ts";
import { DomainError } from "../../core/domain-error.ts";
import { MAX_MINUTES_TEXT_LENGTH } from "../../core/minutes-command.ts";
import { minutesLayout } from "../../core/minutes-layout.ts";
import type { Outcome } from "../../core/outcome.ts";
import { meetingLine } from "../../core/replies/meeting-replies.ts";
import type { Reply } from "../../core/reply.ts";
import { minutesDocx } from "../../plans/export-minutes-docx.ts";
import { minutesMarkdown } from "../../plans/export-minutes-md.ts";
import { isCoordinator } from "../../services/actor.ts";
import type { Door } from "../../services/conversation.ts";
import type { Db } from "../../services/deps.ts";
import { coordinatorNames } from "../../services/membership.ts";
import { gatherMinutes, type MinutesTarget, meetingPoints, minutesMeeting } from "../../services/minutes.ts";
import { minutesFileLayout, minutesFileSlug } from "../../services/minutes-files.ts";
import { type Notice, setNotice, type WebSessionView } from "../../services/web-sign-in.ts";
import { textsFor } from "../../texts/index.ts";
import type { Html } from "./layout.ts";
import { linesHtml } from "./minutes-pages.ts";
import {
  formSecrets,
  refusalPage,
  runFormCommands,
  type SignedInEnv,
  type SignedInOptions,
  signedInPage,
  withCode,
} from "./signed-in.ts";

export const MINUTES_PATH = "/protokoll";
const FINALISE_PATH = `${MINUTES_PATH}/klart`;
const MARKDOWN_PATH = `${MINUTES_PATH}/minnesanteckningar.md`;
const WORD_PATH = `${MINUTES_PATH}/minnesanteckningar.docx`;
const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

type C = Context<SignedInEnv>;
type Body = Record<string, string | File | (string | File)[]>;

const nonce = () => randomBytes(16).toString("base64url");

function field(body: Body, name: string): string {
  const v = body[name];
  return typeof v === "string" ? v.trim() : "";
}

/** Every value of a repeated field (the checkbox list), trimmed, the empty ones left out. */
function values(body: Body, name: string): string[] {
  const v = body[name];
  const list = Array.isArray(v) ? v : v === undefined ? [] : [v];
  return list.flatMap((x) => (typeof x === "string" && x.trim() ? [x.trim()] : []));
}

function replyText(reply: Reply): string {
  return reply.blocks
    .flatMap((b) => (b.type === "text" || b.type === "note" ? [b.text] : b.type === "bullets" ? b.items : []))
    .join("\n");
}

/** The meeting the minutes' commands write to now, or null when none has begun. */
async function currentTarget(db: Db, session: WebSessionView, now: Date): Promise<MinutesTarget | null> {
  try {
    return await minutesMeeting(db, session.group, now);
  } catch (error) {
    const d = error instanceof DomainError ? error.detail : undefined;
    if (d?.code === "minutes" && d.problem.kind === "no_meeting") return null;
    throw error;
  }
}

/** Whether the signed-in person may write the current minutes: samordnare, admin or its note taker. */
export async function mayWriteMinutes(db: Db, session: WebSessionView, now: Date): Promise<boolean> {
  if (isCoordinator(session.actor)) return true;
  const target = await currentTarget(db, session, now);
  if (!target) return false;
  const minutes = await db.meetingMinutes.findUnique({ where: { meetingId: target.meeting.id } });
  return minutes?.noteTakerId === session.actor.memberId;
}

export interface MinutesWritingOptions extends SignedInOptions {
  door: Door;
}

/** A medlem who is neither samordnare nor the note taker gets a 403 page naming who writes them. */
function requireMinutesWriter(o: MinutesWritingOptions): MiddlewareHandler<SignedInEnv> {
  return async (c, next) => {
    const session = c.get("session");
    const now = o.deps.clock.now();
    if (await mayWriteMinutes(o.deps.prisma, session, now)) return next();
    o.deps.logger.warn(
      { reason: "minutes_writers_only", method: c.req.method, path: c.req.routePath },
      "web request refused",
    );
    const t = textsFor(session.group.locale);
    const target = await currentTarget(o.deps.prisma, session, now);
    const minutes = target
      ? await o.deps.prisma.meetingMinutes.findUnique({
          where: { meetingId: target.meeting.id },
          include: { noteTaker: { select: { name: true } } },
        })
      : null;
    const r = t.webMinutes.notWriter;
    const refused = refusalPage(
      o,
      t,
      403,
      r.title,
      r.text(await coordinatorNames(o.deps.prisma, session.group.id), minutes?.noteTaker?.name),
      html`<p><a href="/mina">${t.webAdmin.refusal.toMine}</a></p>`,
    );
    return c.html(refused.body, refused.status);
  };
}

/** The routes under `/protokoll`; the session (and every POST's CSRF token) is checked before. */
export function mountMinutesWritingPages(web: Hono<SignedInEnv>, o: MinutesWritingOptions): void {
  web.use(MINUTES_PATH, requireMinutesWriter(o));
  web.use(`${MINUTES_PATH}/*`, requireMinutesWriter(o));

  const frame = (c: C, title: string, body: Html, notice?: Notice) => {
    const session = c.get("session");
    return signedInPage({
      t: textsFor(session.group.locale),
      session,
      title,
      path: MINUTES_PATH,
      notice,
      body,
      nonce,
      stylesheet: o.stylesheet,
      minutesLink: true,
    });
  };

  /** The draft and its forms, or the final minutes; with a refusal first when a form was refused. */
  async function minutesPage(c: C, problem?: { text: string; form: string }) {
    const session = c.get("session");
    const t = textsFor(session.group.locale);
    const w = t.webMinutes;
    const db = o.deps.prisma;
    const notice = problem ? undefined : session.notice;
    if (notice) await setNotice(db, session.id, null);
    const target = await currentTarget(db, session, o.deps.clock.now());
    if (!target) return c.html(frame(c, w.title, html`<p>${w.noMeeting}</p>`, notice));
    const doc = await gatherMinutes(db, session.group, target.meeting);
    const secrets = () => formSecrets(session, nonce);
    const summary = (problem: { text: string; form: string } | undefined) =>
      problem
        ? html`<div class="error-summary" role="alert" aria-labelledby="error-summary-title">
<h2 id="error-summary-title">${w.errorSummary}</h2>
${problem.text.split("\n").map((line) => html`<p>${withCode(line)}</p>`)}
<p><a href="#${problem.form}">${w.toField}</a></p></div>`
        : "";
    const downloads = html`<section aria-labelledby="downloads-h"><h2 id="downloads-h">${w.downloads}</h2>
<ul><li><a href="${MARKDOWN_PATH}" download>${w.markdown}</a></li><li><a href="${WORD_PATH}" download>${w.word}</a></li></ul></section>`;
    const draft = html`<section class="minutes-doc" aria-label="${w.draft}">${linesHtml(minutesLayout(t, doc), 1)}</section>`;
    const lead = html`<p class="lead">${w.forMeeting(target.view.title, meetingLine(t, target.view), target.held)}</p>`;
    if (doc.state === "final")
      return c.html(
        frame(c, w.title, html`${summary(problem)}${lead}<p>${w.finalText}</p>${downloads}${draft}`, notice),
        problem ? 422 : 200,
      );

    const meetingId = target.meeting.id;
    const members = await db.member.findMany({
      where: { groupId: session.group.id, leftAt: null },
      select: { id: true, name: true, organisation: true },
      orderBy: { name: "asc" },
    });
    const coming = new Set(
      (await db.meetingAttendance.findMany({ where: { meetingId, answer: "yes" } })).map((a) => a.memberId),
    );
    const recorded = new Set(
      (await db.meetingAttendee.findMany({ where: { meetingId, kind: "present" } })).flatMap((a) =>
        a.memberId === null ? [] : [a.memberId],
      ),
    );
    const pointCount = (await meetingPoints(db, session.group, target.meeting)).length;
    const writable = doc.points.filter((p) => p.number <= pointCount);
    // A refused point that is not on the agenda: the summary leads to the points instead.
    const onAgenda = (form: string) =>
      !/^point-\d+$/.test(form) || writable.some((p) => `point-${p.number}` === form);
    const shown = problem && !onAgenda(problem.form) ? { ...problem, form: "points-h" } : problem;
    const invalid = (form: string) => (problem?.form === form ? html` aria-invalid="true"` : "");

    const present = html`<section aria-labelledby="present-h"><h2 id="present-h">${w.present.title}</h2>
<form id="present-form" method="post" action="${MINUTES_PATH}/narvarande">${secrets()}
<fieldset aria-describedby="present-hint"><legend>${w.present.legend}</legend>
<p class="note" id="present-hint">${w.present.hint}</p>
${members.map((m, i) => {
  const already = recorded.has(m.id);
  const label = `${m.name}${m.organisation ? ` (${m.organisation})` : ""}`;
  return html`<div><input type="checkbox" id="present-${i}" name="present" value="${m.name}"${already || coming.has(m.id) ? " checked" : ""}${already ? " disabled" : ""}> <label for="present-${i}" class="inline">${already ? w.present.already(label) : label}</label></div>`;
})}
</fieldset>
<div><label for="present-others">${w.present.others}</label><input id="present-others" name="others" maxlength="2000" size="40" aria-describedby="present-others-hint"${invalid("present-form")}>
<p class="note" id="present-others-hint">${w.present.othersHint}</p></div>
<button type="submit">${w.present.submit}</button></form></section>`;

    const invited = html`<section aria-labelledby="invited-h"><h2 id="invited-h">${w.invited.title}</h2>
<form id="invited-form" method="post" action="${MINUTES_PATH}/inbjuden">${secrets()}
<div><label for="invited-name">${w.invited.name}</label><input id="invited-name" name="name" required maxlength="200" size="40"${invalid("invited-form")}></div>
<div><label for="invited-org">${w.invited.organisation}</label><input id="invited-org" name="organisation" maxlength="200" size="40"></div>
<button type="submit">${w.invited.submit}</button></form></section>`;

    const points = html`<section aria-labelledby="points-h"><h2 id="points-h">${w.points.title}</h2>
${
  writable.length
    ? writable.map(
        (
          p,
        ) => html`<form id="point-${p.number}" method="post" action="${MINUTES_PATH}/punkt/${p.number}">${secrets()}
<fieldset aria-describedby="point-${p.number}-hint"><legend>${w.points.point(p.number, p.title)}</legend>
<p class="note" id="point-${p.number}-hint">${w.points.hint}</p>
<div><label for="point-${p.number}-note">${w.points.note}</label><textarea id="point-${p.number}-note" name="note" rows="3" cols="40" maxlength="${MAX_MINUTES_TEXT_LENGTH}"${invalid(`point-${p.number}`)}></textarea></div>
<div><label for="point-${p.number}-decision">${w.points.decision}</label><textarea id="point-${p.number}-decision" name="decision" rows="2" cols="40" maxlength="${MAX_MINUTES_TEXT_LENGTH}"></textarea></div>
<button type="submit">${w.points.submit(p.number)}</button></fieldset></form>`,
      )
    : html`<p>${w.points.none}</p>`
}</section>`;

    const task = html`<section aria-labelledby="task-h"><h2 id="task-h">${w.task.title}</h2>
<form id="task-form" method="post" action="${MINUTES_PATH}/uppdrag">${secrets()}
<div><label for="task-person">${w.task.person}</label><input id="task-person" name="person" required maxlength="200" size="40" list="task-people" autocomplete="off"${invalid("task-form")}>
<datalist id="task-people">${members.map((m) => html`<option value="${m.name}"></option>`)}</datalist></div>
<div><label for="task-text">${w.task.text}</label><textarea id="task-text" name="text" required rows="2" cols="40" maxlength="${MAX_MINUTES_TEXT_LENGTH}"></textarea></div>
<div><label for="task-due">${w.task.due}</label><input id="task-due" name="due" type="date"></div>
<button type="submit">${w.task.submit}</button></form></section>`;

    const previous = doc.previous
      ? html`<section aria-labelledby="previous-h"><h2 id="previous-h">${w.previous.title}</h2>
<p>${w.previous.from(doc.previous.meeting.title, doc.previous.meeting.date)}</p>
<form id="previous-form" method="post" action="${MINUTES_PATH}/inga-invandningar">${secrets()}<button type="submit">${w.previous.noObjections}</button></form>
<form id="objection-form" method="post" action="${MINUTES_PATH}/invandning">${secrets()}
<div><label for="objection-text">${w.previous.objection}</label><textarea id="objection-text" name="text" required rows="2" cols="40" maxlength="${MAX_MINUTES_TEXT_LENGTH}"${invalid("objection-form")}></textarea></div>
<button type="submit">${w.previous.submitObjection}</button></form></section>`
      : "";

    const finalise = html`<section aria-labelledby="finalise-h"><h2 id="finalise-h">${w.finalise.title}</h2>
<p id="finalise-form"><a id="finalise-open" href="${FINALISE_PATH}">${w.finalise.open}</a></p></section>`;

    const body = html`${summary(shown)}${lead}${draft}${present}${invited}${points}${task}${previous}${finalise}${downloads}`;
    return c.html(frame(c, w.title, body, notice), problem ? 422 : 200);
  }

  /** Runs the form's commands through the door as the person; the first refusal stops the rest. */
  async function run(c: C, commands: Command[]): Promise<Outcome[]> {
    const session = c.get("session");
    const body = (await c.req.parseBody()) as Body;
    return runFormCommands(o.door, session, field(body, "nonce") || nonce(), commands);
  }

  /** A form's answer: back to the page (303) with what the bot said, or the page with the refusal (422). */
  const submit = (form: (c: C) => string, build: (body: Body, c: C) => Command[] | null) => async (c: C) => {
    const session = c.get("session");
    const t = textsFor(session.group.locale);
    const body = (await c.req.parseBody({ all: true })) as Body;
    const built = build(body, c);
    if (built === null || built.some((cmd) => !commandSchema.safeParse(cmd).success))
      return minutesPage(c, { text: t.webAdmin.badForm, form: form(c) });
    if (built.length === 0) {
      await setNotice(o.deps.prisma, session.id, { tone: "info", text: t.webAdmin.nothingChanged });
      return c.redirect(`${MINUTES_PATH}#${form(c)}`, 303);
    }
    const outcomes = await run(c, built);
    const failed = outcomes.find((x) => x.reply.tone === "error");
    if (failed) return minutesPage(c, { text: replyText(failed.reply), form: form(c) });
    const text = outcomes.map((x) => replyText(x.reply)).join("\n");
    await setNotice(o.deps.prisma, session.id, { tone: "success", text });
    return c.redirect(`${MINUTES_PATH}#${form(c)}`, 303);
  };

  web.get(MINUTES_PATH, (c) => minutesPage(c));

  web.post(
    `${MINUTES_PATH}/narvarande`,
    submit(
      () => "present-form",
      (body) => {
        const others = field(body, "others")
          .split(",")
          .map((n) => n.trim())
          .filter(Boolean);
        const names = [...new Set([...values(body, "present"), ...others])];
        return names.length ? [{ kind: "minutes_present", names }] : [];
      },
    ),
  );

  web.post(
    `${MINUTES_PATH}/inbjuden`,
    submit(
      () => "invited-form",
      (body) => {
        const name = field(body, "name");
        const organisation = field(body, "organisation");
        return name ? [{ kind: "minutes_invited", name, ...(organisation ? { organisation } : {}) }] : null;
      },
    ),
  );

  web.post(
    `${MINUTES_PATH}/punkt/:nr`,
    submit(
      (c) => (Number(c.req.param("nr")) > 0 ? `point-${Number(c.req.param("nr"))}` : "points-h"),
      (body, c) => {
        const point = Number(c.req.param("nr"));
        const note = field(body, "note");
        const decision = field(body, "decision");
        const commands: Command[] = [];
        if (note) commands.push({ kind: "minutes_note", point, text: note });
        if (decision) commands.push({ kind: "minutes_decision", point, text: decision });
        return commands;
      },
    ),
  );

  web.post(
    `${MINUTES_PATH}/uppdrag`,
    submit(
      () => "task-form",
      (body) => {
        const person = field(body, "person");
        const text = field(body, "text");
        const due = field(body, "due");
        if (!person || !text) return null;
        return [{ kind: "task_add", person, text, ...(due ? { due } : {}) } as Command];
      },
    ),
  );

  web.post(
    `${MINUTES_PATH}/inga-invandningar`,
    submit(
      () => "previous-form",
      () => [{ kind: "minutes_no_objections" }],
    ),
  );

  web.post(
    `${MINUTES_PATH}/invandning`,
    submit(
      () => "objection-form",
      (body) => {
        const text = field(body, "text");
        return text ? [{ kind: "minutes_objection", text }] : null;
      },
    ),
  );

  /** The confirmation before the minutes are sent: they cannot be changed afterwards. */
  web.get(FINALISE_PATH, async (c) => {
    const session = c.get("session");
    const t = textsFor(session.group.locale);
    const f = t.webMinutes.finalise;
    const target = await currentTarget(o.deps.prisma, session, o.deps.clock.now());
    const minutes = target
      ? await o.deps.prisma.meetingMinutes.findUnique({ where: { meetingId: target.meeting.id } })
      : null;
    if (!target || minutes?.state === "final") return c.redirect(MINUTES_PATH, 303);
    const body = html`<p class="lead">${t.webMinutes.forMeeting(target.view.title, meetingLine(t, target.view), target.held)}</p>
<p>${f.confirmText}</p>
<form method="post" action="${FINALISE_PATH}">${formSecrets(session, nonce)}<button type="submit" id="finalise-confirm">${f.confirm}</button></form>
<p><a href="${MINUTES_PATH}">${f.back}</a></p>`;
    return c.html(frame(c, f.confirmTitle, body));
  });

  web.post(FINALISE_PATH, async (c) => {
    const session = c.get("session");
    const [outcome] = await run(c, [{ kind: "minutes_final" }]);
    const reply = outcome?.reply;
    if (!reply || reply.tone === "error")
      return minutesPage(c, { text: reply ? replyText(reply) : "", form: "finalise-form" });
    // The finalised reply carries the whole text, which the page shows anyway: its first line is the answer.
    const first = reply.blocks.find((b) => b.type === "text");
    const text = reply.tone === "success" && first?.type === "text" ? first.text : replyText(reply);
    await setNotice(o.deps.prisma, session.id, {
      tone: reply.tone === "success" ? "success" : "info",
      text,
    });
    return c.redirect(MINUTES_PATH, 303);
  });

  /** The current minutes as the files `protokoll fil` uploads, from the same export functions. */
  const download = (extension: "md" | "docx") => async (c: C) => {
    const session = c.get("session");
    const t = textsFor(session.group.locale);
    const target = await currentTarget(o.deps.prisma, session, o.deps.clock.now());
    if (!target) return c.notFound();
    const doc = await gatherMinutes(o.deps.prisma, session.group, target.meeting);
    const lines = minutesFileLayout(t, session.group, doc);
    const name = t.minutes.fileName(minutesFileSlug(target.view.title), target.view.date, extension);
    c.header("content-disposition", `attachment; filename="${name}"`);
    if (extension === "md") {
      c.header("content-type", "text/markdown; charset=utf-8");
      return c.body(minutesMarkdown(lines));
    }
    c.header("content-type", DOCX_TYPE);
    return c.body(new Uint8Array(await minutesDocx(lines)));
  };
  web.get(MARKDOWN_PATH, download("md"));
  web.get(WORD_PATH, download("docx"));
}
