// The modal for a new activity through Bolt's real HTTP receiver: `/lok ny aktivitet` alone acks at
// once and opens the modal with the plan's principles; the Ny aktivitet button opens it too; a signed
// view_submission creates the activity with the next free number and its history, answers the person
// and tells the channel; a submission with a problem keeps its errors in the modal; a medlem is refused.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assertSlackLimits, modalView } from "../../support/slack-block-schema.ts";
import { button, textOf } from "../../support/slack-blocks.ts";
import { type SlackHarness, sendLok, slackHarness, USERS } from "../../support/slack-harness.ts";
import {
  appHomeOpened,
  CHANNEL,
  homeBlockActions,
  messageBlockActions,
  nextId,
  slashCommand,
  viewSubmission,
} from "../../support/slack-payloads.ts";
import {
  eventRequest,
  interactionRequest,
  sendSigned,
  slashCommandRequest,
} from "../../support/slack-requests.ts";

type View = { callback_id: string; private_metadata: string; title: { text: string }; blocks: Block[] };
type Block = {
  block_id: string;
  optional?: boolean;
  label: { text: string };
  element: { type: string; options?: { text: { text: string }; value: string }[] };
};

/** A view_submission of the activity modal with these values (as Slack puts each input's state). */
function submitted(
  userId: string,
  view: View,
  values: {
    title?: string;
    principle?: string;
    party?: string;
    deadline?: string;
    responsibleOrg?: string;
    description?: string;
  },
  viewId = nextId("V"),
) {
  const select = (value?: string) => ({
    type: "static_select",
    selected_option: value ? { text: { type: "plain_text", text: value }, value } : null,
  });
  const payload = viewSubmission({ userId, view, viewId });
  payload.view.state = {
    values: {
      title: { value: { type: "plain_text_input", value: values.title ?? null } },
      principle: { value: select(values.principle) },
      party: { value: select(values.party) },
      deadline: { value: { type: "datepicker", selected_date: values.deadline ?? null } },
      responsibleOrg: { value: { type: "plain_text_input", value: values.responsibleOrg ?? null } },
      description: { value: { type: "plain_text_input", value: values.description ?? null } },
    },
  } as unknown as typeof payload.view.state;
  return payload;
}

describe("Slack: the modal for a new activity", () => {
  let h: SlackHarness;

  beforeAll(async () => {
    h = await slackHarness();
    await sendLok(h, "koppla", USERS.admin);
  });
  afterAll(async () => {
    if (h) assertSlackLimits(h.fake);
    await h?.close();
  });

  const activities = () => h.db.prisma.activity.count();
  const lastNumber = async () =>
    (await h.db.prisma.activity.findFirstOrThrow({ orderBy: { number: "desc" } })).number;

  async function openWithCommand(user: { id: string }, responseId = nextId("cmd")) {
    const opened = h.fake.callsTo("views.open").length;
    const triggerId = nextId("trig.");
    const ack = await sendSigned(
      h.eventsUrl,
      slashCommandRequest(
        slashCommand({
          text: "ny aktivitet",
          userId: user.id,
          responseUrl: h.fake.responseUrl(responseId),
          triggerId,
        }),
      ),
    );
    expect(ack.status).toBe(200);
    // Acked at once, empty: the modal is opened after the ack, with the command's trigger.
    expect(ack.text).toBe("");
    const calls = await h.fake.waitForCall("views.open", opened + 1);
    expect(calls[opened]?.args.trigger_id).toBe(triggerId);
    return { view: calls[opened]?.args.view as View, responseId };
  }

  it("opens from `/lok ny aktivitet` with the plan's principles and the parties, within Slack's limits", async () => {
    const { view, responseId } = await openWithCommand(USERS.anna);
    modalView.parse(view);
    expect(view.callback_id).toBe("lok:activity_modal");
    expect(view.title.text).toBe("Ny aktivitet");
    expect(view.blocks.map((b) => [b.block_id, Boolean(b.optional)])).toEqual([
      ["title", false],
      ["principle", false],
      ["party", false],
      ["deadline", true],
      ["responsibleOrg", true],
      ["description", true],
    ]);
    const principles = view.blocks[1]?.element.options?.map((o) => o.text.text);
    const plan = await h.db.prisma.plan.findFirstOrThrow({
      where: { active: true },
      include: { principles: { orderBy: { position: "asc" } } },
    });
    expect(principles).toEqual(plan.principles.map((p) => p.name));
    expect(view.blocks[2]?.element.options?.map((o) => o.value)).toEqual([
      "stad",
      "civilsamhalle",
      "gemensamt",
    ]);
    expect(view.blocks[3]?.element.type).toBe("datepicker");
    expect(JSON.parse(view.private_metadata)).toMatchObject({
      ch: CHANNEL,
      url: h.fake.responseUrl(responseId),
    });
    // Nothing was posted: the modal is the answer.
    expect(h.fake.responsesTo(responseId)).toHaveLength(0);
  });

  it("keeps errors in the modal and creates nothing", async () => {
    const { view } = await openWithCommand(USERS.anna);
    const before = await activities();
    const empty = await sendSigned(h.eventsUrl, interactionRequest(submitted(USERS.anna.id, view, {})));
    expect(JSON.parse(empty.text)).toEqual({
      response_action: "errors",
      errors: { title: "Skriv en titel.", principle: "Välj en princip.", party: "Välj en part." },
    });
    const long = await sendSigned(
      h.eventsUrl,
      interactionRequest(
        submitted(USERS.anna.id, view, { title: "x".repeat(501), principle: "dialog", party: "stad" }),
      ),
    );
    expect(JSON.parse(long.text)).toEqual({
      response_action: "errors",
      errors: { title: "Högst 500 tecken." },
    });
    const blank = await sendSigned(
      h.eventsUrl,
      interactionRequest(submitted(USERS.anna.id, view, { title: "   ", principle: "dialog", party: "nej" })),
    );
    expect(JSON.parse(blank.text).errors).toEqual({ title: "Skriv en titel.", party: "Välj en part." });
    expect(await activities()).toBe(before);
  });

  it("creates the activity with the next free number, records it, answers the person and tells the channel", async () => {
    const { view, responseId } = await openWithCommand(USERS.anna);
    const next = (await lastNumber()) + 1;
    const principle = view.blocks[1]?.element.options?.[0];
    const posted = h.fake.callsTo("chat.postMessage").length;
    const submission = submitted(USERS.anna.id, view, {
      title: "Träffar om föreningslokaler",
      principle: principle?.value ?? "",
      party: "civilsamhalle",
      deadline: "2027-03-15",
      responsibleOrg: "Kulturförvaltningen",
      description: "Inventera lokalerna\noch boka en första träff.",
    });
    // Delivered twice (Slack retries): one activity.
    const [first, second] = await Promise.all([
      sendSigned(h.eventsUrl, interactionRequest(submission)),
      sendSigned(h.eventsUrl, interactionRequest(submission)),
    ]);
    expect([first.status, second.status, first.text]).toEqual([200, 200, ""]);
    const [answer] = await h.fake.waitForResponse(responseId);
    expect(textOf(answer?.body.blocks)).toContain(
      `Aktivitet ${next}, ”Träffar om föreningslokaler”, finns nu i planen.`,
    );
    expect(textOf(answer?.body.blocks)).toContain("Anna Fogel: lade till aktiviteten");
    expect(answer?.body.response_type).toBe("ephemeral");
    const created = await h.db.prisma.activity.findFirstOrThrow({
      where: { number: next, plan: { active: true } },
      include: { principle: true, changes: true },
    });
    expect(created).toMatchObject({
      title: "Träffar om föreningslokaler",
      party: "civilsamhalle",
      responsibleOrg: "Kulturförvaltningen",
      description: "Inventera lokalerna\noch boka en första träff.",
    });
    expect(created.principle?.name).toBe(principle?.text.text);
    expect(created.dueDate?.toISOString().slice(0, 10)).toBe("2027-03-15");
    expect(created.changes.map((c) => [c.field, c.newValue, c.source])).toEqual([
      ["created", "Träffar om föreningslokaler", "slack"],
    ]);
    const announced = await h.fake.waitForCall("chat.postMessage", posted + 1);
    expect(String(announced[posted]?.args.text)).toContain(
      `${next}. Träffar om föreningslokaler – ny aktivitet (Anna Fogel)`,
    );
    await new Promise((r) => setTimeout(r, 100));
    expect(await lastNumber()).toBe(next);
  });

  it("opens from the Ny aktivitet button when the command's trigger had expired", async () => {
    h.fake.script("views.open", { body: { ok: false, error: "expired_trigger_id" } });
    const { body } = await sendLok(h, "ny aktivitet", USERS.anna);
    expect(textOf(body.blocks)).toContain("För en ny aktivitet behöver jag en titel, en princip och en part");
    const opened = h.fake.callsTo("views.open").length;
    const triggerId = nextId("trig.");
    await sendSigned(
      h.eventsUrl,
      interactionRequest(
        messageBlockActions({
          userId: USERS.anna.id,
          button: button(body.blocks, "Ny aktivitet"),
          messageTs: "1700000000.000901",
          ephemeral: true,
          responseUrl: h.fake.responseUrl(nextId("btn")),
          triggerId,
        }),
      ),
    );
    const calls = await h.fake.waitForCall("views.open", opened + 1);
    expect(calls[opened]?.args.trigger_id).toBe(triggerId);
    expect((calls[opened]?.args.view as View | undefined)?.callback_id).toBe("lok:activity_modal");
  });

  it("offers Ny aktivitet in a samordnare's App Home, and answers a submission from there in a direct message", async () => {
    const home = async (user: { id: string }) => {
      const published = h.fake.callsTo("views.publish").length;
      await sendSigned(h.eventsUrl, eventRequest(appHomeOpened(user.id)));
      const calls = await h.fake.waitForCall("views.publish", published + 1);
      return (calls[published]?.args.view as { blocks: unknown[] } | undefined)?.blocks ?? [];
    };
    await expect(home(USERS.tina).then((b) => button(b, "Ny aktivitet"))).rejects.toThrow();
    const blocks = await home(USERS.anna);
    const opened = h.fake.callsTo("views.open").length;
    await sendSigned(
      h.eventsUrl,
      interactionRequest(
        homeBlockActions({
          userId: USERS.anna.id,
          button: button(blocks, "Ny aktivitet"),
          viewId: "VHOME9",
          viewHash: "hash-9",
        }),
      ),
    );
    const calls = await h.fake.waitForCall("views.open", opened + 1);
    const view = calls[opened]?.args.view as View;
    expect(JSON.parse(view.private_metadata)).toMatchObject({ home: true });
    const next = (await lastNumber()) + 1;
    const posted = h.fake.callsTo("chat.postMessage").length;
    await sendSigned(
      h.eventsUrl,
      interactionRequest(
        submitted(USERS.anna.id, view, { title: "Från hemfliken", principle: "dialog", party: "stad" }),
      ),
    );
    const posts = await h.fake.waitForCall("chat.postMessage", posted + 2);
    const direct = posts.slice(posted).find((c) => c.args.channel === USERS.anna.id);
    expect(textOf(direct?.args.blocks)).toContain(`Aktivitet ${next}, ”Från hemfliken”, finns nu i planen.`);
  });

  it("refuses a medlem politely, naming the samordnare, and opens nothing", async () => {
    const opened = h.fake.callsTo("views.open").length;
    const { body } = await sendLok(h, "ny aktivitet", USERS.tina);
    expect(textOf(body.blocks)).toContain("Bara samordnare och administratörer kan lägga till aktiviteter");
    expect(textOf(body.blocks)).toContain("Anna Fogel");
    // A submission of a form she could not have opened is refused by the door too.
    const { view } = await openWithCommand(USERS.anna);
    const before = await activities();
    const responseId = nextId("cmd");
    const forged = submitted(USERS.tina.id, view, { title: "Smyg", principle: "dialog", party: "stad" });
    forged.view.private_metadata = JSON.stringify({
      ...JSON.parse(view.private_metadata),
      url: h.fake.responseUrl(responseId),
    });
    await sendSigned(h.eventsUrl, interactionRequest(forged));
    const [refusal] = await h.fake.waitForResponse(responseId);
    expect(textOf(refusal?.body.blocks)).toContain("Bara samordnare");
    expect(await activities()).toBe(before);
    expect(h.fake.callsTo("views.open").length).toBe(opened + 1);
  });
});
