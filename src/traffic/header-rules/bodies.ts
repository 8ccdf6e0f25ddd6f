import type { RuleCondition } from "../estate-facts.js";
import type { Tags } from "../tags.js";
import type { DesiredHeaderRule, HeaderRuleTarget } from "./types.js";

/**
 * The ELBv2 request bodies a header rule plan holds, in the API's own JSON shape, so `--dry-run`
 * prints exactly what would be sent: CreateRule with its Tags, ModifyRule, SetRulePriorities,
 * AddTags, and the conditions and actions inside them.
 */

export interface ConditionBody {
  Field: string;
  HttpHeaderConfig?: { HttpHeaderName: string; Values?: string[]; RegexValues?: string[] };
  PathPatternConfig?: { Values?: string[]; RegexValues?: string[] };
  HostHeaderConfig?: { Values?: string[]; RegexValues?: string[] };
  HttpRequestMethodConfig?: { Values: string[] };
  SourceIpConfig?: { Values: string[] };
  QueryStringConfig?: { Values: { Key?: string; Value: string }[] };
}

export type ActionBody =
  | { Type: "forward"; ForwardConfig: { TargetGroups: { TargetGroupArn: string; Weight: number }[] } }
  | { Type: "fixed-response"; FixedResponseConfig: { StatusCode: string; ContentType?: string; MessageBody?: string } };

export interface TagBody {
  Key: string;
  Value: string;
}

export interface CreateRuleBody {
  ListenerArn: string;
  Priority: number;
  Conditions: ConditionBody[];
  Actions: ActionBody[];
  Tags: TagBody[];
}

/** Only what differs is given: each list given replaces the rule's whole list (as in AWS). */
export interface ModifyRuleBody {
  RuleArn: string;
  Conditions?: ConditionBody[];
  Actions?: ActionBody[];
}

export interface SetRulePrioritiesBody {
  RulePriorities: { RuleArn: string; Priority: number }[];
}

export interface AddTagsBody {
  ResourceArns: string[];
  Tags: TagBody[];
}

export function createRuleBody(listenerArn: string, desired: DesiredHeaderRule): CreateRuleBody {
  return {
    ListenerArn: listenerArn,
    Priority: desired.priority,
    Conditions: desired.conditions.map(conditionBody),
    Actions: [actionBody(desired.target)],
    Tags: tagBodies(desired.tags),
  };
}

export function tagBodies(tags: Tags): TagBody[] {
  return Object.entries(tags).map(([Key, Value]) => ({ Key, Value }));
}

export function actionBody(target: HeaderRuleTarget): ActionBody {
  if ("targetGroupArn" in target)
    return { Type: "forward", ForwardConfig: { TargetGroups: [{ TargetGroupArn: target.targetGroupArn, Weight: 1 }] } };
  const { statusCode, contentType, messageBody } = target.fixedResponse;
  return {
    Type: "fixed-response",
    FixedResponseConfig: {
      StatusCode: statusCode,
      ...(contentType === undefined ? {} : { ContentType: contentType }),
      ...(messageBody === undefined ? {} : { MessageBody: messageBody }),
    },
  };
}

export function conditionBody(condition: RuleCondition): ConditionBody {
  const values = condition.values.length > 0 ? { Values: [...condition.values] } : {};
  const regex = condition.regexValues && condition.regexValues.length > 0 ? { RegexValues: [...condition.regexValues] } : {};
  switch (condition.field) {
    case "http-header":
      return { Field: condition.field, HttpHeaderConfig: { HttpHeaderName: condition.header ?? "", ...values, ...regex } };
    case "path-pattern":
      return { Field: condition.field, PathPatternConfig: { ...values, ...regex } };
    case "host-header":
      return { Field: condition.field, HostHeaderConfig: { ...values, ...regex } };
    case "http-request-method":
      return { Field: condition.field, HttpRequestMethodConfig: { Values: [...condition.values] } };
    case "source-ip":
      return { Field: condition.field, SourceIpConfig: { Values: [...condition.values] } };
    case "query-string":
      return {
        Field: condition.field,
        QueryStringConfig: {
          Values: (condition.queryPairs ?? []).map((p) => (p.key === undefined ? { Value: p.value } : { Key: p.key, Value: p.value })),
        },
      };
    default:
      // conditionProblems refuses any other field before a body is built
      throw new Error(`cannot write a ${condition.field} condition`);
  }
}
