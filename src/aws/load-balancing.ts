import {
  DescribeListenersCommand,
  DescribeLoadBalancersCommand,
  DescribeRulesCommand,
  DescribeTagsCommand,
  DescribeTargetGroupsCommand,
  DescribeTargetHealthCommand,
  type Action,
  type ElasticLoadBalancingV2Client,
  type Listener,
  type LoadBalancer,
  type Rule,
  type RuleCondition as SdkRuleCondition,
  type TargetGroup,
} from "@aws-sdk/client-elastic-load-balancing-v2";
import type {
  ActionFacts,
  ListenerFacts,
  LoadBalancerFacts,
  RuleCondition,
  RuleFacts,
  TargetFacts,
  TargetGroupFacts,
} from "../traffic/estate-facts.js";
import type { Tags } from "../traffic/tags.js";
import { callAws, chunks, isAwsCode, type AwsCalls } from "./aws-call.js";

/**
 * Application Load Balancers, read side: what the estate model needs from ELBv2. Lookups by name or
 * ARN return only what exists (absent keys are missing), so the caller can list every missing
 * resource at once instead of stopping at the first.
 */
export interface LoadBalancing {
  loadBalancersByName(names: readonly string[]): Promise<Map<string, LoadBalancerFacts>>;
  loadBalancersByArn(arns: readonly string[]): Promise<Map<string, LoadBalancerFacts>>;
  /** Every listener of the load balancer. */
  listeners(loadBalancer: LoadBalancerFacts): Promise<ListenerFacts[]>;
  listenersByArn(arns: readonly string[]): Promise<Map<string, ListenerFacts>>;
  /** Every rule of the listener, the default rule included (priority `default`). */
  rules(listener: ListenerFacts): Promise<RuleFacts[]>;
  targetGroupsByName(names: readonly string[]): Promise<Map<string, TargetGroupFacts>>;
  targetGroupsByArn(arns: readonly string[]): Promise<Map<string, TargetGroupFacts>>;
  targetHealth(targetGroup: TargetGroupFacts): Promise<TargetFacts[]>;
  /** Tags of any ELBv2 resources (target groups, rules, listeners), by ARN. */
  tags(arns: readonly string[]): Promise<Map<string, Tags>>;
}

/** DescribeTags takes at most 20 ARNs; the describe calls are given the same batches. */
const BATCH = 20;
/** DescribeRules pages hold at most 400 rules. */
const RULES_PAGE = 400;

export function createLoadBalancing(client: ElasticLoadBalancingV2Client, calls: AwsCalls): LoadBalancing {
  const call = <T>(action: string, resource: string, send: () => Promise<T>) =>
    callAws(calls, "elasticloadbalancing", action, resource, send);

  /**
   * AWS fails a whole Describe* batch when one name is missing; then each key is asked alone, so
   * the answer still says which exist. (moto instead leaves the missing ones out; both work here.)
   */
  async function each<T>(
    keys: readonly string[],
    notFound: string,
    describe: (batch: string[]) => Promise<T[]>,
    keyOf: (item: T) => string | undefined,
  ): Promise<Map<string, T>> {
    const found = new Map<string, T>();
    const add = (items: T[]) => {
      for (const item of items) {
        const key = keyOf(item);
        if (key !== undefined) found.set(key, item);
      }
    };
    for (const batch of chunks([...new Set(keys)], BATCH)) {
      try {
        add(await describe(batch));
      } catch (error) {
        if (!isAwsCode(error, notFound)) throw error;
        if (batch.length === 1) continue;
        for (const key of batch) {
          try {
            add(await describe([key]));
          } catch (single) {
            if (!isAwsCode(single, notFound)) throw single;
          }
        }
      }
    }
    return found;
  }

  async function allTargetGroups(input: { Names: string[] } | { TargetGroupArns: string[] }, resource: string): Promise<TargetGroup[]> {
    const out: TargetGroup[] = [];
    let marker: string | undefined;
    do {
      const page = await call("DescribeTargetGroups", resource, () =>
        client.send(new DescribeTargetGroupsCommand({ ...input, Marker: marker })),
      );
      out.push(...(page.TargetGroups ?? []));
      marker = page.NextMarker;
    } while (marker);
    return out;
  }

  return {
    async loadBalancersByName(names) {
      const found = await each(
        names,
        "LoadBalancerNotFound",
        async (batch) =>
          (await call("DescribeLoadBalancers", batch.join(", "), () => client.send(new DescribeLoadBalancersCommand({ Names: batch }))))
            .LoadBalancers ?? [],
        (lb) => lb.LoadBalancerName,
      );
      return mapValues(found, loadBalancerFacts);
    },

    async loadBalancersByArn(arns) {
      const found = await each(
        arns,
        "LoadBalancerNotFound",
        async (batch) =>
          (
            await call("DescribeLoadBalancers", batch.join(", "), () =>
              client.send(new DescribeLoadBalancersCommand({ LoadBalancerArns: batch })),
            )
          ).LoadBalancers ?? [],
        (lb) => lb.LoadBalancerArn,
      );
      return mapValues(found, loadBalancerFacts);
    },

    async listeners(loadBalancer) {
      const out: ListenerFacts[] = [];
      let marker: string | undefined;
      do {
        const page = await call("DescribeListeners", loadBalancer.name, () =>
          client.send(new DescribeListenersCommand({ LoadBalancerArn: loadBalancer.arn, Marker: marker })),
        );
        out.push(...(page.Listeners ?? []).flatMap((l) => listenerFacts(l) ?? []));
        marker = page.NextMarker;
      } while (marker);
      return out;
    },

    async listenersByArn(arns) {
      const found = await each(
        arns,
        "ListenerNotFound",
        async (batch) =>
          (await call("DescribeListeners", batch.join(", "), () => client.send(new DescribeListenersCommand({ ListenerArns: batch }))))
            .Listeners ?? [],
        (l) => l.ListenerArn,
      );
      const out = new Map<string, ListenerFacts>();
      for (const [arn, listener] of found) {
        const facts = listenerFacts(listener);
        if (facts) out.set(arn, facts);
      }
      return out;
    },

    async rules(listener) {
      const out: RuleFacts[] = [];
      let marker: string | undefined;
      do {
        const page = await call("DescribeRules", listenerLabel(listener), () =>
          client.send(new DescribeRulesCommand({ ListenerArn: listener.arn, Marker: marker, PageSize: RULES_PAGE })),
        );
        out.push(...(page.Rules ?? []).flatMap((r) => ruleFacts(r) ?? []));
        marker = page.NextMarker;
      } while (marker);
      return out;
    },

    async targetGroupsByName(names) {
      const found = await each(
        names,
        "TargetGroupNotFound",
        (batch) => allTargetGroups({ Names: batch }, batch.join(", ")),
        (tg) => tg.TargetGroupName,
      );
      return mapValues(found, targetGroupFacts);
    },

    async targetGroupsByArn(arns) {
      const found = await each(
        arns,
        "TargetGroupNotFound",
        (batch) => allTargetGroups({ TargetGroupArns: batch }, batch.map(shortArn).join(", ")),
        (tg) => tg.TargetGroupArn,
      );
      return mapValues(found, targetGroupFacts);
    },

    async targetHealth(targetGroup) {
      const answer = await call("DescribeTargetHealth", targetGroup.name, () =>
        client.send(new DescribeTargetHealthCommand({ TargetGroupArn: targetGroup.arn })),
      );
      return (answer.TargetHealthDescriptions ?? []).map((d) => ({
        id: d.Target?.Id ?? "?",
        port: d.Target?.Port,
        state: d.TargetHealth?.State ?? "unknown",
        reason: d.TargetHealth?.Reason,
        description: d.TargetHealth?.Description,
      }));
    },

    async tags(arns) {
      const out = new Map<string, Tags>();
      for (const batch of chunks([...new Set(arns)], BATCH)) {
        const answer = await call("DescribeTags", `${batch.length} resource(s)`, () =>
          client.send(new DescribeTagsCommand({ ResourceArns: batch })),
        );
        for (const description of answer.TagDescriptions ?? []) {
          if (!description.ResourceArn) continue;
          out.set(description.ResourceArn, Object.fromEntries((description.Tags ?? []).map((t) => [t.Key ?? "", t.Value ?? ""])));
        }
      }
      return out;
    },
  };
}

// ---------------------------------------------------------------- SDK shapes → plain facts

function loadBalancerFacts(lb: LoadBalancer): LoadBalancerFacts {
  return { arn: lb.LoadBalancerArn ?? "", name: lb.LoadBalancerName ?? "", dnsName: lb.DNSName, vpcId: lb.VpcId };
}

function listenerFacts(listener: Listener): ListenerFacts | undefined {
  if (!listener.ListenerArn || !listener.LoadBalancerArn || listener.Port === undefined) return undefined;
  return { arn: listener.ListenerArn, loadBalancerArn: listener.LoadBalancerArn, port: listener.Port, protocol: listener.Protocol };
}

function ruleFacts(rule: Rule): RuleFacts | undefined {
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

function actionFacts(action: Action): ActionFacts {
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

function targetGroupFacts(tg: TargetGroup): TargetGroupFacts {
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
function shortArn(arn: string): string {
  return arn.split(":").pop() ?? arn;
}

function mapValues<K, A, B>(map: Map<K, A>, f: (a: A) => B): Map<K, B> {
  return new Map([...map].map(([k, v]) => [k, f(v)]));
}
