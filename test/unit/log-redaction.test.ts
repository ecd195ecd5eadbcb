// Secrets and e-mail addresses in the shapes Slack and its SDK put them in log lines, and in
// structured fields and errors logged through the process's logger.
import { describe, expect, it } from "vitest";
import { scrubLogText } from "../../src/log-redaction.ts";
import { createLogger } from "../../src/logger.ts";
import { boltLogger } from "../../src/platforms/slack/bolt-logger.ts";
import { captureLog } from "../support/log-capture.ts";

describe("scrubLogText", () => {
  it.each([
    [
      "a response_url in JSON, with Slack's escaped slashes",
      String.raw`{"response_url":"https:\/\/hooks.slack.com\/commands\/T1\/1234\/abcd"}`,
    ],
    [
      "a response_url in JSON nested in a string",
      String.raw`{"private_metadata":"{\"url\":\"https://hooks.slack.com/actions/T1/9/zz\"}"}`,
    ],
    [
      "a response_url in a form body",
      "token=x&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1%2F1%2Fab&text=hej",
    ],
    ["a response_url on its own", "posting to https://hooks.slack.com/commands/T1/1234/abcd failed"],
    [
      "the Socket Mode URL",
      String.raw`{"ok":true,"url":"wss:\/\/wss-primary.slack.com\/link\/?ticket=abcd-1234&app_id=A1"}`,
    ],
    [
      "a Socket Mode URL in text",
      "connecting to wss://wss-primary.slack.com/link/?ticket=abcd-1234&app_id=A1",
    ],
    ["an upload URL", "http request url: https://files.slack.com/upload/v1/CwABAAAAXgoAAZ"],
    ["a bot token", "token xoxb-1234-5678-abcdEFGH"],
    ["an app token", "xapp-1-A0LOK-1234-abcd"],
    ["a bearer credential", 'headers {"Authorization":"Bearer eyJhbGciOi.J9.abc"}'],
    ["an e-mail address", `{"profile":{"email":"anna.fogel@orebro.se"}}`],
  ])("censors %s", (_what, line) => {
    const scrubbed = scrubLogText(line);
    for (const secret of [
      "hooks.slack.com/",
      "abcd",
      "ticket=abcd",
      "CwABAAAAXgoAAZ",
      "xoxb-",
      "xapp-",
      "eyJhbGciOi",
      "anna.fogel@orebro.se",
    ])
      expect(scrubbed).not.toContain(secret);
  });

  it("censors known secrets by value", () => {
    expect(
      scrubLogText("secret 8f742231b10e8888abcd99yyyzzz85a5 here", ["8f742231b10e8888abcd99yyyzzz85a5"]),
    ).toBe("secret [hemlig] here");
  });

  it("leaves what is useful alone", () => {
    for (const line of [
      "apiCall('users.info') start",
      "http request url: https://slack.com/api/chat.postMessage",
      "PostgreSQL 127.0.0.1:5432/test schema public",
      "postgresql://postgres@127.0.0.1:5432/test",
      '{"path":"/slack/events","status":413}',
    ])
      expect(scrubLogText(line)).toBe(line);
  });
});

describe("the process's logger", () => {
  it("censors secret fields, at the top and one level down, at every level", () => {
    const log = captureLog();
    const logger = createLogger("trace", log);
    logger.trace({ email: "a@orebro.se", identity: { email: "b@orebro.se", name: "Anna" } }, "who");
    logger.error(
      { target: { responseUrl: "https://hooks.slack.com/x" }, config: { botToken: "t0" } },
      "where",
    );
    const [who, where] = log.lines();
    expect(who).toMatchObject({ email: "[hemlig]", identity: { email: "[hemlig]", name: "Anna" } });
    expect(where).toMatchObject({ target: { responseUrl: "[hemlig]" }, config: { botToken: "[hemlig]" } });
  });

  it("scrubs messages and errors", () => {
    const log = captureLog();
    const logger = createLogger("info", log);
    logger.warn("no user anna.fogel@orebro.se");
    logger.error(
      { err: new Error("fetch https://hooks.slack.com/commands/T1/2/c failed for anna@orebro.se") },
      "x",
    );
    const text = log.text();
    expect(text).not.toContain("orebro.se");
    expect(text).not.toContain("hooks.slack.com/commands");
    expect(log.lines()[1]?.err).toMatchObject({ type: "Error" });
  });

  it("scrubs Bolt's lines, and the configured secrets by value", () => {
    const log = captureLog();
    boltLogger(createLogger("debug", log), ["s3cr3t-signing"]).debug("verify with", "s3cr3t-signing", {
      user: { profile: { email: "tina@example.org" } },
    });
    expect(log.lines()[0]?.msg).toBe('verify with [hemlig] {"user":{"profile":{"email":"[e-post]"}}}');
  });
});
