/**
 * Typed view of the parts of node-sql-parser's MySQL AST the rules read. The parser's own typings are
 * loose (`any` in many places), so the raw tree is taken as `unknown` and decoded here with guards into
 * a small discriminated union; nothing untyped leaves this module.
 */

export type MyIndexKind = "plain" | "unique" | "fulltext" | "spatial";

export interface MyAddColumn {
  kind: "add-column";
  column: string;
  notNull: boolean;
  hasDefault: boolean;
  /** The default is an expression in parentheses, e.g. `DEFAULT (UUID())`. */
  expressionDefault: boolean;
  /** Upper-cased names of every function called in the default expression. */
  defaultFunctions: string[];
  autoIncrement: boolean;
  generated: boolean;
  generatedStored: boolean;
  primaryKey: boolean;
}

export type MyAlterAction =
  | MyAddColumn
  | { kind: "drop-column"; column: string }
  | { kind: "modify-column"; column: string; notNull: boolean; hasDefault: boolean }
  | { kind: "change-column"; from: string; to: string }
  | { kind: "rename-column"; from: string; to: string }
  | { kind: "rename-table"; to: string }
  | { kind: "add-index"; indexKind: MyIndexKind }
  | { kind: "add-primary-key" }
  | { kind: "drop-primary-key" }
  | { kind: "add-foreign-key" }
  | { kind: "add-check" }
  | { kind: "engine" }
  | { kind: "other"; action: string };

export interface MyOnline {
  /** Upper-cased ALGORITHM= value, when given. */
  algorithm?: string;
  /** Upper-cased LOCK= value, when given. */
  lock?: string;
}

export type MyStatement =
  | { kind: "create-table"; table: string }
  | ({ kind: "create-index"; table: string; index: string; indexKind: MyIndexKind } & MyOnline)
  | { kind: "drop-table"; tables: string[] }
  | { kind: "drop-index"; table: string; index: string }
  | { kind: "rename-table"; pairs: { from: string; to: string }[] }
  | ({ kind: "alter-table"; table: string; actions: MyAlterAction[] } & MyOnline)
  | { kind: "truncate"; tables: string[] }
  | { kind: "update"; tables: string[]; hasWhere: boolean }
  | { kind: "delete"; tables: string[]; hasWhere: boolean }
  | { kind: "lock-tables"; tables: string[] }
  | { kind: "other"; type: string };

type Raw = Readonly<Record<string, unknown>>;

function isRaw(value: unknown): value is Raw {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function rec(value: unknown): Raw {
  return isRaw(value) ? value : {};
}

function str(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** A table reference `{ db, table }`. */
function tableName(value: unknown): string | undefined {
  return str(rec(value).table);
}

function tableNames(value: unknown): string[] {
  return list(value)
    .map(tableName)
    .filter((t): t is string => t !== undefined);
}

/** A column reference: `{ column: "a" }` or, in some positions, `{ column: { expr: { value: "a" } } }`. */
function columnName(value: unknown): string | undefined {
  const column = rec(value).column;
  return str(column) ?? str(rec(rec(column).expr).value);
}

function upper(value: unknown): string | undefined {
  return str(value)?.toUpperCase();
}

/** Every function name called anywhere inside an expression tree. */
function functionNames(value: unknown, into: string[] = []): string[] {
  if (Array.isArray(value)) {
    for (const item of value) functionNames(item, into);
  } else if (isRaw(value)) {
    if (value.type === "function") {
      const parts = list(rec(value.name).name).map((p) => str(rec(p).value) ?? "");
      const last = parts[parts.length - 1];
      if (last) into.push(last.toUpperCase());
    }
    for (const child of Object.values(value)) functionNames(child, into);
  }
  return into;
}

function indexKind(keyword: unknown): MyIndexKind {
  const k = str(keyword)?.toLowerCase() ?? "";
  if (k.startsWith("unique")) return "unique";
  if (k.startsWith("fulltext")) return "fulltext";
  if (k.startsWith("spatial")) return "spatial";
  return "plain";
}

function notNull(expr: Raw): boolean {
  return str(rec(expr.nullable).type)?.toLowerCase() === "not null";
}

function addColumn(expr: Raw, column: string): MyAddColumn {
  const defaultValue = isRaw(expr.default_val) ? expr.default_val.value : undefined;
  const generated = rec(expr.generated);
  const primaryKey = str(expr.primary_key) ?? str(expr.unique_or_primary);
  return {
    kind: "add-column",
    column,
    notNull: notNull(expr) || (primaryKey?.toLowerCase().includes("primary") ?? false),
    hasDefault: defaultValue !== undefined,
    expressionDefault: rec(defaultValue).parentheses === true,
    defaultFunctions: functionNames(defaultValue),
    autoIncrement: expr.auto_increment !== undefined && expr.auto_increment !== null,
    generated: isRaw(expr.generated),
    generatedStored: str(generated.storage_type)?.toLowerCase() === "stored",
    primaryKey: primaryKey?.toLowerCase().includes("primary") ?? false,
  };
}

function constraintAction(expr: Raw): MyAlterAction {
  const def = rec(expr.create_definitions);
  const type = str(def.constraint_type)?.toLowerCase() ?? "";
  if (type === "primary key") return { kind: "add-primary-key" };
  if (type === "foreign key") return { kind: "add-foreign-key" };
  if (type === "check") return { kind: "add-check" };
  if (type.startsWith("unique")) return { kind: "add-index", indexKind: "unique" };
  return { kind: "other", action: `add ${type}` };
}

function alterAction(expr: Raw): MyAlterAction | undefined {
  const action = str(expr.action)?.toLowerCase();
  const resource = str(expr.resource)?.toLowerCase();
  if (resource === "algorithm" || resource === "lock") return undefined;
  if (resource === "engine") return { kind: "engine" };
  const column = columnName(expr.column);
  switch (action) {
    case "add":
      if (resource === "column" && column) return addColumn(expr, column);
      if (resource === "index") return { kind: "add-index", indexKind: indexKind(expr.keyword) };
      if (resource === "constraint") return constraintAction(expr);
      break;
    case "drop":
      if (resource === "column" && column) return { kind: "drop-column", column };
      if (resource === "key" && str(expr.keyword)?.toLowerCase() === "primary key") return { kind: "drop-primary-key" };
      break;
    case "modify":
      if (column) return { kind: "modify-column", column, notNull: notNull(expr), hasDefault: isRaw(expr.default_val) };
      break;
    case "change": {
      const from = columnName(expr.old_column);
      if (from && column) return { kind: "change-column", from, to: column };
      break;
    }
    case "rename": {
      const from = columnName(expr.old_column);
      if (resource === "column" && from && column) return { kind: "rename-column", from, to: column };
      const to = str(expr.table) ?? tableName(expr.table);
      if (resource === "table" && to) return { kind: "rename-table", to };
      break;
    }
  }
  return { kind: "other", action: [action, resource].filter(Boolean).join(" ") };
}

function online(expr: unknown): MyOnline {
  const out: MyOnline = {};
  for (const item of list(expr)) {
    const raw = rec(item);
    const resource = str(raw.resource)?.toLowerCase();
    if (resource === "algorithm") out.algorithm = upper(raw.algorithm);
    if (resource === "lock") out.lock = upper(raw.lock);
  }
  return out;
}

/** Decodes one statement of node-sql-parser's MySQL AST. */
export function decodeMySql(ast: unknown): MyStatement {
  const node = rec(ast);
  const type = str(node.type)?.toLowerCase() ?? "";
  const keyword = str(node.keyword)?.toLowerCase();
  switch (type) {
    case "create": {
      if (keyword === "table") return { kind: "create-table", table: tableNames(node.table)[0] ?? "" };
      if (keyword === "index") {
        const algorithm = upper(rec(node.algorithm_option).algorithm);
        const lock = upper(rec(node.lock_option).lock);
        return {
          kind: "create-index",
          table: tableName(node.table) ?? "",
          index: str(node.index) ?? "",
          indexKind: indexKind(node.index_type),
          ...(algorithm ? { algorithm } : {}),
          ...(lock ? { lock } : {}),
        };
      }
      break;
    }
    case "drop":
      if (keyword === "table") return { kind: "drop-table", tables: tableNames(node.name) };
      if (keyword === "index") return { kind: "drop-index", table: tableName(node.table) ?? "", index: columnName(node.name) ?? "" };
      break;
    case "rename":
      return {
        kind: "rename-table",
        pairs: list(node.table).flatMap((pair) => {
          const [from, to] = tableNames(pair);
          return from && to ? [{ from, to }] : [];
        }),
      };
    case "alter": {
      const actions = list(node.expr)
        .map((e) => alterAction(rec(e)))
        .filter((a): a is MyAlterAction => a !== undefined);
      return { kind: "alter-table", table: tableNames(node.table)[0] ?? "", actions, ...online(node.expr) };
    }
    case "truncate":
      return { kind: "truncate", tables: tableNames(node.name) };
    case "update":
      return { kind: "update", tables: tableNames(node.table), hasWhere: node.where !== null && node.where !== undefined };
    case "delete":
      return { kind: "delete", tables: tableNames(node.from), hasWhere: node.where !== null && node.where !== undefined };
    case "lock":
      return { kind: "lock-tables", tables: list(node.tables).flatMap((t) => tableName(rec(t).table) ?? []) };
  }
  return { kind: "other", type };
}
