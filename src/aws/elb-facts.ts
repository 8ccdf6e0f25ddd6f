import type {
  Action,
  Listener,
  LoadBalancer,
  Rule,
  RuleCondition as SdkRuleCondition,
  TargetGroup,
} from "@aws-sdk/client-elastic-load-balancing-v2";
import type { ActionFacts, ListenerFacts, LoadBalancerFacts, RuleCondition, RuleFacts, TargetGroupFacts } from "../traffic/estate-facts.js";
import type { ForwardBody } from "../traffic/forward-action.js";

/** ELBv2's SDK shapes turned into the plain facts the estate model reads (src/traffic/estate-facts.ts). */

/** A place's forward action, and all of its actions as read, for writing back with only the forward changed. */
export interface ForwardSnapshot {
  readonly forward: ForwardBody | undefined;
  readonly actions: readonly Action[];
}

/** Where a route's forward action lives: the listener's default action (ModifyListener) or a rule (ModifyRule). */
export interface ForwardPlace {
  readonly listenerArn: string;
  readonly ruleArn: string;
  readonly isDefault: boolean;
  /** How messages name it: `feed-normalizers rule 10`. */
  readonly label: string;
}

/**
 * An action read back, made fit to write again. DescribeRules never returns an OIDC client secret,
 * and ModifyRule refuses the action without one unless told to keep the existing secret.
 */
export function keepAction(action: Action): Action {
  if (action.Type === "authenticate-oidc" && action.AuthenticateOidcConfig && action.AuthenticateOidcConfig.ClientSecret === undefined)
    return { ...action, AuthenticateOidcConfig: { ...action.AuthenticateOidcConfig, UseExistingClientSecret: true } };
  return action;
}

export function forwardSnapshot(actions: readonly Action[] | undefined): ForwardSnapshot {
  const sorted = [...(actions ?? [])].sort((a, b) => (a.Order ?? 0) - (b.Order ?? 0));
  const forward = sorted.map(actionFacts).find((a) => a.type === "forward");
  return { forward: forward && { targetGroups: forward.targetGroups, stickiness: forward.stickiness }, actions: sorted };
}

export function loadBalancerFacts(lb: LoadBalancer): LoadBalancerFacts {
  return { arn: lb.LoadBalancerArn ?? "", name: lb.LoadBalancerName ?? "", dnsName: lb.DNSName, vpcId: lb.VpcId };
}

export function listenerFacts(listener: Listener): ListenerFacts | undefined {
  if (!listener.ListenerArn || !listener.LoadBalancerArn || listener.Port === undefined) return undefined;
  return { arn: listener.ListenerArn, loadBalancerArn: listener.LoadBalancerArn, port: listener.Port, protocol: listener.Protocol };
}

export function ruleFacts(rule: Rule): RuleFacts | undefined {
  if (!rule.RuleArn) return undefined;
  const priority = rule.IsDefault || rule.Priority === "default" ? "default" : Number(rule.Priority);
  return {
    arn: rule.RuleArn,
    priority,
    conditions: (rule.Conditions ?? []).map(conditionFacts),
    actions: [...(rule.Actions ?? [])].sort((a, b) => (a.Order ?? 0) - (b.Order ?? 0)).map(actionFacts),
  };
}

function conditionFacts(condition: SdkRuleCondition): RuleCondition {
  const field = condition.Field ?? "unknown";
  const regexValues = condition.RegexValues ?? condition.HttpHeaderConfig?.RegexValues;
  const regex = regexValues && regexValues.length > 0 ? { regexValues } : {};
  switch (field) {
    case "http-header":
      return {
        field,
        header: condition.HttpHeaderConfig?.HttpHeaderName ?? "",
        values: condition.HttpHeaderConfig?.Values ?? [],
        ...regex,
      };
    case "query-string": {
      const pairs = (condition.QueryStringConfig?.Values ?? []).map((p) => ({ key: p.Key, value: p.Value ?? "" }));
      return { field, values: pairs.map((p) => (p.key === undefined ? p.value : `${p.key}=${p.value}`)), queryPairs: pairs };
    }
    default: {
      // the typed *Config holds the values; the legacy flat Values is kept by older rules
      const typed =
        condition.PathPatternConfig?.Values ??
        condition.HostHeaderConfig?.Values ??
        condition.HttpRequestMethodConfig?.Values ??
        condition.SourceIpConfig?.Values;
      return { field, values: typed ?? condition.Values ?? [], ...regex };
    }
  }
}

export function actionFacts(action: Action): ActionFacts {
  switch (action.Type) {
    case "forward": {
      const tuples = action.ForwardConfig?.TargetGroups;
      const targetGroups =
        tuples && tuples.length > 0
          ? tuples.flatMap((t) => (t.TargetGroupArn ? [{ arn: t.TargetGroupArn, weight: t.Weight ?? 1 }] : []))
          : // the plain form names one target group; AWS reports it with weight 1
            action.TargetGroupArn
            ? [{ arn: action.TargetGroupArn, weight: 1 }]
            : [];
      const sticky = action.ForwardConfig?.TargetGroupStickinessConfig;
      return {
        type: "forward",
        targetGroups,
        stickiness: sticky?.Enabled === undefined ? undefined : { enabled: sticky.Enabled, durationSeconds: sticky.DurationSeconds },
      };
    }
    case "fixed-response":
      return { type: "fixed-response", statusCode: action.FixedResponseConfig?.StatusCode };
    default:
      return { type: "other", awsType: action.Type ?? "unknown" };
  }
}

export function targetGroupFacts(tg: TargetGroup): TargetGroupFacts {
  return {
    arn: tg.TargetGroupArn ?? "",
    name: tg.TargetGroupName ?? "",
    protocol: tg.Protocol,
    port: tg.Port,
    targetType: tg.TargetType,
    vpcId: tg.VpcId,
    loadBalancerArns: tg.LoadBalancerArns ?? [],
    healthCheck: {
      enabled: tg.HealthCheckEnabled,
      protocol: tg.HealthCheckProtocol,
      port: tg.HealthCheckPort,
      path: tg.HealthCheckPath,
      intervalSeconds: tg.HealthCheckIntervalSeconds,
      timeoutSeconds: tg.HealthCheckTimeoutSeconds,
      healthyThreshold: tg.HealthyThresholdCount,
      unhealthyThreshold: tg.UnhealthyThresholdCount,
      matcher: tg.Matcher?.HttpCode ?? tg.Matcher?.GrpcCode,
    },
  };
}

/** `spectate-feeds:80`: the load balancer's name is the ARN's `listener/app/<name>/...` segment. */
export function listenerLabel(listener: ListenerFacts): string {
  const name = /:listener\/(?:app|net|gwy)\/([^/]+)\//.exec(listener.arn)?.[1] ?? listener.loadBalancerArn;
  return `${name}:${listener.port}`;
}

/** `targetgroup/feed-football-a/0123abcd`: enough of an ARN to name it in a message. */
export function shortArn(arn: string): string {
  return arn.split(":").pop() ?? arn;
}

export function mapValues<K, A, B>(map: Map<K, A>, f: (a: A) => B): Map<K, B> {
  return new Map([...map].map(([k, v]) => [k, f(v)]));
}
