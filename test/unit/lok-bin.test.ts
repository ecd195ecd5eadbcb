// Every way of starting lok runs node with the same flags as `npx lok`.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { lokNodeFlags } from "../support/lok-bin.ts";

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), "utf8");

describe("how lok is started", () => {
  it("keeps WebAssembly on the baseline compiler", () => {
    expect(lokNodeFlags()).toEqual(["--no-wasm-tier-up", "--no-wasm-dynamic-tiering"]);
  });

  it("uses the same flags in npm's scripts and in the Docker image", () => {
    const flags = lokNodeFlags().join(" ");
    const scripts = JSON.parse(read("package.json")).scripts as Record<string, string>;
    expect(scripts.start).toBe(`node ${flags} src/bin/lok.mjs serve`);
    expect(scripts.lok).toBe(`node ${flags} src/bin/lok.mjs`);
    const cmd = /^CMD (\[.*\])$/m.exec(read("Dockerfile"))?.[1] ?? "[]";
    expect(JSON.parse(cmd)).toEqual(["node", ...lokNodeFlags(), "src/bin/lok.mjs", "serve"]);
  });
});
