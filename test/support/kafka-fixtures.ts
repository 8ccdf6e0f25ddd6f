/**
 * Topics and records on the stack's Kafka for tests and the benchmark. Other helpers share the
 * broker: topics get a random suffix, and `close()` deletes the ones this fixture created.
 *
 *   const kafka = kafkaFixture(stack.kafkaBrokers);
 *   const topic = await kafka.createTopic({ partitions: 3 });
 *   await kafka.produce(topic, [{ partition: 0, key: "a", value: { id: "a" } }]);
 *   await kafka.produceTransaction(topic, [{ partition: 0, key: "b", value: { id: "b" } }], "abort");
 *   await kafka.close();
 */
import { randomUUID } from "node:crypto";
import { Kafka, logLevel, type Admin, type Message, type Producer } from "kafkajs";

export interface FixtureMessage {
  readonly partition: number;
  readonly key?: string | null;
  /** Serialised as JSON; null writes a tombstone. A Buffer or string is sent as is. */
  readonly value: unknown;
  /** Milliseconds since the epoch; the broker's clock when absent. */
  readonly timestamp?: number;
}

export interface TopicOptions {
  readonly partitions?: number;
  /** Topic configs, e.g. `{ "cleanup.policy": "compact" }`. */
  readonly config?: Readonly<Record<string, string>>;
  /** Name prefix; a random suffix is always added. */
  readonly prefix?: string;
}

export interface KafkaFixture {
  readonly kafka: Kafka;
  admin(): Promise<Admin>;
  /** Creates a topic and waits for its leaders; returns its name. */
  createTopic(options?: TopicOptions): Promise<string>;
  /**
   * Sends `messages` with acks=all in `sendBatch` calls of `chunk` messages (default 5000), up to
   * `concurrency` calls at once (default 1; more is faster, and keeps order per partition unless
   * a send is retried).
   */
  produce(topic: string, messages: Iterable<FixtureMessage>, options?: { chunk?: number; concurrency?: number }): Promise<void>;
  /** Sends `messages` in one transaction, then commits or aborts it (leaving a control marker). */
  produceTransaction(topic: string, messages: readonly FixtureMessage[], outcome: "commit" | "abort"): Promise<void>;
  /** Deletes records below `offset` on a partition (moves the log start). */
  deleteRecordsBefore(topic: string, partition: number, offset: string): Promise<void>;
  /**
   * Commits offsets for a consumer group, as an application's consumer would (the group must have
   * no running member). Faster than admin.setOffsets, which long-polls for 5 s.
   */
  commitOffsets(groupId: string, topic: string, offsets: readonly { partition: number; offset: string }[]): Promise<void>;
  deleteTopic(topic: string): Promise<void>;
  /** Deletes every topic this fixture created and disconnects. */
  close(): Promise<void>;
}

function encode(message: FixtureMessage): Message {
  const { value } = message;
  const body = value === null ? null : Buffer.isBuffer(value) || typeof value === "string" ? value : JSON.stringify(value);
  return {
    partition: message.partition,
    key: message.key ?? null,
    value: body,
    ...(message.timestamp === undefined ? {} : { timestamp: String(message.timestamp) }),
  };
}

export function kafkaFixture(brokers: readonly string[], clientId = "cutover-test"): KafkaFixture {
  const kafka = new Kafka({ brokers: [...brokers], clientId, logLevel: logLevel.ERROR });
  const created = new Set<string>();
  let adminClient: Promise<Admin> | undefined;
  let producerClient: Promise<Producer> | undefined;

  const admin = () => {
    adminClient ??= (async () => {
      const client = kafka.admin();
      await client.connect();
      return client;
    })();
    return adminClient;
  };
  const producer = () => {
    producerClient ??= (async () => {
      const client = kafka.producer({ allowAutoTopicCreation: false });
      await client.connect();
      return client;
    })();
    return producerClient;
  };

  async function createTopic(options: TopicOptions = {}): Promise<string> {
    const topic = `${options.prefix ?? "cutover-test"}-${randomUUID().slice(0, 8)}`;
    await (
      await admin()
    ).createTopics({
      waitForLeaders: true,
      topics: [
        {
          topic,
          numPartitions: options.partitions ?? 1,
          replicationFactor: 1,
          configEntries: Object.entries(options.config ?? {}).map(([name, value]) => ({ name, value })),
        },
      ],
    });
    created.add(topic);
    return topic;
  }

  async function produce(topic: string, messages: Iterable<FixtureMessage>, options: { chunk?: number; concurrency?: number } = {}) {
    const chunk = options.chunk ?? 5000;
    const concurrency = options.concurrency ?? 1;
    const client = await producer();
    const inFlight = new Set<Promise<unknown>>();
    let pending: Message[] = [];
    const flush = async () => {
      if (pending.length === 0) return;
      const sent = client.sendBatch({ acks: -1, topicMessages: [{ topic, messages: pending }] });
      pending = [];
      inFlight.add(sent);
      void sent.finally(() => inFlight.delete(sent)).catch(() => undefined);
      if (inFlight.size >= concurrency) await Promise.race(inFlight);
    };
    for (const message of messages) {
      pending.push(encode(message));
      if (pending.length >= chunk) await flush();
    }
    await flush();
    await Promise.all(inFlight);
  }

  async function produceTransaction(topic: string, messages: readonly FixtureMessage[], outcome: "commit" | "abort") {
    // A transactional producer of its own: its id fences nothing else, and it is gone afterwards.
    const client = kafka.producer({
      transactionalId: `cutover-test-tx-${randomUUID()}`,
      idempotent: true,
      maxInFlightRequests: 1,
      allowAutoTopicCreation: false,
    });
    await client.connect();
    try {
      const transaction = await client.transaction();
      try {
        await transaction.send({ topic, acks: -1, messages: messages.map(encode) });
      } catch (error) {
        await transaction.abort();
        throw error;
      }
      if (outcome === "commit") await transaction.commit();
      else await transaction.abort();
    } finally {
      await client.disconnect();
    }
  }

  async function deleteRecordsBefore(topic: string, partition: number, offset: string) {
    const client = await admin();
    await client.fetchTopicOffsets(topic); // loads the topic's leaders, which deleteTopicRecords needs first
    await client.deleteTopicRecords({ topic, partitions: [{ partition, offset }] });
  }

  async function commitOffsets(groupId: string, topic: string, offsets: readonly { partition: number; offset: string }[]) {
    const consumer = kafka.consumer({ groupId, maxWaitTimeInMs: 100 });
    await consumer.connect();
    try {
      // Commits need a group generation: join, commit, leave, consuming nothing.
      const joined = new Promise<void>((resolve) => consumer.on(consumer.events.GROUP_JOIN, () => resolve()));
      await consumer.subscribe({ topics: [topic] });
      await consumer.run({ autoCommit: false, eachBatch: async () => undefined });
      await joined;
      await consumer.commitOffsets(offsets.map(({ partition, offset }) => ({ topic, partition, offset })));
    } finally {
      await consumer.disconnect();
    }
  }

  async function deleteTopic(topic: string) {
    await (await admin()).deleteTopics({ topics: [topic] });
    created.delete(topic);
    // kafkajs asks for the metadata of every topic a client sent to, and fails once one is gone:
    // the producer starts afresh.
    const stale = producerClient;
    producerClient = undefined;
    await stale?.then((client) => client.disconnect()).catch(() => undefined);
  }

  async function close() {
    try {
      if (created.size > 0) await (await admin()).deleteTopics({ topics: [...created] });
      created.clear();
    } finally {
      const clients = await Promise.allSettled([adminClient, producerClient].filter((c) => c !== undefined));
      await Promise.allSettled(clients.flatMap((settled) => (settled.status === "fulfilled" ? [settled.value.disconnect()] : [])));
      adminClient = undefined;
      producerClient = undefined;
    }
  }

  return {
    kafka,
    admin,
    createTopic,
    produce,
    produceTransaction,
    deleteRecordsBefore,
    commitOffsets,
    deleteTopic,
    close,
  };
}
