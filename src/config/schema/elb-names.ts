import { z } from "zod";

/** How the config names ALB listeners, rules and target groups. */

const ELB_ARN = /^arn:aws[a-z-]*:elasticloadbalancing:[a-z0-9-]+:\d{12}:/;
export const listenerArn = z
  .string()
  .regex(
    new RegExp(`${ELB_ARN.source}listener/app/`),
    "must be an ALB listener ARN (arn:aws:elasticloadbalancing:REGION:ACCOUNT:listener/app/...)",
  );
export const ruleArn = z
  .string()
  .regex(new RegExp(`${ELB_ARN.source}listener-rule/app/`), "must be an ALB listener rule ARN (...:listener-rule/app/...)");

/** A target group by ARN, or by name (AWS: up to 32 alphanumerics or '-', not at either end). */
export const targetGroupRef = z.union(
  [z.string().regex(new RegExp(`${ELB_ARN.source}targetgroup/`)), z.string().regex(/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,30}[A-Za-z0-9])?$/)],
  { error: "must be a target group ARN or name (1-32 letters, digits or '-')" },
);
