/**
 * The systems a flink phase talks to, made from the config: the statement backend (the gateway
 * or Confluent Cloud), Kafka (green's lag, the release lock) and the lock store. The one place
 * that knows which adapter a config means.
 */
import type { Config } from "../../config/schema/index.js";
import { InputError } from "../../errors.js";
import { kafkaLockStore, type KafkaLockStore } from "../../lock/kafka-lock-store.js";
import { createKafkaSource, type KafkaConnection } from "../../stream/kafka-source.js";
import type { StreamSource } from "../../stream/stream-source.js";
import { createConfluentBackend } from "../backend/confluent/confluent-backend.js";
import { createGatewayBackend } from "../backend/gateway/gateway-backend.js";
import type { FlinkConfig } from "../config-schema.js";
import type { StatementBackend } from "../statement-port.js";

export interface FlinkConnections {
  readonly flink: FlinkConfig;
  /** Statement names start with it (flink.statementPrefix, else the project). */
  readonly prefix: string;
  readonly backend: StatementBackend;
  readonly stream: StreamSource;
  readonly lockStore: KafkaLockStore;
  close(): Promise<void>;
}

export function kafkaConnectionOf(config: Config): KafkaConnection {
  const kafka = config.kafka;
  if (!kafka?.brokers || kafka.brokers.length === 0)
    throw new InputError("cutover flink needs the kafka section with brokers: green's lag and the release lock are read there");
  return { brokers: kafka.brokers, clientId: kafka.clientId, ssl: kafka.ssl, ...(kafka.sasl ? { sasl: kafka.sasl } : {}) };
}

export function connectFlink(config: Config): FlinkConnections {
  const flink = config.flink;
  if (!flink) throw new InputError("the config has no flink section: cutover flink needs flink.pipeline and flink.backend");
  const kafka = kafkaConnectionOf(config);
  const timeouts = { start: flink.timeouts.start, stop: flink.timeouts.stop };
  const b = flink.backend;
  const backend =
    b.type === "gateway"
      ? createGatewayBackend({
          url: b.url,
          kafka,
          stateTopic: flink.stateTopic,
          ...(b.clusterUrl ? { clusterUrl: b.clusterUrl } : {}),
          ...(b.savepointDir ? { savepointDir: b.savepointDir } : {}),
          timeouts: { ...timeouts, statement: flink.timeouts.ddl },
        })
      : createConfluentBackend({
          url: b.url,
          organizationId: b.organizationId,
          environmentId: b.environmentId,
          apiKey: b.apiKey,
          apiSecret: b.apiSecret,
          computePoolId: b.computePoolId,
          ...(b.principal ? { principal: b.principal } : {}),
          defaultProperties: {
            ...(flink.catalog ? { "sql.current-catalog": flink.catalog } : {}),
            ...(flink.database ? { "sql.current-database": flink.database } : {}),
          },
          timeouts: { ...timeouts, ddl: flink.timeouts.ddl },
        });
  const stream = createKafkaSource(kafka);
  const lockStore = kafkaLockStore(kafka, flink.stateTopic, config.project);
  return {
    flink,
    prefix: flink.statementPrefix ?? config.project,
    backend,
    stream,
    lockStore,
    async close() {
      await Promise.allSettled([backend.close(), stream.close(), lockStore.close()]);
    },
  };
}
