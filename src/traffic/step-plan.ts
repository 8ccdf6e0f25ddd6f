import type { TrafficConfig } from "../config/schema/index.js";

/**
 * A traffic strategy as a list of typed steps, in the manner of Argo Rollouts' canary steps. Pure:
 * the switch-traffic command walks this list, reading the current weight back from the listeners,
 * so a re-run resumes at the first step not yet reached.
 */
export type TrafficStep =
  | { readonly type: "set-weight"; readonly weight: number }
  | { readonly type: "bake"; readonly durationMs: number; readonly alarms: readonly string[] };

export function planTrafficSteps(traffic: TrafficConfig): TrafficStep[] {
  const weights: { weight: number; bakeMs: number }[] = [];
  switch (traffic.strategy) {
    case "all-at-once":
      weights.push({ weight: 100, bakeMs: traffic.bakeTime });
      break;
    case "canary":
      for (const step of traffic.steps ?? []) {
        if (typeof step === "number") weights.push({ weight: step, bakeMs: traffic.bakeTime });
        else weights.push({ weight: step.weight, bakeMs: step.bake ?? traffic.bakeTime });
      }
      break;
    case "linear": {
      const increment = traffic.increment ?? 100;
      for (let w = increment; w < 100; w += increment) weights.push({ weight: w, bakeMs: traffic.bakeTime });
      weights.push({ weight: 100, bakeMs: traffic.bakeTime });
      break;
    }
  }

  const steps: TrafficStep[] = [];
  for (const { weight, bakeMs } of weights) {
    steps.push({ type: "set-weight", weight });
    // a bake with no time and no alarms watches nothing; leave it out
    if (bakeMs > 0 || traffic.alarms.length > 0) steps.push({ type: "bake", durationMs: bakeMs, alarms: traffic.alarms });
  }
  return steps;
}

/** The steps still ahead when green already carries `currentWeight`. */
export function remainingSteps(steps: readonly TrafficStep[], currentWeight: number): TrafficStep[] {
  const firstAhead = steps.findIndex((s) => s.type === "set-weight" && s.weight > currentWeight);
  return firstAhead === -1 ? [] : steps.slice(firstAhead);
}
