/**
 * switch-write: the write alias moves to green once green holds everything the application's
 * incremental indexer has committed (its consumer group's offsets; without one, the topic's end
 * offsets at that moment). Until the alias call the application keeps writing blue; records it wrote
 * to blue in the last instant are in the topic below the end offsets read after the switch, and a
 * last pass applies them to green. Blue is followed from the group's offsets read before the switch,
 * so a rollback finds it current. If that last pass fails, the alias goes back to blue.
 */
import { OperationError, RefusedError } from "../errors.js";
import { Report } from "../report/report.js";
import type { PartitionOffset } from "../stream/stream-source.js";
import { applyTopicRange, kafkaSourceOf } from "./apply-topic.js";
import { covering, describeOffsets, highs, laterOf, lagOf } from "./kafka-positions.js";
import { observeIndex } from "./observe.js";
import { describeAliasAction, planWriteSwitch } from "./plan-aliases.js";
import type { PhaseContext, PhaseOutcome } from "./phase-context.js";
import { markDone, type BuildState } from "./reindex-state.js";
import { recordGreenWrites, refuseIfSourceWritten } from "./source-writes.js";

export async function runSwitchWrite(ctx: PhaseContext, build: BuildState): Promise<PhaseOutcome> {
  const { engine, config } = ctx;
  if (build.writeSwitchedAt !== undefined) {
    return {
      phase: "switch-write",
      headline: `switch-write: nothing to do, writes went to ${build.green} at ${build.writeSwitchedAt}`,
      changed: false,
      report: new Report(),
      data: { green: build.green, switched: false },
    };
  }
  if (build.validation && !build.validation.passed) {
    throw new RefusedError(`the last validation of ${build.green} failed; writes stay on ${build.blue ?? "blue"}`, [
      ...build.validation.reasons,
      "rerun --phase validate once the cause is fixed",
    ]);
  }
  await refuseIfSourceWritten(ctx, build, "switch-write");
  const observed = await observeIndex(engine, config);
  const plan = planWriteSwitch(observed, build.green);
  const notes: string[] = [];
  let bluePosition: PartitionOffset[] | undefined;
  let greenPosition = build.kafka.green ? [...build.kafka.green] : undefined;

  if (config.source.type === "kafka") {
    const source = kafkaSourceOf(ctx);
    const stream = ctx.stream();
    const topic = source.incrementalTopic;
    const ranges = await stream.watermarks(topic);
    // what the application has applied to blue: from here on blue must be followed after the switch
    const committed = source.consumerGroup ? await stream.committedOffsets(source.consumerGroup, topic) : [];
    if (source.consumerGroup && committed.length === 0) {
      ctx.log.warn(`switch-write: consumer group '${source.consumerGroup}' has committed nothing on ${topic}; using the end offsets`);
    }
    const target = committed.length > 0 ? covering(committed, ranges) : highs(ranges);
    const before = covering(greenPosition ?? [], ranges);
    const catchTo = laterOf(before, target);
    ctx.log.info(
      `switch-write: green ${build.green} to ${describeOffsets(catchTo)} before the switch (${lagOf(before, catchTo)} record(s))`,
    );
    await applyTopicRange(ctx, {
      phase: "switch-write",
      topic,
      index: build.green,
      from: before,
      to: catchTo,
      deletes: "delete",
      label: "switch-write catch-up",
      save: async (next) => {
        await ctx.store.updateBuild((b) => ({ ...b, kafka: { ...b.kafka, green: next } }));
      },
    });
    greenPosition = catchTo;
    bluePosition = committed.length > 0 ? covering(committed, ranges) : catchTo;
    await ctx.store.updateBuild((b) => ({ ...b, kafka: { ...b.kafka, green: catchTo, blue: bluePosition } }));
  }

  if (plan.actions.length > 0) {
    await recordGreenWrites(ctx, build);
    try {
      await engine.updateAliases(plan.actions);
    } catch (error) {
      throw new OperationError(
        `switch-write: ${error instanceof Error ? error.message : String(error)}`,
        {
          kind: "resumable",
          detail: `the alias call is atomic: writes still go to ${build.blue ?? "blue"}; rerun --phase switch-write`,
        },
        { cause: error },
      );
    }
    notes.push(...plan.actions.map(describeAliasAction));
  }

  if (config.source.type === "kafka" && greenPosition) {
    const source = kafkaSourceOf(ctx);
    const stream = ctx.stream();
    const after = highs(await stream.watermarks(source.incrementalTopic));
    try {
      await applyTopicRange(ctx, {
        phase: "switch-write",
        topic: source.incrementalTopic,
        index: build.green,
        from: greenPosition,
        to: laterOf(greenPosition, after),
        deletes: "delete",
        label: "switch-write last pass",
        save: async (next) => {
          await ctx.store.updateBuild((b) => ({ ...b, kafka: { ...b.kafka, green: next } }));
        },
      });
      greenPosition = laterOf(greenPosition, after);
    } catch (error) {
      await putBack(ctx, build, error);
    }
  }

  const at = ctx.now().toISOString();
  await ctx.store.update((state) => {
    if (!state.build) return state;
    const b = markDone(
      { ...state.build, writeSwitchedAt: at, kafka: { ...state.build.kafka, ...(greenPosition ? { green: greenPosition } : {}) } },
      "switch-write",
    );
    const retired = b.blue ? [...state.retired.filter((r) => r.index !== b.blue), { index: b.blue, at }] : state.retired;
    return { ...state, build: b, retired };
  });
  for (const line of notes) ctx.log.info(`switch-write: ${line}`);
  if (config.source.type === "kafka")
    notes.push(`run --phase follow to keep ${build.blue ?? "blue"} current for a rollback (from ${describeOffsets(bluePosition ?? [])})`);
  return {
    phase: "switch-write",
    headline: `switch-write: writes now go to ${build.green}${build.blue ? ` (was ${build.blue})` : ""}`,
    changed: true,
    report: new Report().list(notes),
    data: {
      green: build.green,
      blue: build.blue ?? null,
      switched: true,
      actions: plan.actions,
      greenPosition: greenPosition ?? null,
      bluePosition: bluePosition ?? null,
    },
  };
}

/** The last pass failed after the switch: writes go back to blue, which has everything. */
async function putBack(ctx: PhaseContext, build: BuildState, cause: unknown): Promise<never> {
  const why = cause instanceof Error ? cause.message : String(cause);
  if (!build.blue) {
    throw new OperationError(
      `switch-write: the last pass into ${build.green} failed: ${why}`,
      {
        kind: "resumable",
        detail: `writes go to ${build.green} (there is no blue to go back to); rerun --phase follow to apply the rest`,
      },
      { cause },
    );
  }
  const observed = await observeIndex(ctx.engine, ctx.config);
  const back = planWriteSwitch(observed, build.blue);
  if (back.actions.length > 0) await ctx.engine.updateAliases(back.actions);
  throw new OperationError(
    `switch-write: the last pass into ${build.green} failed: ${why}`,
    {
      kind: "restored",
      detail: `the write alias is back on ${build.blue}; rerun --phase switch-write`,
    },
    { cause },
  );
}
