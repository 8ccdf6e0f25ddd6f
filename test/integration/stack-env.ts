/**
 * Connection settings for the real components that `scripts/stack.sh up` starts, and the guard that
 * integration tests put in front of them.
 *
 * Settings come from the environment (`CUTOVER_STACK_*`), else from the env file that `up` writes
 * (`$CUTOVER_STACK_DIR/env`, by default `.stack/env` under the repo root, which is vitest's cwd), else
 * from the stack's port table, `scripts/stack/ports.conf` (the file `scripts/stack.sh` reads too).
 *
 *   describe("orders index", () => {
 *     const stack = requireStack("es");   // skipped locally, failed under CI=true, when ES is down
 *     it("...", async () => { new Client({ node: stack.esUrl }) ... });
 *   });
 */
import { DescribeSubnetsCommand, EC2Client } from "@aws-sdk/client-ec2";
import { readFileSync } from "node:fs";
import { Socket } from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { beforeEach } from "vitest";

export type StackComponent = "pg" | "kafka" | "es" | "os" | "moto" | "flink";

const STACK_COMPONENTS: readonly StackComponent[] = ["pg", "kafka", "es", "os", "moto", "flink"];

/** Addresses; by default those of `scripts/stack/ports.conf`. */
export interface StackSettings {
  /** postgresql://cutover:…@127.0.0.1:<port>/cutover */
  pgUrl: string;
  /** ["127.0.0.1:<port>"] */
  kafkaBrokers: string[];
  /** http://127.0.0.1:<port> (Elasticsearch) */
  esUrl: string;
  /** http://127.0.0.1:<port> (OpenSearch) */
  osUrl: string;
  /** http://127.0.0.1:<port> (moto server) */
  awsEndpoint: string;
  /** http://127.0.0.1:<port> (Flink SQL Gateway, an optional component: `scripts/stack.sh up flink`) */
  flinkUrl: string;
}

/** The stack's port table, read by `scripts/stack.sh` too. */
export const PORT_TABLE_FILE = fileURLToPath(new URL("../../scripts/stack/ports.conf", import.meta.url));

/** One row of the port table: a port (and the variable that overrides it) or a settings variable. */
export interface PortTableRow {
  component: string;
  kind: "port" | "aux-port" | "address";
  variable: string;
  /** A port number, or an address with `@VARIABLE@` standing for a port. */
  value: string;
}

/** Parses the port table the way `scripts/stack/lib.sh` does (whitespace-separated, `#` comment lines). */
export function parsePortTable(text: string, file = PORT_TABLE_FILE): PortTableRow[] {
  const rows: PortTableRow[] = [];
  for (const [index, raw] of text.split(/\r?\n/).entries()) {
    const fields = raw.trim().split(/\s+/);
    if (fields[0] === "" || fields[0]?.startsWith("#")) continue;
    const [component, kind, variable, value] = fields;
    const valid =
      fields.length === 4 &&
      (kind === "port" || kind === "aux-port" || kind === "address") &&
      /^CUTOVER_STACK_[A-Z0-9_]+$/.test(variable ?? "") &&
      (kind === "address" || /^[0-9]+$/.test(value ?? ""));
    if (!valid || !component || !variable || !value) {
      throw new Error(`${file}:${index + 1}: expected 'component kind CUTOVER_STACK_NAME default', got '${raw.trim()}'`);
    }
    rows.push({ component, kind, variable, value });
  }
  return rows;
}

let portTable: PortTableRow[] | undefined;

function readPortTable(): PortTableRow[] {
  portTable ??= parsePortTable(readFileSync(PORT_TABLE_FILE, "utf8"));
  return portTable;
}

/**
 * The settings `scripts/stack.sh env` prints (settings variable → address) for the components of the
 * port table: its addresses with the ports filled in, a `CUTOVER_STACK_*_PORT` in `env` overriding the
 * table's default as it does for the script.
 */
export function defaultStackEnv(env: NodeJS.ProcessEnv = process.env, rows: PortTableRow[] = readPortTable()): Record<string, string> {
  const ports = new Map<string, string>();
  for (const row of rows) if (row.kind !== "address") ports.set(row.variable, env[row.variable] || row.value);
  const settings: Record<string, string> = {};
  for (const row of rows) {
    if (row.kind !== "address") continue;
    settings[row.variable] = row.value.replace(/@(CUTOVER_STACK_[A-Z0-9_]+)@/g, (match, name: string) => ports.get(name) ?? match);
  }
  return settings;
}

/** The variable that carries each component's address (the `address` rows of the port table). */
export const STACK_ENV_VARS: Record<StackComponent, string> = Object.fromEntries(
  STACK_COMPONENTS.map((component) => {
    const row = readPortTable().find((candidate) => candidate.component === component && candidate.kind === "address");
    if (!row) throw new Error(`${PORT_TABLE_FILE} has no address row for ${component}`);
    return [component, row.variable];
  }),
) as Record<StackComponent, string>;

const NAMES: Record<StackComponent, string> = {
  pg: "PostgreSQL",
  kafka: "Kafka",
  es: "Elasticsearch",
  os: "OpenSearch",
  moto: "moto server (AWS API emulator)",
  flink: "Flink SQL Gateway",
};

/** Credentials moto accepts (it checks none); region the stack's AWS tests use. */
export const MOTO_CREDENTIALS = { accessKeyId: "testing", secretAccessKey: "testing" } as const;
export const MOTO_REGION = "us-east-1";

/** Parses `export NAME=value` / `NAME=value` lines; `#` comments and blank lines are ignored. */
export function parseEnvFile(text: string): Record<string, string> {
  const values: Record<string, string> = {};
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) continue;
    const match = /^(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(line);
    if (!match) continue;
    let value = match[2] ?? "";
    if (value.length >= 2 && (value.startsWith("'") || value.startsWith('"')) && value.endsWith(value[0] ?? "")) {
      value = value.slice(1, -1);
    }
    values[match[1] ?? ""] = value;
  }
  return values;
}

/** Where `scripts/stack.sh up` writes its env file. */
export function stackEnvFile(cwd: string = process.cwd(), env: NodeJS.ProcessEnv = process.env): string {
  const stackDir = env.CUTOVER_STACK_DIR ? path.resolve(cwd, env.CUTOVER_STACK_DIR) : path.join(cwd, ".stack");
  return path.join(stackDir, "env");
}

function readEnvFile(file: string): Record<string, string> {
  try {
    return parseEnvFile(readFileSync(file, "utf8"));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return {};
    throw error;
  }
}

/** Connection settings: process.env first, then the stack's env file, then the port table. */
export function stackSettings(options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): StackSettings {
  const env = options.env ?? process.env;
  const fromFile = readEnvFile(stackEnvFile(options.cwd, env));
  const defaults = defaultStackEnv(env);
  const value = (component: StackComponent): string => {
    const name = STACK_ENV_VARS[component];
    return env[name] || fromFile[name] || defaults[name] || "";
  };
  return {
    pgUrl: value("pg"),
    kafkaBrokers: value("kafka")
      .split(",")
      .map((broker) => broker.trim())
      .filter((broker) => broker !== ""),
    esUrl: value("es"),
    osUrl: value("os"),
    awsEndpoint: value("moto"),
    flinkUrl: value("flink"),
  };
}

function addressOf(component: StackComponent, settings: StackSettings): { host: string; port: number } {
  switch (component) {
    case "pg": {
      const url = new URL(settings.pgUrl);
      return { host: url.hostname, port: Number(url.port || 5432) };
    }
    case "kafka": {
      const broker = settings.kafkaBrokers[0] ?? defaultStackEnv()[STACK_ENV_VARS.kafka] ?? "";
      const colon = broker.lastIndexOf(":");
      return { host: broker.slice(0, colon), port: Number(broker.slice(colon + 1)) };
    }
    case "es":
    case "os":
    case "moto":
    case "flink": {
      const raw = { es: settings.esUrl, os: settings.osUrl, moto: settings.awsEndpoint, flink: settings.flinkUrl }[component];
      const url = new URL(raw);
      return { host: url.hostname, port: Number(url.port || (url.protocol === "https:" ? 443 : 80)) };
    }
  }
}

function tcpProbe(host: string, port: number, timeoutMs: number): Promise<string | undefined> {
  return new Promise((resolve) => {
    const socket = new Socket();
    const done = (reason: string | undefined) => {
      socket.destroy();
      resolve(reason);
    };
    socket.setTimeout(timeoutMs, () => done(`no answer within ${timeoutMs} ms`));
    socket.once("error", (error: NodeJS.ErrnoException) => done(error.code ?? error.message));
    socket.connect(port, host, () => done(undefined));
  });
}

/** Undefined when the component accepts connections, else why not. */
export async function probeStack(
  component: StackComponent,
  settings: StackSettings = stackSettings(),
  timeoutMs = 2000,
): Promise<string | undefined> {
  const { host, port } = addressOf(component, settings);
  const reason = await tcpProbe(host, port, timeoutMs);
  return reason === undefined ? undefined : `${NAMES[component]} is not reachable at ${host}:${port} (${reason})`;
}

export function isCi(env: NodeJS.ProcessEnv = process.env): boolean {
  const value = (env.CI ?? "").toLowerCase();
  return value !== "" && value !== "false" && value !== "0";
}

const probes = new Map<StackComponent, Promise<string | undefined>>();

/**
 * Guards the tests of the enclosing `describe` (or file): before each test, checks once that the
 * component is reachable. When it is not, the test fails under CI (CI=true) and is skipped otherwise,
 * in both cases saying to run `scripts/stack.sh up`. Returns the connection settings.
 */
export function requireStack(component: StackComponent): StackSettings {
  const settings = stackSettings();
  beforeEach(async (context) => {
    let probe = probes.get(component);
    if (!probe) {
      probe = probeStack(component, settings);
      probes.set(component, probe);
    }
    const reason = await probe;
    if (reason === undefined) return;
    const message = `${reason}: run \`scripts/stack.sh up ${component}\` (or \`scripts/stack.sh up\` for all components)`;
    if (isCi()) throw new Error(message);
    context.skip(message);
  });
  return settings;
}

/**
 * Headers that let the Elasticsearch JS client talk to a server of another major version. Client 9.x
 * sends `compatible-with=9`, which Elasticsearch 8 rejects (media_type_header_exception); asking for
 * 8 works with both an 8.x and a 9.x server.
 */
export function elasticsearchCompatHeaders(serverMajor: number): Record<string, string> {
  if (serverMajor >= 9) return {};
  return {
    accept: `application/vnd.elasticsearch+json; compatible-with=${serverMajor}`,
    "content-type": `application/vnd.elasticsearch+json; compatible-with=${serverMajor}`,
  };
}

/**
 * The major version of the Elasticsearch node at `url`. Uses `_nodes/_local`, because Elastic's test
 * distribution (the one on Maven Central) has no `rest-root` module, so `GET /` answers 405 there.
 */
export async function elasticsearchMajor(url: string): Promise<number> {
  const response = await fetch(new URL("/_nodes/_local?filter_path=nodes.*.version", url));
  if (!response.ok) throw new Error(`GET _nodes/_local on ${url}: HTTP ${response.status}`);
  const body = (await response.json()) as { nodes?: Record<string, { version?: string }> };
  const version = Object.values(body.nodes ?? {})[0]?.version ?? "";
  const major = Number.parseInt(version, 10);
  if (!Number.isFinite(major)) throw new Error(`no version in _nodes/_local answer from ${url}`);
  return major;
}

/** Modules and plugins loaded on the search node at `url` (Elasticsearch or OpenSearch). */
export async function searchModules(url: string): Promise<string[]> {
  const response = await fetch(new URL("/_nodes/_local/plugins", url));
  if (!response.ok) throw new Error(`GET _nodes/_local/plugins on ${url}: HTTP ${response.status}`);
  const body = (await response.json()) as {
    nodes?: Record<string, { modules?: { name: string }[]; plugins?: { name: string }[] }>;
  };
  const names = new Set<string>();
  for (const node of Object.values(body.nodes ?? {})) {
    for (const entry of [...(node.modules ?? []), ...(node.plugins ?? [])]) names.add(entry.name);
  }
  return [...names].sort();
}

/** IDs of moto's default subnets (one per availability zone of `region`), which ELBv2 load balancers need. */
export async function motoDefaultSubnets(endpoint: string, region: string = MOTO_REGION): Promise<string[]> {
  const ec2 = new EC2Client({ endpoint, region, credentials: MOTO_CREDENTIALS });
  try {
    const { Subnets = [] } = await ec2.send(new DescribeSubnetsCommand({ Filters: [{ Name: "default-for-az", Values: ["true"] }] }));
    return Subnets.flatMap((subnet) => (subnet.SubnetId ? [subnet.SubnetId] : []));
  } finally {
    ec2.destroy();
  }
}
