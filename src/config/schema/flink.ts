import { z } from "zod";
import { suffixProblem } from "../../flink/plan/version-name.js";
import { count, duration, envNumber, HOUR, httpUrl, secret } from "./scalars.js";

/**
 * The `flink` section: blue/green for a pipeline of Flink SQL statements (`cutover flink`, see
 * docs/flink.md). The values arrive after `${VAR}` substitution, so secrets are written
 * `apiSecret: ${CONFLUENT_FLINK_API_SECRET}` and checked here only for their shape. Every flink
 * phase also reads the top-level `kafka` section: the lag of green statements is measured there,
 * the release lock is kept there, and so is the gateway's state.
 *
 *   flink:
 *     pipeline: pipelines/orders        # table folders (docs/flink-pipeline-layout.md), relative to this file
 *     catalog: prod-env                 # the current catalog and database: complete unqualified names
 *     database: orders-cluster
 *     backend:
 *       type: confluent                 # or: gateway (url, and optionally clusterUrl, savepointDir, properties)
 *       url: https://flink.eu-west-1.aws.confluent.cloud
 *       organizationId: ...
 *       environmentId: env-...
 *       computePoolId: lfcp-...
 *       principal: sa-...               # optional: the service account statements run as
 *       apiKey: ${FLINK_API_KEY}
 *       apiSecret: ${FLINK_API_SECRET}
 *     versioning: { suffix: _v{n} }     # int_orders_v1 → int_orders_v2; no suffix → _v2
 *     changes: { from: git, base: origin/main }   # or { from: hashes }: compare with the deployed statements' hashes
 *     replay: { from: earliest, stateless: replay }  # from: earliest | an ISO timestamp; stateless: replay | blue-offsets
 *     maxLag: 1000                      # records a green statement may be behind at the switch
 *     parseCache: .cutover/flink-parse-cache.json   # optional, relative to this file: parsed files kept between runs
 *     statementPrefix: orders           # backend statement names start with it (default: the project)
 *     stateTopic: cutover.flink.state   # the Kafka topic of the release lock (and of the gateway's state)
 *     timeouts: { start: 10m, stop: 5m, ddl: 5m }
 */

const text = (what: string, max = 255) =>
  z
    .string({ error: `${what} must be a string` })
    .min(1, `${what} must not be empty`)
    .max(max, `${what} must be at most ${max} characters`);

/** Confluent Cloud ids: a prefix and letters, digits or '-' ("env-a1b2c3", "lfcp-x9y8z7"). */
const cloudId = (what: string, prefix: string) =>
  z
    .string({ error: `${what} must be a string` })
    .regex(new RegExp(`^${prefix}-[A-Za-z0-9-]{1,64}$`), `${what} must look like ${prefix}-xxxxxx`);

const backendSchema = z.discriminatedUnion(
  "type",
  [
    z.strictObject({
      type: z.literal("confluent"),
      /** The regional Flink endpoint, e.g. https://flink.eu-west-1.aws.confluent.cloud. */
      url: httpUrl,
      organizationId: z.uuid({ error: "organizationId must be the organization's UUID" }),
      environmentId: cloudId("environmentId", "env"),
      computePoolId: cloudId("computePoolId", "lfcp"),
      /** The service account or user the statements run as; the API key's owner when left out. */
      principal: z
        .string()
        .regex(/^(sa|u)-[A-Za-z0-9-]{1,64}$/, "principal must be a service account (sa-...) or user (u-...) id")
        .optional(),
      /** Masked in every log like the secret: with it, the key is half of the credentials. */
      apiKey: secret("apiKey"),
      apiSecret: secret("apiSecret"),
    }),
    z.strictObject({
      type: z.literal("gateway"),
      /** The Flink SQL Gateway's REST endpoint, e.g. http://sql-gateway:8083. */
      url: httpUrl,
      /** Session properties set for every statement (execution.runtime-mode, state backend...). */
      properties: z.record(text("a property name"), z.string().max(4096)).default({}),
      /** The session cluster's REST endpoint: with it, a failed job's root exception is in the error. */
      clusterUrl: httpUrl.optional(),
      /** Savepoints go to `<savepointDir>/<statement>`; the cluster's default directory when absent. */
      savepointDir: text("savepointDir", 1024).optional(),
    }),
  ],
  { error: "backend.type must be confluent or gateway" },
);

const isoTimestamp = z.iso.datetime({ offset: true, error: "must be an ISO 8601 timestamp such as 2026-01-31T00:00:00Z" });

export const flinkSchema = z.strictObject({
  /** The pipeline folder, relative to the config file. */
  pipeline: text("pipeline", 1024),
  /** The current catalog and database: a name of one or two parts in the SQL is completed with these. */
  catalog: text("catalog").optional(),
  database: text("database").optional(),
  backend: backendSchema,
  versioning: z
    .strictObject({
      /** How a version is written after a table's base name; `{n}` is the number. */
      suffix: z
        .string()
        .max(32)
        .superRefine((suffix, ctx) => {
          const problem = suffixProblem(suffix);
          if (problem) ctx.addIssue({ code: "custom", message: problem });
        })
        .default("_v{n}"),
    })
    .default({ suffix: "_v{n}" }),
  /** How changed statements are found: the files git changed since `base`, or the deployed statements' content hashes. */
  changes: z
    .discriminatedUnion(
      "from",
      [
        z.strictObject({
          from: z.literal("git"),
          base: text("base", 255).regex(/^[^\s-][^\s]*$/, "base must be a git ref (no spaces, not starting with '-')"),
        }),
        z.strictObject({ from: z.literal("hashes") }),
      ],
      { error: "changes.from must be git or hashes" },
    )
    .default({ from: "hashes" }),
  replay: z
    .strictObject({
      /** Where redeployed statements start reading: earliest, or a timestamp when a full replay is pointless. */
      from: z.union([z.literal("earliest"), isoTimestamp]).default("earliest"),
      /** A stateless statement whose inputs keep their versions: replay (full history) or start at blue's offsets. */
      stateless: z.enum(["replay", "blue-offsets"]).default("replay"),
    })
    .default({ from: "earliest", stateless: "replay" }),
  /** Records a green statement may be behind the end of its inputs when the switch happens. */
  maxLag: envNumber(
    // eslint-disable-next-line no-restricted-syntax -- the number inside envNumber
    z
      .number({ error: "maxLag must be a whole number of records" })
      .int("maxLag must be a whole number of records")
      .min(0, "maxLag must be 0 or more")
      .max(1_000_000_000, "maxLag must be at most 1000000000"),
  ).default(1000),
  /**
   * A file where parsed statements are kept between runs, relative to the config file. Parsing is
   * most of the planner's time (the grammar's warm-up alone is seconds); with every file cached
   * the grammar is never loaded. Restore it with the CI's cache; a stale or missing file is ignored.
   */
  parseCache: text("parseCache", 1024).optional(),
  /**
   * Worker threads that parse the files beside the main thread (a pipeline of 200 files or more).
   * None by default: each pays the grammar's warm-up again, and on 2 cores that cost more than it
   * saved (docs/flink.md, "The planner's cost"). For a large pipeline on a machine with idle cores.
   */
  parseWorkers: count(0, 3).optional(),
  /**
   * The statements cutover deploys are named `<prefix>-dml-<table>` (tables and views it records
   * `<prefix>-ddl-<table>`); the project's name when left out. Two pipelines in one Flink
   * environment need two prefixes.
   */
  statementPrefix: z
    .string()
    .regex(/^[a-z0-9](?:[a-z0-9-]{0,30}[a-z0-9])?$/, "statementPrefix must be 1-32 lowercase letters, digits or '-'")
    .optional(),
  /**
   * The Kafka topic (in the `kafka` section's cluster) holding the release lock of the flink phases
   * and, for the gateway, what the gateway cannot keep (docs/flink-backends.md). Compacted, one partition.
   */
  stateTopic: z
    .string()
    .regex(/^[A-Za-z0-9._-]{1,249}$/, "stateTopic must be a Kafka topic name (letters, digits, '.', '_', '-')")
    .default("cutover.flink-gateway.state"),
  /** How long a phase change may take before the phase fails, naming the statement. */
  timeouts: z
    .strictObject({
      /** A statement starting or resuming (a Confluent compute pool may have to scale up first). */
      start: duration(HOUR).default(10 * 60_000),
      /** A statement stopping (with a savepoint on the gateway) or being deleted. */
      stop: duration(HOUR).default(5 * 60_000),
      /** One DDL statement. */
      ddl: duration(HOUR).default(5 * 60_000),
    })
    .default({ start: 10 * 60_000, stop: 5 * 60_000, ddl: 5 * 60_000 }),
});

export type FlinkConfig = z.output<typeof flinkSchema>;
export type FlinkBackendConfig = FlinkConfig["backend"];
