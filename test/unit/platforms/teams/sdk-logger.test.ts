import { pino } from "pino";
import { describe, expect, it } from "vitest";
import { sdkLogger } from "../../../../src/platforms/teams/sdk-logger.ts";

function capture(level = "trace") {
  const lines: Record<string, unknown>[] = [];
  const logger = pino({ level }, { write: (line: string) => lines.push(JSON.parse(line)) });
  return { lines, logger };
}

const JWT = "eyJhbGciOiJSUzI1NiJ9.eyJhdWQiOiJib3QifQ.c2lnbmF0dXJl";

describe("sdkLogger", () => {
  it("logs an HTTP error without its request: no headers, no Bearer token", () => {
    const { lines, logger } = capture();
    const error = Object.assign(new Error("Request failed with status code 403"), {
      name: "AxiosError",
      code: "ERR_BAD_REQUEST",
      config: {
        headers: { Authorization: `Bearer ${JWT}` },
        url: "https://smba.trafficmanager.net/teams/v3",
      },
      request: { _header: `POST /v3 HTTP/1.1\r\nAuthorization: Bearer ${JWT}\r\n` },
      response: { status: 403, headers: {}, config: { headers: { Authorization: `Bearer ${JWT}` } } },
    });
    sdkLogger(logger).error("send failed", error);
    const text = JSON.stringify(lines);
    expect(text).not.toContain(JWT);
    expect(text).not.toMatch(/authorization/i);
    expect(lines[0]).toMatchObject({
      level: 50,
      msg: "send failed",
      err: {
        type: "AxiosError",
        message: "Request failed with status code 403",
        code: "ERR_BAD_REQUEST",
        status: 403,
      },
    });
  });

  it("blanks Bearer tokens, JWTs and the client secret in text at every level", () => {
    const { lines, logger } = capture();
    const log = sdkLogger(logger, ["a-client-secret-value"]).child("token-manager");
    log.debug("headers", { authorization: `Bearer ${JWT}` });
    log.trace(`token ${JWT} for secret a-client-secret-value`);
    log.info("Authorization: Bearer abc.def");
    const text = JSON.stringify(lines);
    expect(text).not.toContain(JWT);
    expect(text).not.toContain("a-client-secret-value");
    expect(text).not.toContain("abc.def");
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatchObject({ sdk: "token-manager" });
  });

  it("writes a circular object without throwing", () => {
    const { lines, logger } = capture();
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    sdkLogger(logger).warn("odd", circular);
    expect(lines[0]).toMatchObject({ level: 40, msg: "odd [not serializable]" });
  });
});
