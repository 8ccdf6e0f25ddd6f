import type { Dag } from "../pipeline/dag.js";
import type { Pipeline, PipelineTable } from "../pipeline/pipeline.js";
import type { StateFeature, TableRef } from "../sql/sql-facts.js";
import { displayName, tableKey } from "../sql/table-name.js";
import type { ChangeSet } from "./changes.js";
import type { FlinkReleasePlan, FlinkStep, RewrittenFile, TablePlan, TableStatus } from "./release-plan.js";
import { startFrom, type ReplaySettings } from "./replay.js";
import { rewriteTableNames, topicOptions } from "./rewrite.js";
import { nextVersionName, parseVersionedName } from "./version-name.js";

/**
 * The Flink release plan (pure, synchronous): which tables get a new version (the changed ones and,
 * transitively, every table reading one), what each green statement replays and why, the ordered
 * steps, and the SQL as it is deployed. Unchanged tables are untouched. Reading the files and the
 * deployed statements happens before; applying the steps happens after, in a backend.
 */

export interface FlinkReleaseInput {
  readonly pipeline: Pipeline;
  readonly dag: Dag;
  readonly changes: ChangeSet;
  readonly replay: ReplaySettings;
  /** Records a green statement may be behind the end of its inputs at the switch. */
  readonly maxLag: number;
  /**
   * By table id, the table name its deployed statements write now, when a backend can tell. It is
   * blue; green is the next version after it, or the name in the files if that is later (the
   * version was bumped by hand). Without it, the name in the files is taken as blue's.
   */
  readonly deployedNames?: ReadonlyMap<string, string>;
}

interface Versioned {
  readonly status: TableStatus;
  readonly reasons: string[];
  readonly blue: string | undefined;
  readonly green: string | undefined;
  /** The green name's last part, for the rewrite. */
  readonly greenLast?: string;
}

export function planFlinkRelease(input: FlinkReleaseInput): FlinkReleasePlan {
  const { pipeline, dag, changes, replay } = input;
  const rule = pipeline.versioning;
  const keyOf = (ref: TableRef) => tableKey(ref.parts, pipeline.defaults);
  const lastOf = (t: PipelineTable) => t.name[t.name.length - 1] ?? t.id;
  const fullName = (t: PipelineTable, last: string) => displayName([...t.name.slice(0, -1), last]);

  // statuses and names, sources first, so a table sees its parents' new versions
  const versions = new Map<string, Versioned>();
  for (const id of dag.order) {
    const table = dag.tables.get(id)!;
    const change = changes.tables.get(id);
    const newParents = (dag.parents.get(id) ?? []).filter((p) => isRenamed(versions.get(p)?.status));
    const reasons = [...(change?.reasons ?? [])];
    for (const p of newParents) {
      const parent = dag.tables.get(p)!;
      reasons.push(`reads ${parent.display}, which gets a new version (${versions.get(p)!.green})`);
    }
    if (change?.status === "new") {
      versions.set(id, { status: "new", reasons, blue: undefined, green: table.display });
      continue;
    }
    const status: TableStatus = change ? "changed" : newParents.length > 0 ? "descendant" : "unchanged";
    if (status === "unchanged") {
      versions.set(id, { status, reasons, blue: table.display, green: undefined });
      continue;
    }
    const deployed = input.deployedNames?.get(id);
    const blueLast = deployed ?? lastOf(table);
    const bumped = nextVersionName(blueLast, rule);
    const inFiles = lastOf(table);
    const byHand = deployed !== undefined && parseVersionedName(inFiles, rule).version > parseVersionedName(deployed, rule).version;
    const greenLast = byHand ? inFiles : bumped;
    versions.set(id, { status, reasons, blue: fullName(table, blueLast), green: fullName(table, greenLast), greenLast });
  }

  // the new last name part of every renamed table, by key
  const renames = new Map<string, string>();
  for (const [id, v] of versions) if (v.greenLast !== undefined) renames.set(dag.tables.get(id)!.key, v.greenLast);

  const stateOf = inheritedState(dag);
  const plans: TablePlan[] = dag.order.map((id) => {
    const table = dag.tables.get(id)!;
    const v = versions.get(id)!;
    const state = stateOf(id);
    const runs = table.kind === "table" && (table.dml !== undefined || isCtas(table));
    if (v.status === "unchanged" || !runs)
      return {
        id,
        kind: table.kind,
        status: v.status,
        blue: v.blue,
        green: v.green,
        reasons: v.reasons,
        state,
        startFrom: undefined,
        startReason: undefined,
      };
    const newInputs = (dag.parents.get(id) ?? []).filter((p) => isRenamed(versions.get(p)!.status)).map((p) => versions.get(p)!.green!);
    const running = table.dml?.statement ?? table.ddl!.statement;
    const start = startFrom({ state, newInputs, status: v.status, blueStatement: running }, replay);
    return {
      id,
      kind: table.kind,
      status: v.status,
      blue: v.blue,
      green: v.green,
      reasons: v.reasons,
      state,
      startFrom: start.from,
      startReason: start.reason,
    };
  });

  const deployedNow = plans.filter((p) => p.status !== "unchanged");
  const rewrites: RewrittenFile[] = [];
  for (const plan of deployedNow) {
    const table = dag.tables.get(plan.id)!;
    for (const file of [table.ddl, table.dml]) {
      if (!file) continue;
      const v = versions.get(plan.id)!;
      const topic = file.kind === "ddl" && v.greenLast !== undefined ? { from: lastOf(table), to: v.greenLast } : undefined;
      const text = rewriteTableNames(file.text, file.parsed, (ref) => renames.get(keyOf(ref)), topic);
      rewrites.push({ path: file.path, statement: file.statement, text });
    }
  }

  const problems: string[] = [];
  for (const p of deployedNow.filter((d) => isRenamed(d.status))) {
    const table = dag.tables.get(p.id)!;
    if (!table.ddl) problems.push(`${p.blue} gets a new version but ${table.dir} has no DDL file to create ${p.green} with`);
    for (const topic of table.ddl ? topicOptions(table.ddl.parsed) : []) {
      if (topic !== lastOf(table))
        problems.push(
          `${table.ddl!.path}: 'topic' = '${topic}' is not the table's name, so ${p.green} would write to the topic ${p.blue} writes; name the topic after the table, or give it a new version by hand`,
        );
    }
  }

  return {
    tables: plans,
    steps: steps(deployedNow, dag, input.maxLag),
    rewrites,
    externalInputs: dag.externals,
    externalOutputs: dag.externalOutputs,
    switchOver: deployedNow
      .filter((p) => isRenamed(p.status) && (dag.children.get(p.id) ?? []).length === 0)
      .map((p) => ({ blue: p.blue!, green: p.green! })),
    changeNotes: changes.notes,
    problems,
  };
}

const isRenamed = (status: TableStatus | undefined) => status === "changed" || status === "descendant";

const isCtas = (table: PipelineTable) => table.ddl?.parsed.statements.some((s) => s.kind === "create-table-as") ?? false;

/** A table's own state features and those of the views it reads (a view's query runs inside its readers). */
function inheritedState(dag: Dag): (id: string) => StateFeature[] {
  const memo = new Map<string, StateFeature[]>();
  const of = (id: string): StateFeature[] => {
    const known = memo.get(id);
    if (known) return known;
    const table = dag.tables.get(id)!;
    const fromViews = (dag.parents.get(id) ?? []).filter((p) => dag.tables.get(p)!.kind === "view").flatMap(of);
    const state = [...table.state, ...fromViews];
    memo.set(id, state);
    return state;
  };
  return of;
}

/** DDL of every deployed table first, then the statements, both sources first; then the switch. */
function steps(plans: readonly TablePlan[], dag: Dag, maxLag: number): FlinkStep[] {
  const out: FlinkStep[] = [];
  for (const plan of plans) {
    const table = dag.tables.get(plan.id)!;
    const ddl = table.ddl;
    if (!ddl || !plan.green) continue;
    const base = { table: plan.id, name: plan.green, statement: ddl.statement, file: ddl.path };
    if (table.kind === "view") out.push({ kind: "create-view", ...base });
    else if (isCtas(table) && plan.startFrom)
      out.push({ kind: "create-table-as", ...base, startFrom: plan.startFrom, stateful: plan.state.length > 0 });
    else out.push({ kind: "create-table", ...base });
  }
  for (const plan of plans) {
    const dml = dag.tables.get(plan.id)!.dml;
    if (!dml || !plan.green || !plan.startFrom) continue;
    out.push({
      kind: "start-statement",
      table: plan.id,
      name: plan.green,
      statement: dml.statement,
      file: dml.path,
      startFrom: plan.startFrom,
      stateful: plan.state.length > 0,
    });
  }
  const replaced = plans.filter((p) => isRenamed(p.status) && p.startFrom !== undefined);
  if (replaced.length === 0) return out;
  const running = (p: TablePlan) => dag.tables.get(p.id)!.dml?.statement ?? dag.tables.get(p.id)!.ddl!.statement;
  out.push({ kind: "wait-for-catch-up", statements: replaced.map(running), maxLag });
  for (const plan of replaced) out.push({ kind: "stop-statement", table: plan.id, name: plan.blue!, statement: running(plan) });
  return out;
}
