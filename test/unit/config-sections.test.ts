import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { COMMANDS, findCommand } from "../../src/cli/command-table.js";
import { runCli } from "../../src/cli/run-cli.js";
import { loadConfig, parseConfig } from "../../src/config/load.js";
import type { ConfigSection } from "../../src/config/sections.js";
import { InputError } from "../../src/errors.js";
import { fakeIo } from "../support/fake-io.js";

/**
 * Each command resolves the variables of the sections it uses, and checks the others for shape
 * only: a CI job receives only the secrets its own command needs.
 */

const root = join(import.meta.dirname, "../..");
const TRAFFIC: ConfigSection[] = ["aws", "services", "loadBalancers", "headerRouting", "traffic", "lock"];

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

describe("unset variables count only in the sections a command uses", () => {
  it("migrate-db needs DATABASE_URL and nothing else", () => {
    const loaded = parseConfig(CONFIG, "c.yml", { DATABASE_URL }, { sections: ["database"] });
    expect(loaded.config.database?.url).toBe(DATABASE_URL);
    expect(loaded.unresolved.map((u) => `${u.keyPath} ${u.variable}`)).toEqual([
      "aws.region AWS_REGION",
      "services[0].image IMAGE",
      "search.url SEARCH_URL",
      "search.auth.password SEARCH_PASSWORD",
    ]);
    // aws cannot be shaped without its region, so it is left out; the services it would serve stay
    expect(loaded.leftOut).toEqual(["aws", "search"]);
    expect(loaded.config.services.map((s) => s.name)).toEqual(["web"]);
  });

  it("migrate-db without DATABASE_URL is an error naming the key", () => {
    expect(problemsOf(() => parseConfig(CONFIG, "c.yml", {}, { sections: ["database"] }))).toEqual([
      "database.url: environment variable DATABASE_URL is not set",
    ]);
  });

  it("the traffic commands need the AWS values, not the database's or the search engine's", () => {
    const loaded = parseConfig(CONFIG, "c.yml", { AWS_REGION: "eu-west-1", IMAGE: "repo/web:1" }, { sections: TRAFFIC });
    expect(loaded.config.aws?.region).toBe("eu-west-1");
    // an unset connection value leaves the key out, not the section: database is still planned
    expect(loaded.config.database).toMatchObject({ schema: "prisma/schema.prisma" });
    expect(loaded.config.database?.url).toBeUndefined();
    expect(problemsOf(() => parseConfig(CONFIG, "c.yml", { AWS_REGION: "eu-west-1" }, { sections: TRAFFIC }))).toEqual([
      "services[0].image: environment variable IMAGE is not set",
    ]);
  });

  it("es-reindex needs the search values", () => {
    expect(problemsOf(() => parseConfig(CONFIG, "c.yml", {}, { sections: ["search", "kafka"] }))).toEqual([
      "search.url: environment variable SEARCH_URL is not set",
      "search.auth.password: environment variable SEARCH_PASSWORD is not set",
    ]);
  });

  it("without a scope every section is resolved, as before", () => {
    expect(problemsOf(() => parseConfig(CONFIG, "c.yml", {}))).toHaveLength(5);
  });

  it("a connection value the file leaves out is required by the commands that connect", () => {
    const text = "version: 1\nproject: p\ndatabase: { schema: s.prisma }\nkafka: { clientId: c }\n";
    expect(parseConfig(text, "c.yml", {}, { sections: [] }).config.database?.url).toBeUndefined();
    expect(problemsOf(() => parseConfig(text, "c.yml", {}, { sections: ["database"] }))).toEqual([
      "database.url: is required by this command",
    ]);
    expect(problemsOf(() => parseConfig(text, "c.yml", {}, { sections: ["kafka"] }))).toEqual([
      "kafka.brokers: is required by this command",
    ]);
  });

  it("no `${...}` text reaches the config or its secrets", () => {
    const loaded = parseConfig(CONFIG, "c.yml", {}, { sections: [] });
    expect(JSON.stringify(loaded.config)).not.toContain("${");
    expect(loaded.secrets).toEqual([]);
    const withSecrets = parseConfig(CONFIG, "c.yml", { DATABASE_URL, SEARCH_PASSWORD: "search-pw-9" }, { sections: [] });
    expect(withSecrets.secrets).toEqual(expect.arrayContaining([DATABASE_URL, "s3cret-pass", "search-pw-9"]));
    expect(withSecrets.secrets.some((s) => s.includes("${"))).toBe(false);
  });

  it("a section left out does not trip the rules that read it", () => {
    // services cannot be shaped without their cluster; the routes naming them are not reported
    const text = CONFIG.replace('cluster: "${CLUSTER:-shop}"', 'cluster: "${CLUSTER}"');
    const loaded = parseConfig(text, "c.yml", { DATABASE_URL }, { sections: ["database"] });
    expect(loaded.leftOut).toContain("services");
    expect(loaded.config.services).toEqual([]);
  });

  it("shape problems are reported in every section, used or not", () => {
    const text = CONFIG.replace("containerPort: 8080", "containerPort: 99999").replace("engine: opensearch", "engine: solr");
    const problems = problemsOf(() => parseConfig(text, "c.yml", { DATABASE_URL }, { sections: ["database"] }));
    expect(problems).toContain("services[0].containerPort: must be 1..65535");
    expect(problems).toContain("search.engine: engine must be elasticsearch or opensearch");
  });
});

describe("the command table declares the sections each command uses", () => {
  it.each([
    ["plan", []],
    ["migrate-db", ["database"]],
    ["deploy-green", TRAFFIC],
    ["verify", [...TRAFFIC, "verify"]],
    ["switch-traffic", TRAFFIC],
    ["promote", TRAFFIC],
    ["rollback", TRAFFIC],
    ["status", TRAFFIC],
    ["es-reindex", ["search", "kafka"]],
  ] as const)("%s", (name, sections) => {
    expect(findCommand(name)?.configSections).toEqual(sections);
  });
});

// ---------------------------------------------------------------- the documented config

/** The first ```yaml block under the README's "## The config file". */
function readmeConfig(): string {
  const readme = readFileSync(join(root, "README.md"), "utf8");
  const section = readme.slice(readme.indexOf("## The config file"));
  const match = /```yaml\n([\s\S]*?)\n```/.exec(section);
  if (!match?.[1]) throw new Error("no yaml block under '## The config file' in README.md");
  return match[1];
}

/** A folder holding the README's config and the files it names. */
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

describe("the README's config block", () => {
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
  ["the README's config", () => join(readmeFolder(), "cutover.yml")],
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
        const sections = findCommand(command)?.configSections ?? [];
        await expect(loadConfig(path, env, { sections, cwd: join(path, "..") })).resolves.toMatchObject({ path });
      });
    }
  });
}

describeWorkflow("release.yml", ["plan", "migrate-db", "deploy-green", "verify", "switch-traffic", "promote"]);
describeWorkflow("rollback.yml", ["rollback"]);
describeWorkflow("es-reindex.yml", ["es-reindex"]);

// ---------------------------------------------------------------- the real commands, not the table

describe("each real command runs with only its own sections' variables set", () => {
  /** Every section holds a variable no command sets unless it uses that section. */
  const SCOPED = `version: 1
project: shop
aws: { region: "\${AWS_REGION}", endpoint: "\${AWS_ENDPOINT_URL}" }
database:
  url: \${DATABASE_URL}
services:
  - { name: web, type: target-group, targetGroups: ["\${TG_A}", web-b] }
loadBalancers:
  - { name: main, listener: { loadBalancer: shop-alb, port: 443 }, routes: [ { service: web } ] }
search:
  engine: opensearch
  url: \${SEARCH_URL}
  indices: [ { name: idx, source: { type: index } } ]
kafka: { brokers: "\${KAFKA_BROKERS}" }
`;
  // nothing listens on port 9: every connection is refused at once, so each command gets as far as connecting
  const NOWHERE = "http://127.0.0.1:9";
  const TRAFFIC_ENV = { AWS_REGION: "eu-west-1", AWS_ENDPOINT_URL: NOWHERE, TG_A: "web-a", AWS_MAX_ATTEMPTS: "1" };
  const cases: [string, string[], Record<string, string>][] = [
    ["status", [], TRAFFIC_ENV],
    ["rollback", ["--dry-run"], TRAFFIC_ENV],
    ["promote", ["--dry-run"], TRAFFIC_ENV],
    ["switch-traffic", ["--dry-run"], TRAFFIC_ENV],
    ["deploy-green", ["--dry-run", "--release", "v1"], TRAFFIC_ENV],
    ["migrate-db", ["--dry-run"], { DATABASE_URL: "postgresql://app:s3cret-pass@127.0.0.1:9/app" }],
    ["es-reindex", ["--phase", "plan"], { SEARCH_URL: NOWHERE, KAFKA_BROKERS: "127.0.0.1:9" }],
  ];
  it.each(cases)(
    "%s",
    async (command, args, env) => {
      const dir = mkdtempSync(join(tmpdir(), "cutover-scope-"));
      writeFileSync(join(dir, "cutover.yml"), SCOPED);
      mkdirSync(join(dir, "prisma", "migrations"), { recursive: true });
      writeFileSync(join(dir, "prisma", "schema.prisma"), "");
      const { io, stderr } = fakeIo(env);
      const code = await runCli([command, "--config", join(dir, "cutover.yml"), ...args], io);
      // it failed connecting (exit 1), not on a variable of a section it does not read (exit 2)
      expect(stderr()).not.toMatch(/is not set/);
      expect(code, stderr()).toBe(1);
    },
    60_000,
  );
});
