import type { Aws } from "../aws/connect.js";
import { readModelledEstate } from "../aws/observe-estate.js";
import type { Config } from "../config/schema/index.js";
import { RefusedError } from "../errors.js";
import type { Logger } from "../host/host.js";
import { routingFlowchart } from "../report/mermaid.js";
import { Report } from "../report/report.js";
import type { Operation, RunOutcome } from "../run/operation.js";
import type { RouteState } from "../traffic/estate.js";
import { unmetIntent } from "../traffic/side-intent.js";
import { changeCount, type SidePlan } from "../traffic/side-plan.js";
import { applySidePlan } from "./apply-side-plan.js";

/**
 * promote and rollback as one operation for the apply loop (src/run/): read the estate → plan (pure)
 * → apply → read again and compare with what the plan meant. Success is judged by that comparison;
 * a fresh plan that would still change something (a standby that has just come due) is a warning.
 */

export interface SideOperationOptions {
  readonly command: "promote" | "rollback";
  readonly config: Config;
  readonly aws: Aws;
  readonly region: string;
  readonly services: readonly string[];
  readonly log: Logger;
  /** How a person reruns it: `cutover rollback --config cutover.yml`. */
  readonly resume: string;
  readonly plan: (routes: readonly RouteState[]) => SidePlan;
}

export function sideOperation(options: SideOperationOptions): Operation<SidePlan, void> {
  const { command, config, aws } = options;
  const routes = async () => (await readModelledEstate(config, aws, { region: options.region, services: options.services })).routes;
  return {
    name: command,
    resume: options.resume,
    plan: async () => {
      const plan = options.plan(await routes());
      if (plan.refusals.length > 0)
        throw new RefusedError(`${command} refused on ${plan.refusals.length} route(s); nothing was changed`, plan.refusals);
      return plan;
    },
    isEmpty: (plan) => changeCount(plan) === 0,
    apply: async (plan, run) => {
      await applySidePlan(plan, aws, (line) => run.journal.record(line));
    },
    verify: async (plan) => {
      const now = await routes();
      const unmet = unmetIntent(plan, now, config.headerRouting);
      if (unmet.length > 0) return unmet;
      const left = options.plan(now);
      if (left.refusals.length > 0 || changeCount(left) > 0)
        options.log.warn(
          `${command}: done as planned, but a new run would still change ${changeCount(left)} thing(s)${left.refusals.length > 0 ? ` or refuse (${left.refusals.join("; ")})` : ""}; run cutover status to see the routes`,
        );
      return [];
    },
  };
}

/** What promote and rollback hand back: the plan's table, the changes made, the call count, and the plan as data. */
export function sideCommandResult(
  headline: string,
  outcome: RunOutcome<SidePlan, void>,
  awsCalls: { total: number; byAction: Record<string, number> },
) {
  const { plan } = outcome;
  const changes = outcome.kind === "applied" ? outcome.changes : [];
  const report = renderSidePlan(plan, outcome.kind === "dry-run");
  if (changes.length > 0) report.heading("changes made").list(changes);
  return {
    headline,
    report: report.text(`${awsCalls.total} AWS API call(s).`),
    outputs: { changed: String(changes.length > 0) },
    data: {
      rows: plan.rows,
      steps: plan.steps,
      retire: plan.retire,
      headerRules: plan.headerPlans,
      changes,
      awsCalls,
    },
  };
}

/** A table per route: the forward action before → after, the tags written, and what else happens. */
export function renderSidePlan(plan: SidePlan, dryRun: boolean): Report {
  const report = new Report();
  const weights = (list: readonly { name: string; weight: number }[]) => list.map((w) => `${w.name} ${w.weight}`).join(", ") || "-";
  report.heading(dryRun ? "routes (dry run: nothing changed)" : "routes");
  report.table(
    ["route", "service", "action", "before", "after", "tags"],
    plan.rows.map((r) => [r.route, r.service, r.action, weights(r.before), weights(r.after), r.tags.join("; ") || "-"]),
  );
  if (plan.rows.length > 0)
    report.diagram(
      routingFlowchart(
        plan.rows.map((r) => ({ route: r.route, targets: r.before })),
        plan.rows.map((r) => ({ route: r.route, targets: r.after })),
      ),
    );
  const headerRows = plan.headerPlans.flatMap((p) =>
    p.changes.map((c) => [
      p.route,
      c.role,
      `${c.header}: ${c.values.join("|")}`,
      c.target,
      c.kind === "modify" ? c.reasons.join("; ") : c.kind,
    ]),
  );
  if (headerRows.length > 0) report.heading("header rules").table(["route", "rule", "header", "to", "change"], headerRows);
  const notes = [...plan.rows.flatMap((r) => r.notes.map((n) => `${r.route}: ${n}`)), ...plan.headerPlans.flatMap((p) => p.notes)];
  if (notes.length > 0) report.heading("notes").list(notes);
  if (changeCount(plan) === 0) report.text("Nothing to change: AWS is already as planned.");
  return report;
}
