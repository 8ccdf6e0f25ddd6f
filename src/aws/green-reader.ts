import type { Config, Service } from "../config/schema/index.js";
import type { AsgDeployFacts, DeployFacts, EcsDeployFacts, NamedTargetGroup } from "../deploy/deploy-facts.js";
import { greenTargetGroupNames } from "../deploy/green-plan/index.js";
import { greenResourceName } from "../release/naming.js";
import type { RouteState } from "../traffic/estate.js";
import type { Aws } from "./connect.js";

/**
 * What deploy-green needs beyond the estate model: blue's ECS service and task definition or Auto
 * Scaling Group in full (to copy them), and whatever green this release already has, found by the
 * names deploy-green gives it: one DescribeServices per cluster, one DescribeAutoScalingGroups, the
 * green target groups by name with their tags, and the task definitions involved.
 */
export async function readDeployFacts(
  config: Config,
  routes: readonly RouteState[],
  release: string,
  aws: Pick<Aws, "elb" | "containerServices" | "autoScalingGroups">,
): Promise<DeployFacts> {
  const routed = config.services.filter((s) => routes.some((r) => r.service === s.name));
  const ecs = routed.filter((s): s is Extract<Service, { type: "ecs" }> => s.type === "ecs");
  const asg = routed.filter((s): s is Extract<Service, { type: "asg" }> => s.type === "asg");
  /** The service or group behind the blue target group: after a promotion, no longer the configured one. */
  const blueName = (service: string, configured: string) =>
    routes.find((r) => r.service === service && r.blue?.backend)?.blue?.backend?.name ?? configured;

  const names = [...ecs, ...asg].flatMap((s) =>
    greenTargetGroupNames(
      s.name,
      routes.filter((r) => r.service === s.name),
      release,
    ).map((n) => n.name),
  );

  const [ecsFacts, asgFacts, targetGroups] = await Promise.all([
    readEcs(ecs, blueName, release, aws.containerServices),
    readAsg(asg, blueName, release, aws.autoScalingGroups),
    (async () => {
      const found = await aws.elb.read.targetGroupsByName(names);
      const tags = found.size > 0 ? await aws.elb.read.tags([...found.values()].map((tg) => tg.arn)) : new Map();
      return new Map<string, NamedTargetGroup>([...found].map(([name, facts]) => [name, { facts, tags: tags.get(facts.arn) ?? {} }]));
    })(),
  ]);
  return { ecs: ecsFacts, asg: asgFacts, targetGroups };
}

async function readEcs(
  services: readonly Extract<Service, { type: "ecs" }>[],
  blueName: (service: string, configured: string) => string,
  release: string,
  ecs: Aws["containerServices"],
): Promise<Map<string, EcsDeployFacts>> {
  const out = new Map<string, EcsDeployFacts>();
  const clusters = [...new Set(services.map((s) => s.cluster))];
  await Promise.all(
    clusters.map(async (cluster) => {
      const inCluster = services.filter((s) => s.cluster === cluster);
      const specs = await ecs.serviceSpecs(
        cluster,
        inCluster.flatMap((s) => [blueName(s.name, s.service), greenResourceName(s.service, release)]),
      );
      await Promise.all(
        inCluster.map(async (s) => {
          const blue = specs.get(blueName(s.name, s.service));
          const green = specs.get(greenResourceName(s.service, release));
          const live = green?.facts.status === "INACTIVE" ? undefined : green;
          const blueTaskDefinition = blue?.facts.taskDefinition ? await ecs.taskDefinition(blue.facts.taskDefinition) : undefined;
          // without a green service, the family's latest revision may be one an interrupted run registered
          const greenRef = live?.facts.taskDefinition ?? blueTaskDefinition?.family;
          const greenTaskDefinition = greenRef ? await ecs.taskDefinition(greenRef) : undefined;
          out.set(s.name, { blue, blueTaskDefinition, green: live, greenTaskDefinition });
        }),
      );
    }),
  );
  return out;
}

async function readAsg(
  services: readonly Extract<Service, { type: "asg" }>[],
  blueName: (service: string, configured: string) => string,
  release: string,
  groups: Aws["autoScalingGroups"],
): Promise<Map<string, AsgDeployFacts>> {
  if (services.length === 0) return new Map();
  const specs = await groups.groupSpecs(
    services.flatMap((s) => [blueName(s.name, s.autoScalingGroup), greenResourceName(s.autoScalingGroup, release)]),
  );
  return new Map(
    services.map((s) => [
      s.name,
      { blue: specs.get(blueName(s.name, s.autoScalingGroup)), green: specs.get(greenResourceName(s.autoScalingGroup, release)) },
    ]),
  );
}
