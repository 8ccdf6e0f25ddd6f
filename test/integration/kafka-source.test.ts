/**
 * The Kafka stream adapter against the stack's real broker: bounded reads end (markers, aborted
 * transactions, compaction gaps, empty partitions), deliver committed records in order, respect
 * back-pressure and abort promptly.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createKafkaSource } from "../../src/stream/kafka-source.js";
import type { PartitionOffset, RangeProgress, StreamRecord, StreamSource } from "../../src/stream/stream-source.js";
import { kafkaFixture, type FixtureMessage, type KafkaFixture } from "../support/kafka-fixtures.js";
import { requireStack } from "./stack-env.js";

const stack = requireStack("kafka");

interface Read {
  records: StreamRecord[];
  batches: { size: number; progress: RangeProgress }[];
  total: number;
  ms: number;
}

function messages(partition: number, count: number, prefix = "doc"): FixtureMessage[] {
  return Array.from({ length: count }, (_, i) => ({
    partition,
    key: `${prefix}-${partition}-${i}`,
    value: { id: `${prefix}-${partition}-${i}`, n: i },
  }));
}

const offsetsOf = (records: readonly StreamRecord[], partition: number) =>
  records.filter((r) => r.partition === partition).map((r) => Number(r.offset));
const range = (start: number, end: number) => Array.from({ length: end - start }, (_, i) => start + i);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("kafka stream source", () => {
  let fixture: KafkaFixture;
  let source: StreamSource;

  beforeAll(() => {
    fixture = kafkaFixture(stack.kafkaBrokers);
    source = createKafkaSource({ brokers: stack.kafkaBrokers, clientId: "cutover-test", ssl: false });
  });
  afterAll(async () => {
    await source?.close();
    await fixture?.close();
  });

  async function read(topic: string, from: readonly PartitionOffset[], to: readonly PartitionOffset[], maxBatch = 500): Promise<Read> {
    const records: StreamRecord[] = [];
    const batches: Read["batches"] = [];
    const started = Date.now();
    const { records: total } = await source.readRange(
      topic,
      from,
      to,
      async (batch, progress) => {
        records.push(...batch);
        batches.push({ size: batch.length, progress });
      },
      { signal: new AbortController().signal, maxBatch },
    );
    return { records, batches, total, ms: Date.now() - started };
  }

  async function fullRange(topic: string) {
    const marks = await source.watermarks(topic);
    return {
      from: marks.map(({ partition, low }) => ({ partition, offset: low })),
      to: marks.map(({ partition, high }) => ({ partition, offset: high })),
    };
  }

  /**
   * The transaction coordinator writes commit and abort markers after EndTxn returns (and, on a
   * broker just started, after it has loaded), so the last stable offset reaches the marker a
   * moment later: wait for it rather than read a range that stops before the marker.
   */
  async function stableRange(topic: string, expected: readonly string[]) {
    const deadline = Date.now() + 20_000;
    for (;;) {
      const range = await fullRange(topic);
      if (range.to.map((p) => p.offset).join() === expected.join() || Date.now() > deadline) return range;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  it("reads a 3-partition topic fully, in order per partition, in batches of at most maxBatch", async () => {
    const topic = await fixture.createTopic({ partitions: 3 });
    const counts = [2500, 1800, 2200];
    await fixture.produce(topic, [...messages(0, counts[0]!), ...messages(1, counts[1]!), ...messages(2, counts[2]!)]);
    const { from, to } = await fullRange(topic);
    expect(to.map((t) => t.offset)).toEqual(["2500", "1800", "2200"]);

    const result = await read(topic, from, to, 300);
    expect(result.total).toBe(6500);
    for (const partition of [0, 1, 2]) {
      expect(offsetsOf(result.records, partition)).toEqual(range(0, counts[partition]!));
      const values = result.records
        .filter((r) => r.partition === partition)
        .map((r) => JSON.parse(r.value!.toString("utf8")) as { n: number });
      expect(values.map((v) => v.n)).toEqual(range(0, counts[partition]!));
    }
    expect(Math.max(...result.batches.map((b) => b.size))).toBeLessThanOrEqual(300);
    expect(result.records[0]).toMatchObject({ key: `doc-${result.records[0]!.partition}-0` });
    expect(typeof result.records[0]!.timestamp).toBe("number");
    // Each batch's progress says where to resume: past its own records.
    for (const { progress } of result.batches) {
      expect(progress.next.map((n) => n.partition)).toEqual([0, 1, 2]);
    }
    const last = result.batches.at(-1)!.progress;
    expect(last.recordsSoFar).toBe(6500);
    await fixture.deleteTopic(topic);
  });

  it("reads a partial range and never delivers a record at or past `to`", async () => {
    const topic = await fixture.createTopic({ partitions: 2 });
    await fixture.produce(topic, [...messages(0, 1000), ...messages(1, 1000)]);
    const result = await read(
      topic,
      [
        { partition: 0, offset: "100" },
        { partition: 1, offset: "640" },
      ],
      [
        { partition: 0, offset: "350" },
        { partition: 1, offset: "641" },
      ],
    );
    expect(offsetsOf(result.records, 0)).toEqual(range(100, 350));
    expect(offsetsOf(result.records, 1)).toEqual([640]);
    expect(result.batches.at(-1)!.progress.next).toEqual([
      { partition: 0, offset: "350" },
      { partition: 1, offset: "641" },
    ]);
    await fixture.deleteTopic(topic);
  });

  it("ends at once on empty partitions and on from == to", async () => {
    const topic = await fixture.createTopic({ partitions: 3 });
    await fixture.produce(topic, messages(1, 20));
    const { from, to } = await fullRange(topic);
    const result = await read(topic, from, to);
    expect(result.total).toBe(20);
    expect(offsetsOf(result.records, 1)).toEqual(range(0, 20));

    const same = await read(topic, to, to);
    expect(same.total).toBe(0);
    expect(same.ms).toBeLessThan(20_000); // ends rather than waits for records that never come

    // A partition the topic lacks would never be fetched: refused rather than waited for.
    const beyond = [...to, { partition: 3, offset: "5" }];
    await expect(read(topic, [...from, { partition: 3, offset: "0" }], beyond)).rejects.toThrow(/has no partition 3/);
    await fixture.deleteTopic(topic);
  });

  it("ends when the tail is an aborted transaction, delivering only committed records", async () => {
    const topic = await fixture.createTopic({ partitions: 1 });
    await fixture.produce(topic, messages(0, 100, "committed"));
    await fixture.produceTransaction(topic, messages(0, 40, "aborted"), "abort");
    const { from, to } = await stableRange(topic, ["141"]);
    expect(to[0]!.offset).toBe("141"); // 100 records, 40 aborted, 1 abort marker

    const result = await read(topic, from, to, 64);
    expect(result.total).toBe(100);
    expect(offsetsOf(result.records, 0)).toEqual(range(0, 100));
    expect(result.records.every((r) => r.key?.startsWith("committed-"))).toBe(true);
    expect(result.ms).toBeLessThan(30_000);
    // Only the aborted records and the marker: every fetch is filtered to nothing, and it ends.
    const tail = await read(topic, [{ partition: 0, offset: "100" }], to);
    expect(tail.total).toBe(0);
    expect(tail.ms).toBeLessThan(20_000);
    await fixture.deleteTopic(topic);
  });

  it("ends when the last offset is a commit marker after an aborted transaction", async () => {
    const topic = await fixture.createTopic({ partitions: 2 });
    await fixture.produce(topic, messages(0, 10, "committed"));
    await fixture.produceTransaction(topic, messages(0, 25, "aborted"), "abort");
    await fixture.produceTransaction(topic, [...messages(0, 5, "tx"), ...messages(1, 3, "tx")], "commit");
    const { from, to } = await stableRange(topic, ["42", "4"]);
    expect(to).toEqual([
      { partition: 0, offset: "42" }, // 10 + 25 + abort marker + 5 + commit marker
      { partition: 1, offset: "4" }, // 3 + commit marker
    ]);
    const result = await read(topic, from, to);
    expect(offsetsOf(result.records, 0)).toEqual([...range(0, 10), ...range(36, 41)]);
    expect(offsetsOf(result.records, 1)).toEqual(range(0, 3));
    expect(result.records.some((r) => r.key?.startsWith("aborted-"))).toBe(false);

    // A range whose every offset is aborted records or markers delivers nothing, and still ends.
    const onlyAborted = await read(
      topic,
      [
        { partition: 0, offset: "10" },
        { partition: 1, offset: "3" },
      ],
      [
        { partition: 0, offset: "36" },
        { partition: 1, offset: "4" },
      ],
    );
    expect(onlyAborted.total).toBe(0);
    // Starting inside the aborted transaction: the broker still lists it, so nothing of it leaks.
    const midAborted = await read(
      topic,
      [
        { partition: 0, offset: "20" },
        { partition: 1, offset: "0" },
      ],
      to,
    );
    expect(offsetsOf(midAborted.records, 0)).toEqual(range(36, 41));
    await fixture.deleteTopic(topic);
  });

  it("ends across gaps left by compaction, also when the last offsets below `to` are gone", async () => {
    const topic = await fixture.createTopic({
      partitions: 1,
      config: { "cleanup.policy": "compact", "segment.ms": "100", "min.cleanable.dirty.ratio": "0.01" },
    });
    // 10 rounds over 20 keys (offsets 0..199): every key's latest value is in the last round.
    for (let round = 0; round < 10; round++) {
      await fixture.produce(
        topic,
        Array.from({ length: 20 }, (_, k) => ({ partition: 0, key: `k${k}`, value: { k, round } })),
      );
    }
    // Segments roll on the first append after segment.ms; only closed segments are compacted.
    await sleep(200);
    await fixture.produce(topic, [{ partition: 0, key: "tail", value: { tail: true } }]);
    const all = [{ partition: 0, offset: "0" }];
    const end = [{ partition: 0, offset: "201" }];
    // The broker's cleaner wakes every log.cleaner.backoff.ms (15 s by default): poll for the gap.
    const deadline = Date.now() + 40_000;
    let survivors = await read(topic, all, end);
    while (survivors.total === 201 && Date.now() < deadline) {
      await sleep(1000);
      survivors = await read(topic, all, end);
    }
    expect(offsetsOf(survivors.records, 0)).toEqual([...range(180, 200), 200]);

    // [0, 180): every offset was compacted away; the read still ends, delivering nothing.
    const gone = await read(topic, all, [{ partition: 0, offset: "180" }]);
    expect(gone.total).toBe(0);
    // [150, 190): a gap first, then records up to the end.
    const tail = await read(topic, [{ partition: 0, offset: "150" }], [{ partition: 0, offset: "190" }]);
    expect(offsetsOf(tail.records, 0)).toEqual(range(180, 190));
    await fixture.deleteTopic(topic);
  });

  it("ends across a log start moved by deleteRecords (records gone below it)", async () => {
    const topic = await fixture.createTopic({ partitions: 2 });
    await fixture.produce(topic, [...messages(0, 100), ...messages(1, 100)]);
    await fixture.deleteRecordsBefore(topic, 0, "60");
    await fixture.deleteRecordsBefore(topic, 1, "100");
    const marks = await source.watermarks(topic);
    expect(marks).toEqual([
      { partition: 0, low: "60", high: "100" },
      { partition: 1, low: "100", high: "100" },
    ]);
    const zero = [
      { partition: 0, offset: "0" },
      { partition: 1, offset: "0" },
    ];
    const hundred = [
      { partition: 0, offset: "100" },
      { partition: 1, offset: "100" },
    ];
    const result = await read(topic, zero, hundred);
    expect(offsetsOf(result.records, 0)).toEqual(range(60, 100));
    expect(offsetsOf(result.records, 1)).toEqual([]);
    await fixture.deleteTopic(topic);
  });

  it("ends when the records left in the range are deleted under the read", async () => {
    const topic = await fixture.createTopic({ partitions: 1 });
    // One record batch per record, and small fetches: the read needs many fetches.
    await fixture.produce(topic, messages(0, 100), { chunk: 1 });
    const small = createKafkaSource(
      { brokers: stack.kafkaBrokers, clientId: "cutover-test", ssl: false },
      { maxBytesPerPartition: 1024, stallCheckMs: 500 },
    );
    try {
      let delivered = 0;
      const started = Date.now();
      const { records } = await small.readRange(
        topic,
        [{ partition: 0, offset: "0" }],
        [{ partition: 0, offset: "100" }],
        async (batch) => {
          if (delivered === 0) await fixture.deleteRecordsBefore(topic, 0, "100");
          delivered += batch.length;
        },
        { signal: new AbortController().signal, maxBatch: 100 },
      );
      expect(records).toBe(delivered);
      expect(records).toBeLessThan(100);
      expect(Date.now() - started).toBeLessThan(30_000);
    } finally {
      await small.close();
    }
    await fixture.deleteTopic(topic);
  });

  it("waits for no handler: one batch in flight at a time (back-pressure)", async () => {
    const topic = await fixture.createTopic({ partitions: 3 });
    await fixture.produce(topic, [...messages(0, 300), ...messages(1, 300), ...messages(2, 300)]);
    const { from, to } = await fullRange(topic);
    let inFlight = 0;
    let most = 0;
    let calls = 0;
    const { records } = await source.readRange(
      topic,
      from,
      to,
      async (batch) => {
        inFlight += 1;
        calls += 1;
        most = Math.max(most, inFlight);
        expect(batch.length).toBeLessThanOrEqual(50);
        await sleep(5);
        inFlight -= 1;
      },
      { signal: new AbortController().signal, maxBatch: 50 },
    );
    expect(records).toBe(900);
    expect(most).toBe(1);
    expect(calls).toBeGreaterThanOrEqual(18);
    await fixture.deleteTopic(topic);
  });

  it("aborts promptly on the signal, rejecting with an AbortError, and calls no handler afterwards", async () => {
    const topic = await fixture.createTopic({ partitions: 1 });
    await fixture.produce(topic, messages(0, 2000));
    const { from, to } = await fullRange(topic);
    const controller = new AbortController();
    let calls = 0;
    let settled = false;
    const reading = source.readRange(
      topic,
      from,
      to,
      async () => {
        calls += 1;
        if (calls === 2) controller.abort();
        await sleep(50);
        if (settled) throw new Error("handler ran after the read settled");
      },
      { signal: controller.signal, maxBatch: 10 },
    );
    const started = Date.now();
    await expect(reading).rejects.toMatchObject({ name: "AbortError" });
    settled = true;
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(calls).toBeLessThanOrEqual(3);
    await expect(
      source.readRange(topic, from, to, async () => undefined, { signal: AbortSignal.abort(), maxBatch: 10 }),
    ).rejects.toMatchObject({ name: "AbortError" });
    await fixture.deleteTopic(topic);
  });

  it("rejects with the handler's error and stops reading", async () => {
    const topic = await fixture.createTopic({ partitions: 1 });
    await fixture.produce(topic, messages(0, 500));
    const { from, to } = await fullRange(topic);
    let calls = 0;
    await expect(
      source.readRange(
        topic,
        from,
        to,
        async () => {
          calls += 1;
          throw new Error("bulk failed");
        },
        { signal: new AbortController().signal, maxBatch: 100 },
      ),
    ).rejects.toThrow("bulk failed");
    expect(calls).toBe(1);
    await fixture.deleteTopic(topic);
  });

  it("finds offsets by timestamp and a group's committed offsets", async () => {
    const topic = await fixture.createTopic({ partitions: 2 });
    const base = Date.now() - 60_000;
    await fixture.produce(
      topic,
      Array.from({ length: 10 }, (_, i) => ({ partition: 0, key: `k${i}`, value: { i }, timestamp: base + i * 1000 })),
    );
    expect(await source.offsetsForTimestamp(topic, base + 4500)).toEqual([
      { partition: 0, offset: "5" },
      { partition: 1, offset: "0" }, // empty: the high watermark
    ]);
    expect((await source.offsetsForTimestamp(topic, base + 3_600_000))[0]).toEqual({ partition: 0, offset: "10" });

    const groupId = `cutover-test-group-${Date.now()}`;
    const admin = await fixture.admin();
    await fixture.commitOffsets(groupId, topic, [{ partition: 0, offset: "7" }]);
    expect(await source.committedOffsets(groupId, topic)).toEqual([{ partition: 0, offset: "7" }]);
    expect(await source.committedOffsets(`${groupId}-none`, topic)).toEqual([]);
    await admin.deleteGroups([groupId]);
    await fixture.deleteTopic(topic);
  });
});
