import { z } from "zod";
import { DAY, duration, envBoolean, list, weight } from "./scalars.js";

/** The `traffic` section: how weight moves to green, how long each step bakes, and what happens after promote. */

const stepSchema = z.union([weight, z.strictObject({ weight, bake: duration(DAY).optional() })], {
  error: "must be a weight 1..100 or { weight: 1..100, bake: <duration> }",
});

export const trafficSchema = z
  .strictObject({
    strategy: z
      .enum(["all-at-once", "canary", "linear"], { error: "strategy must be all-at-once, canary or linear" })
      .default("all-at-once"),
    /** canary: the green weights to pass through, in order. */
    steps: list(stepSchema, 100, "steps").min(1, "must list at least one step").optional(),
    /** linear: the weight added at each step. */
    increment: weight.optional(),
    /** Wait between steps, watching the alarms. */
    bakeTime: duration(DAY).default(0),
    /** CloudWatch alarm names; any in ALARM during a step rolls traffic back. */
    alarms: list(z.string().min(1).max(255, "CloudWatch alarm names are at most 255 characters"), 100, "alarms").default([]),
    stickiness: z
      .strictObject({
        enabled: envBoolean().default(true),
        // the ALB's own range for load-balancer-generated cookies
        duration: duration(7 * DAY)
          .refine((ms) => ms >= 1000, "must be 1s..7d")
          .default(3_600_000),
      })
      .optional(),
    /** After promote, blue stays ready for a rollback this long; then a promote --cleanup (or a later release's promote) retires it. */
    standby: duration(30 * DAY).default(DAY),
    /** After promote: blue stays listed in the forward action at weight 0, or is removed from it. */
    afterPromote: z.enum(["keep-blue-at-zero", "remove-blue"]).default("keep-blue-at-zero"),
  })
  .superRefine((traffic, ctx) => {
    if (traffic.strategy === "canary" && traffic.steps === undefined) {
      ctx.addIssue({ code: "custom", path: ["steps"], message: "canary needs steps, e.g. [10, 50, 100]" });
    }
    if (traffic.strategy !== "canary" && traffic.steps !== undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["steps"],
        message: `steps only apply to the canary strategy (strategy is ${traffic.strategy})`,
      });
    }
    if (traffic.strategy === "linear" && traffic.increment === undefined) {
      ctx.addIssue({ code: "custom", path: ["increment"], message: "linear needs an increment, e.g. 20" });
    }
    if (traffic.strategy !== "linear" && traffic.increment !== undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["increment"],
        message: `increment only applies to the linear strategy (strategy is ${traffic.strategy})`,
      });
    }
    let previous = 0;
    traffic.steps?.forEach((step, index) => {
      const w = typeof step === "number" ? step : step.weight;
      if (w <= previous)
        ctx.addIssue({ code: "custom", path: ["steps", index], message: `must be greater than the step before it (${previous})` });
      previous = Math.max(previous, w);
    });
  });
