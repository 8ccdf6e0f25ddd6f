/**
 * Which phases `--phase all` runs for a configured index (pure), and the build phases each phase
 * needs done before it may run.
 */
import type { SearchIndexConfig } from "../config/schema/index.js";
import { hasDone, type BuildState, type BuildStep } from "./reindex-state.js";

/** What `--phase` takes: every phase, in the order a release takes them, and `all`. */
export const ES_PHASES = [
  "plan",
  "create",
  "load",
  "catch-up",
  "validate",
  "switch-read",
  "follow",
  "switch-write",
  "rollback",
  "cleanup",
  "all",
] as const;
export type EsPhase = (typeof ES_PHASES)[number];

export type RunPhase = Exclude<EsPhase, "all">;

/** Every phase a run can take, in the order a release takes them. */
export const RUN_PHASES: readonly RunPhase[] = ES_PHASES.filter((p): p is RunPhase => p !== "all");

/**
 * In order, as far as the config allows: an index-fed build has no topic to catch up from; the
 * write switch waits for a person (`--phase switch-write`) unless `writeSwitch: auto`, when it runs
 * once validation passed (a failed validate stops `all` before any alias moves). Follow never ends
 * on its own, so `all` leaves it to its own job.
 */
export function phasesForAll(config: Pick<SearchIndexConfig, "source" | "writeSwitch">): RunPhase[] {
  const phases: RunPhase[] = ["plan", "create", "load"];
  if (config.source.type === "kafka") phases.push("catch-up");
  phases.push("validate", "switch-read");
  if (config.writeSwitch === "auto") phases.push("switch-write");
  return phases;
}

/** The steps a build must have done before `phase` makes sense. */
export function prerequisites(phase: RunPhase, source: "index" | "kafka"): BuildStep[] {
  const built: BuildStep[] = source === "kafka" ? ["create", "load", "catch-up"] : ["create", "load"];
  switch (phase) {
    case "load":
      return ["create"];
    case "catch-up":
      return ["create", "load"];
    case "validate":
    case "switch-read":
    case "switch-write":
    case "follow":
      return built;
    default:
      return [];
  }
}

/** Steps still missing for `phase`; empty when it may run. */
export function missingSteps(phase: RunPhase, build: BuildState | undefined, source: "index" | "kafka"): BuildStep[] {
  return prerequisites(phase, source).filter((step) => !hasDone(build, step));
}
