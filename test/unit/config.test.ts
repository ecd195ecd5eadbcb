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

  it("says what is wrong in English with LOK_LOCALE=en, and in Swedish by default", () => {
    const message = (env: Record<string, string>) => {
      try {
        loadConfig(env);
      } catch (error) {
        expect(error).toBeInstanceOf(ConfigError);
        return (error as Error).message;
      }
      throw new Error("no configuration error");
    };
    const wrong = { DATABASE_URL: "mysql://x", HEALTH_PORT: "99999", LOG_PRETTY: "ja" };
    const swedish = message(wrong);
    expect(swedish).toContain("Fel i konfigurationen:");
    expect(swedish).toContain("DATABASE_URL: ska vara en PostgreSQL-URL");
    expect(swedish).toContain("HEALTH_PORT: ska vara ett portnummer, ett heltal från 1 till 65535");
    expect(swedish).toContain("LOG_PRETTY: ska vara true eller false");
    expect(message({ SLACK_BOT_TOKEN: "xoxb-1" })).toContain(
      "SLACK_SIGNING_SECRET: saknas (Slack behöver SLACK_SIGNING_SECRET och SLACK_BOT_TOKEN)",
    );

    const english = message({ ...wrong, LOK_LOCALE: "en" });
    expect(english).toContain("Errors in the configuration:");
    expect(english).toContain(
      "DATABASE_URL: must be a PostgreSQL URL, for example postgresql://user@localhost:5432/lok",
    );
    expect(english).toContain("HEALTH_PORT: must be a port number, a whole number from 1 to 65535");
    expect(english).toContain("LOG_PRETTY: must be true or false");
    expect(english).not.toMatch(/[åäö]|ska |saknas|Fel i/);
    expect(message({ SLACK_BOT_TOKEN: "xoxb-1", LOK_LOCALE: " EN " })).toContain(
      "SLACK_SIGNING_SECRET: missing (Slack needs SLACK_SIGNING_SECRET and SLACK_BOT_TOKEN)",
    );
    expect(message({ CLIENT_ID: "a", LOK_LOCALE: "en" })).toMatch(
      /CLIENT_SECRET: missing \(Teams needs CLIENT_ID, CLIENT_SECRET and TENANT_ID\)/,
    );
    // A language it does not speak is named too, in the default language.
    expect(message({ LOK_LOCALE: "fr" })).toContain("LOK_LOCALE: ska vara sv eller en");
  });

  it("serves everything on one port, PORT (3000 by default); Teams and /healthz elsewhere only when asked", () => {
    const plain = loadConfig({ CLIENT_ID: "a", CLIENT_SECRET: "b", TENANT_ID: "c" });
    expect(plain.port).toBe(3000);
    expect(plain.teams?.port).toBeUndefined();
    expect(plain.healthPort).toBeUndefined();
    const split = loadConfig({
      PORT: "8080",
      TEAMS_PORT: "3978",
      HEALTH_PORT: "8081",
      TEAMS_ALLOW_UNAUTHENTICATED: "true",
    });
    expect(split.port).toBe(8080);
    expect(split.teams?.port).toBe(3978);
    expect(split.healthPort).toBe(8081);
    expect(() => loadConfig({ PORT: "70000" })).toThrow(/PORT/);
  });

  it("enables Slack with both secrets, Socket Mode with the app token", () => {
    const http = loadConfig({ SLACK_SIGNING_SECRET: "s3cr3t", SLACK_BOT_TOKEN: "xoxb-1" });
    expect(http.slack).toEqual({ signingSecret: "s3cr3t", botToken: "xoxb-1" });
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
      extraServiceOrigins: [],
    });
    expect(loadConfig({ TEAMS_ALLOW_UNAUTHENTICATED: "true", TEAMS_PORT: "3978" }).teams).toEqual({
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
