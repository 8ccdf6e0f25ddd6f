import type { RuleCondition } from "../estate-facts.js";
import type { Colour, Tags } from "../tags.js";
import type { AddTagsBody, CreateRuleBody, ModifyRuleBody, SetRulePrioritiesBody } from "./bodies.js";

/** The header rule plan as data: what a rule should be, and the change that makes it so. */

export type HeaderRole = Colour;

/** What a header rule's matching requests get. */
export type HeaderRuleTarget =
  | { readonly targetGroupArn: string }
  | { readonly fixedResponse: { readonly statusCode: string; readonly contentType?: string; readonly messageBody?: string } };

export interface HeaderRuleTargets {
  readonly green: HeaderRuleTarget;
  readonly blue: HeaderRuleTarget;
}

/** What a header rule must look like once the plan is applied; the writer verifies against it. */
export interface DesiredHeaderRule {
  readonly role: HeaderRole;
  readonly priority: number;
  readonly conditions: readonly RuleCondition[];
  readonly target: HeaderRuleTarget;
  readonly release: string;
  readonly tags: Tags;
}

export interface ChangeBase {
  readonly role: HeaderRole;
  readonly header: string;
  readonly values: readonly string[];
  readonly priority: number;
  /** The target group's name, or `fixed 404`. */
  readonly target: string;
  readonly desired: DesiredHeaderRule;
}

export type HeaderRuleChange =
  | (ChangeBase & { readonly kind: "create"; readonly createRule: CreateRuleBody })
  | (ChangeBase & {
      readonly kind: "modify";
      readonly ruleArn: string;
      /** What differs, in words. */
      readonly reasons: readonly string[];
      readonly setRulePriorities?: SetRulePrioritiesBody;
      readonly modifyRule?: ModifyRuleBody;
      readonly addTags?: AddTagsBody;
    })
  | (ChangeBase & { readonly kind: "keep"; readonly ruleArn: string });

export interface HeaderRulePlan {
  /** `feed-normalizers rule 10`, `alb-ks default action`. */
  readonly route: string;
  readonly loadBalancer: string;
  readonly service: string;
  readonly listenerArn: string;
  /** Empty when the route gets no header rules (`skipped` says why). */
  readonly changes: readonly HeaderRuleChange[];
  readonly skipped?: string;
  /** Worth telling, not changed: a duplicate header rule, a blue rule no longer configured. */
  readonly notes: readonly string[];
}

/** What other routes planned in the same run, on the same listener (see planHeaderRulesForRoutes). */
export interface HeaderRulePlanContext {
  readonly plannedPriorities?: readonly number[];
  /** Header rules that another route of the same service on this listener already took as its own. */
  readonly claimedRules?: readonly string[];
  /**
   * Keep an existing rule's `cutover:release` tag (the release whose deploy-green made it): promote and
   * rollback repoint rules without claiming them for a release, so a rerun plans the same tags.
   */
  readonly keepRelease?: boolean;
}

export type HeaderRuleAspect = "priority" | "conditions" | "action" | "tags";
