import { describe, expect, it } from "vitest";
import { formatEta, progressLine } from "../../src/reindex/load-progress.js";

describe("progressLine", () => {
  it("gives done/total, a floored percentage, a rounded rate and an ETA from the average so far", () => {
    expect(progressLine({ what: "load", done: 120_000, total: 1_000_000, elapsedMs: 2_913 })).toBe(
      "load: 120,000/1,000,000 (12%), 41,200 docs/s, ETA 22s",
    );
  });

  it("never says 100% before the end, and says ETA 0s at the end", () => {
    expect(progressLine({ what: "load", done: 996, total: 1000, elapsedMs: 1000 })).toContain("(99%)");
    expect(progressLine({ what: "catch-up", done: 1000, total: 1000, elapsedMs: 1000 })).toBe(
      "catch-up: 1,000/1,000 (100%), 1,000 docs/s, ETA 0s",
    );
  });

  it("stays readable at the edges: nothing to do, nothing done yet, more done than planned", () => {
    expect(progressLine({ what: "load", done: 0, total: 0, elapsedMs: 0 })).toBe("load: 0/0 (100%), 0 docs/s, ETA 0s");
    expect(progressLine({ what: "load", done: 0, total: 50, elapsedMs: 10_000 })).toBe("load: 0/50 (0%), 0 docs/s, ETA unknown");
    expect(progressLine({ what: "load", done: 60, total: 50, elapsedMs: 1000 })).toContain("(100%)");
  });

  it("formats long ETAs in minutes and hours", () => {
    expect(formatEta(0.2)).toBe("1s");
    expect(formatEta(185)).toBe("3m05s");
    expect(formatEta(7_620)).toBe("2h07m");
    expect(progressLine({ what: "load", done: 1, total: 100_000, elapsedMs: 1000 })).toBe("load: 1/100,000 (0%), 1 docs/s, ETA 27h47m");
  });
});
