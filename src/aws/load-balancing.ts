import {
  DescribeListenersCommand,
  DescribeLoadBalancersCommand,
  DescribeRulesCommand,
  DescribeTagsCommand,
  DescribeTargetGroupsCommand,
  DescribeTargetHealthCommand,
  AddTagsCommand,
  RemoveTagsCommand,
  CreateRuleCommand,
  SetRulePrioritiesCommand,
  CreateTargetGroupCommand,
  DeleteTargetGroupCommand,
  ModifyListenerCommand,
  ModifyRuleCommand,
  type CreateTargetGroupCommandInput,
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
import { forwardActionBody, sameForward, type ForwardBody } from "../traffic/forward-action.js";
import type { AddTagsBody, CreateRuleBody, ModifyRuleBody, SetRulePrioritiesBody } from "../traffic/header-rules/index.js";
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
  targetHealth(targetGroup: Pick<TargetGroupFacts, "arn" | "name">): Promise<TargetFacts[]>;
  /** Tags of any ELBv2 resources (target groups, rules, listeners), by ARN. */
  tags(arns: readonly string[]): Promise<Map<string, Tags>>;
  /** Rules by ARN; absent keys no longer exist. */
  rulesByArn(arns: readonly string[]): Promise<Map<string, RuleFacts>>;
  /** Creates a listener rule with its tags in the same call, so no untagged rule is ever left behind. */
  createRule(body: CreateRuleBody): Promise<RuleFacts>;
  /** Replaces a rule's conditions and/or actions, whichever lists the body gives. */
  modifyRule(body: ModifyRuleBody): Promise<RuleFacts>;
  setRulePriorities(body: SetRulePrioritiesBody): Promise<void>;
  /** Adds tags to ELBv2 resources, overwriting the values of keys they already have. */
  addTags(body: AddTagsBody): Promise<void>;
  /** Removes these tag keys from ELBv2 resources; keys a resource does not have are ignored. */
  removeTags(arns: readonly string[], keys: readonly string[]): Promise<void>;
  /** Creates a target group from a CreateTargetGroup body, with its tags. */
  createTargetGroup(body: Readonly<Record<string, unknown>>, tags: Tags): Promise<TargetGroupFacts>;
  deleteTargetGroup(arn: string): Promise<void>;
  /**
   * Makes the forward action of a listener's default action or of a rule list exactly these target
   * groups and weights, keeping every other action. Reads the action first and writes only when it
   * differs: returns whether it wrote.
   */
  setForward(place: ForwardPlace, forward: ForwardBody): Promise<boolean>;
  /**
   * The forward action at each place now, in batched reads (DescribeRules by rule ARN, DescribeListeners
   * by listener ARN for default actions), keyed by rule ARN; absent places no longer exist.
   */
  readForwards(places: readonly ForwardPlace[]): Promise<Map<string, ForwardSnapshot>>;
  /**
   * One ModifyRule or ModifyListener putting `forward` in place of the snapshot's forward action,
   * every other action kept as read. Returns the place as AWS answered the write: the read-back check
   * costs no extra call.
   */
  writeForward(place: ForwardPlace, snapshot: ForwardSnapshot, forward: ForwardBody): Promise<ForwardSnapshot>;
}

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

    async createRule(body) {
      const where = `priority ${body.Priority} on ${shortArn(body.ListenerArn)}`;
      const created = (await call("CreateRule", where, () => client.send(new CreateRuleCommand(body)))).Rules?.[0];
      const facts = created && ruleFacts(created);
      if (!facts) throw new Error(`CreateRule on ${where}: the answer names no rule`);
      return facts;
    },

    async modifyRule(body) {
      const modified = (await call("ModifyRule", shortArn(body.RuleArn), () => client.send(new ModifyRuleCommand(body)))).Rules?.[0];
      const facts = modified && ruleFacts(modified);
      if (!facts) throw new Error(`ModifyRule on ${shortArn(body.RuleArn)}: the answer names no rule`);
      return facts;
    },

    async setRulePriorities(body) {
      const where = body.RulePriorities.map((p) => `${shortArn(p.RuleArn)} → ${p.Priority}`).join(", ");
      await call("SetRulePriorities", where, () => client.send(new SetRulePrioritiesCommand(body)));
    },

    async addTags(body) {
      await call("AddTags", body.ResourceArns.map(shortArn).join(", "), () => client.send(new AddTagsCommand(body)));
    },

    async removeTags(arns, keys) {
      await call("RemoveTags", arns.map(shortArn).join(", "), () =>
        client.send(new RemoveTagsCommand({ ResourceArns: [...arns], TagKeys: [...keys] })),
      );
    },

    async createTargetGroup(body, tags) {
      const input = { ...body, Tags: Object.entries(tags).map(([Key, Value]) => ({ Key, Value })) } as CreateTargetGroupCommandInput;
      const answer = await call("CreateTargetGroup", input.Name ?? "?", () => client.send(new CreateTargetGroupCommand(input)));
      const created = answer.TargetGroups?.[0];
      if (!created) throw new Error(`CreateTargetGroup on ${input.Name ?? "?"}: the answer names no target group`);
      return targetGroupFacts(created);
    },

    async deleteTargetGroup(arn) {
      await call("DeleteTargetGroup", shortArn(arn), () => client.send(new DeleteTargetGroupCommand({ TargetGroupArn: arn })));
    },

    async setForward(place, forward) {
      const current = place.isDefault
        ? (
            await call("DescribeListeners", place.label, () =>
              client.send(new DescribeListenersCommand({ ListenerArns: [place.listenerArn] })),
            )
          ).Listeners?.[0]?.DefaultActions
        : (await call("DescribeRules", place.label, () => client.send(new DescribeRulesCommand({ RuleArns: [place.ruleArn] })))).Rules?.[0]
            ?.Actions;
      const actions = current ?? [];
      const index = actions.findIndex((a) => a.Type === "forward");
      const existing = actions[index];
      if (!existing) throw new Error(`${place.label} has no forward action to set`);
      const before = actionFacts(existing);
      if (before.type === "forward" && sameForward({ targetGroups: before.targetGroups, stickiness: before.stickiness }, forward))
        return false;

      const written = actions.map((action, i) =>
        i === index ? (forwardActionBody(forward, action.Order) as unknown as Action) : keepAction(action),
      );
      if (place.isDefault)
        await call("ModifyListener", place.label, () =>
          client.send(new ModifyListenerCommand({ ListenerArn: place.listenerArn, DefaultActions: written })),
        );
      else await call("ModifyRule", place.label, () => client.send(new ModifyRuleCommand({ RuleArn: place.ruleArn, Actions: written })));
      return true;
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

    async writeForward(place, snapshot, forward) {
      const index = snapshot.actions.findIndex((a) => a.Type === "forward");
      const existing = snapshot.actions[index];
      if (!existing) throw new Error(`${place.label} has no forward action to set`);
      const written = snapshot.actions.map((action, i) =>
        i === index ? (forwardActionBody(forward, action.Order) as unknown as Action) : keepAction(action),
      );
      const answered = place.isDefault
        ? (
            await call("ModifyListener", place.label, () =>
              client.send(new ModifyListenerCommand({ ListenerArn: place.listenerArn, DefaultActions: written })),
            )
          ).Listeners?.[0]?.DefaultActions
        : (await call("ModifyRule", place.label, () => client.send(new ModifyRuleCommand({ RuleArn: place.ruleArn, Actions: written }))))
            .Rules?.[0]?.Actions;
      return forwardSnapshot(answered);
    },
  };
}

/**
 * An action read back, made fit to write again. DescribeRules never returns an OIDC client secret,
 * and ModifyRule refuses the action without one unless told to keep the existing secret.
 */
function keepAction(action: Action): Action {
  if (action.Type === "authenticate-oidc" && action.AuthenticateOidcConfig && action.AuthenticateOidcConfig.ClientSecret === undefined)
    return { ...action, AuthenticateOidcConfig: { ...action.AuthenticateOidcConfig, UseExistingClientSecret: true } };
  return action;
}

// ---------------------------------------------------------------- SDK shapes → plain facts

function forwardSnapshot(actions: readonly Action[] | undefined): ForwardSnapshot {
  const sorted = [...(actions ?? [])].sort((a, b) => (a.Order ?? 0) - (b.Order ?? 0));
  const forward = sorted.map(actionFacts).find((a) => a.type === "forward");
  return { forward: forward && { targetGroups: forward.targetGroups, stickiness: forward.stickiness }, actions: sorted };
}

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
