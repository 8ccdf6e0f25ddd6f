import { AwsError } from "../aws/aws-call.js";
import type { Aws } from "../aws/connect.js";
import { ensureHeaderRules, type HeaderRuleReport } from "../aws/header-rule-writer.js";
import { OperationError } from "../errors.js";
import type { SidePlan, SideStep } from "../traffic/side-plan.js";

/**
 * Sends a promote or rollback plan (src/traffic/side-plan.ts): its tag and forward steps in order,
 * then the header rules (which check themselves), then what it retires. Each step is one call that
 * is right or wrong by itself, and the plans are recomputed from AWS on every run, so a failure part
 * way leaves a state the next run finishes: the error says which changes were made (resumable).
 */

export type SideAdapters = Pick<Aws, "loadBalancing" | "containerServices" | "autoScalingGroups">;

export async function applySidePlan(
  plan: SidePlan,
  aws: SideAdapters,
  command: string,
  onChange: (line: string) => void,
): Promise<{ changes: string[]; headerRules: HeaderRuleReport }> {
  const changes: string[] = [];
  const done = (line: string) => {
    changes.push(line);
    onChange(line);
  };
  try {
    for (const step of plan.steps) await send(step, aws, done);
    const headerRules = await ensureHeaderRules(aws.loadBalancing, plan.headerPlans);
    for (const row of headerRules.rows.filter((r) => r.action !== "kept"))
      done(`${row.route}: ${row.action} the ${row.role} header rule ${row.header}: ${row.values} → ${row.target}`);
    for (const step of plan.retire) await send(step, aws, done);
    return { changes, headerRules };
  } catch (error) {
    if (!(error instanceof AwsError)) throw error;
    if (changes.length === 0) throw new OperationError(error.message, { kind: "untouched" }, { cause: error });
    throw new OperationError(
      error.message,
      {
        kind: "resumable",
        detail: `Made before the failure: ${changes.join("; ")}. Run ${command} again: it plans from what AWS has now and finishes the rest.`,
      },
      { cause: error },
    );
  }
}

async function send(step: SideStep, aws: SideAdapters, done: (line: string) => void): Promise<void> {
  switch (step.kind) {
    case "set-forward": {
      const wrote = await aws.loadBalancing.setForward(step.place, { targetGroups: step.targetGroups, stickiness: step.stickiness });
      if (wrote)
        done(`${step.route}: forward ${step.targetGroups.map((tg) => `${tg.arn.split("/")[1] ?? tg.arn}=${tg.weight}`).join(", ")}`);
      return;
    }
    case "tag": {
      const add = Object.entries(step.add).map(([Key, Value]) => ({ Key, Value }));
      if (add.length > 0) await aws.loadBalancing.addTags({ ResourceArns: [step.arn], Tags: add });
      if (step.remove.length > 0) await aws.loadBalancing.removeTags([step.arn], step.remove);
      done(`${step.route}: tagged ${step.name}`);
      return;
    }
    case "scale-ecs-service":
      await aws.containerServices.scaleService(step.cluster, step.name, 0);
      done(`scaled ECS service ${step.name} to 0`);
      return;
    case "delete-ecs-service":
      await aws.containerServices.deleteService(step.cluster, step.name);
      done(`deleted ECS service ${step.name}`);
      return;
    case "scale-asg":
      await aws.autoScalingGroups.scaleToZero(step.name);
      done(`scaled ASG ${step.name} to 0`);
      return;
    case "delete-asg":
      await aws.autoScalingGroups.deleteGroup(step.name);
      done(`deleted ASG ${step.name}`);
      return;
    case "delete-target-group":
      await aws.loadBalancing.deleteTargetGroup(step.arn);
      done(`deleted target group ${step.name}`);
      return;
  }
}
