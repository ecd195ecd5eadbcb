// The signed-in pages: *Mina aktiviteter* for every member, and for samordnare and admins the plan as
// an editable table, members and roles, plan periods and the public page. Plain HTML forms, no
// script. Every form becomes typed commands, checked with `commandSchema`, that go through the one
// door as the person, exactly as a line typed in chat: the same permissions, the same history, the
// same announcement in the group's channels.
import { randomBytes } from "node:crypto";
import { type Context, Hono } from "hono";
import { html } from "hono/html";
import { ACTIVITY_STATUSES } from "../../core/activity-status.ts";
import {
  ACTIVITY_FIELDS,
  type ActivityField,
  type Command,
  commandSchema,
  memberRoleSchema,
  partySchema,
  REQUIRED_ACTIVITY_FIELDS,
} from "../../core/command.ts";
import type { Outcome } from "../../core/outcome.ts";
import type { Reply } from "../../core/reply.ts";
import type { Door } from "../../services/conversation.ts";
import { groupMembers } from "../../services/membership.ts";
import { type Notice, setNotice, type WebSessionView } from "../../services/web-sign-in.ts";
import { type Messages, textsFor } from "../../texts/index.ts";
import { type AdminActivity, readAdminPlan, readPlanPeriods, readPublishing } from "./admin-data.ts";
import type { Html } from "./layout.ts";
import { MINUTES_PATH, mayWriteMinutes, mountMinutesWritingPages } from "./minutes-writing-pages.ts";
import {
  formSecrets,
  requireCoordinator,
  requireSession,
  runFormCommands,
  type SignedInEnv,
  type SignedInOptions,
  signedInPage,
} from "./signed-in.ts";
import { mountPlanFilePages, PLAN_FILE_PATH, planFileBodyLimit } from "./upload-pages.ts";

type C = Context<SignedInEnv>;
type Body = Record<string, string | File | (string | File)[]>;

const nonce = () => randomBytes(16).toString("base64url");

/** A text field as posted: trimmed; absent, a file or a list reads as empty. */
function field(body: Body, name: string): string {
  const v = body[name];
  return typeof v === "string" ? v.trim() : "";
}

/** The chat line's text of a reply: its sentences and notes, one per line. */
function replyText(reply: Reply): string {
  return reply.blocks
    .flatMap((b) => {
      if (b.type === "text" || b.type === "note" || b.type === "heading") return [b.text];
      if (b.type === "bullets") return b.items;
      if (b.type === "activity") return [`${b.activity.number}. ${b.activity.title}`];
      return [];
    })
    .join("\n");
}

const TEXT_FIELDS: readonly ActivityField[] = ACTIVITY_FIELDS.filter(
  (f) => f !== "principle" && f !== "party",
);
const isRequiredField = (f: ActivityField) =>
  (REQUIRED_ACTIVITY_FIELDS as readonly ActivityField[]).includes(f);
const LONG_FIELDS: ReadonlySet<ActivityField> = new Set(["description", "followUp"]);

export interface AdminOptions extends SignedInOptions {
  door: Door;
}

export function mountAdminPages(app: Hono, o: AdminOptions): void {
  const web = new Hono<SignedInEnv>();
  // Before the session's check, which reads the body: the upload's body is read under its limit.
  web.use(PLAN_FILE_PATH, planFileBodyLimit(o));
  web.use("/mina", requireSession(o));
  web.use("/mina/*", requireSession(o));
  web.use("/samordna", requireSession(o), requireCoordinator(o));
  web.use("/samordna/*", requireSession(o), requireCoordinator(o));
  web.use(MINUTES_PATH, requireSession(o));
  web.use(`${MINUTES_PATH}/*`, requireSession(o));

  const frame = (c: C, path: string, title: string, body: Html, notice?: Notice, minutesLink = false) => {
    const session = c.get("session");
    return signedInPage({
      minutesLink,
      t: textsFor(session.group.locale),
      session,
      title,
      path,
      notice: notice ?? session.notice,
      body,
      nonce,
      stylesheet: o.stylesheet,
    });
  };

  /** A page shows the last form's answer once; it is cleared as it is shown. */
  async function shown(c: C): Promise<void> {
    const session = c.get("session");
    if (session.notice) await setNotice(o.deps.prisma, session.id, null);
  }

  /** Runs the commands of one form through the door, as the signed-in person, one after another. */
  async function run(c: C, commands: Command[]): Promise<Outcome[]> {
    const session = c.get("session");
    const body = (await c.req.parseBody()) as Body;
    return runFormCommands(o.door, session, field(body, "nonce") || nonce(), commands);
  }

  type Render = (c: C, notice?: Notice) => Promise<Response>;

  /**
   * A form's answer: back to its page (303) with what the bot said, or, when it refused, the page
   * again with the refusal (422). Invalid fields refuse before anything runs.
   */
  async function submit(
    c: C,
    back: string,
    render: Render,
    build: (body: Body, t: Messages) => Command[] | null | Promise<Command[] | null>,
  ) {
    const session = c.get("session");
    const t = textsFor(session.group.locale);
    const body = (await c.req.parseBody()) as Body;
    const built = await build(body, t);
    if (built === null || built.some((cmd) => !commandSchema.safeParse(cmd).success))
      return render(c, { tone: "error", text: t.webAdmin.badForm });
    if (built.length === 0) return render(c, { tone: "info", text: t.webAdmin.nothingChanged });
    const outcomes = await run(c, built);
    const failed = outcomes.find((x) => x.reply.tone === "error");
    const text = outcomes.map((x) => replyText(x.reply)).join("\n");
    if (failed) return render(c, { tone: "error", text });
    await setNotice(o.deps.prisma, session.id, { tone: "success", text });
    return c.redirect(back, 303);
  }

  mountPlanFilePages(web, o);
  mountMinutesWritingPages(web, o);

  // --- Mina aktiviteter -----------------------------------------------------------------------------

  const minePage: Render = async (c, notice) => {
    const session = c.get("session");
    const t = textsFor(session.group.locale);
    const m = t.webAdmin.mine;
    const plan = await readAdminPlan(o.deps.prisma, session.group.id, session.actor.memberId);
    const items = plan?.activities ?? [];
    const body = items.length
      ? html`${items.map(
          (a) => html`<section aria-labelledby="m${a.number}">
<h2 id="m${a.number}">${a.number}. ${a.title}</h2>
<p>${t.status.label[a.status]}${a.dueDate ? html` · ${m.deadline(t.dates.date(a.dueDate))}` : ""}</p>
<form method="post" action="/mina/status/${a.number}">${formSecrets(session, nonce)}
<fieldset><legend>${m.report(a.number)}</legend>
${statusSelect(t, `m${a.number}-status`, a.status)}
<div><label for="m${a.number}-comment">${m.comment}</label><textarea id="m${a.number}-comment" name="comment" rows="2" cols="40"></textarea></div>
<button type="submit">${m.submit}</button></fieldset></form></section>`,
        )}`
      : html`<p>${m.none}</p>`;
    const noteTaker = await mayWriteMinutes(o.deps.prisma, session, o.deps.clock.now());
    const page = frame(c, "/mina", m.title, body, notice, noteTaker);
    if (!notice) await shown(c);
    return c.html(page, notice?.tone === "error" ? 422 : 200);
  };
  web.get("/mina", (c) => minePage(c));
  web.post("/mina/status/:nr", (c) =>
    submit(c, "/mina", minePage, (body) => {
      const status = ACTIVITY_STATUSES.find((s) => s === field(body, "status"));
      if (!status) return null;
      const comment = field(body, "comment");
      return [
        { kind: "status_set", number: Number(c.req.param("nr")), status, ...(comment ? { comment } : {}) },
      ];
    }),
  );

  // --- Planen ---------------------------------------------------------------------------------------

  const planPage: Render = async (c, notice) => {
    const session = c.get("session");
    const t = textsFor(session.group.locale);
    const p = t.webAdmin.plan;
    const plan = await readAdminPlan(o.deps.prisma, session.group.id);
    const body = plan
      ? html`<div class="table-wrap" tabindex="0" role="region" aria-label="${p.caption(plan.name)}"><table>
<caption>${p.caption(plan.name)}</caption>
<thead><tr><th scope="col">${p.columns.number}</th><th scope="col">${p.columns.title}</th><th scope="col">${p.columns.status}</th><th scope="col">${p.columns.deadline}</th><th scope="col">${p.columns.owners}</th></tr></thead>
<tbody>${plan.activities.map(
          (a) =>
            html`<tr><td>${a.number}</td><td><a href="#a${a.number}">${a.title}</a></td><td>${t.status.label[a.status]}</td><td>${a.dueDate ? t.dates.date(a.dueDate) : "–"}</td><td>${a.owners.join(", ") || "–"}</td></tr>`,
        )}</tbody></table></div>
${plan.activities.map((a) => activityForm(t, session, a, plan.principles))}
${newActivityForm(t, session, plan.principles)}
<p><a href="${PLAN_FILE_PATH}">${t.webUpload.link}</a></p>`
      : html`<p>${p.noPlan}</p><p><a href="${PLAN_FILE_PATH}">${t.webUpload.link}</a></p>`;
    const page = frame(c, "/samordna", p.title, body, notice);
    if (!notice) await shown(c);
    return c.html(page, notice?.tone === "error" ? 422 : 200);
  };
  web.get("/samordna", (c) => planPage(c));

  web.post("/samordna/aktivitet/:nr", (c) =>
    submit(c, `/samordna#a${c.req.param("nr")}`, planPage, async (body) => {
      const session = c.get("session");
      const number = Number(c.req.param("nr"));
      const plan = await readAdminPlan(o.deps.prisma, session.group.id);
      const a = plan?.activities.find((x) => x.number === number);
      if (!a) return null;
      const commands: Command[] = [];
      for (const f of TEXT_FIELDS) {
        const value = field(body, f);
        const before = a[f as keyof AdminActivity] ?? "";
        // An emptied box empties an optional field, as `ändra <nr> <fält> ingen` does; the title stays.
        if (value && value !== before) commands.push({ kind: "activity_change", number, field: f, value });
        // (Only a box the form sent: a field left out of the request changes nothing.)
        else if (!value && before && f in body && !isRequiredField(f))
          commands.push({ kind: "activity_change", number, field: f, value: null });
      }
      const principle = field(body, "principle");
      if (principle && principle !== (a.principle ?? ""))
        commands.push({ kind: "activity_change", number, field: "principle", value: principle });
      const party = partySchema.safeParse(field(body, "party"));
      if (!party.success) return null;
      if (party.data !== a.party)
        commands.push({ kind: "activity_change", number, field: "party", value: party.data });
      const due = field(body, "deadline");
      if (due === "" && a.dueDate) commands.push({ kind: "deadline_clear", number });
      else if (due && due !== a.dueDate) commands.push({ kind: "deadline", number, date: due });
      const status = ACTIVITY_STATUSES.find((s) => s === field(body, "status"));
      if (!status) return null;
      const comment = field(body, "comment");
      if (status !== a.status || comment)
        commands.push({ kind: "status_set", number, status, ...(comment ? { comment } : {}) });
      return commands;
    }),
  );

  web.post("/samordna/aktivitet", (c) =>
    submit(c, "/samordna", planPage, (body) => {
      const party = partySchema.safeParse(field(body, "party"));
      const title = field(body, "title");
      const principle = field(body, "principle");
      if (!party.success || !title || !principle) return null;
      const due = field(body, "deadline");
      const org = field(body, "responsibleOrg");
      return [
        {
          kind: "activity_create",
          title,
          principle,
          party: party.data,
          ...(due ? { dueDate: due } : {}),
          ...(org ? { responsibleOrg: org } : {}),
        },
      ];
    }),
  );

  // --- Medlemmar ------------------------------------------------------------------------------------

  const membersPage: Render = async (c, notice) => {
    const session = c.get("session");
    const t = textsFor(session.group.locale);
    const m = t.webAdmin.members;
    const members = await groupMembers(o.deps.prisma, session.group.id);
    const roles = memberRoleSchema.options;
    const body = html`<div class="table-wrap" tabindex="0" role="region" aria-label="${m.caption}"><table>
<caption>${m.caption}</caption>
<thead><tr><th scope="col">${m.columns.name}</th><th scope="col">${m.columns.organisation}</th><th scope="col">${m.columns.role}</th><th scope="col">${m.columns.change}</th></tr></thead>
<tbody>${members.map(
      (p, i) =>
        html`<tr><td>${p.name}</td><td>${p.organisation ?? "–"}</td><td>${p.leftAt ? m.former : (t.role[p.role] ?? p.role)}</td><td>${
          p.leftAt
            ? ""
            : html`<form method="post" action="/samordna/medlemmar/roll">${formSecrets(session, nonce)}<input type="hidden" name="person" value="${p.name}">
<label for="r${i}">${m.roleLabel(p.name)}</label><select id="r${i}" name="role">${roles.map(
                (r) =>
                  html`<option value="${r}"${r === p.role ? " selected" : ""}>${t.role[r] ?? r}</option>`,
              )}</select> <button type="submit">${m.change}</button></form>
<form method="post" action="/samordna/medlemmar/ta-bort">${formSecrets(session, nonce)}<input type="hidden" name="person" value="${p.name}"><button type="submit">${m.remove(p.name)}</button></form>`
        }</td></tr>`,
    )}</tbody></table></div>
<h2>${m.add}</h2>
<form method="post" action="/samordna/medlemmar/ny">${formSecrets(session, nonce)}<fieldset><legend>${m.add}</legend>
<div><label for="n-name">${m.name}</label><input id="n-name" name="name" required maxlength="200" autocomplete="off"></div>
<div><label for="n-org">${m.organisation}</label><input id="n-org" name="organisation" maxlength="200"></div>
<div><label for="n-email">${m.email}</label><input id="n-email" name="email" type="email" maxlength="200" autocomplete="off"></div>
<button type="submit">${m.addButton}</button></fieldset></form>`;
    const page = frame(c, "/samordna/medlemmar", m.title, body, notice);
    if (!notice) await shown(c);
    return c.html(page, notice?.tone === "error" ? 422 : 200);
  };
  web.get("/samordna/medlemmar", (c) => membersPage(c));
  web.post("/samordna/medlemmar/ny", (c) =>
    submit(c, "/samordna/medlemmar", membersPage, (body) => {
      const name = field(body, "name");
      if (!name) return null;
      const organisation = field(body, "organisation");
      const email = field(body, "email");
      return [
        { kind: "member_add", name, ...(organisation ? { organisation } : {}), ...(email ? { email } : {}) },
      ];
    }),
  );
  web.post("/samordna/medlemmar/roll", (c) =>
    submit(c, "/samordna/medlemmar", membersPage, (body) => {
      const role = memberRoleSchema.safeParse(field(body, "role"));
      const person = field(body, "person");
      return role.success && person ? [{ kind: "member_role", person, role: role.data }] : null;
    }),
  );
  web.post("/samordna/medlemmar/ta-bort", (c) =>
    submit(c, "/samordna/medlemmar", membersPage, (body) => {
      const person = field(body, "person");
      return person ? [{ kind: "member_remove", person }] : null;
    }),
  );

  // --- Planperioder ---------------------------------------------------------------------------------

  const plansPage: Render = async (c, notice) => {
    const session = c.get("session");
    const t = textsFor(session.group.locale);
    const p = t.webAdmin.plans;
    const plans = await readPlanPeriods(o.deps.prisma, session.group.id);
    const period = (from: string | null, to: string | null) =>
      `${from ? t.dates.date(from) : "…"}–${to ? t.dates.date(to) : "…"}`;
    const body = html`${
      plans.length
        ? html`<div class="table-wrap" tabindex="0" role="region" aria-label="${p.caption}"><table><caption>${p.caption}</caption>
<thead><tr><th scope="col">${p.columns.name}</th><th scope="col">${p.columns.period}</th><th scope="col">${p.columns.active}</th></tr></thead>
<tbody>${plans.map(
            (x) =>
              html`<tr><td>${x.name}</td><td>${period(x.from, x.to)}</td><td>${
                x.active
                  ? p.active
                  : html`<form method="post" action="/samordna/planer/aktiv">${formSecrets(session, nonce)}<input type="hidden" name="name" value="${x.name}"><button type="submit">${p.makeActive(x.name)}</button></form>`
              }</td></tr>`,
          )}</tbody></table></div>`
        : html`<p>${p.none}</p>`
    }
<h2>${p.new}</h2>
<form method="post" action="/samordna/planer/ny">${formSecrets(session, nonce)}<fieldset><legend>${p.new}</legend>
<div><label for="p-name">${p.name}</label><input id="p-name" name="name" required maxlength="200"></div>
<div><label for="p-from">${p.from}</label><input id="p-from" name="from" type="date" required></div>
<div><label for="p-to">${p.to}</label><input id="p-to" name="to" type="date" required></div>
<div><input id="p-carry" name="carryOver" type="checkbox" value="ja" checked> <label for="p-carry" class="inline">${p.carryOver}</label></div>
<button type="submit">${p.create}</button></fieldset></form>
<p><a href="${PLAN_FILE_PATH}">${t.webUpload.link}</a></p>`;
    const page = frame(c, "/samordna/planer", p.title, body, notice);
    if (!notice) await shown(c);
    return c.html(page, notice?.tone === "error" ? 422 : 200);
  };
  web.get("/samordna/planer", (c) => plansPage(c));
  web.post("/samordna/planer/aktiv", (c) =>
    submit(c, "/samordna/planer", plansPage, (body) => {
      const name = field(body, "name");
      return name ? [{ kind: "plan_activate", name }] : null;
    }),
  );
  web.post("/samordna/planer/ny", (c) =>
    submit(c, "/samordna/planer", plansPage, (body) => {
      const name = field(body, "name");
      if (!name) return null;
      return [
        {
          kind: "plan_new",
          name,
          from: field(body, "from"),
          to: field(body, "to"),
          carryOver: field(body, "carryOver") !== "",
        },
      ];
    }),
  );

  // --- Webbsidan ------------------------------------------------------------------------------------

  const publishingPage: Render = async (c, notice) => {
    const session = c.get("session");
    const t = textsFor(session.group.locale);
    const w = t.webAdmin.publishing;
    const s = await readPublishing(o.deps.prisma, session.group.id);
    const secrets = () => formSecrets(session, nonce);
    const body = html`<p>${w.state(s.published)}</p>
<form method="post" action="/samordna/webb/publicera">${secrets()}<input type="hidden" name="enabled" value="${s.published ? "off" : "on"}"><button type="submit">${s.published ? w.off : w.on}</button></form>
<h2>${w.names}</h2>
<form method="post" action="/samordna/webb/namn">${secrets()}<input type="hidden" name="enabled" value="${s.showNames ? "off" : "on"}"><button type="submit">${s.showNames ? w.namesOff : w.namesOn}</button></form>
<h2>${w.contact}</h2>
<form method="post" action="/samordna/webb/kontakt">${secrets()}
<label for="w-contact">${w.contact}</label><input id="w-contact" name="contact" value="${s.contact ?? ""}" maxlength="300" aria-describedby="w-contact-hint">
<p class="note" id="w-contact-hint">${w.contactHint}</p><button type="submit">${w.saveContact}</button></form>
<h2>${w.hide}</h2>
<form method="post" action="/samordna/webb/dolj">${secrets()}<fieldset><legend>${w.hide}</legend>
<div><label for="h-nr">${w.number}</label><input id="h-nr" name="number" inputmode="numeric" pattern="[0-9]+" required size="5"></div>
<div><label for="h-date">${w.date}</label><input id="h-date" name="date" type="date" required></div>
<button type="submit">${w.hideButton}</button></fieldset></form>`;
    const page = frame(c, "/samordna/webb", w.title, body, notice);
    if (!notice) await shown(c);
    return c.html(page, notice?.tone === "error" ? 422 : 200);
  };
  web.get("/samordna/webb", (c) => publishingPage(c));
  const onOff = (body: Body) => {
    const value = field(body, "enabled");
    return value === "on" ? true : value === "off" ? false : null;
  };
  web.post("/samordna/webb/publicera", (c) =>
    submit(c, "/samordna/webb", publishingPage, (body) => {
      const enabled = onOff(body);
      return enabled === null ? null : [{ kind: "web_toggle", enabled }];
    }),
  );
  web.post("/samordna/webb/namn", (c) =>
    submit(c, "/samordna/webb", publishingPage, (body) => {
      const enabled = onOff(body);
      return enabled === null ? null : [{ kind: "web_names", enabled }];
    }),
  );
  web.post("/samordna/webb/kontakt", (c) =>
    submit(c, "/samordna/webb", publishingPage, (body) => [
      { kind: "web_contact", contact: field(body, "contact") || null },
    ]),
  );
  web.post("/samordna/webb/dolj", (c) =>
    submit(c, "/samordna/webb", publishingPage, (body) => [
      { kind: "hide", number: Number(field(body, "number")), date: field(body, "date") },
    ]),
  );

  app.route("/", web);
}

function statusSelect(t: Messages, id: string, current: string): Html {
  return html`<div><label for="${id}">${t.webAdmin.plan.fields.status}</label><select id="${id}" name="status">${ACTIVITY_STATUSES.map(
    (s) => html`<option value="${s}"${s === current ? " selected" : ""}>${t.status.label[s]}</option>`,
  )}</select></div>`;
}

function partySelect(t: Messages, id: string, current?: string): Html {
  return html`<div><label for="${id}">${t.webAdmin.plan.fields.party}</label><select id="${id}" name="party">${partySchema.options.map(
    (p) => html`<option value="${p}"${p === current ? " selected" : ""}>${t.party.label[p]}</option>`,
  )}</select></div>`;
}

function principleSelect(t: Messages, id: string, principles: string[], current: string | null): Html {
  return html`<div><label for="${id}">${t.webAdmin.plan.fields.principle}</label><select id="${id}" name="principle">${
    current === null ? html`<option value="" selected>${t.webAdmin.plan.noPrinciple}</option>` : ""
  }${principles.map((p) => html`<option value="${p}"${p === current ? " selected" : ""}>${p}</option>`)}</select></div>`;
}

function activityForm(t: Messages, session: WebSessionView, a: AdminActivity, principles: string[]): Html {
  const p = t.webAdmin.plan;
  const id = (f: string) => `a${a.number}-${f}`;
  return html`<section id="a${a.number}" aria-labelledby="${id("h")}">
<h2 id="${id("h")}">${p.edit(a.number)}: ${a.title}</h2>
<form method="post" action="/samordna/aktivitet/${a.number}">${formSecrets(session, () => randomBytes(16).toString("base64url"))}
<p class="note">${p.keepHint}</p>
<div class="side-by-side">
${TEXT_FIELDS.map((f) => {
  const value = (a[f as keyof AdminActivity] as string | null) ?? "";
  return LONG_FIELDS.has(f)
    ? html`<div><label for="${id(f)}">${p.fields[f]}</label><textarea id="${id(f)}" name="${f}" rows="3" cols="40">${value}</textarea></div>`
    : html`<div><label for="${id(f)}">${p.fields[f]}</label><input id="${id(f)}" name="${f}" value="${value}" size="40"></div>`;
})}
${principleSelect(t, id("principle"), principles, a.principle)}
${partySelect(t, id("party"), a.party)}
<div><label for="${id("deadline")}">${p.fields.deadline}</label><input id="${id("deadline")}" name="deadline" type="date" value="${a.dueDate ?? ""}" aria-describedby="${id("deadline-hint")}"><p class="note" id="${id("deadline-hint")}">${p.deadlineHint}</p></div>
${statusSelect(t, id("status"), a.status)}
<div><label for="${id("comment")}">${p.fields.comment}</label><textarea id="${id("comment")}" name="comment" rows="2" cols="40"></textarea></div>
</div>
<button type="submit">${p.save}</button></form></section>`;
}

function newActivityForm(t: Messages, session: WebSessionView, principles: string[]): Html {
  const p = t.webAdmin.plan;
  return html`<section aria-labelledby="new-h"><h2 id="new-h">${p.newTitle}</h2>
<form method="post" action="/samordna/aktivitet">${formSecrets(session, () => randomBytes(16).toString("base64url"))}
<div class="side-by-side">
<div><label for="new-title">${p.fields.title}</label><input id="new-title" name="title" required maxlength="500" size="40"></div>
${principleSelect(t, "new-principle", principles, principles[0] ?? null)}
${partySelect(t, "new-party")}
<div><label for="new-deadline">${p.fields.deadline}</label><input id="new-deadline" name="deadline" type="date"></div>
<div><label for="new-org">${p.fields.responsibleOrg}</label><input id="new-org" name="responsibleOrg" maxlength="500" size="40"></div>
</div>
<button type="submit">${p.create}</button></form></section>`;
}
