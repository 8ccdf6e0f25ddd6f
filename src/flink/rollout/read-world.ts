/**
 * What the flink phases read before they plan: what is deployed (the backend's statements with
 * this prefix, every run, never a local file) and, for plan and deploy, the pipeline's files and
 * what changed in them. The planning that follows is pure (src/flink/plan/, src/flink/release/).
 */
import { dirname, resolve } from "node:path";
import type { Logger } from "../../host/host.js";
import type { FlinkConfig } from "../config-schema.js";
import { flinkPlanOptions } from "../config-schema.js";
import { gitChangedFiles } from "../pipeline/git-changed-files.js";
import { tableFolders } from "../pipeline/layout.js";
import { loadPipelineFiles } from "../pipeline/load-pipeline.js";
import { loadParseCache } from "../pipeline/parse-cache-file.js";
import type { ChangedFile, ChangeInput } from "../plan/changes.js";
import { planFromFiles, type FlinkPlanResult } from "../plan/plan-from-files.js";
import { planDeploy, deployedFacts, type DeployPlan } from "../release/deploy-plan.js";
import { readDeployed, type Deployed } from "../release/deployed.js";
import { LABEL } from "../release/names.js";
import type { StatementBackend, StatementInfo } from "../statement-port.js";
import { parsePipeline, type ParseStats } from "./parse-pool.js";

export interface DeployedState {
  readonly deployed: Deployed;
  readonly infos: readonly StatementInfo[];
}

export async function readDeployedState(backend: StatementBackend, prefix: string, signal: AbortSignal): Promise<DeployedState> {
  const infos = await backend.list({ labels: { [LABEL.project]: prefix } }, { signal });
  return { deployed: readDeployed(prefix, infos), infos };
}

export interface ReleaseContext {
  readonly flink: FlinkConfig;
  readonly configPath: string;
  readonly prefix: string;
  readonly release: string | undefined;
  readonly backend: StatementBackend;
  readonly log: Logger;
  readonly signal: AbortSignal;
}

export interface PlannedRelease extends DeployedState {
  readonly planned: FlinkPlanResult;
  readonly deploy: DeployPlan;
  readonly changes: ChangeInput["from"];
  /** Milliseconds spent reading and parsing the files and planning: the figure the bench measures. */
  readonly planMs: number;
  readonly parse: ParseStats;
}

/** The pipeline's plan against what is deployed, and the deploy it calls for. */
export async function planRelease(context: ReleaseContext): Promise<PlannedRelease> {
  const { flink, backend, prefix } = context;
  const base = dirname(resolve(context.configPath));
  const folder = resolve(base, flink.pipeline);
  const started = performance.now();
  const fileCache = flink.parseCache ? await loadParseCache(resolve(base, flink.parseCache)) : undefined;
  // the files are parsed while the backend is asked what is deployed: neither needs the other
  const loading = loadPipelineFiles(folder);
  const parsing = loading.then((files) =>
    parsePipeline(files, fileCache, flink.parseWorkers === undefined ? {} : { workers: flink.parseWorkers }),
  );
  const [files, state, cache] = await Promise.all([loading, readDeployedState(backend, prefix, context.signal), parsing]);
  const ids = tableFolders([...files.keys()]).folders.map((f) => f.id);
  const facts = deployedFacts(state.deployed, ids);
  const changes: ChangeInput =
    flink.changes.from === "git"
      ? {
          from: "git",
          files: withUndeployedAsAdded(await gitChangedFiles(folder, flink.changes.base), files, facts.names),
          deployed: facts.hashes,
          stale: facts.stale,
        }
      : { from: "hashes", deployed: facts.hashes, stale: facts.stale };
  const options = { ...flinkPlanOptions(flink), deployedNames: facts.names, cache };
  const planned = planFromFiles(files, changes, options);
  const planMs = performance.now() - started;
  await fileCache?.save().catch((error: unknown) => context.log.warn(`could not write the parse cache: ${String(error)}`));
  const deploy = planDeploy({
    prefix,
    release: context.release,
    backend: backend.kind,
    plan: planned.plan,
    dag: planned.dag,
    defaults: options.defaults,
    versioning: options.versioning,
    deployed: state.deployed,
    properties: flink.backend.type === "gateway" ? flink.backend.properties : {},
  });
  return { ...state, planned, deploy, changes: changes.from, planMs, parse: cache.stats };
}

/**
 * git says what changed since the base; a table nothing of which is deployed is new whatever it
 * says (the first release, a table added since), so its files count as added.
 */
function withUndeployedAsAdded(
  changed: readonly ChangedFile[],
  files: ReadonlyMap<string, string>,
  deployedNames: ReadonlyMap<string, string>,
): ChangedFile[] {
  const { folders } = tableFolders([...files.keys()]);
  const fresh = folders.filter((f) => !deployedNames.has(f.id)).flatMap((f) => [f.ddl, f.dml].filter((p) => p !== undefined));
  const freshSet = new Set(fresh);
  return [...changed.filter((c) => !freshSet.has(c.path)), ...fresh.map((path) => ({ path, status: "added" as const }))];
}
