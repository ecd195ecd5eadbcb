// The announcer's pace and merging, with the clock and timers in the test's hands.
import { ErrorCode } from "@slack/web-api";
import { pino } from "pino";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  type AnnouncementSource,
  composeMessage,
  createAnnouncer,
  MAX_LINES,
} from "../../../../src/platforms/slack/announcer.ts";
import { en } from "../../../../src/texts/en.ts";

const logger = pino({ level: "silent" });
const source = (userId: string, channelId = "C1"): AnnouncementSource => ({
  teamId: "T1",
  userId,
  channelId,
  responseUrl: `https://hooks.slack.test/${userId}`,
});

function harness(answer: (channel: string, text: string) => Promise<void> = async () => {}) {
  const posts: { channel: string; text: string; at: number }[] = [];
  const gone: AnnouncementSource[][] = [];
  const announcer = createAnnouncer({
    post: async (channel, text) => {
      posts.push({ channel, text, at: Date.now() });
      await answer(channel, text);
    },
    channelGone: async (sources) => {
      gone.push(sources);
    },
    logger,
    intervalMs: 1000,
  });
  return { announcer, posts, gone };
}

const rateLimited = (seconds: number) =>
  Object.assign(new Error("rate limited"), { code: ErrorCode.RateLimitedError, retryAfter: seconds });
const platformError = (error: string) =>
  Object.assign(new Error(error), { code: ErrorCode.PlatformError, data: { ok: false, error } });

describe("announcer", () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: new Date("2026-11-23T09:00:00Z") });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("posts a lone line at once", async () => {
    const { announcer, posts } = harness();
    announcer.add(source("U1"), "✅ 13. Föreningsregistret – klar (Tina Modin)");
    await vi.advanceTimersByTimeAsync(0);
    expect(posts).toEqual([
      { channel: "C1", text: "✅ 13. Föreningsregistret – klar (Tina Modin)", at: Date.now() },
    ]);
  });

  it("gathers the lines of a burst into one message a second per channel, in order", async () => {
    const { announcer, posts } = harness();
    announcer.add(source("U1"), "rad 1");
    announcer.add(source("U2"), "rad 2");
    announcer.add(source("U3"), "rad 3");
    announcer.add(source("U4", "C2"), "annan kanal");
    await vi.advanceTimersByTimeAsync(0);
    expect(posts.map((p) => [p.channel, p.text])).toEqual([
      ["C1", "rad 1"],
      ["C2", "annan kanal"],
    ]);
    await vi.advanceTimersByTimeAsync(999);
    expect(posts).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(posts.map((p) => [p.channel, p.text])).toEqual([
      ["C1", "rad 1"],
      ["C2", "annan kanal"],
      ["C1", "rad 2\nrad 3"],
    ]);
    expect((posts[2]?.at ?? 0) - (posts[0]?.at ?? 0)).toBe(1000);
    // Quiet again for a second: the next line goes at once.
    await vi.advanceTimersByTimeAsync(1000);
    announcer.add(source("U1"), "rad 4");
    await vi.advanceTimersByTimeAsync(0);
    expect(posts.at(-1)?.text).toBe("rad 4");
  });

  it("writes out the first lines of a large burst and counts the rest", () => {
    const lines = Array.from({ length: MAX_LINES + 7 }, (_, i) => `rad ${i + 1}`);
    const text = composeMessage(lines).split("\n");
    expect(text).toHaveLength(MAX_LINES + 1);
    expect(text[MAX_LINES - 1]).toBe(`rad ${MAX_LINES}`);
    expect(text[MAX_LINES]).toBe("…och 7 ändringar till. Skriv `lista` för att se läget.");
    expect(composeMessage(["a", "b"])).toBe("a\nb");
    expect(
      composeMessage([...Array(MAX_LINES).fill("x"), "y"])
        .split("\n")
        .at(-1),
    ).toBe("…och 1 ändring till. Skriv `lista` för att se läget.");
    // An English group's channel gets the count in English.
    expect(composeMessage(lines, en).split("\n")[MAX_LINES]).toBe(
      "…and 7 more changes. Write `list` to see where things stand.",
    );
  });

  it("keeps a message under Slack's text limit however long the lines are", () => {
    const long = "å".repeat(1400);
    const text = composeMessage([long, long, long, long]);
    expect(text.length).toBeLessThanOrEqual(3000);
    expect(text.endsWith("…och 2 ändringar till. Skriv `lista` för att se läget.")).toBe(true);
  });

  it("tries a rate-limited message once more after Retry-After, with the lines that came meanwhile", async () => {
    let refuse = true;
    const { announcer, posts } = harness(async () => {
      if (refuse) {
        refuse = false;
        throw rateLimited(5);
      }
    });
    announcer.add(source("U1"), "rad 1");
    await vi.advanceTimersByTimeAsync(0);
    announcer.add(source("U2"), "rad 2");
    await vi.advanceTimersByTimeAsync(4999);
    expect(posts).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(posts.map((p) => p.text)).toEqual(["rad 1", "rad 1\nrad 2"]);
  });

  it("gives a message up after a second 429, and goes on with the next lines", async () => {
    let refusals = 2;
    const { announcer, posts } = harness(async () => {
      if (refusals-- > 0) throw rateLimited(2);
    });
    announcer.add(source("U1"), "rad 1");
    await vi.advanceTimersByTimeAsync(2000);
    expect(posts.map((p) => p.text)).toEqual(["rad 1", "rad 1"]);
    await vi.advanceTimersByTimeAsync(5000);
    announcer.add(source("U1"), "rad 2");
    await vi.advanceTimersByTimeAsync(0);
    expect(posts.map((p) => p.text)).toEqual(["rad 1", "rad 1", "rad 2"]);
  });

  it("tells each person whose line could not be posted once, when the bot cannot write in the channel", async () => {
    let refuse = false;
    const { announcer, gone, posts } = harness(async () => {
      if (refuse) throw platformError("not_in_channel");
    });
    announcer.add(source("U1"), "rad 1");
    await vi.advanceTimersByTimeAsync(0);
    refuse = true;
    announcer.add(source("U2"), "rad 2");
    announcer.add(source("U3"), "rad 3");
    announcer.add(source("U2"), "rad 4");
    await vi.advanceTimersByTimeAsync(1000);
    expect(posts).toHaveLength(2);
    expect(gone).toHaveLength(1);
    expect(gone[0]?.map((s) => s.userId)).toEqual(["U2", "U3"]);
  });

  it("logs a failure while telling people, and goes on with the channel's next lines", async () => {
    const posts: string[] = [];
    const errors: unknown[] = [];
    let refuse = true;
    const announcer = createAnnouncer({
      post: async (_channel, text) => {
        posts.push(text);
        if (refuse) throw platformError("is_archived");
      },
      channelGone: async () => {
        throw new Error("response_url unreachable");
      },
      logger: Object.assign(pino({ level: "silent" }), {
        error: (entry: unknown) => errors.push(entry),
      }) as unknown as typeof logger,
      intervalMs: 1000,
    });
    announcer.add(source("U1"), "rad 1");
    await vi.advanceTimersByTimeAsync(0);
    expect(errors).toHaveLength(1);
    refuse = false;
    announcer.add(source("U1"), "rad 2");
    await vi.advanceTimersByTimeAsync(1000);
    expect(posts).toEqual(["rad 1", "rad 2"]);
  });

  it("sends what is queued at once when flushed (on stop), without waiting for the pace", async () => {
    const { announcer, posts } = harness();
    announcer.add(source("U1"), "rad 1");
    announcer.add(source("U2"), "rad 2");
    await vi.advanceTimersByTimeAsync(0);
    expect(posts).toHaveLength(1);
    await announcer.flush();
    expect(posts.map((p) => p.text)).toEqual(["rad 1", "rad 2"]);
    expect(vi.getTimerCount()).toBe(0);
  });
});
