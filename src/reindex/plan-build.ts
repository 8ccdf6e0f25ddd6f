/**
 * The whole build as a plan (pure): where the aliases point, blue and green, the state of the build,
 * the phases `all` runs and what each would change. `--phase plan` prints it; `--dry-run` prints it
 * with the requested phase's changes.
 */
import type { SearchIndexConfig } from "../config/schema/index.js";
import { formatDuration } from "../config/duration.js";
import type { AliasAction, EngineKind } from "../search/engine.js";
import { loadMethod, engineMisfit, type LoadMethod } from "./engine-fit.js";
import type { ObservedIndex, Pointer } from "./observe.js";
import { describeAliasAction, planReadSwitch, planRollback, planWriteSwitch } from "./plan-aliases.js";
import { planCleanup, type CleanupPlan } from "./plan-cleanup.js";
import { planCreate, type CreatePlan } from "./plan-create.js";
import { phasesForAll, RUN_PHASES, type RunPhase } from "./plan-phases.js";
import { hasDone, type BuildStep, type ReindexState } from "./reindex-state.js";

export interface PhaseLine {
  readonly phase: RunPhase;
  readonly status: "done" | "to do" | "not in all";
  readonly would: readonly string[];
}

export interface BuildPlan {
  readonly index: string;
  readonly engine: { readonly kind: EngineKind; readonly version: string; readonly reindex: boolean; readonly painless: boolean };
  readonly aliases: Readonly<Record<string, string>>;
  readonly blue: string | undefined;
  readonly green: string;
  readonly create: CreatePlan;
  readonly source: string;
  readonly loadMethod: LoadMethod;
  /** A config the engine cannot run (a script without reindex/painless): exit 2 before anything. */
  readonly misfit: string | undefined;
  readonly phases: readonly PhaseLine[];
  readonly cleanup: CleanupPlan;
  readonly notes: readonly string[];
}

function pointerText(pointer: Pointer): string {
  if (pointer.kind === "absent") return "(absent)";
  if (pointer.kind === "index") return `(a concrete index of that name)`;
  return pointer.targets.join(", ");
}

function sourceText(config: SearchIndexConfig, sourceIndex: string | undefined): string {
  const s = config.source;
  if (s.type === "kafka")
    return `Kafka: full topic ${s.fullTopic}, then ${s.incrementalTopic} (id ${s.idField}, version ${s.versionField}${s.deleteField ? `, delete ${s.deleteField}` : ""})`;
  const extras = [s.query ? "a query" : "", s.script ? `a ${s.script.lang} script` : "", `slices ${s.slices}`].filter(Boolean).join(", ");
  return `index ${sourceIndex ?? "(none found)"} (${extras})`;
}

const actionsText = (actions: readonly AliasAction[], none: string) => (actions.length > 0 ? actions.map(describeAliasAction) : [none]);

export function planBuild(
  observed: ObservedIndex,
  state: ReindexState,
  config: SearchIndexConfig,
  engineKind: EngineKind,
  now: Date,
): BuildPlan {
  const create = planCreate(observed, state.build, now);
  const build = create.kind === "continue" ? create.build : undefined;
  const green = create.kind === "continue" ? create.build.green : create.green;
  const blue = create.kind === "continue" ? create.build.blue : create.blue;
  const sourceIndex = config.source.type === "index" ? (build?.sourceIndex ?? config.source.index ?? blue) : undefined;
  const method = loadMethod(config, observed.capabilities);
  const inAll = new Set<RunPhase>(phasesForAll(config));
  const done = (step: BuildStep) => hasDone(build, step);

  const would = (phase: RunPhase): string[] => {
    switch (phase) {
      case "plan":
        return ["print this plan"];
      case "create":
        if (create.kind === "continue") return [`continue ${green} (${create.reason})`];
        return [
          `create ${green} with the configured mappings${config.source.type === "kafka" ? " and tombstone fields" : ""}, refresh off and no replicas while loading`,
          ...(create.supersedes ? [`a new build, as ${create.supersedes}`] : []),
          ...create.pair.actions.map((a) => `first run: ${describeAliasAction(a)}`),
        ];
      case "load":
        if (method === "kafka" && config.source.type === "kafka")
          return [
            `read ${config.source.fullTopic} from its start (or the last checkpoint) to its end offsets at load start into ${green}, deletes as tombstones`,
          ];
        return [
          method === "reindex-task"
            ? `_reindex ${sourceIndex ?? "?"} → ${green} as a background task${build?.reindexTaskId ? ` (re-attach to ${build.reindexTaskId})` : ""}`
            : `client-side copy ${sourceIndex ?? "?"} → ${green} (point in time + search_after + bulk: the engine has no reindex module)`,
          "then the live settings and a refresh",
        ];
      case "catch-up": {
        if (config.source.type !== "kafka") return ["nothing: an index-fed build has no change stream"];
        const from = config.source.catchUp.from;
        const start =
          from === "load-start"
            ? `the offsets at load start less ${formatDuration(config.source.catchUp.rewind)}`
            : "timestamp" in from
              ? `the offsets at ${from.timestamp}`
              : "the configured offsets";
        return [
          `${config.source.incrementalTopic} from ${start} to its end offsets, repeated until at most ${config.source.catchUp.maxLag} behind (at most ${config.source.catchUp.maxRounds} rounds)`,
          "then purge tombstones, live settings, refresh",
        ];
      }
      case "validate": {
        const v = config.validation;
        return [
          `counts (at most ${v.maxCountDifference}% apart), ${v.sampleQueries.length} sample quer${v.sampleQueries.length === 1 ? "y" : "ies"} (top-${v.topK} overlap at least ${v.minOverlap}%), p95 at most ${v.maxLatencyRatio}× blue, at most ${v.maxErrors} error(s)`,
        ];
      }
      case "switch-read":
        return [
          `read weight ${config.readWeight}:`,
          ...actionsText(planReadSwitch(observed, green, blue, config.readWeight).actions, "no alias change"),
        ];
      case "follow":
        if (config.source.type !== "kafka") return ["nothing: an index-fed build has no change stream"];
        return [`apply ${config.source.incrementalTopic} to ${build?.writeSwitchedAt ? (blue ?? "blue") : green} until stopped or --for`];
      case "switch-write":
        return [
          ...(config.source.type === "kafka"
            ? [
                `catch ${green} up to ${config.source.consumerGroup ? `consumer group ${config.source.consumerGroup}'s committed offsets` : "the end offsets"}, then`,
              ]
            : []),
          ...actionsText(planWriteSwitch(observed, green).actions, "no alias change"),
        ];
      case "rollback":
        return blue ? actionsText(planRollback(observed, blue).actions, "no alias change") : ["nothing to roll back to: no blue"];
      case "cleanup":
        return [];
    }
  };

  const cleanup = planCleanup(observed, state, now, config.retention);
  const phases: PhaseLine[] = RUN_PHASES.map((phase) => {
    const step = phase as BuildStep;
    const status: PhaseLine["status"] = !inAll.has(phase) ? "not in all" : phase !== "plan" && done(step) ? "done" : "to do";
    const lines =
      phase === "cleanup"
        ? cleanup.delete.length > 0
          ? cleanup.delete.map((d) => `delete ${d.index}`)
          : ["nothing to delete"]
        : would(phase);
    return { phase, status, would: lines };
  });

  const notes: string[] = [];
  const sameAlias = config.aliases.read === config.aliases.write;
  const freed = planReadSwitch(observed, green, blue, 100).removesIndices;
  if (sameAlias) notes.push(`'${config.aliases.read}' is both the read and the write alias: switch-read at 100 moves writes too`);
  if (freed.length > 0) {
    notes.push(
      `the bare index ${freed.join(", ")} is deleted at the switch to free its name for the alias: a rollback cannot return to it`,
    );
  }
  if (config.writeSwitch === "manual" && !sameAlias)
    notes.push("writeSwitch manual: `all` stops before switch-write; run --phase switch-write after checking");
  if (config.writeSwitch === "auto" && config.readWeight < 100)
    notes.push(
      `readWeight ${config.readWeight} with writeSwitch auto: after the write switch, run --phase follow so blue keeps serving its share current`,
    );
  if (config.source.type === "index")
    notes.push(
      "index-fed: there is no change stream; a write to the source after the load began refuses the switches onto green (exit 3, nothing switched), so stop its writers during the build",
    );

  return {
    index: config.name,
    engine: {
      kind: engineKind,
      version: observed.capabilities.version,
      reindex: observed.capabilities.reindex,
      painless: observed.capabilities.painless,
    },
    aliases: {
      [observed.readAlias]: pointerText(observed.read),
      [observed.writeAlias]: pointerText(observed.write),
      [observed.canaryAlias]: pointerText(observed.canary),
    },
    blue,
    green,
    create,
    source: sourceText(config, sourceIndex),
    loadMethod: method,
    misfit: engineMisfit(config, observed.capabilities, engineKind),
    phases,
    cleanup,
    notes,
  };
}
