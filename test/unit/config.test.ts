import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseConfig } from "../../src/config/load.js";
import { InputError } from "../../src/errors.js";

const minimal = `
version: 1
project: shop
aws: { region: eu-west-1 }
services:
  - { name: web, type: ecs, cluster: c, service: web, containerName: app, containerPort: 8080 }
loadBalancers:
  - name: main
    listener: { loadBalancer: shop-alb, port: 443 }
    routes: [ { service: web } ]
`;

/** Parses and returns the problems, or [] when valid. */
function problemsOf(text: string, env: Record<string, string> = {}): string[] {
  try {
    parseConfig(text, "cutover.yml", env);
    return [];
  } catch (error) {
    if (error instanceof InputError) return [...error.problems];
    throw error;
  }
}

const withTraffic = (traffic: string) => `${minimal}\ntraffic:\n${traffic}`;

describe("example configs", () => {
  const dir = join(import.meta.dirname, "../../examples");
  const files = readdirSync(dir).filter((f) => f.endsWith(".yml"));

  it("there is one per seed system", () => {
    expect(files.sort()).toEqual(["classes-reindex.yml", "kie-server-asg.yml", "spectate-three-albs.yml", "spent-detail-kafka.yml"]);
  });

  it.each(files)("%s is valid with an empty environment", (file) => {
    expect(problemsOf(readFileSync(join(dir, file), "utf8"))).toEqual([]);
  });
});

describe("validation errors name the key path", () => {
  it("database.safety.allow names rules the linter knows", () => {
    const config = (allow: string) => `version: 1\nproject: p\ndatabase:\n  schema: s.prisma\n  safety: { allow: ${allow} }\n`;
    expect(problemsOf(config("[drop-column, 20260101000000_x/rename-column]")).filter((p) => p.includes("allow"))).toEqual([]);
    expect(problemsOf(config("[drop-colum]"))).toContainEqual(
      expect.stringMatching(/^database\.safety\.allow\[0\]: unknown rule 'drop-colum' \(rules: drop-table, drop-column/),
    );
    expect(problemsOf(config("[/drop-column]"))).toContainEqual(
      "database.safety.allow[0]: a '<migration>/<rule>' entry needs the migration's folder name",
    );
  });

  it("a step weight out of range", () => {
    expect(problemsOf(withTraffic("  strategy: canary\n  steps: [10, 50, 300]"))).toContain("traffic.steps[2]: must be 1..100");
  });

  it("steps that do not increase", () => {
    expect(problemsOf(withTraffic("  strategy: canary\n  steps: [10, 50, 40]"))).toContain(
      "traffic.steps[2]: must be greater than the step before it (50)",
    );
  });

  it("canary without steps, steps without canary", () => {
    expect(problemsOf(withTraffic("  strategy: canary"))).toContain("traffic.steps: canary needs steps, e.g. [10, 50, 100]");
    expect(problemsOf(withTraffic("  strategy: linear\n  increment: 20\n  steps: [50]"))).toContain(
      "traffic.steps: steps only apply to the canary strategy (strategy is linear)",
    );
    expect(problemsOf(withTraffic("  strategy: linear"))).toContain("traffic.increment: linear needs an increment, e.g. 20");
  });

  it("a misspelt key", () => {
    expect(problemsOf(minimal.replace("cluster: c", "clustr: c"))).toEqual(
      expect.arrayContaining([
        "services[0].clustr: unknown key (check its spelling and the README's config reference)",
        "services[0].cluster: is required",
      ]),
    );
  });

  it("an unknown service type", () => {
    expect(problemsOf(minimal.replace("type: ecs", "type: lambda"))).toContain("services[0].type: must be one of ecs, asg, target-group");
  });

  it("a route to a service that does not exist, and a service nobody routes", () => {
    const problems = problemsOf(minimal.replace("routes: [ { service: web } ]", "routes: [ { service: api } ]"));
    expect(problems).toContain("loadBalancers[0].routes[0].service: no service named 'api' (services: web)");
    expect(problems).toContain(
      "services[0]: service 'web' is not routed by any loadBalancers[].routes entry, so it could never take traffic",
    );
  });

  it("two routes on the same listener rule", () => {
    const text = minimal
      .replace("routes: [ { service: web } ]", "routes: [ { service: web }, { service: api } ]")
      .replace("services:\n", "services:\n  - { name: api, type: target-group, targetGroups: [api-a, api-b] }\n");
    expect(problemsOf(text)).toContain(
      "loadBalancers[0].routes[1].rule: the same listener rule is already routed at loadBalancers[0].routes[0]",
    );
  });

  it("a bad listener ARN and a bad duration", () => {
    const text = withTraffic("  bakeTime: 5 minutes").replace("{ loadBalancer: shop-alb, port: 443 }", "{ arn: 'arn:aws:s3:::bucket' }");
    const problems = problemsOf(text);
    expect(problems).toContain(
      "loadBalancers[0].listener.arn: must be an ALB listener ARN (arn:aws:elasticloadbalancing:REGION:ACCOUNT:listener/app/...)",
    );
    expect(problems).toContain("traffic.bakeTime: must be a duration such as 30s, 5m, 1h30m or 7d (got '5 minutes')");
  });

  it("services without an aws section", () => {
    expect(problemsOf(minimal.replace("aws: { region: eu-west-1 }\n", ""))).toContain(
      "aws: is required when services are listed (at least { region })",
    );
  });

  it("a kafka-fed index without a kafka section", () => {
    const text = `version: 1\nproject: p\nsearch:\n  engine: elasticsearch\n  url: http://localhost:9200\n  indices:\n    - name: idx\n      source: { type: kafka, fullTopic: f, incrementalTopic: i, versionField: v }\n`;
    expect(problemsOf(text)).toContain("search.indices[0].source: a kafka source needs the top-level kafka section (brokers)");
  });

  it("a wrong version, a missing project", () => {
    const problems = problemsOf("version: 2\n");
    expect(problems).toContain("version: version must be 1");
    expect(problems).toContain("project: is required");
  });

  it("every problem is reported at once", () => {
    expect(problemsOf(withTraffic("  strategy: canary\n  steps: [0, 101]\n  alarms: [ '' ]")).length).toBeGreaterThanOrEqual(3);
  });

  it("YAML that does not parse, or is not a mapping", () => {
    expect(problemsOf("version: 1\nproject: [unclosed\n")[0]).toMatch(/^cutover\.yml: /);
    expect(problemsOf("- a\n- b\n")).toEqual(["cutover.yml: the file must be a YAML mapping with at least 'version' and 'project'"]);
  });

  it("duplicate keys are refused rather than one silently winning", () => {
    expect(problemsOf(`${minimal}\nproject: other\n`).length).toBeGreaterThan(0);
  });
});

describe("environment values", () => {
  const dbConfig = (url: string) => `version: 1\nproject: p\ndatabase:\n  url: ${url}\n`;

  it("substitutes ${VAR} and names an unset one with its key path", () => {
    expect(problemsOf(dbConfig("${DATABASE_URL}"))).toEqual(["database.url: environment variable DATABASE_URL is not set"]);
    const loaded = parseConfig(dbConfig("${DATABASE_URL}"), "c.yml", { DATABASE_URL: "postgresql://u:s3cr%40t@db:5432/app" });
    expect(loaded.config.database?.url).toBe("postgresql://u:s3cr%40t@db:5432/app");
  });

  it("collects secrets to mask: the URL, its password raw and encoded", () => {
    const loaded = parseConfig(dbConfig("${DATABASE_URL}"), "c.yml", { DATABASE_URL: "postgresql://u:s3cr%40t@db:5432/app" });
    expect(loaded.secrets).toEqual(expect.arrayContaining(["postgresql://u:s3cr%40t@db:5432/app", "s3cr@t", "s3cr%40t"]));
  });

  it("Kafka brokers may come as one comma-separated variable, as CI secrets hold them", () => {
    const text = "version: 1\nproject: p\nkafka:\n  brokers: ${KAFKA_BROKERS}\n";
    const loaded = parseConfig(text, "c.yml", { KAFKA_BROKERS: "kafka-1:9092, kafka-2:9092" });
    expect(loaded.config.kafka?.brokers).toEqual(["kafka-1:9092", "kafka-2:9092"]);
    expect(problemsOf(text, { KAFKA_BROKERS: "kafka-1:9092,nope" })).toEqual(["kafka.brokers[1]: must be host:port"]);
  });

  it("a value from the environment cannot change the document's structure", () => {
    // the injected text stays one string value, which then fails the project-name pattern
    expect(problemsOf("version: 1\nproject: ${P}\n", { P: "p, version: 2" })).toEqual([
      "project: must be lowercase letters, digits or '-' (at most 31)",
    ]);
    // and a line break from the environment is refused before anything could print it
    expect(problemsOf("version: 1\nproject: ${P}\n", { P: "p\nversion: 2" })).toEqual([
      "project: contains the control character U+000A; names, ARNs, URIs and other values must be one line of printable text",
    ]);
  });
});
