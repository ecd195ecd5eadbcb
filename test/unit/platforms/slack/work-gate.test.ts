import { describe, expect, it } from "vitest";
import { createWorkGate } from "../../../../src/platforms/slack/work-gate.ts";

describe("the work gate", () => {
  it("runs at most its limit at once, the rest in arrival order, and says when it is full", async () => {
    const gate = createWorkGate(2);
    const started: number[] = [];
    const release: Array<() => void> = [];
    const work = (i: number) =>
      gate.run(
        () =>
          new Promise<number>((resolve) => {
            started.push(i);
            release.push(() => resolve(i));
          }),
      );
    expect(gate.full()).toBe(false);
    const all = [0, 1, 2, 3].map(work);
    await Promise.resolve();
    expect(started).toEqual([0, 1]);
    expect(gate.full()).toBe(true);
    release.shift()?.();
    await new Promise((r) => setTimeout(r, 0));
    expect(started).toEqual([0, 1, 2]);
    while (release.length) {
      release.shift()?.();
      await new Promise((r) => setTimeout(r, 0));
    }
    expect(await Promise.all(all)).toEqual([0, 1, 2, 3]);
    expect(gate.full()).toBe(false);
  });

  it("frees a place when the work fails", async () => {
    const gate = createWorkGate(1);
    await expect(gate.run(() => Promise.reject(new Error("x")))).rejects.toThrow("x");
    expect(gate.full()).toBe(false);
    expect(await gate.run(async () => 7)).toBe(7);
  });
});
