import type { CleanupResult } from "../../../flink/rollout/cleanup-operation.js";
import type { DeployResult } from "../../../flink/rollout/deploy-operation.js";
import type { PlannedRelease } from "../../../flink/rollout/read-world.js";
import type { RollbackResult } from "../../../flink/rollout/rollback-operation.js";
import type { SwitchPlanned, SwitchResult } from "../../../flink/rollout/switch-operation.js";
import { renderFlinkPlan, renderRewrites } from "../../../flink/plan/render-plan.js";
import type { CleanupPlan } from "../../../flink/release/cleanup-plan.js";
import {
  renderCleanupPlan,
  renderDeployedState,
  renderDeployPlan,
  renderRollbackPlan,
  renderSwitchPlan,
  switchData,
} from "../../../flink/release/render-phases.js";
import type { RollbackPlan } from "../../../flink/release/rollback-plan.js";
import type { Report } from "../../../report/report.js";
import type { RunOutcome } from "../../../run/operation.js";
import type { CommandResult } from "../../command.js";

/** Each flink phase's outcome as the command's result: a headline, the report, outputs, and data for --json. */

const changes = (outcome: RunOutcome<unknown, unknown>) => (outcome.kind === "applied" ? outcome.changes : []);

function result(phase: string, headline: string, report: Report, outcome: RunOutcome<unknown, unknown>, data: object): CommandResult {
  const made = changes(outcome);
  if (made.length > 0) report.heading("Changes made").list(made);
  return {
    headline,
    report,
    outputs: { phase, changed: String(made.length > 0) },
    data: { phase, outcome: outcome.kind, ...data, changes: made },
  };
}

/** The release plan (what changed, what redeploys, the graph, the SQL) and what deploy would do. */
export function planResult(outcome: RunOutcome<PlannedRelease, DeployResult>, phase: "plan" | "deploy"): CommandResult {
  const { planned, deploy, deployed, changes: from, planMs, parse } = outcome.plan;
  const tables = planned.plan.tables;
  const count = (status: string) => tables.filter((t) => t.status === status).length;
  const summary = `${count("changed")} changed, ${count("descendant")} descendant(s), ${count("new")} new, ${count("unchanged")} unchanged`;
  const headline =
    phase === "plan"
      ? deploy.refusals.length > 0
        ? `flink plan: ${summary}; deploy would be refused: ${deploy.refusals.length} conflict(s) with what is deployed`
        : `flink plan: ${summary}; deploy would take ${deploy.actions.length} step(s) (release ${deploy.release})`
      : `flink deploy (dry run): ${deploy.actions.length} step(s) for release ${deploy.release}; ${summary}`;
  const report = renderFlinkPlan(planned.plan, planned.dag)
    .concat(renderDeployPlan(deploy))
    .concat(renderDeployedState(deployed))
    .text(
      `Changes found from ${from === "git" ? "git" : "the deployed statements' content hashes"}; planned in ${Math.round(planMs)} ms ` +
        `(${parse.files} file(s): ${parse.fromCache} from the parse cache, ${parse.byWorkers} parsed by ${parse.workers} worker thread(s), the rest by the main thread).`,
    );
  if (planned.plan.rewrites.length > 0) report.heading("SQL as deployed").concat(renderRewrites(planned.plan));
  return result(phase, headline, report, outcome, {
    release: deploy.release,
    changesFrom: from,
    plan: planned.plan,
    deploy: { actions: deploy.actions, done: deploy.done, refusals: deploy.refusals, notes: deploy.notes },
    pairs: deployed.pairs.map((p) => ({ green: p.green.name, blue: p.blueName, state: p.state })),
    planMs: Math.round(planMs),
    parse,
  });
}

export function deployResult(outcome: RunOutcome<PlannedRelease, DeployResult>): CommandResult {
  if (outcome.kind === "dry-run") return planResult(outcome, "deploy");
  const { deploy } = outcome.plan;
  const headline =
    outcome.kind === "nothing-to-do"
      ? `flink deploy: nothing to deploy, release ${deploy.release} is in place`
      : `flink deploy: ${deploy.actions.filter((a) => a.kind === "create-ddl").length} table(s)/view(s) created, ${deploy.actions.filter((a) => a.kind === "start-statement").length} statement(s) started${outcome.plan.planned.plan.steps.some((s) => s.kind === "stop-statement") ? " beside blue" : ""} (release ${deploy.release})`;
  const report = renderDeployPlan(deploy).concat(renderDeployedState(outcome.plan.deployed));
  if (outcome.kind === "applied") report.text("Created, for a rollback: " + outcome.result.created.join(", "));
  return result("deploy", headline, report, outcome, {
    release: deploy.release,
    deploy: {
      actions: deploy.actions.map(({ kind, ...rest }) => ({ kind, name: "name" in rest ? rest.name : rest.record.name })),
      done: deploy.done,
    },
    created: outcome.kind === "applied" ? outcome.result.created : [],
  });
}

export function switchResult(outcome: RunOutcome<SwitchPlanned, SwitchResult>): CommandResult {
  const plan = outcome.plan.switch;
  const headline =
    outcome.kind === "dry-run"
      ? `flink switch (dry run): would stop ${plan.stops.length} blue statement(s); every green is within its lag bound`
      : outcome.kind === "nothing-to-do"
        ? "flink switch: nothing to switch, no blue statement runs beside its green"
        : `flink switch: ${outcome.result.stopped.length} blue statement(s) stopped; green serves`;
  return result("switch", headline, renderSwitchPlan(plan), outcome, {
    switch: switchData(plan),
    stopped: outcome.kind === "applied" ? outcome.result.stopped : [],
  });
}

export function rollbackResult(outcome: RunOutcome<RollbackPlan, RollbackResult>): CommandResult {
  const plan = outcome.plan;
  const headline =
    outcome.kind === "dry-run"
      ? `flink rollback (dry run): would resume ${plan.resumes.length} blue and stop ${plan.stops.length} green statement(s) of release ${plan.release ?? "(none)"}`
      : outcome.kind === "nothing-to-do"
        ? "flink rollback: nothing to roll back"
        : `flink rollback: ${outcome.result.resumed.length} blue statement(s) resumed, ${outcome.result.stopped.length} green stopped (release ${plan.release ?? "?"})`;
  return result("rollback", headline, renderRollbackPlan(plan), outcome, {
    rollback: plan,
    ...(outcome.kind === "applied" ? { resumed: outcome.result.resumed, stopped: outcome.result.stopped } : {}),
  });
}

export function cleanupResult(outcome: RunOutcome<CleanupPlan, CleanupResult>): CommandResult {
  const plan = outcome.plan;
  const statements = plan.steps.filter((s) => s.statement).length;
  const objects = plan.steps.filter((s) => s.drop).length;
  const headline =
    outcome.kind === "dry-run"
      ? `flink cleanup (dry run): would delete ${statements} statement(s) and drop ${objects} table(s)/view(s)`
      : outcome.kind === "nothing-to-do"
        ? "flink cleanup: nothing retired to delete"
        : `flink cleanup: ${statements} statement(s) deleted, ${objects} table(s)/view(s) dropped`;
  return result("cleanup", headline, renderCleanupPlan(plan), outcome, {
    plan,
    deleted: outcome.kind === "applied" ? outcome.result.deleted : [],
  });
}
