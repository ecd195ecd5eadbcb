import { describe, expect, it } from "vitest";
import { statusChangedReply } from "../../../../src/core/replies/activity-replies.ts";
import { listReply } from "../../../../src/core/replies/list-replies.ts";
import type { ActivityView } from "../../../../src/core/reply.ts";
import { renderOutcome, renderText } from "../../../../src/platforms/console/render-text.ts";
import { sv } from "../../../../src/texts/sv.ts";

const activity: ActivityView = {
  id: 1,
  number: 13,
  title: "Se över föreningsregistret",
  status: "klar",
  dueDate: "2018-06-29",
  overdue: false,
  owners: ["Anna Fogel"],
  planName: "Handlingsplan 2017–2018",
  party: "gemensamt",
  principle: "Öppenhet",
  responsibleOrg: "Förvaltning Kultur och Fritid",
  updates: [
    {
      status: "klar",
      comment: "<b>Klart</b> @channel",
      author: "Tina Modin",
      at: "2026-11-23T09:00:00Z",
      atLocal: "2026-11-23 10:00",
    },
  ],
};

describe("console text renderer", () => {
  it("renders a status change: confirmation, card, history, quick actions and the channel line", () => {
    const reply = statusChangedReply(sv, {
      activity,
      previous: "pagar",
      by: "Tina Modin",
      comment: "<b>Klart</b> @channel",
      duplicate: false,
    });
    const text = renderText(reply);
    expect(text.split("\n")[0]).toBe("Sparat: aktivitet 13 är nu klar (var pågår).");
    expect(text).toContain("13. Se över föreningsregistret");
    expect(text).toContain("  Status: ✅ klar");
    expect(text).toContain("  Deadline: 29 juni 2018");
    expect(text).toContain("  Part: Gemensamt");
    expect(text).toContain("  • 2026-11-23 10:00 klar av Tina Modin: <b>Klart</b> @channel");
    expect(text).toContain("Snabbval: status 13 klar | status 13 pågår | status 13 försenad | status 13");
    const outcome = {
      reply,
      audience: "person" as const,
      redraw: false,
      announcements: reply.announcement ? [{ groupId: 1, text: reply.announcement.text }] : [],
    };
    expect(renderOutcome(outcome).split("\n").at(-1)).toBe(
      "[till kanalen] ✅ 13. Se över föreningsregistret – klar (Tina Modin): <b>Klart</b> @channel",
    );
  });

  it("marks errors and prints an empty list's explanation", () => {
    const text = renderText(listReply(sv, { type: "overdue" }, "Plan", []));
    expect(text).toContain("Försenade aktiviteter");
    expect(text).toContain("Inga aktiviteter är försenade.");
    expect(
      renderText({ tone: "error", visibility: "ephemeral", blocks: [{ type: "text", text: "Fel" }] }),
    ).toBe("⚠ Fel");
  });
});

describe("list counts", () => {
  const item = (number: number, overdue: boolean) => ({
    id: number,
    number,
    title: `Aktivitet ${number}`,
    status: "pagar" as const,
    overdue,
    owners: [],
  });

  it("says 1 aktivitet and 2 aktiviteter, varav 1 försenad", () => {
    expect(renderText(listReply(sv, { type: "all" }, "Plan", [item(1, false)]))).toContain(
      "1 aktivitet. Skriv",
    );
    expect(renderText(listReply(sv, { type: "all" }, "Plan", [item(1, true), item(2, false)]))).toContain(
      "2 aktiviteter, varav 1 försenad.",
    );
  });
});
