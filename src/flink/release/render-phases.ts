import { Report } from "../../report/report.js";
import { describeStart } from "../plan/render-plan.js";
import type { CleanupPlan } from "./cleanup-plan.js";
import type { DeployPlan } from "./deploy-plan.js";
import type { Deployed } from "./deployed.js";
import type { RollbackPlan } from "./rollback-plan.js";
import type { Move, SwitchPlan } from "./switch-plan.js";

/** The flink phases' plans for people (pure): what each phase does, or would do with --dry-run. */

export function renderDeployPlan(plan: DeployPlan): Report {
  const report = new Report().heading(`Deploy (release ${plan.release})`);
  if (plan.actions.length === 0) report.text("Nothing to deploy.");
  report.table(
    ["step", "what", "name", "starts from"],
    plan.actions.map((a, i) =>
      a.kind === "create-ddl"
        ? [String(i + 1), `create ${a.object}`, a.record.name, "-"]
        : [
            String(i + 1),
            `${a.replaceFailed ? "replace the failed " : "start "}statement writing ${a.writes}${a.stateful ? " (stateful)" : ""}`,
            a.name,
            describeStart(a.startFrom),
          ],
    ),
  );
  if (plan.done.length > 0) report.heading("Already in place").list(plan.done);
  if (plan.problems.length > 0) report.heading("Problems in the files").list(plan.problems);
  if (plan.refusals.length > 0) report.heading("Conflicts with what is deployed").list(plan.refusals);
  if (plan.notes.length > 0) report.heading("Deploy notes").list(plan.notes);
  return report;
}

export function renderSwitchPlan(plan: SwitchPlan): Report {
  const report = new Report().heading("Green statements and their lag");
  if (plan.pairs.length === 0) report.text("No green statement waits for a switch: every blue that a green replaces is stopped already.");
  report.table(
    ["green", "replaces blue", "lag (records)"],
    plan.pairs.map((p) => [p.green, p.blue, p.lag.total?.toString() ?? `unknown${p.lag.problem ? `: ${p.lag.problem}` : ""}`]),
  );
  if (plan.refusals.length > 0) report.heading("Not ready").list(plan.refusals);
  if (plan.stops.length > 0) report.heading("Blue statements to stop").list(plan.stops);
  renderMoves(report, plan.moves, "After the switch, readers move");
  if (plan.notes.length > 0) report.heading("Switch notes").list(plan.notes);
  return report;
}

export function renderRollbackPlan(plan: RollbackPlan): Report {
  const report = new Report().heading(`Rollback of release ${plan.release ?? "(none)"}`);
  if (plan.resumes.length + plan.stops.length === 0 && plan.refusals.length === 0)
    report.text("Nothing to roll back: no green statement replaces a blue one that is still there.");
  if (plan.resumes.length > 0) report.heading("Blue statements to resume (first)").list(plan.resumes);
  if (plan.stops.length > 0) report.heading("Green statements to stop (then)").list(plan.stops);
  if (plan.refusals.length > 0) report.heading("Cannot roll back").list(plan.refusals);
  renderMoves(report, plan.moves, "After the rollback, readers move back");
  if (plan.notes.length > 0) report.heading("Rollback notes").list(plan.notes);
  return report;
}

export function renderCleanupPlan(plan: CleanupPlan): Report {
  const report = new Report().heading("Cleanup");
  if (plan.steps.length === 0) report.text("Nothing retired to delete.");
  report.table(
    ["table", "statement to delete", "drop", "why"],
    plan.steps.map((s) => [s.object ?? `${s.key} v${s.version}`, s.statement ?? "-", s.drop ?? "-", s.why]),
  );
  if (plan.kept.length > 0) report.heading("Kept").list(plan.kept);
  if (plan.notes.length > 0) report.heading("Cleanup notes").list(plan.notes);
  return report;
}

/** Blue/green pairs as they stand. */
export function renderDeployedState(deployed: Deployed): Report {
  const report = new Report();
  if (deployed.pairs.length === 0) return report;
  return report.heading("Blue and green statements deployed").table(
    ["green", "phase", "blue", "phase", "state"],
    deployed.pairs.map((p) => [p.green.name, p.green.info.phase, p.blueName, p.blue?.info.phase ?? "deleted", p.state]),
  );
}

function renderMoves(report: Report, moves: readonly Move[], heading: string): void {
  if (moves.length === 0) return;
  report
    .heading(heading)
    .list(
      moves.map(
        (m) =>
          `${m.blueTable} → ${m.greenTable}${
            m.readOutside
              ? ": read outside the pipeline; point sink connectors and query engines at the new table (its topic) and let them catch up"
              : ": read inside the pipeline only, by statements that moved with it"
          }`,
      ),
    );
}

/** Data for --json and the `result` output: bigints as strings. */
export function switchData(plan: SwitchPlan) {
  return {
    pairs: plan.pairs.map((p) => ({
      green: p.green,
      blue: p.blue,
      lag: p.lag.total?.toString() ?? null,
      lagProblem: p.lag.problem ?? null,
    })),
    stops: plan.stops,
    moves: plan.moves,
    refusals: plan.refusals,
    notes: plan.notes,
  };
}
