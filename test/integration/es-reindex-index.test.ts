import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseConfig } from "../../src/config/load.js";
import type { SearchIndexConfig } from "../../src/config/schema/index.js";
import { OperationError, RefusedError } from "../../src/errors.js";
import type { Logger } from "../../src/host/host.js";
import { stateIds } from "../../src/reindex/build-names.js";
import { acquireReindexLock } from "../../src/reindex/reindex-lock.js";
import { runReindex, type ReindexRunOptions } from "../../src/reindex/run-reindex.js";
import type { EngineKind, SearchEngine } from "../../src/search/engine.js";
import {
  allDocs,
  CLASSES_MAPPING,
  cli,
  dropAll,
  engineFor,
  uniqueName,
  withoutReindex,
  writeConfig,
} from "../support/reindex-cli-harness.js";
import { requireStack } from "./stack-env.js";

/**
 * es-reindex from another index (seed 003): `_reindex` with a painless script and a mapping change on
 * OpenSearch through the CLI, and the engine-neutral client-side copy with every switch on both.
 */
const PROJECT = "reindex-it";
const OLD_MAPPING = {
  properties: { code: { type: "keyword" }, title: { type: "text" }, credits: { type: "keyword" }, term: { type: "keyword" } },
};
const TITLES = ["intro to algebra", "intro to biology", "advanced chemistry", "art history", "intro to databases"];

function classDocs(count: number, offset = 0) {
  return Array.from({ length: count }, (_, i) => {
    const n = i + offset;
    // seed 003's mapping change: credits held as text, sometimes padded, become an integer
    return {
      id: `c${n}`,
      source: {
        code: `C${n}`,
        title: TITLES[n % TITLES.length],
        credits: n % 2 === 0 ? ` ${(n % 5) + 1} ` : String((n % 5) + 1),
        term: "fall",
      },
    };
  });
}

const silentLog: Logger = {
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
  debug: () => undefined,
  verbatim: () => undefined,
  group: (_title, body) => body(),
};

describe("es-reindex seed 003 on OpenSearch: _reindex with a painless script, through the CLI", () => {
  const stack = requireStack("os");
  const name = uniqueName("classes");
  let engine: SearchEngine;
  let config: string;

  beforeAll(async () => {
    engine = engineFor("opensearch", stack.osUrl);
    // the first run: a bare index under the public name, which is also the alias the app uses
    await engine.createIndex(name, { mappings: OLD_MAPPING, settings: { number_of_replicas: 0 } });
    await engine.bulk(name, classDocs(40), { versionType: "internal", refresh: true });
    config = writeConfig(
      `version: 1
project: ${PROJECT}
search:
  engine: opensearch
  url: ${stack.osUrl}
  indices:
    - name: ${name}
      aliases: { read: ${name}, write: ${name} }
      mappings: classes.json
      source:
        type: index
        script:
          lang: painless
          source: |
            if (ctx._source.credits instanceof String) {
              ctx._source.credits = Integer.parseInt(ctx._source.credits.trim());
            }
      validation:
        maxCountDifference: 0
        sampleQueries:
          - { name: intro, query: { match: { title: intro } } }
        latencySamples: 3
        # latency is not what this test checks (the unit tests of plan-validation do): noise on a shared machine must not fail it
        maxLatencyRatio: 10
      retention: 1d
`,
      { "classes.json": CLASSES_MAPPING },
    );
  });
  afterAll(async () => {
    if (engine) {
      await dropAll(engine, PROJECT, name, [name]);
      await engine.close();
    }
  });

  it("plan shows the bare index as blue and the build to come", async () => {
    const plan = await cli(["es-reindex", "--config", config, "--phase", "plan", "--json"]);
    expect(plan.code, plan.stderr).toBe(0);
    const result = plan.json?.result as { plan: { blue: string; green: string; loadMethod: string; newBuild: boolean } };
    expect(result.plan).toMatchObject({ blue: name, loadMethod: "reindex-task", newBuild: true });
    expect(result.plan.green).toMatch(new RegExp(`^${name}_\\d{14}$`));
  });

  it("--phase all runs to the end: the script converts, the public name becomes the alias of the build", async () => {
    const run = await cli(["es-reindex", "--config", config, "--phase", "all", "--json"]);
    expect(run.code, run.stderr).toBe(0);
    const aliases = await engine.getAliases([name]);
    const green = aliases.get(name)?.[0]?.index ?? "";
    expect(green).toMatch(new RegExp(`^${name}_\\d{14}$`));
    expect((await engine.listIndices(name)).map((i) => i.name)).toEqual([green]);
    const docs = await allDocs(engine, green);
    expect(docs.size).toBe(40);
    expect([...docs.values()].every((d) => typeof d.credits === "number")).toBe(true);
    // the new mapping works: credits is a number, title has its keyword sub-field
    expect(await engine.count(name, { range: { credits: { gte: 4 } } })).toBe(
      classDocs(40).filter((d) => Number(d.source.credits) >= 4).length,
    );
    expect(await engine.count(name, { term: { "title.raw": "art history" } })).toBe(8);
    expect(run.stderr).toMatch(/load: 40\/40 \(100%\)/);
  }, 120_000);

  it("a second switch changes nothing; a rollback to the deleted bare index is refused", async () => {
    const again = await cli(["es-reindex", "--config", config, "--phase", "switch-read", "--json"]);
    expect(again.code, again.stderr).toBe(0);
    expect((again.json?.result as { phases: { changed: boolean }[] }).phases[0]?.changed).toBe(false);
    const rollback = await cli(["es-reindex", "--config", config, "--phase", "rollback"]);
    expect(rollback.code).toBe(3);
    expect(rollback.stderr).toContain(`blue ${name} no longer exists`);
  });
});

describe.each<[EngineKind, "es" | "os"]>([
  ["elasticsearch", "es"],
  ["opensearch", "os"],
])("es-reindex from an index on %s: client-side copy and every switch", (kind, component) => {
  const stack = requireStack(component);
  const name = uniqueName("courses");
  const v1 = `${name}_v1`;
  const read = `read_${name}`;
  const write = `write_${name}`;
  let real: SearchEngine;
  let engine: SearchEngine;
  let configPath: string;

  const yaml = (weight: number, retention = "1d") => `version: 1
project: ${PROJECT}
search:
  engine: ${kind}
  url: ${kind === "elasticsearch" ? stack.esUrl : stack.osUrl}
  indices:
    - name: ${name}
      mappings: classes.json
      source: { type: index }
      readWeight: ${weight}
      validation:
        maxCountDifference: 0
        sampleQueries:
          - { name: intro, query: { match: { title: intro } } }
        latencySamples: 3
        # latency is not what this test checks (the unit tests of plan-validation do): noise on a shared machine must not fail it
        maxLatencyRatio: 10
      retention: ${retention}
`;
  const indexConfig = (weight: number, retention?: string): SearchIndexConfig => {
    const index = parseConfig(yaml(weight, retention), "cutover.yml", {}).config.search?.indices[0];
    if (!index) throw new Error("no index");
    return index;
  };
  const run = (phase: ReindexRunOptions["phase"], config: SearchIndexConfig = indexConfig(100)) =>
    runReindex({
      engine,
      stream: () => {
        throw new Error("no Kafka here");
      },
      config,
      project: PROJECT,
      configPath,
      phase,
      dryRun: false,
      breakLock: undefined,
      forMs: undefined,
      env: {},
      log: silentLog,
      now: () => new Date(),
      signal: new AbortController().signal,
      pollMs: 200,
    });
  const dataOf = async (phase: ReindexRunOptions["phase"], config?: SearchIndexConfig) =>
    (await run(phase, config)).data as { phases: { changed: boolean; [key: string]: unknown }[] };

  beforeAll(async () => {
    real = engineFor(kind, kind === "elasticsearch" ? stack.esUrl : stack.osUrl);
    engine = withoutReindex(real);
    configPath = writeConfig(yaml(100), { "classes.json": CLASSES_MAPPING });
    // the first run: a plain alias under the name, the app's old convention
    await real.createIndex(v1, { mappings: CLASSES_MAPPING, settings: { number_of_replicas: 0 } });
    await real.bulk(
      v1,
      classDocs(30).map((d) => ({ ...d, source: { ...d.source, credits: Number(d.source.credits) } })),
      { versionType: "internal", refresh: true },
    );
    await real.updateAliases([{ add: { index: v1, alias: name } }]);
  });
  afterAll(async () => {
    if (real) {
      await dropAll(real, PROJECT, name, [read]);
      await real.close();
    }
  });

  it("--dry-run prints the plan and changes nothing; an unknown --index is exit 2 naming it", async () => {
    const dry = await cli(["es-reindex", "--config", configPath, "--phase", "all", "--dry-run"]);
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.stdout).toContain(`first run: add alias ${read} → ${v1}`);
    // through the CLI the node's own capabilities decide: Elasticsearch's test distribution has no reindex
    expect(dry.stdout).toContain(kind === "elasticsearch" ? "client-side copy" : "as a background task");
    expect((await real.listIndices(name)).map((i) => i.name)).toEqual([v1]);
    expect((await real.getAliases([read, write])).size).toBe(0);
    const unknown = await cli(["es-reindex", "--config", configPath, "--index", "nope", "--phase", "plan"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain(`--index 'nope' is not in the config; it lists ${name}`);
  });

  it("create moves the plain alias onto the read/write pair; a second create changes nothing", async () => {
    const first = await dataOf("create");
    expect(first.phases[0]).toMatchObject({ changed: true, blue: v1 });
    const aliases = await real.getAliases([name, read, write]);
    expect(aliases.get(name)?.map((a) => a.index)).toEqual([v1]);
    expect(aliases.get(read)?.map((a) => a.index)).toEqual([v1]);
    expect(aliases.get(write)?.map((a) => a.index)).toEqual([v1]);
    expect((await dataOf("create")).phases[0]?.changed).toBe(false);
  });

  it("load copies client-side (no reindex module) and validate passes", async () => {
    const load = await dataOf("load");
    expect(load.phases[0]).toMatchObject({ changed: true, method: "client-copy", total: 30, written: 30 });
    expect((await dataOf("load")).phases[0]?.changed).toBe(false);
    const validate = await dataOf("validate");
    expect(validate.phases[0]).toMatchObject({ passed: true });
  }, 60_000);

  it("switch-read at 50: canary alias on green, weight stored; at 100 the read alias moves; at 0 it comes back", async () => {
    const green = ((await dataOf("switch-read", indexConfig(50))).phases[0] as unknown as { green: string }).green;
    let aliases = await real.getAliases([read, `${read}_canary`]);
    expect(aliases.get(read)?.map((a) => a.index)).toEqual([v1]);
    expect(aliases.get(`${read}_canary`)?.map((a) => a.index)).toEqual([green]);
    const routing = await real.readState<{ readAlias: string; canaryAlias: string; weight: number }>(stateIds.routing(read));
    expect(routing?.value).toMatchObject({ readAlias: read, canaryAlias: `${read}_canary`, weight: 50 });
    expect((await dataOf("switch-read", indexConfig(50))).phases[0]?.changed).toBe(false);

    await run("switch-read", indexConfig(100));
    aliases = await real.getAliases([read, `${read}_canary`]);
    expect(aliases.get(read)?.map((a) => a.index)).toEqual([green]);
    expect(aliases.has(`${read}_canary`)).toBe(false);
    expect(await real.readState(stateIds.routing(read))).toBeUndefined();

    await run("switch-read", indexConfig(0));
    expect((await real.getAliases([read])).get(read)?.map((a) => a.index)).toEqual([v1]);
  }, 60_000);

  it("switch-write moves the write alias; rollback puts both back; cleanup deletes only what the rules allow", async () => {
    await run("switch-read", indexConfig(100));
    const write1 = await dataOf("switch-write");
    const green = (write1.phases[0] as unknown as { green: string }).green;
    expect((await real.getAliases([write])).get(write)?.map((a) => a.index)).toEqual([green]);
    expect((await dataOf("switch-write")).phases[0]?.changed).toBe(false);

    // cleanup now: v1 is the newest blue and still aliased (the plain alias), green is live
    const keepAll = await dataOf("cleanup", indexConfig(100, "0s"));
    expect(keepAll.phases[0]).toMatchObject({ deleted: [] });

    await run("rollback");
    const aliases = await real.getAliases([read, write]);
    expect(aliases.get(read)?.map((a) => a.index)).toEqual([v1]);
    expect(aliases.get(write)?.map((a) => a.index)).toEqual([v1]);
    expect((await dataOf("rollback")).phases[0]?.changed).toBe(false);

    // within retention the rolled-back green stays; past it, it goes, and v1 (aliased) never does
    expect((await dataOf("cleanup", indexConfig(100, "1d"))).phases[0]).toMatchObject({ deleted: [] });
    expect((await dataOf("cleanup", indexConfig(100, "0s"))).phases[0]).toMatchObject({ deleted: [green] });
    expect(await real.exists(v1)).toBe(true);
  }, 60_000);

  it("validation fails (exit 3 material) when green misses documents the source has", async () => {
    await run("create");
    await run("load");
    await real.bulk(
      v1,
      classDocs(5, 100).map((d) => ({ ...d, source: { ...d.source, credits: 1 } })),
      { versionType: "internal", refresh: true },
    );
    const failure = await run("validate").catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(RefusedError);
    expect((failure as RefusedError).reasons.join("\n")).toMatch(/document count: green 30, source 35/);
    // and a switch after a failed validation is refused
    await expect(run("switch-read")).rejects.toBeInstanceOf(RefusedError);
  }, 60_000);

  it("a second run while the lock is held is refused naming the holder; --break-lock takes it", async () => {
    const held = await acquireReindexLock({
      engine: real,
      project: PROJECT,
      index: name,
      phase: "load",
      breakLock: undefined,
      env: { RUNNER_NAME: "runner-7" },
      now: () => new Date(),
      log: silentLog,
    });
    try {
      const viaCli = await cli(["es-reindex", "--config", configPath, "--phase", "cleanup"]);
      expect(viaCli.code).toBe(3);
      expect(viaCli.stderr).toContain(`run ${held.holder.id} on runner-7`);
      const refused = await run("cleanup").catch((error: unknown) => error);
      expect(refused).toBeInstanceOf(RefusedError);
      expect((refused as RefusedError).message).toContain(`run ${held.holder.id} on runner-7`);
      const broken = await runReindex({ ...baseOptions(), breakLock: held.holder.id }).catch((error: unknown) => error);
      expect(broken).not.toBeInstanceOf(RefusedError);
      expect(broken).not.toBeInstanceOf(OperationError);
    } finally {
      await held.release();
    }
  });

  it("a write to the source after the load began refuses the switches onto green, with nothing changed; a new build copies it", async () => {
    await run("rollback");
    await run("create");
    await run("load");
    // an update, not an insert: the counts still match, so validation alone would let it through
    const updated = { code: "C1", title: "intro to algebra, revised", credits: 2, term: "spring" };
    await real.bulk(v1, [{ id: "c1", source: updated }], { versionType: "internal", refresh: true });
    expect((await dataOf("validate")).phases[0]).toMatchObject({ passed: true });

    const aliasesNow = () => real.getAliases([read, write, `${read}_canary`]);
    const before = await aliasesNow();
    const refused = await run("switch-read", indexConfig(50)).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(RefusedError);
    expect((refused as RefusedError).message).toMatch(
      new RegExp(`^switch-read: ${v1} took 1 write\\(s\\) since the load into ${name}_\\d{14} began`),
    );
    expect((refused as RefusedError).reasons).toContain("nothing was switched");
    const viaCli = await cli(["es-reindex", "--config", configPath, "--phase", "switch-write"]);
    expect(viaCli.code, viaCli.stderr).toBe(3);
    expect(viaCli.stderr).toContain(`${v1} took 1 write(s) since the load`);
    expect(await aliasesNow()).toEqual(before);
    // reads back on blue are never refused
    await run("switch-read", indexConfig(0));

    await run("rollback");
    await run("create");
    await run("load");
    await run("switch-read", indexConfig(100));
    const green = (await real.getAliases([read])).get(read)?.[0]?.index ?? "";
    expect(green).toMatch(new RegExp(`^${name}_\\d{14}$`));
    expect((await allDocs(real, green)).get("c1")).toMatchObject({ title: "intro to algebra, revised", term: "spring" });
  }, 60_000);

  function baseOptions(): ReindexRunOptions {
    return {
      engine,
      stream: () => {
        throw new Error("no Kafka here");
      },
      config: indexConfig(100, "1d"),
      project: PROJECT,
      configPath,
      phase: "cleanup",
      dryRun: false,
      breakLock: undefined,
      forMs: undefined,
      env: {},
      log: silentLog,
      now: () => new Date(),
      signal: new AbortController().signal,
    };
  }
});

describe("es-reindex with a script on Elasticsearch's test distribution", () => {
  const stack = requireStack("es");
  it("is exit 2 naming the missing modules, and nothing is created", async () => {
    const name = uniqueName("scripted");
    const config = writeConfig(
      `version: 1
project: ${PROJECT}
search:
  engine: elasticsearch
  url: ${stack.esUrl}
  indices:
    - name: ${name}
      source:
        type: index
        index: ${name}_src
        script: { source: "ctx._source.x = 1" }
`,
    );
    const run = await cli(["es-reindex", "--config", config, "--phase", "all"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("needs the reindex and lang-painless modules");
    const engine = engineFor("elasticsearch", stack.esUrl);
    try {
      expect(await engine.listIndices(name)).toEqual([]);
    } finally {
      await engine.close();
    }
  });
});
