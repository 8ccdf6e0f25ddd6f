/** The build plan as a report (what `--phase plan` and `--dry-run` print). */
import { Report } from "../report/report.js";
import type { BuildPlan } from "./plan-build.js";
import type { RunPhase } from "./plan-phases.js";

export function renderPlan(plan: BuildPlan, focus?: readonly RunPhase[]): Report {
  const report = new Report()
    .heading(`index ${plan.index}`)
    .table(
      ["", ""],
      [
        [
          "engine",
          `${plan.engine.kind} ${plan.engine.version} (reindex ${plan.engine.reindex ? "yes" : "no"}, painless ${plan.engine.painless ? "yes" : "no"})`,
        ],
        ...Object.entries(plan.aliases).map(([alias, target]) => [`alias ${alias}`, target]),
        ["blue", plan.blue ?? "(none: first build)"],
        ["green", `${plan.green}${plan.create.kind === "new" ? " (to be created)" : ""}`],
        ["source", plan.source],
        ["load by", plan.loadMethod],
      ],
    );
  if (plan.misfit) report.list([`cannot run: ${plan.misfit}`]);
  const shown = focus ? plan.phases.filter((p) => focus.includes(p.phase)) : plan.phases;
  report.heading(focus ? "would do (dry run: nothing changed)" : "phases").table(
    ["phase", "status", "what it does"],
    shown.flatMap((p) => p.would.map((line, i) => (i === 0 ? [p.phase, p.status, line] : ["", "", line]))),
  );
  report.list(plan.notes);
  return report;
}
