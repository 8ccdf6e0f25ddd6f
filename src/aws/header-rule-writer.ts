import { TAG } from "../traffic/tags.js";
import { OperationError } from "../errors.js";
import type { RuleFacts } from "../traffic/estate-facts.js";
import { headerRule } from "../traffic/estate.js";
import { headerRuleDifferences, type HeaderRuleChange, type HeaderRulePlan } from "../traffic/header-rules/index.js";
import type { Tags } from "../traffic/tags.js";
import { AwsError } from "./aws-call.js";
import type { Elb } from "./connect.js";

/**
 * Applies header rule plans (src/traffic/header-rules/) and checks them:
 *
 *   const plans = planHeaderRulesForRoutes(config, entries, release);   // pure; --dry-run prints these
 *   const report = await ensureHeaderRules(aws.elb, plans);    // the effect
 *
 * Each change is sent as planned: CreateRule (tags in the same call), SetRulePriorities, ModifyRule,
 * AddTags; a kept rule costs nothing. Then every rule it wrote is read back (one DescribeRules and one
 * DescribeTags per 20 rules) and compared with the plan's desired rule by the planner's own
 * comparison. An AWS error travels up as an AwsError naming the route; a rule that does not read
 * back as written is an OperationError. Either way what was written stays and is right or wrong by
 * itself, so planning again from a fresh read (the next run) continues from there.
 */

export interface HeaderRuleAdapter {
  readonly read: Pick<Elb["read"], "rulesByArn" | "tags">;
  readonly write: Pick<Elb["write"], "createRule" | "modifyRule" | "setRulePriorities" | "addTags" | "removeTags" | "deleteRule">;
}

export type HeaderRuleAction = "created" | "modified" | "kept";

export interface HeaderRuleRow {
  readonly route: string;
  readonly role: HeaderRuleChange["role"];
  readonly header: string;
  /** `green`, or `beta|canary` for several. */
  readonly values: string;
  readonly priority: number;
  readonly target: string;
  readonly action: HeaderRuleAction;
  /** For a modified rule, what was different. */
  readonly detail: string | undefined;
  readonly ruleArn: string;
}

export interface HeaderRuleReport {
  readonly rows: readonly HeaderRuleRow[];
  /** Routes that got no header rules, and why. */
  readonly skipped: readonly { readonly route: string; readonly reason: string }[];
  readonly notes: readonly string[];
}

export async function ensureHeaderRules(elb: HeaderRuleAdapter, plans: readonly HeaderRulePlan[]): Promise<HeaderRuleReport> {
  const rows: HeaderRuleRow[] = [];
  const written: { plan: HeaderRulePlan; change: HeaderRuleChange; ruleArn: string }[] = [];

  for (const plan of plans) {
    await giveRoomOrMakeIt(elb, plan);
    for (const change of plan.changes) {
      const ruleArn = await named(plan.route, apply(elb, change));
      if (change.kind !== "keep") written.push({ plan, change, ruleArn });
      rows.push({
        route: plan.route,
        role: change.role,
        header: change.header,
        values: change.values.join("|"),
        priority: change.priority,
        target: change.target,
        action: change.kind === "create" ? "created" : change.kind === "modify" ? "modified" : "kept",
        detail: change.kind === "modify" ? change.reasons.join("; ") : undefined,
        ruleArn,
      });
    }
  }

  await verify(elb, written);
  return {
    rows,
    skipped: plans.flatMap((p) => (p.skipped === undefined ? [] : [{ route: p.route, reason: p.skipped }])),
    notes: plans.flatMap((p) => p.notes.map((n) => `${p.route}: ${n}`)),
  };
}

/** Sends one change; returns the rule's ARN. */
async function apply(elb: HeaderRuleAdapter, change: HeaderRuleChange): Promise<string> {
  switch (change.kind) {
    case "keep":
      return change.ruleArn;
    case "create":
      return (await elb.write.createRule(change.createRule)).arn;
    case "modify":
      // the priority first: it is the one change that can fail on a race (PriorityInUse) before anything else moved
      if (change.setRulePriorities) await elb.write.setRulePriorities(change.setRulePriorities);
      if (change.modifyRule) await elb.write.modifyRule(change.modifyRule);
      if (change.addTags) await elb.write.addTags(change.addTags);
      if (change.removeTags) await elb.write.removeTags(change.removeTags.arns, change.removeTags.keys);
      return change.ruleArn;
  }
}

/**
 * Room for header rules: header rules in room that is given back are deleted first, then every move
 * goes in one SetRulePriorities call (atomic, so the order of the rules never breaks half-way), and
 * each moved rule's tag records or forgets its priority before.
 */
async function giveRoomOrMakeIt(elb: HeaderRuleAdapter, plan: HeaderRulePlan): Promise<void> {
  for (const gone of plan.deletes ?? []) await named(plan.route, elb.write.deleteRule(gone.ruleArn));
  const moves = plan.moves ?? [];
  const moving = moves.filter((m) => m.from !== m.to);
  if (moving.length > 0)
    await named(plan.route, elb.write.setRulePriorities({ RulePriorities: moving.map((m) => ({ RuleArn: m.ruleArn, Priority: m.to })) }));
  const made = moves.filter((m) => !m.back);
  if (made.length > 0)
    for (const m of made)
      await named(
        plan.route,
        elb.write.addTags({ ResourceArns: [m.ruleArn], Tags: [{ Key: TAG.originalPriority, Value: String(m.original) }] }),
      );
  const back = moves.filter((m) => m.back).map((m) => m.ruleArn);
  if (back.length > 0) await named(plan.route, elb.write.removeTags(back, [TAG.originalPriority]));
}

async function verify(elb: HeaderRuleAdapter, written: readonly { plan: HeaderRulePlan; change: HeaderRuleChange; ruleArn: string }[]) {
  if (written.length === 0) return;
  const arns = written.map((w) => w.ruleArn);
  const [rules, tags] = await Promise.all([elb.read.rulesByArn(arns), elb.read.tags(arns)]);
  const problems = written.flatMap(({ plan, change, ruleArn }) => {
    const rule = rules.get(ruleArn);
    const where = `${plan.route}: ${change.role} header rule (priority ${change.priority})`;
    if (!rule) return [`${where} no longer exists`];
    return headerRuleDifferences(change.desired, readBack(rule, tags.get(ruleArn) ?? {})).map((d) => `${where} ${d.text}`);
  });
  if (problems.length > 0)
    throw new OperationError(`${problems.length} header rule(s) do not read back as written: ${problems.join("; ")}`, {
      kind: "resumable",
      detail: "the header rules stay as AWS has them; run the command again to plan from what is there",
    });
}

function readBack(rule: RuleFacts, tags: Tags) {
  return headerRule({ ...rule, tags });
}

/** AWS errors name the route as the config does: `CreateRule on alb-ks default action (priority 1 on ...)`. */
async function named<T>(route: string, pending: Promise<T>): Promise<T> {
  try {
    return await pending;
  } catch (error) {
    throw error instanceof AwsError ? error.about(route) : error;
  }
}
