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
import { COURSES, coursesFixture } from "../support/reindex-fixtures.js";
import { capturedLog, PROJECT, runState, world } from "../support/reindex-harness.js";

const { name, v1, read, write, green } = COURSES;

async function indexFedUpTo(...phases: EsPhase[]) {
  const fixture = await coursesFixture();
  const runner = fixture.reindex();
  for (const phase of phases) await runner.run(phase);
  return { ...fixture, runner };
}

describe("es-reindex with engine faults, on the memory engine", () => {
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
