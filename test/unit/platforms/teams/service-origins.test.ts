import { describe, expect, it } from "vitest";
import { serviceOrigins } from "../../../../src/platforms/teams/service-origins.ts";

describe("serviceOrigins", () => {
  const origins = serviceOrigins(["http://127.0.0.1:3999"]);

  it("allows the Bot Framework's Teams service hosts, with any regional path", () => {
    for (const url of [
      "https://smba.trafficmanager.net/teams/",
      "https://smba.trafficmanager.net/emea/",
      "https://SMBA.trafficmanager.net:443/amer/v3/conversations/x/activities",
      "https://smba.infra.gcc.teams.microsoft.com/teams/",
    ]) {
      expect(origins.allows(url), url).toBe(true);
    }
  });

  it("allows the listed extra origins, exactly", () => {
    expect(origins.allows("http://127.0.0.1:3999/")).toBe(true);
    expect(origins.allows("http://127.0.0.1:4000/")).toBe(false);
    expect(origins.allows("https://127.0.0.1:3999/")).toBe(false);
  });

  it("refuses everything else, including look-alikes and URLs with credentials", () => {
    for (const url of [
      undefined,
      "",
      "not a url",
      "http://smba.trafficmanager.net/teams/",
      "https://smba.trafficmanager.net.evil.example/teams/",
      "https://evil.example/smba.trafficmanager.net/",
      "https://smba.trafficmanager.net@evil.example/",
      "https://user:pass@smba.trafficmanager.net/teams/",
      "https://smba.infra.gov.teams.microsoft.us/teams/",
      "http://localhost:3999/",
    ]) {
      expect(origins.allows(url), String(url)).toBe(false);
    }
  });

  it("allows loopback origins only when asked (a bot without credentials)", () => {
    const trial = serviceOrigins([], { loopback: true });
    expect(trial.allows("http://localhost:56150/")).toBe(true);
    expect(trial.allows("http://127.0.0.1:3978/")).toBe(true);
    expect(trial.allows("http://[::1]:3978/")).toBe(true);
    expect(trial.allows("http://10.0.0.1:3978/")).toBe(false);
    expect(serviceOrigins([]).allows("http://localhost:56150/")).toBe(false);
  });
});
