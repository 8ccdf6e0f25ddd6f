/**
 * es-reindex fed from Kafka, every phase through runReindex, on the memory engine and stream: the
 * full load with deletes kept as tombstones (and resumed from its checkpoint after a stop),
 * catch-up, follow with --for, the write switch (to the application's committed offsets, then a
 * last pass, put back when that fails), rollback after it (blue caught up first, the last pass,
 * the put-back, retention having deleted what blue needs), and a follow giving way to a rollback.
 * The same stories run on the real nodes in test/integration/es-reindex-{kafka,rollback,crash}.test.ts.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { OperationError, RefusedError } from "../../src/errors.js";
import { stateIds } from "../../src/reindex/build-names.js";
import { ES_PHASES } from "../../src/reindex/plan-phases.js";
import type { ReindexLockValue } from "../../src/reindex/lock-decision.js";
import { TOMBSTONE_FIELD } from "../../src/reindex/tombstones.js";
import { SPENT, spentFixture } from "../support/reindex-fixtures.js";
import { differences, PROJECT, runState } from "../support/reindex-harness.js";

const { name, read, write, blue, green, topic, full } = SPENT;
const on = (index: string) => [{ index, isWriteIndex: false }];
const tombstones = (docs: Map<string, Record<string, unknown>>) => [...docs.values()].filter((d) => d[TOMBSTONE_FIELD] !== undefined);

afterEach(() => {
  vi.useRealTimers();
});

describe("es-reindex from Kafka, on the memory engine", () => {
  it("--phase all with writeSwitch auto while the application keeps writing: green ends holding exactly what it wrote", async () => {
    const { engine, stream, app, reindex } = await spentFixture();
    // changes since the dump, before the build: catch-up brings them in
    for (let i = 0; i < 10; i++) await app.change(`s${i}`, i % 4 === 3 ? "delete" : i % 5 === 4 ? "tombstone" : "update");
    let n = 0;
    let duringCatchUp = 6;
    // the application writes on while the build reads: a change per batch handed to the loader,
    // a few while catch-up reads (switch-write takes what catch-up leaves, below maxLag)
    stream.onBatch(async ({ topic: reading }) => {
      if (reading === full || duringCatchUp-- > 0)
        await app.change(`s${10 + (n++ % 40)}`, n % 7 === 3 ? "delete" : n % 11 === 5 ? "tombstone" : "update");
    });
    // and right at the write switch, one its indexer applies only after it
    engine.onCall((call) => {
      if (call.call === "POST _aliases" && call.resource === write) void app.change("s55", "update", { lagging: true });
    });
    const runner = reindex({ catchUp: { maxLag: 5, maxRounds: 5 } });
    const all = await runner.run("all");
    expect(runner.phases(all).map((p) => p.phase)).toEqual([
      "plan",
      "create",
      "load",
      "catch-up",
      "validate",
      "switch-read",
      "switch-write",
    ]);
    await app.catchUp();
    for (let i = 0; i < 5; i++) await app.change(`s${50 + i}`, "update");

    expect(engine.aliasTable()).toMatchObject({ [read]: on(green), [write]: on(green) });
    const docs = engine.documents(green);
    expect(tombstones(docs)).toEqual([]);
    expect(differences(docs, app.expected)).toEqual([]);
  });

  it("--dry-run of any phase, before and after a build, changes nothing in the engine and reads no topic", async () => {
    const { engine, stream, app, reindex } = await spentFixture();
    const runner = reindex();
    const dryRunAll = async () => {
      for (const phase of ES_PHASES) {
        const before = engine.contents();
        const reads = stream.calls.length;
        const result = await runner.run(phase, { dryRun: true });
        expect(result.data.dryRun, phase).toBe(true);
        expect(engine.contents(), phase).toEqual(before);
        expect(stream.calls.slice(reads), phase).toEqual([]);
      }
    };
    await dryRunAll();
    await runner.run("all");
    await app.change("s2", "update");
    await dryRunAll();
  });

  it("load keeps deletes as tombstones, which outlive index.gc_deletes until catch-up purges them", async () => {
    const { engine, stream, clock, app, reindex } = await spentFixture();
    const at = clock.now();
    // in the dump: s5 deleted (a deleteField record), s6 deleted (a Kafka tombstone)
    stream.produce(full, [
      { partition: 1, key: "s5", value: { id: "s5", amount: 0, updated_at: at + 20, deleted: true } },
      { partition: 0, key: "s6", value: null, timestamp: at + 20 },
    ]);
    // in the incremental topic, a stale update of s5 (older than its delete), replayed by catch-up, and
    // a delete of s7 that did not bump its version: of two records with one version, the later wins
    const s7 = at - 3_600_000 + 7;
    stream.produce(topic, [
      { partition: 1, key: "s5", value: { id: "s5", amount: 5, updated_at: at + 10, deleted: false }, timestamp: at },
      { partition: 1, key: "s7", value: { id: "s7", amount: 7, updated_at: s7, deleted: true }, timestamp: at },
    ]);
    const runner = reindex();
    await runner.run("create");
    const [load] = runner.phases(await runner.run("load"));
    expect(load).toMatchObject({ records: 62, deleted: 2 });
    expect(engine.documents(green).get("s5")).toEqual({ [TOMBSTONE_FIELD]: true, cutover_tombstone_version: at + 20 });
    // a minute later a plain delete would be forgotten and the stale update would bring s5 back
    clock.advance(61_000);
    const [catchUp] = runner.phases(await runner.run("catch-up"));
    expect(catchUp).toMatchObject({ rounds: [{ round: 1, records: 2 }], tombstonesPurged: 3, lag: 0 });
    const docs = engine.documents(green);
    expect(docs.has("s5")).toBe(false);
    expect(docs.has("s6")).toBe(false);
    expect(docs.has("s7")).toBe(false);
    expect(tombstones(docs)).toEqual([]);
    app.expected.set("s5", "deleted").set("s6", "deleted").set("s7", "deleted");
    expect(differences(docs, app.expected)).toEqual([]);
  });

  it("a load stopped part-way resumes from its checkpoint and reads only what was left", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const { engine, stream, app, reindex } = await spentFixture({ ids: 400 });
    const runner = reindex({ batchSize: 20 });
    await runner.run("create");
    const stop = new AbortController();
    let batches = 0;
    stream.onBatch(({ topic: read }) => {
      if (read !== full) return;
      batches++;
      // two seconds pass between batches 3 and 4: the loader checkpoints, and is stopped a little later
      if (batches === 4) vi.setSystemTime(Date.now() + 3_000);
      if (batches === 8) stop.abort(new Error("SIGTERM received"));
    });
    const stopped = await runner.fail("load", { signal: stop.signal });
    expect(stopped).toBeInstanceOf(OperationError);
    expect(stopped).toMatchObject({ message: "load stopped: interrupted", aftermath: { kind: "resumable" } });
    const checkpoint = (await runState(engine, name))?.build?.kafka.loadNext ?? [];
    const saved = checkpoint.reduce((sum, p) => sum + Number(p.offset), 0);
    expect(saved).toBeGreaterThan(0);
    expect(saved).toBeLessThan(400);

    const before = stream.delivered;
    const [load] = runner.phases(await runner.run("load"));
    expect(load).toMatchObject({ changed: true, records: 400 - saved });
    expect(stream.delivered - before).toBe(400 - saved);
    expect(differences(engine.documents(green), app.expected)).toEqual([]);
  });

  it("catch-up outpaced by the producer stops after maxRounds (resumable); the rerun continues to the end", async () => {
    const { engine, stream, app, reindex } = await spentFixture();
    const runner = reindex({ catchUp: { maxLag: 0, maxRounds: 2 } });
    await runner.run("create");
    await runner.run("load");
    for (let i = 0; i < 6; i++) await app.change(`s${i}`, "update");
    let producing = true;
    const off = stream.onBatch(async ({ topic: read }) => {
      if (producing && read === topic) for (let i = 0; i < 3; i++) await app.change(`s${20 + i}`, "update");
    });
    const behind = await runner.fail("catch-up");
    expect(behind).toBeInstanceOf(OperationError);
    expect((behind as OperationError).message).toMatch(/^catch-up: still \d+ record\(s\) behind after 2 round\(s\) \(maxLag 0\)/);
    expect((behind as OperationError).aftermath.kind).toBe("resumable");
    producing = false;
    off();
    const [caughtUp] = runner.phases(await runner.run("catch-up"));
    expect(caughtUp).toMatchObject({ changed: true, lag: 0 });
    expect(differences(engine.documents(green), app.expected)).toEqual([]);
  });

  it("follow --for keeps blue current after the write switch, then ends", async () => {
    const { engine, app, reindex } = await spentFixture();
    const runner = reindex();
    await runner.run("all");
    for (let i = 0; i < 8; i++) await app.change(`s${30 + i}`, i % 3 === 0 ? "delete" : "update");
    expect(differences(engine.documents(blue), app.expected)).not.toEqual([]);
    const [follow] = runner.phases(await runner.run("follow", { forMs: 100 }));
    expect(follow).toMatchObject({ phase: "follow", index: blue, side: "blue", applied: 8, lag: 0 });
    expect(differences(engine.documents(blue), app.expected)).toEqual([]);
  });

  it("switch-write catches green up to the indexer's committed offsets, switches, and applies the rest in a last pass; blue is followed from the commits", async () => {
    const { engine, app, reindex } = await spentFixture();
    const runner = reindex({}, { writeSwitch: "manual" });
    // the indexer applies and commits two changes, then falls behind: catch-up brings the next two to
    // green, which blue has not got
    for (let i = 0; i < 2; i++) await app.change(`s${i}`, "update");
    for (let i = 0; i < 2; i++) await app.change(`s${20 + i}`, "update", { lagging: true });
    await runner.run("all");
    for (let i = 0; i < 3; i++) await app.change(`s${40 + i}`, "update", { lagging: true });
    const [switched] = runner.phases(await runner.run("switch-write"));
    expect(switched).toMatchObject({ changed: true, switched: true });
    expect(engine.aliasTable()).toMatchObject({ [write]: on(green) });
    // the last pass took what the indexer had not committed: green holds it before the indexer applies it
    expect(differences(engine.documents(green), app.expected)).toEqual([]);
    const state = await runState(engine, name);
    expect(state?.build?.kafka.blue).toEqual(switched?.bluePosition);
    await app.catchUp();
    // blue lacks what the indexer had not committed: follow brings it from the commits it was left at
    expect(differences(engine.documents(blue), app.expected)).toHaveLength(5);
    await runner.run("follow", { forMs: 50 });
    expect(differences(engine.documents(blue), app.expected)).toEqual([]);
  });

  it("switch-write whose last pass fails puts the write alias back on blue (restored)", async () => {
    const { engine, stream, app, reindex } = await spentFixture();
    const runner = reindex({}, { writeSwitch: "manual" });
    await runner.run("all");
    await app.change("s1", "update");
    // the first read is the catch-up before the switch, the second the last pass
    stream.inject({ method: "readRange", topic, skip: 1, error: new Error("the broker went away") });
    const failed = await runner.fail("switch-write");
    expect(failed).toBeInstanceOf(OperationError);
    expect(failed).toMatchObject({
      message: `switch-write: the last pass into ${green} failed: the broker went away`,
      aftermath: { kind: "restored" },
    });
    expect(engine.aliasTable()).toMatchObject({ [write]: on(blue), [read]: on(green) });
    expect((await runState(engine, name))?.build?.writeSwitchedAt).toBeUndefined();
    expect(runner.phases(await runner.run("switch-write"))[0]).toMatchObject({ changed: true });
  });

  it("rollback after the write switch catches blue up first, switches, and applies what came meanwhile: blue holds exactly what was written", async () => {
    const { engine, app, reindex } = await spentFixture();
    const runner = reindex();
    await runner.run("all");
    // the application writes to green now; no follow runs
    for (let i = 0; i < 12; i++) await app.change(`s${i * 3}`, i % 5 === 2 ? "delete" : i % 7 === 3 ? "tombstone" : "update");
    engine.onCall((call) => {
      if (call.call === "POST _aliases" && call.resource.includes(read)) void app.change("s59", "update", { lagging: true });
    });
    const [back] = runner.phases(await runner.run("rollback"));
    expect(back).toMatchObject({ changed: true, blue, caughtUp: { beforeSwitch: 12, afterSwitch: 1 } });
    expect(engine.aliasTable()).toMatchObject({ [read]: on(blue), [write]: on(blue) });
    await app.catchUp();
    expect(differences(engine.documents(blue), app.expected)).toEqual([]);
  });

  it("rollback whose last pass fails puts the aliases back on green (restored)", async () => {
    const { engine, stream, app, reindex } = await spentFixture();
    const runner = reindex();
    await runner.run("all");
    await app.change("s3", "update");
    stream.inject({ method: "readRange", topic, skip: 1, error: new Error("the broker went away") });
    const failed = await runner.fail("rollback");
    expect(failed).toMatchObject({
      message: `rollback: the last pass into ${blue} failed: the broker went away`,
      aftermath: { kind: "restored" },
    });
    expect(engine.aliasTable()).toMatchObject({ [read]: on(green), [write]: on(green) });
    expect((await runState(engine, name))?.build?.rolledBackAt).toBeUndefined();
  });

  it("rollback is refused when retention deleted records blue never got; --accept-stale goes back knowingly", async () => {
    const { engine, stream, app, reindex } = await spentFixture();
    const runner = reindex();
    await runner.run("all");
    for (let i = 0; i < 6; i++) await app.change(`s${i * 2}`, "update");
    stream.deleteRecordsBefore(topic, 0, (await stream.watermarks(topic))[0]?.high ?? "0");
    const aliases = engine.aliasTable();
    const refused = await runner.fail("rollback");
    expect(refused).toBeInstanceOf(RefusedError);
    expect((refused as RefusedError).message).toMatch(
      new RegExp(`^rollback: ${blue} is behind green: \\d+ record\\(s\\) of the incremental topic after blue's position were deleted`),
    );
    expect(engine.aliasTable()).toEqual(aliases);
    expect(runner.phases(await runner.run("rollback", { acceptStale: true }))[0]).toMatchObject({ changed: true });
    expect(engine.aliasTable()).toMatchObject({ [read]: on(blue), [write]: on(blue) });
  });

  it("a follow holding the lock gives way to a rollback, and ends at its next write", async () => {
    const { engine, app, reindex, log } = await spentFixture();
    const runner = reindex();
    await runner.run("all");
    const following = runner.run("follow");
    const lockId = stateIds.lock(PROJECT, name);
    for (let i = 0; i < 500 && (await engine.readState<ReindexLockValue>(lockId))?.value.phase !== "follow"; i++)
      await new Promise((resolve) => setTimeout(resolve, 2));
    expect((await engine.readState<ReindexLockValue>(lockId))?.value.phase).toBe("follow");

    const [back] = runner.phases(await runner.run("rollback"));
    expect(back).toMatchObject({ changed: true });
    expect(
      log.lines.some((line) => /^warn: taking over the lock of index 'spent' from run \w+ \(follow\) .*a follow run gives way/.test(line)),
    ).toBe(true);
    // the follow run finds the lock gone when it next saves its position, and stops there
    await app.change("s1", "update");
    const [followed] = runner.phases(await following);
    expect(followed).toMatchObject({ phase: "follow", side: "blue" });
    expect(engine.aliasTable()).toMatchObject({ [read]: on(blue), [write]: on(blue) });
    expect(log.lines).toContain("error: the lock of index 'spent' was taken by another run; stopping");
  });
});
