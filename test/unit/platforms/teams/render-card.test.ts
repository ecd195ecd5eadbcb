import { describe, expect, it } from "vitest";
import { listReply } from "../../../../src/core/replies/list-replies.ts";
import type { ActivitySummary, Reply } from "../../../../src/core/reply.ts";
import { cardBytes, renderCards, textRuns } from "../../../../src/platforms/teams/render-card.ts";
import { sv } from "../../../../src/texts/sv.ts";

const text = (card: unknown) => JSON.stringify(card);

describe("renderCards", () => {
  it("puts user text only in TextRuns, verbatim: no markdown, HTML or mention markup is interpreted", () => {
    const hostile = "**x** <b>y</b> [l](https://e.example) <at>Z</at> $" + "{a} `kod`";
    const reply: Reply = {
      tone: "info",
      visibility: "ephemeral",
      blocks: [
        { type: "heading", text: hostile },
        { type: "text", text: hostile },
        { type: "fields", fields: [{ label: "Kommentar", value: hostile }] },
        { type: "bullets", items: [hostile] },
      ],
    };
    const [card] = renderCards(reply, { cardId: "c1" });
    expect(text(card)).not.toContain(`"type":"TextBlock"`);
    expect(text(card)).not.toContain(`"type":"FactSet"`);
    const runs = text(card).match(/"TextRun"/g) ?? [];
    expect(runs.length).toBeGreaterThan(4);
    expect(text(card)).toContain(JSON.stringify(hostile.replace(" `kod`", " ")).slice(1, -1));
  });

  it("shows what the core quotes in backticks as a monospace run", () => {
    expect(textRuns("Skriv `hjälp` nu")).toEqual([
      { type: "TextRun", text: "Skriv " },
      { type: "TextRun", text: "hjälp", fontType: "Monospace" },
      { type: "TextRun", text: " nu" },
    ]);
  });

  it("splits a long list into cards that each stay under the size limit, buttons on the last", () => {
    const items: ActivitySummary[] = Array.from({ length: 600 }, (_, i) => ({
      id: i + 1,
      number: i + 1,
      title: `Aktivitet med en ganska lång titel som tar plats i kortet nummer ${i + 1}`,
      status: "pagar",
      overdue: false,
      owners: ["Anna Fogel", "Tina Modin"],
    }));
    const reply = listReply(sv, { type: "all" }, "Handlingsplan", items);
    reply.blocks.push({
      type: "actions",
      actions: [{ label: "Visa 1", action: { kind: "show", number: 1 } }],
    });
    const cards = renderCards(reply, { cardId: "c2" });
    expect(cards.length).toBeGreaterThan(1);
    for (const card of cards) expect(cardBytes(card)).toBeLessThanOrEqual(24_000);
    expect(cards.slice(0, -1).every((c) => !c.actions)).toBe(true);
    expect(cards.at(-1)?.actions).toHaveLength(1);
    expect(text(cards)).toContain("Aktivitet med en ganska lång titel som tar plats i kortet nummer 600");
    expect(text(cards[0])).toContain(`Del 1 av ${cards.length}`);
  });

  it("gives every button Action.Execute with an Action.Submit fallback carrying the same data", () => {
    const reply: Reply = {
      tone: "info",
      visibility: "ephemeral",
      blocks: [
        {
          type: "actions",
          actions: [
            { label: "Klar", action: { kind: "set_status", number: 13, status: "klar" }, style: "primary" },
          ],
        },
      ],
    };
    const [card] = renderCards(reply, { cardId: "c3" });
    expect(card?.actions?.[0]).toEqual({
      type: "Action.Execute",
      verb: "lok",
      title: "Klar",
      data: { lok: "act", a: { kind: "set_status", number: 13, status: "klar" }, card: "c3" },
      style: "positive",
      fallback: {
        type: "Action.Submit",
        title: "Klar",
        data: { lok: "act", a: { kind: "set_status", number: 13, status: "klar" }, card: "c3" },
        style: "positive",
      },
    });
  });
});
