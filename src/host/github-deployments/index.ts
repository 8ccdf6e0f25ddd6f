import type { Config } from "../../config/schema/index.js";
import type { Host } from "../host.js";
import { decideRecords, type CommandRecordInput } from "./decide.js";

export type { CommandEnd, ReleaseFacts } from "./decide.js";

/**
 * After a command, on GitHub: records where the release stands on the Environments page, when the
 * config has a `deployments` section. Elsewhere, or with nothing to record, nothing is loaded.
 * Never throws: recording is a side note to the release, not part of it.
 */
export async function recordRelease(
  host: Host,
  env: Readonly<Record<string, string | undefined>>,
  config: Config | undefined,
  input: CommandRecordInput,
): Promise<void> {
  if (host.kind !== "github" || !config?.deployments) return;
  const intents = decideRecords(input, config.deployments);
  if (intents.length === 0) return;
  try {
    const { recordDeployments } = await import("./record.js");
    await recordDeployments(host, env, { project: config.project, config: config.deployments }, intents);
  } catch (error) {
    host.log.warn(`could not record the release on GitHub: ${error instanceof Error ? error.message : String(error)}`);
  }
}
