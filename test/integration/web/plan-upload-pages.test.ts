// Uploading a plan file on the web, through the real web app, door and database: the form needs its
// CSRF token and a samordnare, a file over the limit is refused before more than the limit is read, a
// broken, foreign or missing file gets the form again with what to fix, and nothing is staged for any
// of them; a dry run can be cancelled (nothing imported) or imported, once however often it is pressed,
// and the import is announced in the group's channel.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../../src/db/open-database.ts";
import { CHAT_PLAN_FILE_BYTES } from "../../../src/services/plan-upload.ts";
import { createTestDatabase, testDatabaseKinds } from "../../support/test-database.ts";
import { formField, sessionCookie, signInFixture } from "../../support/web-sign-in.ts";

const FORM = { "content-type": "application/x-www-form-urlencoded" };
const FILE = "vasteras-2022-2024.csv";
const PLAN = "Handlingsplan 2022–2024";
const UPLOAD = "/samordna/planfil";

describe.each(testDatabaseKinds())("uploading a plan file on the web on %s", (kind) => {
  let db: Database;
  let f: Awaited<ReturnType<typeof signInFixture>>;
  let csv: Uint8Array;
  let anna = "";

  beforeAll(async () => {
    db = await createTestDatabase(kind);
    f = await signInFixture(db);
    csv = await readFile(join(import.meta.dirname, "../../../prisma/plans", FILE));
    anna = await signIn("Anna Fogel");
  });
  afterAll(async () => {
    await f?.announcer.flush();
    await db?.close();
  });

  const get = (path: string, cookie: string) =>
    f.app.request(path, { headers: { cookie: `lok_session=${cookie}` } });
  const post = (path: string, fields: Record<string, string>, cookie: string) =>
    f.app.request(path, {
      method: "POST",
      headers: { ...FORM, cookie: `lok_session=${cookie}` },
      body: new URLSearchParams(fields).toString(),
    });

  async function signIn(name: string): Promise<string> {
    const { token } = await f.askForLink(name);
    const res = await f.app.request("/logga-in", {
      method: "POST",
      headers: FORM,
      body: new URLSearchParams({ token }).toString(),
    });
    const cookie = sessionCookie(res);
    if (!cookie) throw new Error("no session cookie");
    return cookie;
  }

  /** The upload form's hidden fields, as a fresh page load gives them. */
  async function secrets(cookie: string, page = UPLOAD, action = UPLOAD) {
    const html = await (await get(page, cookie)).text();
    return { csrf: formField(html, action, "csrf"), nonce: formField(html, action, "nonce") };
  }

  /** Posts the form as a browser does (multipart), with the file when one is given. */
  function upload(
    cookie: string,
    fields: Record<string, string>,
    file?: { name: string; bytes: Uint8Array },
  ) {
    const form = new FormData();
    for (const [k, v] of Object.entries(fields)) form.append(k, v);
    // A browser sends the field with no name and no bytes when no file was chosen.
    form.append("file", file ? new File([Buffer.from(file.bytes)], file.name) : new File([], ""));
    return f.app.request(UPLOAD, {
      method: "POST",
      headers: { cookie: `lok_session=${cookie}` },
      body: form,
    });
  }

  const staged = () => db.prisma.planUpload.count();
  const plans = () => db.prisma.plan.count({ where: { groupId: f.group.id } });

  it("offers the form from the plan and plan periods pages: a file input for .xlsx and .csv, with CSRF", async () => {
    for (const path of ["/samordna", "/samordna/planer"])
      expect(await (await get(path, anna)).text()).toContain(`href="${UPLOAD}"`);
    const res = await get(UPLOAD, anna);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('enctype="multipart/form-data"');
    expect(html).toMatch(/<label for="plan-file">Planfil<\/label>/);
    expect(html).toContain('type="file" accept=".xlsx,.csv"');
    expect(formField(html, UPLOAD, "csrf")).toHaveLength(43);
  });

  it("refuses an upload without its CSRF token, and stages nothing", async () => {
    const { nonce } = await secrets(anna);
    const res = await upload(anna, { nonce }, { name: FILE, bytes: csv });
    expect(res.status).toBe(403);
    expect(await res.text()).toContain("ingenting ändrades");
    const wrong = await upload(anna, { nonce, csrf: "x".repeat(43) }, { name: FILE, bytes: csv });
    expect(wrong.status).toBe(403);
    expect(await staged()).toBe(0);
    expect(await db.prisma.processedDelivery.count({ where: { source: "web" } })).toBe(0);
  });

  it("keeps a medlem off the upload, naming the samordnare, and stages nothing", async () => {
    const tina = await signIn("Tina Modin");
    const page = await get(UPLOAD, tina);
    expect(page.status).toBe(403);
    expect(await page.text()).toContain("Fråga Anna Fogel och Helena Astvald");
    const fields = await secrets(tina, "/mina", "/logga-ut");
    const res = await upload(tina, fields, { name: FILE, bytes: csv });
    expect(res.status).toBe(403);
    expect(await staged()).toBe(0);
  });

  it("refuses a file over the limit, whether its size is declared or not, without reading past the limit", async () => {
    const fields = await secrets(anna);
    const big = new Uint8Array(CHAT_PLAN_FILE_BYTES + 1).fill(0x41);
    const streamed = await upload(anna, fields, { name: "stor.csv", bytes: big });
    expect(streamed.status).toBe(413);
    expect(await streamed.text()).toContain("en planfil får vara högst 5,0 MB");

    // A declared length over the limit is refused unread.
    const declared = await f.app.request(UPLOAD, {
      method: "POST",
      headers: {
        cookie: `lok_session=${anna}`,
        "content-type": "multipart/form-data; boundary=x",
        "content-length": String(CHAT_PLAN_FILE_BYTES * 2),
      },
      body: "--x--",
    });
    expect(declared.status).toBe(413);
    expect(await declared.text()).toContain("Filen är 10 MB");

    // A body without a length that never ends: read only up to the limit, then refused.
    let pulled = 0;
    const chunk = new Uint8Array(64 * 1024).fill(0x42);
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += chunk.length;
        controller.enqueue(chunk);
      },
    });
    const request = new Request(`http://lok.test${UPLOAD}`, {
      method: "POST",
      headers: { cookie: `lok_session=${anna}`, "content-type": "multipart/form-data; boundary=x" },
      body: endless,
      duplex: "half",
    } as RequestInit);
    const res = await f.app.request(request);
    expect(res.status).toBe(413);
    expect(pulled).toBeLessThan(CHAT_PLAN_FILE_BYTES + 64 * 1024 * 4);
    expect(await staged()).toBe(0);
    expect(f.log.find(40, "web request refused").map((l) => l.reason)).toContain("too_large");
  });

  it("refuses a broken file, a file of another type and a missing file with the form again, and stages nothing", async () => {
    const broken = await upload(anna, await secrets(anna), {
      name: "plan.xlsx",
      bytes: new TextEncoder().encode("inte en arbetsbok"),
    });
    expect(broken.status).toBe(422);
    const brokenPage = await broken.text();
    expect(brokenPage).toContain('class="error-summary"');
    expect(brokenPage).toContain("Inget är sparat. Rätta filen och skicka den igen.");
    expect(brokenPage).toContain('aria-invalid="true"');

    const foreign = await upload(anna, await secrets(anna), {
      name: "plan.pdf",
      bytes: new TextEncoder().encode("%PDF-1.4"),
    });
    expect(foreign.status).toBe(422);
    expect(await foreign.text()).toContain("plan.pdf är varken en Excel-fil (.xlsx) eller en CSV-fil (.csv)");

    const missing = await upload(anna, await secrets(anna));
    expect(missing.status).toBe(422);
    expect(await missing.text()).toContain("Välj en fil att ladda upp.");

    // A form that did not arrive whole.
    const torn = await f.app.request(UPLOAD, {
      method: "POST",
      headers: { cookie: `lok_session=${anna}`, "content-type": "multipart/form-data; boundary=x" },
      body: "--x\r\nContent-Disposition: form-data; name=",
    });
    expect(torn.status).toBe(422);
    expect(await torn.text()).toContain("Formuläret kom inte fram helt");
    expect(await staged()).toBe(0);
    expect(await plans()).toBe(1);
  });

  it("shows the dry run with Importera and Avbryt; Avbryt imports nothing", async () => {
    const res = await upload(anna, await secrets(anna), { name: FILE, bytes: csv });
    expect(res.status).toBe(200);
    const page = await res.text();
    expect(page).toContain(`<h1>Provkörning av ${FILE}</h1>`);
    expect(page).toContain("Skulle läsa in 24 aktiviteter");
    expect(page).toContain(">Importera</button>");
    expect(await staged()).toBe(1);
    expect(await plans()).toBe(1);

    const cancel = {
      csrf: formField(page, `${UPLOAD}/avbryt`, "csrf"),
      nonce: formField(page, `${UPLOAD}/avbryt`, "nonce"),
      upload: formField(page, `${UPLOAD}/avbryt`, "upload"),
    };
    const cancelled = await post(`${UPLOAD}/avbryt`, cancel, anna);
    expect(cancelled.status).toBe(303);
    expect(cancelled.headers.get("location")).toBe(UPLOAD);
    expect(await (await get(UPLOAD, anna)).text()).toContain(`Inläsningen av ${FILE} är avbruten`);
    const upload1 = await db.prisma.planUpload.findFirstOrThrow({ orderBy: { id: "desc" } });
    expect(upload1.state).toBe("cancelled");
    expect(await plans()).toBe(1);

    // Importera after Avbryt imports nothing either.
    const late = await post(
      `${UPLOAD}/importera`,
      { ...cancel, nonce: formField(page, `${UPLOAD}/importera`, "nonce") },
      anna,
    );
    expect(late.status).toBe(303);
    expect(await (await get(UPLOAD, anna)).text()).toContain("redan avbruten");
    expect(await plans()).toBe(1);
  });

  it("imports once however often Importera is pressed, and announces it in the group's channel", async () => {
    const fields = await secrets(anna);
    const first = await upload(anna, fields, { name: FILE, bytes: csv });
    // The same form sent twice is staged once.
    const again = await upload(anna, fields, { name: FILE, bytes: csv });
    expect(again.status).toBe(200);
    expect(await staged()).toBe(2);
    const page = await first.text();
    const confirm = {
      csrf: formField(page, `${UPLOAD}/importera`, "csrf"),
      nonce: formField(page, `${UPLOAD}/importera`, "nonce"),
      upload: formField(page, `${UPLOAD}/importera`, "upload"),
    };
    const done = await post(`${UPLOAD}/importera`, confirm, anna);
    expect(done.status).toBe(303);
    expect(done.headers.get("location")).toBe("/samordna");
    expect(await (await get("/samordna", anna)).text()).toContain(`${FILE} är inläst.`);
    // The same press sent again, and another press on the same dry run.
    expect((await post(`${UPLOAD}/importera`, confirm, anna)).status).toBe(303);
    const other = await post(`${UPLOAD}/importera`, { ...confirm, nonce: "another-press" }, anna);
    expect(other.status).toBe(303);
    expect(other.headers.get("location")).toBe(UPLOAD);
    expect(await (await get(UPLOAD, anna)).text()).toContain(`${FILE} är redan inläst (av Anna Fogel)`);

    const plan = await db.prisma.plan.findFirstOrThrow({ where: { groupId: f.group.id, name: PLAN } });
    expect(await db.prisma.activity.count({ where: { planId: plan.id } })).toBe(24);
    expect(await plans()).toBe(2);
    await f.announcer.flush();
    const told = f.announced.filter((a) => a.text.includes(`Handlingsplanen ${PLAN} importerades`));
    expect(told).toEqual([{ channel: "C-LOK", text: expect.stringContaining("av Anna Fogel") }]);
  });
});
