import { describe, expect, it } from "vitest";
import { pressKey, pressLine, readCardPress } from "../../../../src/platforms/teams/card-action-data.ts";
import { deliveryFailure, retryAfterMs } from "../../../../src/platforms/teams/delivery-error.ts";
import { commandText } from "../../../../src/platforms/teams/incoming-message.ts";

describe("card presses", () => {
  it("reads the button's data and the comment input, and refuses anything else", () => {
    expect(readCardPress({ lok: "run", line: "status 13 klar", card: "c", comment: "  ok " })).toEqual({
      data: { lok: "run", line: "status 13 klar", card: "c" },
      comment: "ok",
    });
    expect(readCardPress({ lok: "run", line: "status 13 klar" })).toBeUndefined();
    expect(readCardPress({ action: "x" })).toBeUndefined();
    expect(readCardPress(undefined)).toBeUndefined();
  });

  it("appends a comment to a status, and Kommentera keeps the status the card showed", () => {
    const run = readCardPress({ lok: "run", line: "status 13 klar", card: "c", comment: "Klart!" });
    expect(run && pressLine(run)).toBe("status 13 klar Klart!");
    const comment = readCardPress({
      lok: "comment",
      number: 13,
      status: "pagar",
      card: "c",
      comment: "Snart",
    });
    expect(comment && pressLine(comment)).toBe("status 13 pågår Snart");
    const empty = readCardPress({ lok: "comment", number: 13, status: "pagar", card: "c" });
    expect(empty && pressLine(empty)).toBeUndefined();
  });

  it("keys a press by card, person and what it says", () => {
    const press = readCardPress({ lok: "run", line: "status 13 klar", card: "c" });
    if (!press) throw new Error("no press");
    const key = pressKey(press, "29:a", "status 13 klar");
    expect(pressKey(press, "29:a", "status 13 klar")).toBe(key);
    expect(pressKey(press, "29:b", "status 13 klar")).not.toBe(key);
    expect(pressKey(press, "29:a", "status 13 klar x")).not.toBe(key);
    expect(pressKey({ ...press, data: { ...press.data, card: "d" } }, "29:a", "status 13 klar")).not.toBe(
      key,
    );
  });
});

describe("mentions", () => {
  const activity = (text: string, entities: unknown[] = []) =>
    ({ type: "message", text, entities, recipient: { id: "28:bot", name: "LÖK" } }) as never;

  it("removes the bot's own mention wherever it is and keeps other people's names", () => {
    const text = "ansvarig 13 <at>Tina Modin</at> <at>LÖK</at>";
    const entities = [
      { type: "mention", text: "<at>LÖK</at>", mentioned: { id: "28:bot", name: "LÖK" } },
      { type: "mention", text: "<at>Tina Modin</at>", mentioned: { id: "29:tina", name: "Tina Modin" } },
    ];
    expect(commandText(activity(text, entities))).toBe("ansvarig 13 Tina Modin");
  });

  it("unescapes what Teams escapes, so the text is stored as typed", () => {
    expect(commandText(activity("status 1 klar &lt;b&gt; &amp;"))).toBe("status 1 klar <b> &");
  });
});

describe("delivery failures", () => {
  const now = new Date("2026-11-23T09:00:00Z");
  const failure = (status: number, headers: Record<string, string> = {}) => ({
    message: `HTTP ${status}`,
    response: { status, headers },
  });

  it("reads Retry-After as seconds or as a date", () => {
    expect(retryAfterMs("3", now)).toBe(3000);
    expect(retryAfterMs("Mon, 23 Nov 2026 09:00:30 GMT", now)).toBe(30_000);
    expect(retryAfterMs("soon", now)).toBeUndefined();
  });

  it("maps statuses to what the outbox should do", () => {
    expect(deliveryFailure(failure(403), now)).toMatchObject({ permanent: true, deactivateBinding: true });
    expect(deliveryFailure(failure(404), now)).toMatchObject({ permanent: true, deactivateBinding: true });
    expect(deliveryFailure(failure(429, { "retry-after": "2" }), now)).toMatchObject({
      permanent: false,
      retryAfterMs: 2000,
    });
    expect(deliveryFailure(failure(503), now)).toMatchObject({ permanent: false });
    expect(deliveryFailure(failure(400), now)).toMatchObject({ permanent: true });
    expect(deliveryFailure(new Error("ECONNREFUSED"), now)).toMatchObject({ permanent: false });
  });
});
