/**
 * es-reindex from another index, every phase through runReindex (and so through the apply loop),
 * on the memory engine: plan, --dry-run, create, load (client-side copy; `_reindex` task with its
 * re-attach), validate, switch-read at 50/100/0, switch-write, rollback before and after the write
 * switch, cleanup with retention, and the refusals that keep an index-fed build from losing writes.
 * The same story runs on the real nodes in test/integration/es-reindex-index.test.ts.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { InputError, OperationError, RefusedError } from "../../src/errors.js";
import { stateIds } from "../../src/reindex/build-names.js";
import { ES_PHASES } from "../../src/reindex/plan-phases.js";
import { ENGINE_PROFILES, MemorySearchEngine, painlessError, type CallRecord } from "../support/memory-search-engine.js";
import { classDocs, COURSES, coursesFixture } from "../support/reindex-fixtures.js";
import { capturedLog, indexConfig, reindexRunner, runState, TestClock } from "../support/reindex-harness.js";

const { name, v1, read, write, canary, green } = COURSES;
const DAY = 86_400_000;
const on = (...indices: string[]) => indices.map((index) => ({ index, isWriteIndex: false }));
/** Requests that change something on a node. */
const writes = (calls: readonly CallRecord[]) => calls.filter((c) => /^(PUT|POST _aliases|POST _bulk|DELETE|POST _reindex)/.test(c.call));

describe("es-reindex from an index, on the memory engine", () => {
  it("plan shows blue and the build to come, and only reads: no lock, nothing written", async () => {
    const { engine, reindex } = await coursesFixture();
    const before = engine.contents();
    const calls = engine.calls.length;
    const result = await reindex().run("plan");
    expect(result.headline).toBe(`plan for ${name}: blue ${v1}, green ${green} (new)`);
    expect(result.data.plan).toMatchObject({ blue: v1, green, newBuild: true, loadMethod: "client-copy", misfit: null });
    expect(engine.contents()).toEqual(before);
    expect(writes(engine.calls.slice(calls))).toEqual([]);
  });

  it("--dry-run of any phase, at any stage of a build, changes nothing and takes no lock", async () => {
    const { engine, reindex } = await coursesFixture();
    const runner = reindex();
    const dryRunAll = async () => {
      for (const phase of ES_PHASES) {
        const before = engine.contents();
        const calls = engine.calls.length;
        if (phase === "catch-up" || phase === "follow") {
          await expect(runner.run(phase, { dryRun: true })).rejects.toBeInstanceOf(InputError);
          continue;
        }
        const result = await runner.run(phase, { dryRun: true });
        expect(result.data.dryRun, phase).toBe(true);
        expect(engine.contents(), phase).toEqual(before);
        expect(writes(engine.calls.slice(calls)), phase).toEqual([]);
      }
    };
    await dryRunAll();
    const dry = await runner.run("all", { dryRun: true });
    expect(dry.headline).toBe(`all for ${name} (dry run): nothing changed`);
    expect(JSON.stringify(dry.report)).toContain(`first run: add alias ${read} → ${v1}`);
    for (const phase of ["create", "load", "validate", "switch-read"] as const) await runner.run(phase);
    await dryRunAll();
    await runner.run("switch-write");
    await dryRunAll();
  });

  it("create moves the plain alias onto the read/write pair and makes green for loading; a second create changes nothing", async () => {
    const { engine, reindex } = await coursesFixture();
    const runner = reindex();
    const [created] = runner.phases(await runner.run("create"));
    expect(created).toMatchObject({ changed: true, blue: v1, green, created: true });
    expect(engine.aliasTable()).toEqual({ [name]: on(v1), [read]: on(v1), [write]: on(v1) });
    expect(await engine.getSettings(green)).toMatchObject({ index: { refresh_interval: "-1", number_of_replicas: "0" } });
    expect(engine.documents(green).size).toBe(0);
    expect(runner.phases(await runner.run("create"))[0]).toMatchObject({ changed: false, created: false });
  });

  it("load copies client-side where the node has no reindex module, then serves with blue's settings; a rerun changes nothing", async () => {
    const { engine, reindex } = await coursesFixture(ENGINE_PROFILES.elasticsearch);
    const runner = reindex();
    await runner.run("create");
    const [load] = runner.phases(await runner.run("load"));
    expect(load).toMatchObject({ changed: true, method: "client-copy", source: v1, total: 30, written: 30 });
    expect(engine.documents(green)).toEqual(engine.documents(v1));
    // refresh_interval back to the default (blue sets none), replicas as blue has them
    const settings = (await engine.getSettings(green)).index as Record<string, unknown>;
    expect(settings).not.toHaveProperty("refresh_interval");
    expect(settings.number_of_replicas).toBe("0");
    expect(await engine.count(green)).toBe(30);
    expect((await runState(engine, name))?.build).toMatchObject({ sourceWritesAtLoad: 30, done: ["create", "load"] });
    expect(runner.phases(await runner.run("load"))[0]).toMatchObject({ changed: false });
  });

  it.each([ENGINE_PROFILES.elasticsearch, ENGINE_PROFILES.opensearch])(
    "load on $kind copies writes the source had not refreshed yet (a copy sees refreshed documents only)",
    async (profile) => {
      const { engine, reindex } = await coursesFixture(profile);
      const runner = reindex();
      // the source refreshes only when told (a bulk job's setting): its last writes are not searchable yet
      await engine.putSettings(v1, { refresh_interval: "-1" });
      await engine.bulk(v1, classDocs(4, 30), { versionType: "internal" });
      await runner.run("create");
      await runner.run("load");
      expect([...engine.documents(green).keys()].sort()).toEqual([...engine.documents(v1).keys()].sort());
      // and a write after the copy began is still refused at the switch
      await engine.bulk(v1, classDocs(1, 90), { versionType: "internal" });
      expect(await runner.fail("switch-read")).toBeInstanceOf(RefusedError);
    },
  );

  it("load by _reindex task: the task id is stored before the first poll, so an interrupted load re-attaches; a task gone starts again", async () => {
    const { engine, reindex, log } = await coursesFixture(ENGINE_PROFILES.opensearch, { taskPolls: 3 });
    const runner = reindex();
    await runner.run("create");
    const interrupt = async () => {
      const stop = new AbortController();
      const off = engine.onCall((call) => {
        if (call.call === "GET _tasks") stop.abort(new Error("SIGTERM received"));
      });
      const error = await runner.fail("load", { signal: stop.signal });
      off();
      return error;
    };
    const stopped = await interrupt();
    expect(stopped).toBeInstanceOf(OperationError);
    expect(stopped).toMatchObject({ message: "load stopped: interrupted", aftermath: { kind: "resumable" } });
    const taskId = (await runState(engine, name))?.build?.reindexTaskId;
    expect(taskId).toMatch(/^memory-opensearch:\d+$/);

    const calls = engine.calls.length;
    const [load] = runner.phases(await runner.run("load"));
    expect(load).toMatchObject({ changed: true, method: "reindex-task", taskId, written: 30 });
    expect(engine.calls.slice(calls).filter((c) => c.call === "POST _reindex")).toEqual([]);
    expect(log.lines).toContain(`info: load: re-attached to reindex task ${taskId}`);

    // a new build, interrupted, and the node restarts: the task and its result are gone
    await runner.run("switch-read");
    await runner.run("rollback");
    await runner.run("create");
    expect(await interrupt()).toBeInstanceOf(OperationError);
    engine.forgetTasks();
    const [again] = runner.phases(await runner.run("load"));
    expect(again).toMatchObject({ changed: true, method: "reindex-task", written: 30 });
    expect(log.lines.some((line) => /^warn: load: reindex task .* is gone; starting the copy again$/.test(line))).toBe(true);
  });

  it("a reindex task that completed with failures fails the load (resumable), and the next run starts a new task", async () => {
    const script = "ctx._source.credits = ctx._source.credits * 2";
    let failOn: string | undefined = "c7";
    const { engine, reindex } = await coursesFixture(ENGINE_PROFILES.opensearch, {
      scripts: {
        [script]: (ctx) => {
          if (ctx._id === failOn) throw painlessError("java.lang.ClassCastException", "class java.lang.String cannot be cast");
          ctx._source.credits = Number(ctx._source.credits) * 2;
        },
      },
    });
    const runner = reindex({ extra: { source: { type: "index", script: { source: script } } } });
    await runner.run("create");
    const failed = await runner.fail("load");
    expect(failed).toBeInstanceOf(OperationError);
    expect((failed as OperationError).message).toMatch(
      /^reindex task memory-opensearch:1 completed with 1 failure\(s\): script_exception: runtime error \(caused by java\.lang\.ClassCastException/,
    );
    expect((failed as OperationError).aftermath.kind).toBe("resumable");
    expect((await runState(engine, name))?.build?.reindexTaskId).toBeUndefined();
    failOn = undefined;
    expect(runner.phases(await runner.run("load"))[0]).toMatchObject({ taskId: "memory-opensearch:2", written: 30 });
    expect(engine.documents(green).get("c3")).toMatchObject({ credits: 8 });
  });

  it("validate passes on a full copy; fails (exit 3 material) when the source has more, and the switches are then refused", async () => {
    const { engine, reindex } = await coursesFixture();
    const runner = reindex();
    await runner.run("create");
    await runner.run("load");
    expect(runner.phases(await runner.run("validate"))[0]).toMatchObject({ passed: true, changed: false });
    await engine.bulk(v1, classDocs(5, 100), { versionType: "internal", refresh: true });
    const failed = await runner.fail("validate");
    expect(failed).toBeInstanceOf(RefusedError);
    expect((failed as RefusedError).reasons.join("\n")).toMatch(/document count: green 30, source 35/);
    expect((await runState(engine, name))?.build?.validation?.passed).toBe(false);
    const refused = await runner.fail("switch-read");
    expect(refused).toBeInstanceOf(RefusedError);
    expect((refused as RefusedError).message).toBe(`the last validation of ${green} failed; reads stay where they are`);
  });

  it("--phase all refused at validate: the refusal says create and load stay in place and how to resume, not 'nothing was changed'", async () => {
    // a script that skips one document: green ends a document short, so the count check fails
    const script = "if (ctx._id == 'c7') { ctx.op = 'noop' }";
    const { engine, reindex } = await coursesFixture(ENGINE_PROFILES.opensearch, {
      scripts: {
        [script]: (ctx) => {
          if (ctx._id === "c7") ctx.op = "noop";
        },
      },
    });
    const refused = await reindex({ extra: { source: { type: "index", script: { source: script } } } }).fail("all");
    expect(refused).toBeInstanceOf(RefusedError);
    expect((refused as RefusedError).reasons.join("\n")).toMatch(/document count: green 29, source 30/);
    expect((refused as RefusedError).aftermath).toEqual({
      kind: "resumable",
      detail: expect.stringMatching(
        /^Made before the failure: create: .*; load: .* Run cutover es-reindex --index courses --phase all again/,
      ) as unknown as string,
    });
    expect(engine.documents(green).size).toBe(29);
  });

  it("switch-read at 50 puts the canary alias on green and stores the weight; at 100 the read alias moves; at 0 it comes back", async () => {
    const { engine, reindex } = await coursesFixture();
    await reindex().run("create");
    await reindex().run("load");
    await reindex().run("validate");
    const half = reindex({ readWeight: 50 });
    expect(half.phases(await half.run("switch-read"))[0]).toMatchObject({ changed: true, weight: 50 });
    expect(engine.aliasTable()).toMatchObject({ [read]: on(v1), [canary]: on(green), [write]: on(v1) });
    expect((await engine.readState(stateIds.routing(read)))?.value).toMatchObject({ readAlias: read, canaryAlias: canary, weight: 50 });
    expect(half.phases(await half.run("switch-read"))[0]).toMatchObject({ changed: false });

    await reindex({ readWeight: 100 }).run("switch-read");
    expect(engine.aliasTable()).toMatchObject({ [read]: on(green), [write]: on(v1) });
    expect(engine.aliasTable()).not.toHaveProperty(canary);
    expect(await engine.readState(stateIds.routing(read))).toBeUndefined();

    await reindex({ readWeight: 0 }).run("switch-read");
    expect(engine.aliasTable()).toMatchObject({ [read]: on(v1), [write]: on(v1) });
  });

  it("switch-write moves the write alias and retires blue; rollback puts both back; cleanup deletes green only past its retention", async () => {
    const { engine, reindex, clock } = await coursesFixture();
    const runner = reindex();
    for (const phase of ["create", "load", "validate", "switch-read"] as const) await runner.run(phase);
    const [switched] = runner.phases(await runner.run("switch-write"));
    expect(switched).toMatchObject({ changed: true, green, blue: v1 });
    expect(engine.aliasTable()).toMatchObject({ [read]: on(green), [write]: on(green), [name]: on(v1) });
    const state = await runState(engine, name);
    expect(state?.retired).toEqual([{ index: v1, at: clock.date().toISOString() }]);
    expect(state?.build?.greenWritesAtSwitch).toBe(30);
    expect(runner.phases(await runner.run("switch-write"))[0]).toMatchObject({ changed: false });
    // v1 is the newest blue and carries the plain alias: never a candidate
    expect(runner.phases(await reindex({ retention: "0s" }).run("cleanup"))[0]).toMatchObject({ deleted: [] });

    const [back] = runner.phases(await runner.run("rollback"));
    expect(back).toMatchObject({ changed: true, blue: v1, caughtUp: null });
    expect(engine.aliasTable()).toMatchObject({ [read]: on(v1), [write]: on(v1) });
    expect(runner.phases(await runner.run("rollback"))[0]).toMatchObject({ changed: false });

    expect(runner.phases(await reindex({ retention: "1d" }).run("cleanup"))[0]).toMatchObject({ deleted: [] });
    clock.advance(2 * DAY);
    expect(runner.phases(await reindex({ retention: "1d" }).run("cleanup"))[0]).toMatchObject({ deleted: [green] });
    expect(engine.indexNames()).not.toContain(green);
    expect(engine.indexNames()).toContain(v1);
  });

  it("rollback before the write switch only moves reads back", async () => {
    const { engine, reindex } = await coursesFixture();
    const runner = reindex();
    for (const phase of ["create", "load", "validate", "switch-read"] as const) await runner.run(phase);
    const counted = engine.calls.length;
    expect(runner.phases(await runner.run("rollback"))[0]).toMatchObject({ changed: true, caughtUp: null });
    expect(engine.calls.slice(counted).filter((c) => c.call === "GET _stats/indexing" && c.resource === green)).toEqual([]);
    expect(engine.aliasTable()).toMatchObject({ [read]: on(v1), [write]: on(v1) });
  });

  it("rollback after the write switch is refused with the count of writes green took, unless --accept-stale", async () => {
    const { engine, reindex, log } = await coursesFixture();
    const runner = reindex();
    for (const phase of ["create", "load", "validate", "switch-read", "switch-write"] as const) await runner.run(phase);
    // the application writes through the write alias, now to green
    await engine.bulk(
      write,
      [
        { id: "c1", source: { code: "C1", credits: 9 } },
        { id: "c100", source: { code: "C100", credits: 1 } },
      ],
      {
        versionType: "internal",
      },
    );
    const aliases = engine.aliasTable();
    const refused = await runner.fail("rollback");
    expect(refused).toBeInstanceOf(RefusedError);
    expect((refused as RefusedError).message).toContain(`rollback: ${v1} is behind green: ${green} took 2 write(s) since the write switch`);
    expect((refused as RefusedError).reasons).toContain("nothing was switched: reads and writes stay on green");
    expect(engine.aliasTable()).toEqual(aliases);

    // a counter that went back (a shard restarted) cannot tell: refused too
    engine.restartShards(green);
    expect(await runner.fail("rollback")).toMatchObject({ message: expect.stringContaining("its write counter went back") as unknown });

    const [accepted] = runner.phases(await runner.run("rollback", { acceptStale: true }));
    expect(accepted).toMatchObject({ changed: true });
    expect(engine.aliasTable()).toMatchObject({ [read]: on(v1), [write]: on(v1) });
    expect(log.lines.some((line) => line.startsWith("warn: rollback: --accept-stale: cannot tell how many writes"))).toBe(true);
  });

  it("a write to the source after the load began refuses the switches onto green with nothing switched; reads back on blue are allowed", async () => {
    const { engine, reindex } = await coursesFixture();
    const runner = reindex({ readWeight: 50 });
    for (const phase of ["create", "load"] as const) await runner.run(phase);
    await engine.bulk(v1, [{ id: "c1", source: { code: "C1", title: "intro to algebra, revised", credits: 2 } }], {
      versionType: "internal",
    });
    expect(runner.phases(await runner.run("validate"))[0]).toMatchObject({ passed: true });
    const aliases = engine.aliasTable();
    const refused = await runner.fail("switch-read");
    expect(refused).toBeInstanceOf(RefusedError);
    expect((refused as RefusedError).message).toBe(
      `switch-read: ${v1} took 1 write(s) since the load into ${green} began, and ${green} lacks them`,
    );
    expect((refused as RefusedError).reasons).toContain("nothing was switched");
    expect(await runner.fail("switch-write")).toBeInstanceOf(RefusedError);
    expect(engine.aliasTable()).toEqual(aliases);
    await reindex({ readWeight: 0 }).run("switch-read");
  });

  it("a script on a node without the reindex module is exit 2 before anything is touched", async () => {
    const { engine, reindex } = await coursesFixture(ENGINE_PROFILES.elasticsearch);
    const before = engine.contents();
    const error = await reindex({ extra: { source: { type: "index", script: { source: "ctx._source.x = 1" } } } }).fail("all");
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message).toContain("needs the reindex and lang-painless modules");
    expect(engine.contents()).toEqual(before);
  });

  it("an interrupted client-side copy is done again by the rerun, ending with every document", async () => {
    const { engine, reindex } = await coursesFixture(ENGINE_PROFILES.elasticsearch);
    await engine.bulk(v1, classDocs(2_470, 30), { versionType: "internal", refresh: true });
    const runner = reindex({ extra: { validation: { maxCountDifference: 0, latencySamples: 1 } } });
    await runner.run("create");
    const stop = new AbortController();
    const off = engine.onCall((call) => {
      if (call.call === "POST _bulk" && call.resource === green) stop.abort(new Error("SIGINT received"));
    });
    const error = await runner.fail("load", { signal: stop.signal });
    off();
    expect(error).toMatchObject({ message: "load stopped: interrupted", aftermath: { kind: "resumable" } });
    expect(engine.documents(green).size).toBeLessThan(2_500);
    expect(runner.phases(await runner.run("load"))[0]).toMatchObject({ total: 2_500, written: 2_500 });
    expect(runner.phases(await runner.run("validate"))[0]).toMatchObject({ passed: true });
  });

  it("seed 003 on OpenSearch: a bare index under the public name, a painless script, the name becomes the build's alias", async () => {
    const clock = new TestClock();
    const script = "if (ctx._source.credits instanceof String) { ctx._source.credits = Integer.parseInt(ctx._source.credits.trim()); }";
    const engine = new MemorySearchEngine({
      ...ENGINE_PROFILES.opensearch,
      now: clock.now,
      scripts: {
        [script]: (ctx) => {
          if (typeof ctx._source.credits === "string") ctx._source.credits = Number.parseInt(ctx._source.credits.trim(), 10);
        },
      },
    });
    const classes = "classes";
    await engine.createIndex(classes, { mappings: { properties: { credits: { type: "keyword" } } }, settings: { number_of_replicas: 0 } });
    await engine.bulk(
      classes,
      classDocs(40).map((d, i) => ({ ...d, source: { ...d.source, credits: i % 2 ? ` ${d.source.credits} ` : String(d.source.credits) } })),
      { versionType: "internal", refresh: true },
    );
    const dir = mkdtempSync(join(tmpdir(), "cutover-unit-"));
    writeFileSync(join(dir, "classes.json"), JSON.stringify(COURSES.mapping));
    const config = indexConfig(
      {
        name: classes,
        aliases: { read: classes, write: classes },
        mappings: "classes.json",
        source: { type: "index", script: { source: script } },
        validation: { maxCountDifference: 0, latencySamples: 3, maxLatencyRatio: 10 },
      },
      "opensearch",
    );
    const runner = reindexRunner({ engine, config, clock, log: capturedLog().log });
    const all = await runner.run("all", { configPath: join(dir, "cutover.yml") });
    expect(runner.phases(all).map((p) => p.phase)).toEqual(["plan", "create", "load", "validate", "switch-read"]);
    const build = `${classes}_20260302090000`;
    expect(engine.aliasTable()).toEqual({ [classes]: on(build) });
    expect(engine.indexNames()).toEqual([build, "cutover-reindex-state"]);
    expect([...engine.documents(build).values()].every((doc) => typeof doc.credits === "number")).toBe(true);
    expect(await engine.count(classes, { range: { credits: { gte: 4 } } })).toBe(16);
    expect(await engine.count(classes, { term: { "title.raw": "art history" } })).toBe(8);
    expect((await runState(engine, classes))?.build).toMatchObject({ writeSwitchedAt: clock.date().toISOString() });
    expect(runner.phases(await runner.run("switch-read"))[0]).toMatchObject({ changed: false });
    const refused = await runner.fail("rollback");
    expect(refused).toBeInstanceOf(RefusedError);
    expect((refused as RefusedError).message).toContain(`blue ${classes} no longer exists`);
  });
});
