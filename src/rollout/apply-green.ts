import type { AutoScalingGroups } from "../aws/auto-scaling-groups.js";
import type { ContainerServices } from "../aws/container-services.js";
import type { Elb } from "../aws/connect.js";
import { setForward } from "./set-forward.js";
import type { GreenPlan, GreenStep } from "../deploy/green-plan/index.js";

/** The adapters that make deploy-green's changes. */
export interface GreenWriters {
  readonly elb: {
    readonly read: Pick<Elb["read"], "readForwards">;
    readonly write: Pick<Elb["write"], "createTargetGroup" | "deleteTargetGroup" | "writeForward" | "addTags" | "removeTags">;
  };
  readonly containerServices: Pick<ContainerServices, "registerTaskDefinition" | "createService" | "deleteService">;
  readonly autoScalingGroups: Pick<AutoScalingGroups, "createGroup" | "deleteGroup">;
}

export interface Applied {
  /** Placeholder → the ARN of what a step created. */
  readonly created: ReadonlyMap<string, string>;
  /** One line per step that changed something. */
  readonly done: readonly string[];
  /** Replaces every placeholder in a value (a body, a ready check) with the ARN created for it. */
  resolve<T>(value: T): T;
}

/**
 * Runs the plan's steps in order. Each one creates or changes one thing; a failure stops the run,
 * and what exists by then is what the next run's plan starts from.
 */
export async function applyGreenPlan(plan: GreenPlan, writers: GreenWriters, onStep: (line: string) => void): Promise<Applied> {
  const created = new Map<string, string>();
  const resolve = <T>(value: T): T => substitute(value, created) as T;
  const done: string[] = [];
  for (const step of plan.steps) {
    const line = await applyStep(resolve(step), writers, created);
    if (line === undefined) continue;
    done.push(line);
    onStep(line);
  }
  return { created, done, resolve };
}

async function applyStep(step: GreenStep, w: GreenWriters, created: Map<string, string>): Promise<string | undefined> {
  switch (step.kind) {
    case "register-task-definition": {
      const arn = await w.containerServices.registerTaskDefinition(step.definition, step.tags);
      created.set(step.placeholder, arn);
      return `registered task definition ${arn}`;
    }
    case "create-target-group": {
      const tg = await w.elb.write.createTargetGroup(step.body, step.tags);
      created.set(step.placeholder, tg.arn);
      return `created target group ${tg.name}`;
    }
    case "set-forward": {
      const changed = await setForward(w.elb, step.place, { targetGroups: step.targetGroups, stickiness: step.stickiness });
      return changed ? `${step.place.label}: ${step.why}` : undefined;
    }
    case "create-ecs-service":
      await w.containerServices.createService(step.body);
      return `created ECS service ${step.name}`;
    case "create-asg":
      await w.autoScalingGroups.createGroup(step.body);
      return `created Auto Scaling Group ${step.name}`;
    case "delete-ecs-service":
      await w.containerServices.deleteService(step.cluster, step.name);
      return `deleted the stale ECS service ${step.name}`;
    case "delete-asg":
      await w.autoScalingGroups.deleteGroup(step.name);
      return `deleted the stale Auto Scaling Group ${step.name}`;
    case "delete-target-group":
      await w.elb.write.deleteTargetGroup(step.arn);
      return `deleted the stale target group ${step.name}`;
    case "tag-target-group": {
      const tags = Object.entries(step.tags).map(([Key, Value]) => ({ Key, Value }));
      if (tags.length > 0) await w.elb.write.addTags({ ResourceArns: [step.arn], Tags: tags });
      if (step.remove.length > 0) await w.elb.write.removeTags([step.arn], step.remove);
      return `tagged ${step.name} ${Object.entries(step.tags)
        .map(([k, v]) => `${k}=${v}`)
        .join(", ")}${step.remove.length > 0 ? `; removed ${step.remove.join(", ")}` : ""}`;
    }
  }
}

/** A copy of plain data with every string that is a known placeholder replaced. */
function substitute(value: unknown, created: ReadonlyMap<string, string>): unknown {
  if (typeof value === "string") return created.get(value) ?? value;
  if (Array.isArray(value)) return value.map((v) => substitute(v, created));
  if (typeof value === "object" && value !== null)
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, substitute(v, created)]));
  return value;
}
