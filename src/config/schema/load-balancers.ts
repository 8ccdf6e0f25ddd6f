import { z } from "zod";
import { listenerArn, ruleArn } from "./elb-names.js";
import { envBoolean, list, nonEmpty, port, rulePriority, serviceName } from "./scalars.js";

/** The `loadBalancers` section: each listener and the rule (or default action) that routes each service. */

const listenerRef = z.union(
  [
    z.strictObject({ arn: listenerArn }),
    z.strictObject({ loadBalancer: z.string().regex(/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,30}[A-Za-z0-9])?$/, "must be an ALB name"), port }),
  ],
  { error: "must be { arn: <listener ARN> } or { loadBalancer: <ALB name>, port: <listener port> }" },
);

const ruleRef = z.union([z.literal("default"), z.strictObject({ priority: rulePriority }), z.strictObject({ arn: ruleArn })], {
  error: "must be 'default', { priority: N } or { arn: <rule ARN> }",
});

const routeSchema = z.strictObject({
  service: serviceName,
  /** Which forward action carries this service: the listener's default action or one rule. */
  rule: ruleRef.default("default"),
  /** Add header rules for early users on this route (needs `headerRouting`). */
  headerRouting: envBoolean().default(true),
});

export const loadBalancerSchema = z.strictObject({
  name: nonEmpty("name"),
  listener: listenerRef,
  /** An ALB listener has at most 100 rules. */
  routes: list(routeSchema, 100, "routes (an ALB listener has at most 100 rules)").min(1, "must list at least one route"),
});
