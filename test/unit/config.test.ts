import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../src/config.ts";

describe("loadConfig", () => {
  it("reads the public pages' address from PUBLIC_URL, else the local port", () => {
    expect(loadConfig({}).publicUrl).toBe("http://localhost:3000");
    expect(loadConfig({ PORT: "8080" }).publicUrl).toBe("http://localhost:8080");
    expect(loadConfig({ PUBLIC_URL: "https://lok.example.org/" }).publicUrl).toBe("https://lok.example.org");
    expect(() => loadConfig({ PUBLIC_URL: "lok.example.org" })).toThrow(/PUBLIC_URL/);
    expect(() => loadConfig({ PUBLIC_URL: "ftp://lok.example.org" })).toThrow(/PUBLIC_URL/);
  });

  it("defaults to PGlite in ./data with no admins", () => {
    const config = loadConfig({});
    expect(config.database).toEqual({ dataDir: "./data" });
    expect(config.admins).toEqual([]);
  });

  it("reads PostgreSQL, console user and admins", () => {
    const config = loadConfig({
      DATABASE_URL: "postgresql://postgres@127.0.0.1:5432/test",
      LOK_USER: "Tina Modin",
      LOK_ADMINS: " U123 , anna@example.se ,",
      HEALTH_PORT: "8080",
    });
    expect(config.database.url).toBe("postgresql://postgres@127.0.0.1:5432/test");
    expect(config.console.user).toBe("Tina Modin");
    expect(config.admins).toEqual(["U123", "anna@example.se"]);
    expect(config.healthPort).toBe(8080);
  });

  it("treats empty variables as unset", () => {
    expect(loadConfig({ DATABASE_URL: "", LOK_USER: "" }).database.url).toBeUndefined();
  });

  it("names the variable that is wrong", () => {
    expect(() => loadConfig({ DATABASE_URL: "mysql://x" })).toThrow(ConfigError);
    expect(() => loadConfig({ DATABASE_URL: "mysql://x", HEALTH_PORT: "99999" })).toThrow(
      /DATABASE_URL[\s\S]*HEALTH_PORT|HEALTH_PORT[\s\S]*DATABASE_URL/,
    );
  });

  it("enables Slack with both secrets, Socket Mode with the app token", () => {
    const http = loadConfig({ SLACK_SIGNING_SECRET: "s3cr3t", SLACK_BOT_TOKEN: "xoxb-1" });
    expect(http.slack).toEqual({ signingSecret: "s3cr3t", botToken: "xoxb-1", port: 3000 });
    const socket = loadConfig({
      SLACK_SIGNING_SECRET: "s",
      SLACK_BOT_TOKEN: "xoxb-1",
      SLACK_APP_TOKEN: "xapp-1",
    });
    expect(socket.slack?.appToken).toBe("xapp-1");
    expect(loadConfig({}).slack).toBeUndefined();
  });

  it("names what Slack is missing or what is malformed", () => {
    expect(() => loadConfig({ SLACK_BOT_TOKEN: "xoxb-1" })).toThrow(/SLACK_SIGNING_SECRET: saknas/);
    expect(() => loadConfig({ SLACK_BOT_TOKEN: "xoxp-1", SLACK_SIGNING_SECRET: "s" })).toThrow(
      /SLACK_BOT_TOKEN.*xoxb-/,
    );
  });

  it("enables Teams with all three credentials, and unauthenticated trials only without them", () => {
    const teams = loadConfig({ CLIENT_ID: "a", CLIENT_SECRET: "b", TENANT_ID: "c" }).teams;
    expect(teams).toEqual({
      credentials: { clientId: "a", clientSecret: "b", tenantId: "c" },
      allowUnauthenticated: false,
      port: 3978,
      extraServiceOrigins: [],
    });
    expect(loadConfig({ TEAMS_ALLOW_UNAUTHENTICATED: "true" }).teams).toEqual({
      allowUnauthenticated: true,
      port: 3978,
      extraServiceOrigins: [],
    });
    expect(() => loadConfig({ CLIENT_ID: "a" })).toThrow(/CLIENT_SECRET: saknas[\s\S]*TENANT_ID: saknas/);
    expect(() =>
      loadConfig({ CLIENT_ID: "a", CLIENT_SECRET: "b", TENANT_ID: "c", TEAMS_ALLOW_UNAUTHENTICATED: "true" }),
    ).toThrow(/TEAMS_ALLOW_UNAUTHENTICATED/);
    expect(() => loadConfig({ TEAMS_ALLOW_UNAUTHENTICATED: "yes" })).toThrow(/TEAMS_ALLOW_UNAUTHENTICATED/);
  });

  it("accepts Entra ID tokens only from a tenant named by TEAMS_ENTRA_TENANT_ID, with credentials", () => {
    const credentials = { CLIENT_ID: "a", CLIENT_SECRET: "b", TENANT_ID: "c" };
    const tenant = "99999999-8888-7777-6666-555555555555";
    expect(loadConfig(credentials).teams?.entraTenantId).toBeUndefined();
    expect(loadConfig({ ...credentials, TEAMS_ENTRA_TENANT_ID: tenant }).teams?.entraTenantId).toBe(tenant);
    expect(() => loadConfig({ ...credentials, TEAMS_ENTRA_TENANT_ID: "common" })).toThrow(
      /TEAMS_ENTRA_TENANT_ID: ska vara ett tenant-id/,
    );
    expect(() => loadConfig({ TEAMS_ALLOW_UNAUTHENTICATED: "true", TEAMS_ENTRA_TENANT_ID: tenant })).toThrow(
      /TEAMS_ENTRA_TENANT_ID: gäller bara tillsammans med CLIENT_ID/,
    );
    expect(() => loadConfig({ CLIENT_ID: "a", TEAMS_ENTRA_TENANT_ID: tenant })).toThrow(
      /TEAMS_ENTRA_TENANT_ID[\s\S]*CLIENT_SECRET: saknas/,
    );
  });

  it("reads TEAMS_EXTRA_SERVICE_ORIGINS as origins: https anywhere, plain http only on loopback", () => {
    const credentials = { CLIENT_ID: "a", CLIENT_SECRET: "b", TENANT_ID: "c" };
    const origins = (value: string) =>
      loadConfig({ ...credentials, TEAMS_EXTRA_SERVICE_ORIGINS: value }).teams?.extraServiceOrigins;
    expect(origins("https://SMBA.example.cn/, http://127.0.0.1:3999")).toEqual([
      "https://smba.example.cn",
      "http://127.0.0.1:3999",
    ]);
    for (const bad of [
      "http://smba.example.cn",
      "https://smba.example.cn/teams",
      "smba.example.cn",
      "ftp://x",
    ]) {
      expect(() => origins(bad), bad).toThrow(/TEAMS_EXTRA_SERVICE_ORIGINS/);
    }
  });
});
