import { ddlTarget } from "../ddl-target.js";
import { tablesRead, type TablesRead } from "../sql/statement-reads.js";
import type { StatementInfo } from "../statement-port.js";
import { currentVersion, LIVE, type Deployed, type DeployedItem } from "./deployed.js";

/**
 * What `--phase cleanup` deletes (pure): what a switch or a rollback retired. After a switch, the
 * blue statements green replaced and their tables; after a rollback, the green statements and
 * tables of the release rolled back; views and tables filled from outside once a newer version
 * serves (or once theirs was rolled back). Never anything a running statement, or a view that
 * stays, reads: such a table is kept, and named with its reader. Nothing of a release still
 * waiting for its switch is touched.
 */

export interface CleanupStep {
  readonly key: string;
  readonly version: number;
  /** The statement to delete (stopped), if the version has one. */
  readonly statement: string | undefined;
  /** The recorded DDL and the DROP that removes its table or view. */
  readonly ddlRecord: string | undefined;
  readonly drop: string | undefined;
  readonly object: string | undefined;
  readonly why: string;
}

export interface CleanupPlan {
  /** Views first, then tables: a view that is kept never loses a table under it. */
  readonly steps: readonly CleanupStep[];
  readonly kept: readonly string[];
  readonly notes: readonly string[];
}

/**
 * `others`: every statement of the environment that cutover did not deploy for this prefix (other
 * pipelines, people's own); a table one of them reads while it runs is kept as well.
 */
export function planCleanup(deployed: Deployed, others: readonly StatementInfo[] = []): CleanupPlan {
  const retired = new Map<string, { key: string; version: number; why: string }>();
  const retire = (key: string, version: number, why: string) => retired.set(`${key}#${version}`, { key, version, why });
  const pending = new Set(deployed.pairs.filter((p) => p.state === "deployed").map((p) => p.green.release));
  const notes: string[] = [];

  for (const pair of deployed.pairs) {
    if (pair.state === "switched" && pair.blue) retire(pair.key, pair.blue.version, `replaced by ${pair.green.name} (switched)`);
    if (pair.state === "rolled-back") retire(pair.key, pair.green.version, `rolled back to ${pair.blueName}`);
  }
  for (const table of deployed.tables.values()) {
    for (const item of table.dml.values()) {
      if (item.replaces === undefined && !item.live && item.release && deployed.rolledBack.has(item.release))
        retire(table.key, item.version, `new in release ${item.release}, which was rolled back`);
    }
    if (table.dml.size > 0) continue;
    // a view, or a table filled from outside: the versions besides the one in service
    const current = currentVersion(deployed, table.key);
    const serving = current === undefined ? undefined : table.ddl.get(current);
    if (serving?.release && pending.has(serving.release)) continue;
    for (const item of table.ddl.values()) {
      if (item.version === current) continue;
      const rolled = item.release !== undefined && deployed.rolledBack.has(item.release);
      retire(table.key, item.version, rolled ? `made by release ${item.release}, which was rolled back` : `replaced by version ${current}`);
    }
  }

  const retiredNames = new Set<string>();
  const steps: CleanupStep[] = [];
  for (const { key, version, why } of retired.values()) {
    const table = deployed.tables.get(key)!;
    const dml = table.dml.get(version);
    const ddl = table.ddl.get(version);
    const target = ddl ? ddlTarget(ddl.info.sql) : undefined;
    if (dml) retiredNames.add(dml.name);
    if (ddl) retiredNames.add(ddl.name);
    steps.push({
      key,
      version,
      statement: dml?.name,
      ddlRecord: ddl?.name,
      drop: target ? `DROP ${target.kind === "view" ? "VIEW" : "TABLE"} IF EXISTS ${target.raw}` : undefined,
      object: target?.parts.at(-1),
      why,
    });
  }

  // who reads what: running statements, and the views that stay
  const readers: { name: string; reads: TablesRead | typeof UNKNOWN }[] = [];
  for (const table of deployed.tables.values()) {
    for (const item of [...table.dml.values(), ...table.ddl.values()]) {
      if (retiredNames.has(item.name)) continue;
      if (item.live || isView(item)) readers.push({ name: item.name, reads: tablesRead(item.info.sql) });
    }
  }
  for (const other of others) if (LIVE.has(other.phase)) readers.push({ name: other.name, reads: readsOf(other) });
  const kept: string[] = [];
  const safe = steps.filter((step) => {
    const reader = step.object === undefined ? undefined : readers.find((r) => r.reads === UNKNOWN || r.reads.names.has(step.object!));
    if (!reader) return true;
    const unsure =
      reader.reads === UNKNOWN
        ? " (cutover knows neither its SQL nor what its job reads, so it counts as reading every table: stop it, or drop by hand)"
        : reader.reads.parsed
          ? ""
          : " (its SQL could not be parsed, so every name in it counts as read)";
    kept.push(`${step.object} (${step.ddlRecord}) and its stopped statement are kept: ${reader.name} reads it and runs${unsure}`);
    return false;
  });
  const viewsFirst = (step: CleanupStep) => (step.drop?.startsWith("DROP VIEW") ? 0 : 1);
  safe.sort((a, b) => viewsFirst(a) - viewsFirst(b) || a.key.localeCompare(b.key) || a.version - b.version);
  if (pending.size > 0)
    notes.push(`release(s) ${[...pending].join(", ")} wait for their switch: nothing of theirs, nor what they replace, is cleaned up yet`);
  if (deployed.foreign.length > 0)
    notes.push(
      `statements not named by cutover are never touched: ${deployed.foreign.slice(0, 10).join(", ")}${deployed.foreign.length > 10 ? ", …" : ""}`,
    );
  return { steps: safe, kept, notes };
}

const UNKNOWN = "unknown";

/**
 * What another running statement reads: from its SQL; for a job started outside cutover (its SQL
 * unknown), from the tables its job plan reads; with neither, unknown, which keeps every table.
 */
function readsOf(other: StatementInfo): TablesRead | typeof UNKNOWN {
  if (other.sql.trim() !== "") return tablesRead(other.sql);
  if (other.reads) return { names: new Set(other.reads), parsed: true };
  return UNKNOWN;
}

const isView = (item: DeployedItem) => item.kind === "ddl" && ddlTarget(item.info.sql)?.kind === "view";
