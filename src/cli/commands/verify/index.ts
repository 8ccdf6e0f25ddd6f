import { observeEstate } from "../../../aws/observe-estate.js";
import { OperationError, RefusedError } from "../../../errors.js";
import { Report } from "../../../report/report.js";
import { probeAll, type ProbeResult } from "../../../verify/http-probe.js";
import { planVerify, type VerifyPlan } from "../../../verify/verify-plan.js";
import type { CommandContext, CommandResult } from "../../command.js";

/**
 * `cutover verify`: before any production traffic moves, check that each green side exists, is
 * healthy and is reachable through its green header rule, then send the configured smoke requests
 * through that route. Every check runs; any failure is exit 1 with nothing switched.
 */
export async function run({ settings, loaded, host, env }: CommandContext): Promise<CommandResult> {
  const config = loaded.config;

  const { estate, calls } = await observeEstate(config, { env, host, services: settings.services });
  const plan = planVerify(config, estate.routes, settings.services);
  const report = preconditionReport(plan);
  if (plan.refusals.length > 0) throw new RefusedError("green is not ready to verify", plan.refusals);

  if (settings.dryRun) {
    report.heading("requests (not sent: dry run)");
    report.table(
      ["check", "request", "headers", "expect"],
      plan.requests.map((r) => [r.name, `${r.method} ${r.url}`, headerText(r.headers), r.expect.status.join("|")]),
    );
    return {
      headline: `verify (dry run): ${plan.preconditions.length} route(s) ready, ${plan.requests.length} request(s) would be sent`,
      report,
      outputs: {},
      data: { preconditions: plan.preconditions, requests: plan.requests, awsCalls: calls },
    };
  }

  const results = await probeAll(plan.requests);
  report.heading("smoke checks");
  report.table(["check", "request", "result", "status", "latency", "attempts", "detail"], results.map(resultRow));
  for (const result of results)
    host.log.info(`${result.ok ? "OK" : "NG"} ${result.name}: ${result.method} ${result.url}${result.detail ? ` (${result.detail})` : ""}`);

  const failed = results.filter((r) => !r.ok);
  if (failed.length > 0) {
    throw new OperationError(
      `${failed.length} of ${results.length} smoke check(s) failed: ${failed.map((r) => `${r.name} (${r.detail ?? "failed"})`).join("; ")}`,
      { kind: "untouched" },
      // the summary keeps the table: which check failed, with what status and latency
      { partial: { report, data: { preconditions: plan.preconditions, results, awsCalls: calls } } },
    );
  }
  const none = plan.requests.length === 0 ? " (no verify checks configured)" : "";
  return {
    headline: `verify: green is ready on ${plan.preconditions.length} route(s); ${results.length} smoke check(s) passed${none}`,
    report,
    outputs: { checks: String(results.length) },
    data: { preconditions: plan.preconditions, results, awsCalls: calls },
  };
}

function preconditionReport(plan: VerifyPlan): Report {
  return new Report()
    .heading("green, route by route")
    .table(
      ["route", "green", "healthy", "green header rule"],
      plan.preconditions.map((p) => [p.route, p.green, p.healthy, p.headerRule]),
    )
    .list(plan.refusals.map((r) => `not ready: ${r}`));
}

function resultRow(r: ProbeResult): string[] {
  return [
    r.name,
    `${r.method} ${r.url}`,
    r.ok ? "OK" : "NG",
    r.status === undefined ? "-" : String(r.status),
    `${r.latencyMs} ms`,
    String(r.attempts),
    r.detail ?? "",
  ];
}

function headerText(headers: Readonly<Record<string, string>>): string {
  return Object.entries(headers)
    .map(([k, v]) => `${k}: ${v}`)
    .join(", ");
}
