import {
  DescribeListenersCommand,
  DescribeLoadBalancersCommand,
  DescribeRulesCommand,
  DescribeTagsCommand,
  DescribeTargetGroupsCommand,
  DescribeTargetHealthCommand,
  type ElasticLoadBalancingV2Client,
  type TargetGroup,
} from "@aws-sdk/client-elastic-load-balancing-v2";
import type { ListenerFacts, LoadBalancerFacts, RuleFacts, TargetFacts, TargetGroupFacts } from "../traffic/estate-facts.js";
import type { Tags } from "../traffic/tags.js";
import { callAws, chunks, isAwsCode, type AwsCalls } from "./aws-call.js";
import {
  forwardSnapshot,
  listenerFacts,
  listenerLabel,
  loadBalancerFacts,
  mapValues,
  ruleFacts,
  shortArn,
  targetGroupFacts,
  type ForwardPlace,
  type ForwardSnapshot,
} from "./elb-facts.js";

export type { ForwardPlace, ForwardSnapshot } from "./elb-facts.js";

/**
 * Application Load Balancers, read side: what the estate model and the writers' checks need from
 * ELBv2. Lookups by name or ARN return only what exists (absent keys are missing), so the caller can
 * list every missing resource at once instead of stopping at the first. Nothing here changes AWS;
 * the changes are in elb-writer.ts.
 */
export interface LoadBalancerReader {
  loadBalancersByName(names: readonly string[]): Promise<Map<string, LoadBalancerFacts>>;
  loadBalancersByArn(arns: readonly string[]): Promise<Map<string, LoadBalancerFacts>>;
  /** Every listener of the load balancer. */
  listeners(loadBalancer: LoadBalancerFacts): Promise<ListenerFacts[]>;
  listenersByArn(arns: readonly string[]): Promise<Map<string, ListenerFacts>>;
  /** Every rule of the listener, the default rule included (priority `default`). */
  rules(listener: ListenerFacts): Promise<RuleFacts[]>;
  targetGroupsByName(names: readonly string[]): Promise<Map<string, TargetGroupFacts>>;
  targetGroupsByArn(arns: readonly string[]): Promise<Map<string, TargetGroupFacts>>;
  targetHealth(targetGroup: Pick<TargetGroupFacts, "arn" | "name">): Promise<TargetFacts[]>;
  /** Tags of any ELBv2 resources (target groups, rules, listeners), by ARN. */
  tags(arns: readonly string[]): Promise<Map<string, Tags>>;
  /** Rules by ARN; absent keys no longer exist. */
  rulesByArn(arns: readonly string[]): Promise<Map<string, RuleFacts>>;
  /**
   * The forward action at each place now, in batched reads (DescribeRules by rule ARN, DescribeListeners
   * by listener ARN for default actions), keyed by rule ARN; absent places no longer exist. What the
   * one forward write (elb-writer.ts writeForward) takes as its starting point.
   */
  readForwards(places: readonly ForwardPlace[]): Promise<Map<string, ForwardSnapshot>>;
}

/** DescribeTags takes at most 20 ARNs; the describe calls are given the same batches. */
const BATCH = 20;
/** DescribeRules pages hold at most 400 rules. */
const RULES_PAGE = 400;

export function createLoadBalancerReader(client: ElasticLoadBalancingV2Client, calls: AwsCalls): LoadBalancerReader {
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

    async rulesByArn(arns) {
      const found = await each(
        arns,
        "RuleNotFound",
        async (batch) =>
          (await call("DescribeRules", batch.map(shortArn).join(", "), () => client.send(new DescribeRulesCommand({ RuleArns: batch }))))
            .Rules ?? [],
        (rule) => rule.RuleArn,
      );
      const out = new Map<string, RuleFacts>();
      for (const [arn, rule] of found) {
        const facts = ruleFacts(rule);
        if (facts) out.set(arn, facts);
      }
      return out;
    },

    async readForwards(places) {
      const out = new Map<string, ForwardSnapshot>();
      const defaults = places.filter((p) => p.isDefault);
      const rules = places.filter((p) => !p.isDefault);
      for (const batch of chunks(rules, BATCH)) {
        const answer = await call("DescribeRules", batch.map((p) => p.label).join(", "), () =>
          client.send(new DescribeRulesCommand({ RuleArns: batch.map((p) => p.ruleArn) })),
        );
        for (const rule of answer.Rules ?? []) if (rule.RuleArn) out.set(rule.RuleArn, forwardSnapshot(rule.Actions));
      }
      for (const batch of chunks(defaults, BATCH)) {
        const answer = await call("DescribeListeners", batch.map((p) => p.label).join(", "), () =>
          client.send(new DescribeListenersCommand({ ListenerArns: batch.map((p) => p.listenerArn) })),
        );
        for (const listener of answer.Listeners ?? []) {
          const place = batch.find((p) => p.listenerArn === listener.ListenerArn);
          if (place) out.set(place.ruleArn, forwardSnapshot(listener.DefaultActions));
        }
      }
      return out;
    },
  };
}
