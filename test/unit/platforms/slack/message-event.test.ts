// Which Slack message events are a person writing to the bot, and the line the door is given.
import { describe, expect, it } from "vitest";
import { withoutBotMention, writtenToBot } from "../../../../src/platforms/slack/message-event.ts";

const BOT = "UBOT";
const dm = { type: "message", channel_type: "im", channel: "D1", user: "U1", ts: "1.1" };
const mention = { type: "app_mention", channel: "C1", user: "U1", ts: "2.2" };

describe("withoutBotMention", () => {
  it("takes the bot's mention out wherever it is, in either form, and decodes Slack's entities", () => {
    expect(withoutBotMention("<@UBOT> status 13 klar", BOT)).toBe("status 13 klar");
    expect(withoutBotMention("status 13 klar <@UBOT|lök-boten>", BOT)).toBe("status 13 klar");
    expect(withoutBotMention("<@UBOT> status 13 klar Möte &lt;3 &amp; fika", BOT)).toBe(
      "status 13 klar Möte <3 & fika",
    );
  });

  it("keeps other people's mentions, which the core reads as owners", () => {
    expect(withoutBotMention("<@UBOT> ansvarig 7 <@U0TINA>", BOT)).toBe("ansvarig 7 <@U0TINA>");
  });

  it("without the bot's id, takes out only a leading mention", () => {
    expect(withoutBotMention("<@UXYZ> ansvarig 7 <@U0TINA>", undefined)).toBe("ansvarig 7 <@U0TINA>");
  });
});

describe("writtenToBot", () => {
  it("a direct message is answered where it was written; a mention in its thread", () => {
    expect(writtenToBot({ ...dm, text: "lista" }, BOT)).toEqual({
      userId: "U1",
      channelId: "D1",
      text: "lista",
      direct: true,
    });
    expect(writtenToBot({ ...mention, text: "<@UBOT> lista" }, BOT)).toMatchObject({
      text: "lista",
      threadTs: "2.2",
      direct: false,
    });
    expect(writtenToBot({ ...mention, thread_ts: "1.0" }, BOT)?.threadTs).toBe("1.0");
  });

  it("is nothing for the bot's own messages, bots, subtypes, other channels and mentions in a direct message", () => {
    expect(writtenToBot({ ...dm, user: BOT }, BOT)).toBeUndefined();
    expect(writtenToBot({ ...dm, bot_id: "B2" }, BOT)).toBeUndefined();
    for (const subtype of [
      "bot_message",
      "message_changed",
      "message_deleted",
      "file_share",
      "thread_broadcast",
    ])
      expect(writtenToBot({ ...dm, subtype }, BOT)).toBeUndefined();
    expect(writtenToBot({ ...dm, channel_type: "channel" }, BOT)).toBeUndefined();
    expect(writtenToBot({ ...mention, channel: "D1" }, BOT)).toBeUndefined();
    expect(writtenToBot({ ...dm, user: undefined }, BOT)).toBeUndefined();
  });
});
