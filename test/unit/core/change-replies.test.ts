// What a coordinator is told after changing a deadline: the date with its weekday, and what to know.

import { describe, expect, it } from "vitest";
import { deadlineChangedReply } from "../../../src/core/replies/change-replies.ts";
import { quietReply } from "../../../src/core/replies/settings-replies.ts";
import type { ActivityView } from "../../../src/core/reply.ts";
import { renderText } from "../../../src/platforms/console/render-text.ts";
import { sv } from "../../../src/texts/sv.ts";

const view = (dueDate: string, overdue = false): ActivityView => ({
  id: 1,
  number: 13,
  title: "Se över föreningsregistret",
  status: "pagar",
  dueDate,
  overdue,
  pastDeadline: overdue,
  owners: [],
  planName: "Handlingsplan 2017–2018",
  party: "gemensamt",
  updates: [],
});

describe("deadlineChangedReply", () => {
  it("gives the new date with its weekday, and the old one", () => {
    const text = renderText(deadlineChangedReply(sv, view("2027-03-19"), { previous: "2017-12-15" }));
    expect(text).toContain("Ny deadline för aktivitet 13: fredag 19 mars 2027 (tidigare 15 dec 2017).");
  });

  it("warns when the Friday of a week typed as v52 is a public holiday, and suggests the working day before", () => {
    const text = renderText(deadlineChangedReply(sv, view("2026-12-25"), { byWeek: true }));
    expect(text).toContain("Fredagen i vecka 52 är juldagen");
    expect(text).toContain("onsdag 23 dec 2026");
    expect(text).toContain("skriver du deadline 13 2026-12-23.");
    // Långfredagen 2027 is the Friday of week 12.
    expect(renderText(deadlineChangedReply(sv, view("2027-03-26"), { byWeek: true }))).toContain(
      "Fredagen i vecka 12 är långfredagen",
    );
  });

  it("says nothing about holidays for a working Friday, or for a date typed as a date", () => {
    expect(renderText(deadlineChangedReply(sv, view("2027-03-19"), { byWeek: true }))).not.toContain(
      "Fredagen",
    );
    expect(renderText(deadlineChangedReply(sv, view("2026-12-25"), {}))).not.toContain("Fredagen");
  });

  it("says that a deadline keeps no time of day", () => {
    const text = renderText(
      deadlineChangedReply(sv, view("2027-03-15"), { droppedTime: { start: "12:00" } }),
    );
    expect(text).toContain("En deadline gäller hela dagen, så klockslaget kl. 12:00 sparades inte.");
    const span = renderText(
      deadlineChangedReply(sv, view("2027-03-15"), { droppedTime: { start: "09:00", end: "11:00" } }),
    );
    expect(span).toContain("kl. 09:00–11:00");
  });

  it("says a date that has passed makes the activity overdue", () => {
    expect(renderText(deadlineChangedReply(sv, view("2027-03-09", true), {}))).toContain(
      "räknas som försenad",
    );
  });
});

describe("quietReply", () => {
  it("says that a pause lasts whole days when a time was typed", () => {
    const text = renderText(quietReply(sv, "2027-08-15", { start: "12:00" }));
    expect(text).toContain("till och med söndag 15 aug 2027");
    expect(text).toContain("Pausen gäller hela dagar, så klockslaget kl. 12:00 sparades inte.");
  });
});

describe("welcome", () => {
  it("says in the demo group that the dates are the demo's, and nowhere else", async () => {
    const { welcomeReply, consoleWelcomeReply } = await import("../../../src/core/replies/welcome-reply.ts");
    expect(renderText(welcomeReply(sv, "channel", "Samverkansrådet Örebro", { demo: true }))).toContain(
      "datumen är demons egna",
    );
    expect(renderText(welcomeReply(sv, "personal", undefined, { demo: true }))).toContain(
      "datumen är demons egna",
    );
    expect(renderText(welcomeReply(sv, "channel", "Samverkansgruppen Västerås"))).not.toContain("demo");
    const greeting = consoleWelcomeReply(sv, {
      groupName: "G",
      actorName: "Tina Modin",
      role: "medlem",
      demo: false,
    });
    expect(renderText(greeting)).toContain("Du skriver som Tina Modin (medlem).");
    expect(renderText(greeting)).not.toContain("demo");
  });
});
