export const id = 36;
export const ids = [36];
export const modules = {

/***/ 17933:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I1: () => (/* binding */ significant),
/* harmony export */   IF: () => (/* binding */ offsetMap),
/* harmony export */   Xs: () => (/* binding */ SQL),
/* harmony export */   aU: () => (/* binding */ lexFlinkSql),
/* harmony export */   pe: () => (/* binding */ nameLike),
/* harmony export */   wL: () => (/* binding */ isPlainIdentifier)
/* harmony export */ });
/* harmony import */ var antlr4ng__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(41621);
/* harmony import */ var dt_sql_parser_dist_lib_flink_FlinkSqlLexer_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(87653);


const SQL = dt_sql_parser_dist_lib_flink_FlinkSqlLexer_js__WEBPACK_IMPORTED_MODULE_1__/* .FlinkSqlLexer */ .n;
const KEYWORD_TYPES = new Set(dt_sql_parser_dist_lib_flink_FlinkSqlLexer_js__WEBPACK_IMPORTED_MODULE_1__/* .FlinkSqlLexer */ .n.symbolicNames.flatMap((name, type) => (name?.startsWith("KW_") ? [type] : [])));
/** Maps antlr's code-point offsets to the UTF-16 offsets JavaScript strings use (they differ after an emoji). */
function offsetMap(text) {
    let surrogates = false;
    for (let i = 0; i < text.length && !surrogates; i++) {
        const unit = text.charCodeAt(i);
        surrogates = unit >= 0xd800 && unit <= 0xdfff;
    }
    if (!surrogates)
        return (i) => i;
    const utf16 = [];
    let offset = 0;
    for (const char of text) {
        utf16.push(offset);
        offset += char.length;
    }
    utf16.push(offset);
    return (i) => utf16[i] ?? offset;
}
function unquote(text, quote) {
    return text.slice(1, -1).replaceAll(quote + quote, quote);
}
function classify(token) {
    const text = token.text ?? "";
    switch (token.type) {
        case dt_sql_parser_dist_lib_flink_FlinkSqlLexer_js__WEBPACK_IMPORTED_MODULE_1__/* .FlinkSqlLexer */ .n.BRACKETED_COMMENT:
            return { kind: text.startsWith("/*+") ? "hint" : "comment", value: text };
        case dt_sql_parser_dist_lib_flink_FlinkSqlLexer_js__WEBPACK_IMPORTED_MODULE_1__/* .FlinkSqlLexer */ .n.LINE_COMMENT:
            return { kind: "comment", value: text };
        case dt_sql_parser_dist_lib_flink_FlinkSqlLexer_js__WEBPACK_IMPORTED_MODULE_1__/* .FlinkSqlLexer */ .n.ID_LITERAL:
            return { kind: "identifier", value: text };
        case dt_sql_parser_dist_lib_flink_FlinkSqlLexer_js__WEBPACK_IMPORTED_MODULE_1__/* .FlinkSqlLexer */ .n.STRING_LITERAL:
            // the lexer gives backquoted names the string type; the parser takes them as identifiers
            if (text.startsWith("`"))
                return { kind: "identifier", value: unquote(text, "`") };
            return { kind: "string", value: unquote(text, text[0] ?? "'") };
    }
    if (KEYWORD_TYPES.has(token.type))
        return { kind: "keyword", value: text.toUpperCase() };
    if (token.channel !== antlr4ng__WEBPACK_IMPORTED_MODULE_0__/* .Token */ .ou.DEFAULT_CHANNEL)
        return { kind: "other", value: text };
    return { kind: text.length === 1 ? "punct" : "other", value: text };
}
/**
 * Every token of the text but whitespace, comments and hints included (as kind "comment"/"hint").
 * `errors` counts what the lexer could not read (an unclosed string or comment, a stray character).
 */
function lexFlinkSql(text) {
    const lexer = new dt_sql_parser_dist_lib_flink_FlinkSqlLexer_js__WEBPACK_IMPORTED_MODULE_1__/* .FlinkSqlLexer */ .n(antlr4ng__WEBPACK_IMPORTED_MODULE_0__/* .CharStreams */ .iH.fromString(text));
    let errors = 0;
    lexer.removeErrorListeners();
    lexer.addErrorListener({
        syntaxError: () => void errors++,
        reportAmbiguity: () => undefined,
        reportAttemptingFullContext: () => undefined,
        reportContextSensitivity: () => undefined,
    });
    const toUtf16 = offsetMap(text);
    const tokens = [];
    for (const token of lexer.getAllTokens()) {
        if (token.type === dt_sql_parser_dist_lib_flink_FlinkSqlLexer_js__WEBPACK_IMPORTED_MODULE_1__/* .FlinkSqlLexer */ .n.WHITE_SPACE)
            continue;
        const { kind, value } = classify(token);
        tokens.push({ kind, type: token.type, text: token.text ?? "", value, start: toUtf16(token.start), end: toUtf16(token.stop + 1) });
    }
    return { tokens, errors };
}
/** The tokens the parser reads: no comments, no hints. */
const significant = (tokens) => tokens.filter((t) => t.kind !== "comment" && t.kind !== "hint");
/** An identifier, or a keyword Flink also takes as a name where a name is expected (`value`, `data`). */
const nameLike = (token) => token !== undefined && (token.kind === "identifier" || token.kind === "keyword");
/** True when `value` can be written as a plain identifier, without backquotes. */
function isPlainIdentifier(value) {
    if (value.length === 0)
        return false;
    for (let i = 0; i < value.length; i++) {
        const c = value.charCodeAt(i);
        const letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
        if (!letter && !(i > 0 && c >= 48 && c <= 57))
            return false;
    }
    return true;
}


/***/ }),

/***/ 47655:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  y: () => (/* binding */ parseFlinkSql)
});

// EXTERNAL MODULE: ./node_modules/antlr4ng/dist/index.mjs
var dist = __webpack_require__(41621);
// EXTERNAL MODULE: ./node_modules/dt-sql-parser/dist/lib/flink/FlinkSqlLexer.js
var FlinkSqlLexer = __webpack_require__(87653);
// EXTERNAL MODULE: ./node_modules/dt-sql-parser/dist/lib/flink/FlinkSqlParser.js + 1 modules
var FlinkSqlParser = __webpack_require__(27479);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./node_modules/dt-sql-parser/dist/parser/flink/index.js + 18 modules
var flink = __webpack_require__(26634);
;// CONCATENATED MODULE: ./src/flink/sql/grammar.ts

/**
 * The Flink SQL grammar (dt-sql-parser's, on antlr4ng), created on first use and kept for the
 * process. Deep imports keep the other dialects (MySQL, Spark, Hive...) out of the bundle and out
 * of the start-up cost.
 *
 * The first parse of a process pays for the grammar's warm-up: antlr deserialises the ATN and
 * builds its prediction cache (about 1-2 s on a 2-core machine, most of a cold run; see
 * scripts/bench/flink-planner.ts). Later parses reuse the cache, which is static on the parser
 * class, so the singleton is about not paying for construction at import time.
 */
/** FlinkSQL with its error listener reachable: it turns antlr's "mismatched input" into "'x' is not valid at this position". */
class FlinkGrammar extends flink/* FlinkSQL */.fy {
    errorListenerFor(report) {
        return this.createErrorListener(report);
    }
}
let grammar;
let createdInMs;
function flinkGrammar() {
    if (!grammar) {
        const start = performance.now();
        grammar = new FlinkGrammar();
        createdInMs = performance.now() - start;
    }
    return grammar;
}
/** How long building the grammar object took, once it was built (the bench prints it). */
function grammarCreationMs() {
    return createdInMs;
}

// EXTERNAL MODULE: ./src/flink/sql/lex-sql.ts
var lex_sql = __webpack_require__(17933);
// EXTERNAL MODULE: ./src/flink/sql/table-name.ts
var table_name = __webpack_require__(24525);
;// CONCATENATED MODULE: ./src/flink/sql/statement-walker.ts


/**
 * A rule node, told by shape rather than `instanceof`: a bundle may hold two copies of antlr4ng
 * (dt-sql-parser's ESM import and a CommonJS require of ours), and a class check across copies fails.
 */
function isRule(node) {
    return node !== null && node !== undefined && typeof node.ruleIndex === "number" && "children" in node;
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
class StatementWalker {
    places;
    problems;
    file;
    refs = [];
    state = [];
    options = [];
    kind = "other";
    constructor(places, problems, file) {
        this.places = places;
        this.problems = problems;
        this.file = file;
    }
    statement(root) {
        this.walk(root, new Set());
        return { kind: this.kind, line: root.start?.line ?? 1, refs: this.refs, state: this.state, options: this.options };
    }
    /** The WITH clause's options with string, number or boolean values; the synthetic `WITH ('')` of token-fixups.ts has none. */
    withOptions(withOption) {
        for (const property of withOption?.tablePropertyList().tableProperty() ?? []) {
            const keyToken = property.tablePropertyKey().start;
            const valueToken = property.tablePropertyValue()?.start;
            if (!keyToken || !valueToken || keyToken.start < 0 || valueToken.start < 0)
                continue;
            const place = this.places.place(valueToken);
            this.options.push({
                key: unquoteString(keyToken.text ?? ""),
                value: unquoteString(valueToken.text ?? ""),
                start: place.start,
                end: place.end,
            });
        }
    }
    feature(kind, detail, at) {
        this.state.push({ kind, detail, line: at.start?.line ?? 0 });
    }
    name(role, path, windowTable) {
        const parts = [];
        for (const child of path.children ?? []) {
            if (!isRule(child) || child.ruleIndex !== FlinkSqlParser/* FlinkSqlParser */.wJv.RULE_identifier)
                continue;
            const token = child.start;
            if (!token)
                continue;
            const text = token.text ?? "";
            if (text.startsWith("'") || text.startsWith('"')) {
                this.problems.push(`${this.file}:${token.line}:${token.column + 1}: ${text} is a string where a table name belongs (Flink quotes names with backticks)`);
            }
            const { value, quoted } = (0,table_name/* unquoteIdentifier */.rT)(text);
            parts.push({ value, quoted, line: token.line, column: token.column + 1, ...this.places.place(token) });
        }
        if (parts.length === 0)
            return;
        const window = windowTable ? { tableKeyword: this.places.place(windowTable).start } : undefined;
        this.refs.push(window ? { role, parts, window } : { role, parts });
    }
    children(node, scope, skip) {
        for (const child of node.children ?? [])
            if (child !== skip)
                this.walk(child, scope);
    }
    walk(node, scope) {
        if (!isRule(node))
            return; // a token
        switch (node.ruleIndex) {
            case FlinkSqlParser/* FlinkSqlParser */.wJv.RULE_simpleCreateTable: {
                const ctx = node;
                this.kind = "create-table";
                this.name("create", ctx.tablePathCreate());
                this.withOptions(ctx.withOption());
                const like = ctx.likeDefinition();
                if (like)
                    this.name("like", like.tablePath());
                return; // columns, watermarks and options name no tables
            }
            case FlinkSqlParser/* FlinkSqlParser */.wJv.RULE_createTableAsSelect: {
                const ctx = node;
                this.kind = "create-table-as";
                this.name("create", ctx.tablePathCreate());
                this.withOptions(ctx.withOption());
                const query = ctx.queryStatement();
                if (query)
                    this.walk(query, scope);
                return;
            }
            case FlinkSqlParser/* FlinkSqlParser */.wJv.RULE_createView: {
                const ctx = node;
                this.kind = "create-view";
                this.name("create", ctx.viewPathCreate());
                this.walk(ctx.queryStatement(), scope);
                return;
            }
            case FlinkSqlParser/* FlinkSqlParser */.wJv.RULE_insertMulStatement:
            case FlinkSqlParser/* FlinkSqlParser */.wJv.RULE_insertMulStatementCompatibility:
                this.kind = "statement-set";
                break;
            case FlinkSqlParser/* FlinkSqlParser */.wJv.RULE_insertSimpleStatement: {
                const ctx = node;
                if (this.kind !== "statement-set")
                    this.kind = "insert";
                this.name("write", ctx.tablePath());
                const query = ctx.queryStatement();
                if (query)
                    this.walk(query, scope);
                return;
            }
            case FlinkSqlParser/* FlinkSqlParser */.wJv.RULE_queryStatement:
                return this.query(node, scope);
            case FlinkSqlParser/* FlinkSqlParser */.wJv.RULE_tablePrimary:
                return this.tablePrimary(node, scope);
            case FlinkSqlParser/* FlinkSqlParser */.wJv.RULE_tableExpression:
                this.joins(node);
                break;
            case FlinkSqlParser/* FlinkSqlParser */.wJv.RULE_windowTVFClause: {
                const ctx = node;
                const name = ctx.windowTVFExpression().windowTVFName().start?.text?.toUpperCase() ?? "window";
                this.feature("window", `${name} window`, ctx);
                break;
            }
            case FlinkSqlParser/* FlinkSqlParser */.wJv.RULE_windowTVFParam: {
                const ctx = node;
                const column = ctx.timeAttrColumn();
                if (ctx.KW_TABLE() && column) {
                    const uid = column.uid();
                    const ids = uid.identifier();
                    const single = ids.length === 1 ? (0,table_name/* unquoteIdentifier */.rT)(ids[0]?.start?.text ?? "").value : undefined;
                    if (single === undefined || !scope.has(single))
                        this.name("read", uid, ctx.KW_TABLE()?.symbol);
                    return;
                }
                break;
            }
            case FlinkSqlParser/* FlinkSqlParser */.wJv.RULE_groupByClause: {
                const ctx = node;
                const groupWindow = ctx.groupItemDefinition().find((item) => item.groupWindowFunction());
                const windowName = groupWindow?.groupWindowFunction()?.groupWindowFunctionName().getText().toUpperCase();
                this.feature("aggregation", windowName ? `GROUP BY ${windowName}(...) group window` : "GROUP BY", ctx);
                break;
            }
            case FlinkSqlParser/* FlinkSqlParser */.wJv.RULE_selectClause: {
                const ctx = node;
                if (ctx.setQuantifier()?.KW_DISTINCT())
                    this.feature("distinct", "SELECT DISTINCT", ctx);
                break;
            }
            case FlinkSqlParser/* FlinkSqlParser */.wJv.RULE_selectStatement: {
                const ctx = node;
                if (!ctx.groupByClause()) {
                    const aggregate = findAggregate(ctx.selectClause());
                    if (aggregate)
                        this.feature("aggregation", `${aggregate}(...) without GROUP BY (a global aggregation)`, ctx);
                }
                break;
            }
            case FlinkSqlParser/* FlinkSqlParser */.wJv.RULE_overWindowItem: {
                const ctx = node;
                const fn = ctx.primaryExpression().start?.text?.toUpperCase() ?? "";
                if (fn === "ROW_NUMBER")
                    this.feature("deduplication", "ROW_NUMBER() OVER (deduplication or Top-N)", ctx);
                else
                    this.feature("over", `${fn}(...) OVER aggregation`, ctx);
                break;
            }
            case FlinkSqlParser/* FlinkSqlParser */.wJv.RULE_matchRecognizeClause:
                this.feature("match-recognize", "MATCH_RECOGNIZE", node);
                break;
        }
        this.children(node, scope);
    }
    query(ctx, scope) {
        // a query inside an expression (IN, EXISTS, a scalar subquery) runs as a join in a stream
        const parentRule = ctx.parent?.ruleIndex;
        if (parentRule === FlinkSqlParser/* FlinkSqlParser */.wJv.RULE_predicate || parentRule === FlinkSqlParser/* FlinkSqlParser */.wJv.RULE_booleanExpression || parentRule === FlinkSqlParser/* FlinkSqlParser */.wJv.RULE_primaryExpression)
            this.feature("join", "a subquery in an expression (IN, EXISTS or scalar: a join)", ctx);
        const operator = ctx._operator?.text?.toUpperCase();
        if (operator === "INTERSECT" || operator === "EXCEPT")
            this.feature("set-operation", operator, ctx);
        if (operator === "UNION" && !ctx.KW_ALL())
            this.feature("set-operation", "UNION (without ALL: removes duplicates)", ctx);
        const withClause = ctx.withClause();
        if (!withClause)
            return this.children(ctx, scope);
        const inner = new Set(scope);
        for (const item of withClause.withItem()) {
            this.walk(item.queryStatement(), inner); // a WITH item sees the ones before it
            inner.add((0,table_name/* unquoteIdentifier */.rT)(item.withItemName().start?.text ?? "").value);
        }
        this.children(ctx, inner, withClause);
    }
    tablePrimary(ctx, scope) {
        const path = ctx.tablePath() ?? ctx.viewPath();
        if (path) {
            const ids = path.children?.filter((c) => isRule(c) && c.ruleIndex === FlinkSqlParser/* FlinkSqlParser */.wJv.RULE_identifier) ?? [];
            const single = ids.length === 1 ? (0,table_name/* unquoteIdentifier */.rT)(ids[0].start?.text ?? "").value : undefined;
            if (single === undefined || !scope.has(single))
                this.name("read", path);
        }
        // LATERAL TABLE(fn(...)) is a function; a subquery or UNNEST is walked for the tables inside
        for (const child of ctx.children ?? [])
            if (child !== path)
                this.walk(child, scope);
    }
    joins(ctx) {
        if (ctx.KW_JOIN()) {
            const right = ctx.tableExpression(1);
            const refs = right?.tableReference() ?? [];
            const primary = refs.length === 1 ? refs[0].tablePrimary() : undefined;
            // JOIN LATERAL TABLE(fn(...)) and CROSS JOIN UNNEST(...) expand each row: a correlation, no join state
            if (primary?.atomFunctionTable() || primary?.atomExpressionTable()?.KW_UNNEST())
                return;
            const words = [ctx.KW_NATURAL(), ctx.KW_LEFT(), ctx.KW_RIGHT(), ctx.KW_FULL(), ctx.KW_INNER(), ctx.KW_CROSS(), ctx.KW_OUTER()]
                .filter((w) => w !== null)
                .map((w) => w.getText().toUpperCase());
            const join = [...words, "JOIN"].join(" ");
            if (primary?.systemTimePeriod())
                this.feature("temporal-join", `${join} ... FOR SYSTEM_TIME AS OF (temporal join)`, ctx);
            else
                this.feature("join", join, ctx);
            return;
        }
        const tables = ctx.tableReference().filter((r) => {
            const primary = r.tablePrimary();
            return !primary.atomFunctionTable() && !primary.atomExpressionTable()?.KW_UNNEST();
        });
        if (tables.length >= 2)
            this.feature("join", "FROM a, b (a join written with commas)", ctx);
    }
}
/** A string literal's content ('it''s' → it's); anything else as written. */
function unquoteString(text) {
    if (text.length >= 2 && text.startsWith("'") && text.endsWith("'"))
        return text.slice(1, -1).replaceAll("''", "'");
    return text;
}
/** The first aggregate function called in a select list, outside subqueries and OVER windows. */
function findAggregate(select) {
    const stack = [select];
    while (stack.length > 0) {
        const node = stack.pop();
        if (!isRule(node))
            continue;
        if (node.ruleIndex === FlinkSqlParser/* FlinkSqlParser */.wJv.RULE_queryStatement || node.ruleIndex === FlinkSqlParser/* FlinkSqlParser */.wJv.RULE_overWindowItem)
            continue;
        if (node.ruleIndex === FlinkSqlParser/* FlinkSqlParser */.wJv.RULE_functionCallExpression) {
            const fn = node;
            const name = fn.functionNameWithParams()?.getText().toUpperCase();
            if (name && AGGREGATES.has(name))
                return name;
        }
        stack.push(...(node.children ?? []));
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/flink/sql/token-fixups.ts


/**
 * Where dt-sql-parser's Flink grammar is narrower than Flink (and Confluent Cloud) SQL, the token
 * stream is adjusted before parsing, never the text: tokens are hidden (moved to the hidden
 * channel, where the parser does not look) or synthetic tokens are added. Every real token keeps
 * its offsets, so the table-name positions the rewrite uses are those of the file as written,
 * and the content hash is taken from the lexer's tokens before any of this.
 *
 * The gaps (dt-sql-parser 4.5.1):
 * - `CREATE TABLE t (...)` without `WITH (...)`, Confluent Cloud's form, and `CREATE TABLE t AS
 *   SELECT` without it: the grammar requires a WITH clause. A synthetic `WITH ('')` is added.
 * - `CREATE TABLE t (PRIMARY KEY (id) NOT ENFORCED) AS SELECT` (Confluent Cloud): the grammar's
 *   CREATE TABLE AS takes no column list. The list is hidden (the planner needs no columns).
 * - `DISTRIBUTED BY [HASH] (cols) [INTO n BUCKETS]` / `DISTRIBUTED INTO n BUCKETS` (Confluent
 *   Cloud, Flink 2.0): unknown to the grammar. Hidden.
 * - The SESSION window TVF (Flink 1.19+): the grammar knows TUMBLE, HOP and CUMULATE only. The
 *   SESSION token is given TUMBLE's type (its text stays SESSION) and its `PARTITION BY` list is
 *   hidden; the window's source table is unchanged.
 * - A window TVF's source written as `(SELECT * FROM x /*+ OPTIONS(…) *\/)`, the form cutover
 *   deploys when it sets a start position there (Flink takes no hint after `TABLE x`): the grammar
 *   takes only `TABLE x`. The wrapper is hidden and FROM is given TABLE's type, so the source is
 *   read as `TABLE x`, at its own position.
 * - `TRY_CAST(x AS t)`: the grammar knows it only as a plain function name. Given CAST's type.
 * - `ARRAY[1, 2]` and `MAP['k', v]` value constructors: the grammar reads `[` as a subscript. The
 *   brackets are given the types of parentheses, which makes a function call the grammar knows.
 * - `ROW_NUMBER() OVER (...) rn`: the grammar wants `AS` before an OVER item's alias. A
 *   synthetic `AS` is added.
 */
const T = FlinkSqlLexer/* FlinkSqlLexer */.n;
function visibleTokens(tokens) {
    const out = [];
    let depth = 0;
    tokens.forEach((token, index) => {
        if (token.channel !== dist/* Token */.ou.DEFAULT_CHANNEL)
            return;
        if (token.type === T.RR_BRACKET)
            depth = Math.max(0, depth - 1);
        out.push({ index, depth });
        if (token.type === T.LR_BRACKET)
            depth += 1;
    });
    return out;
}
const isWord = (token, word) => token?.type === T.ID_LITERAL && token.text?.toUpperCase() === word;
/** A token the parser sees that was not in the file: a copy of `like`'s position, so errors still point somewhere real. */
function synthetic(type, text, like) {
    const token = new dist/* CommonToken */.rt(dist/* CommonToken */.rt.EMPTY_SOURCE, type, dist/* Token */.ou.DEFAULT_CHANNEL, -1, -1);
    token.text = text;
    token.line = like.line;
    token.column = like.column;
    return token;
}
function token_fixups_hidden(token) {
    const copy = token.clone();
    copy.channel = dist/* Token */.ou.HIDDEN_CHANNEL;
    return copy;
}
function fixGrammarGaps(tokens) {
    const out = [...tokens];
    const insertions = new Map(); // before index
    const visible = visibleTokens(out);
    const tok = (v) => (v ? out[v.index] : undefined);
    // statements at depth 0, split on ';'
    let start = 0;
    for (let i = 0; i <= visible.length; i++) {
        const v = visible[i];
        if (v !== undefined && !(v.depth === 0 && tok(v)?.type === T.SEMICOLON))
            continue;
        fixCreateTable(visible.slice(start, i), v, out, insertions);
        start = i + 1;
    }
    fixSessionWindows(visible, out);
    fixWrappedWindowSources(visible, out);
    fixExpressions(visible, out, insertions);
    if (insertions.size === 0)
        return out;
    const merged = [];
    out.forEach((token, index) => {
        merged.push(...(insertions.get(index) ?? []), token);
    });
    merged.push(...(insertions.get(out.length) ?? []));
    return merged;
}
function fixCreateTable(statement, end, out, insertions) {
    const at = (i) => (statement[i] ? out[statement[i].index] : undefined);
    let i = 0;
    if (at(i)?.type !== T.KW_CREATE)
        return;
    i++;
    if (at(i)?.type === T.KW_TEMPORARY)
        i++;
    if (at(i)?.type !== T.KW_TABLE)
        return;
    let withAt = -1;
    let asAt = -1;
    let likeAt = -1;
    for (let j = i + 1; j < statement.length; j++) {
        const v = statement[j];
        const token = out[v.index];
        if (v.depth !== 0)
            continue;
        if (token.type === T.KW_WITH && withAt < 0)
            withAt = j;
        else if (token.type === T.KW_AS && asAt < 0)
            asAt = j;
        else if (token.type === T.KW_LIKE && likeAt < 0)
            likeAt = j;
        else if (isWord(token, "DISTRIBUTED") && asAt < 0)
            j = hideDistribution(statement, j, out) - 1;
    }
    if (asAt >= 0)
        hideCtasColumns(statement, i + 1, out);
    if (withAt >= 0 && (asAt < 0 || withAt < asAt))
        return;
    // the clause goes where the grammar expects it: before AS (CTAS), before LIKE, or at the end
    const before = asAt >= 0 ? statement[asAt] : likeAt >= 0 ? statement[likeAt] : end;
    const beforeIndex = before?.index ?? out.length;
    const like = out[beforeIndex] ?? out[out.length - 1];
    const list = insertions.get(beforeIndex) ?? [];
    list.push(synthetic(T.KW_WITH, "WITH", like), synthetic(T.LR_BRACKET, "(", like), synthetic(T.STRING_LITERAL, "''", like), synthetic(T.RR_BRACKET, ")", like));
    insertions.set(beforeIndex, list);
}
/** In a CREATE TABLE AS, hides a column list after the name: `from` is the position after TABLE. */
function hideCtasColumns(statement, from, out) {
    const at = (i) => (statement[i] ? out[statement[i].index] : undefined);
    let j = from;
    if (at(j)?.type === T.KW_IF && at(j + 1)?.type === T.KW_NOT && at(j + 2)?.type === T.KW_EXISTS)
        j += 3;
    j++; // the name's first part
    while (at(j)?.type === T.DOT)
        j += 2;
    if (at(j)?.type !== T.LR_BRACKET || statement[j].depth !== 0)
        return;
    let k = j + 1;
    while (k < statement.length && !(at(k)?.type === T.RR_BRACKET && statement[k].depth === 0))
        k++;
    for (let h = j; h <= k && h < statement.length; h++)
        out[statement[h].index] = token_fixups_hidden(out[statement[h].index]);
}
/** Hides `DISTRIBUTED [BY [HASH|RANGE] (cols)] [INTO n BUCKETS]` from `from`; returns the position after it. */
function hideDistribution(statement, from, out) {
    const at = (i) => (statement[i] ? out[statement[i].index] : undefined);
    let j = from + 1;
    if (at(j)?.type === T.KW_BY) {
        j++;
        if (isWord(at(j), "HASH") || isWord(at(j), "RANGE"))
            j++;
        if (at(j)?.type === T.LR_BRACKET) {
            const depth = statement[j].depth;
            j++;
            while (j < statement.length && !(at(j)?.type === T.RR_BRACKET && statement[j].depth === depth))
                j++;
            j++;
        }
    }
    if (at(j)?.type === T.KW_INTO && at(j + 1)?.type === T.DIG_LITERAL && isWord(at(j + 2), "BUCKETS"))
        j += 3;
    for (let k = from; k < j && k < statement.length; k++)
        out[statement[k].index] = token_fixups_hidden(out[statement[k].index]);
    return j;
}
/** `TABLE(SESSION(TABLE x PARTITION BY k, DESCRIPTOR(ts), INTERVAL ...))`: parsed as TUMBLE, without the PARTITION BY. */
function fixSessionWindows(visible, out) {
    const at = (i) => (visible[i] ? out[visible[i].index] : undefined);
    for (let i = 0; i + 3 < visible.length; i++) {
        if (at(i)?.type !== T.KW_TABLE || at(i + 1)?.type !== T.LR_BRACKET || at(i + 2)?.type !== T.KW_SESSION)
            continue;
        if (at(i + 3)?.type !== T.LR_BRACKET)
            continue;
        const session = out[visible[i + 2].index];
        out[visible[i + 2].index] = session.cloneWithType(T.KW_TUMBLE);
        const inner = visible[i + 3].depth + 1;
        for (let j = i + 4; j < visible.length && visible[j].depth >= inner; j++) {
            if (visible[j].depth !== inner || at(j)?.type !== T.KW_PARTITION || at(j + 1)?.type !== T.KW_BY)
                continue;
            let k = j;
            while (k < visible.length && !(visible[k].depth === inner && (at(k)?.type === T.COMMA || at(k)?.type === T.RR_BRACKET))) {
                out[visible[k].index] = token_fixups_hidden(out[visible[k].index]);
                k++;
            }
            j = k;
        }
    }
}
const WINDOW_TVFS = new Set([T.KW_TUMBLE, T.KW_HOP, T.KW_CUMULATE]);
/** `TUMBLE([DATA =>] (SELECT * FROM a.b) , …)` → read as `TUMBLE([DATA =>] TABLE a.b, …)` (after fixSessionWindows). */
function fixWrappedWindowSources(visible, out) {
    const at = (i) => (visible[i] ? out[visible[i].index] : undefined);
    const hide = (i) => (out[visible[i].index] = token_fixups_hidden(out[visible[i].index]));
    for (let i = 0; i + 3 < visible.length; i++) {
        if (at(i)?.type !== T.KW_TABLE || at(i + 1)?.type !== T.LR_BRACKET || !WINDOW_TVFS.has(at(i + 2)?.type ?? -1))
            continue;
        if (at(i + 3)?.type !== T.LR_BRACKET)
            continue;
        let j = i + 4;
        if (at(j)?.type === T.KW_DATA && at(j + 1)?.type === T.DOUBLE_RIGHT_ARROW)
            j += 2;
        if (at(j)?.type !== T.LR_BRACKET || at(j + 1)?.type !== T.KW_SELECT || at(j + 2)?.type !== T.ASTERISK_SIGN)
            continue;
        if (at(j + 3)?.type !== T.KW_FROM)
            continue;
        let k = j + 4; // the name: parts separated by dots
        while (at(k + 1)?.type === T.DOT)
            k += 2;
        if (at(k + 1)?.type !== T.RR_BRACKET || visible[k + 1].depth !== visible[j].depth)
            continue;
        hide(j);
        hide(j + 1);
        hide(j + 2);
        out[visible[j + 3].index] = out[visible[j + 3].index].cloneWithType(T.KW_TABLE);
        hide(k + 1);
    }
}
function fixExpressions(visible, out, insertions) {
    const at = (i) => (visible[i] ? out[visible[i].index] : undefined);
    const retype = (i, type) => {
        out[visible[i].index] = out[visible[i].index].cloneWithType(type);
    };
    /** The position of the bracket closing the one at `open`, or -1. */
    const closing = (open, type) => {
        for (let j = open + 1; j < visible.length; j++) {
            if (visible[j].depth === visible[open].depth && at(j)?.type === type)
                return j;
            if (visible[j].depth < visible[open].depth)
                return -1;
        }
        return -1;
    };
    for (let i = 0; i + 1 < visible.length; i++) {
        const type = at(i)?.type;
        if (type === T.KW_TRY_CAST && at(i + 1)?.type === T.LR_BRACKET)
            retype(i, T.KW_CAST);
        if ((type === T.KW_ARRAY || type === T.KW_MAP) && at(i + 1)?.type === T.LS_BRACKET) {
            // brackets do not count in the paren depth, so the closing one is the next ']' at the same depth that is not nested in another '['
            let nested = 0;
            for (let j = i + 2; j < visible.length; j++) {
                const t = at(j)?.type;
                if (t === T.LS_BRACKET)
                    nested++;
                else if (t === T.RS_BRACKET && nested > 0)
                    nested--;
                else if (t === T.RS_BRACKET && visible[j].depth === visible[i + 1].depth) {
                    retype(i + 1, T.LR_BRACKET);
                    retype(j, T.RR_BRACKET);
                    break;
                }
            }
        }
        if (type === T.KW_OVER && at(i + 1)?.type === T.LR_BRACKET) {
            const end = closing(i + 1, T.RR_BRACKET);
            const alias = end >= 0 ? at(end + 1) : undefined;
            if (alias && (alias.type === T.ID_LITERAL || (alias.type === T.STRING_LITERAL && alias.text?.startsWith("`")))) {
                const before = visible[end + 1].index;
                insertions.set(before, [...(insertions.get(before) ?? []), synthetic(T.KW_AS, "AS", alias)]);
            }
        }
    }
}
/** Feeds a prepared token list to a token stream (antlr4ng has no ListTokenSource). */
class ListTokenSource {
    tokens;
    next = 0;
    line = 1;
    column = 0;
    _tokenStartColumn = 0;
    inputStream = null;
    sourceName = "flink-sql";
    tokenFactory;
    constructor(tokens, factory) {
        this.tokens = tokens;
        this.tokenFactory = factory;
    }
    nextToken() {
        const token = this.tokens[this.next];
        if (token) {
            this.next++;
            this.line = token.line;
            this.column = token.column;
            return token;
        }
        const last = this.tokens[this.tokens.length - 1];
        const eof = new dist/* CommonToken */.rt(dist/* CommonToken */.rt.EMPTY_SOURCE, dist/* Token */.ou.EOF, dist/* Token */.ou.DEFAULT_CHANNEL, -1, -1);
        eof.text = "<EOF>";
        eof.line = last?.line ?? 1;
        eof.column = last ? last.column + (last.text?.length ?? 0) : 0;
        return eof;
    }
}

;// CONCATENATED MODULE: ./src/flink/sql/parse-sql.ts








/**
 * Parses one Flink SQL file with the grammar (never with regular expressions) and returns its
 * statements' facts. A file the grammar rejects is an InputError naming the file, the line and
 * the column, with the parser's message; `file` is the path shown in messages.
 *
 * Parsing is two-stage, as antlr recommends: the fast SLL prediction first, giving up at the first
 * error; only then the full LL prediction, which is slower but never reports an error a correct
 * parse would not have. dt-sql-parser itself parses with SLL alone.
 */
const KEYWORDS = new Set(FlinkSqlLexer/* FlinkSqlLexer */.n.symbolicNames.flatMap((name, type) => (name?.startsWith("KW_") ? [type] : [])));
function parseFlinkSql(text, file) {
    const grammar = flinkGrammar();
    const problems = [];
    const report = (line, column, message) => problems.push(`${file}:${line}:${column}: ${message}`);
    const listener = grammar.errorListenerFor((error) => report(error.startLine, error.startColumn, error.message));
    const lexer = grammar.createLexer(text);
    lexer.removeErrorListeners();
    lexer.addErrorListener(listener);
    const lexed = lexer.getAllTokens();
    if (problems.length > 0)
        throw new errors/* InputError */.dz(`${file}: not valid Flink SQL`, problems);
    // the significant tokens, as the hash sees them, and where each real token is in the text
    const toUtf16 = (0,lex_sql/* offsetMap */.IF)(text);
    const tokens = [];
    const ordinal = new Map();
    for (const token of lexed) {
        // a ';' ends a statement and means nothing else: a file with or without the last one hashes alike
        if (token.channel !== dist/* Token */.ou.DEFAULT_CHANNEL || token.type === FlinkSqlLexer/* FlinkSqlLexer */.n.SEMICOLON)
            continue;
        ordinal.set(token.start, tokens.length);
        const raw = token.text ?? "";
        tokens.push(KEYWORDS.has(token.type) ? raw.toUpperCase() : raw);
    }
    if (tokens.length === 0)
        throw new errors/* InputError */.dz(`${file}: empty`, [`${file}: holds no SQL statement (only whitespace or comments)`]);
    const places = {
        place: (token) => ({ start: toUtf16(token.start), end: toUtf16(token.stop + 1), token: ordinal.get(token.start) ?? -1 }),
    };
    const program = parseProgram(lexer.tokenFactory, fixGrammarGaps(lexed), listener);
    if (problems.length > 0)
        throw new errors/* InputError */.dz(`${file}: not valid Flink SQL`, problems);
    const walkProblems = [];
    const statements = [];
    for (const single of program.singleStatement()) {
        const statement = single.sqlStatement();
        if (!statement)
            continue; // a lone ';'
        statements.push(new StatementWalker(places, walkProblems, file).statement(statement));
    }
    if (walkProblems.length > 0)
        throw new errors/* InputError */.dz(`${file}: not valid Flink SQL`, walkProblems);
    return { statements, tokens };
}
function parseProgram(factory, tokens, listener) {
    const stream = new dist/* CommonTokenStream */.jB(new ListTokenSource(tokens, factory));
    stream.fill();
    const parser = new FlinkSqlParser/* FlinkSqlParser */.wJv(stream);
    parser.removeErrorListeners();
    parser.interpreter.predictionMode = dist/* PredictionMode */.R$.SLL;
    parser.errorHandler = new dist/* BailErrorStrategy */.sR();
    try {
        return parser.program();
    }
    catch (error) {
        if (!(error instanceof dist/* ParseCancellationException */.Ou))
            throw error;
        // SLL gave up: parse again with full LL, reporting every error
        stream.seek(0);
        parser.reset();
        parser.addErrorListener(listener);
        parser.interpreter.predictionMode = dist/* PredictionMode */.R$.LL;
        parser.errorHandler = new dist/* DefaultErrorStrategy */.$t();
        return parser.program();
    }
}


/***/ }),

/***/ 24525:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cm: () => (/* binding */ quoteIdentifier),
/* harmony export */   QC: () => (/* binding */ displayName),
/* harmony export */   ih: () => (/* binding */ tableKey),
/* harmony export */   rT: () => (/* binding */ unquoteIdentifier)
/* harmony export */ });
/* harmony import */ var _lex_sql_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17933);

/**
 * Table names as Flink compares them. Flink's SQL parser keeps the case of identifiers, quoted or
 * not, and compares them case-sensitively (`Orders` and `orders` are two tables), so names are
 * compared exactly once backticks are stripped; `a`.`b` and a.b are the same name. A name with
 * fewer than three parts is in the current catalog and database (config `flink.catalog` and
 * `flink.database`), as Flink resolves it.
 */
/** The identifier a token stands for, and whether it was quoted with backticks. */
function unquoteIdentifier(text) {
    if (text.length >= 2 && text.startsWith("`") && text.endsWith("`"))
        return { value: text.slice(1, -1).replaceAll("``", "`"), quoted: true };
    return { value: text, quoted: false };
}
function quoteIdentifier(value) {
    return `\`${value.replaceAll("`", "``")}\``;
}
/** For messages and reports: parts joined with dots, quoted only where a plain identifier would not do. */
function displayName(parts) {
    return parts
        .map((part) => (typeof part === "string" ? part : part.value))
        .map((value) => ((0,_lex_sql_js__WEBPACK_IMPORTED_MODULE_0__/* .isPlainIdentifier */ .wL)(value) ? value : quoteIdentifier(value)))
        .join(".");
}
/** Stand-ins when the config names no current catalog or database: unqualified names still match each other. */
const CURRENT_CATALOG = "\u0000current-catalog";
const CURRENT_DATABASE = "\u0000current-database";
/**
 * A key that is equal for two spellings of the same table: the full three-part path, JSON-encoded
 * so that a dot inside a quoted part cannot make two names collide.
 */
function tableKey(parts, defaults) {
    const values = parts.map((part) => (typeof part === "string" ? part : part.value));
    const table = values[values.length - 1] ?? "";
    const database = values.length >= 2 ? values[values.length - 2] : (defaults.database ?? CURRENT_DATABASE);
    const catalog = values.length >= 3 ? values[values.length - 3] : (defaults.catalog ?? CURRENT_CATALOG);
    return JSON.stringify([catalog, database, table]);
}


/***/ })

};
