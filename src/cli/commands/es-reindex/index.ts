import type { Config, SearchIndexConfig } from "../../../config/schema/index.js";
import { InputError } from "../../../errors.js";
import type { EsPhase } from "../../../reindex/plan-phases.js";
import { runReindex } from "../../../reindex/run-reindex.js";
import { createSearchEngine } from "../../../search/create-engine.js";
import { createKafkaSource } from "../../../stream/kafka-source.js";
import type { StreamSource } from "../../../stream/stream-source.js";
import type { CommandContext, CommandResult } from "../../command.js";

/**
 * `cutover es-reindex --index <name> --phase <phase>`: a blue/green build of one search index (seeds
 * 000 and 003). The phases live in src/reindex/; this file picks the index, connects, and hands over.
 */
export async function run({ settings, loaded, host, env, now, signal }: CommandContext): Promise<CommandResult> {
  const config = loaded.config;
  if (!config.search) throw new InputError(`${settings.configPath} has no search section: es-reindex needs search.indices`);
  const chosen = chooseIndex(config.search.indices, settings.index);
  // --weight stands for the config's readWeight in this run (plan, switch-read, all)
  const index = settings.weight === undefined ? chosen : { ...chosen, readWeight: settings.weight };
  // readSettings checked it against ES_PHASES, this command's phases in the command table
  const phase = (settings.phase ?? "plan") as EsPhase;

  const engine = createSearchEngine(config.search);
  let stream: StreamSource | undefined;
  const openStream = (): StreamSource => {
    stream ??= createKafkaSource(kafkaConnection(config));
    return stream;
  };
  try {
    const result = await runReindex({
      engine,
      stream: openStream,
      config: index,
      project: config.project,
      configPath: settings.configPath,
      phase,
      dryRun: settings.dryRun,
      breakLock: settings.breakLock,
      forMs: settings.forMs,
      acceptStale: settings.acceptStale,
      env,
      log: host.log,
      now,
      signal,
    });
    return { headline: result.headline, report: result.report, outputs: { index: index.name, phase }, data: result.data };
  } finally {
    // closing is cleanup: a failure here must not hide the phase's own result
    await stream?.close().catch((error: unknown) => host.log.warn(`could not close the Kafka connection: ${String(error)}`));
    await engine.close().catch((error: unknown) => host.log.warn(`could not close the search connection: ${String(error)}`));
  }
}

function chooseIndex(indices: readonly SearchIndexConfig[], wanted: string | undefined): SearchIndexConfig {
  const names = indices.map((i) => i.name);
  if (wanted === undefined) {
    if (indices.length === 1 && indices[0]) return indices[0];
    throw new InputError(`--index is required: the config lists ${indices.length} indices (${names.join(", ")})`);
  }
  const found = indices.find((i) => i.name === wanted);
  if (!found) throw new InputError(`--index '${wanted}' is not in the config; it lists ${names.join(", ")}`);
  return found;
}

function kafkaConnection(config: Config) {
  const kafka = config.kafka;
  if (!kafka?.brokers || kafka.brokers.length === 0) {
    throw new InputError("a Kafka-fed index needs the kafka section with brokers");
  }
  return { brokers: kafka.brokers, clientId: kafka.clientId, ssl: kafka.ssl, ...(kafka.sasl ? { sasl: kafka.sasl } : {}) };
}
