/**
 * One bounded pass over a topic range into one index, for the Kafka-fed phases: the configured
 * decoder and batch sizes, checkpoints into the run state, and a phase failure (never a silent drop)
 * when records fail or cannot be decoded.
 */
import type { SearchIndexConfig } from "../config/schema/index.js";
import { OperationError } from "../errors.js";
import type { PartitionOffset } from "../stream/stream-source.js";
import { feedTopicRange, type FeedCheckpoint, type FeedResult } from "./kafka-feed.js";
import type { PhaseContext } from "./phase-context.js";
import type { RunPhase } from "./plan-phases.js";

type KafkaSourceConfig = Extract<SearchIndexConfig["source"], { type: "kafka" }>;

export interface TopicPass {
  readonly phase: RunPhase;
  readonly topic: string;
  readonly index: string;
  readonly from: readonly PartitionOffset[];
  readonly to: readonly PartitionOffset[];
  readonly deletes: "tombstone" | "delete";
  /** Stores the checkpoint in the run state. */
  readonly save: (next: readonly PartitionOffset[]) => Promise<void>;
  readonly label: string;
}

// a state write every two seconds costs little; a crash loses at most that much work
const CHECKPOINT_EVERY_MS = 2_000;

export function kafkaSourceOf(ctx: PhaseContext): KafkaSourceConfig {
  if (ctx.config.source.type !== "kafka") throw new Error(`index '${ctx.config.name}' is not fed from Kafka`);
  return ctx.config.source;
}

export async function applyTopicRange(ctx: PhaseContext, pass: TopicPass): Promise<FeedResult> {
  const source = kafkaSourceOf(ctx);
  const result = await feedTopicRange({
    stream: ctx.stream(),
    engine: ctx.engine,
    index: pass.index,
    topic: pass.topic,
    from: [...pass.from],
    to: [...pass.to],
    decoder: {
      idField: source.idField,
      versionField: source.versionField,
      ...(source.deleteField ? { deleteField: source.deleteField } : {}),
    },
    deletes: pass.deletes,
    batchSize: source.batchSize,
    concurrency: source.concurrency,
    signal: ctx.signal,
    checkpointEveryMs: CHECKPOINT_EVERY_MS,
    onCheckpoint: (c: FeedCheckpoint) => pass.save(c.next),
    onProgress: (line) => ctx.log.info(line),
    progressEveryMs: ctx.progressEveryMs,
    progressLabel: pass.label,
  });
  const problems = [
    ...result.failed.map((f) => `id ${f.id}: ${f.reason}`),
    ...result.invalid.map((i) => `partition ${i.partition} offset ${i.offset}: ${i.reason}`),
  ];
  if (problems.length > 0) {
    const shown = problems.slice(0, 10);
    throw new OperationError(
      `${pass.label}: ${result.failed.length} record(s) could not be written and ${result.invalid.length} could not be read from ${pass.topic}` +
        `${result.stoppedEarly ? ` (${result.stoppedEarly})` : ""}: ${shown.join("; ")}${problems.length > shown.length ? "; ..." : ""}`,
      {
        kind: "resumable",
        detail: `the checkpoint stops before the first failed record; fix the cause (or the records) and rerun --phase ${pass.phase}`,
      },
    );
  }
  return result;
}
