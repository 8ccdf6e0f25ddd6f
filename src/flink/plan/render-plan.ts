import { Report } from "../../report/report.js";
import type { Dag } from "../pipeline/dag.js";
import type { StateFeature } from "../sql/sql-facts.js";
import { mermaidGraph } from "./mermaid.js";
import type { FlinkReleasePlan, FlinkStep, StartFrom } from "./release-plan.js";

/** The Flink release plan for people: the impacted tables with reasons, the steps in order, the DAG in Mermaid. */

export function describeStart(from: StartFrom): string {
  switch (from.kind) {
    case "earliest":
      return "earliest";
    case "timestamp":
      return `timestamp ${from.at}`;
    case "blue-offsets":
      return `blue's offsets (${from.blueStatement})`;
  }
}

export function describeStep(step: FlinkStep): string {
  switch (step.kind) {
    case "create-table":
      return `create table ${step.name} (${step.statement}, ${step.file})`;
    case "create-view":
      return `create view ${step.name} (${step.statement}, ${step.file})`;
    case "create-table-as":
      return `create table ${step.name} as select, reading from ${describeStart(step.startFrom)}${step.stateful ? ", stateful" : ""} (${step.statement}, ${step.file})`;
    case "start-statement":
      return `start ${step.statement} writing ${step.name}, reading from ${describeStart(step.startFrom)}${step.stateful ? ", stateful" : ""} (${step.file})`;
    case "wait-for-catch-up":
      return `wait until ${step.statements.join(", ")} ${step.statements.length === 1 ? "is" : "are"} at most ${step.maxLag} records behind`;
    case "stop-statement":
      return `at the switch: stop blue ${step.statement} writing ${step.name} (the table is kept for a rollback)`;
  }
}

const stateText = (state: readonly StateFeature[]) => [...new Set(state.map((s) => s.detail))].join("; ");

export function renderFlinkPlan(plan: FlinkReleasePlan, dag: Dag): Report {
  const report = new Report().heading("Flink pipeline release");
  const count = (status: string) => plan.tables.filter((t) => t.status === status).length;
  report.text(
    `${plan.tables.length} tables: ${count("changed")} changed, ${count("descendant")} redeployed as descendants, ${count("new")} new, ${count("unchanged")} unchanged.`,
  );
  if (plan.problems.length > 0) report.heading("Cannot be applied").list(plan.problems);

  const impacted = plan.tables.filter((t) => t.status !== "unchanged");
  report.heading("Impacted tables");
  if (impacted.length === 0) report.text("Nothing changed: no statement to deploy.");
  report.table(
    ["table", "status", "blue", "green", "state", "starts from", "why"],
    impacted.map((t) => [
      t.id,
      t.kind === "view" ? `${t.status} (view)` : t.status,
      t.blue ?? "-",
      t.green ?? "-",
      stateText(t.state) || "stateless",
      t.startFrom ? describeStart(t.startFrom) : "-",
      [...t.reasons, ...(t.startReason ? [t.startReason] : [])].join("; "),
    ]),
  );
  if (plan.steps.length > 0) report.heading("Steps").list(plan.steps.map((s, i) => `${i + 1}. ${describeStep(s)}`));
  if (plan.switchOver.length > 0)
    report
      .heading("Readers outside the pipeline")
      .list(plan.switchOver.map((s) => `${s.blue} is replaced by ${s.green}: its readers (sink connectors, query engines) must follow`));
  if (plan.externalInputs.length > 0)
    report.heading("External inputs").list(plan.externalInputs.map((x) => `${x.display}, read by ${x.readBy.join(", ")}`));
  if (plan.externalOutputs.length > 0)
    report.heading("External outputs").list(plan.externalOutputs.map((x) => `${x.display}, written by ${x.readBy.join(", ")}`));
  if (plan.changeNotes.length > 0) report.heading("Notes").list(plan.changeNotes);
  return report.heading("Graph").code(mermaidGraph(plan, dag), "mermaid");
}

/** The SQL as it is deployed, file by file. */
export function renderRewrites(plan: FlinkReleasePlan): Report {
  const report = new Report();
  for (const file of plan.rewrites) report.heading(`${file.path} (${file.statement})`).code(file.text);
  return report;
}
