import { buildDag, type Dag } from "../pipeline/dag.js";
import { buildPipeline, type Pipeline } from "../pipeline/pipeline.js";
import type { ParseCache } from "../sql/parse-cache.js";
import type { NameDefaults } from "../sql/table-name.js";
import { detectChanges, type ChangeInput } from "./changes.js";
import { planFlinkRelease } from "./impact.js";
import type { FlinkReleasePlan } from "./release-plan.js";
import type { ReplaySettings } from "./replay.js";
import type { VersionRule } from "./version-name.js";

/**
 * The whole pure path in one call, from the pipeline's file texts to the plan: parse, graph,
 * changes, impact. What the CLI runs after loadPipelineFiles (and gitChangedFiles or the
 * backend's deployed hashes); InputError (exit 2) for any problem in the files or the graph.
 */
export interface FlinkPlanOptions {
  readonly defaults: NameDefaults;
  readonly versioning: VersionRule;
  readonly replay: ReplaySettings;
  readonly maxLag: number;
  readonly deployedNames?: ReadonlyMap<string, string>;
  readonly cache?: ParseCache;
}

export interface FlinkPlanResult {
  readonly pipeline: Pipeline;
  readonly dag: Dag;
  readonly plan: FlinkReleasePlan;
}

export function planFromFiles(files: ReadonlyMap<string, string>, changes: ChangeInput, options: FlinkPlanOptions): FlinkPlanResult {
  const pipeline = buildPipeline(files, {
    defaults: options.defaults,
    versioning: options.versioning,
    ...(options.cache ? { cache: options.cache } : {}),
  });
  const dag = buildDag(pipeline);
  const plan = planFlinkRelease({
    pipeline,
    dag,
    changes: detectChanges(pipeline, changes),
    replay: options.replay,
    maxLag: options.maxLag,
    ...(options.deployedNames ? { deployedNames: options.deployedNames } : {}),
  });
  return { pipeline, dag, plan };
}
