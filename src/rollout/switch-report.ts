import { weightsChart, type WeightPoint } from "../report/mermaid.js";
import { Report } from "../report/report.js";
import type { StepRow } from "./switch-traffic.js";

/**
 * The weights switch-traffic set, route by route and step by step with the time of each write,
 * and drawn over the steps: the summary of a switch that finished and of one that stopped.
 */
export function stepsReport(rows: readonly StepRow[], from: number, routeCount: number, title = "weights per step"): Report {
  const report = new Report().heading(title);
  if (rows.length === 0) return report.text("No weight was changed.");
  report.table(
    ["time", "step", "route", "blue", "green"],
    rows.map((r) => [r.at, `${r.step}: ${r.weight}%`, r.route, r.blue, r.green]),
  );
  return report.diagram(weightsChart(`green share per step, ${routeCount} route(s)`, stepPoints(rows, from)));
}

/** One point per step, labelled with its number and the time (UTC) its last route was set. */
export function stepPoints(rows: readonly StepRow[], from: number): WeightPoint[] {
  const byStep = new Map<number, { weight: number; at: string }>();
  for (const row of rows) byStep.set(row.step, { weight: row.weight, at: row.at });
  return [
    { label: "start", green: from },
    ...[...byStep.entries()].map(([step, { weight, at }]) => ({ label: `${step} ${at.slice(11, 19)}`, green: weight })),
  ];
}
