/**
 * rollback: read and write aliases back to blue in one `_aliases` call, the canary alias and the
 * stored read weight removed.
 *
 * After the write switch, blue first gets what the application wrote to green since (blue-currency.ts):
 * a Kafka-fed blue is caught up to the application's committed offsets before the aliases move, and
 * what arrived meanwhile is applied right after, as switch-write does for green; if that last pass
 * fails, the aliases go back to green. A blue that cannot be caught up (an index-fed build, records the
 * topic no longer holds) is refused, naming how far behind it is, unless `--accept-stale`.
 */
import { OperationError, RefusedError } from "../errors.js";
import { Report } from "../report/report.js";
import type { PartitionOffset } from "../stream/stream-source.js";
import { applyTopicRange, kafkaSourceOf } from "./apply-topic.js";
import { indexBlueCurrency, kafkaBlueCurrency, type BlueCurrency } from "./blue-currency.js";
import { covering, describeOffsets, highs, lagOf, laterOf } from "./kafka-positions.js";
import { observeIndex, type ObservedIndex } from "./observe.js";
import { describeAliasAction, planAliasesAsBefore, planRollback } from "./plan-aliases.js";
import type { PhaseContext, PhaseOutcome } from "./phase-context.js";
import { markDone, type BuildState } from "./reindex-state.js";
import { clearRouting, readRouting, storeRouting } from "./routing-weight.js";

interface CatchUp {
  /** Where the pass before the alias call ended: the last pass starts there. */
  readonly to: readonly PartitionOffset[];
  readonly records: number;
}

export async function runRollback(ctx: PhaseContext, build: BuildState): Promise<PhaseOutcome> {
  const { engine, config } = ctx;
  const blue = build.blue;
  if (!blue) throw new RefusedError(`build ${build.green} was the first one: there is no blue to roll back to`);
  const observed = await observeIndex(engine, config);
  if (!(await isConcreteIndex(engine, observed, blue))) {
    throw new RefusedError(`blue ${blue} no longer exists: there is nothing to roll back to`, [
      `${blue} was deleted (by cleanup, or freed for an alias of its name by switch-read)`,
    ]);
  }
  // writes went to green and this rollback has not finished: blue must first get them
  const switched = build.writeSwitchedAt !== undefined && build.rolledBackAt === undefined;
  const notes: string[] = [];
  let catchUp: CatchUp | undefined;
  if (switched && config.source.type === "kafka") catchUp = await catchUpBlue(ctx, build, blue, notes);
  else if (switched) await checkIndexFed(ctx, build, notes);

  const plan = planRollback(observed, blue);
  const routing = await readRouting(engine, observed.readAlias);
  let routingCleared: boolean;
  try {
    if (plan.actions.length > 0) await engine.updateAliases(plan.actions);
    routingCleared = await clearRouting(engine, observed.readAlias);
  } catch (error) {
    throw new OperationError(
      `rollback: ${error instanceof Error ? error.message : String(error)}`,
      {
        kind: "resumable",
        detail: "the alias change is one atomic call (made entirely or not at all); rerun --phase rollback",
      },
      { cause: error },
    );
  }
  let lastPass = 0;
  if (catchUp) {
    try {
      lastPass = await applyMeanwhile(ctx, blue, catchUp.to);
    } catch (error) {
      await putBack(ctx, observed, routing, blue, error);
    }
  }

  const changed = plan.actions.length > 0 || routingCleared || build.rolledBackAt === undefined;
  const at = ctx.now().toISOString();
  if (build.rolledBackAt === undefined) {
    await ctx.store.update((state) => {
      if (!state.build) return state;
      const b = state.build.blue;
      return {
        ...state,
        build: markDone({ ...state.build, rolledBackAt: at }, "rollback"),
        // blue is live again: its retention clock stops
        retired: state.retired.filter((r) => r.index !== b),
      };
    });
  }
  const lines = plan.actions.map(describeAliasAction);
  for (const line of lines) ctx.log.info(`rollback: ${line}`);
  const caught = catchUp ? catchUp.records + lastPass : 0;
  return {
    phase: "rollback",
    headline: changed
      ? `rollback: reads and writes back on ${blue}${catchUp ? `, caught up first with ${caught} record(s) written to green since the write switch` : ""}`
      : `rollback: nothing to do, reads and writes are on ${blue}`,
    changed,
    report: new Report().list([
      ...notes,
      ...lines,
      ...(routingCleared ? ["stored read weight removed"] : []),
      `${build.green} is kept until cleanup (retention)`,
    ]),
    data: {
      blue,
      green: build.green,
      actions: plan.actions,
      caughtUp: catchUp ? { beforeSwitch: catchUp.records, afterSwitch: lastPass } : null,
    },
  };
}

/** Refused (nothing changed) or, with --accept-stale, noted: blue lacks what green took since the switch. */
function stale(ctx: PhaseContext, blue: string, currency: BlueCurrency, notes: string[]): void {
  if (currency.kind !== "behind") return;
  if (!ctx.acceptStale)
    throw new RefusedError(`rollback: ${blue} is behind green: ${currency.behind}`, [
      currency.behind,
      "nothing was switched: reads and writes stay on green",
      "to go back to blue anyway, knowing it lacks those writes, rerun --phase rollback with --accept-stale",
    ]);
  ctx.log.warn(`rollback: --accept-stale: ${currency.behind}`);
  notes.push(`accepted stale blue (--accept-stale): ${currency.behind}`);
}

async function checkIndexFed(ctx: PhaseContext, build: BuildState, notes: string[]): Promise<void> {
  const now = await ctx.engine.writeOperations(build.green);
  stale(ctx, build.blue ?? "blue", indexBlueCurrency(build.green, build.greenWritesAtSwitch, now, build.writeSwitchedAt ?? "?"), notes);
}

/** Blue up to what the application has applied to green (its group's committed offsets), before the aliases move. */
async function catchUpBlue(ctx: PhaseContext, build: BuildState, blue: string, notes: string[]): Promise<CatchUp> {
  const source = kafkaSourceOf(ctx);
  const stream = ctx.stream();
  const topic = source.incrementalTopic;
  const ranges = await stream.watermarks(topic);
  // a build switched before blue's position was stored: from the switch, less the rewind margin
  const stored =
    build.kafka.blue ?? (await stream.offsetsForTimestamp(topic, Date.parse(build.writeSwitchedAt ?? "") - source.catchUp.rewind));
  const position = covering(stored, ranges);
  stale(ctx, blue, kafkaBlueCurrency(position, ranges), notes);
  // what retention removed cannot be read: start at the log start (only reached with --accept-stale)
  const from = laterOf(
    position,
    ranges.map((r) => ({ partition: r.partition, offset: r.low })),
  );
  const committed = source.consumerGroup ? await stream.committedOffsets(source.consumerGroup, topic) : [];
  if (source.consumerGroup && committed.length === 0)
    ctx.log.warn(`rollback: consumer group '${source.consumerGroup}' has committed nothing on ${topic}; using the end offsets`);
  const to = laterOf(from, committed.length > 0 ? covering(committed, ranges) : highs(ranges));
  ctx.log.info(
    `rollback: ${blue} from ${describeOffsets(from)} to ${describeOffsets(to)} before the switch (${lagOf(from, to)} record(s))`,
  );
  const result = await applyTopicRange(ctx, {
    phase: "rollback",
    topic,
    index: blue,
    from,
    to,
    deletes: "delete",
    label: "rollback catch-up",
    save: (next) => saveBlue(ctx, next),
  });
  await saveBlue(ctx, to);
  notes.push(`${blue} caught up with ${result.records} record(s) from ${topic} before the switch (to ${describeOffsets(to)})`);
  return { to, records: result.records };
}

/** Records the application wrote to green in the last instant before the switch are below the end offsets read after it. */
async function applyMeanwhile(ctx: PhaseContext, blue: string, from: readonly PartitionOffset[]): Promise<number> {
  const topic = kafkaSourceOf(ctx).incrementalTopic;
  const to = laterOf(from, highs(await ctx.stream().watermarks(topic)));
  const result = await applyTopicRange(ctx, {
    phase: "rollback",
    topic,
    index: blue,
    from,
    to,
    deletes: "delete",
    label: "rollback last pass",
    save: (next) => saveBlue(ctx, next),
  });
  await saveBlue(ctx, to);
  return result.records;
}

async function saveBlue(ctx: PhaseContext, next: readonly PartitionOffset[]): Promise<void> {
  await ctx.store.updateBuild((b) => ({ ...b, kafka: { ...b.kafka, blue: next } }));
}

/** The last pass failed after the aliases moved: they go back to green, which has everything. */
async function putBack(
  ctx: PhaseContext,
  before: ObservedIndex,
  routing: Awaited<ReturnType<typeof readRouting>>,
  blue: string,
  cause: unknown,
): Promise<never> {
  const why = cause instanceof Error ? cause.message : String(cause);
  const back = planAliasesAsBefore(await observeIndex(ctx.engine, ctx.config), before);
  if (back.actions.length > 0) await ctx.engine.updateAliases(back.actions);
  if (routing) await storeRouting(ctx.engine, routing, ctx.now());
  throw new OperationError(
    `rollback: the last pass into ${blue} failed: ${why}`,
    { kind: "restored", detail: `the aliases are back where they were (on green); rerun --phase rollback` },
    { cause },
  );
}

/** An index of that name, not an alias that took its name (a bare blue freed for its alias). */
async function isConcreteIndex(engine: PhaseContext["engine"], observed: ObservedIndex, name: string): Promise<boolean> {
  if ([...observed.indices, ...observed.otherIndices].some((i) => i.name === name)) return true;
  if (!(await engine.exists(name))) return false;
  return !(await engine.getAliases([name])).has(name);
}
