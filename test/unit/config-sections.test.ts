import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { COMMANDS } from "../../src/cli/command-table.js";
import { runCli } from "../../src/cli/run-cli.js";
import { loadConfig, parseConfig } from "../../src/config/load.js";
import { InputError } from "../../src/errors.js";
import { fakeIo } from "../support/fake-io.js";

/**
 * Each command resolves the variables of the fields it needs (src/config/field-needs.ts), and
 * checks the others for shape only: a CI job receives only the secrets its own command needs, and a
 * rollback at 3 a.m. has no image at hand.
 */

const root = join(import.meta.dirname, "../..");

const problemsOf = (run: () => unknown): string[] => {
  try {
    run();
    return [];
  } catch (error) {
    if (error instanceof InputError) return [...error.problems];
    throw error;
  }
};

const CONFIG = `version: 1
project: shop
aws: { region: "\${AWS_REGION}" }
database:
  url: \${DATABASE_URL}
services:
  - { name: web, type: ecs, cluster: "\${CLUSTER:-shop}", service: web, containerName: app, containerPort: 8080, image: "\${IMAGE}" }
loadBalancers:
  - { name: main, listener: { loadBalancer: shop-alb, port: 443 }, routes: [ { service: web } ] }
search:
  engine: opensearch
  url: \${SEARCH_URL}
  auth: { username: admin, password: "\${SEARCH_PASSWORD}" }
  indices: [ { name: idx, source: { type: index } } ]
`;
const DATABASE_URL = "postgresql://app:s3cret-pass@db.internal:5432/app";

describe("unset variables count only in the fields a command needs", () => {
  it("migrate-db needs DATABASE_URL and nothing else", () => {
    const loaded = parseConfig(CONFIG, "c.yml", { DATABASE_URL }, { scope: { command: "migrate-db" } });
    expect(loaded.config.database?.url).toBe(DATABASE_URL);
    expect(loaded.unresolved.map((u) => `${u.keyPath} ${u.variable} ${u.field}`)).toEqual([
      "aws.region AWS_REGION aws.region",
      "services[0].image IMAGE services[].image",
      "search.url SEARCH_URL search.url",
      "search.auth.password SEARCH_PASSWORD search.auth.password",
    ]);
    // aws cannot be shaped without its region, so it is left out; the services it would serve stay
    expect(loaded.leftOut).toEqual(["aws", "search"]);
    expect(loaded.config.services.map((s) => s.name)).toEqual(["web"]);
  });

  it("migrate-db without DATABASE_URL is an error naming the key", () => {
    expect(problemsOf(() => parseConfig(CONFIG, "c.yml", {}, { scope: { command: "migrate-db" } }))).toEqual([
      "database.url: environment variable DATABASE_URL is not set",
    ]);
  });

  it.each(["rollback", "status", "promote", "switch-traffic", "verify"])("%s runs without IMAGE and DATABASE_URL", (command) => {
    const loaded = parseConfig(CONFIG, "c.yml", { AWS_REGION: "eu-west-1" }, { scope: { command } });
    expect(loaded.config.aws?.region).toBe("eu-west-1");
    // the image is left out, the service stays: everything the command reads of it is there
    expect(loaded.config.services).toMatchObject([{ name: "web", cluster: "shop", service: "web" }]);
    expect(loaded.config.services[0]).not.toHaveProperty("image");
    // an unset connection value leaves the key out, not the section: database is still planned
    expect(loaded.config.database).toMatchObject({ schema: "prisma/schema.prisma" });
    expect(loaded.config.database?.url).toBeUndefined();
    expect(loaded.unresolved.map((u) => u.variable)).toEqual(["DATABASE_URL", "IMAGE", "SEARCH_URL", "SEARCH_PASSWORD"]);
  });

  it("deploy-green needs the image, unless --image gives it", () => {
    expect(problemsOf(() => parseConfig(CONFIG, "c.yml", { AWS_REGION: "eu-west-1" }, { scope: { command: "deploy-green" } }))).toEqual([
      "services[0].image: environment variable IMAGE is not set",
    ]);
    const given = { command: "deploy-green", given: ["services[].image"] };
    expect(parseConfig(CONFIG, "c.yml", { AWS_REGION: "eu-west-1" }, { scope: given }).config.services).toHaveLength(1);
    expect(
      parseConfig(CONFIG, "c.yml", { AWS_REGION: "eu-west-1", IMAGE: "repo/web:1" }, { scope: { command: "deploy-green" } }).config
        .services[0],
    ).toMatchObject({ image: "repo/web:1" });
  });

  it("every traffic command needs the AWS region", () => {
    for (const command of ["deploy-green", "verify", "switch-traffic", "promote", "rollback", "status"])
      expect(
        problemsOf(() => parseConfig(CONFIG, "c.yml", { IMAGE: "repo/web:1" }, { scope: { command } })),
        command,
      ).toEqual(["aws.region: environment variable AWS_REGION is not set"]);
  });

  it("es-reindex needs the search values", () => {
    expect(problemsOf(() => parseConfig(CONFIG, "c.yml", {}, { scope: { command: "es-reindex" } }))).toEqual([
      "search.url: environment variable SEARCH_URL is not set",
      "search.auth.password: environment variable SEARCH_PASSWORD is not set",
    ]);
  });

  it("es-reindex needs the Kafka brokers only in the phases that read a topic; flink in every phase", () => {
    const text = `version: 1\nproject: p\nkafka: { brokers: "\${KAFKA_BROKERS}" }\n`;
    for (const phase of [undefined, "plan", "create", "validate", "switch-read", "cleanup"])
      expect(
        problemsOf(() => parseConfig(text, "c.yml", {}, { scope: { command: "es-reindex", phase } })),
        phase,
      ).toEqual([]);
    for (const phase of ["load", "catch-up", "follow", "switch-write", "rollback", "all"])
      expect(
        problemsOf(() => parseConfig(text, "c.yml", {}, { scope: { command: "es-reindex", phase } })),
        phase,
      ).toEqual(["kafka.brokers: environment variable KAFKA_BROKERS is not set"]);
    for (const phase of [undefined, "deploy", "switch", "rollback", "cleanup"])
      expect(
        problemsOf(() => parseConfig(text, "c.yml", {}, { scope: { command: "flink", phase } })),
        phase,
      ).toEqual(["kafka.brokers: environment variable KAFKA_BROKERS is not set"]);
  });

  it("a value that is set is checked for shape by every command, needed or not", () => {
    const env = { AWS_REGION: "eu-west-1", IMAGE: "x".repeat(2000), DATABASE_URL: "https://db.internal/app" };
    expect(problemsOf(() => parseConfig(CONFIG, "c.yml", env, { scope: { command: "rollback" } }))).toEqual([
      "database.url: must be a postgresql:// or mysql:// connection string",
      "services[0].image: must be at most 1024 characters",
    ]);
  });

  it("without a scope every field is needed, as before", () => {
    expect(problemsOf(() => parseConfig(CONFIG, "c.yml", {}))).toHaveLength(5);
  });

  it("a connection value the file leaves out is required by the runs that connect", () => {
    const text = "version: 1\nproject: p\ndatabase: { schema: s.prisma }\nkafka: { clientId: c }\n";
    expect(parseConfig(text, "c.yml", {}, { scope: { command: "plan" } }).config.database?.url).toBeUndefined();
    expect(problemsOf(() => parseConfig(text, "c.yml", {}, { scope: { command: "migrate-db" } }))).toEqual([
      "database.url: is required by this command",
    ]);
    expect(problemsOf(() => parseConfig(text, "c.yml", {}, { scope: { command: "lint-migrations" } }))).toEqual([]);
    expect(problemsOf(() => parseConfig(text, "c.yml", {}, { scope: { command: "es-reindex", phase: "catch-up" } }))).toEqual([
      "kafka.brokers: is required by this command",
    ]);
    expect(problemsOf(() => parseConfig(text, "c.yml", {}, { scope: { command: "es-reindex", phase: "create" } }))).toEqual([]);
  });

  it("no `${...}` text reaches the config or its secrets", () => {
    const loaded = parseConfig(CONFIG, "c.yml", {}, { scope: { command: "plan" } });
    expect(JSON.stringify(loaded.config)).not.toContain("${");
    expect(loaded.secrets).toEqual([]);
    const withSecrets = parseConfig(
      CONFIG,
      "c.yml",
      { DATABASE_URL, SEARCH_PASSWORD: "search-pw-9", AWS_REGION: "eu-west-1" },
      {
        scope: { command: "rollback" },
      },
    );
    // set but not needed: still masked
    expect(withSecrets.secrets).toEqual(expect.arrayContaining([DATABASE_URL, "s3cret-pass", "search-pw-9"]));
    expect(withSecrets.secrets.some((s) => s.includes("${"))).toBe(false);
  });

  it("a section left out does not trip the rules that read it", () => {
    // services cannot be shaped without their cluster; the routes naming them are not reported
    const text = CONFIG.replace('cluster: "${CLUSTER:-shop}"', 'cluster: "${CLUSTER}"');
    const loaded = parseConfig(text, "c.yml", { DATABASE_URL }, { scope: { command: "migrate-db" } });
    expect(loaded.leftOut).toContain("services");
    expect(loaded.config.services).toEqual([]);
  });

  it("a value the command does not need but its section cannot be read without is a problem", () => {
    const text = CONFIG.replace("containerName: app", 'containerName: "${CONTAINER}"');
    expect(problemsOf(() => parseConfig(text, "c.yml", { AWS_REGION: "eu-west-1" }, { scope: { command: "rollback" } }))).toEqual([
      "services[0].containerName: environment variable CONTAINER is not set; this command reads services, which is not valid without it",
    ]);
  });

  it("shape problems are reported in every section, used or not", () => {
    const text = CONFIG.replace("containerPort: 8080", "containerPort: 99999").replace("engine: opensearch", "engine: solr");
    const problems = problemsOf(() => parseConfig(text, "c.yml", { DATABASE_URL }, { scope: { command: "migrate-db" } }));
    expect(problems).toContain("services[0].containerPort: must be 1..65535");
    expect(problems).toContain("search.engine: engine must be elasticsearch or opensearch");
  });
});

// ---------------------------------------------------------------- the documented config

/** The first ```yaml block under "## A whole file" in docs/config.md. */
function readmeConfig(): string {
  const doc = readFileSync(join(root, "docs", "config.md"), "utf8");
  const section = doc.slice(doc.indexOf("## A whole file"));
  const match = /```yaml\n([\s\S]*?)\n```/.exec(section);
  if (!match?.[1]) throw new Error("no yaml block under '## A whole file' in docs/config.md");
  return match[1];
}

/** A folder holding the documented config and the files it names. */
function readmeFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), "cutover-readme-"));
  writeFileSync(join(dir, "cutover.yml"), readmeConfig());
  mkdirSync(join(dir, "prisma"));
  writeFileSync(join(dir, "prisma", "schema.prisma"), "");
  mkdirSync(join(dir, "mappings"));
  writeFileSync(join(dir, "mappings", "spent-detail.json"), "{}");
  return dir;
}

function exampleFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), "cutover-example-"));
  cpSync(join(root, "examples"), dir, { recursive: true });
  return dir;
}

describe("the documented config block", () => {
  it("is valid with every variable it names set", async () => {
    const dir = readmeFolder();
    const env = { DATABASE_URL, SEARCH_URL: "https://search.internal:9200" };
    const loaded = await loadConfig(join(dir, "cutover.yml"), env, { cwd: dir });
    expect(loaded.config.services.map((s) => s.name)).toEqual(["event-management", "kie-server", "feed-football"]);
  });

  it("plans with no variables set, listing them as notes", async () => {
    const dir = readmeFolder();
    const { io, stdout, stderr } = fakeIo({ NO_COLOR: "1" });
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      expect(await runCli(["plan", "--config", "cutover.yml"], io), stderr()).toBe(0);
    } finally {
      process.chdir(cwd);
    }
    expect(stdout()).toContain("database.url: DATABASE_URL is not set here; migrate-db needs it");
    expect(stdout()).toContain("search.url: SEARCH_URL is not set here; es-reindex needs it");
    expect(stdout()).toContain("variables each stage needs");
    expect(stdout()).toMatch(/^\s*- migrate-db: DATABASE_URL$/m);
    expect(stdout()).toMatch(/^\s*- es-reindex: SEARCH_URL$/m);
  });
});

// ---------------------------------------------------------------- release.yml, job by job

interface WorkflowStep {
  uses?: string;
  env?: Record<string, unknown>;
}
interface WorkflowJob {
  env?: Record<string, unknown>;
  steps?: WorkflowStep[];
}

/** What configure-aws-credentials exports to the later steps of its job. */
const AWS_CREDENTIALS_ENV = ["AWS_REGION", "AWS_DEFAULT_REGION", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN"];

/** A plausible value for each variable a job may set; only which are set matters here. */
const SAMPLE: Record<string, string> = {
  DATABASE_URL,
  AWS_REGION: "eu-west-1",
  AWS_DEFAULT_REGION: "eu-west-1",
  SEARCH_URL: "https://search.internal:9200",
  KAFKA_BROKERS: "kafka-1.internal:9092,kafka-2.internal:9092",
  // an unset repository variable expands to an empty string
  AWS_ENDPOINT_URL: "",
};

/** Each job of a workflow that runs a cutover action, with the environment its cutover step receives. */
function cutoverJobs(file: string): { job: string; command: string; env: Record<string, string> }[] {
  const workflow = parse(readFileSync(join(root, ".github/workflows", file), "utf8")) as {
    env?: Record<string, unknown>;
    jobs: Record<string, WorkflowJob>;
  };
  return Object.entries(workflow.jobs).flatMap(([job, spec]) => {
    const steps = spec.steps ?? [];
    const awsCredentials = steps.some((s) => s.uses?.startsWith("aws-actions/configure-aws-credentials@"));
    return steps.flatMap((step) => {
      const command = /^\.\/\.cutover\/actions\/([a-z-]+)$/.exec(step.uses ?? "")?.[1];
      if (command === undefined) return [];
      const names = [
        ...Object.keys(workflow.env ?? {}),
        ...Object.keys(spec.env ?? {}),
        ...Object.keys(step.env ?? {}),
        ...(awsCredentials ? AWS_CREDENTIALS_ENV : []),
      ];
      const env = Object.fromEntries(names.map((name) => [name, SAMPLE[name] ?? "set-in-this-job"]));
      return [{ job: `${job} (${command})`, command, env }];
    });
  });
}

const configs = [
  ["the documented config", () => join(readmeFolder(), "cutover.yml")],
  ["examples/spectate-three-albs.yml", () => join(exampleFolder(), "spectate-three-albs.yml")],
] as const;

/** Every job of the workflow loads the config as its command would, with only the env it receives. */
function describeWorkflow(file: string, commands: readonly string[]): void {
  describe(`each ${file} job validates its command's config with only the env it receives`, () => {
    const jobs = cutoverJobs(file);

    it("finds the workflow's cutover jobs", () => {
      expect(jobs.map((j) => j.command)).toEqual(expect.arrayContaining([...commands]));
      for (const { command } of jobs) expect(COMMANDS.map((c) => c.name)).toContain(command);
    });

    for (const [label, file] of configs) {
      it.each(jobs.map((j) => [j.job, j] as const))(`${label}: job %s`, async (_job, { command, env }) => {
        const path = file();
        await expect(loadConfig(path, env, { scope: { command }, cwd: join(path, "..") })).resolves.toMatchObject({ path });
      });
    }
  });
}

describeWorkflow("release.yml", ["plan", "migrate-db", "deploy-green", "verify", "switch-traffic", "promote"]);
describeWorkflow("rollback.yml", ["rollback"]);
describeWorkflow("es-reindex.yml", ["es-reindex"]);

// ---------------------------------------------------------------- the real commands, not the table

describe("each real command runs with only its own fields' variables set", () => {
  /** Every field a command may not need holds a variable; plan names which each stage needs. */
  const SCOPED = `version: 1
project: shop
aws: { region: "\${AWS_REGION}", endpoint: "\${AWS_ENDPOINT_URL}" }
database:
  url: \${DATABASE_URL}
services:
  - { name: web, type: target-group, targetGroups: ["\${TG_A}", web-b] }
  - { name: api, type: ecs, cluster: shop, service: api, containerName: app, containerPort: 8080, image: "\${IMAGE}" }
loadBalancers:
  - { name: main, listener: { loadBalancer: shop-alb, port: 443 }, routes: [ { service: web }, { service: api, rule: { priority: 5 } } ] }
traffic: { strategy: canary, steps: [10, 100], alarms: ["\${ALARM}"] }
verify:
  baseUrl: \${VERIFY_URL}
  checks: [ { name: health, path: /health } ]
search:
  engine: opensearch
  url: \${SEARCH_URL}
  indices: [ { name: idx, source: { type: index } } ]
kafka: { brokers: "\${KAFKA_BROKERS}" }
flink:
  pipeline: pipelines/orders
  backend: { type: gateway, url: "\${FLINK_URL}" }
`;
  // nothing listens on port 9: every connection is refused at once, so each command gets as far as connecting
  const NOWHERE = "http://127.0.0.1:9";
  const VALUES: Record<string, string> = {
    AWS_REGION: "eu-west-1",
    AWS_ENDPOINT_URL: NOWHERE,
    TG_A: "web-a",
    ALARM: "shop-5xx",
    IMAGE: "repo/api:1",
    DATABASE_URL: "postgresql://app:s3cret-pass@127.0.0.1:9/app",
    VERIFY_URL: NOWHERE,
    SEARCH_URL: NOWHERE,
    KAFKA_BROKERS: "127.0.0.1:9",
    FLINK_URL: NOWHERE,
  };
  const TRAFFIC = ["ALARM", "AWS_ENDPOINT_URL", "AWS_REGION", "TG_A"];
  const and = (...more: string[]) => [...TRAFFIC, ...more].sort();
  // what each run needs, written out here rather than read from the table: the table is what is tested
  const cases: [string, string[], string[], number][] = [
    ["plan", [], [], 0],
    ["iam-policy", [], [], 0],
    ["lint-migrations", ["--dialect", "postgresql"], [], 0],
    ["status", [], TRAFFIC, 1],
    ["rollback", ["--dry-run"], TRAFFIC, 1],
    ["promote", ["--dry-run"], TRAFFIC, 1],
    ["switch-traffic", ["--dry-run"], TRAFFIC, 1],
    ["verify", ["--dry-run"], and("VERIFY_URL"), 1],
    ["deploy-green", ["--dry-run", "--release", "v1"], and("IMAGE"), 1],
    ["deploy-green", ["--dry-run", "--release", "v1", "--image", "repo/api:2"], TRAFFIC, 1],
    ["migrate-db", ["--dry-run"], ["DATABASE_URL"], 1],
    ["es-reindex", ["--phase", "plan"], ["SEARCH_URL"], 1],
    ["es-reindex", ["--phase", "load", "--dry-run"], ["KAFKA_BROKERS", "SEARCH_URL"], 1],
    ["flink", ["--phase", "plan"], ["FLINK_URL", "KAFKA_BROKERS"], 1],
    ["flink", ["--phase", "rollback", "--dry-run"], ["FLINK_URL", "KAFKA_BROKERS"], 1],
  ];

  function scopedFolder(): string {
    const dir = mkdtempSync(join(tmpdir(), "cutover-scope-"));
    writeFileSync(join(dir, "cutover.yml"), SCOPED);
    mkdirSync(join(dir, "prisma", "migrations"), { recursive: true });
    writeFileSync(join(dir, "prisma", "schema.prisma"), "");
    mkdirSync(join(dir, "pipelines", "orders"), { recursive: true });
    return dir;
  }

  it("plan, with nothing set, lists the variables each stage needs, as written out here", async () => {
    const { io, stdout, stderr } = fakeIo({});
    expect(await runCli(["plan", "--config", join(scopedFolder(), "cutover.yml"), "--json"], io), stderr()).toBe(0);
    const { result } = JSON.parse(stdout()) as { result: { variables: { stage: string; variables: string[] }[] } };
    expect(result.variables).toEqual([
      { stage: "migrate-db", variables: ["DATABASE_URL"] },
      { stage: "deploy-green", variables: and("IMAGE") },
      { stage: "verify", variables: and("VERIFY_URL") },
      { stage: "switch-traffic", variables: TRAFFIC },
      { stage: "promote", variables: TRAFFIC },
      { stage: "rollback", variables: TRAFFIC },
      { stage: "status", variables: TRAFFIC },
      { stage: "es-reindex --phase plan|create|validate|switch-read|cleanup", variables: ["SEARCH_URL"] },
      { stage: "es-reindex --phase load|catch-up|follow|switch-write|rollback|all", variables: ["KAFKA_BROKERS", "SEARCH_URL"] },
      { stage: "flink", variables: ["FLINK_URL", "KAFKA_BROKERS"] },
    ]);
  });

  it.each(cases)(
    "%s %s",
    async (command, args, names, expected) => {
      const dir = scopedFolder();
      const env = { ...Object.fromEntries(names.map((n) => [n, VALUES[n] ?? ""])), AWS_MAX_ATTEMPTS: "1" };
      const run = async (vars: Record<string, string>) => {
        const { io, stderr } = fakeIo(vars);
        const code = await runCli([command, "--config", join(dir, "cutover.yml"), ...args], io);
        return { code, stderr: stderr() };
      };
      // it got as far as connecting (exit 1), or finished, not stopped on a variable of a field it does not need (exit 2)
      const own = await run(env);
      expect(own.stderr).not.toMatch(/is not set/);
      expect(own.code, own.stderr).toBe(expected);
      // and each of its own variables is needed: without it, exit 2 naming it
      for (const name of names) {
        const without = await run(Object.fromEntries(Object.entries(env).filter(([n]) => n !== name)));
        expect(without.code, `${command} without ${name}`).toBe(2);
        expect(without.stderr).toContain(`environment variable ${name} is not set`);
      }
    },
    60_000,
  );
});
