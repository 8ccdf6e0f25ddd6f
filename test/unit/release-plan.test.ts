import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseConfig } from "../../src/config/load.js";
import { InputError } from "../../src/errors.js";
import { greenTargetGroupName } from "../../src/release/naming.js";
import { planRelease } from "../../src/release/release-plan.js";
import { renderReleasePlan } from "../../src/release/render-plan.js";
import { toMarkdown, toText } from "../../src/report/report.js";

const example = (name: string) => parseConfig(readFileSync(join(import.meta.dirname, "../../examples", name), "utf8"), name, {}).config;

describe("planRelease on seed 004 (three ALBs)", () => {
  const config = example("spectate-three-albs.yml");
  const plan = planRelease(config, { release: "v2.4.0", services: [], image: undefined });

  it("plans green for every service and a route on each listener rule", () => {
    expect(plan.services.map((s) => s.name)).toEqual(["frontend", "event-management", "feed-football", "feed-tennis", "feed-basketball"]);
    expect(plan.routes.map((r) => `${r.loadBalancer} ${r.rule} ${r.service}`)).toEqual([
      "frontend default action frontend",
      "event-management default action event-management",
      "feed-normalizers rule priority 10 feed-football",
      "feed-normalizers rule priority 20 feed-tennis",
      "feed-normalizers rule priority 30 feed-basketball",
    ]);
  });

  it("names the ECS green service and a target group that fits AWS's 32 characters", () => {
    const ecs = plan.services.find((s) => s.type === "ecs");
    expect(ecs).toMatchObject({ blue: "event-management", green: "event-management-v2-4-0", cluster: "spectate" });
    expect(ecs && "targetGroup" in ecs ? ecs.targetGroup.length : 99).toBeLessThanOrEqual(32);
  });

  it("adds the header rules for early users", () => {
    expect(plan.routes[0]?.headerRules).toEqual([
      { header: "x-client-mode", values: ["green"], to: "green" },
      { header: "x-client-mode", values: ["blue"], to: "blue" },
    ]);
  });

  it("can be narrowed to some services, and refuses an unknown one", () => {
    const narrowed = planRelease(config, { release: "r1", services: ["feed-tennis"], image: undefined });
    expect(narrowed.services.map((s) => s.name)).toEqual(["feed-tennis"]);
    expect(narrowed.routes.map((r) => r.service)).toEqual(["feed-tennis"]);
    expect(() => planRelease(config, { release: "r1", services: ["nope"], image: undefined })).toThrow(InputError);
  });

  it("renders to text and Markdown with every stage", () => {
    const text = toText(renderReleasePlan(plan));
    for (const stage of ["1. migrate-db", "2. deploy-green", "3. verify", "4. switch-traffic (all-at-once)", "5. promote"]) {
      expect(text).toContain(stage);
    }
    expect(toMarkdown(renderReleasePlan(plan))).toContain("| feed-normalizers | spectate-feeds:80 | rule priority 20 | feed-tennis |");
  });
});

describe("planRelease on the search seeds", () => {
  it("000: Kafka-fed index gets a catch-up phase and a weighted read switch", () => {
    const plan = planRelease(example("spent-detail-kafka.yml"), { release: undefined, services: [], image: undefined });
    expect(plan.releaseNamed).toBe(false);
    expect(plan.search[0]?.phases.map((p) => p.phase)).toEqual(["create", "load", "catch-up", "switch-read", "switch-write", "cleanup"]);
    expect(plan.search[0]?.readAlias).toBe("read_spent_detail_dev");
  });

  it("003: index-fed reindex has no catch-up and one alias for both", () => {
    const plan = planRelease(example("classes-reindex.yml"), { release: "r", services: [], image: undefined });
    expect(plan.search[0]?.phases.map((p) => p.phase)).not.toContain("catch-up");
    expect([plan.search[0]?.readAlias, plan.search[0]?.writeAlias]).toEqual(["classes", "classes"]);
  });
});

describe("naming", () => {
  it("target group names stay within 32 characters and differ per release", () => {
    const a = greenTargetGroupName("a-very-long-service-name-x", "v1.0.0");
    const b = greenTargetGroupName("a-very-long-service-name-x", "v1.0.1");
    expect(a.length).toBeLessThanOrEqual(32);
    expect(a).not.toBe(b);
    expect(a).toMatch(/^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?$/);
  });
});
