import { describe, expect, it } from "vitest";
import type { SearchIndexConfig } from "../../src/config/schema/index.js";
import type { IndexInfo } from "../../src/search/engine.js";
import { buildName, canaryAliasOf, freeBuildName, isBuildOf } from "../../src/reindex/build-names.js";
import { engineMisfit } from "../../src/reindex/engine-fit.js";
import { decideLock, STALE_AFTER_MS, type ReindexLockValue } from "../../src/reindex/lock-decision.js";
import type { ObservedIndex, Pointer } from "../../src/reindex/observe.js";
import { findBlue, planPairOnBlue, planReadSwitch, planRollback, planWriteSwitch } from "../../src/reindex/plan-aliases.js";
import { planCleanup } from "../../src/reindex/plan-cleanup.js";
import { planCreate } from "../../src/reindex/plan-create.js";
import { missingSteps, phasesForAll } from "../../src/reindex/plan-phases.js";
import { overlapPercent, percentile, validationVerdict, type ValidationFigures } from "../../src/reindex/plan-validation.js";
import { emptyState, type BuildState, type ReindexState } from "../../src/reindex/reindex-state.js";
import { catchUpStart, lagOf } from "../../src/reindex/kafka-positions.js";
import { flattenSettings, liveSettingsFor, mergeMappings } from "../../src/reindex/index-body.js";

const NOW = new Date("2026-11-22T10:00:00Z");
const alias = (...targets: string[]): Pointer => ({ kind: "alias", targets });
const absent: Pointer = { kind: "absent", targets: [] };
const bare = (name: string): Pointer => ({ kind: "index", targets: [name] });
const info = (name: string, aliases: string[] = [], createdAt = new Date("2026-11-01T00:00:00Z")): IndexInfo => ({
  name,
  aliases,
  docsCount: 0,
  createdAt,
});

function observed(fields: Partial<ObservedIndex> & { name?: string }): ObservedIndex {
  const name = fields.name ?? "spent";
  return {
    name,
    readAlias: `read_${name}`,
    writeAlias: `write_${name}`,
    canaryAlias: `read_${name}_canary`,
    read: absent,
    write: absent,
    canary: absent,
    base: absent,
    indices: [],
    otherIndices: [],
    capabilities: { reindex: true, painless: true, pointInTime: true, version: "2.19.0" },
    ...fields,
  };
}

function build(fields: Partial<BuildState> = {}): BuildState {
  return {
    green: "spent_20261122090000",
    createdAt: "2026-11-22T09:00:00Z",
    blue: "spent_20261101000000",
    source: "kafka",
    done: [],
    kafka: {},
    ...fields,
  };
}

describe("build names", () => {
  it("are <name>_<UTC yyyyMMddHHmmss> and read back", () => {
    expect(buildName("classes", new Date("2026-02-14T12:00:05.900Z"))).toBe("classes_20260214120005");
    expect(isBuildOf("classes", "classes_green")).toBe(false);
    expect(isBuildOf("classes", "classes_v2_20260214120005")).toBe(false);
    expect(isBuildOf("classes", "classes")).toBe(false);
  });
  it("move on a second when the name is taken", () => {
    expect(freeBuildName("c", new Date("2026-02-14T12:00:05Z"), new Set(["c_20260214120005"]))).toBe("c_20260214120006");
  });
  it("canary alias sits beside the read alias", () => expect(canaryAliasOf("read_x")).toBe("read_x_canary"));
});

describe("alias plans", () => {
  const green = "spent_20261122090000";
  const blue = "spent_20261101000000";
  const live = observed({ read: alias(blue), write: alias(blue), indices: [info(blue, ["read_spent", "write_spent"]), info(green)] });

  it("blue is the write alias's one index; two is ambiguous", () => {
    expect(findBlue(live)).toEqual({ kind: "one", index: blue });
    expect(findBlue(observed({ write: alias("a", "b") })).kind).toBe("ambiguous");
    expect(findBlue(observed({}))).toEqual({ kind: "none" });
  });

  it("first run on a plain alias: the pair joins its index, the alias stays", () => {
    const o = observed({ base: alias("spent_v1"), indices: [info("spent_v1", ["spent"])] });
    expect(findBlue(o)).toEqual({ kind: "one", index: "spent_v1" });
    expect(planPairOnBlue(o, "spent_v1").actions).toEqual([
      { add: { index: "spent_v1", alias: "read_spent" } },
      { add: { index: "spent_v1", alias: "write_spent" } },
    ]);
  });

  it("first run on a bare index: the pair joins it, and nothing is deleted", () => {
    const o = observed({ base: bare("spent"), indices: [info("spent")] });
    const plan = planPairOnBlue(o, "spent");
    expect(plan.removesIndices).toEqual([]);
    expect(plan.actions).toEqual([{ add: { index: "spent", alias: "read_spent" } }, { add: { index: "spent", alias: "write_spent" } }]);
  });

  it("a bare index whose name is the read alias becomes that alias in one call (seed 003)", () => {
    const o: ObservedIndex = {
      ...observed({ name: "classes" }),
      readAlias: "classes",
      writeAlias: "classes",
      canaryAlias: "classes_canary",
      read: bare("classes"),
      write: bare("classes"),
      base: bare("classes"),
    };
    expect(planPairOnBlue(o, "classes").actions).toEqual([]);
    const plan = planReadSwitch(o, "classes_20261122090000", "classes", 100);
    expect(plan.actions).toEqual([{ removeIndex: { index: "classes" } }, { add: { index: "classes_20261122090000", alias: "classes" } }]);
    expect(plan.removesIndices).toEqual(["classes"]);
  });

  it("switch-read 100 moves the read alias and drops the canary; a rerun plans nothing", () => {
    const o = observed({ ...live, canary: alias(green) });
    expect(planReadSwitch(o, green, blue, 100).actions).toEqual([
      { remove: { index: green, alias: "read_spent_canary" } },
      { remove: { index: blue, alias: "read_spent" } },
      { add: { index: green, alias: "read_spent" } },
    ]);
    expect(planReadSwitch(observed({ ...live, read: alias(green) }), green, blue, 100).actions).toEqual([]);
  });

  it("switch-read 50 keeps reads on blue and points the canary at green; 0 puts everything back", () => {
    expect(planReadSwitch(live, green, blue, 50).actions).toEqual([{ add: { index: green, alias: "read_spent_canary" } }]);
    const split = observed({ ...live, canary: alias(green) });
    expect(planReadSwitch(split, green, blue, 50).actions).toEqual([]);
    expect(planReadSwitch(observed({ ...split, read: alias(green) }), green, blue, 0).actions).toEqual([
      { remove: { index: green, alias: "read_spent_canary" } },
      { remove: { index: green, alias: "read_spent" } },
      { add: { index: blue, alias: "read_spent" } },
    ]);
  });

  it("a first build (no blue) gets all reads whatever the weight", () => {
    expect(planReadSwitch(observed({}), green, undefined, 50).actions).toEqual([{ add: { index: green, alias: "read_spent" } }]);
  });

  it("switch-write moves only the write alias; rollback puts both back and drops the canary", () => {
    expect(planWriteSwitch(live, green).actions).toEqual([
      { remove: { index: blue, alias: "write_spent" } },
      { add: { index: green, alias: "write_spent" } },
    ]);
    const switched = observed({ ...live, read: alias(green), write: alias(green), canary: alias(green) });
    expect(planRollback(switched, blue).actions).toEqual([
      { remove: { index: green, alias: "read_spent_canary" } },
      { remove: { index: green, alias: "read_spent" } },
      { remove: { index: green, alias: "write_spent" } },
      { add: { index: blue, alias: "read_spent" } },
      { add: { index: blue, alias: "write_spent" } },
    ]);
  });
});

describe("create plan", () => {
  const o = observed({ read: alias("spent_v1"), write: alias("spent_v1"), indices: [info("spent_v1", ["read_spent", "write_spent"])] });
  it("starts a build named for now beside blue", () => {
    const plan = planCreate(o, undefined, NOW);
    expect(plan).toMatchObject({ kind: "new", green: "spent_20261122100000", blue: "spent_v1" });
  });
  it("continues a build under way and starts anew after a switch or a rollback", () => {
    const b = build({ green: "spent_20261122090000", done: ["create"] });
    const withGreen = observed({ ...o, indices: [...o.indices, info(b.green)] });
    expect(planCreate(withGreen, b, NOW).kind).toBe("continue");
    expect(planCreate(withGreen, { ...b, done: [] }, NOW).kind).toBe("continue");
    // recorded, then the create failed: the same name is used again
    expect(planCreate(o, { ...b, done: [] }, NOW)).toMatchObject({ kind: "continue", build: { green: b.green } });
    expect(planCreate(o, b, NOW).kind).toBe("new");
    expect(planCreate(withGreen, { ...b, writeSwitchedAt: "2026-11-22T09:30:00Z" }, NOW).kind).toBe("new");
    expect(planCreate(withGreen, { ...b, rolledBackAt: "2026-11-22T09:30:00Z" }, NOW).kind).toBe("new");
  });
});

const kafkaSource = {
  type: "kafka",
  fullTopic: "full",
  incrementalTopic: "inc",
  idField: "id",
  versionField: "v",
  batchSize: 500,
  concurrency: 2,
  catchUp: { from: "load-start", rewind: 300_000, maxLag: 0, maxRounds: 3 },
} as const;

describe("phases", () => {
  it("all: index-fed skips catch-up; manual stops before switch-write; auto runs it", () => {
    expect(phasesForAll({ source: { type: "index", slices: "auto" }, writeSwitch: "manual" })).toEqual([
      "plan",
      "create",
      "load",
      "validate",
      "switch-read",
    ]);
    expect(phasesForAll({ source: kafkaSource, writeSwitch: "auto" })).toEqual([
      "plan",
      "create",
      "load",
      "catch-up",
      "validate",
      "switch-read",
      "switch-write",
    ]);
    expect(phasesForAll({ source: kafkaSource, writeSwitch: "manual" })).not.toContain("switch-write");
  });
  it("each phase names the steps still missing", () => {
    expect(missingSteps("validate", build({ done: ["create", "load"] }), "kafka")).toEqual(["catch-up"]);
    expect(missingSteps("validate", build({ done: ["create", "load"] }), "index")).toEqual([]);
    expect(missingSteps("load", undefined, "index")).toEqual(["create"]);
  });
});

describe("validation verdict", () => {
  const thresholds = {
    maxCountDifference: 1,
    sampleQueries: [],
    topK: 10,
    minOverlap: 80,
    maxLatencyRatio: 2,
    latencySamples: 5,
    maxErrors: 0,
  };
  const figures: ValidationFigures = {
    counts: { green: 1000, blue: 1005, source: undefined, reference: "blue" },
    queries: [{ name: "q", overlap: 90, blueHits: 10, greenHits: 10 }],
    latency: { green: { p50: 3, p95: 12, samples: 5 }, blue: { p50: 2, p95: 8, samples: 5 } },
    errors: { green: 0, blue: 0 },
  };
  it("passes within every threshold", () => expect(validationVerdict(figures, thresholds).passed).toBe(true));
  it("fails on counts, overlap, latency and errors, naming each", () => {
    const bad = validationVerdict(
      {
        ...figures,
        counts: { ...figures.counts, green: 900 },
        queries: [{ name: "q", overlap: 50, blueHits: 10, greenHits: 4 }],
        latency: { ...figures.latency, green: { p50: 30, p95: 45, samples: 5 } },
        errors: { green: 2, blue: 0 },
      },
      thresholds,
    );
    expect(bad.passed).toBe(false);
    expect(bad.reasons.map((r) => r.split(":")[0])).toEqual([
      "document count",
      "top-10 overlap",
      "search latency p95",
      "search errors on green",
    ]);
  });
  it("a first build has nothing to compare the count with", () => {
    expect(
      validationVerdict(
        {
          ...figures,
          counts: { green: 5, blue: undefined, source: undefined, reference: "blue" },
          latency: { ...figures.latency, blue: undefined },
        },
        thresholds,
      ).passed,
    ).toBe(true);
  });
  it("overlap and percentiles", () => {
    expect(overlapPercent(["a", "b", "c", "d"], ["a", "c", "x"])).toBe(50);
    expect(overlapPercent([], [])).toBe(100);
    expect(percentile([5, 1, 4, 2, 3], 50)).toBe(3);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 100], 95)).toBe(19);
  });
});

describe("cleanup selection", () => {
  const day = 86_400_000;
  const state = (fields: Partial<ReindexState>): ReindexState => ({ ...emptyState("p", "spent", NOW), ...fields });
  const o = observed({
    read: alias("spent_20261120000000"),
    write: alias("spent_20261120000000"),
    indices: [
      info("spent_20261101000000", [], new Date("2026-11-01T00:00:00Z")),
      info("spent_20261110000000", [], new Date("2026-11-10T00:00:00Z")),
      info("spent_20261115000000", [], new Date("2026-11-15T00:00:00Z")),
      info("spent_20261120000000", ["read_spent", "write_spent"], new Date("2026-11-20T00:00:00Z")),
      info("spent_20261122000000", [], new Date("2026-11-22T00:00:00Z")),
    ],
  });
  it("deletes old unaliased builds, never the newest blue, the build under way or one within retention", () => {
    const s = state({
      build: build({ green: "spent_20261122000000", blue: "spent_20261120000000" }),
      retired: [
        { index: "spent_20261110000000", at: "2026-11-15T00:00:00Z" },
        { index: "spent_20261115000000", at: "2026-11-21T12:00:00Z" },
      ],
    });
    const plan = planCleanup(o, s, NOW, 3 * day);
    expect(plan.delete.map((d) => d.index)).toEqual(["spent_20261101000000", "spent_20261110000000"]);
    expect(Object.fromEntries(plan.keep.map((k) => [k.index, k.reason.split(" (")[0]]))).toEqual({
      spent_20261115000000: "within retention",
      spent_20261120000000: "aliases point at it",
      spent_20261122000000: "the build under way",
    });
  });
  it("keeps the newest blue after a finished switch", () => {
    const s = state({
      build: build({ green: "spent_20261120000000", blue: "spent_20261115000000", writeSwitchedAt: "2026-11-20T01:00:00Z" }),
    });
    expect(planCleanup(o, s, NOW, day).keep.find((k) => k.index === "spent_20261115000000")?.reason).toContain("newest blue");
  });
  it("a bare index under the name leaves its name as an alias of the live index", () => {
    const withBare = observed({ ...o, indices: [info("spent", [], new Date("2026-01-01T00:00:00Z")), ...o.indices] });
    const plan = planCleanup(withBare, state({}), NOW, day);
    expect(plan.delete.find((d) => d.index === "spent")).toMatchObject({ aliasNameTo: "spent_20261120000000" });
  });
});

describe("lock decisions", () => {
  const holder: ReindexLockValue = {
    id: "abc123",
    host: "runner-1",
    phase: "load",
    started: "2026-11-22T09:50:00Z",
    heartbeat: "2026-11-22T09:59:50Z",
  };
  it("takes a free lock, refuses a live one, takes over a stale or broken one", () => {
    expect(decideLock(undefined, NOW, undefined)).toEqual({ kind: "take" });
    expect(decideLock(holder, NOW, undefined)).toMatchObject({ kind: "refuse", holder, breakLockMismatch: false });
    expect(decideLock(holder, NOW, "other")).toMatchObject({ kind: "refuse", breakLockMismatch: true });
    expect(decideLock(holder, NOW, "abc123")).toEqual({ kind: "take-over", reason: "broken" });
    expect(decideLock(holder, new Date(Date.parse(holder.heartbeat) + STALE_AFTER_MS + 1), undefined)).toEqual({
      kind: "take-over",
      reason: "stale",
    });
  });
  it("a follow run gives way to the phases that may stop it", () => {
    const follow = { ...holder, phase: "follow" };
    expect(decideLock(follow, NOW, undefined, ["follow"])).toEqual({ kind: "take-over", reason: "superseded" });
    expect(decideLock(follow, NOW, undefined)).toMatchObject({ kind: "refuse" });
  });
});

describe("engine fit, offsets and settings", () => {
  const indexConfig = (script: boolean) =>
    ({
      name: "classes",
      source: { type: "index", slices: "auto", ...(script ? { script: { source: "x", lang: "painless" } } : {}) },
    }) as unknown as SearchIndexConfig;
  it("a script on a node without reindex or painless is a misfit naming the modules", () => {
    const es = { reindex: false, painless: false, pointInTime: true, version: "8.19.0" };
    expect(engineMisfit(indexConfig(true), es, "elasticsearch")).toContain("reindex and lang-painless modules");
    expect(engineMisfit(indexConfig(false), es, "elasticsearch")).toBeUndefined();
    expect(engineMisfit(indexConfig(true), { ...es, reindex: true, painless: true }, "opensearch")).toBeUndefined();
  });
  it("lag and catch-up start", () => {
    expect(
      lagOf(
        [{ partition: 0, offset: "5" }],
        [
          { partition: 0, low: "0", high: "9" },
          { partition: 1, low: "2", high: "4" },
        ],
      ),
    ).toBe(6);
    expect(catchUpStart(kafkaSource, "2026-11-22T09:00:00Z", NOW)).toEqual({ kind: "timestamp", ms: Date.parse("2026-11-22T08:55:00Z") });
    expect(
      catchUpStart({ ...kafkaSource, catchUp: { ...kafkaSource.catchUp, from: { offsets: { "1": "7", "0": "3" } } } }, undefined, NOW),
    ).toEqual({
      kind: "offsets",
      offsets: [
        { partition: 0, offset: "3" },
        { partition: 1, offset: "7" },
      ],
    });
  });
  it("settings flatten; mappings merge without replacing; live settings fall back to blue's", () => {
    expect(flattenSettings({ index: { number_of_replicas: "1", refresh_interval: "1s" } })).toEqual({
      number_of_replicas: "1",
      refresh_interval: "1s",
    });
    expect(
      mergeMappings({ properties: { a: { type: "keyword" } } }, { properties: { a: { type: "long" }, b: { type: "boolean" } } }),
    ).toEqual({
      properties: { a: { type: "keyword" }, b: { type: "boolean" } },
    });
    const config = { liveSettings: undefined } as unknown as SearchIndexConfig;
    expect(liveSettingsFor(config, { index: { number_of_replicas: "2", refresh_interval: "5s" } }, {})).toEqual({
      refresh_interval: "5s",
      number_of_replicas: "2",
    });
    expect(liveSettingsFor(config, undefined, {})).toEqual({ refresh_interval: null, number_of_replicas: null });
    // liveSettings that do not name refresh_interval never leave green at the load's -1
    const partial = { liveSettings: { number_of_replicas: 0 } } as unknown as SearchIndexConfig;
    expect(liveSettingsFor(partial, { index: { number_of_replicas: "2", refresh_interval: "5s" } }, {})).toEqual({
      refresh_interval: "5s",
      number_of_replicas: 0,
    });
    expect(liveSettingsFor(partial, undefined, {})).toEqual({ refresh_interval: null, number_of_replicas: 0 });
  });
});
