/**
 * The in-memory StreamSource behaves as the port documents (stream-source.ts) and as the kafkajs
 * source does in test/integration/kafka-source.test.ts: bounded reads, markers, the log start,
 * waiting past the high watermark, stopping, and committed offsets.
 */
import { describe, expect, it } from "vitest";
import type { RangeProgress, StreamRecord } from "../../src/stream/stream-source.js";
import { MemoryStreamSource } from "../support/memory-stream-source.js";

const at = (partition: number, offset: string) => ({ partition, offset });

async function readAll(
  source: MemoryStreamSource,
  topic: string,
  from: { partition: number; offset: string }[],
  to: { partition: number; offset: string }[],
  options: { maxBatch?: number; signal?: AbortSignal } = {},
) {
  const batches: { records: readonly StreamRecord[]; progress: RangeProgress }[] = [];
  const result = await source.readRange(topic, from, to, async (records, progress) => void batches.push({ records, progress }), {
    signal: options.signal ?? new AbortController().signal,
    maxBatch: options.maxBatch ?? 100,
  });
  return { result, batches, offsets: batches.flatMap((b) => b.records.map((r) => `${r.partition}:${r.offset}`)) };
}

function topicWith(records: number, partitions = 2): MemoryStreamSource {
  const source = new MemoryStreamSource({ now: () => 1_000, fetchRecords: 3 });
  source.createTopic("t", partitions);
  source.produce(
    "t",
    Array.from({ length: records }, (_, i) => ({ partition: i % partitions, key: `k${i}`, value: { i }, timestamp: 1_000 + i })),
  );
  return source;
}

describe("memory stream source", () => {
  it("reads [from, to) per partition in batches of at most maxBatch, with the position after each", async () => {
    const source = topicWith(10);
    expect(await source.watermarks("t")).toEqual([
      { partition: 0, low: "0", high: "5" },
      { partition: 1, low: "0", high: "5" },
    ]);
    const { result, batches, offsets } = await readAll(source, "t", [at(0, "1"), at(1, "0")], [at(0, "4"), at(1, "2")], { maxBatch: 2 });
    expect(result.records).toBe(5);
    expect(offsets.sort()).toEqual(["0:1", "0:2", "0:3", "1:0", "1:1"]);
    expect(Math.max(...batches.map((b) => b.records.length))).toBe(2);
    expect(batches.at(-1)?.progress.next).toEqual([at(0, "4"), at(1, "2")]);
    const first = batches[0];
    expect(first?.records[0]?.value?.toString()).toBe(JSON.stringify({ i: 2 }));
  });

  it("ends at `to` though the last offsets below it are markers, and at once for an empty range", async () => {
    const source = topicWith(2, 1);
    source.appendMarkers("t", 0, 3);
    const { result, offsets } = await readAll(source, "t", [at(0, "0")], [at(0, "5")]);
    expect(result.records).toBe(2);
    expect(offsets).toEqual(["0:0", "0:1"]);
    expect((await readAll(source, "t", [at(0, "5")], [at(0, "5")])).result.records).toBe(0);
  });

  it("starts at the log start when `from` is below it; a missing partition is a RangeError", async () => {
    const source = topicWith(6, 1);
    source.deleteRecordsBefore("t", 0, "4");
    expect((await readAll(source, "t", [at(0, "0")], [at(0, "6")])).offsets).toEqual(["0:4", "0:5"]);
    await expect(readAll(source, "t", [at(0, "0"), at(1, "0")], [at(0, "1"), at(1, "1")])).rejects.toThrow(RangeError);
  });

  it("waits for records past the high watermark, and stops with an AbortError when asked", async () => {
    const source = topicWith(1, 1);
    const reading = readAll(source, "t", [at(0, "0")], [at(0, "3")]);
    await new Promise((resolve) => setTimeout(resolve, 5));
    source.produce("t", [
      { partition: 0, value: { late: 1 } },
      { partition: 0, value: { late: 2 } },
      { partition: 0, value: { beyond: true } },
    ]);
    expect((await reading).offsets).toEqual(["0:0", "0:1", "0:2"]);

    const stop = new AbortController();
    const stuck = readAll(source, "t", [at(0, "0")], [at(0, "9")], { signal: stop.signal });
    setTimeout(() => stop.abort(), 5);
    await expect(stuck).rejects.toMatchObject({ name: "AbortError", message: "read of topic 't' aborted" });
  });

  it("fails with the handler's error, or an injected one after some batches", async () => {
    const source = topicWith(6, 1);
    const boom = new Error("handler failed");
    await expect(
      source.readRange("t", [at(0, "0")], [at(0, "6")], async () => Promise.reject(boom), {
        signal: new AbortController().signal,
        maxBatch: 2,
      }),
    ).rejects.toBe(boom);
    source.inject({ method: "readRange", afterBatches: 1, error: new Error("broker gone") });
    let handed = 0;
    await expect(
      source.readRange("t", [at(0, "0")], [at(0, "6")], async (records) => void (handed += records.length), {
        signal: new AbortController().signal,
        maxBatch: 2,
      }),
    ).rejects.toThrow("broker gone");
    expect(handed).toBe(2);
  });

  it("finds offsets by timestamp (the high watermark when none is that late) and keeps committed offsets per group", async () => {
    const source = topicWith(6);
    expect(await source.offsetsForTimestamp("t", 1_003)).toEqual([at(0, "2"), at(1, "1")]);
    expect(await source.offsetsForTimestamp("t", 9_999)).toEqual([at(0, "3"), at(1, "3")]);
    source.commit("app", "t", [at(1, "2")]);
    expect(await source.committedOffsets("app", "t")).toEqual([at(1, "2")]);
    expect(await source.committedOffsets("other", "t")).toEqual([]);
    await expect(source.watermarks("nope")).rejects.toThrow(/does not host this topic-partition/);
  });
});
