/**
 * The one place a kafkajs client is made. Every Kafka user in cutover (the reindex source, the
 * Kafka lock store, the Flink gateway's state and topics) goes through it, so that:
 *
 * - an unreachable cluster is found within seconds: before its first connect, a client checks that
 *   some broker accepts a TCP connection at all, where kafkajs alone would retry with back-off
 *   (about 11 s for a refused port, longer for one that drops packets) and log each attempt;
 * - what kafkajs throws reaches the apply loop as a `KafkaError` (an ExternalError) naming the
 *   brokers, so the operator reads "Kafka at host:port could not be reached", never "a bug";
 * - kafkajs's own log stays out of stdout and stderr: cutover reports the failure once, itself.
 */
import { connect as tcpConnect } from "node:net";
import { Kafka, logLevel, type SASLOptions } from "kafkajs";
import { ExternalError } from "../errors.js";

/** The config's `kafka` section, with brokers resolved. */
export interface KafkaConnection {
  readonly brokers: readonly string[];
  readonly clientId: string;
  readonly ssl: boolean;
  readonly sasl?: {
    readonly mechanism: "plain" | "scram-sha-256" | "scram-sha-512";
    readonly username: string;
    readonly password: string;
  };
}

/** How long one broker may take to accept a connection, in the reachability check and in kafkajs. */
export const KAFKA_CONNECT_TIMEOUT_MS = 5_000;

/** A Kafka call that failed, or a cluster that could not be reached; names the brokers. */
export class KafkaError extends ExternalError {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, "Kafka", options);
    this.name = "KafkaError";
  }
}

export interface KafkaClient {
  readonly kafka: Kafka;
  /** `127.0.0.1:9092, 127.0.0.1:9093`: how messages name the cluster. */
  readonly where: string;
  /** Resolves once some broker accepts a connection (checked once per client); else throws a KafkaError. */
  reachable(): Promise<void>;
  /** Runs `work`, turning what kafkajs throws into a KafkaError that says `what` was being done. */
  call<T>(what: string, work: () => Promise<T>): Promise<T>;
}

/** kafkajs SASL settings for a connection. */
export function saslOptions(sasl: KafkaConnection["sasl"]): SASLOptions | undefined {
  if (!sasl) return undefined;
  const { username, password } = sasl;
  switch (sasl.mechanism) {
    case "plain":
      return { mechanism: "plain", username, password };
    case "scram-sha-256":
      return { mechanism: "scram-sha-256", username, password };
    case "scram-sha-512":
      return { mechanism: "scram-sha-512", username, password };
  }
}

export function kafkaClient(
  connection: KafkaConnection,
  options: { clientIdSuffix?: string; connectTimeoutMs?: number } = {},
): KafkaClient {
  const sasl = saslOptions(connection.sasl);
  const timeoutMs = options.connectTimeoutMs ?? KAFKA_CONNECT_TIMEOUT_MS;
  const kafka = new Kafka({
    brokers: [...connection.brokers],
    clientId: `${connection.clientId}${options.clientIdSuffix ?? ""}`,
    ssl: connection.ssl,
    ...(sasl ? { sasl } : {}),
    connectionTimeout: timeoutMs,
    // failures come back as errors, which cutover reports once in its own words
    logLevel: logLevel.NOTHING,
  });
  const where = connection.brokers.join(", ");
  let checked: Promise<void> | undefined;

  const reachable = () => {
    checked ??= anyBrokerAccepts(connection.brokers, timeoutMs).then(
      () => undefined,
      (error: unknown) => {
        checked = undefined; // the next call looks again
        throw new KafkaError(
          `Kafka at ${where} could not be reached: ${reasonOf(error)} (check the brokers, the port, and that this job can reach them)`,
          { cause: error },
        );
      },
    );
    return checked;
  };

  const call = async <T>(what: string, work: () => Promise<T>): Promise<T> => {
    try {
      return await work();
    } catch (error) {
      throw toKafkaError(error, what, where);
    }
  };

  return { kafka, where, reachable, call };
}

/** kafkajs errors become KafkaErrors; anything else (a handler's own error, a bug) is left as it is. */
export function toKafkaError(error: unknown, what: string, where: string): unknown {
  if (error instanceof ExternalError || !isKafkaJsError(error)) return error;
  const connection = /Connection|ECONNREFUSED|ENOTFOUND|ETIMEDOUT|EHOSTUNREACH/i.test(`${error.name} ${error.message}`);
  const message = connection
    ? `Kafka at ${where} could not be reached while ${what}: ${error.message}`
    : `Kafka at ${where}, ${what}: ${error.message}`;
  return new KafkaError(message, { cause: error });
}

function isKafkaJsError(error: unknown): error is Error {
  return error instanceof Error && error.name.startsWith("KafkaJS");
}

function reasonOf(error: unknown): string {
  if (error instanceof AggregateError) return [...new Set(error.errors.map(reasonOf))].join("; ");
  return error instanceof Error ? error.message : String(error);
}

/** Resolves when one of `brokers` accepts a TCP connection within `timeoutMs`. */
async function anyBrokerAccepts(brokers: readonly string[], timeoutMs: number): Promise<void> {
  await Promise.any(brokers.map((broker) => accepts(broker, timeoutMs)));
}

function accepts(broker: string, timeoutMs: number): Promise<void> {
  const match = /^\[?([^\]]+?)\]?:(\d+)$/.exec(broker.trim());
  if (!match) return Promise.reject(new Error(`'${broker}' is not host:port`));
  const [, host = "", port = ""] = match;
  return new Promise((resolve, reject) => {
    // with TLS too only the TCP connection is checked: the handshake and its errors are kafkajs's
    const socket = tcpConnect({ host, port: Number(port) });
    const done = (error?: Error) => {
      socket.destroy();
      if (error) reject(error);
      else resolve();
    };
    socket.setTimeout(timeoutMs, () => done(new Error(`${broker}: no answer within ${timeoutMs / 1000}s`)));
    socket.once("connect", () => done());
    socket.once("error", (error: Error) => done(new Error(`${broker}: ${error.message}`)));
  });
}
