import { describe, expect, it } from "vitest";
import { bucketOf, chooseReadAlias, createReadRouter, type ReadRouting } from "../../src/search/read-router.js";

const routing = (weight: number): ReadRouting => ({ readAlias: "read_x", canaryAlias: "read_x_canary", weight });

describe("read router", () => {
  it("0 and 100 are all blue and all green; no routing is the read alias", () => {
    expect(chooseReadAlias(routing(0), "read_x", "k")).toBe("read_x");
    expect(chooseReadAlias(routing(100), "read_x", "k")).toBe("read_x_canary");
    expect(chooseReadAlias(undefined, "read_x")).toBe("read_x");
  });

  it("splits unkeyed reads by the weight, within a tolerance", () => {
    let seed = 42;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const n = 20_000;
    const green = Array.from({ length: n }, () => chooseReadAlias(routing(30), "read_x", undefined, random)).filter(
      (a) => a === "read_x_canary",
    ).length;
    expect(Math.abs(green / n - 0.3)).toBeLessThan(0.02);
  });

  it("is sticky per key, splits keys by the weight, and raising the weight only moves keys to green", () => {
    const keys = Array.from({ length: 10_000 }, (_, i) => `user-${i}`);
    const at = (w: number) => keys.map((k) => chooseReadAlias(routing(w), "read_x", k));
    const at25 = at(25);
    expect(at(25)).toEqual(at25);
    const share = at25.filter((a) => a === "read_x_canary").length / keys.length;
    expect(Math.abs(share - 0.25)).toBeLessThan(0.02);
    const at60 = at(60);
    at25.forEach((alias, i) => {
      if (alias === "read_x_canary") expect(at60[i]).toBe("read_x_canary");
    });
    for (const k of keys.slice(0, 100)) expect(bucketOf(k)).toBeGreaterThanOrEqual(0);
    for (const k of keys.slice(0, 100)) expect(bucketOf(k)).toBeLessThan(100);
  });

  it("keeps the last routing when a refresh fails", async () => {
    let calls = 0;
    const errors: unknown[] = [];
    const router = await createReadRouter({
      readAlias: "read_x",
      refreshMs: 60_000,
      fetchRouting: async () => {
        calls++;
        if (calls > 1) throw new Error("engine down");
        return routing(100);
      },
      onError: (e) => errors.push(e),
    });
    expect(router.aliasFor("a")).toBe("read_x_canary");
    await router.refresh();
    expect(errors).toHaveLength(1);
    expect(router.aliasFor("a")).toBe("read_x_canary");
    router.close();
  });
});
