import type { Aws, AwsSettings } from "../aws/connect.js";
import { connectForCommand, readModelledEstate } from "../aws/observe-estate.js";
import type { Config } from "../config/schema/index.js";
import { OperationError, RefusedError } from "../errors.js";
import { Report } from "../report/report.js";
import type { Host } from "../host/host.js";
import type { RouteState } from "../traffic/estate.js";
import { unmetIntent } from "../traffic/side-intent.js";
import { changeCount, type SidePlan } from "../traffic/side-plan.js";
import { applySidePlan } from "./apply-side-plan.js";

/**
 * The shell promote and rollback share: read the estate → plan (pure) → print it (--dry-run stops
 * there) → apply → read again and plan again, which must find nothing left to do.
 */

export interface SideCommandOptions {
  readonly command: "promote" | "rollback";
  readonly config: Config;
  readonly services: readonly string[];
  readonly dryRun: boolean;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly host: Host;
  readonly plan: (routes: readonly RouteState[]) => SidePlan;
  /**
   * Called after the plan and before any change (the release lock; see the commands); what it
   * returns runs at the end, changes made or not, while the clients are still open.
   */
  readonly beforeChange?: (aws: Aws) => Promise<(() => Promise<void>) | undefined>;
  readonly connect?: (settings: AwsSettings) => Aws;
}

export interface SideOutcome {
  readonly plan: SidePlan;
  readonly changes: readonly string[];
  readonly report: Report;
  readonly awsCalls: { total: number; byAction: Record<string, number> };
}

export async function runSideCommand(options: SideCommandOptions): Promise<SideOutcome> {
  const { settings, aws } = connectForCommand(options.config, options.env, options.host, options.connect);
  const readRoutes = async () =>
    (await readModelledEstate(options.config, aws, { region: settings.region, services: options.services })).routes;
  let afterChange: (() => Promise<void>) | undefined;
  try {
    const plan = options.plan(await readRoutes());
    if (plan.refusals.length > 0)
      throw new RefusedError(`${options.command} refused on ${plan.refusals.length} route(s); nothing was changed`, plan.refusals);
    const report = renderSidePlan(plan, options.dryRun);
    if (options.dryRun || changeCount(plan) === 0) return { plan, changes: [], report, awsCalls: aws.calls.summary() };

    afterChange = await options.beforeChange?.(aws);
    const { changes } = await applySidePlan(plan, aws, `cutover ${options.command}`, (line) => options.host.log.info(line));
    // success is judged by what the plan meant, read back from AWS
    const routes = await readRoutes();
    const unmet = unmetIntent(plan, routes);
    if (unmet.length > 0)
      throw new OperationError(`${options.command}: after the changes, AWS differs from the plan: ${unmet.join("; ")}`, {
        kind: "resumable",
        detail: `Made: ${changes.join("; ")}. Run cutover ${options.command} again to finish.`,
      });
    // a plan made now should find nothing left; if it does, say so without failing what was done
    const left = options.plan(routes);
    if (left.refusals.length > 0 || changeCount(left) > 0)
      options.host.log.warn(
        `${options.command}: done as planned, but a new run would still change ${changeCount(left)} thing(s)${left.refusals.length > 0 ? ` or refuse (${left.refusals.join("; ")})` : ""}; run cutover status to see the routes`,
      );
    report.heading("changes made").list(changes);
    // the lock is released before counting, so the count holds every call the run made
    const release = afterChange;
    afterChange = undefined;
    await release?.();
    return { plan, changes, report, awsCalls: aws.calls.summary() };
  } finally {
    await afterChange?.();
    aws.close();
  }
}

/** What promote and rollback hand back: the report with its call count, `changed`, and the plan as data. */
export function sideCommandResult(headline: string, outcome: SideOutcome) {
  const { plan } = outcome;
  return {
    headline,
    report: outcome.report.text(`${outcome.awsCalls.total} AWS API call(s).`),
    outputs: { changed: String(outcome.changes.length > 0) },
    data: {
      rows: plan.rows,
      steps: plan.steps,
      retire: plan.retire,
      headerRules: plan.headerPlans,
      changes: outcome.changes,
      awsCalls: outcome.awsCalls,
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
