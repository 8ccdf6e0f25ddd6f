import { describe, expect, it } from "vitest";
import { measureQuery, WARM_UP_ROUNDS } from "../../src/reindex/measure-search.js";
import type { SearchEngine } from "../../src/search/engine.js";

describe("measureQuery", () => {
  it("warms both sides up unmeasured, then interleaves the measured samples; errors count only when measured", async () => {
    const calls: string[] = [];
    let greenFailures = 1; // the first green search fails: a warm-up round, so not counted
    const engine = {
      search: async (index: string) => {
        calls.push(index);
        if (index === "green" && greenFailures-- > 0) throw new Error("cold");
        return { ids: [`${index}-1`], total: 1, tookMs: 1 };
      },
    } as unknown as SearchEngine;
    const measured = await measureQuery(engine, { name: "q", body: { query: { match_all: {} } } }, { green: "green", blue: "blue" }, 10, 5);
    expect(calls).toEqual(Array.from({ length: WARM_UP_ROUNDS + 5 }, () => ["blue", "green"]).flat());
    expect(measured.green).toMatchObject({ ids: ["green-1"], total: 1, errors: 0 });
    expect(measured.green.latenciesMs).toHaveLength(5);
    expect(measured.blue?.latenciesMs).toHaveLength(5);
  });

  it("without blue (a first build) only green is searched", async () => {
    const calls: string[] = [];
    const engine = {
      search: async (index: string) => {
        calls.push(index);
        return { ids: [], total: 0, tookMs: 1 };
      },
    } as unknown as SearchEngine;
    const measured = await measureQuery(engine, { name: "q", body: {} }, { green: "green", blue: undefined }, 10, 2);
    expect(calls).toEqual(Array.from({ length: WARM_UP_ROUNDS + 2 }, () => "green"));
    expect(measured.blue).toBeUndefined();
  });
});
