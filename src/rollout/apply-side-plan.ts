import type { Aws } from "../aws/connect.js";
import { ensureHeaderRules, type HeaderRuleReport } from "../aws/header-rule-writer.js";
import { settleBounded, WRITE_CONCURRENCY } from "../run/bounded.js";
import { setForward } from "./set-forward.js";
import type { SidePlan, SideStep } from "../traffic/side-plan.js";

/**
 * Sends a promote or rollback plan (src/traffic/side-plan.ts): its tag and forward steps in the order
 * the plan lists them, the forward actions of all routes together, then the header rules (which check
 * themselves), then what it retires. Each step is one call that is right or wrong by itself, and the
 * plans are recomputed from AWS on every run, so a failure part way leaves a state the next run
 * finishes; the apply loop (src/run/) says which changes were made.
 */

export type SideAdapters = Pick<Aws, "elb" | "containerServices" | "autoScalingGroups">;

export async function applySidePlan(plan: SidePlan, aws: SideAdapters, record: (line: string) => void): Promise<HeaderRuleReport> {
  await sendInOrder(plan.steps, aws, record);
  const headerRules = await ensureHeaderRules(aws.elb, plan.headerPlans);
  for (const row of headerRules.rows.filter((r) => r.action !== "kept"))
    record(`${row.route}: ${row.action} the ${row.role} header rule ${row.header}: ${row.values} → ${row.target}`);
  await sendInOrder(plan.retire, aws, record);
  return headerRules;
}

/**
 * Steps in order, except that consecutive forward writes (one per route) go out together: at 3 a.m.
 * every route of a rollback is back on blue about one round trip after the first. Tags stay in
 * order: on one route, the live side's tag is written before the old side's, so a crash between
 * them still reads right.
 */
async function sendInOrder(steps: readonly SideStep[], aws: SideAdapters, record: (line: string) => void): Promise<void> {
  for (let i = 0; i < steps.length;) {
    const step = steps[i] as SideStep;
    if (step.kind !== "set-forward") {
      await send(step, aws, record);
      i += 1;
      continue;
    }
    let end = i;
    while (steps[end]?.kind === "set-forward") end += 1;
    const settled = await settleBounded(steps.slice(i, end), WRITE_CONCURRENCY, (s) => send(s, aws, record));
    const failed = settled.find((s): s is PromiseRejectedResult => s.status === "rejected");
    if (failed) throw failed.reason;
    i = end;
  }
}

async function send(step: SideStep, aws: SideAdapters, record: (line: string) => void): Promise<void> {
  switch (step.kind) {
    case "set-forward": {
      const wrote = await setForward(aws.elb, step.place, { targetGroups: step.targetGroups, stickiness: step.stickiness });
      if (wrote)
        record(`${step.route}: forward ${step.targetGroups.map((tg) => `${tg.arn.split("/")[1] ?? tg.arn}=${tg.weight}`).join(", ")}`);
      return;
    }
    case "tag": {
      const add = Object.entries(step.add).map(([Key, Value]) => ({ Key, Value }));
      if (add.length > 0) await aws.elb.write.addTags({ ResourceArns: [step.arn], Tags: add });
      if (step.remove.length > 0) await aws.elb.write.removeTags([step.arn], step.remove);
      record(`${step.route}: tagged ${step.name}`);
      return;
    }
    case "scale-ecs-service":
      await aws.containerServices.scaleService(step.cluster, step.name, 0);
      record(`scaled ECS service ${step.name} to 0`);
      return;
    case "delete-ecs-service":
      await aws.containerServices.deleteService(step.cluster, step.name);
      record(`deleted ECS service ${step.name}`);
      return;
    case "scale-asg":
      await aws.autoScalingGroups.scaleToZero(step.name);
      record(`scaled ASG ${step.name} to 0`);
      return;
    case "delete-asg":
      await aws.autoScalingGroups.deleteGroup(step.name);
      record(`deleted ASG ${step.name}`);
      return;
    case "delete-target-group":
      await aws.elb.write.deleteTargetGroup(step.arn);
      record(`deleted target group ${step.name}`);
      return;
  }
}
