// The app manifest: complete, and asking for exactly the scopes the code uses.
import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { z } from "zod";
import { SLACK_EVENTS_PATH } from "../../../../src/platforms/slack/index.ts";

const manifest = z.object({
  display_information: z.object({ name: z.string().min(1).max(35), description: z.string().max(140) }),
  features: z.object({
    app_home: z
      .object({
        home_tab_enabled: z.literal(true),
        messages_tab_enabled: z.boolean(),
        messages_tab_read_only_enabled: z.boolean(),
      })
      .loose(),
    bot_user: z.object({ display_name: z.string().min(1).max(80) }).loose(),
    slash_commands: z.array(
      z.object({
        command: z.string(),
        url: z.url(),
        description: z.string().min(1).max(2000),
        usage_hint: z.string().min(1).max(1000),
        should_escape: z.boolean(),
      }),
    ),
  }),
  oauth_config: z.object({ scopes: z.object({ bot: z.array(z.string()) }) }),
  settings: z
    .object({
      event_subscriptions: z.object({ request_url: z.url(), bot_events: z.array(z.string()) }),
      interactivity: z.object({ is_enabled: z.literal(true), request_url: z.url() }),
      socket_mode_enabled: z.boolean(),
    })
    .loose(),
});

describe("manifests/slack/manifest.yaml", async () => {
  const text = await readFile(new URL("../../../../manifests/slack/manifest.yaml", import.meta.url), "utf8");
  const m = manifest.parse(parse(text));

  it("has the bot user, /lok with a usage hint, App Home and interactivity on /slack/events", () => {
    expect(m.features.slash_commands.map((c) => c.command)).toEqual(["/lok"]);
    expect(m.features.slash_commands[0]?.usage_hint).toContain("status 13 klar");
    for (const url of [
      m.features.slash_commands[0]?.url,
      m.settings.event_subscriptions.request_url,
      m.settings.interactivity.request_url,
    ]) {
      expect(new URL(url ?? "").pathname).toBe(SLACK_EVENTS_PATH);
    }
    expect(m.settings.event_subscriptions.bot_events).toEqual([
      "app_home_opened",
      "message.im",
      "app_mention",
    ]);
  });

  it("lets people write to the bot in its Messages tab", () => {
    expect(m.features.app_home.messages_tab_enabled).toBe(true);
    expect(m.features.app_home.messages_tab_read_only_enabled).toBe(false);
  });

  it("asks for the scopes the code uses and no more", () => {
    expect([...m.oauth_config.scopes.bot].sort()).toEqual([
      "app_mentions:read",
      "chat:write",
      "commands",
      "files:read",
      "files:write",
      "im:history",
      "users:read",
      "users:read.email",
    ]);
  });

  it("explains the Socket Mode variant", () => {
    expect(text).toContain("socket_mode_enabled");
    expect(text).toContain("connections:write");
    expect(text).toContain("SLACK_APP_TOKEN");
  });
});
