import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../src/config.js";

describe("loadConfig", () => {
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
});
