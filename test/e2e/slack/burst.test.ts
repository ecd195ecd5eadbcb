// Many `/lok` at once: commands beyond the gate's limit are acked at once, empty, and answered
// through response_url; every update is stored once.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bindChannel } from "../../../src/services/channels.ts";
import { findGroup } from "../../../src/services/groups.ts";
import { type SlackHarness, slackHarness, USERS } from "../../support/slack-harness.ts";
import { CHANNEL, nextId, slashCommand, TEAM } from "../../support/slack-payloads.ts";
import { sendSigned, slashCommandRequest } from "../../support/slack-requests.ts";

describe("a burst of /lok", () => {
  let h: SlackHarness;

  beforeAll(async () => {
    h = await slackHarness({ concurrency: 2 });
    await bindChannel(
      h.db.prisma,
      { platform: "slack", workspaceId: TEAM, channelId: CHANNEL },
      await findGroup(h.db.prisma),
    );
    // Tina is known (looked up once), so her commands could be answered in the ack.
    const id = nextId("warm");
    const warm = slashCommandRequest(
      slashCommand({ text: "visa 1", userId: USERS.tina.id, responseUrl: h.fake.responseUrl(id) }),
    );
    await sendSigned(h.eventsUrl, warm);
    await h.fake.waitForResponse(id);
  });
  afterAll(() => h?.close());

  it("acks the commands that must wait without waiting, and answers all of them", async () => {
    // The database is busy for a while (another process's long transaction holds it).
    let holding!: () => void;
    const held = new Promise<void>((resolve) => {
      holding = resolve;
    });
    const hold = h.db.prisma.$transaction(
      async (tx) => {
        await tx.group.count();
        holding();
        await new Promise((resolve) => setTimeout(resolve, 2_500));
      },
      { timeout: 20_000 },
    );
    await held;
    const ids = Array.from({ length: 20 }, () => nextId("burst"));
    const acks = await Promise.all(
      ids.map((id, i) =>
        sendSigned(
          h.eventsUrl,
          slashCommandRequest(
            slashCommand({
              text: `status ${(i % 14) + 1} pågår skur ${i}`,
              userId: USERS.tina.id,
              responseUrl: h.fake.responseUrl(id),
            }),
          ),
        ),
      ),
    );
    expect(acks.every((a) => a.status === 200 && a.text === "")).toBe(true);
    // Two places, and those two wait for the ack budget (1 s); the eighteen behind them are acked at once.
    const quick = acks.filter((a) => a.elapsedMs < 500);
    expect(quick.length).toBeGreaterThanOrEqual(18);
    await hold;
    for (const id of ids) await h.fake.waitForResponse(id);
    const stored = await h.db.prisma.statusUpdate.count({ where: { comment: { startsWith: "skur " } } });
    expect(stored).toBe(20);
  });
});
