import { InputError } from "../../errors.js";
import type { Pipeline, PipelineTable, TableInput } from "./pipeline.js";

/**
 * The pipeline's DAG (pure). Tables are nodes; an edge runs from each table a statement reads to
 * the table it writes (a view's edges come from its query). Tables read but defined by no folder
 * are external inputs (raw CDC topics, tables of another pipeline): allowed, and listed. A cycle,
 * or a table written by two folders' statements, cannot be versioned one statement at a time:
 * both are InputErrors (exit 2) naming the tables.
 */

export interface ExternalInput extends TableInput {
  /** Ids of the tables whose statements read it. */
  readonly readBy: readonly string[];
}

export interface Dag {
  /** Table ids, sources before consumers; ties in id order, so the plan is the same on every run. */
  readonly order: readonly string[];
  readonly tables: ReadonlyMap<string, PipelineTable>;
  /** For each id, the ids of the pipeline tables it reads. */
  readonly parents: ReadonlyMap<string, readonly string[]>;
  /** For each id, the ids of the pipeline tables that read it. */
  readonly children: ReadonlyMap<string, readonly string[]>;
  readonly externals: readonly ExternalInput[];
  /** Tables written by a statement but defined nowhere in the pipeline (sinks owned elsewhere). */
  readonly externalOutputs: readonly ExternalInput[];
}

export function buildDag(pipeline: Pipeline): Dag {
  const problems: string[] = [];
  const byKey = new Map<string, PipelineTable>();
  for (const table of pipeline.tables) {
    const other = byKey.get(table.key);
    if (other) problems.push(`${table.display} is created by two table folders: ${other.dir} and ${table.dir}`);
    else byKey.set(table.key, table);
  }

  const parents = new Map<string, string[]>();
  const children = new Map<string, string[]>();
  const externals = new Map<string, { input: TableInput; readBy: string[] }>();
  const externalOutputs = new Map<string, { input: TableInput; readBy: string[] }>();
  for (const table of pipeline.tables) {
    parents.set(table.id, []);
    children.set(table.id, children.get(table.id) ?? []);
  }
  for (const table of pipeline.tables) {
    for (const input of table.reads) {
      const source = byKey.get(input.key);
      if (!source) {
        const entry = externals.get(input.key) ?? { input, readBy: [] };
        entry.readBy.push(table.id);
        externals.set(input.key, entry);
        continue;
      }
      if (source.id === table.id) {
        problems.push(`${table.display} reads itself (${table.dml?.path ?? table.ddl?.path}): a cycle`);
        continue;
      }
      parents.get(table.id)!.push(source.id);
      children.get(source.id)!.push(table.id);
    }
    for (const output of table.alsoWrites) {
      const owner = byKey.get(output.key);
      if (owner)
        problems.push(
          `${output.display} is written by two statements: ${owner.dml?.path ?? owner.ddl?.path} and ${table.dml?.path ?? table.ddl?.path}; a table written by two statements cannot get a new version one statement at a time`,
        );
      else {
        const entry = externalOutputs.get(output.key) ?? { input: output, readBy: [] };
        entry.readBy.push(table.id);
        externalOutputs.set(output.key, entry);
      }
    }
  }

  const tables = new Map(pipeline.tables.map((t) => [t.id, t] as const));
  const order = topologicalOrder([...tables.keys()], parents, children);
  if (order.length < tables.size) {
    for (const cycle of findCycles(tables, parents, new Set(order))) problems.push(`a cycle: ${cycle.join(" → ")}`);
  }
  if (problems.length > 0) throw new InputError(`the Flink pipeline's graph has ${problems.length} problem(s)`, problems);

  const listed = (m: Map<string, { input: TableInput; readBy: string[] }>) =>
    [...m.values()].map(({ input, readBy }) => ({ ...input, readBy })).sort((a, b) => a.display.localeCompare(b.display));
  return { order, tables, parents, children, externals: listed(externals), externalOutputs: listed(externalOutputs) };
}

/** Kahn's algorithm, always taking the smallest ready id; tables in a cycle are left out. */
function topologicalOrder(ids: string[], parents: Map<string, string[]>, children: Map<string, string[]>): string[] {
  const waiting = new Map(ids.map((id) => [id, new Set(parents.get(id)).size] as const));
  const ready = ids.filter((id) => waiting.get(id) === 0).sort();
  const order: string[] = [];
  while (ready.length > 0) {
    const id = ready.shift()!;
    order.push(id);
    for (const child of new Set(children.get(id))) {
      const left = waiting.get(child)! - 1;
      waiting.set(child, left);
      if (left === 0) {
        ready.push(child);
        ready.sort();
      }
    }
  }
  return order;
}

/** One cycle through each group of tables left out of the order, named by display name and closed on its first table. */
function findCycles(tables: Map<string, PipelineTable>, parents: Map<string, string[]>, ordered: Set<string>): string[][] {
  const cycles: string[][] = [];
  const reported = new Set<string>();
  for (const start of [...tables.keys()].sort()) {
    if (ordered.has(start) || reported.has(start)) continue;
    // walk parents among the unordered tables until a table repeats
    const path: string[] = [];
    const seen = new Map<string, number>();
    let at: string | undefined = start;
    while (at !== undefined && !seen.has(at)) {
      seen.set(at, path.length);
      path.push(at);
      at = [...new Set(parents.get(at))].sort().find((p) => !ordered.has(p));
    }
    if (at === undefined) continue;
    const walked = path.slice(seen.get(at)).reverse(); // parents walked backwards: show data flow
    const first = walked.indexOf([...walked].sort()[0]!);
    const cycle = [...walked.slice(first), ...walked.slice(0, first)]; // from its smallest id, the same on every run
    if (cycle.some((id) => reported.has(id))) continue;
    cycle.forEach((id) => reported.add(id));
    const names = cycle.map((id) => tables.get(id)!.display);
    cycles.push([...names, names[0]!]);
  }
  return cycles;
}
