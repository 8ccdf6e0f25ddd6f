/**
 * Offline IAM evaluation with @cloud-copilot/iam-simulate (a dev dependency only): is this request
 * allowed by this identity policy? The simulator also checks that the action exists, that the
 * resource ARN is of a type the action is authorized on, and that the context keys belong to it.
 */
import { runSimulation, runUnsafeSimulation } from "@cloud-copilot/iam-simulate";
import type { PolicyDocument, PolicyStatement } from "../../../src/aws/iam-policy.js";
import type { IamRequest } from "./iam-requests.js";

/**
 * The simulator's data merges the classic and v2 Elastic Load Balancing references, which share the
 * `elasticloadbalancing` prefix, and keeps the classic AddTags/RemoveTags (load balancer only). For
 * ELBv2 the reference lists load balancers, listeners, listener rules, target groups and trust
 * stores; those two actions are checked against that list here and evaluated without the
 * simulator's resource-type check.
 */
const ELBV2_TAGGABLE =
  /^arn:[^:]+:elasticloadbalancing:[^:]+:\d+:(?:loadbalancer\/(?:app|net)\/|listener\/(?:app|net)\/|listener-rule\/(?:app|net)\/|targetgroup\/|truststore\/)/;
const ELBV2_TAGGING = new Set(["elasticloadbalancing:AddTags", "elasticloadbalancing:RemoveTags"]);

export type Decision = "Allowed" | "ExplicitlyDenied" | "ImplicitlyDenied";

export async function decide(policy: PolicyDocument | PolicyStatement[], request: IamRequest, account: string): Promise<Decision> {
  const document = Array.isArray(policy) ? { Version: "2012-10-17", Statement: policy } : policy;
  const simulation = {
    identityPolicies: [{ name: "cutover", policy: document as unknown as Record<string, unknown> }],
    serviceControlPolicies: [],
    resourceControlPolicies: [],
    request: {
      action: request.action,
      principal: `arn:aws:iam::${account}:role/cutover-release`,
      resource: { accountId: account, resource: request.resource },
      contextVariables: request.context,
    },
  };
  if (ELBV2_TAGGING.has(request.action)) {
    if (!ELBV2_TAGGABLE.test(request.resource)) throw new Error(`${request.action} is not authorized on ${request.resource}`);
    return runUnsafeSimulation(simulation, {}) as Decision;
  }
  const result = await runSimulation(simulation, {});
  if (result.resultType === "error")
    throw new Error(`simulator refused ${request.action} on ${request.resource}: ${JSON.stringify(result.errors)}`);
  return result.overallResult as Decision;
}
