import { describe, expect, it } from "vitest";
import { isScalar, parseDocument, visit } from "yaml";
import { parseConfig } from "../../src/config/load.js";
import type { Config } from "../../src/config/schema/index.js";
import { InputError } from "../../src/errors.js";

/**
 * Numbers and true/false from the environment: `${VAR}` always yields text, and a number field reads
 * text that is a number as that number. Text that is not one stays exit 2 naming the key, and the
 * message does not quote the value (it came from the environment and may be a secret).
 */

const routed = (rule: string, extra = "") => `
version: 1
project: shop
aws: { region: eu-west-1 }
services:
  - { name: web, type: ecs, cluster: c, service: web, containerName: app, containerPort: 8080 }
loadBalancers:
  - name: main
    listener: { loadBalancer: shop-alb, port: 443 }
    routes:
      - service: web
        rule:
          priority: ${rule}
${extra}`;

function load(text: string, env: Record<string, string> = {}): Config {
  try {
    return parseConfig(text, "cutover.yml", env).config;
  } catch (error) {
    // the problems say more than the summary when a config meant to be valid is not
    if (error instanceof InputError) throw new Error(error.problems.join("\n"), { cause: error });
    throw error;
  }
}

/** The problems of an invalid config (exit 2); fails the test when it is valid. */
function problemsOf(text: string, env: Record<string, string> = {}): readonly string[] {
  try {
    parseConfig(text, "cutover.yml", env);
  } catch (error) {
    if (error instanceof InputError) return error.problems;
    throw error;
  }
  throw new Error("the config was valid");
}

const priorityOf = (config: Config) => config.loadBalancers[0]?.routes[0]?.rule;

describe("numbers from the environment", () => {
  it("a rule priority: priority: ${P}", () => {
    expect(priorityOf(load(routed("${P}"), { P: "10" }))).toEqual({ priority: 10 });
  });

  it("a linear increment: increment: ${STEP}", () => {
    const config = load(routed("10", "traffic:\n  strategy: linear\n  increment: ${STEP}\n"), { STEP: "20" });
    expect(config.traffic.increment).toBe(20);
  });

  it("thresholds, fractions included: a latency ratio, an overlap, a count difference", () => {
    const search = `
search:
  engine: elasticsearch
  url: http://search:9200
  indices:
    - name: classes
      source: { type: index }
      validation:
        maxLatencyRatio: \${RATIO}
        minOverlap: \${OVERLAP}
        maxCountDifference: \${DIFF}
`;
    const validation = load(routed("10", search), { RATIO: "1.5", OVERLAP: "90", DIFF: "0.5" }).search?.indices[0]?.validation;
    expect(validation).toMatchObject({ maxLatencyRatio: 1.5, minOverlap: 90, maxCountDifference: 0.5 });
  });

  it("a default: ${P:-10}", () => {
    expect(priorityOf(load(routed("${P:-10}")))).toEqual({ priority: 10 });
    expect(priorityOf(load(routed("${P:-10}"), { P: "20" }))).toEqual({ priority: 20 });
  });

  it("as YAML reads a number written in place: signs, fractions and exponents, surrounding spaces ignored", () => {
    expect(priorityOf(load(routed("${P}"), { P: " 10 " }))).toEqual({ priority: 10 });
    expect(priorityOf(load(routed("${P}"), { P: "1e3" }))).toEqual({ priority: 1000 });
    expect(priorityOf(load(routed("${P}"), { P: "+7" }))).toEqual({ priority: 7 });
  });

  it("text that is no number is exit 2 naming the key, without the value", () => {
    for (const value of ["abc", "ninety", "0x10", ".inf", "1_000", "10 20", "10abc"]) {
      const problems = problemsOf(routed("${P}"), { P: value });
      expect(problems, value).toEqual(["loadBalancers[0].routes[0].rule.priority: must be a whole number 1..50000"]);
      expect(problems.join("\n"), value).not.toContain(value);
    }
    expect(problemsOf(routed("${P:-}"))).toEqual(["loadBalancers[0].routes[0].rule.priority: must be a whole number 1..50000"]);
  });

  it("a number out of range is refused by the field's own bounds, as if written in place", () => {
    expect(problemsOf(routed("${P}"), { P: "0" })).toEqual(["loadBalancers[0].routes[0].rule.priority: must be 1..50000"]);
    expect(problemsOf(routed("${P}"), { P: "2.5" })).toEqual(["loadBalancers[0].routes[0].rule.priority: must be a whole number 1..50000"]);
    const steps = "traffic:\n  strategy: canary\n  steps: [10, '${LAST}']\n";
    expect(problemsOf(routed("10", steps), { LAST: "500" })).toEqual(["traffic.steps[1]: must be 1..100"]);
  });

  it("an unset variable is still reported as unset, not as a bad number", () => {
    expect(problemsOf(routed("${P}"))).toEqual(["loadBalancers[0].routes[0].rule.priority: environment variable P is not set"]);
  });

  it("a quoted number in the file is read the same way: '${P}' in a flow mapping, and a literal '10'", () => {
    const flow = routed("10").replace("rule:\n          priority: 10", `rule: { priority: "\${P}" }`);
    expect(priorityOf(load(flow, { P: "30" }))).toEqual({ priority: 30 });
    expect(priorityOf(load(routed('"10"')))).toEqual({ priority: 10 });
  });

  it("only number fields read text as a number: a name made of digits stays text", () => {
    const kafka = "kafka:\n  brokers: [b:9092]\n  clientId: ${CLIENT}\n";
    expect(load(routed("10", kafka), { CLIENT: "12345" }).kafka?.clientId).toBe("12345");
  });
});

describe("durations and true/false from the environment", () => {
  it("a duration: bakeTime: ${BAKE}, in seconds or with a unit", () => {
    const traffic = "traffic:\n  bakeTime: ${BAKE}\n";
    expect(load(routed("10", traffic), { BAKE: "300" }).traffic.bakeTime).toBe(300_000);
    expect(load(routed("10", traffic), { BAKE: "5m" }).traffic.bakeTime).toBe(300_000);
  });

  it("true/false as YAML spells them", () => {
    const route = (value: string) =>
      routed("10").replace("          priority: 10\n", `          priority: 10\n        headerRouting: ${value}\n`);
    expect(load(route("${HR}"), { HR: "false" }).loadBalancers[0]?.routes[0]?.headerRouting).toBe(false);
    expect(load(route("${HR}"), { HR: "TRUE" }).loadBalancers[0]?.routes[0]?.headerRouting).toBe(true);
    expect(load(routed("10", "kafka:\n  brokers: [b:9092]\n  ssl: ${SSL}\n"), { SSL: "true" }).kafka?.ssl).toBe(true);
    expect(problemsOf(route("${HR}"), { HR: "maybe" })).toEqual(["loadBalancers[0].routes[0].headerRouting: must be true or false"]);
    expect(problemsOf(route("${HR}"), { HR: "1" })).toEqual(["loadBalancers[0].routes[0].headerRouting: must be true or false"]);
  });
});

/** A config with every number and true/false field of the schema set. */
const EVERY_SCALAR = `
version: 1
project: shop
aws: { region: eu-west-1 }
services:
  - name: web
    type: ecs
    cluster: c
    service: web
    containerName: app
    containerPort: 8080
    desiredCount: 3
    targetGroup: { port: 8081, deregistrationDelay: 30 }
    readyTimeout: 600
  - name: batch
    type: asg
    autoScalingGroup: batch
    capacity: { min: 1, max: 4, desired: 2 }
  - name: feed
    type: target-group
    targetGroups: [feed-a, feed-b]
    minHealthyTargets: 2
loadBalancers:
  - name: main
    listener: { loadBalancer: shop-alb, port: 443 }
    routes:
      - { service: web, rule: { priority: 10 }, headerRouting: true }
      - { service: batch, rule: { priority: 20 }, headerRouting: false }
      - { service: feed, rule: { priority: 30 } }
headerRouting:
  priorities: { green: 5, blue: 6 }
traffic:
  strategy: canary
  steps: [10, { weight: 50, bake: 60 }, 100]
  bakeTime: 120
  stickiness: { enabled: true, duration: 3600 }
  standby: 86400
kafka:
  brokers: [b:9092]
  ssl: false
search:
  engine: elasticsearch
  url: http://search:9200
  indices:
    - name: classes
      source: { type: index, slices: 4 }
      readWeight: 50
      validation: { maxCountDifference: 0.5, topK: 5, minOverlap: 70, maxLatencyRatio: 1.5, latencySamples: 10, maxErrors: 1 }
      retention: 604800
    - name: spent
      source:
        type: kafka
        fullTopic: f
        incrementalTopic: i
        versionField: v
        batchSize: 500
        concurrency: 2
        catchUp: { rewind: 60, maxLag: 100, maxRounds: 5 }
verify:
  timeout: 5
  retries: 1
  checks:
    - { name: health, path: /health, expect: { status: [200, 204] }, retries: 3, timeout: 2 }
database:
  url: postgresql://app:a-long-password@db:5432/app
  timeout: 900
  lockTimeout: 10
  statementTimeout: 0
`;

describe("every number and true/false field", () => {
  it("reads its value from ${VAR} exactly as written in place", () => {
    const document = parseDocument(EVERY_SCALAR);
    const env: Record<string, string> = {};
    visit(document, {
      Pair(_, pair) {
        // `version` is the file format's marker, not a setting
        if (isScalar(pair.key) && pair.key.value === "version") return visit.SKIP;
        return undefined;
      },
      Scalar(key, node) {
        if (key === "key" || (typeof node.value !== "number" && typeof node.value !== "boolean")) return;
        const name = `V${Object.keys(env).length}`;
        env[name] = String(node.value);
        node.value = `\${${name}}`;
      },
    });
    expect(Object.keys(env).length).toBeGreaterThan(45);
    const fromEnv = document.toString();
    expect(load(fromEnv, env)).toEqual(load(EVERY_SCALAR));
  });
});
