import type { Dag } from "../pipeline/dag.js";
import type { FlinkReleasePlan, TablePlan } from "./release-plan.js";

/**
 * The pipeline's DAG as a Mermaid flowchart (`flowchart LR`), marking what this release does to
 * each table: new version (changed, or a descendant of a change), new, unchanged; stateful
 * statements get a thick border; external inputs are dashed cylinders.
 *
 * Table names come from SQL files, so nothing in a label is trusted: node ids are generated
 * (t0, t1, x0...), every label is quoted, and every character outside a small plain set is
 * written as a Mermaid entity (`#35;`), so a name can neither close the quote, nor start markup,
 * nor become a link or HTML.
 */

const SAFE = /^[A-Za-z0-9 _.,:()/=-]$/;
const ARROW = "→";

export function mermaidLabel(text: string): string {
  let out = "";
  for (const char of text.replace(/\s+/g, " ")) out += SAFE.test(char) || char === ARROW ? char : `#${char.codePointAt(0)};`;
  return `"${out}"`;
}

function label(plan: TablePlan): string {
  const name =
    plan.status === "unchanged"
      ? (plan.blue ?? plan.id)
      : plan.status === "new"
        ? `${plan.green} (new)`
        : `${plan.blue} ${ARROW} ${plan.green}`;
  const state =
    plan.kind === "table" && plan.state.length > 0 ? ` (stateful: ${[...new Set(plan.state.map((s) => s.kind))].join(", ")})` : "";
  return `${name}${plan.kind === "view" ? " (view)" : ""}${state}`;
}

export function mermaidGraph(plan: FlinkReleasePlan, dag: Dag): string {
  const lines = ["flowchart LR"];
  const ids = new Map<string, string>();
  plan.tables.forEach((t, i) => ids.set(t.id, `t${i}`));
  plan.externalInputs.forEach((x, i) => {
    lines.push(`  x${i}[(${mermaidLabel(x.display)})]:::external`);
    for (const reader of x.readBy) lines.push(`  x${i} --> ${ids.get(reader)}`);
  });
  for (const t of plan.tables) {
    const id = ids.get(t.id)!;
    const shape = t.kind === "view" ? [`(`, `)`] : [`[`, `]`];
    const cls = t.status === "descendant" || t.status === "changed" ? t.status : t.status === "new" ? "added" : "unchanged";
    lines.push(`  ${id}${shape[0]}${mermaidLabel(label(t))}${shape[1]}:::${cls}`);
    if (t.kind === "table" && t.state.length > 0 && t.status !== "unchanged") lines.push(`  class ${id} stateful`);
  }
  for (const t of plan.tables) for (const parent of dag.parents.get(t.id) ?? []) lines.push(`  ${ids.get(parent)} --> ${ids.get(t.id)}`);
  lines.push(
    "  classDef changed fill:#fed7aa,stroke:#c2410c",
    "  classDef descendant fill:#fef3c7,stroke:#b45309",
    "  classDef added fill:#dcfce7,stroke:#15803d",
    "  classDef unchanged fill:#f3f4f6,stroke:#9ca3af,color:#4b5563",
    "  classDef external fill:#ffffff,stroke:#6b7280,stroke-dasharray:4 2",
    "  classDef stateful stroke-width:4px",
  );
  return lines.join("\n");
}
