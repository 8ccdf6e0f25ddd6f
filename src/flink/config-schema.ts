import type { FlinkConfig } from "../config/schema/flink.js";
import type { FlinkPlanOptions } from "./plan/plan-from-files.js";
import type { ReplaySettings } from "./plan/replay.js";

/**
 * The planner's options from the config's `flink` section (src/config/schema/flink.ts). The parse
 * cache and the deployed names come from adapters, not from here.
 */

export { flinkSchema, type FlinkBackendConfig, type FlinkConfig } from "../config/schema/flink.js";

/** The planner's replay settings from the config's `replay` section. */
export function replaySettings(config: FlinkConfig): ReplaySettings {
  return { from: config.replay.from === "earliest" ? "earliest" : { timestamp: config.replay.from }, stateless: config.replay.stateless };
}

export function flinkPlanOptions(config: FlinkConfig): FlinkPlanOptions {
  return {
    defaults: { catalog: config.catalog, database: config.database },
    versioning: { suffix: config.versioning.suffix },
    replay: replaySettings(config),
    maxLag: config.maxLag,
  };
}
