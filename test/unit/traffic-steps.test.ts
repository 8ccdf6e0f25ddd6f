import { describe, expect, it } from "vitest";
import type { TrafficConfig } from "../../src/config/schema/index.js";
import { planTrafficSteps, remainingSteps } from "../../src/traffic/step-plan.js";

const traffic = (t: Partial<TrafficConfig>): TrafficConfig => ({
  strategy: "all-at-once",
  bakeTime: 0,
  alarms: [],
  standby: 86_400_000,
  afterPromote: "keep-blue-at-zero",
  ...t,
});

describe("planTrafficSteps", () => {
  it("all-at-once is one step to 100, without a bake when there is nothing to watch", () => {
    expect(planTrafficSteps(traffic({}))).toEqual([{ type: "set-weight", weight: 100 }]);
  });

  it("all-at-once with alarms bakes after the switch", () => {
    expect(planTrafficSteps(traffic({ bakeTime: 120_000, alarms: ["5xx"] }))).toEqual([
      { type: "set-weight", weight: 100 },
      { type: "bake", durationMs: 120_000, alarms: ["5xx"] },
    ]);
  });

  it("canary steps take their own bake time over the default", () => {
    const steps = planTrafficSteps(traffic({ strategy: "canary", steps: [10, { weight: 50, bake: 600_000 }, 100], bakeTime: 60_000 }));
    expect(steps).toEqual([
      { type: "set-weight", weight: 10 },
      { type: "bake", durationMs: 60_000, alarms: [] },
      { type: "set-weight", weight: 50 },
      { type: "bake", durationMs: 600_000, alarms: [] },
      { type: "set-weight", weight: 100 },
      { type: "bake", durationMs: 60_000, alarms: [] },
    ]);
  });

  it("linear climbs by the increment and always ends at 100", () => {
    const weights = planTrafficSteps(traffic({ strategy: "linear", increment: 30 }))
      .filter((s) => s.type === "set-weight")
      .map((s) => s.weight);
    expect(weights).toEqual([30, 60, 90, 100]);
  });

  it("linear with an increment that divides 100 does not repeat 100", () => {
    const weights = planTrafficSteps(traffic({ strategy: "linear", increment: 25 }))
      .filter((s) => s.type === "set-weight")
      .map((s) => s.weight);
    expect(weights).toEqual([25, 50, 75, 100]);
  });
});

describe("remainingSteps", () => {
  const steps = planTrafficSteps(traffic({ strategy: "canary", steps: [10, 50, 100], bakeTime: 1000 }));

  it("resumes at the first weight above what green carries now", () => {
    expect(remainingSteps(steps, 10)[0]).toEqual({ type: "set-weight", weight: 50 });
    expect(remainingSteps(steps, 0)).toEqual(steps);
  });

  it("has nothing left once green carries everything", () => {
    expect(remainingSteps(steps, 100)).toEqual([]);
  });
});
