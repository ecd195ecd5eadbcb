// The Block Kit renderer: escaping, Slack's limits, paging, and the version carried by buttons.

import { describe, expect, it } from "vitest";
import { activityReply, statusChangedReply } from "../../../../src/core/replies/activity-replies.ts";
import { listReply } from "../../../../src/core/replies/list-replies.ts";
import type { ActivitySummary, ActivityView, Reply } from "../../../../src/core/reply.ts";
import { decodeButtonValue, decodePageValue } from "../../../../src/platforms/slack/action-ids.ts";
import { homeView } from "../../../../src/platforms/slack/app-home.ts";
import { escapeMrkdwn, truncate, unescapeSlackText } from "../../../../src/platforms/slack/mrkdwn.ts";
import { renderBlocks, renderMessage } from "../../../../src/platforms/slack/render-blocks.ts";
import { statusModal } from "../../../../src/platforms/slack/status-modal.ts";
import { sv } from "../../../../src/texts/sv.ts";
import { homeView as homeViewSchema, messageBlocks, modalView } from "../../../support/slack-block-schema.ts";
import { buttonsIn, textOf } from "../../../support/slack-blocks.ts";

const summary = (number: number, title = `Aktivitet nummer ${number}`): ActivitySummary => ({
  id: number,
  number,
  title,
  status: "ej_paborjad",
  overdue: number % 3 === 0,
  owners: ["Anna Fogel"],
});

const view = (overrides: Partial<ActivityView> = {}): ActivityView => ({
  ...summary(13, "Se över föreningsregistret"),
  planName: "Handlingsplan 2017–2018",
  party: "stad",
  updates: [],
  ...overrides,
});

describe("escaping", () => {
  it("escapes &, < and > so that nothing in user text pings, mentions or links", () => {
    expect(escapeMrkdwn("<!channel> <@U1> & <https://x|y>")).toBe(
      "&lt;!channel&gt; &lt;@U1&gt; &amp; &lt;https://x|y&gt;",
    );
  });

  it("never cuts an escape in half", () => {
    expect(truncate("abc&amp;def", 6)).toBe("abc…");
    expect(truncate("short", 10)).toBe("short");
  });

  it("decodes Slack's entities in a slash command's text, keeping mentions", () => {
    expect(unescapeSlackText("a &amp; b &lt;@U1|anna&gt;")).toBe("a & b <@U1|anna>");
  });

  it("escapes titles and comments everywhere they are shown", () => {
    const evil = view({
      title: "Titel <!everyone> & mer",
      updates: [
        {
          status: "pagar",
          comment: "<https://evil|klicka>",
          at: "2026-11-23T09:00:00Z",
          atLocal: "2026-11-23 10:00",
        },
      ],
    });
    const reply = statusChangedReply(sv, {
      activity: evil,
      previous: "ej_paborjad",
      by: "Tina <@U2>",
      comment: "<!here>",
      duplicate: false,
    });
    const { text, blocks } = renderMessage(reply);
    const all = `${text}\n${textOf(blocks)}`;
    expect(all).not.toMatch(/<[!@h]/);
    expect(all).toContain("Titel &lt;!everyone&gt; &amp; mer");
    expect(all).toContain("&lt;https://evil|klicka&gt;");
  });
});

describe("limits and paging", () => {
  it("keeps a card within the limits and carries the activity's version in its buttons", () => {
    const blocks = renderBlocks(
      activityReply(
        sv,
        view({ updates: [{ status: "pagar", at: "2026-11-23T09:00:00.000Z", atLocal: "x" }] }),
      ),
      {
        maxBlocks: 50,
      },
    );
    messageBlocks.parse(blocks);
    const values = buttonsIn(blocks).map((b) => decodeButtonValue(b.value));
    // The card's activity rides along, so that a card of an earlier plan changes nothing.
    const activity = view().id;
    expect(values.map((v) => v?.action)).toEqual([
      { kind: "set_status", number: 13, status: "klar", activity },
      { kind: "set_status", number: 13, status: "pagar", activity },
      { kind: "set_status", number: 13, status: "forsenad", activity },
      { kind: "status_form", number: 13, status: "ej_paborjad" },
    ]);
    expect(values[0]?.version).toBe("ej_paborjad@2026-11-23T09:00:00.000Z");
  });

  it("cuts a 3,000-character section and a 150-character header", () => {
    const long: Reply = {
      tone: "info",
      visibility: "ephemeral",
      blocks: [
        { type: "heading", text: "R".repeat(400) },
        { type: "text", text: "&".repeat(2500) },
        { type: "bullets", items: Array.from({ length: 40 }, (_, i) => `${i} ${"x".repeat(300)}`) },
      ],
    };
    messageBlocks.parse(renderBlocks(long, { maxBlocks: 50 }));
  });

  it("pages a long list with a Visa fler button that draws the next page", () => {
    const items = Array.from({ length: 120 }, (_, i) => summary(i + 1, `Titel ${"y".repeat(200)}`));
    const reply = listReply(sv, { type: "all" }, "Planen", items);
    const lista = { kind: "list" as const, filter: { type: "all" as const } };
    const first = renderBlocks(reply, { maxBlocks: 50, pager: { kind: "command", command: lista } });
    messageBlocks.parse(first);
    expect(first).toHaveLength(50);
    const more = buttonsIn(first).find((b) => b.text.text === "Visa fler");
    expect(decodePageValue(more?.value)).toEqual({
      kind: "action",
      action: { kind: "page", command: lista, page: 1 },
    });
    const last = renderBlocks(reply, { maxBlocks: 50, pager: { kind: "command", command: lista }, page: 2 });
    messageBlocks.parse(last);
    expect(textOf(last)).toContain("120. Titel");
    expect(buttonsIn(last).some((b) => b.text.text === "Visa fler")).toBe(false);
  });

  it("without a way to draw the next page, says how many rows there were", () => {
    const reply = listReply(
      sv,
      { type: "all" },
      "Planen",
      Array.from({ length: 80 }, (_, i) => summary(i + 1)),
    );
    const blocks = renderBlocks(reply, { maxBlocks: 50 });
    expect(blocks).toHaveLength(49);
    expect(textOf(blocks)).toContain("Visar 1–48 av 82 rader.");
  });

  it("builds a home view and a modal within their limits", () => {
    const reply = listReply(
      sv,
      { type: "mine" },
      "Planen",
      Array.from({ length: 150 }, (_, i) => summary(i + 1)),
    );
    homeViewSchema.parse(homeView(reply));
    modalView.parse(
      statusModal({ n: 13, team: "T1", ch: "C1", url: "https://hooks.slack.com/commands/T1/1/abc" }, "pagar"),
    );
  });
});
