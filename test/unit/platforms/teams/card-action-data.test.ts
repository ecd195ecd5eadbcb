import { describe, expect, it } from "vitest";
import {
  COMMENT_INPUT_ID,
  pressKey,
  readCardPress,
} from "../../../../src/platforms/teams/card-action-data.ts";
import { deliveryFailure, retryAfterMs } from "../../../../src/platforms/teams/delivery-error.ts";
import { commandText } from "../../../../src/platforms/teams/incoming-message.ts";

describe("card presses", () => {
  const klar = { kind: "set_status", number: 13, status: "klar" };

  it("reads the button's typed action and the comment input, and refuses anything else", () => {
    expect(readCardPress({ lok: "act", a: klar, card: "c", comment: "  ok " })).toEqual({
      ok: true,
      action: { ...klar, comment: "ok" },
      card: "c",
    });
    expect(readCardPress({ lok: "act", a: klar })).toBeUndefined();
    expect(readCardPress({ lok: "act", a: { kind: "drop_tables" }, card: "c" })).toBeUndefined();
    expect(readCardPress({ lok: "run", line: "status 13 klar", card: "c" })).toBeUndefined();
    expect(readCardPress({ action: "x" })).toBeUndefined();
    expect(readCardPress(undefined)).toBeUndefined();
  });

  it("puts a comment on a status, and Kommentera keeps the status the card showed and needs a comment", () => {
    expect(readCardPress({ lok: "act", a: klar, card: "c", comment: "Klart!" })).toMatchObject({
      action: { kind: "set_status", number: 13, status: "klar", comment: "Klart!" },
    });
    const keep = { kind: "set_status", number: 13, status: "pagar" };
    expect(
      readCardPress({ lok: "act", a: keep, card: "c", needsComment: true, [COMMENT_INPUT_ID]: "Snart" }),
    ).toEqual({
      ok: true,
      action: { kind: "set_status", number: 13, status: "pagar", comment: "Snart" },
      card: "c",
    });
    const empty = readCardPress({ lok: "act", a: keep, card: "c", needsComment: true });
    expect(empty).toEqual({ ok: false, reason: "comment_missing" });
    // An English card says so, and the answer to the empty comment is English.
    expect(readCardPress({ lok: "act", a: keep, card: "c", needsComment: true, l: "en" })).toEqual({
      ok: false,
      reason: "comment_missing",
      locale: "en",
    });
  });

  it("keys a press by card, person and what it says", () => {
    const press = readCardPress({ lok: "act", a: klar, card: "c" });
    if (!press?.ok) throw new Error("no press");
    const key = pressKey(press, "29:a");
    expect(pressKey(press, "29:a")).toBe(key);
    expect(pressKey(press, "29:b")).not.toBe(key);
    expect(pressKey({ ...press, action: { ...klar, comment: "x" } as never }, "29:a")).not.toBe(key);
    expect(pressKey({ ...press, card: "d" }, "29:a")).not.toBe(key);
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
