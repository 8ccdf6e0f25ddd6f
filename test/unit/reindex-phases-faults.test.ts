/**
 * es-reindex when the engine fails, and the index's lock, on the memory engine. The sweeps fail
 * each engine request of a switch in turn (a 403, which nothing retries) and check what the run
 * left: the aliases fully switched or fully not (one atomic `_aliases` call), an error that says so
 * (resumable, or restored when put back), and "untouched" only when nothing changed at all.
 */
import { describe, expect, it } from "vitest";
import { OperationError, RefusedError } from "../../src/errors.js";
import { stateIds } from "../../src/reindex/build-names.js";
import type { EsPhase } from "../../src/reindex/plan-phases.js";
import { acquireReindexLock } from "../../src/reindex/reindex-lock.js";
import { StateConflictError } from "../../src/search/engine.js";
import { faults, type MemorySearchEngine } from "../support/memory-search-engine.js";
import { COURSES, coursesFixture, spentFixture } from "../support/reindex-fixtures.js";
import { capturedLog, PROJECT, runState, world, type Runner } from "../support/reindex-harness.js";

const { name, v1, read, write, green } = COURSES;
const DENIED = faults.error(403, "security_exception", "action [indices:admin/aliases] is unauthorized for user [cutover] [injected]");

/**
 * Runs `phase` once cleanly to count its requests, then once per request with that one failing,
 * each time from the same world; returns what broke the rules (empty when none did).
 */
async function sweep(engine: MemorySearchEngine, runner: Runner, phase: EsPhase): Promise<{ requests: number; problems: string[] }> {
  const saved = engine.snapshot();
  const before = engine.aliasTable();
  const worldBefore = world(engine);
  const start = engine.calls.length;
  await runner.run(phase);
  const requests = engine.calls.length - start;
  const after = engine.aliasTable();
  expect(after).not.toEqual(before);
  const problems: string[] = [];
  for (let i = 0; i < requests; i++) {
    engine.restore(saved);
    engine.clearFaults();
    engine.inject({ skip: i, fault: DENIED });
    const from = engine.calls.length;
    const error = await runner.run(phase).then(
      () => undefined,
      (caught: unknown) => caught,
    );
    const failed = engine.calls.slice(from).find((call) => call.outcome.startsWith("injected"));
    const at = `request ${i + 1} of ${requests} (${failed?.call ?? "?"} ${failed?.resource ?? ""})`;
    const aliases = engine.aliasTable();
    const switched = JSON.stringify(aliases) === JSON.stringify(after);
    if (!switched && JSON.stringify(aliases) !== JSON.stringify(before))
      problems.push(`${at}: aliases half switched: ${JSON.stringify(aliases)}`);
    // a failed cleanup request (a point in time not closed, a lock not given back) is only a warning
    if (error === undefined) {
      if (!switched) problems.push(`${at}: the run succeeded but the aliases did not move`);
      continue;
    }
    if (!(error instanceof OperationError)) {
      problems.push(`${at}: ${String(error)} is not an OperationError`);
      continue;
    }
    const kind = error.aftermath.kind;
    if (switched && kind !== "resumable") problems.push(`${at}: aliases switched, but the error says ${kind}`);
    if (kind === "restored" && switched) problems.push(`${at}: says restored, but the aliases stay switched`);
    if (kind === "untouched" && JSON.stringify(world(engine)) !== JSON.stringify(worldBefore))
      problems.push(`${at}: says untouched (${error.message}), but the world changed`);
  }
  engine.restore(saved);
  engine.clearFaults();
  return { requests, problems };
}

async function indexFedUpTo(...phases: EsPhase[]) {
  const fixture = await coursesFixture();
  const runner = fixture.reindex();
  for (const phase of phases) await runner.run(phase);
  return { ...fixture, runner };
}

describe("es-reindex with engine faults, on the memory engine", () => {
  it("switch-read at 100: a failure at any request leaves the read alias fully moved or not, and says which", async () => {
    const { engine, runner } = await indexFedUpTo("create", "load", "validate");
    const { requests, problems } = await sweep(engine, runner, "switch-read");
    expect(requests).toBeGreaterThan(15);
    expect(problems).toEqual([]);
  });

  it("switch-read at 50 (canary alias, then the stored weight): the same", async () => {
    const { engine, reindex } = await indexFedUpTo("create", "load", "validate");
    expect((await sweep(engine, reindex({ readWeight: 50 }), "switch-read")).problems).toEqual([]);
  });

  it("switch-write and rollback of an index-fed build: the same", async () => {
    const { engine, runner } = await indexFedUpTo("create", "load", "validate", "switch-read");
    expect((await sweep(engine, runner, "switch-write")).problems).toEqual([]);
    await runner.run("switch-write");
    expect((await sweep(engine, runner, "rollback")).problems).toEqual([]);
  });

  it("switch-write and rollback of a Kafka-fed build, with their catch-ups and last passes: the same", async () => {
    const { engine, app, reindex } = await spentFixture();
    const runner = reindex({}, { writeSwitch: "manual" });
    await runner.run("all");
    await app.change("s1", "update");
    await app.change("s2", "update", { lagging: true });
    expect((await sweep(engine, runner, "switch-write")).problems).toEqual([]);
    await runner.run("switch-write");
    await app.catchUp();
    await app.change("s3", "update");
    expect((await sweep(engine, runner, "rollback")).problems).toEqual([]);
  });

  it("a read-back after a switch that fails says the switch was made (resumable), not untouched", async () => {
    const { engine, runner } = await indexFedUpTo("create", "load", "validate");
    // GET _alias: the plan's, the phase's, then the read-back's after the alias call
    engine.inject({ call: "GET _alias", skip: 2, fault: DENIED });
    const error = await runner.fail("switch-read");
    expect(engine.aliasTable()[read]).toEqual([{ index: green, isWriteIndex: false }]);
    expect(error).toBeInstanceOf(OperationError);
    expect((error as OperationError).message).toMatch(/^es-reindex: GET _alias on read_courses,.*HTTP 403 security_exception/);
    expect((error as OperationError).aftermath).toEqual({
      kind: "resumable",
      detail: `Made before the failure: switch-read: all reads on ${green}. Run cutover es-reindex --index ${name} --phase switch-read again: it plans from what is there now and finishes the rest.`,
    });
  });

  it("a 429 on the alias call is backed off and retried, as the adapters do", async () => {
    const { engine, runner } = await indexFedUpTo("create", "load", "validate");
    engine.inject({ call: "POST _aliases", times: 2, fault: faults.throttled() });
    const start = engine.calls.length;
    await runner.run("switch-read");
    expect(
      engine.calls
        .slice(start)
        .filter((c) => c.call === "POST _aliases")
        .map((c) => c.outcome),
    ).toEqual(["injected 429 es_rejected_execution_exception", "injected 429 es_rejected_execution_exception", "ok"]);
    expect(engine.aliasTable()[read]).toEqual([{ index: green, isWriteIndex: false }]);
  });

  it("an alias call whose answer was lost after it took effect: resumable, and the rerun finds the switch made", async () => {
    const { engine, runner } = await indexFedUpTo("create", "load", "validate", "switch-read");
    engine.inject({ call: "POST _aliases", fault: faults.timeout() });
    const error = await runner.fail("switch-write");
    expect(error).toBeInstanceOf(OperationError);
    expect(error).toMatchObject({
      message: `switch-write: POST _aliases on ${write}: TimeoutError: Request timed out [injected]`,
      aftermath: { kind: "resumable" },
    });
    expect(engine.aliasTable()[write]).toEqual([{ index: green, isWriteIndex: false }]);
    const [again] = runner.phases(await runner.run("switch-write"));
    expect(again).toMatchObject({ changed: true, actions: [] });
    expect((await runState(engine, name))?.build?.writeSwitchedAt).toBeDefined();
  });

  it("the run state changed by someone else mid-phase: resumable, naming the document", async () => {
    const { engine, runner } = await indexFedUpTo("create", "load", "validate");
    engine.inject({ call: "PUT _doc", resource: `cutover-reindex-state/${stateIds.run(PROJECT, name)}`, fault: faults.stateConflict() });
    const error = await runner.fail("switch-read");
    expect(error).toMatchObject({
      message: `switch-read: the state document '${stateIds.run(PROJECT, name)}' was changed by someone else`,
      aftermath: { kind: "resumable" },
    });
    expect((error as OperationError).cause).toBeInstanceOf(StateConflictError);
  });
});

describe("the index's lock, on the memory engine", () => {
  const holder = async (engine: MemorySearchEngine, now: () => Date) =>
    acquireReindexLock({
      engine,
      project: PROJECT,
      index: name,
      phase: "load",
      breakLock: undefined,
      env: { RUNNER_NAME: "runner-7" },
      now,
      log: capturedLog().log,
    });

  it("a second run is refused naming the holder; --break-lock with another id is refused, with its id it takes the lock", async () => {
    const { engine, reindex, clock, log } = await coursesFixture();
    const runner = reindex();
    const held = await holder(engine, clock.date);
    try {
      const before = world(engine);
      const refused = await runner.fail("create");
      expect(refused).toBeInstanceOf(RefusedError);
      expect((refused as RefusedError).message).toBe(
        `another es-reindex run holds the lock of index '${name}': run ${held.holder.id} on runner-7`,
      );
      expect((refused as RefusedError).reasons[1]).toContain(`rerun with --break-lock ${held.holder.id}`);
      const wrong = await runner.fail("create", { breakLock: "0123456789ab" });
      expect((wrong as RefusedError).reasons).toContain(`--break-lock names another lock; this one's id is ${held.holder.id}`);
      expect(world(engine)).toEqual(before);

      await runner.run("create", { breakLock: held.holder.id });
      expect(
        log.lines.some((line) =>
          line.startsWith(`warn: taking over the lock of index '${name}' from run ${held.holder.id} (load) on runner-7`),
        ),
      ).toBe(true);
      await expect(held.check()).rejects.toBeInstanceOf(StateConflictError);
      expect(held.lost.aborted).toBe(true);
    } finally {
      await held.release();
    }
  });

  it("a lock whose holder went silent is taken over once its heartbeat is two minutes old", async () => {
    const { engine, reindex, clock, log } = await coursesFixture();
    const held = await holder(engine, clock.date);
    clock.advance(2 * 60_000 + 1);
    await reindex().run("create");
    expect(log.lines.some((line) => line.endsWith("(no heartbeat for over 2 minutes)"))).toBe(true);
    await held.release();
  });

  it("a run whose lock is taken meanwhile writes nothing more to the run state and stops, resumable", async () => {
    const { engine, reindex } = await coursesFixture();
    const runner = reindex();
    await runner.run("create");
    const lockId = stateIds.lock(PROJECT, name);
    let taken: Promise<unknown> | undefined;
    const off = engine.onCall((call) => {
      if (call.call !== "POST _bulk" || taken) return;
      taken = engine
        .readState(lockId)
        .then((doc) => doc && engine.writeState(lockId, { ...(doc.value as object), id: "someoneelse" }, doc));
    });
    const error = await runner.fail("load");
    off();
    await taken;
    expect(error).toMatchObject({ message: "load stopped: the lock was taken by another run", aftermath: { kind: "resumable" } });
    expect((await runState(engine, name))?.build?.done).toEqual(["create"]);
    expect(engine.aliasTable()).toMatchObject({ [read]: [{ index: v1, isWriteIndex: false }] });
  });
});
