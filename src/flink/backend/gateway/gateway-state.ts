/**
 * What the SQL Gateway cannot keep, kept in a compacted Kafka topic: a statement's definition (SQL,
 * content hash, labels, sources), the savepoint it was stopped with, and the DDL of the tables.
 *
 * Why Kafka: the gateway has no persistent catalog (its tables live in a session), keeps no labels,
 * forgets a job's SQL, and its cluster forgets jobs when it restarts without HA. A rollback may run
 * days later on another machine. The Kafka cluster is the one durable system every run already
 * reaches (the statements read and write it, and their lag is read there); a compacted topic keyed
 * by statement name keeps the latest record per name, readable from anywhere. The savepoint files
 * themselves stay where Flink writes them (one directory per statement when configured).
 *
 * Concurrent writers are not arbitrated here: cutover's release lock keeps one run at a time.
 */
import { Partitioners, type Producer } from "kafkajs";
import { kafkaClient, type KafkaConnection } from "../../../stream/kafka-client.js";
import { createKafkaSource } from "../../../stream/kafka-source.js";
import type { StreamSource } from "../../../stream/stream-source.js";
import type { StartPosition, StatementSource } from "../../statement-port.js";

export interface StatementRecord {
  readonly kind: "statement";
  readonly name: string;
  readonly sql: string;
  readonly contentHash: string;
  readonly labels: Readonly<Record<string, string>>;
  readonly properties: Readonly<Record<string, string>>;
  readonly sources: readonly StatementSource[];
  /** As resolved when created: a carry-over is stored as the offsets it resolved to. */
  readonly start: Exclude<StartPosition, { kind: "carry-over" }>;
  readonly createdAt: string;
  /** The job now running the statement (or the last one). */
  readonly jobId?: string;
  /** Set by stop: the savepoint of `stoppedJobId`, which resume starts from. */
  readonly savepoint?: string;
  readonly stoppedJobId?: string;
  readonly stoppedAt?: string;
}

export interface TableRecord {
  readonly kind: "table";
  readonly name: string;
  readonly ddl: string;
  readonly createdAt: string;
  /** Set when the DDL was run with a DdlRecord: it is listed as a COMPLETED statement of this name. */
  readonly statement?: string;
  readonly contentHash?: string;
  readonly labels?: Readonly<Record<string, string>>;
  /** The Kafka topic cutover created with the table, deleted with it. */
  readonly createdTopic?: string;
}

export interface GatewayState {
  statements(): Promise<Map<string, StatementRecord>>;
  statement(name: string): Promise<StatementRecord | undefined>;
  /** In the order they were written, so a view comes after its tables. */
  tables(): Promise<TableRecord[]>;
  putStatement(record: StatementRecord): Promise<void>;
  removeStatement(name: string): Promise<void>;
  putTable(record: TableRecord): Promise<void>;
  removeTable(name: string): Promise<void>;
  close(): Promise<void>;
}

type StoredRecord = StatementRecord | TableRecord;

const keyOf = (record: Pick<StoredRecord, "kind" | "name">) => `${record.kind}/${record.name}`;

export function kafkaGatewayState(connection: KafkaConnection, topic: string): GatewayState {
  // bounded connect, kafkajs errors as KafkaErrors naming the brokers (kafka-client.ts)
  const cluster = kafkaClient(connection, { clientIdSuffix: "-flink-state" });
  const { kafka } = cluster;
  const source: StreamSource = createKafkaSource(connection);
  let producer: Promise<Producer> | undefined;
  let ensured: Promise<void> | undefined;

  function ensureTopic(): Promise<void> {
    ensured ??= cluster
      .call(`preparing topic '${topic}'`, async () => {
        await cluster.reachable();
        const client = kafka.admin();
        await client.connect();
        try {
          const existing = await client.listTopics();
          if (!existing.includes(topic)) {
            await client.createTopics({
              waitForLeaders: true,
              topics: [{ topic, numPartitions: 1, replicationFactor: -1, configEntries: [{ name: "cleanup.policy", value: "compact" }] }],
            });
          }
        } finally {
          await client.disconnect();
        }
      })
      .catch((error: unknown) => {
        ensured = undefined;
        throw error;
      });
    return ensured;
  }

  async function readAll(): Promise<Map<string, StoredRecord>> {
    await ensureTopic();
    const records = new Map<string, StoredRecord>();
    const marks = await source.watermarks(topic);
    if (marks.every(({ low, high }) => low === high)) return records;
    await source.readRange(
      topic,
      marks.map(({ partition, low }) => ({ partition, offset: low })),
      marks.map(({ partition, high }) => ({ partition, offset: high })),
      async (batch) => {
        for (const record of batch) {
          if (record.key === null) continue;
          records.delete(record.key); // a rewrite moves the key to the end
          if (record.value !== null) records.set(record.key, JSON.parse(record.value.toString("utf8")) as StoredRecord);
        }
      },
      { signal: new AbortController().signal, maxBatch: 500 },
    );
    return records;
  }

  async function write(key: string, value: StoredRecord | null): Promise<void> {
    await ensureTopic();
    producer ??= (async () => {
      const client = kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner, allowAutoTopicCreation: false });
      await client.connect();
      return client;
    })();
    await (await producer).send({ topic, acks: -1, messages: [{ key, value: value === null ? null : JSON.stringify(value) }] });
  }

  const byKind = <K extends StoredRecord["kind"]>(all: Map<string, StoredRecord>, kind: K) =>
    [...all.values()].filter((record): record is Extract<StoredRecord, { kind: K }> => record.kind === kind);

  return {
    statements: async () => new Map(byKind(await readAll(), "statement").map((record) => [record.name, record])),
    statement: async (name) => (await readAll()).get(keyOf({ kind: "statement", name })) as StatementRecord | undefined,
    tables: async () => byKind(await readAll(), "table"),
    putStatement: (record) => write(keyOf(record), record),
    removeStatement: (name) => write(keyOf({ kind: "statement", name }), null),
    putTable: (record) => write(keyOf(record), record),
    removeTable: (name) => write(keyOf({ kind: "table", name }), null),
    async close() {
      await producer?.then((client) => client.disconnect()).catch(() => undefined);
      await source.close();
    },
  };
}
