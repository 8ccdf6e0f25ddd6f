import { z } from "zod";
import { targetGroupRef } from "./elb-names.js";
import { count, DAY, duration, HOUR, list, nonEmpty, port, serviceName } from "./scalars.js";

/** The `services` section: what runs each service's blue and green sides (ECS, an Auto Scaling Group, a target-group pair). */

const greenTargetGroupSchema = z.strictObject({
  /** Defaults to the blue target group's port, protocol and health check. */
  port: port.optional(),
  protocol: z.enum(["HTTP", "HTTPS"]).optional(),
  healthCheckPath: z.string().startsWith("/", "must start with '/'").max(1024, "must be at most 1024 characters").optional(),
  /** AWS allows 0-3600 seconds. */
  deregistrationDelay: duration(HOUR).optional(),
});

/**
 * The IAM roles green's task definition or launch template passes (task role, execution role,
 * instance profile role). deploy-green copies them from blue, so `iam-policy` cannot read them from
 * the config: it grants iam:PassRole on these and nothing wider.
 */
const passRoles = list(
  z
    .string()
    .regex(/^arn:aws(?:-[a-z]+)*:iam::\d{12}:role\/[\w+=,.@/-]{1,512}$/, "must be an IAM role ARN (arn:aws:iam::<account>:role/<name>)"),
  20,
  "roles",
).optional();

const readiness = {
  /** How long the green side may take to have every target healthy. */
  readyTimeout: duration(DAY).default(15 * 60_000),
};

const ecsServiceSchema = z.strictObject({
  type: z.literal("ecs"),
  name: serviceName,
  cluster: nonEmpty("cluster"),
  /** The live ECS service; green is created beside it as `<service>-<release>`. */
  service: nonEmpty("service"),
  containerName: nonEmpty("containerName"),
  containerPort: port,
  /** Image for the green task definition; `--image` overrides it. */
  image: z.string().min(1).max(1024, "must be at most 1024 characters").optional(),
  passRoles,
  /** ECS runs at most 5000 tasks per service. */
  desiredCount: z.union([z.literal("match-blue"), count(0, 5000)]).default("match-blue"),
  targetGroup: greenTargetGroupSchema.optional(),
  ...readiness,
});

const asgServiceSchema = z.strictObject({
  type: z.literal("asg"),
  name: serviceName,
  /** The live Auto Scaling Group; green is created beside it as `<asg>-<release>`. */
  autoScalingGroup: nonEmpty("autoScalingGroup"),
  launchTemplate: z
    .strictObject({
      id: z.string().min(1).optional(),
      name: z.string().min(1).optional(),
      version: z.string().min(1).default("$Latest"),
    })
    .refine((t) => (t.id === undefined) !== (t.name === undefined), "give exactly one of id or name")
    .optional(),
  capacity: z
    .union([
      z.literal("match-blue"),
      z
        .strictObject({ min: count(0, 10_000), max: count(0, 10_000), desired: count(0, 10_000) })
        .refine((c) => c.min <= c.desired && c.desired <= c.max, "must satisfy min <= desired <= max"),
    ])
    .default("match-blue"),
  passRoles,
  targetGroup: greenTargetGroupSchema.optional(),
  ...readiness,
});

const targetGroupServiceSchema = z.strictObject({
  type: z.literal("target-group"),
  name: serviceName,
  /**
   * Two target groups that other tooling (Ansible, Terraform, a fleet of its own) fills. Whichever
   * carries the traffic is blue; the other is green. They trade places on each release.
   */
  targetGroups: z.tuple([targetGroupRef, targetGroupRef], { error: "must list exactly two target groups" }),
  /** A target group holds at most 1000 targets. */
  minHealthyTargets: count(1, 1000).default(1),
  ...readiness,
});

export const serviceSchema = z.discriminatedUnion("type", [ecsServiceSchema, asgServiceSchema, targetGroupServiceSchema], {
  error: "type must be one of ecs, asg, target-group",
});

export const servicesSchema = list(serviceSchema, 100, "services").superRefine((services, ctx) => {
  const first = new Map<string, number>();
  services.forEach((service, index) => {
    const earlier = first.get(service.name);
    if (earlier !== undefined) {
      ctx.addIssue({ code: "custom", path: [index, "name"], message: `'${service.name}' is already used by services[${earlier}]` });
    } else first.set(service.name, index);
  });
});
