/**
 * Header routing rules against the stack's moto server, on seed 002's Kie Server estate (default
 * action of alb-ks) and seed 004's feed normalizers (path rules at 10, 20, 30), in a moto account of
 * this file's own. The real adapters write; the estate reader and model read back. A green target
 * group made here stands in for the one deploy-green creates.
 */
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { AwsCalls } from "../../src/aws/aws-call.js";
import { awsSettings, connectAws, type Aws } from "../../src/aws/connect.js";
import { readEstate } from "../../src/aws/estate-reader.js";
import { ensureHeaderRules } from "../../src/aws/header-rule-writer.js";
import { loadConfig } from "../../src/config/load.js";
import type { Config } from "../../src/config/schema/index.js";
import { modelEstate, type RouteState } from "../../src/traffic/estate.js";
import { planHeaderRulesForRoutes, type HeaderRuleTargets } from "../../src/traffic/header-rules/index.js";
import { createTargetGroup } from "../support/aws/aws-clients.js";
import { buildKieEstate, buildSpectateEstate, fixtureAccount } from "../support/aws/index.js";
import { KIE_HEALTH_PATH } from "../support/aws/kie-estate.js";
import { requireStack } from "./stack-env.js";

const examples = join(import.meta.dirname, "../../examples");
const MUTATING = ["CreateRule", "ModifyRule", "SetRulePriorities", "AddTags"].map((a) => `elasticloadbalancing:${a}`);

function lazy<T>(build: () => Promise<T>): { get(): Promise<T>; built(): Promise<T | undefined> } {
  let pending: Promise<T> | undefined;
  return { get: () => (pending ??= build()), built: async () => pending?.catch(() => undefined) };
}

const stack = requireStack("moto");
const account = lazy(() => fixtureAccount(stack.awsEndpoint));
const kie = lazy(async () => buildKieEstate((await account.get()).aws));
const spectate = lazy(async () => buildSpectateEstate((await account.get()).aws));
afterAll(async () => (await account.built())?.aws.destroy());

/** The example config, cutover's own adapters on a fresh call counter, and the estate as modelled. */
async function session(example: string): Promise<{ config: Config; aws: Aws; read(): Promise<readonly RouteState[]> }> {
  const { env } = await account.get();
  const { config } = await loadConfig(join(examples, example), env);
  const settings = awsSettings(config.aws, env);
  const aws = connectAws(settings, new AwsCalls());
  const read = async () => modelEstate(await readEstate(config, aws, { region: settings.region, services: [] })).routes;
  return { config, aws, read };
}

/** Plans and applies header rules for every route; returns the report and the calls the writing made. */
async function ensure(
  example: string,
  release: string,
  targetsOf: (route: RouteState) => HeaderRuleTargets,
  only: (route: RouteState) => boolean = () => true,
) {
  const { config, aws, read } = await session(example);
  try {
    const routes = (await read()).filter(only);
    const plans = planHeaderRulesForRoutes(
      config,
      routes.map((route) => ({ route, targets: targetsOf(route) })),
      release,
    );
    const before = aws.calls.byAction();
    const report = await ensureHeaderRules(aws.elb, plans);
    const after = aws.calls.byAction();
    const made = Object.fromEntries(
      Object.entries(after).flatMap(([action, n]) => (n - (before[action] ?? 0) > 0 ? [[action, n - (before[action] ?? 0)]] : [])),
    );
    const mutating = MUTATING.reduce((sum, action) => sum + (made[action] ?? 0), 0);
    return { plans, report, made, mutating };
  } finally {
    aws.close();
  }
}

async function readRoutes(example: string): Promise<readonly RouteState[]> {
  const { aws, read } = await session(example);
  try {
    return await read();
  } finally {
    aws.close();
  }
}

/** What a person checks on a header rule read back through the estate model. */
function headerRows(route: RouteState) {
  return route.headerRules
    .map((h) => ({
      priority: h.priority,
      colour: h.colour,
      role: h.role,
      release: h.release,
      header: h.header,
      conditions: h.conditions.filter((c) => c.field !== "http-header"),
      to: h.action?.type === "forward" ? h.action.targetGroups.map((tg) => tg.arn) : h.action?.type,
    }))
    .sort((a, b) => Number(a.priority) - Number(b.priority));
}

describe("header rules on seed 002's estate (Kie Server, default action of alb-ks)", () => {
  it("creates the pair, reads it back with colours, changes nothing on a rerun, and repoints green with one ModifyRule", async () => {
    const built = await kie.get();
    const { aws: fixture } = await account.get();
    const greenV2 = await createTargetGroup(fixture, built.network, "kie-server-v2", {
      port: 8080,
      targetType: "instance",
      healthCheckPath: KIE_HEALTH_PATH,
    });
    const to = (green: string) => (): HeaderRuleTargets => ({
      green: { targetGroupArn: green },
      blue: { targetGroupArn: built.targetGroupArn },
    });

    const first = await ensure("kie-server-asg.yml", "v2", to(greenV2));
    expect(first.report.rows.map((r) => [r.route, r.header, r.values, r.priority, r.target, r.action])).toEqual([
      ["alb-ks default action", "x-client-mode", "green", 1, "kie-server-v2", "created"],
      ["alb-ks default action", "x-client-mode", "blue", 2, "kie-server", "created"],
    ]);
    // two creates, then one read back of both rules and their tags
    expect(first.made).toEqual({
      "elasticloadbalancing:CreateRule": 2,
      "elasticloadbalancing:DescribeRules": 1,
      "elasticloadbalancing:DescribeTags": 1,
    });

    const [route] = await readRoutes("kie-server-asg.yml");
    expect(route?.phase).toBe("no-green"); // header rules do not touch the default action's weights
    expect(route && headerRows(route)).toEqual([
      {
        priority: 1,
        colour: "green",
        role: "green",
        release: "v2",
        header: { name: "x-client-mode", values: ["green"] },
        conditions: [],
        to: [greenV2],
      },
      {
        priority: 2,
        colour: "blue",
        role: "blue",
        release: "v2",
        header: { name: "x-client-mode", values: ["blue"] },
        conditions: [],
        to: [built.targetGroupArn],
      },
    ]);

    const again = await ensure("kie-server-asg.yml", "v2", to(greenV2));
    expect(again.report.rows.map((r) => r.action)).toEqual(["kept", "kept"]);
    expect(again.mutating).toBe(0);
    expect(again.made).toEqual({});

    // the same release's green replaced by another target group: one ModifyRule, nothing else
    const greenV2b = await createTargetGroup(fixture, built.network, "kie-server-v2b", {
      port: 8080,
      targetType: "instance",
      healthCheckPath: KIE_HEALTH_PATH,
    });
    const repointed = await ensure("kie-server-asg.yml", "v2", to(greenV2b));
    expect(repointed.made["elasticloadbalancing:ModifyRule"]).toBe(1);
    expect(repointed.mutating).toBe(1);
    expect(repointed.report.rows.map((r) => [r.priority, r.target, r.action, r.detail])).toEqual([
      [1, "kie-server-v2b", "modified", "forwards to kie-server-v2, wanted kie-server-v2b"],
      [2, "kie-server", "kept", undefined],
    ]);

    // the next release: the same two rules, green repointed and both retagged, never a second pair
    const greenV3 = await createTargetGroup(fixture, built.network, "kie-server-v3", {
      port: 8080,
      targetType: "instance",
      healthCheckPath: KIE_HEALTH_PATH,
    });
    const next = await ensure("kie-server-asg.yml", "v3", to(greenV3));
    expect(next.made).toMatchObject({ "elasticloadbalancing:ModifyRule": 1, "elasticloadbalancing:AddTags": 2 });
    expect(next.made["elasticloadbalancing:CreateRule"]).toBeUndefined();
    const [after] = await readRoutes("kie-server-asg.yml");
    expect(after && headerRows(after).map((h) => [h.priority, h.role, h.release, h.to])).toEqual([
      [1, "green", "v3", [greenV3]],
      [2, "blue", "v3", [built.targetGroupArn]],
    ]);
  });
});

describe("header rules on seed 004's feed normalizers (path rules at 10, 20, 30)", () => {
  it("puts each pair just before its rule with the rule's path, and a rerun changes nothing", async () => {
    await spectate.get();
    const sides = (route: RouteState): HeaderRuleTargets => ({
      // the pair's idle member stands in for green, as deploy-green finds it for target-group services
      green: { targetGroupArn: route.green?.arn ?? "" },
      blue: { targetGroupArn: route.blue?.arn ?? "" },
    });
    const onFeeds = async () => (await readRoutes("spectate-three-albs.yml")).filter((r) => r.loadBalancer === "feed-normalizers");

    // event-management has no green until deploy-green makes one; the feeds are what this is about
    const feeds = (route: RouteState) => route.loadBalancer === "feed-normalizers";
    const first = await ensure("spectate-three-albs.yml", "v2.4.0", sides, feeds);
    expect(first.report.rows.map((r) => [r.route, r.values, r.priority, r.target, r.action])).toEqual([
      ["feed-normalizers rule 10", "green", 9, "feed-football-b", "created"],
      ["feed-normalizers rule 10", "blue", 8, "feed-football-a", "created"],
      ["feed-normalizers rule 20", "green", 19, "feed-tennis-b", "created"],
      ["feed-normalizers rule 20", "blue", 18, "feed-tennis-a", "created"],
      ["feed-normalizers rule 30", "green", 29, "feed-basketball-a", "created"],
      ["feed-normalizers rule 30", "blue", 28, "feed-basketball-b", "created"],
    ]);

    const routes = await onFeeds();
    for (const [i, sport] of ["football", "tennis", "basketball"].entries()) {
      const route = routes.find((r) => r.service === `feed-${sport}`);
      expect(route?.rule.priority).toBe((i + 1) * 10);
      expect(route && headerRows(route).map((h) => [h.priority, h.colour, h.conditions, h.header?.values])).toEqual([
        [(i + 1) * 10 - 2, "blue", [{ field: "path-pattern", values: [`/${sport}/*`] }], ["blue"]],
        [(i + 1) * 10 - 1, "green", [{ field: "path-pattern", values: [`/${sport}/*`] }], ["green"]],
      ]);
      // the rules the estate reader sees on the listener now include the header rules
      expect(route?.listenerPriorities).toEqual(expect.arrayContaining([8, 9, 10, 18, 19, 20, 28, 29, 30]));
    }

    const again = await ensure("spectate-three-albs.yml", "v2.4.0", sides, feeds);
    expect(again.mutating).toBe(0);
    expect(again.report.rows.every((r) => r.action === "kept")).toBe(true);
  });
});
