import type { Config, LoadBalancer, Route, SearchIndexConfig, Service } from "../config/schema/index.js";
import { planTrafficSteps, type TrafficStep } from "../traffic/step-plan.js";
import { greenResourceName, greenTargetGroupName } from "./naming.js";
import { serviceFilter } from "./service-selection.js";

/**
 * What a whole release would do, computed from the config alone. `cutover plan` prints it; each
 * stage command later refines its own part with the state it reads back from AWS and the engines.
 */
export interface ReleasePlan {
  readonly project: string;
  readonly release: string;
  readonly releaseNamed: boolean;
  readonly database: DatabaseStage | undefined;
  readonly services: readonly GreenService[];
  readonly routes: readonly RouteStage[];
  readonly traffic: { readonly strategy: string; readonly steps: readonly TrafficStep[]; readonly stickinessMs: number | undefined };
  readonly search: readonly IndexStage[];
}

export interface DatabaseStage {
  readonly schema: string;
  readonly command: readonly string[];
  readonly safety: "enforce" | "warn" | "off";
}

export type GreenService =
  | {
      readonly type: "ecs";
      readonly name: string;
      readonly cluster: string;
      readonly blue: string;
      readonly green: string;
      readonly image: string | undefined;
      readonly desiredCount: number | "match-blue";
      readonly targetGroup: string;
    }
  | {
      readonly type: "asg";
      readonly name: string;
      readonly blue: string;
      readonly green: string;
      readonly capacity: string;
      readonly targetGroup: string;
    }
  | { readonly type: "target-group"; readonly name: string; readonly pair: readonly [string, string]; readonly minHealthyTargets: number };

export interface RouteStage {
  readonly loadBalancer: string;
  readonly listener: string;
  readonly rule: string;
  readonly service: string;
  /** Header rules added for early users, when configured. */
  readonly headerRules: readonly { readonly header: string; readonly values: readonly string[]; readonly to: "green" | "blue" }[];
}

export interface IndexStage {
  readonly name: string;
  readonly readAlias: string;
  readonly writeAlias: string;
  readonly source: string;
  readonly phases: readonly { readonly phase: string; readonly does: string }[];
}

export interface PlanOptions {
  readonly release: string | undefined;
  readonly services: readonly string[];
  readonly image: string | undefined;
}

export function planRelease(config: Config, options: PlanOptions): ReleasePlan {
  const selected = serviceFilter(config, options.services);
  const release = options.release ?? "next";

  return {
    project: config.project,
    release,
    releaseNamed: options.release !== undefined,
    database: config.database && {
      schema: config.database.schema,
      command: config.database.prisma.command,
      safety: config.database.safety.mode,
    },
    services: config.services.filter((s) => selected(s.name)).map((s) => greenService(s, release, options.image)),
    routes: config.loadBalancers.flatMap((lb) => lb.routes.filter((r) => selected(r.service)).map((r) => routeStage(config, lb, r))),
    traffic: {
      strategy: config.traffic.strategy,
      steps: planTrafficSteps(config.traffic),
      stickinessMs: config.traffic.stickiness?.enabled ? config.traffic.stickiness.duration : undefined,
    },
    search: (config.search?.indices ?? []).map(indexStage),
  };
}

function greenService(service: Service, release: string, image: string | undefined): GreenService {
  switch (service.type) {
    case "ecs":
      return {
        type: "ecs",
        name: service.name,
        cluster: service.cluster,
        blue: service.service,
        green: greenResourceName(service.service, release),
        image: image ?? service.image,
        desiredCount: service.desiredCount,
        targetGroup: greenTargetGroupName(service.name, release),
      };
    case "asg":
      return {
        type: "asg",
        name: service.name,
        blue: service.autoScalingGroup,
        green: greenResourceName(service.autoScalingGroup, release),
        capacity:
          service.capacity === "match-blue"
            ? "match-blue"
            : `min ${service.capacity.min}, desired ${service.capacity.desired}, max ${service.capacity.max}`,
        targetGroup: greenTargetGroupName(service.name, release),
      };
    case "target-group":
      return { type: "target-group", name: service.name, pair: service.targetGroups, minHealthyTargets: service.minHealthyTargets };
  }
}

export function describeListener(lb: LoadBalancer): string {
  return "arn" in lb.listener ? lb.listener.arn : `${lb.listener.loadBalancer}:${lb.listener.port}`;
}

export function describeRule(route: Route): string {
  if (route.rule === "default") return "default action";
  return "priority" in route.rule ? `rule priority ${route.rule.priority}` : route.rule.arn;
}

function routeStage(config: Config, lb: LoadBalancer, route: Route): RouteStage {
  const header = config.headerRouting;
  const headerRules =
    header && route.headerRouting
      ? [
          { header: header.header, values: header.green, to: "green" as const },
          ...(header.blue.length > 0 ? [{ header: header.header, values: header.blue, to: "blue" as const }] : []),
        ]
      : [];
  return { loadBalancer: lb.name, listener: describeListener(lb), rule: describeRule(route), service: route.service, headerRules };
}

function indexStage(index: SearchIndexConfig): IndexStage {
  const { read, write } = index.aliases;
  const source =
    index.source.type === "index"
      ? `reindex from ${index.source.index ?? `the index behind ${read}`}${index.source.script ? " with a script" : ""}`
      : `Kafka: full load from ${index.source.fullTopic}, catch-up from ${index.source.incrementalTopic}`;
  const phases = [
    {
      phase: "create",
      does: `create ${index.name}_<timestamp>${index.mappings ? ` with mappings from ${index.mappings}` : ""}, bulk-load settings`,
    },
    {
      phase: "load",
      does:
        index.source.type === "index"
          ? `_reindex from ${index.source.index ?? read}${index.source.script ? " (script applied)" : ""}`
          : `read ${index.source.fullTopic} from the beginning to its end offsets`,
    },
    ...(index.source.type === "kafka"
      ? [{ phase: "catch-up", does: `replay ${index.source.incrementalTopic} from the offsets taken when the load began until caught up` }]
      : []),
    {
      phase: "switch-read",
      does:
        index.readWeight === 100 ? `move ${read} to the new index` : `send ${index.readWeight}% of searches on ${read} to the new index`,
    },
    {
      phase: "switch-write",
      does: `move ${write} to the new index (${index.writeSwitch === "auto" ? "automatically once validation passes" : "on request"})`,
    },
    { phase: "cleanup", does: `delete the old index once it has been out of use for the retention period` },
  ];
  return { name: index.name, readAlias: read, writeAlias: write, source, phases };
}
