/**
 * The Kafka topics behind the gateway's tables. Confluent Cloud creates a table's topic with the
 * table and deletes it with it; the open-source Kafka connector does neither, and a statement
 * whose source topic does not exist yet fails at once. So the gateway backend creates the topic of
 * a table it records (as many partitions as the version it replaces) and deletes it on DROP.
 */
import type { Admin } from "kafkajs";
import { kafkaClient, type KafkaConnection } from "../../../stream/kafka-client.js";

export interface GatewayTopics {
  /** Creates `topic` unless it exists; true when it was created here. */
  ensure(topic: string, partitionsLike?: string): Promise<boolean>;
  remove(topic: string): Promise<void>;
}

export function gatewayTopics(connection: KafkaConnection): GatewayTopics {
  // bounded connect, kafkajs errors as KafkaErrors naming the brokers (kafka-client.ts)
  const cluster = kafkaClient(connection, { clientIdSuffix: "-flink-topics" });
  const { kafka } = cluster;

  async function withAdmin<T>(work: (admin: Admin) => Promise<T>): Promise<T> {
    await cluster.reachable();
    const admin = kafka.admin();
    await cluster.call("connecting", () => admin.connect());
    try {
      return await work(admin);
    } finally {
      await admin.disconnect();
    }
  }

  return {
    ensure: (topic, partitionsLike) =>
      withAdmin(async (admin) => {
        const existing = await admin.listTopics();
        if (existing.includes(topic)) return false;
        let numPartitions = -1; // the broker's default
        if (partitionsLike && existing.includes(partitionsLike)) {
          const [like] = (await admin.fetchTopicMetadata({ topics: [partitionsLike] })).topics;
          numPartitions = like?.partitions.length ?? -1;
        }
        return admin.createTopics({ waitForLeaders: true, topics: [{ topic, numPartitions, replicationFactor: -1 }] });
      }),
    remove: (topic) =>
      withAdmin(async (admin) => {
        if ((await admin.listTopics()).includes(topic)) await admin.deleteTopics({ topics: [topic] });
      }),
  };
}
