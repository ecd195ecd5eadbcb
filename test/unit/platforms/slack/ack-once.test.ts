// An interaction is acknowledged exactly once: a second ack is a bug, and it fails loudly.
import { describe, expect, it } from "vitest";
import { ackOnce } from "../../../../src/platforms/slack/ack-once.ts";

function recordingAck() {
  const bodies: unknown[] = [];
  const ack = async (body?: unknown) => {
    bodies.push(body);
  };
  return { ack, bodies };
}

describe("ackOnce", () => {
  it("passes the one ack on, with or without a body, and says that it was sent", async () => {
    const empty = recordingAck();
    const acks = ackOnce(empty.ack);
    expect(acks.sent).toBe(false);
    await acks.send();
    expect(acks.sent).toBe(true);
    expect(empty.bodies).toEqual([undefined]);

    const withBody = recordingAck();
    await ackOnce(withBody.ack).send({ text: "Klart" });
    expect(withBody.bodies).toEqual([{ text: "Klart" }]);
  });

  it("throws on a second ack and does not pass it on", async () => {
    const { ack, bodies } = recordingAck();
    const acks = ackOnce(ack);
    await acks.send({ text: "första" });
    await expect(acks.send({ text: "andra" })).rejects.toThrow("acknowledged twice");
    await expect(acks.send()).rejects.toThrow("acknowledged twice");
    expect(bodies).toEqual([{ text: "första" }]);
  });

  it("counts an ack as sent before Slack's ack has returned, so two at once are still one", async () => {
    let release: () => void = () => {};
    const calls: unknown[] = [];
    const acks = ackOnce(
      (body?: unknown) =>
        new Promise<void>((resolve) => {
          calls.push(body);
          release = resolve;
        }),
    );
    const first = acks.send();
    await expect(acks.send()).rejects.toThrow("acknowledged twice");
    release();
    await first;
    expect(calls).toHaveLength(1);
  });
});
