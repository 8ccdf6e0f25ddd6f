import { createHash } from "node:crypto";
import type { Dag } from "../pipeline/dag.js";
import type { PipelineTable, SqlFile } from "../pipeline/pipeline.js";
import type { FlinkReleasePlan, StartFrom, TablePlan } from "../plan/release-plan.js";
import { topicOptions } from "../plan/rewrite.js";
import { parseVersionedName, type VersionRule } from "../plan/version-name.js";
import { allRefs } from "../sql/sql-facts.js";
import { tableKey, type NameDefaults } from "../sql/table-name.js";
import type { DdlRecord, StartPosition, StatementSource } from "../statement-port.js";
import { currentVersion, lastPart as lastName, recordedTableName, type Deployed } from "./deployed.js";
import { LABEL, labelValue, statementName, tableKeyOf } from "./names.js";
import { tablesRead } from "../sql/statement-reads.js";
import { splitStatementText } from "./statement-text.js";

/**
 * What `--phase deploy` does, from the release plan (the planner's) and what is deployed (pure):
 * the DDL of every new table and view, recorded with its hash and labels, then every green
 * statement with its start position, sources first. Blue keeps running. A rerun skips what is in
 * place already, and replaces a statement an earlier attempt left FAILED; it refuses a name held
 * by a stopped statement (a release rolled back and not cleaned up yet) or by another definition.
 */

export type DeployAction =
  | {
      readonly kind: "create-ddl";
      readonly table: string;
      /** The table or view the DDL creates. */
      readonly object: string;
      readonly sql: string;
      readonly record: DdlRecord;
    }
  | {
      readonly kind: "start-statement";
      readonly table: string;
      readonly name: string;
      /** The table it writes. */
      readonly writes: string;
      readonly sql: string;
      readonly contentHash: string;
      readonly labels: Readonly<Record<string, string>>;
      readonly properties: Readonly<Record<string, string>>;
      readonly sources: readonly StatementSource[];
      readonly start: StartPosition;
      readonly startFrom: StartFrom;
      readonly stateful: boolean;
      /** An earlier attempt left a FAILED (or finished) statement of this name: deleted first. */
      readonly replaceFailed: boolean;
    };

export interface DeployPlan {
  readonly release: string;
  readonly actions: readonly DeployAction[];
  /** Steps already done by an earlier run. */
  readonly done: readonly string[];
  /** What in the files keeps the release from being deployed (bad input: exit 2). */
  readonly problems: readonly string[];
  /** What deployed keeps it from going ahead (refused: exit 3). Nothing is changed then. */
  readonly refusals: readonly string[];
  readonly notes: readonly string[];
}

export interface DeployInput {
  readonly prefix: string;
  /** The release label (--release, the tag); without one, a name made from what the release deploys, the same on a rerun. */
  readonly release: string | undefined;
  readonly backend: "flink-sql-gateway" | "confluent-cloud";
  readonly plan: FlinkReleasePlan;
  readonly dag: Dag;
  readonly defaults: NameDefaults;
  readonly versioning: VersionRule;
  readonly deployed: Deployed;
  /** Merged under each statement's own SET properties (the gateway's session properties). */
  readonly properties: Readonly<Record<string, string>>;
}

const lastOf = (table: PipelineTable) => table.name[table.name.length - 1] ?? table.id;

export function planDeploy(input: DeployInput): DeployPlan {
  const { plan, dag, deployed, prefix } = input;
  const release = input.release ?? derivedRelease(plan);
  const actions: DeployAction[] = [];
  const done: string[] = [];
  const problems = [...plan.problems];
  const refusals: string[] = [];
  const notes: string[] = [];
  const tablePlans = new Map(plan.tables.map((t) => [t.id, t] as const));
  const rewritten = new Map(plan.rewrites.map((r) => [r.path, r.text] as const));
  const versionOf = (name: string) => parseVersionedName(name, input.versioning).version;
  const greenLast = (t: TablePlan) => lastName(t.green ?? t.id);
  const labelsFor = (kind: "dml" | "ddl", t: TablePlan, version: number): Record<string, string> => {
    const blueVersion = t.blue !== undefined && t.status !== "new" ? versionOfBlue(t) : undefined;
    return {
      [LABEL.project]: prefix,
      [LABEL.kind]: kind,
      [LABEL.table]: labelValue(t.id),
      [LABEL.version]: String(version),
      [LABEL.release]: labelValue(release),
      ...(blueVersion !== undefined ? { [LABEL.replaces]: String(blueVersion) } : {}),
      ...(kind === "dml" && plan.switchOver.some((s) => s.green === t.green) ? { [LABEL.readOutside]: "true" } : {}),
    };
  };
  const versionOfBlue = (t: TablePlan) => versionOf(lastName(t.blue!));

  /** What the SQL reads, as named in the green text, and the topic behind each (tables only: a view takes no hints). */
  const sourcesOf = (file: SqlFile): { sources: StatementSource[]; viaViews: string[] } => {
    const sources = new Map<string, StatementSource>();
    const viaViews: string[] = [];
    for (const ref of allRefs(file.parsed).filter((r) => r.role === "read")) {
      const key = tableKey(ref.parts, input.defaults);
      const read = [...dag.tables.values()].find((t) => t.key === key);
      const written = ref.parts[ref.parts.length - 1]?.value ?? "";
      if (read?.kind === "view") {
        viaViews.push(read.display);
        continue;
      }
      const readPlan = read ? tablePlans.get(read.id) : undefined;
      const renamed = readPlan && readPlan.green !== undefined && readPlan.status !== "new";
      const table = renamed ? greenLast(readPlan) : written;
      sources.set(table, { table, topic: read ? topicOf(read, renamed ? table : undefined) : written });
    }
    return { sources: [...sources.values()], viaViews };
  };

  for (const step of plan.steps) {
    // the catch-up and the stops are the switch's (switch-plan.ts)
    if (step.kind === "wait-for-catch-up" || step.kind === "stop-statement") continue;
    const t = tablePlans.get(step.table);
    const table = dag.tables.get(step.table);
    if (!t || !table) continue;
    if (step.kind === "create-table-as") {
      problems.push(
        `${step.file}: CREATE TABLE … AS SELECT is not deployed by cutover flink yet; write the table's DDL and an INSERT INTO (its DML) instead`,
      );
      continue;
    }
    if (step.kind === "create-table" || step.kind === "create-view") {
      const version = versionOf(greenLast(t));
      const name = statementName(prefix, "ddl", t.id, version);
      const split = splitStatementText(rewritten.get(step.file) ?? table.ddl!.text, step.file);
      if (!split.ok) {
        problems.push(split.problem);
        continue;
      }
      const found = deployed.tables.get(tableKeyOf(t.id))?.ddl.get(version);
      if (found && found.info.contentHash === table.ddl!.hash) {
        done.push(`${step.kind === "create-view" ? "view" : "table"} ${step.name} exists (${name})`);
        continue;
      }
      if (found) {
        refusals.push(
          `${name} exists with another definition (hash ${found.info.contentHash ?? "none"}, the files say ${table.ddl!.hash}); a release of this version was made from other files: bump the version by hand, or clean up first`,
        );
        continue;
      }
      const topic = step.kind === "create-table" ? topicOf(table, t.status === "new" ? undefined : greenLast(t)) : undefined;
      const blueTopic = t.blue !== undefined && step.kind === "create-table" ? topicOf(table, lastName(t.blue)) : undefined;
      actions.push({
        kind: "create-ddl",
        table: t.id,
        object: step.name,
        sql: split.value.sql,
        record: {
          name,
          contentHash: table.ddl!.hash,
          labels: labelsFor("ddl", t, version),
          ...(topic && hasTopicOption(table) ? { topic: { name: topic, ...(blueTopic ? { partitionsLike: blueTopic } : {}) } } : {}),
        },
      });
      continue;
    }
    if (step.kind !== "start-statement") continue;
    const dml = table.dml!;
    const version = versionOf(greenLast(t));
    const name = statementName(prefix, "dml", t.id, version);
    const split = splitStatementText(rewritten.get(dml.path) ?? dml.text, dml.path);
    if (!split.ok) {
      problems.push(split.problem);
      continue;
    }
    const existing = deployed.tables.get(tableKeyOf(t.id))?.dml.get(version);
    let replaceFailed = false;
    if (existing) {
      const phase = existing.info.phase;
      if (existing.live && existing.info.contentHash === dml.hash) {
        done.push(`${name} is ${phase}`);
        continue;
      }
      if ((phase === "FAILED" || phase === "COMPLETED") && existing.info.contentHash === dml.hash) replaceFailed = true;
      else if (phase === "STOPPED")
        refusals.push(
          `${name} exists, STOPPED: a release of this version was rolled back (or stopped by hand); run --phase cleanup to delete it, then deploy again`,
        );
      else
        refusals.push(
          `${name} exists (${phase}) with another definition (hash ${existing.info.contentHash ?? "none"}, the files say ${dml.hash})`,
        );
      if (!replaceFailed) continue;
    }
    const { sources, viaViews } = sourcesOf(dml);
    if (viaViews.length > 0)
      notes.push(
        `${name} reads ${viaViews.join(", ")}: a view takes no start options, so the tables under it start where their own DDL says`,
      );
    actions.push({
      kind: "start-statement",
      table: t.id,
      name,
      writes: step.name,
      sql: split.value.sql,
      contentHash: dml.hash,
      labels: labelsFor("dml", t, version),
      properties: { ...input.properties, ...split.value.properties },
      sources,
      start: startPosition(step.startFrom, (blue) => blueStatement(input, blue)),
      startFrom: step.startFrom,
      stateful: step.stateful,
      replaceFailed,
    });
  }
  if (actions.length === 0 && refusals.length === 0 && done.length > 0) notes.push("everything this release deploys is in place already");
  return { release, actions, done, problems, refusals, notes };
}

/** `flink-3fa9c2`: a hash of the green names the release deploys, so a rerun labels alike. */
function derivedRelease(plan: FlinkReleasePlan): string {
  const greens = plan.tables.filter((t) => t.green !== undefined).map((t) => `${t.id}=${t.green}`);
  return `flink-${createHash("sha256").update(greens.sort().join("\n")).digest("hex").slice(0, 10)}`;
}

/** blue's running statement for a `blue-offsets` start: the table's current version. */
function blueStatement(input: DeployInput, planStatement: string): string {
  const id = planStatement.startsWith("dml.") || planStatement.startsWith("ddl.") ? planStatement.slice(4) : planStatement;
  const version = currentVersion(input.deployed, tableKeyOf(id)) ?? 1;
  return statementName(input.prefix, "dml", id, version);
}

function startPosition(from: StartFrom, blue: (statement: string) => string): StartPosition {
  switch (from.kind) {
    case "earliest":
      return { kind: "earliest" };
    case "timestamp":
      return { kind: "timestamp", ms: Date.parse(from.at) };
    case "blue-offsets":
      return { kind: "carry-over", from: blue(from.blueStatement) };
  }
}

const hasTopicOption = (table: PipelineTable) => table.ddl !== undefined && topicOptions(table.ddl.parsed).length > 0;

/**
 * The Kafka topic behind a table: its DDL's 'topic' option (renamed with the table when it is the
 * table's name, as the planner's rewrite does), else the table's own name, as on Confluent Cloud.
 */
function topicOf(table: PipelineTable, renamedTo: string | undefined): string {
  const topic = table.ddl ? topicOptions(table.ddl.parsed)[0] : undefined;
  if (topic === undefined) return renamedTo ?? lastOf(table);
  return renamedTo !== undefined && topic === lastOf(table) ? renamedTo : topic;
}

export interface DeployedFacts {
  /** By table id, the name its version in service writes (the planner's `deployedNames`). */
  readonly names: Map<string, string>;
  /** By statement (`ddl.<id>`, `dml.<id>`), the content hash of the version in service. */
  readonly hashes: Map<string, string>;
  /** By statement, why its version in service must follow: it reads a version of a table no longer in service. */
  readonly stale: Map<string, string>;
}

/** For plan and deploy alike: what the planner needs to know of the versions in service. */
export function deployedFacts(deployed: Deployed, ids: readonly string[]): DeployedFacts {
  const names = new Map<string, string>();
  const hashes = new Map<string, string>();
  const stale = new Map<string, string>();
  // every recorded table name, and whether its version is the one in service
  const recorded = new Map<string, { key: string; version: number; current: boolean }>();
  for (const table of deployed.tables.values()) {
    const current = currentVersion(deployed, table.key);
    for (const item of table.ddl.values()) {
      const name = recordedTableName(item);
      if (name) recorded.set(name, { key: table.key, version: item.version, current: item.version === current });
    }
  }
  for (const id of ids) {
    const key = tableKeyOf(id);
    const version = currentVersion(deployed, key);
    const table = deployed.tables.get(key);
    if (version === undefined || !table) continue;
    const ddl = table.ddl.get(version);
    const dml = table.dml.get(version);
    const name = ddl ? recordedTableName(ddl) : undefined;
    if (name) names.set(id, name);
    if (ddl?.info.contentHash) hashes.set(`ddl.${id}`, ddl.info.contentHash);
    if (dml?.info.contentHash) hashes.set(`dml.${id}`, dml.info.contentHash);
    const old = dml ? [...tablesRead(dml.info.sql).names].filter((read) => recorded.get(read)?.current === false) : [];
    if (dml && old.length > 0)
      stale.set(
        `dml.${id}`,
        `${dml.name} reads ${old.join(", ")}, a version no longer in service (a deploy stopped part-way?): it follows its input's new version`,
      );
  }
  return { names, hashes, stale };
}
