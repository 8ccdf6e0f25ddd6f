import type { Config, LoadBalancer, Route, Service } from "../config/schema/index.js";
import { RefusedError } from "../errors.js";
import { greenResourceName } from "../release/naming.js";
import { serviceFilter } from "../release/service-selection.js";
import type {
  BackendFacts,
  ListenerFacts,
  LoadBalancerFacts,
  ObservedEstate,
  ObservedRoute,
  ObservedRule,
  ObservedTargetGroup,
  RuleFacts,
  TargetGroupFacts,
} from "../traffic/estate-facts.js";
import { readCutoverTags, TAG, type Tags } from "../traffic/tags.js";
import { AwsError, isAwsCode } from "./aws-call.js";
import type { Aws } from "./connect.js";
import { listenerLabel } from "./elb-facts.js";

/**
 * Reads, for every `loadBalancers[].routes[]` entry of the config, everything the estate model needs,
 * in as few calls as the APIs allow: load balancers by name in one batch, one DescribeListeners per
 * load balancer, one DescribeRules per listener, target groups by name then by ARN in batches, tags
 * of every rule and target group in batches of 20, DescribeTargetHealth per target group, ECS
 * services per cluster and ASGs in one batch, alarms in one call.
 *
 * Anything the config names that does not exist (load balancer, listener, rule, one of a pair of
 * target groups) is collected and reported together as a refusal (exit 3, nothing changed): the
 * route cannot even be read. A missing ECS service or ASG is only a note on the route, since after
 * promotions the configured original may legitimately be gone.
 */

export type EstateAdapters = Pick<Aws, "elb" | "containerServices" | "autoScalingGroups" | "alarms">;

export interface ReadEstateOptions {
  readonly region: string;
  /** Only routes of these services; empty reads them all. */
  readonly services: readonly string[];
}

interface RouteRef {
  readonly lb: LoadBalancer;
  readonly lbIndex: number;
  readonly route: Route;
  readonly routeIndex: number;
  readonly service: Service;
  readonly serviceIndex: number;
}

interface FoundListener {
  readonly loadBalancer: LoadBalancerFacts;
  readonly listener: ListenerFacts;
}

export async function readEstate(config: Config, aws: EstateAdapters, options: ReadEstateOptions): Promise<ObservedEstate> {
  const refs = routeRefs(config, options.services);
  const missing: string[] = [];
  const missingPairs: string[] = [];
  const elb = aws.elb.read;

  // the pairs' target groups do not depend on the listeners: read them meanwhile
  const pairsRead = resolvePairs(refs, elb, missingPairs);
  // awaited below; until then a failure must not count as unhandled if the listeners fail first
  pairsRead.catch(() => undefined);
  const listeners = await findListeners(refs, elb, missing);
  // one DescribeRules per listener, even when several config entries share it
  const owners = new Map<string, { listener: ListenerFacts; owner: string }>();
  for (const ref of refs) {
    const found = listeners.get(ref.lbIndex);
    if (found && !owners.has(found.listener.arn)) owners.set(found.listener.arn, { listener: found.listener, owner: ref.lb.name });
  }
  const rulesByListener = new Map(
    await Promise.all([...owners].map(async ([arn, { listener, owner }]) => [arn, await about(owner, elb.rules(listener))] as const)),
  );

  // the rules' tags first: a rule cutover moved to make room for header rules is found by the priority it had
  const ruleArns = [...rulesByListener.values()].flat().map((r) => r.arn);
  const ruleTags = await elb.tags(ruleArns);
  const routeRules = new Map<RouteRef, RuleFacts>();
  for (const ref of refs) {
    const found = listeners.get(ref.lbIndex);
    if (!found) continue;
    const rule = findRule(ref, rulesByListener.get(found.listener.arn) ?? [], found.listener, missing, (arn) => ruleTags.get(arn) ?? {});
    if (rule) routeRules.set(ref, rule);
  }

  const pairs = await pairsRead;
  missing.push(...missingPairs);
  if (missing.length > 0) {
    throw new RefusedError(
      `${missing.length} resource${missing.length === 1 ? "" : "s"} the config names ${missing.length === 1 ? "does" : "do"} not exist in AWS (${options.region})`,
      missing,
    );
  }

  // every target group a route forwards to or pairs with, described once
  const known = new Map<string, TargetGroupFacts>([...pairs.byArn]);
  const forwarded = [...routeRules.values()].flatMap((rule) => rule.actions.flatMap((a) => (a.type === "forward" ? a.targetGroups : [])));
  const undescribed = unique(forwarded.map((tg) => tg.arn)).filter((arn) => !known.has(arn));
  for (const [arn, facts] of await elb.targetGroupsByArn(undescribed)) known.set(arn, facts);
  const targetGroups = [...known.values()];

  const [tags, health, alarms] = await Promise.all([
    elb.tags(targetGroups.map((tg) => tg.arn)).then((found) => new Map([...found, ...ruleTags])),
    Promise.all(targetGroups.map(async (tg) => [tg.arn, await elb.targetHealth(tg)] as const)).then((entries) => new Map(entries)),
    config.traffic.alarms.length > 0 ? aws.alarms.states(config.traffic.alarms) : Promise.resolve([]),
  ]);
  // a standby that promote detached from the forward action is named only by the live side's tag
  const standbyArns = unique(targetGroups.flatMap((tg) => tags.get(tg.arn)?.[TAG.standby] ?? [])).filter((arn) => !known.has(arn));
  if (standbyArns.length > 0) {
    const standbys = [...(await elb.targetGroupsByArn(standbyArns)).values()];
    const [standbyTags, standbyHealth] = await Promise.all([
      elb.tags(standbys.map((tg) => tg.arn)),
      Promise.all(standbys.map(async (tg) => [tg.arn, await elb.targetHealth(tg)] as const)),
    ]);
    for (const tg of standbys) {
      known.set(tg.arn, tg);
      targetGroups.push(tg);
      tags.set(tg.arn, standbyTags.get(tg.arn) ?? {});
    }
    for (const [arn, targets] of standbyHealth) health.set(arn, targets);
  }
  const tagsOf = (arn: string): Tags => tags.get(arn) ?? {};
  const { backends, notes } = await readBackends(refs, routeRules, pairs.byRoute, tagsOf, aws);

  const observedTargetGroups: Record<string, ObservedTargetGroup> = {};
  for (const tg of targetGroups) {
    observedTargetGroups[tg.arn] = {
      targetGroup: tg,
      tags: tagsOf(tg.arn),
      targets: health.get(tg.arn) ?? [],
      backend: backends.get(tg.arn),
    };
  }

  const routes: ObservedRoute[] = refs.flatMap((ref) => {
    const found = listeners.get(ref.lbIndex);
    const rule = routeRules.get(ref);
    if (!found || !rule) return [];
    const withTags = (r: RuleFacts): ObservedRule => ({ ...r, tags: tagsOf(r.arn) });
    const headerRules = (rulesByListener.get(found.listener.arn) ?? []).filter((r) => {
      if (r.arn === rule.arn) return false;
      const t = readCutoverTags(tagsOf(r.arn));
      return t.project === config.project && t.service === ref.service.name;
    });
    return [
      {
        loadBalancer: ref.lb.name,
        service: ref.service.name,
        serviceType: ref.service.type,
        loadBalancerFacts: found.loadBalancer,
        listener: found.listener,
        rule: withTags(rule),
        pair: pairs.byRoute.get(ref),
        headerRules: headerRules.map(withTags),
        listenerPriorities: (rulesByListener.get(found.listener.arn) ?? []).flatMap((r) => (r.priority === "default" ? [] : [r.priority])),
        listenerRules: (rulesByListener.get(found.listener.arn) ?? []).map(withTags),
        notes: notes.get(ref) ?? [],
      },
    ];
  });

  return { project: config.project, region: options.region, routes, targetGroups: observedTargetGroups, alarms };
}

function routeRefs(config: Config, services: readonly string[]): RouteRef[] {
  const selected = serviceFilter(config, services);
  return config.loadBalancers.flatMap((lb, lbIndex) =>
    lb.routes.flatMap((route, routeIndex) => {
      const serviceIndex = config.services.findIndex((s) => s.name === route.service);
      const service = config.services[serviceIndex];
      return service && selected(service.name) ? [{ lb, lbIndex, route, routeIndex, service, serviceIndex }] : [];
    }),
  );
}

/** Listeners by the index of their `loadBalancers[]` entry. */
async function findListeners(
  refs: readonly RouteRef[],
  elb: EstateAdapters["elb"]["read"],
  missing: string[],
): Promise<Map<number, FoundListener>> {
  const entries = [...new Map(refs.map((r) => [r.lbIndex, r] as const)).values()];
  const out = new Map<number, FoundListener>();

  const byName = entries.flatMap((r) =>
    "loadBalancer" in r.lb.listener ? [{ ref: r, name: r.lb.listener.loadBalancer, port: r.lb.listener.port }] : [],
  );
  const albs = await elb.loadBalancersByName(unique(byName.map((e) => e.name)));
  const listenersOf = new Map<string, Promise<ListenerFacts[]>>();
  await Promise.all(
    byName.map(async ({ ref, name, port }) => {
      const where = `loadBalancers[${ref.lbIndex}] (${ref.lb.name}).listener`;
      const alb = albs.get(name);
      if (!alb) {
        missing.push(`${where}.loadBalancer: no load balancer named '${name}'`);
        return;
      }
      let pending = listenersOf.get(alb.arn);
      if (!pending) {
        pending = about(ref.lb.name, elb.listeners(alb));
        listenersOf.set(alb.arn, pending);
      }
      const all = await pending;
      const listener = all.find((l) => l.port === port);
      if (!listener) {
        const ports = all.map((l) => l.port).join(", ") || "none";
        missing.push(`${where}.port: load balancer '${name}' has no listener on port ${port} (its listeners: ${ports})`);
        return;
      }
      out.set(ref.lbIndex, { loadBalancer: alb, listener });
    }),
  );

  const byArn = entries.flatMap((r) => ("arn" in r.lb.listener ? [{ ref: r, arn: r.lb.listener.arn }] : []));
  if (byArn.length > 0) {
    const found = await elb.listenersByArn(unique(byArn.map((e) => e.arn)));
    const albsByArn = await elb.loadBalancersByArn(unique([...found.values()].map((l) => l.loadBalancerArn)));
    for (const { ref, arn } of byArn) {
      const listener = found.get(arn);
      const alb = listener && albsByArn.get(listener.loadBalancerArn);
      if (!listener || !alb) missing.push(`loadBalancers[${ref.lbIndex}] (${ref.lb.name}).listener.arn: no listener ${arn}`);
      else out.set(ref.lbIndex, { loadBalancer: alb, listener });
    }
  }
  return out;
}

function findRule(
  ref: RouteRef,
  rules: readonly RuleFacts[],
  listener: ListenerFacts,
  missing: string[],
  tagsOf: (arn: string) => Tags,
): RuleFacts | undefined {
  const where = `loadBalancers[${ref.lbIndex}] (${ref.lb.name}).routes[${ref.routeIndex}].rule`;
  const on = listenerLabel(listener);
  const wanted = ref.route.rule;
  if (wanted === "default") {
    const rule = rules.find((r) => r.priority === "default");
    if (!rule) missing.push(`${where}: listener ${on} reports no default rule`);
    return rule;
  }
  if ("priority" in wanted) {
    // moved up by cutover (headerRouting.makeRoom): its tag says where the config knows it; a header rule
    // that now holds that priority is not the route's rule
    const rule =
      rules.find((r) => tagsOf(r.arn)[TAG.originalPriority] === String(wanted.priority)) ??
      rules.find((r) => r.priority === wanted.priority && tagsOf(r.arn)[TAG.headerRule] === undefined);
    if (!rule) {
      const priorities = rules.flatMap((r) => (r.priority === "default" ? [] : [r.priority])).join(", ") || "none";
      missing.push(`${where}.priority: listener ${on} has no rule at priority ${wanted.priority} (its priorities: ${priorities})`);
    }
    return rule;
  }
  const rule = rules.find((r) => r.arn === wanted.arn);
  if (!rule) missing.push(`${where}.arn: listener ${on} has no rule ${wanted.arn}`);
  return rule;
}

/** The two target groups of each target-group service, by name or ARN as the config gives them. */
async function resolvePairs(
  refs: readonly RouteRef[],
  elb: EstateAdapters["elb"]["read"],
  missing: string[],
): Promise<{ byRoute: Map<RouteRef, readonly [string, string]>; byArn: Map<string, TargetGroupFacts> }> {
  const pairRefs = refs.flatMap((ref) => (ref.service.type === "target-group" ? [{ ref, pair: ref.service.targetGroups }] : []));
  const isArn = (s: string) => s.startsWith("arn:");
  const all = unique(pairRefs.flatMap((p) => [...p.pair]));
  const [byName, byArn] = await Promise.all([
    elb.targetGroupsByName(all.filter((s) => !isArn(s))),
    elb.targetGroupsByArn(all.filter(isArn)),
  ]);
  const lookup = (s: string) => (isArn(s) ? byArn.get(s) : byName.get(s));

  const byRoute = new Map<RouteRef, readonly [string, string]>();
  const described = new Map<string, TargetGroupFacts>();
  const reported = new Set<string>();
  for (const { ref, pair } of pairRefs) {
    const [a, b] = [lookup(pair[0]), lookup(pair[1])];
    pair.forEach((s, i) => {
      const key = `${ref.serviceIndex}:${i}`;
      if (!lookup(s) && !reported.has(key)) {
        reported.add(key);
        missing.push(
          `services[${ref.serviceIndex}] (${ref.service.name}).targetGroups[${i}]: no target group ${isArn(s) ? s : `named '${s}'`}`,
        );
      }
    });
    if (a && b) {
      byRoute.set(ref, [a.arn, b.arn]);
      described.set(a.arn, a).set(b.arn, b);
    }
  }
  return { byRoute, byArn: described };
}

/**
 * The ECS services and ASGs behind each route's target groups. Candidates are the configured blue
 * and the green that deploy-green names after each release found in the target groups' tags; the
 * match itself is by target group ARN, as the service or group lists it.
 */
async function readBackends(
  refs: readonly RouteRef[],
  routeRules: ReadonlyMap<RouteRef, RuleFacts>,
  pairs: ReadonlyMap<RouteRef, readonly [string, string]>,
  tagsOf: (arn: string) => Tags,
  aws: EstateAdapters,
): Promise<{ backends: Map<string, BackendFacts>; notes: Map<RouteRef, string[]> }> {
  const backends = new Map<string, BackendFacts>();
  const notes = new Map<RouteRef, string[]>();
  const note = (ref: RouteRef, text: string) => notes.set(ref, [...(notes.get(ref) ?? []), text]);

  const candidatesOf = (ref: RouteRef, base: string) => {
    const listed = [...(pairs.get(ref) ?? []), ...forwardArns(routeRules.get(ref))];
    const arns = [...listed, ...listed.flatMap((arn) => tagsOf(arn)[TAG.standby] ?? [])];
    const releases = arns.flatMap((arn) => readCutoverTags(tagsOf(arn)).release ?? []);
    return unique([base, ...releases.map((release) => greenResourceName(base, release))]);
  };
  const attach = (facts: BackendFacts) => {
    for (const arn of facts.targetGroupArns) backends.set(arn, facts);
  };

  const ecsRefs = refs.filter((r): r is RouteRef & { service: Extract<Service, { type: "ecs" }> } => r.service.type === "ecs");
  const clusters = unique(ecsRefs.map((r) => r.service.cluster));
  const asgRefs = refs.filter((r): r is RouteRef & { service: Extract<Service, { type: "asg" }> } => r.service.type === "asg");

  await Promise.all([
    ...clusters.map(async (cluster) => {
      const inCluster = ecsRefs.filter((r) => r.service.cluster === cluster);
      try {
        const found = await aws.containerServices.services(cluster, unique(inCluster.flatMap((r) => candidatesOf(r, r.service.service))));
        for (const facts of found.values()) if (facts.status !== "INACTIVE") attach(facts);
        for (const ref of inCluster) {
          const blue = found.get(ref.service.service);
          if (!blue || blue.status === "INACTIVE")
            note(ref, `services[${ref.serviceIndex}].service: no active ECS service '${ref.service.service}' in cluster '${cluster}'`);
        }
      } catch (error) {
        if (!isAwsCode(error, "ClusterNotFound")) throw error;
        for (const ref of inCluster) note(ref, `services[${ref.serviceIndex}].cluster: no ECS cluster '${cluster}'`);
      }
    }),
    (async () => {
      if (asgRefs.length === 0) return;
      const found = await aws.autoScalingGroups.groups(unique(asgRefs.flatMap((r) => candidatesOf(r, r.service.autoScalingGroup))));
      for (const facts of found.values()) attach(facts);
      for (const ref of asgRefs) {
        if (!found.has(ref.service.autoScalingGroup))
          note(ref, `services[${ref.serviceIndex}].autoScalingGroup: no Auto Scaling Group '${ref.service.autoScalingGroup}'`);
      }
    })(),
  ]);
  return { backends, notes };
}

function forwardArns(rule: RuleFacts | undefined): string[] {
  return (rule?.actions ?? []).flatMap((a) => (a.type === "forward" ? a.targetGroups.map((tg) => tg.arn) : []));
}

/** Names the config entry in an AWS error: `DescribeRules on feed-normalizers (spectate-feeds:80): ...`. */
async function about<T>(owner: string, pending: Promise<T>): Promise<T> {
  try {
    return await pending;
  } catch (error) {
    throw error instanceof AwsError && owner !== "" ? error.about(owner) : error;
  }
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}
