/**
 * follow: keeps applying the incremental topic to the index the application does not write (green
 * before the write switch, blue after it), so neither side that may serve reads falls behind. Runs
 * until stopped (SIGINT/SIGTERM, the lock taken over by a switch or a rollback) or for `--for`.
 */
import { formatDuration } from "../config/duration.js";
import { InputError } from "../errors.js";
import { Report } from "../report/report.js";
import { applyTopicRange, kafkaSourceOf } from "./apply-topic.js";
import { covering, describeOffsets, highs, lagOf } from "./kafka-positions.js";
import { pause, type PhaseContext, type PhaseOutcome } from "./phase-context.js";
import type { BuildState } from "./reindex-state.js";

export async function runFollow(ctx: PhaseContext, build: BuildState): Promise<PhaseOutcome> {
  if (ctx.config.source.type !== "kafka") {
    throw new InputError(`follow needs a Kafka-fed index: '${ctx.config.name}' is copied from an index, which has no change stream`);
  }
  const source = kafkaSourceOf(ctx);
  const stream = ctx.stream();
  const topic = source.incrementalTopic;
  const side = build.writeSwitchedAt === undefined ? "green" : "blue";
  const index = side === "green" ? build.green : build.blue;
  if (!index) throw new InputError(`follow: writes moved to ${build.green} and there is no blue to follow`);
  if (build.rolledBackAt !== undefined) throw new InputError(`follow: build ${build.green} was rolled back; nothing to follow`);

  const started = Date.now();
  const deadline = ctx.forMs === undefined ? undefined : started + ctx.forMs;
  let position = covering((side === "green" ? build.kafka.green : build.kafka.blue) ?? [], await stream.watermarks(topic));
  let applied = 0;
  let passes = 0;
  let lastLine = 0;
  ctx.log.info(
    `follow: ${topic} into ${index} (${side}) from ${describeOffsets(position)}${deadline ? ` for ${formatDuration(ctx.forMs ?? 0)}` : " until stopped"}`,
  );
  const stopping = () => ctx.signal.aborted || (deadline !== undefined && Date.now() >= deadline);
  while (!stopping()) {
    const ranges = await stream.watermarks(topic);
    const to = highs(ranges);
    const lag = lagOf(position, ranges);
    if (Date.now() - lastLine >= ctx.progressEveryMs) {
      ctx.log.info(`follow: ${index} is ${lag} record(s) behind ${topic}; ${applied} applied so far`);
      lastLine = Date.now();
    }
    if (lag === 0) {
      await pause(Math.min(ctx.pollMs, deadline === undefined ? ctx.pollMs : Math.max(0, deadline - Date.now())), ctx.signal);
      continue;
    }
    const from = covering(position, ranges);
    let result;
    try {
      result = await applyTopicRange(ctx, {
        phase: "follow",
        topic,
        index,
        from,
        to,
        deletes: "delete",
        label: "follow",
        save: async (next) => {
          await ctx.store.updateBuild((b) => ({ ...b, kafka: { ...b.kafka, [side]: next } }));
        },
      });
    } catch (error) {
      // asked to stop mid-pass: the checkpoint holds what was written; that is a normal end
      if (ctx.signal.aborted) break;
      throw error;
    }
    applied += result.records;
    passes++;
    position = to;
    await ctx.store.updateBuild((b) => ({ ...b, kafka: { ...b.kafka, [side]: to } }));
  }
  const lag = lagOf(position, await stream.watermarks(topic));
  return {
    phase: "follow",
    headline: `follow: ${applied} record(s) applied to ${index} (${side}) in ${formatDuration(Date.now() - started)}; lag ${lag}`,
    changed: applied > 0,
    report: new Report().list([`position ${describeOffsets(position)}`, `${passes} pass(es)`, `lag ${lag} record(s)`]),
    data: { index, side, applied, lag, position },
  };
}
