// `protokoll fil` through Bolt's real HTTP receiver: the minutes of the latest meeting are uploaded to
// the channel as a Word document and as Markdown, and a medlem who is not the note taker gets neither.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { textOf } from "../../support/slack-blocks.ts";
import { type SlackHarness, sendLok, slackHarness, USERS } from "../../support/slack-harness.ts";
import { CHANNEL } from "../../support/slack-payloads.ts";

describe("the minutes as files in Slack", () => {
  let h: SlackHarness;
  beforeAll(async () => {
    h = await slackHarness();
    const { body } = await sendLok(h, "koppla", USERS.admin);
    expect(textOf(body.blocks)).toContain("Den här kanalen är nu kopplad till Samverkansrådet");
  });
  afterAll(async () => {
    await h?.close();
  });

  it("refuses a medlem who is not the note taker, and uploads nothing", async () => {
    const { body } = await sendLok(h, "protokoll fil", USERS.tina);
    expect(textOf(body.blocks)).toContain("Bara samordnare och protokollföraren");
    expect(h.fake.callsTo("files.getUploadURLExternal")).toHaveLength(0);
  });

  it("uploads the latest meeting's minutes as .docx and .md to the channel", async () => {
    await sendLok(h, "närvarande Helena Astvald, Tina Modin", USERS.anna);
    const { body } = await sendLok(h, "protokoll fil", USERS.anna);
    expect(textOf(body.blocks)).toContain("Närvarande: Helena Astvald, Tina Modin");
    const completes = await h.fake.waitForCall("files.completeUploadExternal", 2);
    expect(completes.map((c) => c.args.channel_id)).toEqual([CHANNEL, CHANNEL]);
    const names = h.fake.callsTo("files.getUploadURLExternal").map((c) => String(c.args.filename));
    expect(names[0]).toMatch(/^minnesanteckningar-samverkansradet-\d{4}-\d{2}-\d{2}\.docx$/);
    expect(names[1]).toMatch(/^minnesanteckningar-samverkansradet-\d{4}-\d{2}-\d{2}\.md$/);
    const [docx, md] = h.fake.uploads.slice(-2);
    expect(docx?.bytes.subarray(0, 2).toString()).toBe("PK");
    // Markdown's own punctuation in the text is escaped, so "(utkast)" reads as written.
    expect(md?.bytes.toString("utf8").split("\n").slice(0, 3)).toEqual([
      "# Minnesanteckning \\(utkast\\)",
      "",
      expect.stringMatching(/^## Samverkansrådet \d{4}-\d{2}-\d{2}$/),
    ]);
    expect(md?.bytes.toString("utf8")).toContain("**Närvarande:** Helena Astvald, Tina Modin");
  });
});
