/**
 * load: fills green from the configured source. From Kafka, the full topic from its start up to the
 * high watermarks captured when the load began (kept in the state, so a rerun reads to the same end)
 * with deletes kept as tombstones; from an index, see load-from-index.ts.
 */
import { Report } from "../report/report.js";
import { formatDuration } from "../config/duration.js";
import { applyTopicRange, kafkaSourceOf } from "./apply-topic.js";
import { loadMethod } from "./engine-fit.js";
import { covering, describeOffsets, highs, lagOf } from "./kafka-positions.js";
import { applyLiveSettings } from "./live-settings.js";
import { loadFromIndex } from "./load-from-index.js";
import type { PhaseContext, PhaseOutcome } from "./phase-context.js";
import { hasDone, markDone, type BuildState } from "./reindex-state.js";

export async function runLoad(ctx: PhaseContext, build: BuildState): Promise<PhaseOutcome> {
  if (hasDone(build, "load")) {
    return {
      phase: "load",
      headline: `load: nothing to do, ${build.green} is loaded`,
      changed: false,
      report: new Report(),
      data: { green: build.green, loaded: false },
    };
  }
  const method = loadMethod(ctx.config, await ctx.engine.capabilities());
  if (method === "kafka") return loadFromKafka(ctx, build);

  const figures = await loadFromIndex(ctx, build, method);
  // an index-fed build has no catch-up: it is finished here
  const live = await applyLiveSettings(ctx.engine, ctx.config, build.green, build.blue);
  await ctx.store.updateBuild((b) => markDone(b, "load"));
  const how = method === "reindex-task" ? `_reindex task ${figures.taskId ?? ""}` : "client-side copy (no reindex module)";
  return {
    phase: "load",
    headline: `load: ${figures.written} of ${figures.total} document(s) copied from ${figures.source} into ${build.green} by ${how} in ${formatDuration(figures.durationMs)}`,
    changed: true,
    report: new Report()
      .table(
        ["method", "source", "total", "written", "version conflicts", "took"],
        [
          [
            how,
            figures.source,
            String(figures.total),
            String(figures.written),
            String(figures.versionConflicts),
            formatDuration(figures.durationMs),
          ],
        ],
      )
      .list([`live settings applied to ${build.green}: ${JSON.stringify(live)}`]),
    data: { green: build.green, loaded: true, ...figures, liveSettings: live },
  };
}

async function loadFromKafka(ctx: PhaseContext, start: BuildState): Promise<PhaseOutcome> {
  const source = kafkaSourceOf(ctx);
  const stream = ctx.stream();
  let build = start;
  if (!build.kafka.loadTo) {
    // the end of the load is fixed once, before the first record, so a rerun reads to the same end
    const ranges = await stream.watermarks(source.fullTopic);
    const loadTo = highs(ranges);
    const loadStartedAt = ctx.now().toISOString();
    build = await ctx.store.updateBuild((b) => ({ ...b, kafka: { ...b.kafka, loadTo, loadStartedAt, loadNext: covering([], ranges) } }));
    ctx.log.info(`load: full topic ${source.fullTopic} up to ${describeOffsets(loadTo)}`);
  }
  const to = build.kafka.loadTo ?? [];
  const ranges = await stream.watermarks(source.fullTopic);
  // a checkpoint below the log start (retention moved it) resumes at the log start
  const from = covering(build.kafka.loadNext ?? [], ranges).map((p) => {
    const low = ranges.find((r) => r.partition === p.partition)?.low;
    return low !== undefined && BigInt(low) > BigInt(p.offset) ? { partition: p.partition, offset: low } : p;
  });
  if (start.kafka.loadNext) ctx.log.info(`load: resuming from ${describeOffsets(from)} (${lagOf(from, to)} record(s) left)`);
  const result = await applyTopicRange(ctx, {
    phase: "load",
    topic: source.fullTopic,
    index: build.green,
    from,
    to,
    deletes: "tombstone",
    label: "load",
    save: async (next) => {
      await ctx.store.updateBuild((b) => ({ ...b, kafka: { ...b.kafka, loadNext: next } }));
    },
  });
  build = await ctx.store.updateBuild((b) => markDone({ ...b, kafka: { ...b.kafka, loadNext: to } }, "load"));
  const rate = result.durationMs > 0 ? Math.round((result.records / result.durationMs) * 1000) : 0;
  return {
    phase: "load",
    headline: `load: ${result.records} record(s) from ${source.fullTopic} into ${build.green} in ${formatDuration(result.durationMs)} (${rate} records/s)`,
    changed: true,
    report: new Report().table(
      ["topic", "records", "indexed", "deleted", "stale (newer already in)", "took", "up to"],
      [
        [
          source.fullTopic,
          String(result.records),
          String(result.indexed),
          String(result.deleted),
          String(result.stale),
          formatDuration(result.durationMs),
          describeOffsets(to),
        ],
      ],
    ),
    data: {
      green: build.green,
      loaded: true,
      topic: source.fullTopic,
      records: result.records,
      indexed: result.indexed,
      deleted: result.deleted,
      stale: result.stale,
      durationMs: result.durationMs,
      recordsPerSecond: rate,
      to,
    },
  };
}
