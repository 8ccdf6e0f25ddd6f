import type { ParserRuleContext, ParseTree, Token } from "antlr4ng";
import {
  FlinkSqlParser as P,
  type CreateTableAsSelectContext,
  type CreateViewContext,
  type FunctionCallExpressionContext,
  type GroupByClauseContext,
  type InsertSimpleStatementContext,
  type OverWindowItemContext,
  type QueryStatementContext,
  type SelectClauseContext,
  type SelectStatementContext,
  type SimpleCreateTableContext,
  type TableExpressionContext,
  type TablePrimaryContext,
  type WindowTVFClauseContext,
  type WindowTVFParamContext,
  type WithOptionContext,
} from "dt-sql-parser/dist/lib/flink/FlinkSqlParser.js";
import type { NamePart, SqlStatement, StateFeature, StateKind, StatementKind, TableOption, TableRef, TableRole } from "./sql-facts.js";
import { unquoteIdentifier } from "./table-name.js";

/**
 * Walks one statement's parse tree and collects its table references and stateful features. The
 * walk is explicit about where a table name can be: a FROM/JOIN item (tablePrimary), a window
 * TVF's `TABLE x`, an INSERT target, a CREATE target, a LIKE source. Other names in the tree
 * (columns, functions, aliases, CTE names) are never taken for tables.
 *
 * CTEs: `WITH c AS (...)` makes `c` visible to the later WITH items and to the query; a one-part
 * name that matches a visible CTE is the CTE, even if a real table has the same name.
 */

/** Where a token sits in the file: offsets for the rewrite, the significant-token index for the hash. */
export interface TokenPlaces {
  place(token: Token): { start: number; end: number; token: number };
}

/**
 * A rule node, told by shape rather than `instanceof`: a bundle may hold two copies of antlr4ng
 * (dt-sql-parser's ESM import and a CommonJS require of ours), and a class check across copies fails.
 */
function isRule(node: ParseTree | null | undefined): node is ParserRuleContext {
  return node !== null && node !== undefined && typeof (node as Partial<ParserRuleContext>).ruleIndex === "number" && "children" in node;
}

/** Aggregate functions that make a SELECT without GROUP BY a global (stateful) aggregation. */
const AGGREGATES = new Set([
  "COUNT",
  "SUM",
  "AVG",
  "MIN",
  "MAX",
  "COLLECT",
  "LISTAGG",
  "ARRAY_AGG",
  "STDDEV_POP",
  "STDDEV_SAMP",
  "VAR_POP",
  "VAR_SAMP",
  "FIRST_VALUE",
  "LAST_VALUE",
  "JSON_ARRAYAGG",
  "JSON_OBJECTAGG",
]);

export class StatementWalker {
  private readonly refs: TableRef[] = [];
  private readonly state: StateFeature[] = [];
  private readonly options: TableOption[] = [];
  private kind: StatementKind = "other";

  constructor(
    private readonly places: TokenPlaces,
    private readonly problems: string[],
    private readonly file: string,
  ) {}

  statement(root: ParserRuleContext): SqlStatement {
    this.walk(root, new Set());
    return { kind: this.kind, line: root.start?.line ?? 1, refs: this.refs, state: this.state, options: this.options };
  }

  /** The WITH clause's options with string, number or boolean values; the synthetic `WITH ('')` of token-fixups.ts has none. */
  private withOptions(withOption: WithOptionContext | null): void {
    for (const property of withOption?.tablePropertyList().tableProperty() ?? []) {
      const keyToken = property.tablePropertyKey().start;
      const valueToken = property.tablePropertyValue()?.start;
      if (!keyToken || !valueToken || keyToken.start < 0 || valueToken.start < 0) continue;
      const place = this.places.place(valueToken);
      this.options.push({
        key: unquoteString(keyToken.text ?? ""),
        value: unquoteString(valueToken.text ?? ""),
        start: place.start,
        end: place.end,
      });
    }
  }

  private feature(kind: StateKind, detail: string, at: ParserRuleContext): void {
    this.state.push({ kind, detail, line: at.start?.line ?? 0 });
  }

  private name(role: TableRole, path: ParserRuleContext, windowTable?: Token): void {
    const parts: NamePart[] = [];
    for (const child of path.children ?? []) {
      if (!isRule(child) || child.ruleIndex !== P.RULE_identifier) continue;
      const token = child.start;
      if (!token) continue;
      const text = token.text ?? "";
      if (text.startsWith("'") || text.startsWith('"')) {
        this.problems.push(
          `${this.file}:${token.line}:${token.column + 1}: ${text} is a string where a table name belongs (Flink quotes names with backticks)`,
        );
      }
      const { value, quoted } = unquoteIdentifier(text);
      parts.push({ value, quoted, line: token.line, column: token.column + 1, ...this.places.place(token) });
    }
    if (parts.length === 0) return;
    const window = windowTable ? { tableKeyword: this.places.place(windowTable).start } : undefined;
    this.refs.push(window ? { role, parts, window } : { role, parts });
  }

  private children(node: ParserRuleContext, scope: ReadonlySet<string>, skip?: ParseTree): void {
    for (const child of node.children ?? []) if (child !== skip) this.walk(child, scope);
  }

  private walk(node: ParseTree, scope: ReadonlySet<string>): void {
    if (!isRule(node)) return; // a token
    switch (node.ruleIndex) {
      case P.RULE_simpleCreateTable: {
        const ctx = node as SimpleCreateTableContext;
        this.kind = "create-table";
        this.name("create", ctx.tablePathCreate());
        this.withOptions(ctx.withOption());
        const like = ctx.likeDefinition();
        if (like) this.name("like", like.tablePath());
        return; // columns, watermarks and options name no tables
      }
      case P.RULE_createTableAsSelect: {
        const ctx = node as CreateTableAsSelectContext;
        this.kind = "create-table-as";
        this.name("create", ctx.tablePathCreate());
        this.withOptions(ctx.withOption());
        const query = ctx.queryStatement();
        if (query) this.walk(query, scope);
        return;
      }
      case P.RULE_createView: {
        const ctx = node as CreateViewContext;
        this.kind = "create-view";
        this.name("create", ctx.viewPathCreate());
        this.walk(ctx.queryStatement(), scope);
        return;
      }
      case P.RULE_insertMulStatement:
      case P.RULE_insertMulStatementCompatibility:
        this.kind = "statement-set";
        break;
      case P.RULE_insertSimpleStatement: {
        const ctx = node as InsertSimpleStatementContext;
        if (this.kind !== "statement-set") this.kind = "insert";
        this.name("write", ctx.tablePath());
        const query = ctx.queryStatement();
        if (query) this.walk(query, scope);
        return;
      }
      case P.RULE_queryStatement:
        return this.query(node as QueryStatementContext, scope);
      case P.RULE_tablePrimary:
        return this.tablePrimary(node as TablePrimaryContext, scope);
      case P.RULE_tableExpression:
        this.joins(node as TableExpressionContext);
        break;
      case P.RULE_windowTVFClause: {
        const ctx = node as WindowTVFClauseContext;
        const name = ctx.windowTVFExpression().windowTVFName().start?.text?.toUpperCase() ?? "window";
        this.feature("window", `${name} window`, ctx);
        break;
      }
      case P.RULE_windowTVFParam: {
        const ctx = node as WindowTVFParamContext;
        const column = ctx.timeAttrColumn();
        if (ctx.KW_TABLE() && column) {
          const uid = column.uid();
          const ids = uid.identifier();
          const single = ids.length === 1 ? unquoteIdentifier(ids[0]?.start?.text ?? "").value : undefined;
          if (single === undefined || !scope.has(single)) this.name("read", uid, ctx.KW_TABLE()?.symbol);
          return;
        }
        break;
      }
      case P.RULE_groupByClause: {
        const ctx = node as GroupByClauseContext;
        const groupWindow = ctx.groupItemDefinition().find((item) => item.groupWindowFunction());
        const windowName = groupWindow?.groupWindowFunction()?.groupWindowFunctionName().getText().toUpperCase();
        this.feature("aggregation", windowName ? `GROUP BY ${windowName}(...) group window` : "GROUP BY", ctx);
        break;
      }
      case P.RULE_selectClause: {
        const ctx = node as SelectClauseContext;
        if (ctx.setQuantifier()?.KW_DISTINCT()) this.feature("distinct", "SELECT DISTINCT", ctx);
        break;
      }
      case P.RULE_selectStatement: {
        const ctx = node as SelectStatementContext;
        if (!ctx.groupByClause()) {
          const aggregate = findAggregate(ctx.selectClause());
          if (aggregate) this.feature("aggregation", `${aggregate}(...) without GROUP BY (a global aggregation)`, ctx);
        }
        break;
      }
      case P.RULE_overWindowItem: {
        const ctx = node as OverWindowItemContext;
        const fn = ctx.primaryExpression().start?.text?.toUpperCase() ?? "";
        if (fn === "ROW_NUMBER") this.feature("deduplication", "ROW_NUMBER() OVER (deduplication or Top-N)", ctx);
        else this.feature("over", `${fn}(...) OVER aggregation`, ctx);
        break;
      }
      case P.RULE_matchRecognizeClause:
        this.feature("match-recognize", "MATCH_RECOGNIZE", node);
        break;
    }
    this.children(node, scope);
  }

  private query(ctx: QueryStatementContext, scope: ReadonlySet<string>): void {
    // a query inside an expression (IN, EXISTS, a scalar subquery) runs as a join in a stream
    const parentRule = ctx.parent?.ruleIndex;
    if (parentRule === P.RULE_predicate || parentRule === P.RULE_booleanExpression || parentRule === P.RULE_primaryExpression)
      this.feature("join", "a subquery in an expression (IN, EXISTS or scalar: a join)", ctx);
    const operator = ctx._operator?.text?.toUpperCase();
    if (operator === "INTERSECT" || operator === "EXCEPT") this.feature("set-operation", operator, ctx);
    if (operator === "UNION" && !ctx.KW_ALL()) this.feature("set-operation", "UNION (without ALL: removes duplicates)", ctx);
    const withClause = ctx.withClause();
    if (!withClause) return this.children(ctx, scope);
    const inner = new Set(scope);
    for (const item of withClause.withItem()) {
      this.walk(item.queryStatement(), inner); // a WITH item sees the ones before it
      inner.add(unquoteIdentifier(item.withItemName().start?.text ?? "").value);
    }
    this.children(ctx, inner, withClause);
  }

  private tablePrimary(ctx: TablePrimaryContext, scope: ReadonlySet<string>): void {
    const path = ctx.tablePath() ?? ctx.viewPath();
    if (path) {
      const ids = path.children?.filter((c) => isRule(c) && c.ruleIndex === P.RULE_identifier) ?? [];
      const single = ids.length === 1 ? unquoteIdentifier((ids[0] as ParserRuleContext).start?.text ?? "").value : undefined;
      if (single === undefined || !scope.has(single)) this.name("read", path);
    }
    // LATERAL TABLE(fn(...)) is a function; a subquery or UNNEST is walked for the tables inside
    for (const child of ctx.children ?? []) if (child !== path) this.walk(child, scope);
  }

  private joins(ctx: TableExpressionContext): void {
    if (ctx.KW_JOIN()) {
      const right = ctx.tableExpression(1);
      const refs = right?.tableReference() ?? [];
      const primary = refs.length === 1 ? refs[0]!.tablePrimary() : undefined;
      // JOIN LATERAL TABLE(fn(...)) and CROSS JOIN UNNEST(...) expand each row: a correlation, no join state
      if (primary?.atomFunctionTable() || primary?.atomExpressionTable()?.KW_UNNEST()) return;
      const words = [ctx.KW_NATURAL(), ctx.KW_LEFT(), ctx.KW_RIGHT(), ctx.KW_FULL(), ctx.KW_INNER(), ctx.KW_CROSS(), ctx.KW_OUTER()]
        .filter((w) => w !== null)
        .map((w) => w.getText().toUpperCase());
      const join = [...words, "JOIN"].join(" ");
      if (primary?.systemTimePeriod()) this.feature("temporal-join", `${join} ... FOR SYSTEM_TIME AS OF (temporal join)`, ctx);
      else this.feature("join", join, ctx);
      return;
    }
    const tables = ctx.tableReference().filter((r) => {
      const primary = r.tablePrimary();
      return !primary.atomFunctionTable() && !primary.atomExpressionTable()?.KW_UNNEST();
    });
    if (tables.length >= 2) this.feature("join", "FROM a, b (a join written with commas)", ctx);
  }
}

/** A string literal's content ('it''s' → it's); anything else as written. */
export function unquoteString(text: string): string {
  if (text.length >= 2 && text.startsWith("'") && text.endsWith("'")) return text.slice(1, -1).replaceAll("''", "'");
  return text;
}

/** The first aggregate function called in a select list, outside subqueries and OVER windows. */
function findAggregate(select: SelectClauseContext): string | undefined {
  const stack: ParseTree[] = [select];
  while (stack.length > 0) {
    const node = stack.pop();
    if (!isRule(node)) continue;
    if (node.ruleIndex === P.RULE_queryStatement || node.ruleIndex === P.RULE_overWindowItem) continue;
    if (node.ruleIndex === P.RULE_functionCallExpression) {
      const fn = node as FunctionCallExpressionContext;
      const name = fn.functionNameWithParams()?.getText().toUpperCase();
      if (name && AGGREGATES.has(name)) return name;
    }
    stack.push(...(node.children ?? []));
  }
  return undefined;
}
