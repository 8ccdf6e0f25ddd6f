/**
 * The per-index run state, kept in the engine's cutover state index (never on the runner's disk), so
 * that a rerun after `kill -9`, on this runner or another, resumes where the last one stopped.
 *
 * Only the lock holder writes it, and every write checks that nobody changed it since it was read.
 */
import type { SearchEngine, StateDoc } from "../search/engine.js";
import type { PartitionOffset } from "../stream/stream-source.js";
import { stateIds } from "./build-names.js";

/** Phases whose completion a build records; plan, follow and cleanup leave no mark. */
export type BuildStep = "create" | "load" | "catch-up" | "validate" | "switch-read" | "switch-write" | "rollback";

export interface KafkaPositions {
  /** When the full load began (ISO): catch-up starts from the incremental topic's offsets then, less `rewind`. */
  readonly loadStartedAt?: string;
  /** The full topic's high watermarks when the load began: the load reads up to these, also on a rerun. */
  readonly loadTo?: readonly PartitionOffset[];
  /** Full-load checkpoint: every record below these offsets is in green. */
  readonly loadNext?: readonly PartitionOffset[];
  /** Incremental topic: every record below these offsets is applied to green. */
  readonly green?: readonly PartitionOffset[];
  /** Incremental topic, after the write switch: every record below these offsets is applied to blue. */
  readonly blue?: readonly PartitionOffset[];
}

export interface ValidationMark {
  readonly passed: boolean;
  readonly at: string;
  readonly reasons: readonly string[];
}

export interface BuildState {
  /** The new index, `<name>_<yyyyMMddHHmmss>`. */
  readonly green: string;
  readonly createdAt: string;
  /** The index the write alias pointed at when the build began; undefined on a first build. */
  readonly blue: string | undefined;
  readonly source: "index" | "kafka";
  /** For an index-fed build: the index copied from. */
  readonly sourceIndex?: string;
  readonly done: readonly BuildStep[];
  /** For an index-fed build: the source's write counter when the copy began (source-writes.ts). */
  readonly sourceWritesAtLoad?: number;
  /** The running or finished `_reindex` task: a rerun re-attaches to it instead of starting a second. */
  readonly reindexTaskId?: string;
  readonly kafka: KafkaPositions;
  readonly validation?: ValidationMark;
  /** The read weight last applied by switch-read. */
  readonly readWeight?: number;
  readonly writeSwitchedAt?: string;
  /** For an index-fed build: green's write counter just before the write alias moved to it (source-writes.ts). */
  readonly greenWritesAtSwitch?: number;
  readonly rolledBackAt?: string;
}

export interface ReindexState {
  readonly version: 1;
  readonly project: string;
  readonly index: string;
  readonly build: BuildState | undefined;
  /** Indices the write alias left, and when: the retention clock of cleanup. */
  readonly retired: readonly { readonly index: string; readonly at: string }[];
  readonly updatedAt: string;
}

export function emptyState(project: string, index: string, now: Date): ReindexState {
  return { version: 1, project, index, build: undefined, retired: [], updatedAt: now.toISOString() };
}

export function hasDone(build: BuildState | undefined, step: BuildStep): boolean {
  return build !== undefined && build.done.includes(step);
}

export function markDone(build: BuildState, step: BuildStep): BuildState {
  return build.done.includes(step) ? build : { ...build, done: [...build.done, step] };
}

/** The run state document, read once and written back with optimistic concurrency. */
export class RunStateStore {
  private constructor(
    private readonly engine: SearchEngine,
    readonly id: string,
    private doc: StateDoc<ReindexState> | undefined,
    private current: ReindexState,
    private readonly now: () => Date,
    private readonly guard: () => Promise<void>,
  ) {}

  /** `guard` runs before each write: the lock check, so a run that lost its lock writes nothing more. */
  static async open(
    engine: SearchEngine,
    project: string,
    index: string,
    now: () => Date,
    guard: () => Promise<void> = async () => {},
  ): Promise<RunStateStore> {
    const id = stateIds.run(project, index);
    const doc = await engine.readState<ReindexState>(id);
    return new RunStateStore(engine, id, doc, doc?.value ?? emptyState(project, index, now()), now, guard);
  }

  get value(): ReindexState {
    return this.current;
  }

  get build(): BuildState | undefined {
    return this.current.build;
  }

  /** Applies `change` and stores the result; throws StateConflictError when someone else wrote first. */
  async update(change: (state: ReindexState) => ReindexState): Promise<ReindexState> {
    const next = { ...change(this.current), updatedAt: this.now().toISOString() };
    await this.guard();
    const expected = this.doc ? { seqNo: this.doc.seqNo, primaryTerm: this.doc.primaryTerm } : ("absent" as const);
    this.doc = await this.engine.writeState(this.id, next, expected);
    this.current = next;
    return next;
  }

  /** Changes the current build; an error when there is none (a bug: callers check first). */
  async updateBuild(change: (build: BuildState) => BuildState): Promise<BuildState> {
    const next = await this.update((state) => {
      if (!state.build) throw new Error("no build in the run state");
      return { ...state, build: change(state.build) };
    });
    return next.build as BuildState;
  }
}
