import { z } from "zod";
import { MIN_SECRET_LENGTH } from "../config/limits.js";
import type { FlinkPlanOptions } from "./plan/plan-from-files.js";
import type { ReplaySettings } from "./plan/replay.js";
import { suffixProblem } from "./plan/version-name.js";

/**
 * The `flink` section of cutover.yml: blue/green for a pipeline of Flink SQL statements. The
 * values arrive after `${VAR}` substitution (config/env-substitution.ts), so secrets are written
 * `apiSecret: ${CONFLUENT_FLINK_API_SECRET}` and checked here only for their shape.
 *
 *   flink:
 *     pipeline: pipelines/orders        # table folders (docs/flink-pipeline-layout.md), relative to this file
 *     catalog: prod-env                 # the current catalog and database: complete unqualified names
 *     database: orders-cluster
 *     backend:
 *       type: confluent                 # or: gateway (a Flink SQL Gateway: url only, plus an optional session config)
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
 */

const text = (what: string, max = 255) =>
  z
    .string({ error: `${what} must be a string` })
    .min(1, `${what} must not be empty`)
    .max(max, `${what} must be at most ${max} characters`);

const secret = (what: string) =>
  z
    .string({ error: `${what} must be a string` })
    .min(MIN_SECRET_LENGTH, `${what} must be at least ${MIN_SECRET_LENGTH} characters (a shorter secret would be masked all over the log)`)
    .max(4096, `${what} must be at most 4096 characters`);

const httpUrl = z.url({ protocol: /^https?$/, error: "must be an http(s) URL" });

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
      apiKey: text("apiKey", 128),
      apiSecret: secret("apiSecret"),
    }),
    z.strictObject({
      type: z.literal("gateway"),
      /** The Flink SQL Gateway's REST endpoint, e.g. http://sql-gateway:8083. */
      url: httpUrl,
      /** Session properties set when the session opens (execution.runtime-mode, state backend...). */
      properties: z.record(text("a property name"), z.string().max(4096)).default({}),
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
  maxLag: z
    .number({ error: "maxLag must be a whole number of records" })
    .int("maxLag must be a whole number of records")
    .min(0, "maxLag must be 0 or more")
    .max(1_000_000_000, "maxLag must be at most 1000000000")
    .default(1000),
  /**
   * A file where parsed statements are kept between runs, relative to the config file. Parsing is
   * most of the planner's time (the grammar's warm-up alone is seconds); with every file cached
   * the grammar is never loaded. Restore it with the CI's cache; a stale or missing file is ignored.
   */
  parseCache: text("parseCache", 1024).optional(),
});

export type FlinkConfig = z.output<typeof flinkSchema>;
export type FlinkBackendConfig = FlinkConfig["backend"];

/** The planner's replay settings from the config's `replay` section. */
export function replaySettings(config: FlinkConfig): ReplaySettings {
  return { from: config.replay.from === "earliest" ? "earliest" : { timestamp: config.replay.from }, stateless: config.replay.stateless };
}

/** The planner's options from the config section (the parse cache and deployed names come from adapters). */
export function flinkPlanOptions(config: FlinkConfig): FlinkPlanOptions {
  return {
    defaults: { catalog: config.catalog, database: config.database },
    versioning: { suffix: config.versioning.suffix },
    replay: replaySettings(config),
    maxLag: config.maxLag,
  };
}
