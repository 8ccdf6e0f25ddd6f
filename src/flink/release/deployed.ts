import { ddlTarget } from "../ddl-target.js";
import { tablesRead } from "../sql/statement-reads.js";
import type { StatementInfo, StatementPhase } from "../statement-port.js";
import { LABEL, parseStatementName, withVersion, type StatementKind } from "./names.js";

/**
 * What cutover deployed, as read back from the backend (pure): every statement and recorded DDL
 * of the prefix, grouped by table and version, and the blue/green pairs they form. Which phase a
 * release is in is never stored: it follows from the statements' phases.
 *
 * - green running, its blue running: deployed, waiting for the switch;
 * - green running, blue stopped: switched (blue is kept for a rollback until cleanup);
 * - green stopped, blue running: rolled back (green is kept until cleanup).
 */

/** Phases in which a statement is (or is about to be) processing. */
export const LIVE: ReadonlySet<StatementPhase> = new Set(["PENDING", "RUNNING", "DEGRADED", "FAILING"]);

export interface DeployedItem {
  readonly name: string;
  readonly kind: StatementKind;
  readonly key: string;
  readonly version: number;
  /** The version this one replaces (a green statement), from its label. */
  readonly replaces: number | undefined;
  readonly release: string | undefined;
  readonly readOutside: boolean;
  readonly info: StatementInfo;
  readonly live: boolean;
}

export interface DeployedTable {
  readonly key: string;
  /** By version. */
  readonly dml: ReadonlyMap<number, DeployedItem>;
  readonly ddl: ReadonlyMap<number, DeployedItem>;
}

export type PairState = "deployed" | "switched" | "rolled-back" | "other";

/** A green statement and the blue one it replaces. */
export interface Pair {
  readonly key: string;
  readonly green: DeployedItem;
  /** Undefined once blue was cleaned up. */
  readonly blue: DeployedItem | undefined;
  readonly blueName: string;
  readonly state: PairState;
}

export interface Deployed {
  readonly prefix: string;
  readonly tables: ReadonlyMap<string, DeployedTable>;
  readonly pairs: readonly Pair[];
  /** Releases with a pair in the rolled-back state: their new tables and views are retired too. */
  readonly rolledBack: ReadonlySet<string>;
  /** By table key, the version in service (see currentVersion). */
  readonly current: ReadonlyMap<string, number>;
  /** Statements of the project whose names cutover did not make: listed, never touched. */
  readonly foreign: readonly string[];
}

export function readDeployed(prefix: string, infos: readonly StatementInfo[]): Deployed {
  const tables = new Map<string, { key: string; dml: Map<number, DeployedItem>; ddl: Map<number, DeployedItem> }>();
  const foreign: string[] = [];
  for (const info of infos) {
    const parsed = parseStatementName(prefix, info.name);
    if (!parsed) {
      foreign.push(info.name);
      continue;
    }
    const replaces = Number(info.labels[LABEL.replaces]);
    const item: DeployedItem = {
      name: info.name,
      kind: parsed.kind,
      key: parsed.key,
      version: parsed.version,
      replaces: Number.isInteger(replaces) && replaces > 0 ? replaces : undefined,
      release: info.labels[LABEL.release],
      readOutside: info.labels[LABEL.readOutside] === "true",
      info,
      live: LIVE.has(info.phase),
    };
    const table = tables.get(parsed.key) ?? { key: parsed.key, dml: new Map(), ddl: new Map() };
    table[parsed.kind].set(parsed.version, item);
    tables.set(parsed.key, table);
  }
  const pairs: Pair[] = [];
  for (const table of tables.values()) {
    for (const green of table.dml.values()) {
      if (green.replaces === undefined) continue;
      const blue = table.dml.get(green.replaces);
      pairs.push({ key: table.key, green, blue, blueName: withVersion(green.name, green.replaces), state: pairState(green, blue) });
    }
  }
  pairs.sort((a, b) => a.green.name.localeCompare(b.green.name));
  const rolledBack = new Set(pairs.filter((p) => p.state === "rolled-back" && p.green.release).map((p) => p.green.release!));
  return { prefix, tables, pairs, rolledBack, current: versionsInService(tables, rolledBack), foreign: foreign.sort() };
}

/**
 * The version of each table that is in service. A table with a statement: the highest version
 * whose statement runs (else the highest not rolled back). A view, or a table filled from outside:
 * the highest version not made by a release rolled back whose query reads only versions in service,
 * so a view created by a deploy that has not started its statements yet is not taken for the one
 * in service.
 */
function versionsInService(tables: ReadonlyMap<string, DeployedTable>, rolledBack: ReadonlySet<string>): Map<string, number> {
  const kept = (item: DeployedItem) => !item.release || !rolledBack.has(item.release);
  const byName = new Map<string, { key: string; version: number }>();
  for (const table of tables.values())
    for (const item of table.ddl.values()) {
      const name = recordedTableName(item);
      if (name) byName.set(name, { key: table.key, version: item.version });
    }
  const current = new Map<string, number>();
  const visiting = new Set<string>();
  const of = (key: string): number | undefined => {
    if (current.has(key)) return current.get(key);
    const table = tables.get(key);
    if (!table || visiting.has(key)) return undefined;
    visiting.add(key);
    let found: number | undefined;
    const live = [...table.dml.values()].filter((item) => item.live).map((item) => item.version);
    if (live.length > 0) found = Math.max(...live);
    else if (table.dml.size > 0) found = highest([...table.dml.values()].filter(kept));
    else {
      const candidates = [...table.ddl.values()].filter(kept).sort((a, b) => b.version - a.version);
      const readsInService = (item: DeployedItem) =>
        [...tablesRead(item.info.sql).names].every((name) => {
          const read = byName.get(name);
          return !read || read.key === key || of(read.key) === read.version;
        });
      found = (candidates.find(readsInService) ?? candidates.at(-1))?.version;
    }
    visiting.delete(key);
    if (found !== undefined) current.set(key, found);
    return found;
  };
  for (const key of tables.keys()) of(key);
  return current;
}

const highest = (items: readonly DeployedItem[]) => (items.length > 0 ? Math.max(...items.map((item) => item.version)) : undefined);

function pairState(green: DeployedItem, blue: DeployedItem | undefined): PairState {
  if (green.live && blue?.live) return "deployed";
  if (green.live && (!blue || !blue.live)) return "switched";
  if (!green.live && green.info.phase === "STOPPED" && blue?.live) return "rolled-back";
  return "other";
}

/** The version of a table that is in service; undefined when nothing of it is deployed. */
export function currentVersion(deployed: Deployed, key: string): number | undefined {
  return deployed.current.get(key);
}

/** The table (or view) name a recorded DDL creates, last part only: `int_orders_v2`. */
export function recordedTableName(item: DeployedItem): string | undefined {
  return ddlTarget(item.info.sql)?.parts.at(-1);
}

/** The last part of a possibly qualified, possibly backticked name, without its backticks. */
export function lastPart(raw: string): string {
  let last = "";
  let i = 0;
  while (i < raw.length) {
    if (raw[i] === ".") {
      last = "";
      i++;
    } else if (raw[i] === "`") {
      // a quoted part runs to the backquote that is not doubled
      let j = i + 1;
      let part = "";
      while (j < raw.length && !(raw[j] === "`" && raw[j + 1] !== "`")) {
        part += raw[j];
        j += raw[j] === "`" ? 2 : 1;
      }
      last = part;
      i = j + 1;
    } else {
      last += raw[i];
      i++;
    }
  }
  return last;
}
