import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/load.js";
import type { Stage } from "../../src/config/field-needs.js";
import { ExitCode, InputError, exitCodeOf } from "../../src/errors.js";
import { hasControlChars } from "../../src/report/escape.js";

/**
 * Hostile configs, one row per variant, grouped by the class of problem they attack. Each must be
 * bad input (exit 2) with a problem that names where it is (a key path, or the line for problems
 * the file has before it has keys), in bounded time, and without a stack trace, a control
 * character, a line a CI runner would take as a command, or text quoted from a file outside.
 */

interface Hostile {
  readonly name: string;
  /** The config text; `BASE` is a valid config to extend. */
  readonly text: string;
  /** A fragment one of the problems must hold: the key path, followed by ':' where there is one. */
  readonly names: string;
  readonly env?: Record<string, string>;
  /** Files to create beside the config (relative path → content). */
  readonly files?: Record<string, string>;
  /** Symlinks to create beside the config (relative path → target). */
  readonly links?: Record<string, string>;
  /** The run the config is loaded for; every field is needed without one. */
  readonly stage?: Stage;
}

const BASE = `version: 1
project: shop
aws: { region: eu-west-1 }
services:
  - { name: web, type: ecs, cluster: c, service: web, containerName: app, containerPort: 8080 }
loadBalancers:
  - name: main
    listener: { loadBalancer: shop-alb, port: 443 }
    routes: [ { service: web } ]
`;

/** BASE with one service key replaced or added: `service("image", '"a\\nb"')`. */
const service = (key: string, value: string) => BASE.replace("containerPort: 8080 }", `containerPort: 8080, ${key}: ${value} }`);
const traffic = (body: string) => `${BASE}traffic: { ${body} }\n`;
const tgService = (extra: string) =>
  BASE.replace("services:\n", `services:\n  - { name: tg, type: target-group, targetGroups: [a-1, a-2]${extra} }\n`).replace(
    "routes: [ { service: web } ]",
    "routes: [ { service: web }, { service: tg, rule: { priority: 5 } } ]",
  );
const search = (index: string, extra = "") =>
  `version: 1\nproject: shop\nsearch:\n  engine: opensearch\n  url: http://127.0.0.1:9200\n${extra}  indices:\n    - name: idx\n${index}`;
const indexSource = (source: string) => search(`      source: ${source}\n`);
const database = (body: string) => `version: 1\nproject: shop\ndatabase:\n${body}`;
const kafka = (body: string) => `version: 1\nproject: shop\nkafka:\n${body}`;

const nested = (depth: number, leaf = "1") => "{a: ".repeat(depth) + leaf + "}".repeat(depth);

const CONTROL: Hostile[] = [
  { name: "newline in an image URI", text: service("image", '"repo/app:1\\n::warning::pwned"'), names: "services[0].image:" },
  {
    name: "carriage return in a cluster name",
    text: service("cluster", '"c\\r::add-mask::x"').replace("cluster: c, ", ""),
    names: "services[0].cluster:",
  },
  { name: "NEL (C1) in a service name", text: BASE.replace("service: web,", 'service: "web\\x85x",'), names: "services[0].service:" },
  {
    name: "U+2028 in a container name",
    text: BASE.replace("containerName: app", 'containerName: "app\\u2028x"'),
    names: "services[0].containerName:",
  },
  { name: "U+2029 in an alarm name", text: traffic('alarms: ["a\\u2029::stop-commands::t"]'), names: "traffic.alarms[0]:" },
  { name: "newline in an alarm name", text: traffic('alarms: ["ok", "a\\n::error::x"]'), names: "traffic.alarms[1]:" },
  {
    name: "DEL in an ASG name",
    text: BASE.replace(
      "{ name: web, type: ecs, cluster: c, service: web, containerName: app, containerPort: 8080 }",
      '{ name: web, type: asg, autoScalingGroup: "asg\\x7f" }',
    ),
    names: "services[0].autoScalingGroup:",
  },
  {
    name: "ESC in a listener ARN",
    text: BASE.replace(
      "{ loadBalancer: shop-alb, port: 443 }",
      '{ arn: "arn:aws:elasticloadbalancing:eu-west-1:123456789012:listener/app/x/1/2\\x1b[2K" }',
    ),
    names: "loadBalancers[0].listener.arn:",
  },
  { name: "NUL in a load balancer entry name", text: BASE.replace("name: main", 'name: "main\\0"'), names: "loadBalancers[0].name:" },
  { name: "tab in the project", text: 'version: 1\nproject: "shop\\tx"\n', names: "project:" },
  { name: "vertical tab in a header value", text: `${BASE}headerRouting: { green: ["g\\vx"] }\n`, names: "headerRouting.green[0]:" },
  { name: "form feed in a region", text: BASE.replace("region: eu-west-1", 'region: "eu-west-1\\f"'), names: "aws.region:" },
  {
    name: "newline in an image from the environment",
    text: service("image", '"${IMAGE}"'),
    env: { IMAGE: "repo/app:1\n::warning::x" },
    names: "services[0].image:",
  },
  {
    name: "newline in the database URL from the environment",
    text: database("  url: ${DATABASE_URL}\n"),
    env: { DATABASE_URL: "postgresql://u:secret-pw@db/app\n::add-mask::x" },
    names: "database.url:",
  },
  {
    name: "escape sequence in a painless script (line breaks are fine there)",
    text: indexSource('{ type: index, script: { source: "if (x) {\\n  y();\\n}\\x1b[31m" } }'),
    names: "search.indices[0].source.script.source:",
  },
  {
    name: "U+2028 in a search query",
    text: indexSource('{ type: index, query: { match: { title: "a\\u2028b" } } }'),
    names: "search.indices[0].source.query.match.title:",
  },
  {
    name: "control character in a key",
    text: BASE.replace("containerPort: 8080 }", 'containerPort: 8080, "im\\nage": x }'),
    names: "services[0].im\\nage:",
  },
  { name: "newline in a Kafka broker", text: kafka('  brokers: ["b:9092\\n::warning::x"]\n'), names: "kafka.brokers[0]:" },
];

const PATHS: Hostile[] = [
  {
    name: "mappings climbing out of the config folder",
    text: search("      mappings: ../../../../../../etc/passwd\n      source: { type: index }\n"),
    names: "search.indices[0].mappings:",
  },
  {
    name: "mappings as an absolute path elsewhere",
    text: search("      mappings: /etc/passwd\n      source: { type: index }\n"),
    names: "search.indices[0].mappings:",
  },
  {
    name: "settings file outside",
    text: search("      settings: ../outside.json\n      source: { type: index }\n"),
    names: "search.indices[0].settings:",
  },
  {
    name: "a symlinked mapping that points outside",
    text: search("      mappings: link.json\n      source: { type: index }\n"),
    links: { "link.json": "/etc/passwd" },
    names: "search.indices[0].mappings:",
  },
  {
    name: "a symlinked folder that points outside",
    text: search("      mappings: etc/passwd\n      source: { type: index }\n"),
    links: { etc: "/etc" },
    names: "search.indices[0].mappings:",
  },
  {
    name: "the Prisma schema outside",
    text: database("  url: postgresql://u:secret-pw@db/app\n  schema: /etc/hostname\n"),
    names: "database.schema:",
  },
  {
    name: "the Prisma config outside",
    text: database("  url: postgresql://u:secret-pw@db/app\n  schema: schema.prisma\n  prisma: { config: ../../prisma.config.ts }\n"),
    files: { "schema.prisma": "" },
    names: "database.prisma.config:",
  },
  {
    name: "mappings that are not JSON (the content is never quoted)",
    text: search("      mappings: m.json\n      source: { type: index }\n"),
    files: { "m.json": "root:x:0:0:TOP-SECRET-CONTENT\n" },
    names: "search.indices[0].mappings:",
  },
  {
    name: "mappings with a JSON syntax error (the content is never quoted)",
    text: search("      mappings: m.json\n      source: { type: index }\n"),
    files: { "m.json": '{"TOP-SECRET-CONTENT": }' },
    names: "search.indices[0].mappings:",
  },
];

const YAML_SHAPE: Hostile[] = [
  {
    name: "an alias bomb (billion laughs)",
    text: `version: 1\nproject: shop\na: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n${"bcdefghi"
      .split("")
      .map((c, i) => `${c}: &${c} [${Array(9).fill(`*${"abcdefghi"[i]}`).join(",")}]`)
      .join("\n")}\n`,
    names: "aliases",
  },
  {
    name: "deeply nested flow lists",
    text: `version: 1\nproject: shop\nx: ${"[".repeat(20_000)}${"]".repeat(20_000)}\n`,
    names: "line 3: nested too deeply",
  },
  { name: "deeply nested flow maps", text: `version: 1\nproject: shop\nx: ${nested(5000)}\n`, names: "line 3: nested too deeply" },
  {
    name: "deeply nested compact block lists",
    text: `version: 1\nproject: shop\nx:\n  ${"- ".repeat(5000)}1\n`,
    names: "line 4: nested too deeply",
  },
  { name: "deeply nested explicit keys", text: `version: 1\nproject: shop\n${"? ".repeat(5000)}x\n`, names: "line 3: nested too deeply" },
  {
    name: "nesting by indentation",
    text: `version: 1\nproject: shop\n${Array.from({ length: 300 }, (_, i) => `${" ".repeat(i)}k${i}:`).join("\n")} 1\n`,
    names: "nested too deeply",
  },
  { name: "a search query nested 70 levels", text: indexSource(`{ type: index, query: ${nested(70)} }`), names: "nested too deeply" },
  {
    name: "nesting made deep through aliases",
    text: `version: 1\nproject: shop\nx: &x ${nested(40)}\ny: &y ${nested(30, "*x")}\n`,
    names: "nested too deeply through alias *x",
  },
  {
    name: "a list that holds itself through an alias",
    text: `${BASE}loop: &l [*l]\n`,
    names: "line 10, column 11: loop[0]: alias *l is inside the node it repeats",
  },
  {
    name: "a mapping that holds itself through an alias",
    text: service("targetGroup", "&t { port: 80, x: *t }"),
    names: "services[0].targetGroup.x: alias *t is inside the node it repeats",
  },
  {
    name: "a duplicate top-level key",
    text: `${BASE}project: other\n`,
    names: "line 10, column 1: project: duplicate key 'project' (first given at line 2, column 1)",
  },
  {
    name: "a duplicate nested key",
    text: BASE.replace("cluster: c,", "cluster: c, cluster: d,"),
    names: "services[0].cluster: duplicate key 'cluster'",
  },
  { name: "a list as a key", text: `${BASE}? [a, b]\n: 1\n`, names: "line 10, column 3: a key must be plain text" },
  { name: "a mapping as a key", text: `${BASE}? { a: 1 }\n: 1\n`, names: "line 10, column 3: a key must be plain text" },
  { name: "an alias as a key", text: `version: 1\nproject: &p shop\n*p : 1\n`, names: "line 3, column 1: a key must be plain text" },
  { name: "a file too large", text: `${BASE}# ${"x".repeat(200_000)}\n`, names: "at most 131072 bytes" },
  { name: "two YAML documents", text: `${BASE}---\nversion: 1\n`, names: "line 10, column 1: the file must hold one YAML document" },
  {
    name: "a binary tag",
    text: service("image", "!!binary aGVsbG8="),
    names: "services[0].image: the YAML tag tag:yaml.org,2002:binary is not supported",
  },
  { name: "a set tag", text: traffic("alarms: !!set { a, b }"), names: "traffic.alarms: the YAML tag" },
  { name: "a custom tag", text: service("image", "!shell 'rm -rf /'"), names: "services[0].image: the YAML tag !shell is not supported" },
  {
    name: "a merge key (not YAML 1.2)",
    text: BASE.replace("containerPort: 8080 }", "containerPort: 8080, <<: { image: x } }"),
    names: "services[0].<<: unknown key",
  },
];

const PROTOTYPE_KEYS: Hostile[] = [
  { name: "__proto__ at the top", text: `${BASE}__proto__: { polluted: true }\n`, names: "__proto__: unknown key" },
  { name: "__proto__ in a service", text: service("__proto__", "{ image: x }"), names: "services[0].__proto__: unknown key" },
  {
    name: "__proto__ in aws",
    text: BASE.replace("{ region: eu-west-1 }", "{ region: eu-west-1, __proto__: { endpoint: http://evil } }"),
    names: "aws.__proto__: unknown key",
  },
  {
    name: "__proto__ inside a search query",
    text: indexSource("{ type: index, query: { __proto__: { x: 1 } } }"),
    names: "search.indices[0].source.query.__proto__: unknown key",
  },
  {
    name: "constructor in traffic",
    text: traffic("constructor: { prototype: { bakeTime: 1 } }"),
    names: "traffic.constructor: unknown key",
  },
  {
    name: "prototype in a load balancer",
    text: BASE.replace("name: main", "name: main\n    prototype: {}"),
    names: "loadBalancers[0].prototype: unknown key",
  },
  {
    name: "__proto__ in a route",
    text: BASE.replace("{ service: web }", "{ service: web, __proto__: { rule: default } }"),
    names: "loadBalancers[0].routes[0].__proto__: unknown key",
  },
  {
    name: "constructor in stickiness",
    text: traffic("stickiness: { constructor: 1 }"),
    names: "traffic.stickiness.constructor: unknown key",
  },
];

const BOUNDS: Hostile[] = [
  {
    name: "a bake of 99999999999999999999999d",
    text: traffic("bakeTime: 99999999999999999999999d"),
    names: "traffic.bakeTime: must be at most 1d",
  },
  { name: "a bake of 25h", text: traffic("bakeTime: 25h"), names: "traffic.bakeTime: must be at most 1d" },
  { name: "a bake of 1e30 seconds", text: traffic("bakeTime: 1e30"), names: "traffic.bakeTime: must be at most 1d" },
  { name: "a bake of .inf", text: traffic("bakeTime: .inf"), names: "traffic.bakeTime:" },
  { name: "a bake of .nan", text: traffic("bakeTime: .nan"), names: "traffic.bakeTime:" },
  { name: "a negative bake", text: traffic("bakeTime: -5"), names: "traffic.bakeTime:" },
  // found by the hostile-config property: a mapping from the YAML loader has no prototype to print with
  {
    name: "a bake given as a mapping",
    text: traffic("bakeTime: {}"),
    names: "traffic.bakeTime: must be a duration such as 30s, 5m, 1h30m or 7d (got a mapping)",
  },
  {
    name: "a bake given as a list",
    text: traffic("bakeTime: [1m]"),
    names: "traffic.bakeTime: must be a duration such as 30s, 5m, 1h30m or 7d (got a list)",
  },
  { name: "a step bake of 48h", text: traffic("strategy: canary, steps: [10, { weight: 50, bake: 48h }]"), names: "traffic.steps[1]" },
  { name: "a ready timeout of 1000d", text: service("readyTimeout", "1000d"), names: "services[0].readyTimeout: must be at most 1d" },
  {
    name: "a deregistration delay of 2h",
    text: service("targetGroup", "{ deregistrationDelay: 2h }"),
    names: "services[0].targetGroup.deregistrationDelay: must be at most 1h",
  },
  {
    name: "a database timeout of 2d",
    text: database("  url: postgresql://u:secret-pw@db/app\n  timeout: 2d\n"),
    names: "database.timeout: must be at most 1d",
  },
  {
    name: "a retention of 366d",
    text: search("      retention: 366d\n      source: { type: index }\n"),
    names: "search.indices[0].retention: must be at most 365d",
  },
  { name: "a stickiness of 30d", text: traffic("stickiness: { duration: 30d }"), names: "traffic.stickiness.duration: must be at most 7d" },
  {
    name: "minHealthyTargets of a billion",
    text: tgService(", minHealthyTargets: 1000000000"),
    names: "services[0].minHealthyTargets: must be at most 1000",
  },
  { name: "minHealthyTargets of .nan", text: tgService(", minHealthyTargets: .nan"), names: "services[0].minHealthyTargets:" },
  { name: "desiredCount of 100000", text: service("desiredCount", "100000"), names: "services[0].desiredCount" },
  {
    name: "ASG capacity of a million",
    text: BASE.replace(
      "{ name: web, type: ecs, cluster: c, service: web, containerName: app, containerPort: 8080 }",
      "{ name: web, type: asg, autoScalingGroup: a, capacity: { min: 1, desired: 2, max: 1000000 } }",
    ),
    names: "services[0].capacity",
  },
  {
    name: "a Kafka batch of a million",
    text: `${kafka("  brokers: [b:9092]\n")}${search("      source: { type: kafka, fullTopic: f, incrementalTopic: i, batchSize: 1000000 }\n").replace("version: 1\nproject: shop\n", "")}`,
    names: "search.indices[0].source",
  },
  { name: "1000 reindex slices", text: indexSource("{ type: index, slices: 1000 }"), names: "search.indices[0].source" },
  {
    name: "a rule priority of 1e9",
    text: BASE.replace("{ service: web }", "{ service: web, rule: { priority: 1000000000 } }"),
    names: "loadBalancers[0].routes[0].rule",
  },
  { name: "a port of .inf", text: BASE.replace("containerPort: 8080", "containerPort: .inf"), names: "services[0].containerPort:" },
  {
    name: "a read weight of .inf",
    text: search("      readWeight: .inf\n      source: { type: index }\n"),
    names: "search.indices[0].readWeight:",
  },
  {
    name: "101 alarms",
    text: traffic(`alarms: [${Array.from({ length: 101 }, (_, i) => `a${i}`).join(", ")}]`),
    names: "traffic.alarms: at most 100 alarms",
  },
];

const SHORT_SECRETS: Hostile[] = [
  {
    name: "a 3-character database password",
    text: database("  url: postgresql://app:abc@db:5432/app\n"),
    names: "database.url: its password must be at least 4 characters",
  },
  {
    name: "a 1-character database password from the environment",
    text: database("  url: ${DATABASE_URL}\n"),
    env: { DATABASE_URL: "postgresql://app:x@db:5432/app" },
    names: "database.url: its password must be at least 4 characters",
  },
  {
    name: "a percent-encoded 2-character password",
    text: database("  url: postgresql://app:%41%42@db:5432/app\n"),
    names: "database.url: its password must be at least 4 characters",
  },
  {
    name: "a 2-character search password",
    text: search("      source: { type: index }\n", "  auth: { username: elastic, password: pw }\n"),
    names: "search.auth",
  },
  {
    name: "a 1-character search API key",
    text: search("      source: { type: index }\n", "  auth: { apiKey: k }\n"),
    names: "search.auth",
  },
  {
    name: "a 3-character Kafka SASL password",
    text: kafka("  brokers: [b:9092]\n  sasl: { mechanism: plain, username: u, password: '123' }\n"),
    names: "kafka.sasl.password: password must be at least 4 characters",
  },
];

const SCOPE: Hostile[] = [
  {
    name: "migrate-db without DATABASE_URL",
    text: database("  url: ${DATABASE_URL}\n"),
    stage: { command: "migrate-db" },
    names: "database.url: environment variable DATABASE_URL is not set",
  },
  {
    name: "migrate-db with no url at all",
    text: database("  schema: s.prisma\n"),
    files: { "s.prisma": "" },
    stage: { command: "migrate-db" },
    names: "database.url: is required by this command",
  },
  {
    name: "deploy-green with an unset image",
    text: service("image", '"${IMAGE}"'),
    stage: { command: "deploy-green" },
    names: "services[0].image: environment variable IMAGE is not set",
  },
  {
    name: "rollback with an image that is set but malformed",
    text: service("image", '"${IMAGE}"'),
    env: { IMAGE: "x".repeat(1025) },
    stage: { command: "rollback" },
    names: "services[0].image: must be at most 1024 characters",
  },
  {
    name: "status with a database URL that is set but not one",
    text: `${BASE}database: { url: "\${DATABASE_URL}" }\n`,
    env: { DATABASE_URL: "https://db.internal/app" },
    stage: { command: "status" },
    names: "database.url: must be a postgresql:// or mysql:// connection string",
  },
  {
    name: "rollback with an unset value its service cannot be read without",
    text: BASE.replace("containerName: app", 'containerName: "${CONTAINER}"'),
    stage: { command: "rollback" },
    names: "services[0].containerName: environment variable CONTAINER is not set; this command reads services",
  },
  {
    name: "es-reindex load without the brokers",
    text: `${kafka('  brokers: "${KAFKA_BROKERS}"\n')}search:\n  engine: opensearch\n  url: http://127.0.0.1:9200\n  indices: [ { name: idx, source: { type: index } } ]\n`,
    stage: { command: "es-reindex", phase: "load" },
    names: "kafka.brokers: environment variable KAFKA_BROKERS is not set",
  },
  {
    name: "an invalid reference in a section the command does not use",
    text: `${BASE}database: { url: "\${1BAD}" }\n`,
    stage: { command: "status" },
    names: "database.url: '${1BAD}' is not a valid variable reference",
  },
  {
    name: "a misspelt key in a section the command does not use",
    text: `${BASE}database: { url: "\${DATABASE_URL}", shema: x }\n`,
    stage: { command: "status" },
    names: "database.shema: unknown key",
  },
];

const CLASSES: Record<string, Hostile[]> = {
  "control characters": CONTROL,
  "paths outside the config folder": PATHS,
  "YAML shape": YAML_SHAPE,
  "prototype keys": PROTOTYPE_KEYS,
  "upper bounds": BOUNDS,
  "short secrets": SHORT_SECRETS,
  "field scope": SCOPE,
};

async function load(hostile: Hostile): Promise<{ error: unknown; ms: number }> {
  const dir = mkdtempSync(join(tmpdir(), "cutover-hostile-"));
  const folder = join(dir, "repo", "config");
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(dir, "repo", "outside.json"), "{}");
  for (const [path, content] of Object.entries(hostile.files ?? {})) {
    mkdirSync(dirname(join(folder, path)), { recursive: true });
    writeFileSync(join(folder, path), content);
  }
  for (const [path, target] of Object.entries(hostile.links ?? {})) symlinkSync(target, join(folder, path));
  const file = join(folder, "cutover.yml");
  writeFileSync(file, hostile.text);
  const started = performance.now();
  try {
    await loadConfig(file, hostile.env ?? {}, { scope: hostile.stage ?? "all", cwd: folder });
    return { error: undefined, ms: performance.now() - started };
  } catch (error) {
    return { error, ms: performance.now() - started };
  }
}

describe("hostile configs", () => {
  it("cover at least 60 variants", () => {
    expect(Object.values(CLASSES).flat().length).toBeGreaterThanOrEqual(60);
  });

  for (const [name, cases] of Object.entries(CLASSES)) {
    describe(name, () => {
      it.each(cases.map((c) => [c.name, c] as const))("%s: exit 2 naming where", async (_name, hostile) => {
        const { error, ms } = await load(hostile);
        expect(error, "the config was accepted").toBeInstanceOf(InputError);
        expect(exitCodeOf(error)).toBe(ExitCode.BadInput);
        const { message, problems } = error as InputError;
        const all = [message, ...problems];
        expect(
          all.some((p) => p.includes(hostile.names)),
          `no problem names '${hostile.names}':\n${all.join("\n")}`,
        ).toBe(true);
        for (const line of all) {
          expect(hasControlChars(line), line).toBe(false);
          expect(line).not.toMatch(/^::|\bat .+:\d+:\d+\)?$|Maximum call stack|RangeError|TypeError|ReferenceError/);
          expect(line).not.toMatch(/TOP-SECRET-CONTENT|root:x:0:0|secret-pw/);
        }
        expect(ms).toBeLessThan(3000);
      });
    });
  }
});
