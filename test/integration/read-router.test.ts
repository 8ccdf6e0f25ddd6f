import { afterAll, describe, expect, it } from "vitest";
import { createSearchEngine } from "../../src/search/create-engine.js";
import type { SearchEngine } from "../../src/search/engine.js";
import { createReadRouter, engineRoutingFetcher, routingDocId } from "../../src/search/read-router.js";
import { requireStack } from "./stack-env.js";

/** The application-side helper reading the weight es-reindex stores, from both real engines. */
describe.each(["elasticsearch", "opensearch"] as const)("read router on %s", (engineKind) => {
  const stack = requireStack(engineKind === "elasticsearch" ? "es" : "os");
  const url = engineKind === "elasticsearch" ? stack.esUrl : stack.osUrl;
  const readAlias = `read_router_${Math.random().toString(36).slice(2, 8)}`;
  let engine: SearchEngine | undefined;
  afterAll(async () => {
    const stored = await engine?.readState(routingDocId(readAlias));
    if (engine && stored) await engine.deleteState(routingDocId(readAlias), stored);
    await engine?.close();
  });

  it("reads no routing as 'the read alias', then the stored weight, sticky per key", async () => {
    engine = createSearchEngine({ engine: engineKind, url });
    const router = await createReadRouter({ readAlias, fetchRouting: engineRoutingFetcher({ url, readAlias }), refreshMs: 60_000 });
    expect(router.aliasFor("user-1")).toBe(readAlias);

    await engine.writeState(routingDocId(readAlias), { readAlias, canaryAlias: `${readAlias}_canary`, weight: 40 }, "absent");
    await router.refresh();
    expect(router.current()?.weight).toBe(40);
    const keys = Array.from({ length: 4000 }, (_, i) => `user-${i}`);
    const green = keys.filter((k) => router.aliasFor(k) === `${readAlias}_canary`).length / keys.length;
    expect(Math.abs(green - 0.4)).toBeLessThan(0.03);
    expect(keys.map((k) => router.aliasFor(k))).toEqual(keys.map((k) => router.aliasFor(k)));
    router.close();
  });
});
