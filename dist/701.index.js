export const id = 701;
export const ids = [701];
export const modules = {

/***/ 71281:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NX: () => (/* binding */ checkFileReferences),
/* harmony export */   c6: () => (/* binding */ resolveConfigPath)
/* harmony export */ });
/* unused harmony export fileReferences */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(59304);



function fileReferences(config) {
    const refs = [];
    if (config.database) {
        refs.push({ keyPath: "database.schema", path: config.database.schema, kind: "file" });
        if (config.database.prisma.config)
            refs.push({ keyPath: "database.prisma.config", path: config.database.prisma.config, kind: "file" });
    }
    config.search?.indices.forEach((index, i) => {
        if (index.mappings)
            refs.push({ keyPath: `search.indices[${i}].mappings`, path: index.mappings, kind: "json" });
        if (typeof index.settings === "string")
            refs.push({ keyPath: `search.indices[${i}].settings`, path: index.settings, kind: "json" });
    });
    return refs;
}
function resolveConfigPath(configPath, path) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(path) ? path : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(configPath), path);
}
/** One problem line per reference that is outside the allowed folders, missing, or not what it should be. */
async function checkFileReferences(config, configPath, cwd) {
    const refs = fileReferences(config);
    if (refs.length === 0)
        return [];
    const folders = [(0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(configPath)), (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd)];
    const realFolders = await Promise.all(folders.map((f) => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(f).catch(() => f)));
    const problems = [];
    for (const ref of refs) {
        const problem = await checkOne(ref, resolveConfigPath(configPath, ref.path), folders, realFolders);
        if (problem)
            problems.push(`${ref.keyPath}: '${ref.path}' ${problem}`);
    }
    return problems;
}
const OUTSIDE = "is outside the config file's folder and the working directory (symlinks are followed); files the config names must be inside one of them";
async function checkOne(ref, absolute, folders, realFolders) {
    // checked on the path as written first, so nothing outside is even looked at
    if (!isInsideAny(absolute, folders))
        return OUTSIDE;
    let real;
    try {
        real = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(absolute);
    }
    catch (error) {
        return error.code === "ENOENT"
            ? "does not exist (relative paths start at the config file's folder)"
            : `cannot be read (${errorCode(error)})`;
    }
    if (!isInsideAny(real, realFolders))
        return OUTSIDE;
    try {
        const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(real);
        if (!info.isFile())
            return "is not a file";
        if (info.size > _limits_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_REFERENCED_FILE_BYTES */ .Sk)
            return `is larger than ${_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_REFERENCED_FILE_BYTES */ .Sk} bytes`;
        if (ref.kind === "file")
            return undefined;
        return jsonObjectProblem(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(real, "utf8"));
    }
    catch (error) {
        return `cannot be read (${errorCode(error)})`;
    }
}
function isInsideAny(path, folders) {
    return folders.some((folder) => {
        const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(folder, path);
        return rel === "" || (rel !== ".." && !rel.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_1__.sep}`) && !(0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(rel));
    });
}
/**
 * Node's JSON.parse messages quote the text around the error (`"root:x:0:0"... is not valid JSON`),
 * so only the position is kept, as a line and column.
 */
function jsonObjectProblem(text) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        return `is not valid JSON${jsonErrorLocation(text, error)}`;
    }
    return value === null || typeof value !== "object" || Array.isArray(value) ? "must hold a JSON object" : undefined;
}
/** Where JSON.parse stopped, when its message says (some of Node's messages give no position). */
function jsonErrorLocation(text, error) {
    const match = /at position (\d+)/.exec(error instanceof Error ? error.message : "");
    if (match) {
        const before = text.slice(0, Number(match[1]));
        return ` (line ${before.split("\n").length}, column ${before.length - before.lastIndexOf("\n")})`;
    }
    return text.trim() === "" ? " (the file is empty)" : "";
}
function errorCode(error) {
    return error.code ?? "error";
}


/***/ }),

/***/ 59304:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GW: () => (/* binding */ MAX_CONFIG_BYTES),
/* harmony export */   Sk: () => (/* binding */ MAX_REFERENCED_FILE_BYTES),
/* harmony export */   lr: () => (/* binding */ MAX_DEPTH),
/* harmony export */   vb: () => (/* binding */ MIN_SECRET_LENGTH),
/* harmony export */   w4: () => (/* binding */ MAX_ALIAS_COUNT)
/* harmony export */ });
/**
 * Limits on what a config file may ask of cutover before any of it is trusted. A config can come
 * from a pull request or a dispatch input, so reading it must take bounded time and memory
 * whatever it holds. Each limit is far above anything a real release needs.
 */
/**
 * The config file itself. The examples are 1-3 KiB; this leaves room for a hundred services. It also
 * bounds the YAML parser's work: the parser's cost grows faster than linearly with nesting.
 */
const MAX_CONFIG_BYTES = 128 * 1024;
/**
 * Nesting of mappings and lists. The deepest real value (a search query inside an index source)
 * sits about 12 levels down. The YAML composer and every walk over the document recurse, so
 * without a limit a file of brackets would exhaust the stack.
 */
const MAX_DEPTH = 64;
/**
 * YAML aliases (`*name`) resolved while building the document. A few anchors keep a config short;
 * the `yaml` package counts what each alias expands to, so a "billion laughs" file stops early.
 */
const MAX_ALIAS_COUNT = 100;
/** A file the config names (index mappings and settings, the Prisma schema). */
const MAX_REFERENCED_FILE_BYTES = 4 * 1024 * 1024;
/**
 * Secrets shorter than this are refused: the hosts mask every occurrence of a secret in the log,
 * and a two-letter password would be masked inside every word that contains it.
 */
const MIN_SECRET_LENGTH = 4;


/***/ }),

/***/ 62701:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Z: () => (/* binding */ loadConfig)
});

// UNUSED EXPORTS: parseConfig

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(14031);
;// CONCATENATED MODULE: ./src/config/key-path.ts

/**
 * Renders a config location the way people write it: `traffic.steps[2]`, `services[0].ecs.cluster`.
 * Control characters in a key are shown as escapes (`query.a\nb`), so a key from a hostile file
 * can never start a line of the log.
 */
function formatKeyPath(path) {
    let out = "";
    for (const part of path) {
        if (typeof part === "number")
            out += `[${part}]`;
        else
            out += out === "" ? String(part) : `.${String(part)}`;
    }
    return out === "" ? "(top level)" : (0,report_escape/* escapeControlChars */._s)(out);
}
/** True when `prefix` is `path` itself or one of its ancestors. */
function isPrefixOf(prefix, path) {
    return prefix.length <= path.length && prefix.every((part, i) => part === path[i]);
}

;// CONCATENATED MODULE: ./src/config/control-characters.ts


/**
 * Control characters in config values, refused as a class: a newline in an image URI, an alarm name
 * or an ARN would let the value start a line of the CI log, and the runner reads a line starting
 * with `::` as a command. No name, URI or setting needs one. The check runs over the document
 * after environment substitution, so values from the environment are held to the same rule, and
 * before the schema, so no later message can quote such a value.
 *
 * Refused: the characters the log renderers escape (C0 and C1 controls, DEL, U+2028, U+2029; see
 * report/escape.ts). Text that is code or a query body (a painless script, a search query) may hold
 * line breaks and tabs, nothing else.
 */
/** `*` matches one key or index, `**` everything below. */
const MULTI_LINE_FIELDS = [
    ["search", "indices", "*", "source", "script", "source"],
    ["search", "indices", "*", "source", "script", "params", "**"],
    ["search", "indices", "*", "source", "query", "**"],
    ["search", "indices", "*", "validation", "sampleQueries", "**"],
];
function findControlCharacters(document) {
    const problems = [];
    const walk = (node, path) => {
        if (typeof node === "string") {
            const multiLine = MULTI_LINE_FIELDS.some((pattern) => matches(pattern, path));
            const found = firstControl(node, multiLine);
            if (found !== undefined) {
                const allowed = multiLine
                    ? "this value may hold line breaks and tabs, but no other control character"
                    : "names, ARNs, URIs and other values must be one line of printable text";
                problems.push(`${formatKeyPath(path)}: contains the control character ${codePoint(found)}; ${allowed}`);
            }
            return;
        }
        if (Array.isArray(node))
            node.forEach((item, index) => walk(item, [...path, index]));
        else if (node !== null && typeof node === "object") {
            for (const [key, value] of Object.entries(node)) {
                const found = firstControl(key, false);
                if (found !== undefined)
                    problems.push(`${formatKeyPath([...path, key])}: the key contains the control character ${codePoint(found)}`);
                else
                    walk(value, [...path, key]);
            }
        }
    };
    walk(document, []);
    return problems;
}
function firstControl(text, allowLineBreaks) {
    if (!(0,report_escape/* hasControlChars */.jt)(text))
        return undefined;
    return [...text].find((c) => (0,report_escape/* hasControlChars */.jt)(c) && !(allowLineBreaks && (c === "\n" || c === "\t")));
}
function matches(pattern, path) {
    for (let i = 0; i < pattern.length; i++) {
        if (pattern[i] === "**")
            return path.length > i;
        if (i >= path.length || (pattern[i] !== "*" && pattern[i] !== path[i]))
            return false;
    }
    return path.length === pattern.length;
}
function codePoint(char) {
    return `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`;
}

;// CONCATENATED MODULE: ./src/config/env-substitution.ts

const REFERENCE = /\$(\$)?\{([^}]*)\}/g;
const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
function substituteEnv(document, env) {
    const unset = [];
    const invalid = [];
    const substituted = new Map();
    const substituteString = (text, path) => text.replace(REFERENCE, (whole, escaped, body) => {
        if (escaped)
            return whole.slice(1);
        const separator = body.indexOf(":-");
        const name = separator === -1 ? body : body.slice(0, separator);
        const fallback = separator === -1 ? undefined : body.slice(separator + 2);
        if (!NAME.test(name)) {
            invalid.push({
                path,
                problem: `${formatKeyPath(path)}: '\${${body}}' is not a valid variable reference (use \${NAME} or \${NAME:-default})`,
            });
            return whole;
        }
        const value = env[name];
        if (value !== undefined && value !== "") {
            substituted.set(name, value);
            return value;
        }
        if (fallback !== undefined)
            return fallback;
        unset.push({ path, variable: name });
        return whole;
    });
    const walk = (node, path) => {
        if (typeof node === "string")
            return substituteString(node, path);
        if (Array.isArray(node))
            return node.map((item, index) => walk(item, [...path, index]));
        if (node !== null && typeof node === "object") {
            const out = Object.create(null);
            for (const [key, value] of Object.entries(node))
                out[key] = walk(value, [...path, key]);
            return out;
        }
        return node;
    };
    return { value: walk(document, []), unset, invalid, substituted };
}

;// CONCATENATED MODULE: ./src/config/hide-env-values.ts
/**
 * A value that came from the environment may be a secret, and it is not masked yet while the config
 * is still being checked (secrets are known only once it is valid). So problem messages never quote
 * one: wherever a message holds a substituted value, or the start of one cut short with `...`, it
 * shows the reference instead (`${DATABASE_URL}`).
 */
/** Shorter values are ordinary words and numbers; replacing them would garble messages. */
const MIN_HIDDEN_LENGTH = 4;
function hideEnvValues(messages, substituted) {
    const values = [...substituted].filter(([, value]) => value.length >= MIN_HIDDEN_LENGTH).sort(([, a], [, b]) => b.length - a.length);
    return messages.map((message) => {
        let out = message;
        for (const [name, value] of values) {
            const reference = `\${${name}}`;
            out = out.split(value).join(reference);
            // a quoted value may be clipped (`got 'postgresql://app:pw@d...'`): hide the prefix as well
            for (let length = value.length - 1; length >= MIN_HIDDEN_LENGTH; length--) {
                const clipped = `${value.slice(0, length)}...`;
                if (out.includes(clipped))
                    out = out.split(clipped).join(`${reference}...`);
            }
        }
        return out;
    });
}

// EXTERNAL MODULE: ./src/config/file-references.ts
var file_references = __webpack_require__(71281);
// EXTERNAL MODULE: ./src/config/limits.ts
var limits = __webpack_require__(59304);
;// CONCATENATED MODULE: ./src/config/sections.ts
/**
 * The top-level sections of a config, as commands declare the ones they use (command-table.ts).
 * A CI job receives only the secrets its own command needs: the migrate-db job gets DATABASE_URL,
 * the traffic jobs get AWS credentials. So a variable is required only where it is used, and the
 * other sections are checked for shape alone (section-scope.ts).
 */
const CONFIG_SECTIONS = [
    "aws",
    "database",
    "services",
    "loadBalancers",
    "headerRouting",
    "traffic",
    "verify",
    "lock",
    "kafka",
    "search",
];
/** `version` and `project` name every release; every command uses them. */
const ALWAYS_USED = new Set(["version", "project"]);
function isUsed(path, scope) {
    const top = String(path[0] ?? "");
    if (scope === "all" || ALWAYS_USED.has(top))
        return true;
    return scope.includes(top);
}
function sectionOf(path) {
    const top = path[0];
    return CONFIG_SECTIONS.includes(top) ? top : undefined;
}
/**
 * Where a section connects to: optional in the schema, so a job that does not connect can leave
 * its variable unset, and required (checkConnections in validate.ts) for the commands that use the
 * section.
 */
const CONNECTION_KEYS = {
    database: "url",
    search: "url",
    kafka: "brokers",
};

;// CONCATENATED MODULE: ./src/config/section-scope.ts


function scopeUnresolved(substituted, scope) {
    const problems = substituted.invalid.map((i) => i.problem);
    const unresolved = [];
    const seen = new Set();
    for (const { path, variable } of substituted.unset) {
        const keyPath = formatKeyPath(path);
        if (seen.has(`${keyPath} ${variable}`))
            continue;
        seen.add(`${keyPath} ${variable}`);
        if (isUsed(path, scope))
            problems.push(`${keyPath}: environment variable ${variable} is not set`);
        else
            unresolved.push({ keyPath, variable, section: sectionOf(path) });
    }
    const omitted = uniquePaths([...substituted.unset, ...substituted.invalid].map((u) => withoutTrailingIndices(u.path)));
    const document = omitted.reduce((doc, path) => omitPath(doc, path), substituted.value);
    return { document, problems, omitted, unresolved };
}
function withoutTrailingIndices(path) {
    let end = path.length;
    while (end > 1 && typeof path[end - 1] === "number")
        end--;
    return path.slice(0, end);
}
function uniquePaths(paths) {
    const byText = new Map(paths.map((p) => [formatKeyPath(p), p]));
    return [...byText.values()];
}
/** A copy of `node` without the value at `path`; only the objects along the path are copied. */
function omitPath(node, path) {
    const [head, ...rest] = path;
    if (head === undefined || node === null || typeof node !== "object")
        return node;
    if (Array.isArray(node)) {
        const copy = [...node];
        if (typeof head === "number" && rest.length > 0)
            copy[head] = omitPath(node[head], rest);
        return copy;
    }
    const record = node;
    const copy = Object.assign(Object.create(null), record);
    if (rest.length === 0)
        delete copy[head];
    else
        copy[head] = omitPath(record[head], rest);
    return copy;
}

;// CONCATENATED MODULE: ./src/config/secrets.ts
/**
 * Every config value that is a credential, plus the password inside the database URL. Values from
 * unset variables never reach the config (section-scope.ts), so no `${...}` text is listed here.
 */
function secretValues(config) {
    const values = [];
    const url = config.database?.url;
    if (url) {
        values.push(url);
        const password = passwordInUrl(url);
        if (password)
            values.push(password, encodeURIComponent(password));
    }
    const auth = config.search?.auth;
    if (auth && "password" in auth)
        values.push(auth.password);
    if (auth && "apiKey" in auth)
        values.push(auth.apiKey);
    if (config.kafka?.sasl)
        values.push(config.kafka.sasl.password);
    return [...new Set(values.filter((v) => v.length > 0))];
}
/** The decoded password of a connection URL, or undefined when it has none or is not a URL. */
function passwordInUrl(url) {
    try {
        const password = new URL(url).password;
        return password === "" ? undefined : decodeURIComponent(password);
    }
    catch {
        return undefined;
    }
}

// EXTERNAL MODULE: ./src/db/lint/rules.ts
var rules = __webpack_require__(661);
;// CONCATENATED MODULE: ./src/config/cross-references.ts


const RULE_IDS = new Set(rules/* RULES */.y0.map((r) => r.id));
/**
 * Rules that span sections: every route names a listed service, every service is routed, services
 * need the aws section, a Kafka-fed index needs the kafka section. A section left out for this
 * command (it held unset variables; see validate.ts) is unknown rather than empty, so a rule that
 * reads it is skipped instead of reporting what was never checked.
 */
function checkCrossReferences(config, leftOut) {
    const problems = [];
    const problem = (path, message) => problems.push(`${formatKeyPath(path)}: ${message}`);
    const known = (...sections) => sections.every((s) => !leftOut.has(s));
    const names = new Set(config.services.map((s) => s.name));
    // a misspelt rule id would silently allow nothing (or, worse, be read later as allowing something)
    config.database?.safety.allow.forEach((entry, index) => {
        const rule = entry.includes("/") ? entry.slice(entry.lastIndexOf("/") + 1) : entry;
        const migration = entry.includes("/") ? entry.slice(0, entry.lastIndexOf("/")) : undefined;
        if (!RULE_IDS.has(rule))
            problem(["database", "safety", "allow", index], `unknown rule '${rule}' (rules: ${[...RULE_IDS].join(", ")})`);
        else if (migration === "")
            problem(["database", "safety", "allow", index], "a '<migration>/<rule>' entry needs the migration's folder name");
    });
    if (known("services", "loadBalancers")) {
        const routed = new Set();
        const forwardActions = new Map();
        config.loadBalancers.forEach((lb, lbIndex) => {
            const listenerKey = "arn" in lb.listener ? lb.listener.arn : `${lb.listener.loadBalancer}:${lb.listener.port}`;
            lb.routes.forEach((route, routeIndex) => {
                const path = ["loadBalancers", lbIndex, "routes", routeIndex];
                if (!names.has(route.service)) {
                    problem([...path, "service"], `no service named '${route.service}' (services: ${[...names].join(", ") || "none"})`);
                }
                routed.add(route.service);
                const ruleKey = route.rule === "default" ? "default" : "priority" in route.rule ? `priority ${route.rule.priority}` : route.rule.arn;
                const other = forwardActions.get(`${listenerKey} ${ruleKey}`);
                if (other !== undefined)
                    problem([...path, "rule"], `the same listener rule is already routed at ${other}`);
                else
                    forwardActions.set(`${listenerKey} ${ruleKey}`, formatKeyPath(path));
            });
        });
        config.services.forEach((service, index) => {
            if (!routed.has(service.name)) {
                problem(["services", index], `service '${service.name}' is not routed by any loadBalancers[].routes entry, so it could never take traffic`);
            }
        });
    }
    if (known("aws", "services") && config.services.length > 0 && config.aws === undefined) {
        problem(["aws"], "is required when services are listed (at least { region })");
    }
    if (known("verify", "services", "loadBalancers")) {
        const lbNames = config.loadBalancers.map((lb) => lb.name);
        config.verify?.checks.forEach((check, i) => {
            if (check.service !== undefined && !names.has(check.service))
                problem(["verify", "checks", i, "service"], `no service named '${check.service}' (services: ${[...names].join(", ") || "none"})`);
            if (check.loadBalancer !== undefined && !lbNames.includes(check.loadBalancer))
                problem(["verify", "checks", i, "loadBalancer"], `no load balancer named '${check.loadBalancer}' (loadBalancers: ${lbNames.join(", ") || "none"})`);
        });
    }
    if (known("kafka", "search") && config.kafka === undefined) {
        config.search?.indices.forEach((index, i) => {
            if (index.source.type === "kafka")
                problem(["search", "indices", i, "source"], "a kafka source needs the top-level kafka section (brokers)");
        });
    }
    return problems;
}

;// CONCATENATED MODULE: ./src/config/format-issues.ts

/** One line per problem, each starting with the key path: `traffic.steps[2]: must be 1..100`. */
function formatIssues(issues) {
    return [...new Set(issues.flatMap((issue) => formatIssue(issue)))];
}
function formatIssue(issue) {
    const where = formatKeyPath(issue.path);
    switch (issue.code) {
        case "unrecognized_keys":
            return issue.keys.map((key) => `${formatKeyPath([...issue.path, key])}: unknown key (check its spelling and the README's config reference)`);
        case "invalid_type":
            return [`${where}: ${issue.input === undefined ? "is required" : issue.message.replace(/^Invalid input: /, "")}`];
        case "invalid_union": {
            if ("discriminator" in issue && issue.discriminator !== undefined) {
                // zod reports the allowed discriminator values beside the issue, not in its type
                const options = issue.options;
                return [`${where}: must be one of ${options?.map(String).join(", ") ?? "the listed types"}`];
            }
            // `10` or `{ weight: 10, bake: 48h }`: when the value has the shape of one branch only, that
            // branch's own problem says more than "must be a weight or ..."
            const shaped = issue.errors.filter((branch) => !branch.some((i) => i.code === "invalid_type" && i.path.length === 0));
            // `{ priority: abc }` has the type of two branches, but only `{ priority: N }` has nothing to say
            // against the value as a whole (`{ arn }` has other keys, 'default' is another value): its
            // problem names the key inside
            const fitting = issue.errors.filter((branch) => branch.every((i) => i.path.length > 0));
            const branch = fitting.length === 1 ? fitting[0] : shaped.length === 1 ? shaped[0] : undefined;
            if (branch !== undefined && branch.length > 0) {
                return branch.flatMap((inner) => formatIssue({ ...inner, path: [...issue.path, ...inner.path] }));
            }
            return [`${where}: ${issue.message}`];
        }
        default:
            return [`${where}: ${issue.message}`];
    }
}

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(92857);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/core.js
var core = __webpack_require__(88532);
// EXTERNAL MODULE: ./src/config/duration.ts
var duration = __webpack_require__(97840);
;// CONCATENATED MODULE: ./src/config/schema/scalars.ts



/**
 * The scalar kinds every section is built from. Every number and duration has an upper bound,
 * named in its message. Every number and true/false field is built with envNumber or envBoolean
 * (the lint config refuses a bare z.number() or z.boolean() elsewhere in the schema).
 */
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/**
 * A duration in milliseconds, at most `max`: a bake or a timeout longer than that is a typo, and a
 * number like `99999999999999999999999d` would overflow every timer it reached.
 */
const scalars_duration = (max) => 
// unknown rather than string | number, so `.inf` and `.nan` get this message, not "Invalid input"
schemas/* unknown */.L5J().transform((value, ctx) => {
    const ms = typeof value === "string" || typeof value === "number" ? (0,duration/* parseDuration */.E)(value) : undefined;
    if (ms === undefined) {
        ctx.addIssue({ code: "custom", message: `must be a duration such as 30s, 5m, 1h30m or 7d (got ${shownValue(value)})` });
        return core/* NEVER */.tm;
    }
    if (ms > max) {
        ctx.addIssue({ code: "custom", message: `must be at most ${(0,duration/* formatDuration */.a)(max)} (got '${clip(String(value))}')` });
        return core/* NEVER */.tm;
    }
    return ms;
});
/** Quoted values in messages stay short; control characters were refused before the schema. */
const clip = (text) => (text.length > 40 ? `${text.slice(0, 40)}...` : text);
/** A scalar quoted, anything else by its kind: a mapping may have no prototype to print itself with. */
function shownValue(value) {
    if (typeof value === "string" || typeof value === "number" || typeof value === "boolean")
        return `'${clip(String(value))}'`;
    if (value === null || value === undefined)
        return "nothing";
    return Array.isArray(value) ? "a list" : "a mapping";
}
/**
 * Text that is a plain decimal number, as YAML reads it unquoted: `10`, `-1`, `2.5`, `1e3`. Not
 * `0x10`, `.inf` or `ten`: those stay text, and the number schema refuses them.
 */
const NUMBER_TEXT = /^\s*[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?\s*$/;
/** YAML's own spellings of true and false. */
const BOOLEAN_TEXT = { true: true, True: true, TRUE: true, false: false, False: false, FALSE: false };
/**
 * A number field that also reads a number written as text. `${VAR}` always yields text, and numbers
 * from the environment are normal in CI (`priority: ${RULE_PRIORITY}`); quoting the value in YAML
 * (`priority: "10"`, or `"${P}"` inside a flow mapping, where `{` must be quoted) gives text too.
 * Text that is not a number reaches `schema` as it is and fails with the field's own message, which
 * names the key and never quotes the value (it may have come from the environment).
 */
const envNumber = (schema) => schemas/* preprocess */.vkY((value) => (typeof value === "string" && NUMBER_TEXT.test(value) ? Number(value) : value), schema);
/** A true/false field that also reads `true` or `false` written as text, for the same reason as envNumber. */
const envBoolean = () => schemas/* preprocess */.vkY((value) => (typeof value === "string" && Object.hasOwn(BOOLEAN_TEXT, value.trim()) ? BOOLEAN_TEXT[value.trim()] : value), 
// eslint-disable-next-line no-restricted-syntax -- the one place a boolean field is built
schemas/* boolean */.zMY({ error: "must be true or false" }));
/** A whole number with both bounds named in the message. */
const count = (min, max) => envNumber(
// eslint-disable-next-line no-restricted-syntax -- the number inside envNumber
schemas/* number */.aig({ error: `must be a whole number ${min}..${max}` })
    .int(`must be a whole number ${min}..${max}`)
    .min(min, `must be ${min}..${max}`)
    .max(max, `must be at most ${max}`));
/** A list with at most `max` entries; `what` names them in the message. */
const list = (item, max, what) => schemas/* array */.YOg(item).max(max, `at most ${max} ${what}`);
/**
 * A credential. Hosts mask every occurrence of a secret in the log, so a very short one would be
 * masked inside ordinary words and make the log unreadable; it is refused instead.
 */
const secret = (what) => schemas/* string */.YjP({ error: `${what} must be a string` })
    .min(limits/* MIN_SECRET_LENGTH */.vb, `${what} must be at least ${limits/* MIN_SECRET_LENGTH */.vb} characters (a shorter secret would be masked all over the log)`)
    .max(4096, `${what} must be at most 4096 characters`);
const percent = (what) => envNumber(
// eslint-disable-next-line no-restricted-syntax -- the number inside envNumber
schemas/* number */.aig({ error: `${what} must be a number 0..100` })
    .min(0, `${what} must be 0..100`)
    .max(100, `${what} must be 0..100`));
const weight = envNumber(
// eslint-disable-next-line no-restricted-syntax -- the number inside envNumber
schemas/* number */.aig({ error: "must be a whole number 1..100" })
    .int("must be a whole number 1..100")
    .min(1, "must be 1..100")
    .max(100, "must be 1..100"));
const port = envNumber(
// eslint-disable-next-line no-restricted-syntax -- the number inside envNumber
schemas/* number */.aig({ error: "must be a port number" }).int().min(1, "must be 1..65535").max(65535, "must be 1..65535"));
/** An ALB listener rule priority. */
const rulePriority = envNumber(
// eslint-disable-next-line no-restricted-syntax -- the number inside envNumber
schemas/* number */.aig({ error: "must be a whole number 1..50000" })
    .int("must be a whole number 1..50000")
    .min(1, "must be 1..50000")
    .max(50000, "must be 1..50000"));
/** Used in generated AWS names (target groups allow 32 characters in all), so kept short and plain. */
const serviceName = schemas/* string */.YjP()
    .regex(/^[a-z0-9](?:[a-z0-9-]{0,22}[a-z0-9])?$/, "must be 1-24 lowercase letters, digits or '-', not starting or ending with '-'");
/** A name AWS knows the resource by (cluster, service, container, Auto Scaling group): 1-255 characters. */
const nonEmpty = (what) => schemas/* string */.YjP({ error: `${what} must be a string` })
    .min(1, `${what} must not be empty`)
    .max(255, `${what} must be at most 255 characters`);
const httpUrl = schemas/* url */.OZ5({ protocol: /^https?$/, error: "must be an http(s) URL" });

;// CONCATENATED MODULE: ./src/config/schema/aws.ts


const awsSchema = schemas/* strictObject */.rej({
    region: schemas/* string */.YjP().regex(/^[a-z]{2}(?:-[a-z]+)+-\d$/, "must be an AWS region such as eu-west-1"),
    /** For emulators and VPC endpoints; empty means the SDK's default. */
    endpoint: schemas/* union */.KCZ([httpUrl, schemas/* literal */.euz("")]).optional(),
    profile: schemas/* string */.YjP().min(1).optional(),
});

;// CONCATENATED MODULE: ./src/config/schema/database.ts




/** The `database` section: the connection, the Prisma CLI, the migration linter and the session limits. */
const databaseSchema = schemas/* strictObject */.rej({
    /**
     * Connection string; a secret, masked in every log. Optional here because only the migrate-db
     * job receives it; ../sections.ts makes it required for the commands that use the database.
     */
    url: schemas/* string */.YjP()
        .max(4096, "must be at most 4096 characters")
        .regex(/^(postgres(ql)?|mysql):\/\//, "must be a postgresql:// or mysql:// connection string")
        .refine((url) => (passwordInUrl(url)?.length ?? limits/* MIN_SECRET_LENGTH */.vb) >= limits/* MIN_SECRET_LENGTH */.vb, `its password must be at least ${limits/* MIN_SECRET_LENGTH */.vb} characters (a shorter secret would be masked all over the log)`)
        .optional(),
    schema: schemas/* string */.YjP().min(1).default("prisma/schema.prisma"),
    prisma: schemas/* strictObject */.rej({
        /** The Prisma CLI as an argument list (never a shell string). */
        command: list(schemas/* string */.YjP().min(1).max(1024), 32, "arguments").min(1).default(["npx", "prisma"]),
        config: schemas/* string */.YjP().min(1).optional(),
    })
        .default({ command: ["npx", "prisma"] }),
    safety: schemas/* strictObject */.rej({
        /** enforce: unsafe migrations are refused (exit 3); warn: reported only; off: not checked. */
        mode: schemas/* enum */.k5n(["enforce", "warn", "off"]).default("enforce"),
        /** Rule ids or `migration/rule` pairs accepted on purpose. */
        allow: list(schemas/* string */.YjP().min(1).max(255), 1000, "entries").default([]),
    })
        .default({ mode: "enforce", allow: [] }),
    timeout: scalars_duration(DAY).default(15 * 60_000),
    /**
     * PostgreSQL session limits for the migration: a statement waiting this long for a lock fails
     * instead of queueing every query of the live release behind it. 0 leaves the server's setting.
     */
    lockTimeout: scalars_duration(HOUR).default(10_000),
    statementTimeout: scalars_duration(DAY).default(0),
});

;// CONCATENATED MODULE: ./src/config/schema/header-routing.ts


/** The `headerRouting` section: the header that sends early users to green or blue, and where its rules go. */
/** ALB header conditions: names are HTTP tokens up to 40 characters; values up to 128. */
const headerValue = schemas/* string */.YjP().min(1).max(128, "ALB header values are at most 128 characters");
const headerRoutingSchema = schemas/* strictObject */.rej({
    header: schemas/* string */.YjP()
        .regex(/^[A-Za-z0-9!#$%&'*+.^_`|~-]{1,40}$/, "must be an HTTP header name of at most 40 characters")
        .default("x-client-mode"),
    green: schemas/* array */.YOg(headerValue).min(1).max(3, "an ALB header condition matches at most 3 values").default(["green"]),
    blue: schemas/* array */.YOg(headerValue).max(3, "an ALB header condition matches at most 3 values").default(["blue"]),
    /** What green-header requests get once no green exists (after promote or rollback). */
    afterRelease: schemas/* enum */.k5n(["not-found", "live"]).default("not-found"),
    /** Rule priorities for the header rules; `auto` takes free ones just above the route's rule. */
    priorities: schemas/* union */.KCZ([schemas/* literal */.euz("auto"), schemas/* strictObject */.rej({ green: rulePriority, blue: rulePriority })]).default("auto"),
});

;// CONCATENATED MODULE: ./src/config/schema/kafka.ts


/** The `kafka` section: the brokers and credentials a Kafka-fed index is loaded from. */
const kafkaSchema = schemas/* strictObject */.rej({
    /**
     * A list, or one comma-separated string as CI secrets hold it (`brokers: ${KAFKA_BROKERS}`).
     * Optional here, required for the commands that read Kafka (see ../sections.ts).
     */
    brokers: schemas/* preprocess */.vkY((value) => (typeof value === "string" ? value.split(",").map((b) => b.trim()) : value), list(schemas/* string */.YjP()
        .max(255)
        .regex(/^[^\s:,]+:\d{1,5}$/, "must be host:port"), 100, "brokers").min(1, "must list at least one broker"))
        .optional(),
    clientId: schemas/* string */.YjP().min(1).default("cutover"),
    ssl: envBoolean().default(false),
    sasl: schemas/* strictObject */.rej({
        mechanism: schemas/* enum */.k5n(["plain", "scram-sha-256", "scram-sha-512"]),
        username: schemas/* string */.YjP().min(1).max(255),
        password: secret("password"),
    })
        .optional(),
});

;// CONCATENATED MODULE: ./src/config/schema/elb-names.ts

/** How the config names ALB listeners, rules and target groups. */
const ELB_ARN = /^arn:aws[a-z-]*:elasticloadbalancing:[a-z0-9-]+:\d{12}:/;
const listenerArn = schemas/* string */.YjP()
    .regex(new RegExp(`${ELB_ARN.source}listener/app/`), "must be an ALB listener ARN (arn:aws:elasticloadbalancing:REGION:ACCOUNT:listener/app/...)");
const ruleArn = schemas/* string */.YjP()
    .regex(new RegExp(`${ELB_ARN.source}listener-rule/app/`), "must be an ALB listener rule ARN (...:listener-rule/app/...)");
/** A target group by ARN, or by name (AWS: up to 32 alphanumerics or '-', not at either end). */
const targetGroupRef = schemas/* union */.KCZ([schemas/* string */.YjP().regex(new RegExp(`${ELB_ARN.source}targetgroup/`)), schemas/* string */.YjP().regex(/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,30}[A-Za-z0-9])?$/)], { error: "must be a target group ARN or name (1-32 letters, digits or '-')" });

;// CONCATENATED MODULE: ./src/config/schema/load-balancers.ts



/** The `loadBalancers` section: each listener and the rule (or default action) that routes each service. */
const listenerRef = schemas/* union */.KCZ([
    schemas/* strictObject */.rej({ arn: listenerArn }),
    schemas/* strictObject */.rej({ loadBalancer: schemas/* string */.YjP().regex(/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,30}[A-Za-z0-9])?$/, "must be an ALB name"), port: port }),
], { error: "must be { arn: <listener ARN> } or { loadBalancer: <ALB name>, port: <listener port> }" });
const ruleRef = schemas/* union */.KCZ([schemas/* literal */.euz("default"), schemas/* strictObject */.rej({ priority: rulePriority }), schemas/* strictObject */.rej({ arn: ruleArn })], {
    error: "must be 'default', { priority: N } or { arn: <rule ARN> }",
});
const routeSchema = schemas/* strictObject */.rej({
    service: serviceName,
    /** Which forward action carries this service: the listener's default action or one rule. */
    rule: ruleRef.default("default"),
    /** Add header rules for early users on this route (needs `headerRouting`). */
    headerRouting: envBoolean().default(true),
});
const loadBalancerSchema = schemas/* strictObject */.rej({
    name: nonEmpty("name"),
    listener: listenerRef,
    /** An ALB listener has at most 100 rules. */
    routes: list(routeSchema, 100, "routes (an ALB listener has at most 100 rules)").min(1, "must list at least one route"),
});

;// CONCATENATED MODULE: ./src/config/schema/lock.ts

/**
 * One release at a time per project. `dynamodb`: a conditional write to a table (key `lockId`,
 * string), atomic across runners. `tags`: the holder recorded in tags on the load balancers and
 * re-read before each change; best effort, not atomic.
 */
const lockSchema = schemas/* discriminatedUnion */.gMt("type", [
    schemas/* strictObject */.rej({
        type: schemas/* literal */.euz("dynamodb"),
        table: schemas/* string */.YjP().regex(/^[A-Za-z0-9_.-]{3,255}$/, "must be a DynamoDB table name (3-255 letters, digits, '_', '-', '.')"),
    }),
    schemas/* strictObject */.rej({ type: schemas/* literal */.euz("tags") }),
], { error: "type must be dynamodb or tags" });

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/iso.js
var iso = __webpack_require__(64377);
;// CONCATENATED MODULE: ./src/config/schema/search.ts


/** The `search` section: the engine and each index that es-reindex rebuilds, loads, validates and switches. */
/**
 * Documents per bulk request and requests in flight for a Kafka load. Measured with `npm run bench`
 * on a 2-core machine: three requests in flight keep the engine's write threads busy while the
 * loader decodes the next batch (two left it idle between requests); 1,000 documents per request
 * was as fast as 5,000 and holds less in memory.
 */
const KAFKA_LOAD_DEFAULTS = { batchSize: 1000, concurrency: 3 };
const indexName = schemas/* string */.YjP()
    .regex(/^[a-z0-9][a-z0-9._-]*$/, "must be a lowercase index name (letters, digits, '.', '_', '-')")
    .max(200, "leave room for the timestamp suffix: at most 200 characters");
const indexSourceSchema = schemas/* discriminatedUnion */.gMt("type", [
    schemas/* strictObject */.rej({
        type: schemas/* literal */.euz("index"),
        /** Defaults to the index the read alias points at. */
        index: indexName.optional(),
        query: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J()).optional(),
        script: schemas/* strictObject */.rej({
            source: schemas/* string */.YjP().min(1),
            lang: schemas/* string */.YjP().default("painless"),
            params: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J()).optional(),
        })
            .optional(),
        slices: schemas/* union */.KCZ([schemas/* literal */.euz("auto"), count(1, 64)]).default("auto"),
    }),
    schemas/* strictObject */.rej({
        type: schemas/* literal */.euz("kafka"),
        /** Topic holding a full copy of the data, read from the beginning. */
        fullTopic: schemas/* string */.YjP().min(1),
        /** Topic of live changes, replayed from where the full load began until caught up. */
        incrementalTopic: schemas/* string */.YjP().min(1),
        idField: schemas/* string */.YjP().min(1).default("id"),
        /**
         * The document's version in the source (a number, or a date such as updated_at), written with
         * external versioning: a stale full-dump record never overwrites a newer incremental update.
         */
        versionField: schemas/* string */.YjP().min(1, "must name the field that holds each document's version"),
        /** A field whose true value means the document was deleted (a null value, a tombstone, is one too). */
        deleteField: schemas/* string */.YjP().min(1).optional(),
        batchSize: count(1, 10_000).default(KAFKA_LOAD_DEFAULTS.batchSize),
        /** Bulk requests in flight at once while loading. */
        concurrency: count(1, 16).default(KAFKA_LOAD_DEFAULTS.concurrency),
        /**
         * Where catch-up starts in the incremental topic: the offsets at the time the full load began,
         * less `rewind` (default), the offsets at a given time, or explicit offsets per partition.
         */
        catchUp: schemas/* strictObject */.rej({
            from: schemas/* union */.KCZ([
                schemas/* literal */.euz("load-start"),
                schemas/* strictObject */.rej({ timestamp: iso/* datetime */.w$({ offset: true, error: "must be an ISO 8601 time" }) }),
                schemas/* strictObject */.rej({
                    offsets: schemas/* record */.g1P(schemas/* string */.YjP().regex(/^\d{1,5}$/, "partition numbers"), schemas/* string */.YjP().regex(/^\d{1,19}$/, "must be an offset")),
                }),
            ])
                .default("load-start"),
            rewind: scalars_duration(DAY).default(5 * 60_000),
            /** Catch-up repeats until fewer records than this are left behind. */
            maxLag: count(0, 10_000_000).default(1000),
            maxRounds: count(1, 100).default(10),
        })
            .default({ from: "load-start", rewind: 5 * 60_000, maxLag: 1000, maxRounds: 10 }),
        /**
         * The application's incremental indexer's consumer group: switch-write waits until green has
         * applied everything that group has committed, so nothing written in between is lost.
         */
        consumerGroup: schemas/* string */.YjP().min(1).max(255).optional(),
    }),
], { error: "type must be index or kafka" });
const searchIndexSchema = schemas/* strictObject */.rej({
    /** Base name; each build is `<name>_<UTC timestamp>`. */
    name: indexName,
    aliases: schemas/* strictObject */.rej({ read: indexName.optional(), write: indexName.optional() }).default({}),
    mappings: schemas/* string */.YjP().min(1).optional(),
    settings: schemas/* union */.KCZ([schemas/* string */.YjP().min(1), schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J())]).optional(),
    /** Settings applied once loaded (replicas, refresh interval), as the live index had them. */
    liveSettings: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J()).optional(),
    source: indexSourceSchema,
    /** Share of searches the read alias sends to the new index after switch-read. */
    readWeight: percent("readWeight").default(100),
    /** manual: write alias moves only on `--phase switch-write`; auto: once validation passes. */
    writeSwitch: schemas/* enum */.k5n(["manual", "auto"]).default("manual"),
    validation: schemas/* strictObject */.rej({
        /** Largest allowed difference in document count between old and new, in percent. */
        maxCountDifference: percent("maxCountDifference").default(0),
        sampleQueries: list(schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J()), 100, "sample queries").default([]),
        /** Top-k compared per sample query, and the share of blue's top-k that green must return. */
        topK: count(1, 100).default(10),
        minOverlap: percent("minOverlap").default(80),
        /** Green's p95 search latency may be at most this multiple of blue's. */
        maxLatencyRatio: envNumber(
        // eslint-disable-next-line no-restricted-syntax -- the number inside envNumber
        schemas/* number */.aig({ error: "maxLatencyRatio must be a number 1..100" })
            .min(1, "maxLatencyRatio must be at least 1")
            .max(100, "maxLatencyRatio must be at most 100")).default(2),
        /** Searches per sample query per side, for the latency figures. */
        latencySamples: count(1, 1000).default(20),
        maxErrors: count(0, 1_000_000).default(0),
    })
        .default({
        maxCountDifference: 0,
        sampleQueries: [],
        topK: 10,
        minOverlap: 80,
        maxLatencyRatio: 2,
        latencySamples: 20,
        maxErrors: 0,
    }),
    /** The old index is deleted this long after the write alias leaves it. */
    retention: scalars_duration(365 * DAY).default(7 * DAY),
})
    .transform((index) => ({
    ...index,
    // seed 000's convention: searches read `read_<name>`, the incremental feed writes `write_<name>`
    aliases: { read: index.aliases.read ?? `read_${index.name}`, write: index.aliases.write ?? `write_${index.name}` },
}));
const searchSchema = schemas/* strictObject */.rej({
    engine: schemas/* enum */.k5n(["elasticsearch", "opensearch"], { error: "engine must be elasticsearch or opensearch" }),
    /** Optional here, required for the commands that use the search engine (see ../sections.ts). */
    url: httpUrl.optional(),
    auth: schemas/* union */.KCZ([
        schemas/* strictObject */.rej({ username: schemas/* string */.YjP().min(1).max(255), password: secret("password") }),
        schemas/* strictObject */.rej({ apiKey: secret("apiKey") }),
    ], { error: "must be { username, password } or { apiKey }" })
        .optional(),
    indices: list(searchIndexSchema, 50, "indices")
        .min(1, "must list at least one index")
        .superRefine((indices, ctx) => {
        const seen = new Set();
        indices.forEach((index, i) => {
            if (seen.has(index.name))
                ctx.addIssue({ code: "custom", path: [i, "name"], message: `'${index.name}' is listed twice` });
            seen.add(index.name);
        });
    }),
});

;// CONCATENATED MODULE: ./src/config/schema/services.ts



/** The `services` section: what runs each service's blue and green sides (ECS, an Auto Scaling Group, a target-group pair). */
const greenTargetGroupSchema = schemas/* strictObject */.rej({
    /** Defaults to the blue target group's port, protocol and health check. */
    port: port.optional(),
    protocol: schemas/* enum */.k5n(["HTTP", "HTTPS"]).optional(),
    healthCheckPath: schemas/* string */.YjP().startsWith("/", "must start with '/'").max(1024, "must be at most 1024 characters").optional(),
    /** AWS allows 0-3600 seconds. */
    deregistrationDelay: scalars_duration(HOUR).optional(),
});
const readiness = {
    /** How long the green side may take to have every target healthy. */
    readyTimeout: scalars_duration(DAY).default(15 * 60_000),
};
const ecsServiceSchema = schemas/* strictObject */.rej({
    type: schemas/* literal */.euz("ecs"),
    name: serviceName,
    cluster: nonEmpty("cluster"),
    /** The live ECS service; green is created beside it as `<service>-<release>`. */
    service: nonEmpty("service"),
    containerName: nonEmpty("containerName"),
    containerPort: port,
    /** Image for the green task definition; `--image` overrides it. */
    image: schemas/* string */.YjP().min(1).max(1024, "must be at most 1024 characters").optional(),
    /** ECS runs at most 5000 tasks per service. */
    desiredCount: schemas/* union */.KCZ([schemas/* literal */.euz("match-blue"), count(0, 5000)]).default("match-blue"),
    targetGroup: greenTargetGroupSchema.optional(),
    ...readiness,
});
const asgServiceSchema = schemas/* strictObject */.rej({
    type: schemas/* literal */.euz("asg"),
    name: serviceName,
    /** The live Auto Scaling Group; green is created beside it as `<asg>-<release>`. */
    autoScalingGroup: nonEmpty("autoScalingGroup"),
    launchTemplate: schemas/* strictObject */.rej({
        id: schemas/* string */.YjP().min(1).optional(),
        name: schemas/* string */.YjP().min(1).optional(),
        version: schemas/* string */.YjP().min(1).default("$Latest"),
    })
        .refine((t) => (t.id === undefined) !== (t.name === undefined), "give exactly one of id or name")
        .optional(),
    capacity: schemas/* union */.KCZ([
        schemas/* literal */.euz("match-blue"),
        schemas/* strictObject */.rej({ min: count(0, 10_000), max: count(0, 10_000), desired: count(0, 10_000) })
            .refine((c) => c.min <= c.desired && c.desired <= c.max, "must satisfy min <= desired <= max"),
    ])
        .default("match-blue"),
    targetGroup: greenTargetGroupSchema.optional(),
    ...readiness,
});
const targetGroupServiceSchema = schemas/* strictObject */.rej({
    type: schemas/* literal */.euz("target-group"),
    name: serviceName,
    /**
     * Two target groups that other tooling (Ansible, Terraform, a fleet of its own) fills. Whichever
     * carries the traffic is blue; the other is green. They trade places on each release.
     */
    targetGroups: schemas/* tuple */.PVZ([targetGroupRef, targetGroupRef], { error: "must list exactly two target groups" }),
    /** A target group holds at most 1000 targets. */
    minHealthyTargets: count(1, 1000).default(1),
    ...readiness,
});
const serviceSchema = schemas/* discriminatedUnion */.gMt("type", [ecsServiceSchema, asgServiceSchema, targetGroupServiceSchema], {
    error: "type must be one of ecs, asg, target-group",
});
const servicesSchema = list(serviceSchema, 100, "services").superRefine((services, ctx) => {
    const first = new Map();
    services.forEach((service, index) => {
        const earlier = first.get(service.name);
        if (earlier !== undefined) {
            ctx.addIssue({ code: "custom", path: [index, "name"], message: `'${service.name}' is already used by services[${earlier}]` });
        }
        else
            first.set(service.name, index);
    });
});

;// CONCATENATED MODULE: ./src/config/schema/traffic.ts


/** The `traffic` section: how weight moves to green, how long each step bakes, and what happens after promote. */
const stepSchema = schemas/* union */.KCZ([weight, schemas/* strictObject */.rej({ weight: weight, bake: scalars_duration(DAY).optional() })], {
    error: "must be a weight 1..100 or { weight: 1..100, bake: <duration> }",
});
const trafficSchema = schemas/* strictObject */.rej({
    strategy: schemas/* enum */.k5n(["all-at-once", "canary", "linear"], { error: "strategy must be all-at-once, canary or linear" })
        .default("all-at-once"),
    /** canary: the green weights to pass through, in order. */
    steps: list(stepSchema, 100, "steps").min(1, "must list at least one step").optional(),
    /** linear: the weight added at each step. */
    increment: weight.optional(),
    /** Wait between steps, watching the alarms. */
    bakeTime: scalars_duration(DAY).default(0),
    /** CloudWatch alarm names; any in ALARM during a step rolls traffic back. */
    alarms: list(schemas/* string */.YjP().min(1).max(255, "CloudWatch alarm names are at most 255 characters"), 100, "alarms").default([]),
    stickiness: schemas/* strictObject */.rej({
        enabled: envBoolean().default(true),
        // the ALB's own range for load-balancer-generated cookies
        duration: scalars_duration(7 * DAY)
            .refine((ms) => ms >= 1000, "must be 1s..7d")
            .default(3_600_000),
    })
        .optional(),
    /** After promote, blue stays ready for a rollback this long; then a promote --cleanup (or a later release's promote) retires it. */
    standby: scalars_duration(30 * DAY).default(DAY),
    /** After promote: blue stays listed in the forward action at weight 0, or is removed from it. */
    afterPromote: schemas/* enum */.k5n(["keep-blue-at-zero", "remove-blue"]).default("keep-blue-at-zero"),
})
    .superRefine((traffic, ctx) => {
    if (traffic.strategy === "canary" && traffic.steps === undefined) {
        ctx.addIssue({ code: "custom", path: ["steps"], message: "canary needs steps, e.g. [10, 50, 100]" });
    }
    if (traffic.strategy !== "canary" && traffic.steps !== undefined) {
        ctx.addIssue({
            code: "custom",
            path: ["steps"],
            message: `steps only apply to the canary strategy (strategy is ${traffic.strategy})`,
        });
    }
    if (traffic.strategy === "linear" && traffic.increment === undefined) {
        ctx.addIssue({ code: "custom", path: ["increment"], message: "linear needs an increment, e.g. 20" });
    }
    if (traffic.strategy !== "linear" && traffic.increment !== undefined) {
        ctx.addIssue({
            code: "custom",
            path: ["increment"],
            message: `increment only applies to the linear strategy (strategy is ${traffic.strategy})`,
        });
    }
    let previous = 0;
    traffic.steps?.forEach((step, index) => {
        const w = typeof step === "number" ? step : step.weight;
        if (w <= previous)
            ctx.addIssue({ code: "custom", path: ["steps", index], message: `must be greater than the step before it (${previous})` });
        previous = Math.max(previous, w);
    });
});

;// CONCATENATED MODULE: ./src/config/schema/verify.ts


/** The `verify` section: the HTTP checks run against green through each load balancer. */
const httpStatus = count(100, 599);
const headerName = schemas/* string */.YjP().regex(/^[A-Za-z0-9!#$%&'*+.^_`|~-]{1,100}$/, "must be an HTTP header name");
const verifyCheckSchema = schemas/* strictObject */.rej({
    name: schemas/* string */.YjP().min(1).max(100),
    path: schemas/* string */.YjP().startsWith("/", "must start with '/'").max(2048),
    /** Only the load balancers that route this service; without service or loadBalancer: all. */
    service: serviceName.optional(),
    loadBalancer: schemas/* string */.YjP().min(1).max(255).optional(),
    method: schemas/* enum */.k5n(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]).default("GET"),
    headers: schemas/* record */.g1P(headerName, schemas/* string */.YjP().max(1024)).default({}),
    body: schemas/* string */.YjP()
        .max(64 * 1024)
        .optional(),
    /** Where to send it instead of the load balancer: an internal ALB through a proxy, a test server. */
    baseUrl: httpUrl.optional(),
    expect: schemas/* strictObject */.rej({
        status: schemas/* union */.KCZ([httpStatus, list(httpStatus, 20, "statuses").min(1)]).default(200),
        bodyContains: schemas/* string */.YjP().min(1).max(1024).optional(),
        json: schemas/* strictObject */.rej({
            path: schemas/* string */.YjP()
                .regex(/^[A-Za-z0-9_$-]+(?:\.[A-Za-z0-9_$-]+|\[\d+\])*$/, "must be a field path such as status or checks[0].state"),
            // a JSON value compared as it is: text from the environment stays text, since "10" and 10 are different answers
            // eslint-disable-next-line no-restricted-syntax
            equals: schemas/* union */.KCZ([schemas/* string */.YjP().max(1024), schemas/* number */.aig(), schemas/* boolean */.zMY(), schemas/* null */.chJ()]),
        })
            .optional(),
    })
        .default({ status: 200 }),
    timeout: scalars_duration(60_000).optional(),
    retries: count(0, 20).optional(),
})
    .refine((check) => check.service === undefined || check.loadBalancer === undefined, "give service or loadBalancer, not both");
const verifySchema = schemas/* strictObject */.rej({
    /** Default base URL of every check; without one, http(s)://<the ALB's DNS name>:<listener port>. */
    baseUrl: httpUrl.optional(),
    timeout: scalars_duration(60_000).default(5000),
    retries: count(0, 20).default(2),
    checks: list(verifyCheckSchema, 100, "checks").min(1, "must list at least one check"),
});

;// CONCATENATED MODULE: ./src/config/schema/index.ts












/**
 * The `cutover.yml` schema. Every object is strict, so a misspelt key is an error rather than a
 * silently ignored setting. Every number and duration has an upper bound, named in its message.
 * Rules that span sections (a route naming an unknown service, a Kafka-fed index without a
 * `kafka` section) live in ../cross-references.ts.
 */



/**
 * The whole file, one key per section. Rules that span sections (a route naming a service, a
 * Kafka-fed index needing the kafka section) are in ../cross-references.ts, which knows when a
 * section was left out for the command at hand.
 */
const configSchema = schemas/* strictObject */.rej({
    version: schemas/* literal */.euz(1, { error: "version must be 1" }),
    /** Used in tags and generated names. */
    project: schemas/* string */.YjP().regex(/^[a-z0-9][a-z0-9-]{0,30}$/, "must be lowercase letters, digits or '-' (at most 31)"),
    aws: awsSchema.optional(),
    database: databaseSchema.optional(),
    services: servicesSchema.default([]),
    loadBalancers: list(loadBalancerSchema, 20, "load balancers").default([]),
    headerRouting: headerRoutingSchema.optional(),
    traffic: trafficSchema.default({ strategy: "all-at-once", bakeTime: 0, alarms: [], standby: DAY, afterPromote: "keep-blue-at-zero" }),
    kafka: kafkaSchema.optional(),
    search: searchSchema.optional(),
    verify: verifySchema.optional(),
    lock: lockSchema.default({ type: "tags" }),
});

;// CONCATENATED MODULE: ./src/config/validate.ts





function validateDocument(document, omitted, scope) {
    // reportInput: formatIssues tells a missing key from a wrong value by the input it was given
    const first = configSchema.safeParse(document, { reportInput: true });
    if (first.success)
        return complete(first.data, [], omitted, scope);
    const followsFromOmission = (issue) => omitted.some((o) => isPrefixOf(o, issue.path) ||
        // a union or a refinement sees the whole object, so it reports at an ancestor
        ((issue.code === "invalid_union" || issue.code === "custom") && issue.path.length > 0 && isPrefixOf(issue.path, o)));
    const real = first.error.issues.filter((issue) => !followsFromOmission(issue));
    if (real.length > 0)
        return { config: undefined, problems: formatIssues(real), leftOut: [] };
    const broken = new Set(first.error.issues.map((issue) => sectionOf(issue.path)));
    if ([...broken].some((section) => section === undefined || isUsed([section], scope))) {
        // the unset variable behind it was reported as a problem already
        return { config: undefined, problems: [], leftOut: [] };
    }
    const leftOut = [...broken];
    const rest = Object.assign(Object.create(null), document);
    for (const section of leftOut)
        delete rest[section];
    const second = configSchema.safeParse(rest, { reportInput: true });
    if (!second.success)
        return { config: undefined, problems: formatIssues(second.error.issues), leftOut };
    return complete(second.data, leftOut, omitted, scope);
}
function complete(config, leftOut, omitted, scope) {
    const problems = [...checkCrossReferences(config, new Set(leftOut)), ...checkConnections(config, omitted, scope)];
    return { config: problems.length > 0 ? undefined : config, problems, leftOut };
}
/** The connection a used section needs must be there, unless its unset variable was reported. */
function checkConnections(config, omitted, scope) {
    const problems = [];
    for (const [section, key] of Object.entries(CONNECTION_KEYS)) {
        const value = config[section];
        const path = [section, key];
        if (!isUsed(path, scope) || value === undefined || value[key] !== undefined)
            continue;
        if (omitted.some((o) => isPrefixOf(path, o) || isPrefixOf(o, path)))
            continue;
        problems.push(`${formatKeyPath(path)}: is required by this command`);
    }
    return problems;
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./src/config/yaml-nesting.ts


/**
 * A first pass over the raw YAML tokens, before the `yaml` package builds a document. Its composer
 * recurses once per level of nesting, and a file of a few kilobytes of `[` or `- - -` makes it
 * overflow the stack, recover, and try again for seconds, or run out of memory. The lexer is a
 * plain loop, so this pass stops at the first sign of runaway nesting; the exact depth is checked
 * on the composed document (yaml-nodes.ts).
 *
 * Flow collections (`[`, `{`) are counted exactly. Block nesting is bounded through columns: a
 * nested block collection starts to the right of its parent (or at the same column, for a list
 * under a key), so block depth is at most twice the column. A structure further right than
 * MAX_COLUMN is refused; real configs stay well left of it.
 */
const MAX_COLUMN = 4 * limits/* MAX_DEPTH */.lr;
/** Zero-width markers the lexer inserts; they are not in the source. */
const MARKERS = new Set([dist/* CST */.DB.BOM, dist/* CST */.DB.DOCUMENT, dist/* CST */.DB.FLOW_END, dist/* CST */.DB.SCALAR]);
/** Returns the 1-based line of the first runaway nesting, or undefined when the text is fine. */
function findRunawayNesting(text) {
    let line = 1;
    let column = 0;
    let flow = 0;
    for (const token of new dist/* Lexer */.JG().lex(text)) {
        switch (dist/* CST */.DB.tokenType(token)) {
            case "flow-seq-start":
            case "flow-map-start":
                if (++flow > limits/* MAX_DEPTH */.lr)
                    return line;
                break;
            case "flow-seq-end":
            case "flow-map-end":
                flow = Math.max(0, flow - 1);
                break;
            case "seq-item-ind":
            case "explicit-key-ind":
                if (flow === 0 && column > MAX_COLUMN)
                    return line;
                break;
            case "space":
                if (flow === 0 && column === 0 && token.length > MAX_COLUMN)
                    return line;
                break;
        }
        if (MARKERS.has(token))
            continue;
        const lastNewline = token.lastIndexOf("\n");
        if (lastNewline === -1)
            column += token.length;
        else {
            line += token.split("\n").length - 1;
            column = token.length - lastNewline - 1;
        }
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/config/yaml-nodes.ts



/**
 * Checks on the composed YAML document that the `yaml` package does not make, each naming the line:
 * nesting deeper than MAX_DEPTH (counting what aliases bring in), a key given twice, a key that
 * would reach an object's prototype, a tag other than YAML's plain types.
 */
/**
 * Keys that mean something to JavaScript objects. `__proto__` in particular, copied with
 * `obj[key] = value`, replaces the object's prototype instead of adding a key. No config key has
 * these names, so they are refused wherever they appear, even inside free-form values such as a
 * search query, where they could otherwise travel on to other code.
 */
const FORBIDDEN_KEYS = new Set(["__proto__", "constructor", "prototype"]);
/** YAML's core types; anything else (`!!binary`, `!!set`, `!foo`) would not be plain data. */
const PLAIN_TAGS = new Set(["str", "int", "float", "bool", "null", "map", "seq"].map((t) => `tag:yaml.org,2002:${t}`));
function checkNodes(document, lines) {
    const problems = [];
    /**
     * The latest definition of each anchor, as an alias further down resolves it: its height once
     * walked, or `undefined` while it is being walked. An alias to an anchor still being walked
     * (`a: &x [*x]`) makes a cycle, which every later walk over the data would follow forever.
     */
    const anchors = new Map();
    const at = (node) => {
        const { line, col } = lines.linePos(node.range?.[0] ?? 0);
        return `line ${line}, column ${col}`;
    };
    /** Walks one node at `depth` and returns the height of what it holds (0 for a scalar). */
    const walk = (node, path, depth) => {
        if ((0,dist/* isAlias */.Vj)(node)) {
            const anchor = anchors.get(node.source);
            if (anchor !== undefined && anchor.height === undefined) {
                problems.push(`${at(node)}: ${formatKeyPath(path)}: alias *${node.source} is inside the node it repeats (a cycle)`);
                return 0;
            }
            const height = anchor?.height ?? 0;
            if (depth + height > limits/* MAX_DEPTH */.lr)
                problems.push(`${at(node)}: nested too deeply through alias *${node.source} (at most ${limits/* MAX_DEPTH */.lr} levels)`);
            return height;
        }
        if (!(0,dist/* isScalar */.jn)(node) && !(0,dist/* isMap */.jh)(node) && !(0,dist/* isSeq */.oP)(node))
            return 0;
        checkTag(node, path);
        const definition = { height: undefined };
        if (node.anchor)
            anchors.set(node.anchor, definition);
        let height = 0;
        if ((0,dist/* isMap */.jh)(node) || (0,dist/* isSeq */.oP)(node)) {
            if (depth >= limits/* MAX_DEPTH */.lr) {
                problems.push(`${at(node)}: ${formatKeyPath(path)}: nested too deeply (at most ${limits/* MAX_DEPTH */.lr} levels of mappings and lists)`);
                definition.height = limits/* MAX_DEPTH */.lr;
                return limits/* MAX_DEPTH */.lr;
            }
            height = 1 + ((0,dist/* isMap */.jh)(node) ? walkMap(node.items, path, depth) : walkSeq(node.items, path, depth));
        }
        definition.height = height;
        return height;
    };
    const walkSeq = (items, path, depth) => items.reduce((max, item, index) => Math.max(max, walk(item, [...path, index], depth + 1)), 0);
    const walkMap = (pairs, path, depth) => {
        const seen = new Map();
        let max = 0;
        for (const pair of pairs) {
            // stringKeys: true has turned every key into a string scalar, or reported it as an error
            if (!(0,dist/* isScalar */.jn)(pair.key))
                continue;
            const key = String(pair.key.value);
            const keyPath = [...path, key];
            const where = at(pair.key);
            const first = seen.get(key);
            if (first !== undefined) {
                problems.push(`${where}: ${formatKeyPath(keyPath)}: duplicate key '${key}' (first given at ${first}); each key may appear once`);
            }
            else
                seen.set(key, where);
            if (FORBIDDEN_KEYS.has(key)) {
                problems.push(`${where}: ${formatKeyPath(keyPath)}: unknown key ('${key}' is not allowed anywhere in the config)`);
                continue;
            }
            max = Math.max(max, walk(pair.value, keyPath, depth + 1));
        }
        return max;
    };
    const checkTag = (node, path) => {
        if (node.tag !== undefined && !PLAIN_TAGS.has(node.tag)) {
            problems.push(`${at(node)}: ${formatKeyPath(path)}: the YAML tag ${node.tag} is not supported (use plain values)`);
        }
    };
    walk(document.contents, [], 0);
    return problems;
}

;// CONCATENATED MODULE: ./src/config/yaml-document.ts






/**
 * Config text to plain data, in bounded time and memory whatever the text holds. Every problem is
 * bad input (an InputError naming the file and the line), never a crash, a stack overflow or a
 * Node warning. Messages quote no source text beyond a key or a tag, with control characters
 * escaped.
 */
function readYaml(text, source) {
    const name = (0,report_escape/* escapeControlChars */._s)(source);
    const fail = (summary, problems) => {
        throw new errors/* InputError */.dz(`${name} ${summary}`, problems.map((p) => `${name}: ${(0,report_escape/* escapeControlChars */._s)(p)}`));
    };
    const bytes = Buffer.byteLength(text, "utf8");
    if (bytes > limits/* MAX_CONFIG_BYTES */.GW)
        fail("is too large", [`${bytes} bytes; a config file may hold at most ${limits/* MAX_CONFIG_BYTES */.GW} bytes`]);
    const runaway = findRunawayNesting(text);
    if (runaway !== undefined)
        fail("is not valid YAML", [`line ${runaway}: nested too deeply (at most ${limits/* MAX_DEPTH */.lr} levels of mappings and lists)`]);
    const lines = new dist/* LineCounter */.HN();
    let document;
    try {
        // stringKeys: a key that is a list or mapping is an error here, not a Node warning in toJS.
        // Duplicate keys are reported by checkNodes, which can name them. prettyErrors would quote the
        // source around each error (and build a regular expression the size of the nesting).
        document = (0,dist/* parseDocument */.Tp)(text, { prettyErrors: false, uniqueKeys: false, stringKeys: true, lineCounter: lines });
    }
    catch (error) {
        return fail("is not valid YAML", [describeUnexpected(error)]);
    }
    if (document.errors.length > 0) {
        fail("is not valid YAML", document.errors.map((e) => {
            const { line, col } = lines.linePos(e.pos[0]);
            return `line ${line}, column ${col}: ${yamlMessage(e.code, e.message)}`;
        }));
    }
    if (!(0,dist/* isMap */.jh)(document.contents)) {
        throw new errors/* InputError */.dz(`${name}: the file must be a YAML mapping with at least 'version' and 'project'`);
    }
    const nodeProblems = checkNodes(document, lines);
    if (nodeProblems.length > 0)
        fail("is not valid", nodeProblems);
    try {
        return document.toJS({ maxAliasCount: limits/* MAX_ALIAS_COUNT */.w4 });
    }
    catch (error) {
        if (error instanceof ReferenceError) {
            return fail("is not valid", [
                `its aliases expand to too much data (at most ${limits/* MAX_ALIAS_COUNT */.w4} alias expansions; a file like this can exhaust memory)`,
            ]);
        }
        return fail("is not valid", [describeUnexpected(error)]);
    }
}
function yamlMessage(code, message) {
    switch (code) {
        case "RESOURCE_EXHAUSTION":
            return `nested too deeply (at most ${limits/* MAX_DEPTH */.lr} levels of mappings and lists)`;
        case "NON_STRING_KEY":
            return "a key must be plain text, not a list, a mapping or an alias";
        case "MULTIPLE_DOCS":
            return "the file must hold one YAML document (no '---' between documents)";
        default:
            // the yaml package's messages quote the offending token ("... in YAML stream: \"root\""); the
            // line and column say where it is without showing it
            return (message.split("\n")[0] ?? code).replace(/\s*:?\s*"(?:[^"\\]|\\.)*"/g, "").slice(0, 160);
    }
}
/** A stack overflow is the one failure the parser is known to throw rather than report. */
function describeUnexpected(error) {
    if (error instanceof RangeError)
        return `nested too deeply (at most ${limits/* MAX_DEPTH */.lr} levels of mappings and lists)`;
    return `cannot be parsed (${error instanceof Error ? error.name : "error"})`;
}

;// CONCATENATED MODULE: ./src/config/load.ts












/** Parses and validates config text. Pure apart from reading `env`; throws InputError listing every problem. */
function parseConfig(text, source, env, options = {}) {
    const name = (0,report_escape/* escapeControlChars */._s)(source);
    const substituted = substituteEnv(readYaml(text, source), env);
    // alone and first: every later message may quote a value
    const controls = findControlCharacters(substituted.value);
    if (controls.length > 0)
        throw new errors/* InputError */.dz(`${name} is not valid: values hold control characters`, hideEnvValues(controls, substituted.substituted));
    const scope = options.sections ?? "all";
    const scoped = scopeUnresolved(substituted, scope);
    const validated = validateDocument(scoped.document, scoped.omitted, scope);
    const problems = [...scoped.problems, ...validated.problems];
    if (problems.length > 0 || validated.config === undefined) {
        const listed = problems.length > 0 ? hideEnvValues(problems, substituted.substituted) : [`${name}: not valid`];
        throw new errors/* InputError */.dz(`${name} is not valid (${listed.length} problem${listed.length === 1 ? "" : "s"})`, listed);
    }
    return {
        path: source,
        substituted: substituted.substituted,
        config: validated.config,
        secrets: secretValues(validated.config),
        unresolved: scoped.unresolved,
        leftOut: validated.leftOut,
    };
}
async function loadConfig(path, env, options = {}) {
    const name = (0,report_escape/* escapeControlChars */._s)(path);
    const text = await readConfigText(path, name);
    const loaded = parseConfig(text, path, env, options);
    const problems = await (0,file_references/* checkFileReferences */.NX)(loaded.config, path, options.cwd ?? process.cwd());
    if (problems.length > 0) {
        throw new errors/* InputError */.dz(`${name} names files that are not usable (${problems.length} problem${problems.length === 1 ? "" : "s"})`, hideEnvValues(problems, loaded.substituted));
    }
    return loaded;
}
/** Only a regular file of a sane size is read: `--config /dev/zero` must not hang or fill memory. */
async function readConfigText(path, name) {
    const cannot = (why) => new errors/* InputError */.dz(`config file '${name}' cannot be read: ${why} (set it with --config)`);
    let text;
    try {
        const info = await (0,promises_.stat)(path);
        if (!info.isFile())
            throw cannot("not a regular file");
        if (info.size > limits/* MAX_CONFIG_BYTES */.GW) {
            throw new errors/* InputError */.dz(`config file '${name}' is too large: ${info.size} bytes; a config file may hold at most ${limits/* MAX_CONFIG_BYTES */.GW} bytes`);
        }
        text = await (0,promises_.readFile)(path, "utf8");
    }
    catch (error) {
        if (error instanceof errors/* InputError */.dz)
            throw error;
        const code = error.code;
        throw cannot(code === "ENOENT" ? "no such file" : code === "EACCES" ? "permission denied" : String(code ?? "error"));
    }
    return text;
}


/***/ }),

/***/ 661:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KX: () => (/* binding */ isRuleId),
/* harmony export */   PI: () => (/* binding */ ruleInfo),
/* harmony export */   y0: () => (/* binding */ RULES)
/* harmony export */ });
const both = ["postgresql", "mysql"];
const pg = ["postgresql"];
const my = ["mysql"];
/** Every rule the linter knows; config `database.safety.allow` is validated against these ids. */
const RULES = [
    { id: "drop-table", dialects: both, severity: "error", summary: "DROP TABLE while blue may still read or write it" },
    { id: "drop-column", dialects: both, severity: "error", summary: "DROP COLUMN while blue may still select or insert it" },
    { id: "rename-table", dialects: both, severity: "error", summary: "renaming a table breaks blue's queries at once" },
    { id: "rename-column", dialects: both, severity: "error", summary: "renaming a column breaks blue's queries at once" },
    {
        id: "change-column-type",
        dialects: both,
        severity: "error",
        summary: "changing a column's type or definition rewrites the table and can break blue",
    },
    {
        id: "add-column-not-null-without-default",
        dialects: both,
        severity: "error",
        summary: "a NOT NULL column without a DEFAULT makes blue's INSERTs fail",
    },
    {
        id: "blue-insert-misses-column",
        dialects: both,
        severity: "error",
        summary: "a new required column that blue's Prisma model does not know, so blue's INSERTs fail",
    },
    {
        id: "volatile-default",
        dialects: both,
        severity: "error",
        summary: "a new column with a volatile default rewrites or copies the whole table",
    },
    { id: "truncate-table", dialects: both, severity: "error", summary: "TRUNCATE removes blue's data and takes an exclusive lock" },
    { id: "lock-table", dialects: both, severity: "error", summary: "an explicit table lock blocks blue for the rest of the migration" },
    { id: "update-without-where", dialects: both, severity: "warning", summary: "an UPDATE of every row locks them all in one transaction" },
    { id: "delete-without-where", dialects: both, severity: "warning", summary: "a DELETE of every row locks them all in one transaction" },
    { id: "set-not-null", dialects: pg, severity: "error", summary: "SET NOT NULL scans the table under ACCESS EXCLUSIVE" },
    {
        id: "add-check-without-not-valid",
        dialects: pg,
        severity: "error",
        summary: "a CHECK constraint validated in place scans the table under ACCESS EXCLUSIVE",
    },
    {
        id: "add-foreign-key-without-not-valid",
        dialects: pg,
        severity: "error",
        summary: "a FOREIGN KEY validated in place locks both tables while it scans",
    },
    {
        id: "add-unique-constraint-without-index",
        dialects: pg,
        severity: "error",
        summary: "UNIQUE / PRIMARY KEY built in place blocks writes while the index is built",
    },
    {
        id: "create-index-without-concurrently",
        dialects: pg,
        severity: "error",
        summary: "CREATE INDEX without CONCURRENTLY blocks writes to an existing table",
    },
    {
        id: "drop-index-without-concurrently",
        dialects: pg,
        severity: "error",
        summary: "DROP INDEX without CONCURRENTLY takes ACCESS EXCLUSIVE on the table",
    },
    {
        id: "concurrently-in-transaction",
        dialects: pg,
        severity: "error",
        summary: "CONCURRENTLY fails inside the implicit transaction of a multi-statement migration",
    },
    {
        id: "reindex-without-concurrently",
        dialects: pg,
        severity: "error",
        summary: "REINDEX without CONCURRENTLY blocks writes (and reads using the index)",
    },
    {
        id: "refresh-matview-without-concurrently",
        dialects: pg,
        severity: "error",
        summary: "REFRESH MATERIALIZED VIEW without CONCURRENTLY blocks blue's reads of it",
    },
    { id: "vacuum-full", dialects: pg, severity: "error", summary: "VACUUM FULL rewrites the table under ACCESS EXCLUSIVE" },
    { id: "cluster", dialects: pg, severity: "error", summary: "CLUSTER rewrites the table under ACCESS EXCLUSIVE" },
    {
        id: "rename-enum-value",
        dialects: pg,
        severity: "error",
        summary: "renaming an enum label breaks blue, which still writes the old label",
    },
    { id: "mysql-online-ddl", dialects: my, severity: "error", summary: "an ALTER that MySQL runs with ALGORITHM=COPY or a blocking lock" },
    {
        id: "mysql-index-without-lock-none",
        dialects: my,
        severity: "warning",
        summary: "an index build without ALGORITHM=INPLACE, LOCK=NONE, so MySQL may lock instead of refusing",
    },
    { id: "allow-without-reason", dialects: both, severity: "error", summary: "a cutover:allow comment without a reason" },
    {
        id: "allow-unused",
        dialects: both,
        severity: "error",
        summary: "a cutover:allow comment naming a rule that did not fire on its statement",
    },
    { id: "allow-unknown-rule", dialects: both, severity: "error", summary: "a cutover:allow comment naming a rule that does not exist" },
];
const byId = new Map(RULES.map((r) => [r.id, r]));
function ruleInfo(id) {
    return byId.get(id);
}
function isRuleId(id) {
    return byId.has(id);
}


/***/ })

};
