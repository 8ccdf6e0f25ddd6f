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
      readonly removeTags?: { readonly arns: readonly string[]; readonly keys: readonly string[] };
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
  /**
   * Rules moved to make room for the header rules (`headerRouting.makeRoom`), sent first in one
   * SetRulePriorities call, each tagged with its priority before; or moved back (promote, rollback).
   */
  readonly moves?: readonly RuleMove[];
  /** Header rules deleted: those placed in room that is being given back. */
  readonly deletes?: readonly { readonly ruleArn: string; readonly role: HeaderRole | undefined; readonly priority: number }[];
  readonly skipped?: string;
  /** Worth telling, not changed: a duplicate header rule, a blue rule no longer configured. */
  readonly notes: readonly string[];
}

/** A rule moved to another priority, by its ARN. `back`: returning to its original priority (the tag goes). */
export interface RuleMove {
  readonly ruleArn: string;
  readonly from: number;
  readonly to: number;
  readonly back: boolean;
  /** The priority the rule had before cutover first moved it: what its tag records. */
  readonly original: number;
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
  /** rollback: a rule taken over from another tool goes back to what it did (its adopted-from tag). */
  readonly restoreAdopted?: boolean;
  /** promote: a taken-over rule's former action is no longer kept (the promoted state is the new baseline). */
  readonly settleAdoption?: boolean;
  /** promote and rollback: room made for header rules is given back, and none is made. */
  readonly giveRoomBack?: boolean;
}

export type HeaderRuleAspect = "priority" | "conditions" | "action" | "tags";
