import type { SwitchPlan, SwitchRoute } from "../traffic/switch-plan.js";
import type { SwitchDeps } from "./switch-traffic.js";

/** What a switch checks before each step and while baking: green's health, and the alarms. */

export async function unhealthyGreens(routes: readonly SwitchRoute[], aws: SwitchDeps["aws"]): Promise<string[]> {
  const problems: string[] = [];
  for (const route of routes) {
    const targets = await aws.elb.read.targetHealth({ arn: route.green.arn, name: route.green.name });
    const healthy = targets.filter((t) => t.state === "healthy").length;
    const sick = targets.filter((t) => t.state !== "healthy").map((t) => `${t.id} ${t.state}${t.reason ? ` (${t.reason})` : ""}`);
    const enough = route.health.kind === "min-healthy" ? healthy >= route.health.min : healthy > 0 && sick.length === 0;
    if (!enough) {
      const need = route.health.kind === "min-healthy" ? `at least ${route.health.min}` : "all";
      problems.push(
        `${route.label}: green ${route.green.name} has ${healthy}/${targets.length} healthy target(s), needs ${need}` +
          (sick.length > 0 ? `: ${sick.join(", ")}` : ""),
      );
    }
  }
  return problems;
}

export async function alarmsFiring(plan: SwitchPlan, aws: SwitchDeps["aws"]): Promise<string[]> {
  if (plan.alarms.length === 0) return [];
  // Only ALARM stops the switch. OK and INSUFFICIENT_DATA do not: AWS starts every new alarm as
  // INSUFFICIENT_DATA (moto as OK), and a quiet metric stays there. A name with no alarm means the
  // safety net the config asked for is not there, so that stops it too.
  return (await aws.alarms.states(plan.alarms)).flatMap((a) =>
    a.state === "ALARM"
      ? [`alarm ${a.name} is in ALARM${a.reason ? `: ${a.reason}` : ""}`]
      : a.state === "missing"
        ? [`alarm ${a.name}: no CloudWatch alarm has that name`]
        : [],
  );
}
