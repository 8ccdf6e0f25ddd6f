import type { KeyPath } from "./key-path.js";

/**
 * Which command needs which config field. A CI job is given only what its own command uses: a
 * rollback dispatched at 3 a.m. has the AWS role, not the image of the release or the database
 * secret. So a `${VAR}` left unset is a problem only in a field the command at hand needs; anywhere
 * else the value is left out (section-scope.ts), and a value that is set is still checked for shape.
 *
 * Each row was read off the code that reads the field: the AWS estate reader (every traffic command
 * reads the services' names and identities, the listeners and the alarms), the plans of each
 * traffic command, the migration runner and linter, the es-reindex phases (only those that read a
 * topic open Kafka) and the flink phases (every one keeps its lock in Kafka). docs/field-requirements.md
 * is this table for users; test/unit/field-needs.test.ts checks that every schema field has a row
 * and that the document matches.
 */

/** A command, or some of its phases (`--phase`; a command's default phase is `plan`). */
export interface Use {
  readonly command: string;
  readonly phases?: readonly string[];
}

export interface FieldRow {
  readonly fields: readonly string[];
  /** An unset variable here stops these commands (exit 2, naming the key and the variable). */
  readonly neededBy: readonly Use[];
  /** These read the field when it has a value and run without it. */
  readonly readWhenSetBy?: readonly Use[];
  /** Why, in a few words, for the document. */
  readonly note: string;
}

/** One run of a command: what `--phase` it was given, and fields a flag supplies instead (`--image`). */
export interface Stage {
  readonly command: string;
  readonly phase?: string;
  readonly given?: readonly string[];
}

/** A load for one command run, or "all": every field needed (tests, tools that read the whole file). */
export type FieldScope = Stage | "all";

const use = (command: string, phases?: readonly string[]): Use => (phases ? { command, phases } : { command });

const DEPLOY = use("deploy-green");
const VERIFY = use("verify");
const SWITCH = use("switch-traffic");
const PROMOTE = use("promote");
const ROLLBACK = use("rollback");
const STATUS = use("status");
/** Every command that reads the AWS estate (listeners, rules, target groups, services, alarms). */
const TRAFFIC = [DEPLOY, VERIFY, SWITCH, PROMOTE, ROLLBACK, STATUS];
/** The ones that take the release lock before a change. */
const LOCKING = [DEPLOY, SWITCH, PROMOTE, ROLLBACK];
const IAM = use("iam-policy");
const ES = use("es-reindex");
/** The es-reindex phases that read a topic: the load, catch-up, follow, and the write switch and rollback of a Kafka-fed build. */
export const ES_KAFKA_PHASES = ["load", "catch-up", "follow", "switch-write", "rollback", "all"] as const;
const FLINK = use("flink");

/** Every command that reads a config; the command table test checks the list. */
export const ALL_COMMANDS = [
  "plan",
  "lint-migrations",
  "migrate-db",
  ...TRAFFIC.map((u) => u.command),
  "iam-policy",
  "es-reindex",
  "flink",
];

export const FIELD_NEEDS: readonly FieldRow[] = [
  {
    fields: ["version", "project"],
    neededBy: ALL_COMMANDS.map((c) => use(c)),
    note: "name every release: tags, generated names, locks",
  },
  {
    fields: ["aws.region", "aws.endpoint", "aws.profile"],
    neededBy: TRAFFIC,
    readWhenSetBy: [IAM],
    note: "where the AWS calls go; iam-policy puts the region in ARNs",
  },
  {
    fields: ["database.url"],
    neededBy: [use("migrate-db")],
    readWhenSetBy: [use("lint-migrations")],
    note: "migrate-db connects; lint-migrations, given it, checks only the pending migrations",
  },
  {
    fields: ["database.schema", "database.prisma.config", "database.safety.mode", "database.safety.allow"],
    neededBy: [use("migrate-db"), use("lint-migrations")],
    note: "the Prisma project and the migration linter's settings",
  },
  {
    fields: ["database.prisma.command", "database.timeout", "database.lockTimeout", "database.statementTimeout"],
    neededBy: [use("migrate-db")],
    note: "how prisma migrate deploy runs",
  },
  {
    fields: [
      "services[].type",
      "services[].name",
      "services[].cluster",
      "services[].service",
      "services[].autoScalingGroup",
      "services[].targetGroups",
    ],
    neededBy: TRAFFIC,
    readWhenSetBy: [IAM],
    note: "which ECS service, Auto Scaling Group or target groups are blue and green",
  },
  {
    fields: [
      "services[].containerName",
      "services[].containerPort",
      "services[].image",
      "services[].desiredCount",
      "services[].launchTemplate.id",
      "services[].launchTemplate.name",
      "services[].launchTemplate.version",
      "services[].capacity",
      "services[].targetGroup.port",
      "services[].targetGroup.protocol",
      "services[].targetGroup.healthCheckPath",
      "services[].targetGroup.deregistrationDelay",
      "services[].readyTimeout",
    ],
    neededBy: [DEPLOY],
    note: "how green is built and when it counts as ready (`--image` stands in for image)",
  },
  {
    fields: ["services[].minHealthyTargets"],
    neededBy: [DEPLOY, SWITCH],
    note: "the healthy targets a target-group pair needs, before green is ready and at each step",
  },
  {
    fields: [
      "loadBalancers[].name",
      "loadBalancers[].listener.arn",
      "loadBalancers[].listener.loadBalancer",
      "loadBalancers[].listener.port",
      "loadBalancers[].routes[].service",
      "loadBalancers[].routes[].rule",
      "loadBalancers[].routes[].headerRouting",
    ],
    neededBy: TRAFFIC,
    readWhenSetBy: [IAM],
    note: "the listeners and rules that carry each service",
  },
  {
    fields: [
      "headerRouting.header",
      "headerRouting.green",
      "headerRouting.blue",
      "headerRouting.afterRelease",
      "headerRouting.afterRollback",
      "headerRouting.priorities",
      "headerRouting.makeRoom",
    ],
    neededBy: [DEPLOY, VERIFY, PROMOTE, ROLLBACK, STATUS],
    note: "the header rules green is reached by, and where they go after a release",
  },
  {
    fields: [
      "traffic.strategy",
      "traffic.steps",
      "traffic.increment",
      "traffic.bakeTime",
      "traffic.stickiness.enabled",
      "traffic.stickiness.duration",
    ],
    neededBy: [SWITCH],
    note: "how weight moves to green",
  },
  {
    fields: ["traffic.alarms"],
    neededBy: TRAFFIC,
    readWhenSetBy: [IAM],
    note: "read with the estate; switch-traffic watches them",
  },
  {
    fields: ["traffic.standby", "traffic.afterPromote"],
    neededBy: [PROMOTE],
    note: "what promote keeps of blue, and for how long",
  },
  {
    fields: ["services[].passRoles"],
    neededBy: [],
    readWhenSetBy: [IAM],
    note: "the roles iam-policy grants iam:PassRole on; deploy-green copies them from blue",
  },
  {
    fields: ["deployments.enabled", "deployments.environment", "deployments.url"],
    neededBy: [],
    readWhenSetBy: [DEPLOY, VERIFY, SWITCH, PROMOTE, ROLLBACK],
    note: "GitHub deployment records; recording never decides a release",
  },
  {
    fields: ["lock.type", "lock.table"],
    neededBy: LOCKING,
    readWhenSetBy: [IAM],
    note: "the release lock, taken before any change",
  },
  {
    fields: [
      "verify.baseUrl",
      "verify.timeout",
      "verify.retries",
      "verify.checks[].name",
      "verify.checks[].path",
      "verify.checks[].service",
      "verify.checks[].loadBalancer",
      "verify.checks[].method",
      "verify.checks[].headers",
      "verify.checks[].body",
      "verify.checks[].baseUrl",
      "verify.checks[].expect.status",
      "verify.checks[].expect.bodyContains",
      "verify.checks[].expect.json.path",
      "verify.checks[].expect.json.equals",
      "verify.checks[].timeout",
      "verify.checks[].retries",
    ],
    neededBy: [VERIFY],
    note: "the smoke checks sent to green",
  },
  {
    fields: ["kafka.brokers", "kafka.clientId", "kafka.ssl", "kafka.sasl.mechanism", "kafka.sasl.username", "kafka.sasl.password"],
    neededBy: [use("es-reindex", ES_KAFKA_PHASES), FLINK],
    note: "the Kafka connection: es-reindex's phases that read a topic; every flink phase (lag, lock, gateway state)",
  },
  {
    fields: [
      "search.engine",
      "search.url",
      "search.auth.username",
      "search.auth.password",
      "search.auth.apiKey",
      "search.indices[].name",
      "search.indices[].aliases.read",
      "search.indices[].aliases.write",
      "search.indices[].mappings",
      "search.indices[].settings",
      "search.indices[].liveSettings",
      "search.indices[].source.type",
      "search.indices[].source.index",
      "search.indices[].source.query",
      "search.indices[].source.script.source",
      "search.indices[].source.script.lang",
      "search.indices[].source.script.params",
      "search.indices[].source.slices",
      "search.indices[].source.fullTopic",
      "search.indices[].source.incrementalTopic",
      "search.indices[].source.idField",
      "search.indices[].source.versionField",
      "search.indices[].source.deleteField",
      "search.indices[].source.batchSize",
      "search.indices[].source.concurrency",
      "search.indices[].source.catchUp.from",
      "search.indices[].source.catchUp.rewind",
      "search.indices[].source.catchUp.maxLag",
      "search.indices[].source.catchUp.maxRounds",
      "search.indices[].source.consumerGroup",
      "search.indices[].readWeight",
      "search.indices[].writeSwitch",
      "search.indices[].validation.maxCountDifference",
      "search.indices[].validation.sampleQueries",
      "search.indices[].validation.topK",
      "search.indices[].validation.minOverlap",
      "search.indices[].validation.maxLatencyRatio",
      "search.indices[].validation.latencySamples",
      "search.indices[].validation.maxErrors",
      "search.indices[].retention",
    ],
    neededBy: [ES],
    note: "the engine and each index's build, every phase",
  },
  {
    fields: [
      "flink.pipeline",
      "flink.catalog",
      "flink.database",
      "flink.backend.type",
      "flink.backend.url",
      "flink.backend.organizationId",
      "flink.backend.environmentId",
      "flink.backend.computePoolId",
      "flink.backend.principal",
      "flink.backend.apiKey",
      "flink.backend.apiSecret",
      "flink.backend.properties",
      "flink.backend.clusterUrl",
      "flink.backend.savepointDir",
      "flink.versioning.suffix",
      "flink.changes.from",
      "flink.changes.base",
      "flink.replay.from",
      "flink.replay.stateless",
      "flink.maxLag",
      "flink.parseCache",
      "flink.parseWorkers",
      "flink.statementPrefix",
      "flink.stateTopic",
      "flink.timeouts.start",
      "flink.timeouts.stop",
      "flink.timeouts.ddl",
    ],
    neededBy: [FLINK],
    note: "the pipeline and its backend, every phase",
  },
];

const ROW_OF: ReadonlyMap<string, FieldRow> = new Map(FIELD_NEEDS.flatMap((row) => row.fields.map((field) => [field, row] as const)));

/** A location as a field pattern: list positions become `[]` (`services[0].image` → `services[].image`). */
export function patternOf(path: KeyPath): string {
  let out = "";
  for (const part of path) out += typeof part === "number" ? "[]" : out === "" ? String(part) : `.${String(part)}`;
  return out;
}

/**
 * The field a location belongs to: itself, or the nearest ancestor with a row (a key inside a map
 * such as `verify.checks[0].headers.Authorization`, a position in a list of values). Undefined for a
 * key the schema does not know; the schema reports that one.
 */
export function fieldOf(path: KeyPath): string | undefined {
  for (let end = path.length; end > 0; end--) {
    const pattern = patternOf(path.slice(0, end));
    if (ROW_OF.has(pattern)) return pattern;
  }
  return undefined;
}

/** The phase a run takes: `--phase`, or the command's default. */
const phaseOf = (stage: Stage) => stage.phase ?? "plan";

function covers(uses: readonly Use[], stage: Stage): boolean {
  return uses.some((u) => u.command === stage.command && (u.phases === undefined || u.phases.includes(phaseOf(stage))));
}

/** Whether this run needs the field: an unset variable there is a problem. */
export function stageNeeds(stage: Stage, field: string): boolean {
  if (stage.given?.includes(field)) return false;
  const row = ROW_OF.get(field);
  return row !== undefined && covers(row.neededBy, stage);
}

/** Whether the value at `path` is needed; a key the schema does not know counts as needed (the schema rejects it). */
export function needsPath(path: KeyPath, scope: FieldScope): boolean {
  if (scope === "all") return true;
  const field = fieldOf(path);
  return field === undefined || stageNeeds(scope, field);
}

/** Whether the run reads anything in a top-level section: then the section must be there in full. */
export function readsSection(section: string, scope: FieldScope): boolean {
  if (scope === "all") return true;
  return FIELD_NEEDS.some(
    (row) =>
      covers(row.neededBy, scope) && row.fields.some((f) => f === section || f.startsWith(`${section}.`) || f.startsWith(`${section}[`)),
  );
}

/** The runs that need a field, for messages: `deploy-green`, `es-reindex --phase load|catch-up|...`. */
export function describeNeeders(field: string | undefined): string[] {
  const row = field === undefined ? undefined : ROW_OF.get(field);
  return (row?.neededBy ?? []).map(describeUse);
}

export function describeUse(u: Use): string {
  return u.phases ? `${u.command} --phase ${u.phases.join("|")}` : u.command;
}
