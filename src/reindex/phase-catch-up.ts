/**
 * catch-up: the incremental topic into green, from the position that matches the full dump (the
 * offsets at load start less `rewind`, a configured time, or explicit offsets) to its end offsets
 * now; again while more than `maxLag` records are left. Then the tombstones go, green gets its live
 * settings, and it is refreshed. The start is stored before the first record, so a rerun continues.
 */
import { formatDuration } from "../config/duration.js";
import { OperationError } from "../errors.js";
import { Report } from "../report/report.js";
import { applyTopicRange, kafkaSourceOf } from "./apply-topic.js";
import { catchUpStart, covering, describeOffsets, highs, lagOf } from "./kafka-positions.js";
import { applyLiveSettings } from "./live-settings.js";
import { throwIfStopped, type PhaseContext, type PhaseOutcome } from "./phase-context.js";
import { hasDone, markDone, type BuildState } from "./reindex-state.js";
import { purgeTombstones } from "./tombstones.js";

export async function runCatchUp(ctx: PhaseContext, start: BuildState): Promise<PhaseOutcome> {
  if (hasDone(start, "catch-up")) {
    return {
      phase: "catch-up",
      headline: `catch-up: nothing to do, ${start.green} is caught up`,
      changed: false,
      report: new Report(),
      data: { green: start.green, caughtUp: false },
    };
  }
  const source = kafkaSourceOf(ctx);
  const stream = ctx.stream();
  const topic = source.incrementalTopic;
  let build = start;
  if (!build.kafka.green) {
    const ranges = await stream.watermarks(topic);
    const where = catchUpStart(source, build.kafka.loadStartedAt, ctx.now());
    const from =
      where.kind === "offsets" ? covering(where.offsets, ranges) : covering(await stream.offsetsForTimestamp(topic, where.ms), ranges);
    build = await ctx.store.updateBuild((b) => ({ ...b, kafka: { ...b.kafka, green: from } }));
    ctx.log.info(
      `catch-up: ${topic} from ${describeOffsets(from)}${where.kind === "timestamp" ? ` (offsets at ${new Date(where.ms).toISOString()})` : ""}`,
    );
  }

  const rounds: { round: number; records: number; lagAfter: number; durationMs: number }[] = [];
  let position = build.kafka.green ?? [];
  let lag = Number.POSITIVE_INFINITY;
  for (let round = 1; round <= source.catchUp.maxRounds; round++) {
    throwIfStopped("catch-up", ctx.signal);
    const ranges = await stream.watermarks(topic);
    const to = highs(ranges);
    const from = covering(position, ranges);
    const result = await applyTopicRange(ctx, {
      phase: "catch-up",
      topic,
      index: build.green,
      from,
      to,
      deletes: "tombstone",
      label: `catch-up round ${round}`,
      save: async (next) => {
        await ctx.store.updateBuild((b) => ({ ...b, kafka: { ...b.kafka, green: next } }));
      },
    });
    position = to;
    await ctx.store.updateBuild((b) => ({ ...b, kafka: { ...b.kafka, green: to } }));
    lag = lagOf(position, await stream.watermarks(topic));
    rounds.push({ round, records: result.records, lagAfter: lag, durationMs: result.durationMs });
    ctx.log.info(`catch-up round ${round}: ${result.records} record(s) in ${formatDuration(result.durationMs)}, lag now ${lag}`);
    if (lag <= source.catchUp.maxLag) break;
  }
  if (lag > source.catchUp.maxLag) {
    throw new OperationError(
      `catch-up: still ${lag} record(s) behind after ${source.catchUp.maxRounds} round(s) (maxLag ${source.catchUp.maxLag}); the producer outpaces the catch-up`,
      {
        kind: "resumable",
        detail: `green ${build.green} holds everything up to ${describeOffsets(position)}; rerun --phase catch-up to continue`,
      },
    );
  }
  const purged = await purgeTombstones(ctx.engine, build.green, ctx.signal);
  const live = await applyLiveSettings(ctx.engine, ctx.config, build.green, build.blue);
  build = await ctx.store.updateBuild((b) => markDone(b, "catch-up"));
  const records = rounds.reduce((sum, r) => sum + r.records, 0);
  return {
    phase: "catch-up",
    headline: `catch-up: ${records} record(s) from ${topic} into ${build.green} in ${rounds.length} round(s), lag ${lag}; ${purged} tombstone(s) purged`,
    changed: true,
    report: new Report()
      .table(
        ["round", "records", "lag after", "took"],
        rounds.map((r) => [String(r.round), String(r.records), String(r.lagAfter), formatDuration(r.durationMs)]),
      )
      .list([`position ${describeOffsets(position)}`, `${purged} tombstone(s) purged`, `live settings applied: ${JSON.stringify(live)}`]),
    data: { green: build.green, caughtUp: true, topic, rounds, lag, position, tombstonesPurged: purged, liveSettings: live },
  };
}
