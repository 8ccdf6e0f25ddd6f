/**
 * Driving es-reindex (runReindex) in unit tests with the memory engine and the memory stream: a
 * config from a plain object, a clock the test moves, a log that keeps its lines, a runner that
 * fills in the options, the application side of a Kafka-fed index, and what the engine holds that a
 * test compares (the aliases and indices, the run state, without the lock and counters).
 *
 *   const clock = new TestClock();
 *   const reindex = reindexRunner({ engine, stream, config: indexConfig({ name: "spent", source: {...} }), clock });
 *   await reindex.run("create");
 *   const error = await reindex.fail("switch-write");
 */
import { stringify } from "yaml";
import { parseConfig } from "../../src/config/load.js";
import type { SearchIndexConfig } from "../../src/config/schema/index.js";
import type { Logger } from "../../src/host/host.js";
import { stateIds } from "../../src/reindex/build-names.js";
import type { EsPhase } from "../../src/reindex/plan-phases.js";
import type { ReindexState } from "../../src/reindex/reindex-state.js";
import { runReindex, type ReindexRunOptions, type ReindexRunResult } from "../../src/reindex/run-reindex.js";
import type { EngineKind, SearchEngine } from "../../src/search/engine.js";
import { STATE_INDEX } from "../../src/search/state-index.js";
import type { StreamSource } from "../../src/stream/stream-source.js";
import type { MemorySearchEngine } from "./memory-search-engine.js";
import type { MemoryStreamSource } from "./memory-stream-source.js";

export const PROJECT = "unit";

/** Time for the run, the engine and the lock: starts at a fixed instant and moves only when told. */
export class TestClock {
  constructor(public ms = Date.parse("2026-03-02T09:00:00Z")) {}
  readonly now = (): number => this.ms;
  readonly date = (): Date => new Date(this.ms);
  advance(ms: number): void {
    this.ms += ms;
  }
}

export interface CapturedLog {
  readonly log: Logger;
  /** `info: ...`, `warn: ...`, in order. */
  readonly lines: string[];
}

export function capturedLog(): CapturedLog {
  const lines: string[] = [];
  const log: Logger = {
    info: (message) => void lines.push(`info: ${message}`),
    warn: (message) => void lines.push(`warn: ${message}`),
    error: (message) => void lines.push(`error: ${message}`),
    debug: () => undefined,
    verbatim: (title, text) => void lines.push(`verbatim: ${title}: ${text}`),
    group: (_title, body) => body(),
  };
  return { log, lines };
}

/** One `search.indices` entry, validated as cutover.yml would be. */
export function indexConfig(index: Readonly<Record<string, unknown>>, engine: EngineKind = "opensearch"): SearchIndexConfig {
  const source = index.source as { type?: string } | undefined;
  const document = {
    version: 1,
    project: PROJECT,
    ...(source?.type === "kafka" ? { kafka: { brokers: "memory:9092" } } : {}),
    search: { engine, url: "http://memory.invalid:9200", indices: [index] },
  };
  const parsed = parseConfig(stringify(document), "cutover.yml", {}).config.search?.indices[0];
  if (!parsed) throw new Error("no index in the config");
  return parsed;
}

export interface Runner {
  run(phase: EsPhase, overrides?: Partial<ReindexRunOptions>): Promise<ReindexRunResult>;
  /** Runs a phase that must fail; returns what it threw. */
  fail(phase: EsPhase, overrides?: Partial<ReindexRunOptions>): Promise<unknown>;
  /** The phase outcomes' data of a run (`result.data.phases`). */
  phases(result: ReindexRunResult): PhaseData[];
}

export type PhaseData = { readonly phase: string; readonly changed: boolean; readonly headline: string } & Readonly<
  Record<string, unknown>
>;

export function reindexRunner(base: {
  readonly engine: SearchEngine;
  readonly stream?: StreamSource;
  readonly config: SearchIndexConfig;
  readonly clock: TestClock;
  readonly log?: Logger;
}): Runner {
  const options = (phase: EsPhase, overrides: Partial<ReindexRunOptions>): ReindexRunOptions => ({
    engine: base.engine,
    stream: () => {
      if (!base.stream) throw new Error("no Kafka in this test");
      return base.stream;
    },
    config: base.config,
    project: PROJECT,
    configPath: "/nonexistent/cutover.yml",
    phase,
    dryRun: false,
    breakLock: undefined,
    forMs: undefined,
    env: { RUNNER_NAME: "unit-runner" },
    log: base.log ?? capturedLog().log,
    now: base.clock.date,
    signal: new AbortController().signal,
    pollMs: 1,
    ...overrides,
  });
  return {
    run: (phase, overrides = {}) => runReindex(options(phase, overrides)),
    fail: async (phase, overrides = {}) => {
      try {
        await runReindex(options(phase, overrides));
      } catch (error) {
        return error;
      }
      throw new Error(`--phase ${phase} did not fail`);
    },
    phases: (result) => (result.data as { phases: PhaseData[] }).phases,
  };
}

/** The run state document of the index, as the phases left it. */
export async function runState(engine: SearchEngine, index: string): Promise<ReindexState | undefined> {
  return (await engine.readState<ReindexState>(stateIds.run(PROJECT, index)))?.value;
}

/**
 * What a run changes in the world: every index with its aliases, settings and documents, and the
 * state documents but the lock (which every run takes and gives back); not the write counters.
 */
export function world(engine: MemorySearchEngine): unknown {
  const { indices } = engine.contents() as { indices: Record<string, { writeOperations?: number; docs?: Record<string, unknown> }> };
  return Object.fromEntries(
    Object.entries(indices).map(([name, index]) => {
      const rest = { ...index };
      delete rest.writeOperations;
      if (name !== STATE_INDEX) return [name, rest];
      const docs = Object.fromEntries(Object.entries(rest.docs ?? {}).filter(([id]) => !id.startsWith("es-reindex-lock:")));
      // the sequence numbers move with every lock taken and given back: compare the values only
      return [name, Object.fromEntries(Object.entries(docs).map(([id, doc]) => [id, (doc as { source: unknown }).source]))];
    }),
  );
}

export type Change = "update" | "delete" | "tombstone";
export type Expected = Map<string, { version: number; amount: number } | "deleted">;

/**
 * The application of a Kafka-fed index, as seed 000 runs it: each change goes to the incremental
 * topic, and its indexer applies it through the write alias (`external_gte`, the record's version)
 * and commits. `lagging` changes stay in the topic until `catchUp` (an indexer behind).
 */
export class MemoryApp {
  readonly expected: Expected = new Map();
  private readonly queue: { partition: number; offset: string; id: string; version: number; source?: Record<string, unknown> }[] = [];
  private version = 0;

  constructor(
    private readonly options: {
      readonly engine: SearchEngine;
      readonly stream: MemoryStreamSource;
      readonly topic: string;
      readonly group: string;
      readonly writeAlias: string;
      readonly partitions: number;
      /** Versions are times (an updated_at in ms), never going back. */
      readonly clock: () => number;
    },
  ) {}

  partitionOf(id: string): number {
    return Number(id.replace(/\D/g, "")) % this.options.partitions;
  }

  async change(id: string, change: Change, options: { lagging?: boolean } = {}): Promise<void> {
    const version = (this.version = Math.max(this.version + 1, this.options.clock()));
    const amount = version % 997;
    const partition = this.partitionOf(id);
    const source = change === "update" ? { id, amount, updated_at: version, deleted: false } : undefined;
    const value = change === "tombstone" ? null : { id, amount, updated_at: version, deleted: change === "delete" };
    const [produced] = this.options.stream.produce(this.options.topic, [{ partition, key: id, value, timestamp: version }]);
    this.queue.push({ partition, offset: produced?.offset ?? "0", id, version, ...(source ? { source } : {}) });
    this.expected.set(id, source ? { version, amount } : "deleted");
    if (!options.lagging) await this.catchUp();
  }

  /** The indexer applies what it has not yet, through the write alias, and commits. */
  async catchUp(): Promise<void> {
    const pending = this.queue.splice(0);
    if (pending.length === 0) return;
    const docs = pending.map(({ id, version, source }) => ({ id, version, ...(source ? { source } : {}) }));
    await this.options.engine.bulk(this.options.writeAlias, docs, { versionType: "external_gte" });
    const commits = new Map<number, string>();
    for (const record of pending) commits.set(record.partition, (BigInt(record.offset) + 1n).toString());
    this.options.stream.commit(
      this.options.group,
      this.options.topic,
      [...commits].map(([partition, offset]) => ({ partition, offset })),
    );
  }
}

/** Ids whose document in `docs` is not what `expected` says; empty when the index holds exactly it. */
export function differences(docs: ReadonlyMap<string, Record<string, unknown>>, expected: Expected): string[] {
  const wrong: string[] = [];
  for (const [id, want] of expected) {
    const got = docs.get(id);
    if (want === "deleted") {
      if (got) wrong.push(`${id} should be deleted, holds ${JSON.stringify(got)}`);
    } else if (!got || got.updated_at !== want.version || got.amount !== want.amount) {
      wrong.push(`${id} should hold version ${want.version}, holds ${JSON.stringify(got)}`);
    }
  }
  for (const [id, doc] of docs) if (!expected.has(id)) wrong.push(`${id} should not be there, holds ${JSON.stringify(doc)}`);
  return wrong;
}
