import type { AsgFacts, EcsServiceFacts, TargetFacts } from "../traffic/estate-facts.js";
import { targetGroupNameFromArn as nameOf } from "../traffic/estate.js";
import type { ScalingActivity, StoppedTask } from "./deploy-facts.js";
import type { ReadyCheck } from "./green-plan/index.js";

/**
 * Whether one service's green is ready, still coming up, or has failed, judged from one look at
 * AWS. Pure: the waiting loop (wait-ready.ts) observes and sleeps; this decides. Failing early is the
 * point: a target that turns unhealthy once the health check has had its chance, a FAILED rollout, a
 * circuit breaker that rolled back, or a failed scaling activity each end the wait at once.
 */

export type Verdict =
  | { readonly state: "ready"; readonly detail: string }
  | { readonly state: "waiting"; readonly detail: string }
  | { readonly state: "failed"; readonly reason: string };

/** When each target was first seen and whether it has been healthy since: a target's history. */
export type TargetMemory = ReadonlyMap<string, { readonly firstSeen: number; readonly wasHealthy: boolean }>;

export type Observation =
  | {
      readonly kind: "ecs";
      readonly service: EcsServiceFacts | undefined;
      readonly stoppedTasks: readonly StoppedTask[];
      readonly targets: ReadonlyMap<string, readonly TargetFacts[]>;
    }
  | {
      readonly kind: "asg";
      readonly group: AsgFacts | undefined;
      readonly activities: readonly ScalingActivity[];
      readonly targets: ReadonlyMap<string, readonly TargetFacts[]>;
    }
  | { readonly kind: "pair"; readonly targets: ReadonlyMap<string, readonly TargetFacts[]> };

const targetKey = (targetGroup: string, t: TargetFacts) => `${targetGroup} ${t.id}:${t.port ?? ""}`;

export function remember(memory: TargetMemory, targets: ReadonlyMap<string, readonly TargetFacts[]>, now: number): TargetMemory {
  const next = new Map(memory);
  for (const [tg, list] of targets) {
    for (const t of list) {
      const key = targetKey(tg, t);
      const before = next.get(key);
      next.set(key, { firstSeen: before?.firstSeen ?? now, wasHealthy: (before?.wasHealthy ?? false) || t.state === "healthy" });
    }
  }
  return next;
}

export function judge(check: ReadyCheck, seen: Observation, memory: TargetMemory, now: number): Verdict {
  switch (check.kind) {
    case "pair": {
      const healthy = count(seen.targets, check.targetGroup);
      return healthy >= check.minHealthy
        ? { state: "ready", detail: `${healthy} healthy target(s)` }
        : { state: "waiting", detail: `${healthy} of at least ${check.minHealthy} target(s) healthy${notHealthy(seen.targets)}` };
    }
    case "ecs": {
      if (seen.kind !== "ecs") return mismatch(check);
      const service = seen.service;
      if (!service || service.status !== "ACTIVE")
        return { state: "failed", reason: `ECS service ${check.name} is ${service?.status ?? "gone"}` };
      const stopped = stoppedText(seen.stoppedTasks);
      const failedRollout = service.deployments.find((d) => d.rolloutState === "FAILED");
      if (failedRollout)
        return {
          state: "failed",
          reason: `deployment ${failedRollout.id} of ${check.name} FAILED: ${failedRollout.rolloutStateReason ?? "no reason given"}${stopped}`,
        };
      const primary = service.deployments.find((d) => d.status === "PRIMARY");
      if (primary?.taskDefinition && primary.taskDefinition !== check.taskDefinition)
        return {
          state: "failed",
          reason: `${check.name} was rolled back to ${primary.taskDefinition} (circuit breaker): ${primary.rolloutStateReason ?? "no reason given"}${stopped}`,
        };
      const unhealthy = failedTarget(check.targetGroups, seen.targets, memory, now, check.allowanceMs);
      if (unhealthy) return { state: "failed", reason: `${unhealthy}${stopped}` };
      const running = primary?.runningCount ?? service.runningCount;
      const done = primary?.rolloutState === undefined ? running >= check.desired : primary.rolloutState === "COMPLETED";
      const targets = targetsReady(check.targetGroups, seen.targets, check.desired);
      const detail = `deployment ${primary?.rolloutState ?? "?"}, ${running}/${check.desired} running; ${targets.detail}${stopped}`;
      return done && targets.ready ? { state: "ready", detail } : { state: "waiting", detail };
    }
    case "asg": {
      if (seen.kind !== "asg") return mismatch(check);
      if (!seen.group) return { state: "failed", reason: `Auto Scaling Group ${check.name} is gone` };
      const failed = seen.activities.find((a) => a.statusCode === "Failed" || a.statusCode === "Cancelled");
      if (failed)
        return {
          state: "failed",
          reason: `scaling activity of ${check.name} ${failed.statusCode}: ${failed.statusMessage ?? "no message"}${failed.description ? ` (${failed.description})` : ""}`,
        };
      const unhealthy = failedTarget(check.targetGroups, seen.targets, memory, now, check.allowanceMs);
      if (unhealthy) return { state: "failed", reason: unhealthy };
      const inService = seen.group.instances.filter((i) => i.lifecycleState === "InService" && i.healthStatus === "Healthy").length;
      const targets = targetsReady(check.targetGroups, seen.targets, check.desired);
      const detail = `${inService}/${check.desired} instance(s) InService and healthy; ${targets.detail}`;
      return inService >= check.desired && targets.ready ? { state: "ready", detail } : { state: "waiting", detail };
    }
  }
}

function mismatch(check: ReadyCheck): Verdict {
  return { state: "failed", reason: `internal: observed the wrong kind of resource for ${check.service}` };
}

/** A target that is unhealthy after having been healthy, or after the health check's allowance. */
function failedTarget(
  targetGroups: readonly string[],
  targets: ReadonlyMap<string, readonly TargetFacts[]>,
  memory: TargetMemory,
  now: number,
  allowanceMs: number,
): string | undefined {
  for (const tg of targetGroups) {
    for (const t of targets.get(tg) ?? []) {
      if (t.state !== "unhealthy") continue;
      const history = memory.get(targetKey(tg, t));
      const age = now - (history?.firstSeen ?? now);
      if (history?.wasHealthy || age > allowanceMs) {
        const why = [t.reason, t.description].filter(Boolean).join(": ") || "no reason given";
        const when = history?.wasHealthy
          ? "after having been healthy"
          : `after ${seconds(age)}; the health check allows ${seconds(allowanceMs)}`;
        return `target ${t.id}${t.port === undefined ? "" : `:${t.port}`} in ${nameOf(tg)} is unhealthy (${why}) ${when}`;
      }
    }
  }
  return undefined;
}

function targetsReady(
  targetGroups: readonly string[],
  targets: ReadonlyMap<string, readonly TargetFacts[]>,
  desired: number,
): { ready: boolean; detail: string } {
  const parts = targetGroups.map((tg) => {
    const list = (targets.get(tg) ?? []).filter((t) => t.state !== "draining");
    const healthy = list.filter((t) => t.state === "healthy").length;
    return {
      ready: healthy >= desired && healthy === list.length,
      text: `${nameOf(tg)} ${healthy}/${Math.max(desired, list.length)} healthy`,
    };
  });
  return { ready: parts.every((p) => p.ready), detail: parts.map((p) => p.text).join(", ") + notHealthy(targets) };
}

function count(targets: ReadonlyMap<string, readonly TargetFacts[]>, tg: string): number {
  return (targets.get(tg) ?? []).filter((t) => t.state === "healthy").length;
}

function notHealthy(targets: ReadonlyMap<string, readonly TargetFacts[]>): string {
  const list = [...targets.values()].flat().filter((t) => t.state !== "healthy");
  return list.length === 0 ? "" : ` (${list.map((t) => `${t.id} ${t.state}${t.reason ? ` ${t.reason}` : ""}`).join(", ")})`;
}

function stoppedText(tasks: readonly StoppedTask[]): string {
  if (tasks.length === 0) return "";
  const described = tasks
    .slice(0, 3)
    .map((t) => `${t.arn.split("/").pop() ?? t.arn}: ${[t.stoppedReason, ...t.containers].filter(Boolean).join("; ")}`);
  return `; stopped task(s): ${described.join(" | ")}`;
}

function seconds(ms: number): string {
  return `${Math.round(ms / 1000)}s`;
}

/** One look at what a check waits for (the AWS adapter in src/aws/ready-probe.ts). */
export interface ReadyProbe {
  observe(check: ReadyCheck): Promise<Observation>;
}

export interface ReadyResult {
  readonly service: string;
  readonly detail: string;
  readonly waitedMs: number;
}
