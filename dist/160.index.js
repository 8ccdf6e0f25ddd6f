export const id = 160;
export const ids = [160];
export const modules = {

/***/ 20554:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  L: () => (/* binding */ COMMANDS)
});

// UNUSED EXPORTS: findCommand

;// CONCATENATED MODULE: ./src/flink/phases.ts
/**
 * What `cutover flink --phase` takes, in the order a release runs them (docs/flink.md). Kept apart
 * from the phases themselves so the command table lists them without loading any of it.
 */
const FLINK_PHASES = ["plan", "deploy", "switch", "rollback", "cleanup"];

// EXTERNAL MODULE: ./src/reindex/plan-phases.ts
var plan_phases = __webpack_require__(79813);
;// CONCATENATED MODULE: ./src/cli/command-table.ts


const COMMANDS = [
    {
        name: "plan",
        summary: "validate the config and print what a release would do",
        options: ["service"],
        load: () => __webpack_require__.e(/* import() */ 797).then(__webpack_require__.bind(__webpack_require__, 40797)),
    },
    {
        name: "lint-migrations",
        summary: "check migrations for changes the running blue release cannot live with (for pull requests)",
        options: ["all", "dialect", "blue-schema", "blue-ref"],
        operands: "paths",
        // paths alone need no config, unless one is there (or named) to give the dialect and opt-outs
        usesConfig: (settings, configExists) => settings.paths.length === 0 || configExists || settings.configPath !== "cutover.yml",
        load: () => Promise.all(/* import() */[__webpack_require__.e(993), __webpack_require__.e(514), __webpack_require__.e(810), __webpack_require__.e(3)]).then(__webpack_require__.bind(__webpack_require__, 45003)),
    },
    {
        name: "migrate-db",
        summary: "check migrations for blue/green safety, then apply them with Prisma",
        options: ["blue-schema", "blue-ref"],
        load: () => Promise.all(/* import() */[__webpack_require__.e(993), __webpack_require__.e(514), __webpack_require__.e(810), __webpack_require__.e(740)]).then(__webpack_require__.bind(__webpack_require__, 68740)),
    },
    {
        name: "deploy-green",
        summary: "create the green side of each service beside blue, at 0% traffic",
        options: ["service", "image", "replace-green", "break-lock"],
        load: () => Promise.all(/* import() */[__webpack_require__.e(654), __webpack_require__.e(25), __webpack_require__.e(867), __webpack_require__.e(82), __webpack_require__.e(745)]).then(__webpack_require__.bind(__webpack_require__, 44745)),
    },
    {
        name: "verify",
        summary: "smoke-check green through its header route",
        options: ["service"],
        load: () => Promise.all(/* import() */[__webpack_require__.e(654), __webpack_require__.e(25), __webpack_require__.e(178)]).then(__webpack_require__.bind(__webpack_require__, 178)),
    },
    {
        name: "switch-traffic",
        summary: "move traffic to green in the configured steps, watching alarms",
        options: ["service", "to", "break-lock"],
        load: () => Promise.all(/* import() */[__webpack_require__.e(654), __webpack_require__.e(25), __webpack_require__.e(499)]).then(__webpack_require__.bind(__webpack_require__, 31499)),
    },
    {
        name: "promote",
        summary: "make green the live side and retire blue",
        options: ["service", "cleanup", "break-lock"],
        load: () => Promise.all(/* import() */[__webpack_require__.e(654), __webpack_require__.e(25), __webpack_require__.e(867), __webpack_require__.e(82), __webpack_require__.e(655), __webpack_require__.e(910)]).then(__webpack_require__.bind(__webpack_require__, 72910)),
    },
    {
        name: "rollback",
        summary: "send all traffic back to blue, from the state in AWS",
        options: ["service", "destroy-green"],
        load: () => Promise.all(/* import() */[__webpack_require__.e(654), __webpack_require__.e(25), __webpack_require__.e(867), __webpack_require__.e(82), __webpack_require__.e(655), __webpack_require__.e(502)]).then(__webpack_require__.bind(__webpack_require__, 13502)),
    },
    {
        name: "status",
        summary: "show which side is live, the weights and the release each side holds",
        options: ["service"],
        load: () => Promise.all(/* import() */[__webpack_require__.e(654), __webpack_require__.e(25), __webpack_require__.e(534)]).then(__webpack_require__.bind(__webpack_require__, 30534)),
    },
    {
        name: "iam-policy",
        summary: "print the least-privilege IAM policy the config's commands need",
        options: ["for-command"],
        load: () => __webpack_require__.e(/* import() */ 45).then(__webpack_require__.bind(__webpack_require__, 6045)),
    },
    {
        name: "es-reindex",
        summary: "build a new search index and move read/write aliases to it",
        options: ["index", "phase", "weight", "for", "break-lock", "accept-stale"],
        phases: plan_phases/* ES_PHASES */.SL,
        load: () => Promise.all(/* import() */[__webpack_require__.e(801), __webpack_require__.e(269), __webpack_require__.e(806), __webpack_require__.e(479)]).then(__webpack_require__.bind(__webpack_require__, 9479)),
    },
    {
        name: "flink",
        summary: "redeploy changed Flink SQL statements and their descendants as new versions, then switch to them",
        options: ["phase", "break-lock", "yes"],
        phases: FLINK_PHASES,
        load: () => Promise.all(/* import() */[__webpack_require__.e(993), __webpack_require__.e(634), __webpack_require__.e(801), __webpack_require__.e(867), __webpack_require__.e(36), __webpack_require__.e(806), __webpack_require__.e(657)]).then(__webpack_require__.bind(__webpack_require__, 7657)),
    },
];
function findCommand(name) {
    return COMMANDS.find((c) => c.name === name);
}


/***/ }),

/***/ 90160:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runCli: () => (/* binding */ runCli)
});

// UNUSED EXPORTS: buildProgram

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./node_modules/commander/esm.mjs
var esm = __webpack_require__(48179);
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
    const references = [];
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
        if (fallback === undefined)
            references.push({ path, variable: name });
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
    return { value: walk(document, []), unset, invalid, substituted, references };
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
// EXTERNAL MODULE: ./src/config/field-needs.ts
var field_needs = __webpack_require__(898);
;// CONCATENATED MODULE: ./src/config/sections.ts
/**
 * The top-level sections of a config. Which command needs which field in them is field-needs.ts;
 * a section whose unset values leave it unshapeable is left out for a command that reads none of it.
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
    "flink",
    "deployments",
];
function sectionOf(path) {
    const top = path[0];
    return CONFIG_SECTIONS.includes(top) ? top : undefined;
}
/**
 * Where a section connects to: optional in the schema, so a job that does not connect can leave
 * its variable unset, and required (checkConnections in validate.ts) for the runs that need the
 * field (field-needs.ts).
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
        if ((0,field_needs/* needsPath */.Ry)(path, scope))
            problems.push(`${keyPath}: environment variable ${variable} is not set`);
        else
            unresolved.push({ path: withoutTrailingIndices(path), keyPath, variable, field: (0,field_needs/* fieldOf */._F)(path), section: sectionOf(path) });
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
    // the key too: with the secret it makes the Basic credentials a request carries
    const flink = config.flink?.backend;
    if (flink?.type === "confluent")
        values.push(flink.apiKey, flink.apiSecret);
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
    // the lag a switch checks, the release lock and the gateway's state are all read from Kafka
    if (known("kafka", "flink") && config.flink !== undefined && config.kafka === undefined)
        problem(["flink"], "needs the top-level kafka section (brokers): the switch measures green's lag there, and the release lock is kept there");
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
// EXTERNAL MODULE: ./src/config/schema/scalars.ts
var scalars = __webpack_require__(70545);
;// CONCATENATED MODULE: ./src/config/schema/aws.ts


const awsSchema = schemas/* strictObject */.rej({
    region: schemas/* string */.YjP().regex(/^[a-z]{2}(?:-[a-z]+)+-\d$/, "must be an AWS region such as eu-west-1"),
    /** For emulators and VPC endpoints; empty means the SDK's default. */
    endpoint: schemas/* union */.KCZ([scalars/* httpUrl */.q3, schemas/* literal */.euz("")]).optional(),
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
        command: (0,scalars/* list */.p_)(schemas/* string */.YjP().min(1).max(1024), 32, "arguments").min(1).default(["npx", "prisma"]),
        config: schemas/* string */.YjP().min(1).optional(),
    })
        .default({ command: ["npx", "prisma"] }),
    safety: schemas/* strictObject */.rej({
        /** enforce: unsafe migrations are refused (exit 3); warn: reported only; off: not checked. */
        mode: schemas/* enum */.k5n(["enforce", "warn", "off"]).default("enforce"),
        /** Rule ids or `migration/rule` pairs accepted on purpose. */
        allow: (0,scalars/* list */.p_)(schemas/* string */.YjP().min(1).max(255), 1000, "entries").default([]),
    })
        .default({ mode: "enforce", allow: [] }),
    timeout: (0,scalars/* duration */.p0)(scalars/* DAY */.d_).default(15 * 60_000),
    /**
     * PostgreSQL session limits for the migration: a statement waiting this long for a lock fails
     * instead of queueing every query of the live release behind it. 0 leaves the server's setting.
     */
    lockTimeout: (0,scalars/* duration */.p0)(scalars/* HOUR */.dp).default(10_000),
    statementTimeout: (0,scalars/* duration */.p0)(scalars/* DAY */.d_).default(0),
});

;// CONCATENATED MODULE: ./src/config/schema/deployments.ts


/**
 * The `deployments` section: how a release shows on GitHub's Environments page (docs/deployments.md).
 * Without the section nothing is recorded. `${VAR}` works in every value, so one file can serve
 * staging and production (`environment: ${CUTOVER_ENVIRONMENT}`).
 */
const deploymentsSchema = schemas/* strictObject */.rej({
    /** false keeps the section but records nothing (a fork, a dry rehearsal). */
    enabled: (0,scalars/* envBoolean */.Mh)().default(true),
    /** The GitHub environment the release is recorded in: the one the workflow's jobs name. */
    environment: schemas/* string */.YjP()
        .regex(/^[A-Za-z0-9][A-Za-z0-9 ._-]{0,254}$/, "must be a GitHub environment name: letters, digits, ' ', '.', '_' or '-' (at most 255)"),
    /** Where the live release answers; shown as the environment's link. */
    url: scalars/* httpUrl */.q3.optional(),
});

// EXTERNAL MODULE: ./src/config/schema/flink.ts
var flink = __webpack_require__(64694);
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
    /** What green-header requests get after promote and after rollback: a fixed 404, or the live side. */
    afterRelease: schemas/* enum */.k5n(["not-found", "live"]).default("not-found"),
    /**
     * After a rollback: `after-release` (the default) follows afterRelease; `keep-green` keeps sending
     * green-header requests to the rolled-back green while it exists, for debugging it.
     */
    afterRollback: schemas/* enum */.k5n(["after-release", "keep-green"]).default("after-release"),
    /** Rule priorities for the header rules; `auto` takes free ones before the route's rule. */
    priorities: schemas/* union */.KCZ([schemas/* literal */.euz("auto"), schemas/* strictObject */.rej({ green: scalars/* rulePriority */.PC, blue: scalars/* rulePriority */.PC })]).default("auto"),
    /**
     * Where no free priority fits, move the route's rule and the rules right after it up to open a
     * gap (one SetRulePriorities call, order kept), recording their priorities; promote and rollback
     * put them back and remove the header rules placed there.
     */
    makeRoom: (0,scalars/* envBoolean */.Mh)().default(false),
});

;// CONCATENATED MODULE: ./src/config/schema/kafka.ts


/** The `kafka` section: the brokers and credentials a Kafka-fed index is loaded from. */
const kafkaSchema = schemas/* strictObject */.rej({
    /**
     * A list, or one comma-separated string as CI secrets hold it (`brokers: ${KAFKA_BROKERS}`).
     * Optional here, required for the commands that read Kafka (see ../sections.ts).
     */
    brokers: schemas/* preprocess */.vkY((value) => (typeof value === "string" ? value.split(",").map((b) => b.trim()) : value), (0,scalars/* list */.p_)(schemas/* string */.YjP()
        .max(255)
        .regex(/^[^\s:,]+:\d{1,5}$/, "must be host:port"), 100, "brokers").min(1, "must list at least one broker"))
        .optional(),
    clientId: schemas/* string */.YjP().min(1).default("cutover"),
    ssl: (0,scalars/* envBoolean */.Mh)().default(false),
    sasl: schemas/* strictObject */.rej({
        mechanism: schemas/* enum */.k5n(["plain", "scram-sha-256", "scram-sha-512"]),
        username: schemas/* string */.YjP().min(1).max(255),
        password: (0,scalars/* secret */.rJ)("password"),
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
    schemas/* strictObject */.rej({ loadBalancer: schemas/* string */.YjP().regex(/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,30}[A-Za-z0-9])?$/, "must be an ALB name"), port: scalars/* port */.Oh }),
], { error: "must be { arn: <listener ARN> } or { loadBalancer: <ALB name>, port: <listener port> }" });
const ruleRef = schemas/* union */.KCZ([schemas/* literal */.euz("default"), schemas/* strictObject */.rej({ priority: scalars/* rulePriority */.PC }), schemas/* strictObject */.rej({ arn: ruleArn })], {
    error: "must be 'default', { priority: N } or { arn: <rule ARN> }",
});
const routeSchema = schemas/* strictObject */.rej({
    service: scalars/* serviceName */.fe,
    /** Which forward action carries this service: the listener's default action or one rule. */
    rule: ruleRef.default("default"),
    /** Add header rules for early users on this route (needs `headerRouting`). */
    headerRouting: (0,scalars/* envBoolean */.Mh)().default(true),
});
const loadBalancerSchema = schemas/* strictObject */.rej({
    name: (0,scalars/* nonEmpty */.hq)("name"),
    listener: listenerRef,
    /** An ALB listener has at most 100 rules. */
    routes: (0,scalars/* list */.p_)(routeSchema, 100, "routes (an ALB listener has at most 100 rules)").min(1, "must list at least one route"),
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
        slices: schemas/* union */.KCZ([schemas/* literal */.euz("auto"), (0,scalars/* count */.U9)(1, 64)]).default("auto"),
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
        batchSize: (0,scalars/* count */.U9)(1, 10_000).default(KAFKA_LOAD_DEFAULTS.batchSize),
        /** Bulk requests in flight at once while loading. */
        concurrency: (0,scalars/* count */.U9)(1, 16).default(KAFKA_LOAD_DEFAULTS.concurrency),
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
            rewind: (0,scalars/* duration */.p0)(scalars/* DAY */.d_).default(5 * 60_000),
            /** Catch-up repeats until fewer records than this are left behind. */
            maxLag: (0,scalars/* count */.U9)(0, 10_000_000).default(1000),
            maxRounds: (0,scalars/* count */.U9)(1, 100).default(10),
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
    readWeight: (0,scalars/* percent */.KN)("readWeight").default(100),
    /** manual: write alias moves only on `--phase switch-write`; auto: once validation passes. */
    writeSwitch: schemas/* enum */.k5n(["manual", "auto"]).default("manual"),
    validation: schemas/* strictObject */.rej({
        /** Largest allowed difference in document count between old and new, in percent. */
        maxCountDifference: (0,scalars/* percent */.KN)("maxCountDifference").default(0),
        sampleQueries: (0,scalars/* list */.p_)(schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J()), 100, "sample queries").default([]),
        /** Top-k compared per sample query, and the share of blue's top-k that green must return. */
        topK: (0,scalars/* count */.U9)(1, 100).default(10),
        minOverlap: (0,scalars/* percent */.KN)("minOverlap").default(80),
        /** Green's p95 search latency may be at most this multiple of blue's. */
        maxLatencyRatio: (0,scalars/* envNumber */.dc)(
        // eslint-disable-next-line no-restricted-syntax -- the number inside envNumber
        schemas/* number */.aig({ error: "maxLatencyRatio must be a number 1..100" })
            .min(1, "maxLatencyRatio must be at least 1")
            .max(100, "maxLatencyRatio must be at most 100")).default(2),
        /** Searches per sample query per side, for the latency figures. */
        latencySamples: (0,scalars/* count */.U9)(1, 1000).default(20),
        maxErrors: (0,scalars/* count */.U9)(0, 1_000_000).default(0),
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
    retention: (0,scalars/* duration */.p0)(365 * scalars/* DAY */.d_).default(7 * scalars/* DAY */.d_),
})
    .transform((index) => ({
    ...index,
    // seed 000's convention: searches read `read_<name>`, the incremental feed writes `write_<name>`
    aliases: { read: index.aliases.read ?? `read_${index.name}`, write: index.aliases.write ?? `write_${index.name}` },
}));
const searchSchema = schemas/* strictObject */.rej({
    engine: schemas/* enum */.k5n(["elasticsearch", "opensearch"], { error: "engine must be elasticsearch or opensearch" }),
    /** Optional here, required for the commands that use the search engine (see ../sections.ts). */
    url: scalars/* httpUrl */.q3.optional(),
    auth: schemas/* union */.KCZ([
        schemas/* strictObject */.rej({ username: schemas/* string */.YjP().min(1).max(255), password: (0,scalars/* secret */.rJ)("password") }),
        schemas/* strictObject */.rej({ apiKey: (0,scalars/* secret */.rJ)("apiKey") }),
    ], { error: "must be { username, password } or { apiKey }" })
        .optional(),
    indices: (0,scalars/* list */.p_)(searchIndexSchema, 50, "indices")
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
    port: scalars/* port */.Oh.optional(),
    protocol: schemas/* enum */.k5n(["HTTP", "HTTPS"]).optional(),
    healthCheckPath: schemas/* string */.YjP().startsWith("/", "must start with '/'").max(1024, "must be at most 1024 characters").optional(),
    /** AWS allows 0-3600 seconds. */
    deregistrationDelay: (0,scalars/* duration */.p0)(scalars/* HOUR */.dp).optional(),
});
/**
 * The IAM roles green's task definition or launch template passes (task role, execution role,
 * instance profile role). deploy-green copies them from blue, so `iam-policy` cannot read them from
 * the config: it grants iam:PassRole on these and nothing wider.
 */
const passRoles = (0,scalars/* list */.p_)(schemas/* string */.YjP()
    .regex(/^arn:aws(?:-[a-z]+)*:iam::\d{12}:role\/[\w+=,.@/-]{1,512}$/, "must be an IAM role ARN (arn:aws:iam::<account>:role/<name>)"), 20, "roles").optional();
const readiness = {
    /** How long the green side may take to have every target healthy. */
    readyTimeout: (0,scalars/* duration */.p0)(scalars/* DAY */.d_).default(15 * 60_000),
};
const ecsServiceSchema = schemas/* strictObject */.rej({
    type: schemas/* literal */.euz("ecs"),
    name: scalars/* serviceName */.fe,
    cluster: (0,scalars/* nonEmpty */.hq)("cluster"),
    /** The live ECS service; green is created beside it as `<service>-<release>`. */
    service: (0,scalars/* nonEmpty */.hq)("service"),
    containerName: (0,scalars/* nonEmpty */.hq)("containerName"),
    containerPort: scalars/* port */.Oh,
    /** Image for the green task definition; `--image` overrides it. */
    image: schemas/* string */.YjP().min(1).max(1024, "must be at most 1024 characters").optional(),
    passRoles,
    /** ECS runs at most 5000 tasks per service. */
    desiredCount: schemas/* union */.KCZ([schemas/* literal */.euz("match-blue"), (0,scalars/* count */.U9)(0, 5000)]).default("match-blue"),
    targetGroup: greenTargetGroupSchema.optional(),
    ...readiness,
});
const asgServiceSchema = schemas/* strictObject */.rej({
    type: schemas/* literal */.euz("asg"),
    name: scalars/* serviceName */.fe,
    /** The live Auto Scaling Group; green is created beside it as `<asg>-<release>`. */
    autoScalingGroup: (0,scalars/* nonEmpty */.hq)("autoScalingGroup"),
    launchTemplate: schemas/* strictObject */.rej({
        id: schemas/* string */.YjP().min(1).optional(),
        name: schemas/* string */.YjP().min(1).optional(),
        version: schemas/* string */.YjP().min(1).default("$Latest"),
    })
        .refine((t) => (t.id === undefined) !== (t.name === undefined), "give exactly one of id or name")
        .optional(),
    capacity: schemas/* union */.KCZ([
        schemas/* literal */.euz("match-blue"),
        schemas/* strictObject */.rej({ min: (0,scalars/* count */.U9)(0, 10_000), max: (0,scalars/* count */.U9)(0, 10_000), desired: (0,scalars/* count */.U9)(0, 10_000) })
            .refine((c) => c.min <= c.desired && c.desired <= c.max, "must satisfy min <= desired <= max"),
    ])
        .default("match-blue"),
    passRoles,
    targetGroup: greenTargetGroupSchema.optional(),
    ...readiness,
});
const targetGroupServiceSchema = schemas/* strictObject */.rej({
    type: schemas/* literal */.euz("target-group"),
    name: scalars/* serviceName */.fe,
    /**
     * Two target groups that other tooling (Ansible, Terraform, a fleet of its own) fills. Whichever
     * carries the traffic is blue; the other is green. They trade places on each release.
     */
    targetGroups: schemas/* tuple */.PVZ([targetGroupRef, targetGroupRef], { error: "must list exactly two target groups" }),
    /** A target group holds at most 1000 targets. */
    minHealthyTargets: (0,scalars/* count */.U9)(1, 1000).default(1),
    ...readiness,
});
const serviceSchema = schemas/* discriminatedUnion */.gMt("type", [ecsServiceSchema, asgServiceSchema, targetGroupServiceSchema], {
    error: "type must be one of ecs, asg, target-group",
});
const servicesSchema = (0,scalars/* list */.p_)(serviceSchema, 100, "services").superRefine((services, ctx) => {
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
const stepSchema = schemas/* union */.KCZ([scalars/* weight */.VA, schemas/* strictObject */.rej({ weight: scalars/* weight */.VA, bake: (0,scalars/* duration */.p0)(scalars/* DAY */.d_).optional() })], {
    error: "must be a weight 1..100 or { weight: 1..100, bake: <duration> }",
});
const trafficSchema = schemas/* strictObject */.rej({
    strategy: schemas/* enum */.k5n(["all-at-once", "canary", "linear"], { error: "strategy must be all-at-once, canary or linear" })
        .default("all-at-once"),
    /** canary: the green weights to pass through, in order. */
    steps: (0,scalars/* list */.p_)(stepSchema, 100, "steps").min(1, "must list at least one step").optional(),
    /** linear: the weight added at each step. */
    increment: scalars/* weight */.VA.optional(),
    /** Wait between steps, watching the alarms. */
    bakeTime: (0,scalars/* duration */.p0)(scalars/* DAY */.d_).default(0),
    /** CloudWatch alarm names; any in ALARM during a step rolls traffic back. */
    alarms: (0,scalars/* list */.p_)(schemas/* string */.YjP().min(1).max(255, "CloudWatch alarm names are at most 255 characters"), 100, "alarms").default([]),
    stickiness: schemas/* strictObject */.rej({
        enabled: (0,scalars/* envBoolean */.Mh)().default(true),
        // the ALB's own range for load-balancer-generated cookies
        duration: (0,scalars/* duration */.p0)(7 * scalars/* DAY */.d_)
            .refine((ms) => ms >= 1000, "must be 1s..7d")
            .default(3_600_000),
    })
        .optional(),
    /** After promote, blue stays ready for a rollback this long; then a promote --cleanup (or a later release's promote) retires it. */
    standby: (0,scalars/* duration */.p0)(30 * scalars/* DAY */.d_).default(scalars/* DAY */.d_),
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
const httpStatus = (0,scalars/* count */.U9)(100, 599);
const headerName = schemas/* string */.YjP().regex(/^[A-Za-z0-9!#$%&'*+.^_`|~-]{1,100}$/, "must be an HTTP header name");
const verifyCheckSchema = schemas/* strictObject */.rej({
    name: schemas/* string */.YjP().min(1).max(100),
    path: schemas/* string */.YjP().startsWith("/", "must start with '/'").max(2048),
    /** Only the load balancers that route this service; without service or loadBalancer: all. */
    service: scalars/* serviceName */.fe.optional(),
    loadBalancer: schemas/* string */.YjP().min(1).max(255).optional(),
    method: schemas/* enum */.k5n(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]).default("GET"),
    headers: schemas/* record */.g1P(headerName, schemas/* string */.YjP().max(1024)).default({}),
    body: schemas/* string */.YjP()
        .max(64 * 1024)
        .optional(),
    /** Where to send it instead of the load balancer: an internal ALB through a proxy, a test server. */
    baseUrl: scalars/* httpUrl */.q3.optional(),
    expect: schemas/* strictObject */.rej({
        status: schemas/* union */.KCZ([httpStatus, (0,scalars/* list */.p_)(httpStatus, 20, "statuses").min(1)]).default(200),
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
    timeout: (0,scalars/* duration */.p0)(60_000).optional(),
    retries: (0,scalars/* count */.U9)(0, 20).optional(),
})
    .refine((check) => check.service === undefined || check.loadBalancer === undefined, "give service or loadBalancer, not both");
const verifySchema = schemas/* strictObject */.rej({
    /** Default base URL of every check; without one, http(s)://<the ALB's DNS name>:<listener port>. */
    baseUrl: scalars/* httpUrl */.q3.optional(),
    timeout: (0,scalars/* duration */.p0)(60_000).default(5000),
    retries: (0,scalars/* count */.U9)(0, 20).default(2),
    checks: (0,scalars/* list */.p_)(verifyCheckSchema, 100, "checks").min(1, "must list at least one check"),
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
    loadBalancers: (0,scalars/* list */.p_)(loadBalancerSchema, 20, "load balancers").default([]),
    headerRouting: headerRoutingSchema.optional(),
    traffic: trafficSchema.default({ strategy: "all-at-once", bakeTime: 0, alarms: [], standby: scalars/* DAY */.d_, afterPromote: "keep-blue-at-zero" }),
    kafka: kafkaSchema.optional(),
    search: searchSchema.optional(),
    verify: verifySchema.optional(),
    flink: flink/* flinkSchema */.Q.optional(),
    lock: lockSchema.default({ type: "tags" }),
    deployments: deploymentsSchema.optional(),
});

;// CONCATENATED MODULE: ./src/config/validate.ts






function validateDocument(document, omitted, scope, unresolved = []) {
    // reportInput: formatIssues tells a missing key from a wrong value by the input it was given
    const first = configSchema.safeParse(document, { reportInput: true });
    if (first.success)
        return complete(first.data, [], omitted, scope);
    const real = first.error.issues.filter((issue) => !follows(issue, omitted));
    if (real.length > 0)
        return { config: undefined, problems: formatIssues(real), leftOut: [] };
    const broken = new Set(first.error.issues.map((issue) => sectionOf(issue.path)));
    const read = [...broken].filter((section) => section === undefined || (0,field_needs/* readsSection */.n$)(section, scope));
    if (read.length > 0) {
        // a needed value was reported already; a value not needed but holding the section together is reported here
        const problems = unresolved
            .filter((u) => u.section !== undefined && read.includes(u.section) && first.error.issues.some((i) => follows(i, [u.path])))
            .map((u) => `${u.keyPath}: environment variable ${u.variable} is not set; this command reads ${u.section}, which is not valid without it`);
        return { config: undefined, problems, leftOut: [] };
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
/** Whether a schema problem follows from one of the values left out. */
function follows(issue, omitted) {
    return omitted.some((o) => isPrefixOf(o, issue.path) ||
        // a union or a refinement sees the whole object, so it reports at an ancestor
        ((issue.code === "invalid_union" || issue.code === "custom") && issue.path.length > 0 && isPrefixOf(issue.path, o)));
}
function complete(config, leftOut, omitted, scope) {
    const problems = [...checkCrossReferences(config, new Set(leftOut)), ...checkConnections(config, omitted, scope)];
    return { config: problems.length > 0 ? undefined : config, problems, leftOut };
}
/** A connection the run needs must be there, unless its unset variable was reported. */
function checkConnections(config, omitted, scope) {
    const problems = [];
    for (const [section, key] of Object.entries(CONNECTION_KEYS)) {
        const value = config[section];
        const path = [section, key];
        if (!(0,field_needs/* needsPath */.Ry)(path, scope) || value === undefined || value[key] !== undefined)
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
    const scope = options.scope ?? "all";
    const scoped = scopeUnresolved(substituted, scope);
    const validated = validateDocument(scoped.document, scoped.omitted, scope, scoped.unresolved);
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
        references: substituted.references,
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

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/report/report.ts
var report_report = __webpack_require__(88850);
// EXTERNAL MODULE: ./src/host/local.ts + 1 modules
var local = __webpack_require__(87699);
;// CONCATENATED MODULE: ./src/host/jenkins.ts





/**
 * Jenkins has no outputs or summaries of its own: outputs go to a JSON file and the report to a
 * Markdown file in the workspace, both meant for `archiveArtifacts`. A workspace is reused across
 * builds, so each file is started afresh when the build number changes.
 */
class JenkinsHost extends local/* LocalHost */.a {
    command;
    kind = "jenkins";
    build;
    constructor(io, command) {
        super(io);
        this.command = command;
        this.build = `${io.env.JOB_NAME ?? "job"}#${io.env.BUILD_NUMBER ?? io.env.BUILD_ID ?? "?"}`;
    }
    file(name) {
        const dir = this.io.env.WORKSPACE ?? ".";
        if (name === "outputs")
            return this.io.env.CUTOVER_OUTPUT_FILE ?? (0,external_node_path_.join)(dir, "cutover-outputs.json");
        return this.io.env.CUTOVER_SUMMARY_FILE ?? (0,external_node_path_.join)(dir, "cutover-summary.md");
    }
    async writeSummary(report, title) {
        const path = this.file("summary");
        // the job name comes from Jenkins: encoded, it cannot close the comment
        const marker = `<!-- cutover build ${encodeURIComponent(this.build)} -->`;
        const previous = await (0,promises_.readFile)(path, "utf8").catch(() => "");
        const keep = previous.startsWith(marker) ? previous : `${marker}\n# cutover — ${(0,report_escape/* escapeMarkdown */.FV)(this.build)}\n`;
        // set by the Jenkinsfile from the approval input's submitterParameter, for every stage after it
        const approver = this.io.env.CUTOVER_APPROVED_BY;
        const approval = approver ? `Traffic switch approved by **${(0,report_escape/* escapeMarkdown */.FV)(approver)}**.\n\n` : "";
        await (0,promises_.writeFile)(path, `${keep}\n## ${(0,report_escape/* escapeMarkdown */.FV)(title)}\n\n${approval}${(0,report_report/* toMarkdown */.l6)(this.redactReport(report))}`);
    }
    async close() {
        const path = this.file("outputs");
        const previous = await (0,promises_.readFile)(path, "utf8")
            .then((text) => JSON.parse(text))
            .catch(() => undefined);
        const file = previous?.build === this.build ? previous : { build: this.build, commands: {} };
        file.commands[this.command] = Object.fromEntries(this.outputs);
        await (0,promises_.writeFile)(path, `${JSON.stringify(file, null, 2)}\n`);
    }
}

;// CONCATENATED MODULE: ./src/host/detect.ts


function detectHostKind(env) {
    const forced = env.CUTOVER_HOST;
    if (forced === "github" || forced === "jenkins" || forced === "local")
        return forced;
    if (env.GITHUB_ACTIONS === "true")
        return "github";
    if (env.JENKINS_URL && (env.BUILD_ID || env.BUILD_NUMBER))
        return "jenkins";
    return "local";
}
/** The GitHub host pulls in @actions/core, so it is loaded only when running on GitHub. */
async function createHost(kind, io, command) {
    switch (kind) {
        case "github": {
            const { GitHubHost } = await Promise.all(/* import() */[__webpack_require__.e(119), __webpack_require__.e(421), __webpack_require__.e(631)]).then(__webpack_require__.bind(__webpack_require__, 631));
            return new GitHubHost(io);
        }
        case "jenkins":
            return new JenkinsHost(io, command);
        case "local":
            return new local/* LocalHost */.a(io);
    }
}

// EXTERNAL MODULE: ./src/host/github-deployments/decide.ts
var decide = __webpack_require__(23765);
;// CONCATENATED MODULE: ./src/host/github-deployments/index.ts

/**
 * After a command, on GitHub: records where the release stands on the Environments page, when the
 * config has a `deployments` section. Elsewhere, or with nothing to record, nothing is loaded.
 * Never throws: recording is a side note to the release, not part of it.
 */
async function recordRelease(host, env, config, input) {
    if (host.kind !== "github" || !config?.deployments)
        return;
    const intents = (0,decide/* decideRecords */.Fk)(input, config.deployments);
    if (intents.length === 0)
        return;
    try {
        const { recordDeployments } = await Promise.all(/* import() */[__webpack_require__.e(119), __webpack_require__.e(413), __webpack_require__.e(912)]).then(__webpack_require__.bind(__webpack_require__, 89912));
        await recordDeployments(host, env, { project: config.project, config: config.deployments }, intents);
    }
    catch (error) {
        host.log.warn(`could not record the release on GitHub: ${error instanceof Error ? error.message : String(error)}`);
    }
}

// EXTERNAL MODULE: ./src/host/workflow-command-guard.ts
var workflow_command_guard = __webpack_require__(7701);
;// CONCATENATED MODULE: ./src/version.ts
/** Kept equal to package.json's version by a unit test; a constant keeps --version free of file reads. */
const VERSION = "0.1.0";

// EXTERNAL MODULE: ./src/cli/command-table.ts + 1 modules
var command_table = __webpack_require__(20554);
// EXTERNAL MODULE: ./src/host/host.ts
var host_host = __webpack_require__(82106);
;// CONCATENATED MODULE: ./src/cli/messages.ts
/**
 * How the CLI's own messages read on each host: a terminal user is told about flags and CUTOVER_*
 * variables, not GitHub action inputs; a failure says each thing once; and settings that are
 * accepted but do nothing (an unknown CUTOVER_HOST, `--for` outside follow) are pointed out.
 */

const INPUT_NAME = / \(input '([a-z][a-z-]*)'\)/g;
/**
 * Failure lines as this host's user should read them: `--to (input 'to')` is GitHub's wording; in
 * a terminal or on Jenkins, where inputs come from the environment, it names CUTOVER_TO instead.
 * A line that says again what an earlier one said is dropped, and so is the closing "Nothing was
 * changed." when the message already said nothing was changed or applied.
 */
function plainLines(lines, host) {
    const worded = host === "github" ? [...lines] : lines.map((line) => line.replace(INPUT_NAME, (_, name) => ` (or ${(0,host_host/* envNameForInput */.G)(name)})`));
    const seen = new Set();
    const kept = [];
    for (const line of worded) {
        const key = line
            .trim()
            .toLowerCase()
            .replace(/[.\s]+$/, "");
        if (seen.has(key))
            continue;
        if (/^nothing (was|had been) changed/.test(key) && kept.some((l) => /nothing (was|has been|had been) (changed|applied)/i.test(l)))
            continue;
        seen.add(key);
        kept.push(line);
    }
    return kept;
}
/** Warnings about settings that are accepted but will not do what their giver may think. */
function setupWarnings(env, host, spec, flags) {
    const warnings = [];
    const forced = env.CUTOVER_HOST;
    if (forced !== undefined && forced !== "" && !["github", "jenkins", "local"].includes(forced))
        warnings.push(`CUTOVER_HOST='${forced}' is not one of github, jenkins, local: ignored, running as ${host.kind}`);
    if (spec.options.includes("for")) {
        const given = flags.for ?? host.input("for");
        const phase = flags.phase ?? host.input("phase") ?? "plan";
        if (given !== undefined && given !== "" && phase !== "follow")
            warnings.push(`--for ${given} applies to --phase follow only; --phase ${phase} ignores it`);
    }
    return warnings;
}

// EXTERNAL MODULE: ./src/config/duration.ts
var duration = __webpack_require__(97840);
;// CONCATENATED MODULE: ./src/db/lint/dialect.ts
/** The SQL dialects the linter reads; Aurora offers both. */
const SQL_DIALECTS = ["postgresql", "mysql"];

;// CONCATENATED MODULE: ./src/cli/settings.ts



const RELEASE_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
/** A tag, branch or commit: never starts with '-' (git would take it for an option) and holds no ':' or '..'. */
const GIT_REF = /^(?!.*\.\.)[A-Za-z0-9][A-Za-z0-9._/^~@{}-]{0,199}$/;
const TRUE = ["true", "True", "TRUE", "1", "yes"];
const FALSE = ["false", "False", "FALSE", "0", "no"];
/**
 * The one place inputs are read. Problems are collected, not thrown one by one, so a person sees
 * every bad value at once; each names the flag and the input that carried it.
 */
function readSettings(spec, flags, host, env) {
    const problems = [];
    const where = (name) => `--${name} (input '${name}')`;
    const text = (name, flag) => flag ?? host.input(name);
    const bool = (name, flag) => {
        if (flag !== undefined)
            return flag;
        const raw = host.input(name);
        if (raw === undefined)
            return false;
        if (TRUE.includes(raw))
            return true;
        if (FALSE.includes(raw))
            return false;
        problems.push(`${where(name)}: '${raw}' is not a boolean (true or false)`);
        return false;
    };
    const release = text("release", flags.release) ?? defaultRelease(env);
    if (release !== undefined && !RELEASE_ID.test(release)) {
        problems.push(`${where("release")}: '${release}' must be 1-64 letters, digits, '.', '_' or '-', starting with a letter or digit`);
    }
    let to;
    const rawTo = spec.options.includes("to") ? text("to", flags.to) : undefined;
    if (rawTo !== undefined) {
        to = /^\d{1,3}$/.test(rawTo.trim()) ? Number(rawTo) : Number.NaN;
        if (!Number.isInteger(to) || to < 0 || to > 100)
            problems.push(`${where("to")}: '${rawTo}' must be a whole number 0..100`);
    }
    // `--service a,b` and `--service a --service b` alike, as the input's comma- or newline-separated list
    const services = spec.options.includes("service") ? (flags.service?.flatMap(splitList) ?? splitList(host.input("service") ?? "")) : [];
    let phase;
    const rawPhase = spec.options.includes("phase") ? text("phase", flags.phase) : undefined;
    if (rawPhase !== undefined) {
        const phases = spec.phases ?? [];
        if (phases.includes(rawPhase))
            phase = rawPhase;
        else
            problems.push(`${where("phase")}: '${rawPhase}' must be one of ${phases.join(", ")}`);
    }
    let dialect;
    const rawDialect = spec.options.includes("dialect") ? text("dialect", flags.dialect) : undefined;
    if (rawDialect !== undefined) {
        if (SQL_DIALECTS.includes(rawDialect))
            dialect = rawDialect;
        else
            problems.push(`${where("dialect")}: '${rawDialect}' must be one of ${SQL_DIALECTS.join(", ")}`);
    }
    const blueSchema = spec.options.includes("blue-schema") ? text("blue-schema", flags.blueSchema) : undefined;
    const blueRef = spec.options.includes("blue-ref") ? text("blue-ref", flags.blueRef) : undefined;
    if (blueRef !== undefined && !GIT_REF.test(blueRef)) {
        problems.push(`${where("blue-ref")}: '${blueRef}' is not a git ref (a tag, branch or commit; letters, digits and ._/^~@{}-, not starting with '-')`);
    }
    let forMs;
    const rawFor = spec.options.includes("for") ? text("for", flags.for) : undefined;
    if (rawFor !== undefined) {
        forMs = (0,duration/* parseDuration */.E)(rawFor);
        if (forMs === undefined || forMs > 7 * 24 * 3_600_000) {
            problems.push(`${where("for")}: '${rawFor}' must be a duration such as 30s, 10m or 2h, at most 7d`);
            forMs = undefined;
        }
    }
    let weight;
    const rawWeight = spec.options.includes("weight") ? text("weight", flags.weight) : undefined;
    if (rawWeight !== undefined) {
        weight = /^\d{1,3}$/.test(rawWeight.trim()) ? Number(rawWeight) : Number.NaN;
        if (!Number.isInteger(weight) || weight < 0 || weight > 100) {
            problems.push(`${where("weight")}: '${rawWeight}' must be a whole number 0..100`);
            weight = undefined;
        }
    }
    const paths = spec.operands === "paths" ? (flags.paths && flags.paths.length > 0 ? flags.paths : splitList(host.input("paths") ?? "")) : [];
    if (paths.length > 0 && spec.options.includes("all") && flags.all)
        problems.push("--all: give either paths or --all, not both");
    const settings = {
        command: spec.name,
        configPath: text("config", flags.config) ?? "cutover.yml",
        dryRun: bool("dry-run", flags.dryRun),
        json: bool("json", flags.json),
        release,
        to,
        services,
        index: spec.options.includes("index") ? text("index", flags.index) : undefined,
        phase,
        image: spec.options.includes("image") ? text("image", flags.image) : undefined,
        replaceGreen: spec.options.includes("replace-green") ? bool("replace-green", flags.replaceGreen) : false,
        breakLock: spec.options.includes("break-lock") ? text("break-lock", flags.breakLock) : undefined,
        cleanup: spec.options.includes("cleanup") ? bool("cleanup", flags.cleanup) : false,
        destroyGreen: spec.options.includes("destroy-green") ? bool("destroy-green", flags.destroyGreen) : false,
        forCommand: spec.options.includes("for-command") ? text("command", flags.command) : undefined,
        paths,
        all: spec.options.includes("all") ? bool("all", flags.all) : false,
        dialect,
        blueSchema,
        blueRef,
        forMs,
        weight,
        acceptStale: spec.options.includes("accept-stale") ? bool("accept-stale", flags.acceptStale) : false,
        yes: spec.options.includes("yes") ? bool("yes", flags.yes) : false,
    };
    if (problems.length > 0)
        throw new errors/* InputError */.dz(`bad input for '${spec.name}'`, problems);
    return Object.freeze(settings);
}
/** A tag push names the release: GitHub's ref name for tags, Jenkins' TAG_NAME. */
function defaultRelease(env) {
    if (env.GITHUB_REF_TYPE === "tag" && env.GITHUB_REF_NAME)
        return env.GITHUB_REF_NAME;
    if (env.TAG_NAME)
        return env.TAG_NAME;
    return undefined;
}
/** Inputs carry lists as comma- or newline-separated text. */
function splitList(text) {
    return text
        .split(/[,\n]/)
        .map((s) => s.trim())
        .filter((s) => s.length > 0);
}

;// CONCATENATED MODULE: ./src/cli/run-cli.ts













const OPTION_FLAGS = {
    to: new esm/* Option */.c$("--to <weight>", "target green weight 0..100 (default: run the configured steps)"),
    service: new esm/* Option */.c$("--service <name...>", "only these services (repeatable)"),
    index: new esm/* Option */.c$("--index <name>", "the configured search index to work on"),
    // described per command, with that command's phases (buildProgram)
    phase: new esm/* Option */.c$("--phase <phase>", "phase"),
    weight: new esm/* Option */.c$("--weight <percent>", "switch-read: share of reads for the new index, 0..100 (default: the config's readWeight)"),
    for: new esm/* Option */.c$("--for <duration>", "follow: stop after this long (default: until interrupted)"),
    image: new esm/* Option */.c$("--image <uri>", "container image for the green ECS task definition"),
    "replace-green": new esm/* Option */.c$("--replace-green", "replace a green of another release that carries no traffic (never switched to, or rolled back)"),
    "break-lock": new esm/* Option */.c$("--break-lock <id>", "break the release lock with this id (shown by the refusal), then go on"),
    cleanup: new esm/* Option */.c$("--cleanup", "retire the old blue now (scale it to zero, delete what cutover created for it)"),
    "destroy-green": new esm/* Option */.c$("--destroy-green", "delete green after sending traffic back (default: keep it for debugging)"),
    "accept-stale": new esm/* Option */.c$("--accept-stale", "rollback of an index-fed build after the write switch: go back to blue although it lacks what was written to green since"),
    "for-command": new esm/* Option */.c$("--command <name>", "only the permissions this command needs"),
    yes: new esm/* Option */.c$("--yes", "cleanup: delete what the plan lists (without it, cleanup only shows the plan)"),
    all: new esm/* Option */.c$("--all", "every migration folder, not only the pending ones"),
    dialect: new esm/* Option */.c$("--dialect <dialect>", "SQL dialect when neither database.url nor migration_lock.toml says (postgresql, mysql)"),
    "blue-schema": new esm/* Option */.c$("--blue-schema <path>", "the live (blue) release's Prisma schema, to check migrations against what blue maps"),
    "blue-ref": new esm/* Option */.c$("--blue-ref <git-ref>", "read blue's Prisma schema from this git ref (a tag or commit) instead"),
};
/** The command tree; exported for the generated docs tables (scripts/docs-tables), which list its flags. */
function buildProgram(io, chosen) {
    // commander echoes what it was given (an unknown option, a bad argument): on GitHub that text must
    // not be taken for a workflow command
    const onGitHub = detectHostKind(io.env) === "github";
    const guard = (text) => (onGitHub ? (0,workflow_command_guard/* guardWorkflowCommands */.Jw)(text) : text);
    const program = new esm/* Command */.uB("cutover")
        .description("Blue/green releases: database migrations, green services, weighted ALB traffic, search reindexing.")
        .version(VERSION, "-v, --version")
        // program options only before the command: otherwise a value such as `--release -v...` is
        // split into the program's -v and the command never runs
        .enablePositionalOptions()
        .configureOutput({
        writeOut: (s) => io.stdout.write(guard(s)),
        writeErr: (s) => io.stderr.write(guard(s)),
        // on every host (a "local" run may still write into a CI log): the echoed argument stays on its line
        outputError: (s, write) => write(oneLineError(s)),
    })
        .exitOverride()
        .showHelpAfterError("(run 'cutover --help' for the commands)")
        .addHelpText("after", "\nExit codes: 0 done, 1 failed (what changed was put back or left resumable; the message says which),\n" +
        "2 bad input or config (nothing changed), 3 refused by a safety check (nothing changed, unless the\n" +
        "message says what was put back or left resumable).");
    for (const spec of command_table/* COMMANDS */.L) {
        const command = program
            .command(spec.name)
            .description(spec.load ? spec.summary : `${spec.summary} (not built yet)`)
            .showHelpAfterError(`(run 'cutover ${spec.name} --help' for its options)`)
            .option("-c, --config <file>", "config file (default: cutover.yml)")
            // still accepted where they mean nothing (a pipeline may pass them to every command), not offered
            .addOption(offered(new esm/* Option */.c$("--dry-run", "print the plan and change nothing"), !CHANGES_NOTHING.has(spec.name)))
            .option("--json", "print the result as JSON on stdout")
            .addOption(offered(new esm/* Option */.c$("--release <id>", "release label, e.g. the tag (default: the pushed tag)"), LABELS_RELEASE.has(spec.name)));
        for (const name of spec.options)
            command.addOption(optionFor(spec, name));
        if (spec.operands === "paths") {
            command.argument("[paths...]", "migration folders or .sql files (default: from the config)");
            command.action((paths, flags) => chosen(spec, { ...flags, paths }));
        }
        else
            command.action((flags) => chosen(spec, flags));
    }
    return program;
}
/** Commands that change nothing whatever their flags: `--dry-run` is accepted there but not offered. */
const CHANGES_NOTHING = new Set(["plan", "lint-migrations", "status", "iam-policy"]);
/** Commands that record or read a release label; elsewhere `--release` is accepted but not offered. */
const LABELS_RELEASE = new Set(["plan", "deploy-green", "switch-traffic", "promote", "rollback", "flink"]);
function offered(option, shown) {
    return shown ? option : option.hideHelp();
}
/** An option as this command describes it: its own phases, and which lock `--break-lock` breaks. */
function optionFor(spec, name) {
    if (name === "phase")
        return new esm/* Option */.c$("--phase <phase>", `phase: ${(spec.phases ?? []).join(", ")} (default: plan)`);
    if (name === "break-lock" && spec.name === "es-reindex")
        return new esm/* Option */.c$("--break-lock <id>", "break the index's lock (held by another es-reindex run of this index) with this id, shown by the refusal, then go on");
    if (name === "break-lock" && spec.name === "flink")
        return new esm/* Option */.c$("--break-lock <id>", "break the pipeline's release lock (held by another flink run) with this id, shown by the refusal, then go on");
    return OPTION_FLAGS[name];
}
/**
 * commander's error message with control characters escaped, so that an argument it echoes cannot
 * start a line of its own; only its own suggestion keeps its line break (that line starts with "(").
 */
function oneLineError(message) {
    return `${(0,report_escape/* escapeControlChars */._s)(message.replace(/\n$/, "")).replace(/\\n\(Did you mean /, "\n(Did you mean ")}\n`;
}
/** Runs one command line and returns the exit code. Only this function decides exit codes. */
async function runCli(argv, io, options = {}) {
    let chosen;
    const program = buildProgram(io, (spec, flags) => {
        chosen = { spec, flags };
    });
    if (argv.length === 0) {
        io.stderr.write(program.helpInformation());
        return errors/* ExitCode */.yU.BadInput;
    }
    try {
        await program.parseAsync([...argv], { from: "user" });
    }
    catch (error) {
        if (error instanceof esm/* CommanderError */.b7) {
            if (error.exitCode === 0)
                return errors/* ExitCode */.yU.Done;
            if (wantsJson(argv))
                printFlagError(io, argv, error);
            return errors/* ExitCode */.yU.BadInput;
        }
        throw error;
    }
    if (!chosen)
        return errors/* ExitCode */.yU.BadInput;
    const { spec, flags } = chosen;
    const host = await createHost(detectHostKind(io.env), io, spec.name);
    for (const warning of setupWarnings(io.env, host, spec, flags))
        host.log.warn(warning);
    let json = flags.json === true || host.input("json") === "true";
    if (json)
        host.reserveStdoutForJson();
    let settings;
    let loaded;
    try {
        settings = readSettings(spec, flags, host, io.env);
        json = settings.json;
        if (json)
            host.reserveStdoutForJson();
        if (!spec.load)
            throw new errors/* NotBuiltError */.s$(spec.name);
        loaded = await loadCommandConfig(spec, settings, host, io.env);
        const module = (await spec.load());
        const result = await module.run({
            settings,
            loaded,
            host,
            env: io.env,
            now: () => new Date(),
            // only the real process is interrupted by signals (main.ts); elsewhere nothing aborts
            signal: options.signal ?? new AbortController().signal,
        });
        await recordRelease(host, io.env, loaded?.config, {
            command: spec.name,
            end: settings.dryRun ? "dry-run" : "done",
            release: settings.release,
            ...(result.releases ? { facts: result.releases } : {}),
            message: result.headline,
        });
        await finish(host, spec, result, json, settings.dryRun);
        return errors/* ExitCode */.yU.Done;
    }
    catch (error) {
        const code = (0,errors/* exitCodeOf */.FO)(error);
        const partial = error instanceof errors/* RefusedError */.fk || error instanceof errors/* OperationError */.OK ? error.partial : undefined;
        if (partial && !json)
            host.printReport(partial.report);
        const lines = reportFailure(host, spec, error, json, partial);
        if (settings && !settings.dryRun)
            await recordRelease(host, io.env, loaded?.config, {
                command: spec.name,
                end: error instanceof errors/* RefusedError */.fk ? "refused" : error instanceof errors/* InputError */.dz ? "bad-input" : "failed",
                release: settings.release,
                message: error instanceof Error ? error.message : (lines[0] ?? ""),
            });
        host.setOutput("exit-code", String(code));
        if (partial)
            host.setOutput("result", { command: spec.name, dryRun: false, headline: lines[0] ?? "", result: partial.data });
        const summary = new report_report/* Report */.pl().list(lines);
        await writeSummary(host, partial ? summary.concat(partial.report) : summary, `${spec.name} failed (exit ${code})`);
        await host.close().catch((e) => host.log.warn(`could not write outputs: ${String(e)}`));
        return code;
    }
}
/**
 * The config, loaded once for every command with the fields this run needs (config/field-needs.ts:
 * an unset variable elsewhere is no problem for it; a field a flag supplies is not needed), and
 * every secret in it masked before the command can print.
 */
async function loadCommandConfig(spec, settings, host, env) {
    if (spec.usesConfig && !spec.usesConfig(settings, (0,external_node_fs_.existsSync)(settings.configPath)))
        return undefined;
    const scope = { command: spec.name, phase: settings.phase, given: settings.image === undefined ? [] : ["services[].image"] };
    const loaded = await loadConfig(settings.configPath, env, { scope });
    for (const secret of loaded.secrets)
        host.maskSecret(secret);
    return loaded;
}
async function finish(host, spec, result, json, dryRun) {
    const data = { command: spec.name, dryRun, headline: result.headline, result: result.data };
    for (const [name, value] of Object.entries(result.outputs))
        host.setOutput(name, value);
    // as data: the host redacts each value before serializing, so redaction never breaks the JSON
    host.setOutput("result", data);
    host.setOutput("exit-code", String(errors/* ExitCode */.yU.Done));
    if (json)
        host.printJson({ ...data, exitCode: errors/* ExitCode */.yU.Done });
    else
        host.printReport(new report_report/* Report */.pl().heading(result.headline).concat(result.report));
    await writeSummary(host, result.report, `${spec.name}${dryRun ? " (dry run)" : ""}`);
    await host.close().catch((e) => host.log.warn(`could not write outputs: ${String(e)}`));
}
/** A summary that cannot be written is a warning: the command's own result stands. */
async function writeSummary(host, report, title) {
    try {
        await host.writeSummary(report, title);
    }
    catch (error) {
        host.log.warn(`could not write the summary: ${error instanceof Error ? error.message : String(error)}`);
    }
}
/** `--json` before a `--`: the caller wants a JSON document on stdout, even for a flag error. */
function wantsJson(argv) {
    const end = argv.indexOf("--");
    return (end === -1 ? argv : argv.slice(0, end)).includes("--json");
}
function printFlagError(io, argv, error) {
    const command = findCommandName(argv);
    const message = (0,report_escape/* escapeControlChars */._s)(error.message.replace(/^error: /, ""));
    const document = { command, exitCode: errors/* ExitCode */.yU.BadInput, error: { kind: "bad-input", message, details: ["Nothing was changed."] } };
    io.stdout.write(`${(0,workflow_command_guard/* neutralizeJson */.GQ)(JSON.stringify(document, null, 2))}\n`);
}
function findCommandName(argv) {
    return command_table/* COMMANDS */.L.find((c) => argv.includes(c.name))?.name ?? null;
}
/** Logs the failure (and prints it as JSON with --json); returns its lines for the summary. */
function reportFailure(host, spec, error, json, partial) {
    const code = (0,errors/* exitCodeOf */.FO)(error);
    const lines = [];
    let kind;
    if (error instanceof errors/* InputError */.dz) {
        kind = error instanceof errors/* NotBuiltError */.s$ ? "not-built" : "bad-input";
        lines.push(error.message, ...error.problems.filter((p) => p !== error.message).map((p) => `  ${p}`));
        if (!(error instanceof errors/* NotBuiltError */.s$))
            lines.push("Nothing was changed.");
    }
    else if (error instanceof errors/* RefusedError */.fk) {
        kind = "refused";
        lines.push(`refused: ${error.message}`, ...error.reasons.filter((r) => r !== error.message).map((r) => `  ${r}`), error.aftermath?.kind === "restored"
            ? `What this run had changed has been put back: ${error.aftermath.detail}`
            : error.aftermath?.kind === "resumable"
                ? `Left resumable: ${error.aftermath.detail}`
                : "Nothing was changed.");
    }
    else if (error instanceof errors/* OperationError */.OK) {
        kind = "failed";
        lines.push(`${spec.name} failed: ${error.message}`);
        const after = error.aftermath;
        if (after.kind === "restored")
            lines.push(`What was changed has been put back: ${after.detail}`);
        else if (after.kind === "resumable")
            lines.push(`Left resumable: ${after.detail}`);
        else
            lines.push("Nothing had been changed yet.");
    }
    else if (error instanceof errors/* ExternalError */.yA) {
        // a system cutover works with failed outside the apply loop (which would have said what it left):
        // the operator's problem to look at, not a bug
        kind = "failed";
        lines.push(`${spec.name} failed: ${error.system} answered with an error or could not be reached: ${error.message}`, `Any change made before it is in the log above; once ${error.system} answers, run ${spec.name} again: it starts from what is there now.`);
    }
    else {
        kind = "internal";
        const message = error instanceof Error ? error.message : String(error);
        lines.push(`${spec.name} failed unexpectedly: ${message}`, "This is likely a bug in cutover; please report it with this log.");
        if (error instanceof Error && error.stack)
            host.log.debug(error.stack);
    }
    const shown = plainLines(lines, host.kind);
    lines.splice(0, lines.length, ...shown);
    const [first = "", ...rest] = lines;
    host.log.error(first);
    for (const line of rest)
        host.log.info(line);
    if (json)
        host.printJson({
            command: spec.name,
            exitCode: code,
            error: { kind, message: lines[0], details: lines.slice(1) },
            ...(partial ? { result: partial.data } : {}),
        });
    return lines;
}


/***/ }),

/***/ 97840:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ parseDuration),
/* harmony export */   a: () => (/* binding */ formatDuration)
/* harmony export */ });
/** Durations in config are written `90s`, `5m`, `1h30m`, `7d`; plain numbers are seconds. */
const UNIT_MS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };
const PART = /(\d+)(ms|s|m|h|d)/g;
const WHOLE = /^(?:\d+(?:ms|s|m|h|d))+$/;
function parseDuration(text) {
    if (typeof text === "number")
        return Number.isFinite(text) && text >= 0 ? Math.round(text * 1000) : undefined;
    const trimmed = text.trim();
    if (/^\d+$/.test(trimmed))
        return Number(trimmed) * 1000;
    if (!WHOLE.test(trimmed))
        return undefined;
    let total = 0;
    for (const match of trimmed.matchAll(PART))
        total += Number(match[1]) * (UNIT_MS[match[2]] ?? 0);
    return total;
}
function formatDuration(ms) {
    if (ms === 0)
        return "0s";
    const parts = [];
    let rest = ms;
    for (const [unit, size] of [
        ["d", 86_400_000],
        ["h", 3_600_000],
        ["m", 60_000],
        ["s", 1000],
        ["ms", 1],
    ]) {
        if (rest >= size) {
            parts.push(`${Math.floor(rest / size)}${unit}`);
            rest %= size;
        }
    }
    return parts.join("");
}


/***/ }),

/***/ 898:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Eu: () => (/* binding */ stageNeeds),
/* harmony export */   Ry: () => (/* binding */ needsPath),
/* harmony export */   _F: () => (/* binding */ fieldOf),
/* harmony export */   cj: () => (/* binding */ describeNeeders),
/* harmony export */   n$: () => (/* binding */ readsSection)
/* harmony export */ });
/* unused harmony exports ES_KAFKA_PHASES, ALL_COMMANDS, FIELD_NEEDS, patternOf, describeUse */
const use = (command, phases) => (phases ? { command, phases } : { command });
const DEPLOY = use("deploy-green");
const VERIFY = use("verify");
const SWITCH = use("switch-traffic");
const PROMOTE = use("promote");
const ROLLBACK = use("rollback");
const STATUS = use("status");
/** Every command that reads the AWS estate (listeners, rules, target groups, services, alarms). */
const TRAFFIC = [DEPLOY, VERIFY, SWITCH, PROMOTE, ROLLBACK, STATUS];
/** The ones that take the release lock before a change. */
const LOCKING = [DEPLOY, SWITCH, PROMOTE, ROLLBACK];
const IAM = use("iam-policy");
const ES = use("es-reindex");
/** The es-reindex phases that read a topic: the load, catch-up, follow, and the write switch and rollback of a Kafka-fed build. */
const ES_KAFKA_PHASES = ["load", "catch-up", "follow", "switch-write", "rollback", "all"];
const FLINK = use("flink");
/** Every command that reads a config; the command table test checks the list. */
const ALL_COMMANDS = [
    "plan",
    "lint-migrations",
    "migrate-db",
    ...TRAFFIC.map((u) => u.command),
    "iam-policy",
    "es-reindex",
    "flink",
];
const FIELD_NEEDS = [
    {
        fields: ["version", "project"],
        neededBy: ALL_COMMANDS.map((c) => use(c)),
        note: "name every release: tags, generated names, locks",
    },
    {
        fields: ["aws.region", "aws.endpoint", "aws.profile"],
        neededBy: TRAFFIC,
        readWhenSetBy: [IAM],
        note: "where the AWS calls go; iam-policy puts the region in ARNs",
    },
    {
        fields: ["database.url"],
        neededBy: [use("migrate-db")],
        readWhenSetBy: [use("lint-migrations")],
        note: "migrate-db connects; lint-migrations, given it, checks only the pending migrations",
    },
    {
        fields: ["database.schema", "database.prisma.config", "database.safety.mode", "database.safety.allow"],
        neededBy: [use("migrate-db"), use("lint-migrations")],
        note: "the Prisma project and the migration linter's settings",
    },
    {
        fields: ["database.prisma.command", "database.timeout", "database.lockTimeout", "database.statementTimeout"],
        neededBy: [use("migrate-db")],
        note: "how prisma migrate deploy runs",
    },
    {
        fields: [
            "services[].type",
            "services[].name",
            "services[].cluster",
            "services[].service",
            "services[].autoScalingGroup",
            "services[].targetGroups",
        ],
        neededBy: TRAFFIC,
        readWhenSetBy: [IAM],
        note: "which ECS service, Auto Scaling Group or target groups are blue and green",
    },
    {
        fields: [
            "services[].containerName",
            "services[].containerPort",
            "services[].image",
            "services[].desiredCount",
            "services[].launchTemplate.id",
            "services[].launchTemplate.name",
            "services[].launchTemplate.version",
            "services[].capacity",
            "services[].targetGroup.port",
            "services[].targetGroup.protocol",
            "services[].targetGroup.healthCheckPath",
            "services[].targetGroup.deregistrationDelay",
            "services[].readyTimeout",
        ],
        neededBy: [DEPLOY],
        note: "how green is built and when it counts as ready (`--image` stands in for image)",
    },
    {
        fields: ["services[].minHealthyTargets"],
        neededBy: [DEPLOY, SWITCH],
        note: "the healthy targets a target-group pair needs, before green is ready and at each step",
    },
    {
        fields: [
            "loadBalancers[].name",
            "loadBalancers[].listener.arn",
            "loadBalancers[].listener.loadBalancer",
            "loadBalancers[].listener.port",
            "loadBalancers[].routes[].service",
            "loadBalancers[].routes[].rule",
            "loadBalancers[].routes[].headerRouting",
        ],
        neededBy: TRAFFIC,
        readWhenSetBy: [IAM],
        note: "the listeners and rules that carry each service",
    },
    {
        fields: [
            "headerRouting.header",
            "headerRouting.green",
            "headerRouting.blue",
            "headerRouting.afterRelease",
            "headerRouting.afterRollback",
            "headerRouting.priorities",
            "headerRouting.makeRoom",
        ],
        neededBy: [DEPLOY, VERIFY, PROMOTE, ROLLBACK, STATUS],
        note: "the header rules green is reached by, and where they go after a release",
    },
    {
        fields: [
            "traffic.strategy",
            "traffic.steps",
            "traffic.increment",
            "traffic.bakeTime",
            "traffic.stickiness.enabled",
            "traffic.stickiness.duration",
        ],
        neededBy: [SWITCH],
        note: "how weight moves to green",
    },
    {
        fields: ["traffic.alarms"],
        neededBy: TRAFFIC,
        readWhenSetBy: [IAM],
        note: "read with the estate; switch-traffic watches them",
    },
    {
        fields: ["traffic.standby", "traffic.afterPromote"],
        neededBy: [PROMOTE],
        note: "what promote keeps of blue, and for how long",
    },
    {
        fields: ["services[].passRoles"],
        neededBy: [],
        readWhenSetBy: [IAM],
        note: "the roles iam-policy grants iam:PassRole on; deploy-green copies them from blue",
    },
    {
        fields: ["deployments.enabled", "deployments.environment", "deployments.url"],
        neededBy: [],
        readWhenSetBy: [DEPLOY, VERIFY, SWITCH, PROMOTE, ROLLBACK],
        note: "GitHub deployment records; recording never decides a release",
    },
    {
        fields: ["lock.type", "lock.table"],
        neededBy: LOCKING,
        readWhenSetBy: [IAM],
        note: "the release lock, taken before any change",
    },
    {
        fields: [
            "verify.baseUrl",
            "verify.timeout",
            "verify.retries",
            "verify.checks[].name",
            "verify.checks[].path",
            "verify.checks[].service",
            "verify.checks[].loadBalancer",
            "verify.checks[].method",
            "verify.checks[].headers",
            "verify.checks[].body",
            "verify.checks[].baseUrl",
            "verify.checks[].expect.status",
            "verify.checks[].expect.bodyContains",
            "verify.checks[].expect.json.path",
            "verify.checks[].expect.json.equals",
            "verify.checks[].timeout",
            "verify.checks[].retries",
        ],
        neededBy: [VERIFY],
        note: "the smoke checks sent to green",
    },
    {
        fields: ["kafka.brokers", "kafka.clientId", "kafka.ssl", "kafka.sasl.mechanism", "kafka.sasl.username", "kafka.sasl.password"],
        neededBy: [use("es-reindex", ES_KAFKA_PHASES), FLINK],
        note: "the Kafka connection: es-reindex's phases that read a topic; every flink phase (lag, lock, gateway state)",
    },
    {
        fields: [
            "search.engine",
            "search.url",
            "search.auth.username",
            "search.auth.password",
            "search.auth.apiKey",
            "search.indices[].name",
            "search.indices[].aliases.read",
            "search.indices[].aliases.write",
            "search.indices[].mappings",
            "search.indices[].settings",
            "search.indices[].liveSettings",
            "search.indices[].source.type",
            "search.indices[].source.index",
            "search.indices[].source.query",
            "search.indices[].source.script.source",
            "search.indices[].source.script.lang",
            "search.indices[].source.script.params",
            "search.indices[].source.slices",
            "search.indices[].source.fullTopic",
            "search.indices[].source.incrementalTopic",
            "search.indices[].source.idField",
            "search.indices[].source.versionField",
            "search.indices[].source.deleteField",
            "search.indices[].source.batchSize",
            "search.indices[].source.concurrency",
            "search.indices[].source.catchUp.from",
            "search.indices[].source.catchUp.rewind",
            "search.indices[].source.catchUp.maxLag",
            "search.indices[].source.catchUp.maxRounds",
            "search.indices[].source.consumerGroup",
            "search.indices[].readWeight",
            "search.indices[].writeSwitch",
            "search.indices[].validation.maxCountDifference",
            "search.indices[].validation.sampleQueries",
            "search.indices[].validation.topK",
            "search.indices[].validation.minOverlap",
            "search.indices[].validation.maxLatencyRatio",
            "search.indices[].validation.latencySamples",
            "search.indices[].validation.maxErrors",
            "search.indices[].retention",
        ],
        neededBy: [ES],
        note: "the engine and each index's build, every phase",
    },
    {
        fields: [
            "flink.pipeline",
            "flink.catalog",
            "flink.database",
            "flink.backend.type",
            "flink.backend.url",
            "flink.backend.organizationId",
            "flink.backend.environmentId",
            "flink.backend.computePoolId",
            "flink.backend.principal",
            "flink.backend.apiKey",
            "flink.backend.apiSecret",
            "flink.backend.properties",
            "flink.backend.clusterUrl",
            "flink.backend.savepointDir",
            "flink.versioning.suffix",
            "flink.changes.from",
            "flink.changes.base",
            "flink.replay.from",
            "flink.replay.stateless",
            "flink.maxLag",
            "flink.parseCache",
            "flink.parseWorkers",
            "flink.statementPrefix",
            "flink.stateTopic",
            "flink.timeouts.start",
            "flink.timeouts.stop",
            "flink.timeouts.ddl",
        ],
        neededBy: [FLINK],
        note: "the pipeline and its backend, every phase",
    },
];
const ROW_OF = new Map(FIELD_NEEDS.flatMap((row) => row.fields.map((field) => [field, row])));
/** A location as a field pattern: list positions become `[]` (`services[0].image` → `services[].image`). */
function patternOf(path) {
    let out = "";
    for (const part of path)
        out += typeof part === "number" ? "[]" : out === "" ? String(part) : `.${String(part)}`;
    return out;
}
/**
 * The field a location belongs to: itself, or the nearest ancestor with a row (a key inside a map
 * such as `verify.checks[0].headers.Authorization`, a position in a list of values). Undefined for a
 * key the schema does not know; the schema reports that one.
 */
function fieldOf(path) {
    for (let end = path.length; end > 0; end--) {
        const pattern = patternOf(path.slice(0, end));
        if (ROW_OF.has(pattern))
            return pattern;
    }
    return undefined;
}
/** The phase a run takes: `--phase`, or the command's default. */
const phaseOf = (stage) => stage.phase ?? "plan";
function covers(uses, stage) {
    return uses.some((u) => u.command === stage.command && (u.phases === undefined || u.phases.includes(phaseOf(stage))));
}
/** Whether this run needs the field: an unset variable there is a problem. */
function stageNeeds(stage, field) {
    if (stage.given?.includes(field))
        return false;
    const row = ROW_OF.get(field);
    return row !== undefined && covers(row.neededBy, stage);
}
/** Whether the value at `path` is needed; a key the schema does not know counts as needed (the schema rejects it). */
function needsPath(path, scope) {
    if (scope === "all")
        return true;
    const field = fieldOf(path);
    return field === undefined || stageNeeds(scope, field);
}
/** Whether the run reads anything in a top-level section: then the section must be there in full. */
function readsSection(section, scope) {
    if (scope === "all")
        return true;
    return FIELD_NEEDS.some((row) => covers(row.neededBy, scope) && row.fields.some((f) => f === section || f.startsWith(`${section}.`) || f.startsWith(`${section}[`)));
}
/** The runs that need a field, for messages: `deploy-green`, `es-reindex --phase load|catch-up|...`. */
function describeNeeders(field) {
    const row = field === undefined ? undefined : ROW_OF.get(field);
    return (row?.neededBy ?? []).map(describeUse);
}
function describeUse(u) {
    return u.phases ? `${u.command} --phase ${u.phases.join("|")}` : u.command;
}


/***/ }),

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

/***/ 64694:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ flinkSchema)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(92857);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(64377);
/* harmony import */ var _flink_plan_version_name_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(49442);
/* harmony import */ var _scalars_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(70545);



/**
 * The `flink` section: blue/green for a pipeline of Flink SQL statements (`cutover flink`, see
 * docs/flink.md). The values arrive after `${VAR}` substitution, so secrets are written
 * `apiSecret: ${CONFLUENT_FLINK_API_SECRET}` and checked here only for their shape. Every flink
 * phase also reads the top-level `kafka` section: the lag of green statements is measured there,
 * the release lock is kept there, and so is the gateway's state.
 *
 *   flink:
 *     pipeline: pipelines/orders        # table folders (docs/flink-pipeline-layout.md), relative to this file
 *     catalog: prod-env                 # the current catalog and database: complete unqualified names
 *     database: orders-cluster
 *     backend:
 *       type: confluent                 # or: gateway (url, and optionally clusterUrl, savepointDir, properties)
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
 *     statementPrefix: orders           # backend statement names start with it (default: the project)
 *     stateTopic: cutover.flink.state   # the Kafka topic of the release lock (and of the gateway's state)
 *     timeouts: { start: 10m, stop: 5m, ddl: 5m }
 */
const text = (what, max = 255) => zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP({ error: `${what} must be a string` })
    .min(1, `${what} must not be empty`)
    .max(max, `${what} must be at most ${max} characters`);
/** Confluent Cloud ids: a prefix and letters, digits or '-' ("env-a1b2c3", "lfcp-x9y8z7"). */
const cloudId = (what, prefix) => zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP({ error: `${what} must be a string` })
    .regex(new RegExp(`^${prefix}-[A-Za-z0-9-]{1,64}$`), `${what} must look like ${prefix}-xxxxxx`);
const backendSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .discriminatedUnion */ .gMt("type", [
    zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
        type: zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz("confluent"),
        /** The regional Flink endpoint, e.g. https://flink.eu-west-1.aws.confluent.cloud. */
        url: _scalars_js__WEBPACK_IMPORTED_MODULE_1__/* .httpUrl */ .q3,
        organizationId: zod__WEBPACK_IMPORTED_MODULE_2__/* .uuid */ .uRe({ error: "organizationId must be the organization's UUID" }),
        environmentId: cloudId("environmentId", "env"),
        computePoolId: cloudId("computePoolId", "lfcp"),
        /** The service account or user the statements run as; the API key's owner when left out. */
        principal: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
            .regex(/^(sa|u)-[A-Za-z0-9-]{1,64}$/, "principal must be a service account (sa-...) or user (u-...) id")
            .optional(),
        /** Masked in every log like the secret: with it, the key is half of the credentials. */
        apiKey: (0,_scalars_js__WEBPACK_IMPORTED_MODULE_1__/* .secret */ .rJ)("apiKey"),
        apiSecret: (0,_scalars_js__WEBPACK_IMPORTED_MODULE_1__/* .secret */ .rJ)("apiSecret"),
    }),
    zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
        type: zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz("gateway"),
        /** The Flink SQL Gateway's REST endpoint, e.g. http://sql-gateway:8083. */
        url: _scalars_js__WEBPACK_IMPORTED_MODULE_1__/* .httpUrl */ .q3,
        /** Session properties set for every statement (execution.runtime-mode, state backend...). */
        properties: zod__WEBPACK_IMPORTED_MODULE_2__/* .record */ .g1P(text("a property name"), zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().max(4096)).default({}),
        /** The session cluster's REST endpoint: with it, a failed job's root exception is in the error. */
        clusterUrl: _scalars_js__WEBPACK_IMPORTED_MODULE_1__/* .httpUrl */ .q3.optional(),
        /** Savepoints go to `<savepointDir>/<statement>`; the cluster's default directory when absent. */
        savepointDir: text("savepointDir", 1024).optional(),
    }),
], { error: "backend.type must be confluent or gateway" });
const isoTimestamp = zod__WEBPACK_IMPORTED_MODULE_3__/* .datetime */ .w$({ offset: true, error: "must be an ISO 8601 timestamp such as 2026-01-31T00:00:00Z" });
const flinkSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    /** The pipeline folder, relative to the config file. */
    pipeline: text("pipeline", 1024),
    /** The current catalog and database: a name of one or two parts in the SQL is completed with these. */
    catalog: text("catalog").optional(),
    database: text("database").optional(),
    backend: backendSchema,
    versioning: zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
        /** How a version is written after a table's base name; `{n}` is the number. */
        suffix: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
            .max(32)
            .superRefine((suffix, ctx) => {
            const problem = (0,_flink_plan_version_name_js__WEBPACK_IMPORTED_MODULE_0__/* .suffixProblem */ .nU)(suffix);
            if (problem)
                ctx.addIssue({ code: "custom", message: problem });
        })
            .default("_v{n}"),
    })
        .default({ suffix: "_v{n}" }),
    /** How changed statements are found: the files git changed since `base`, or the deployed statements' content hashes. */
    changes: zod__WEBPACK_IMPORTED_MODULE_2__/* .discriminatedUnion */ .gMt("from", [
        zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
            from: zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz("git"),
            base: text("base", 255).regex(/^[^\s-][^\s]*$/, "base must be a git ref (no spaces, not starting with '-')"),
        }),
        zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({ from: zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz("hashes") }),
    ], { error: "changes.from must be git or hashes" })
        .default({ from: "hashes" }),
    replay: zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
        /** Where redeployed statements start reading: earliest, or a timestamp when a full replay is pointless. */
        from: zod__WEBPACK_IMPORTED_MODULE_2__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz("earliest"), isoTimestamp]).default("earliest"),
        /** A stateless statement whose inputs keep their versions: replay (full history) or start at blue's offsets. */
        stateless: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(["replay", "blue-offsets"]).default("replay"),
    })
        .default({ from: "earliest", stateless: "replay" }),
    /** Records a green statement may be behind the end of its inputs when the switch happens. */
    maxLag: (0,_scalars_js__WEBPACK_IMPORTED_MODULE_1__/* .envNumber */ .dc)(
    // eslint-disable-next-line no-restricted-syntax -- the number inside envNumber
    zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig({ error: "maxLag must be a whole number of records" })
        .int("maxLag must be a whole number of records")
        .min(0, "maxLag must be 0 or more")
        .max(1_000_000_000, "maxLag must be at most 1000000000")).default(1000),
    /**
     * A file where parsed statements are kept between runs, relative to the config file. Parsing is
     * most of the planner's time (the grammar's warm-up alone is seconds); with every file cached
     * the grammar is never loaded. Restore it with the CI's cache; a stale or missing file is ignored.
     */
    parseCache: text("parseCache", 1024).optional(),
    /**
     * Worker threads that parse the files beside the main thread (a pipeline of 200 files or more).
     * None by default: each pays the grammar's warm-up again, and on 2 cores that cost more than it
     * saved (docs/flink.md, "The planner's cost"). For a large pipeline on a machine with idle cores.
     */
    parseWorkers: (0,_scalars_js__WEBPACK_IMPORTED_MODULE_1__/* .count */ .U9)(0, 3).optional(),
    /**
     * The statements cutover deploys are named `<prefix>-dml-<table>` (tables and views it records
     * `<prefix>-ddl-<table>`); the project's name when left out. Two pipelines in one Flink
     * environment need two prefixes.
     */
    statementPrefix: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
        .regex(/^[a-z0-9](?:[a-z0-9-]{0,30}[a-z0-9])?$/, "statementPrefix must be 1-32 lowercase letters, digits or '-'")
        .optional(),
    /**
     * The Kafka topic (in the `kafka` section's cluster) holding the release lock of the flink phases
     * and, for the gateway, what the gateway cannot keep (docs/flink-backends.md). Compacted, one partition.
     */
    stateTopic: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
        .regex(/^[A-Za-z0-9._-]{1,249}$/, "stateTopic must be a Kafka topic name (letters, digits, '.', '_', '-')")
        .default("cutover.flink-gateway.state"),
    /** How long a phase change may take before the phase fails, naming the statement. */
    timeouts: zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
        /** A statement starting or resuming (a Confluent compute pool may have to scale up first). */
        start: (0,_scalars_js__WEBPACK_IMPORTED_MODULE_1__/* .duration */ .p0)(_scalars_js__WEBPACK_IMPORTED_MODULE_1__/* .HOUR */ .dp).default(10 * 60_000),
        /** A statement stopping (with a savepoint on the gateway) or being deleted. */
        stop: (0,_scalars_js__WEBPACK_IMPORTED_MODULE_1__/* .duration */ .p0)(_scalars_js__WEBPACK_IMPORTED_MODULE_1__/* .HOUR */ .dp).default(5 * 60_000),
        /** One DDL statement. */
        ddl: (0,_scalars_js__WEBPACK_IMPORTED_MODULE_1__/* .duration */ .p0)(_scalars_js__WEBPACK_IMPORTED_MODULE_1__/* .HOUR */ .dp).default(5 * 60_000),
    })
        .default({ start: 10 * 60_000, stop: 5 * 60_000, ddl: 5 * 60_000 }),
});


/***/ }),

/***/ 70545:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KN: () => (/* binding */ percent),
/* harmony export */   Mh: () => (/* binding */ envBoolean),
/* harmony export */   Oh: () => (/* binding */ port),
/* harmony export */   PC: () => (/* binding */ rulePriority),
/* harmony export */   U9: () => (/* binding */ count),
/* harmony export */   VA: () => (/* binding */ weight),
/* harmony export */   d_: () => (/* binding */ DAY),
/* harmony export */   dc: () => (/* binding */ envNumber),
/* harmony export */   dp: () => (/* binding */ HOUR),
/* harmony export */   fe: () => (/* binding */ serviceName),
/* harmony export */   hq: () => (/* binding */ nonEmpty),
/* harmony export */   p0: () => (/* binding */ duration),
/* harmony export */   p_: () => (/* binding */ list),
/* harmony export */   q3: () => (/* binding */ httpUrl),
/* harmony export */   rJ: () => (/* binding */ secret)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(92857);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(88532);
/* harmony import */ var _duration_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(97840);
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(59304);



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
const duration = (max) => 
// unknown rather than string | number, so `.inf` and `.nan` get this message, not "Invalid input"
zod__WEBPACK_IMPORTED_MODULE_1__/* .unknown */ .L5J().transform((value, ctx) => {
    const ms = typeof value === "string" || typeof value === "number" ? (0,_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDuration */ .E)(value) : undefined;
    if (ms === undefined) {
        ctx.addIssue({ code: "custom", message: `must be a duration such as 30s, 5m, 1h30m or 7d (got ${shownValue(value)})` });
        return zod__WEBPACK_IMPORTED_MODULE_2__/* .NEVER */ .tm;
    }
    if (ms > max) {
        ctx.addIssue({ code: "custom", message: `must be at most ${(0,_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a)(max)} (got '${clip(String(value))}')` });
        return zod__WEBPACK_IMPORTED_MODULE_2__/* .NEVER */ .tm;
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
const envNumber = (schema) => zod__WEBPACK_IMPORTED_MODULE_1__/* .preprocess */ .vkY((value) => (typeof value === "string" && NUMBER_TEXT.test(value) ? Number(value) : value), schema);
/** A true/false field that also reads `true` or `false` written as text, for the same reason as envNumber. */
const envBoolean = () => zod__WEBPACK_IMPORTED_MODULE_1__/* .preprocess */ .vkY((value) => (typeof value === "string" && Object.hasOwn(BOOLEAN_TEXT, value.trim()) ? BOOLEAN_TEXT[value.trim()] : value), 
// eslint-disable-next-line no-restricted-syntax -- the one place a boolean field is built
zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY({ error: "must be true or false" }));
/** A whole number with both bounds named in the message. */
const count = (min, max) => envNumber(
// eslint-disable-next-line no-restricted-syntax -- the number inside envNumber
zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig({ error: `must be a whole number ${min}..${max}` })
    .int(`must be a whole number ${min}..${max}`)
    .min(min, `must be ${min}..${max}`)
    .max(max, `must be at most ${max}`));
/** A list with at most `max` entries; `what` names them in the message. */
const list = (item, max, what) => zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(item).max(max, `at most ${max} ${what}`);
/**
 * A credential. Hosts mask every occurrence of a secret in the log, so a very short one would be
 * masked inside ordinary words and make the log unreadable; it is refused instead.
 */
const secret = (what) => zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP({ error: `${what} must be a string` })
    .min(_limits_js__WEBPACK_IMPORTED_MODULE_3__/* .MIN_SECRET_LENGTH */ .vb, `${what} must be at least ${_limits_js__WEBPACK_IMPORTED_MODULE_3__/* .MIN_SECRET_LENGTH */ .vb} characters (a shorter secret would be masked all over the log)`)
    .max(4096, `${what} must be at most 4096 characters`);
const percent = (what) => envNumber(
// eslint-disable-next-line no-restricted-syntax -- the number inside envNumber
zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig({ error: `${what} must be a number 0..100` })
    .min(0, `${what} must be 0..100`)
    .max(100, `${what} must be 0..100`));
const weight = envNumber(
// eslint-disable-next-line no-restricted-syntax -- the number inside envNumber
zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig({ error: "must be a whole number 1..100" })
    .int("must be a whole number 1..100")
    .min(1, "must be 1..100")
    .max(100, "must be 1..100"));
const port = envNumber(
// eslint-disable-next-line no-restricted-syntax -- the number inside envNumber
zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig({ error: "must be a port number" }).int().min(1, "must be 1..65535").max(65535, "must be 1..65535"));
/** An ALB listener rule priority. */
const rulePriority = envNumber(
// eslint-disable-next-line no-restricted-syntax -- the number inside envNumber
zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig({ error: "must be a whole number 1..50000" })
    .int("must be a whole number 1..50000")
    .min(1, "must be 1..50000")
    .max(50000, "must be 1..50000"));
/** Used in generated AWS names (target groups allow 32 characters in all), so kept short and plain. */
const serviceName = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
    .regex(/^[a-z0-9](?:[a-z0-9-]{0,22}[a-z0-9])?$/, "must be 1-24 lowercase letters, digits or '-', not starting or ending with '-'");
/** A name AWS knows the resource by (cluster, service, container, Auto Scaling group): 1-255 characters. */
const nonEmpty = (what) => zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP({ error: `${what} must be a string` })
    .min(1, `${what} must not be empty`)
    .max(255, `${what} must be at most 255 characters`);
const httpUrl = zod__WEBPACK_IMPORTED_MODULE_1__/* .url */ .OZ5({ protocol: /^https?$/, error: "must be an http(s) URL" });


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


/***/ }),

/***/ 83916:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FO: () => (/* binding */ exitCodeOf),
/* harmony export */   OK: () => (/* binding */ OperationError),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   fk: () => (/* binding */ RefusedError),
/* harmony export */   s$: () => (/* binding */ NotBuiltError),
/* harmony export */   yA: () => (/* binding */ ExternalError),
/* harmony export */   yU: () => (/* binding */ ExitCode)
/* harmony export */ });
/**
 * The few error kinds cutover raises on purpose. Only the CLI entry point turns them into exit
 * codes; everything else throws and lets them travel up.
 */
const ExitCode = {
    /** The command did what it said. */
    Done: 0,
    /** The operation failed; what was changed was put back, or left resumable (the message says which). */
    Failed: 1,
    /** Bad input or configuration; nothing was changed. */
    BadInput: 2,
    /** Refused by a safety check (unsafe migration, lock held, precondition not met); nothing was changed. */
    Refused: 3,
};
/** Bad flags, inputs or config. Each problem names where it was found. */
class InputError extends Error {
    problems;
    exitCode = ExitCode.BadInput;
    constructor(message, problems = [message]) {
        super(message);
        this.problems = problems;
        this.name = "InputError";
    }
}
/** A command that exists in the command table but whose capability is not built yet. */
class NotBuiltError extends InputError {
    constructor(command) {
        super(`'${command}' is not built yet in this version of cutover; nothing was done.`);
        this.name = "NotBuiltError";
    }
}
/**
 * A safety check said no: before anything changed, or (with `aftermath`) part-way, when what this run
 * had changed was put back first (switch-traffic finding weights moved by someone else).
 */
class RefusedError extends Error {
    reasons;
    aftermath;
    partial;
    exitCode = ExitCode.Refused;
    constructor(message, reasons = [message], aftermath, partial) {
        super(message);
        this.reasons = reasons;
        this.aftermath = aftermath;
        this.partial = partial;
        this.name = "RefusedError";
    }
}
/**
 * A system cutover works with (AWS, a search engine, Kafka, a database, Flink) answered with an error
 * or could not be reached. Adapters throw these; the apply loop turns them into an OperationError that
 * says what was left behind. Never "a bug in cutover".
 */
class ExternalError extends Error {
    system;
    constructor(message, 
    /** `AWS`, `the search engine`, `Kafka`: how messages name the system. */
    system, options) {
        super(message, options);
        this.system = system;
        this.name = "ExternalError";
    }
}
/** The operation failed part-way. `aftermath` tells the operator what state things are in. */
class OperationError extends Error {
    aftermath;
    exitCode = ExitCode.Failed;
    partial;
    constructor(message, aftermath, options) {
        super(message, options);
        this.aftermath = aftermath;
        this.partial = options?.partial;
        this.name = "OperationError";
    }
}
function exitCodeOf(error) {
    if (error instanceof InputError || error instanceof RefusedError || error instanceof OperationError) {
        return error.exitCode;
    }
    return ExitCode.Failed;
}


/***/ }),

/***/ 49442:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dp: () => (/* binding */ nextVersionName),
/* harmony export */   nU: () => (/* binding */ suffixProblem),
/* harmony export */   sY: () => (/* binding */ parseVersionedName)
/* harmony export */ });
/* unused harmony exports DEFAULT_VERSION_RULE, versionedName */
/**
 * The `_vN` naming rule. A redeployed statement writes a new table whose name carries the next
 * version: `int_orders_v1` → `int_orders_v2`, and a name without a suffix counts as version 1, so
 * `int_orders` → `int_orders_v2`. The suffix is configurable (`flink.versioning.suffix`, default
 * `_v{n}`); it must hold `{n}` exactly once, at its end or followed by fixed text.
 */
const DEFAULT_VERSION_RULE = { suffix: "_v{n}" };
const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** Why a suffix pattern cannot be used, or undefined when it can. */
function suffixProblem(suffix) {
    const count = suffix.split("{n}").length - 1;
    if (count !== 1)
        return `must contain {n} exactly once (got '${suffix}'), as in _v{n}`;
    if (suffix === "{n}")
        return "must have fixed text around {n} (a bare number would read table names ending in digits as versions)";
    return undefined;
}
function pattern(rule) {
    const [before = "", after = ""] = rule.suffix.split("{n}");
    return new RegExp(`^(.*?)${escapeRegExp(before)}([1-9][0-9]{0,8})${escapeRegExp(after)}$`, "s");
}
function parseVersionedName(name, rule) {
    const match = pattern(rule).exec(name);
    if (!match || match[1] === "")
        return { base: name, version: 1 };
    return { base: match[1], version: Number(match[2]) };
}
function versionedName(base, version, rule) {
    return version <= 1 ? base : `${base}${rule.suffix.replace("{n}", String(version))}`;
}
/** The name the next version of a table gets. */
function nextVersionName(name, rule) {
    const { base, version } = parseVersionedName(name, rule);
    return versionedName(base, version + 1, rule);
}


/***/ }),

/***/ 23765:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fk: () => (/* binding */ decideRecords),
/* harmony export */   f8: () => (/* binding */ deploymentRef),
/* harmony export */   tR: () => (/* binding */ CUTOVER_TASK)
/* harmony export */ });
/* unused harmony exports DESCRIPTION_LIMIT, RECORDING_COMMANDS, shorten */
/**
 * What a command's result means for the release's record on GitHub's Environments page
 * (docs/deployments.md). Pure: the GitHub adapter (record.ts) only sends what this decides.
 *
 * One deployment per release and environment, made by the first command that has something to
 * say about the release and found again by the later ones (by task and release), so the page
 * shows the release moving through in_progress to success or failure, and inactive once rolled
 * back or replaced.
 */
/** The deployment task cutover's records carry, so they are told apart from the jobs' own. */
const CUTOVER_TASK = "deploy:cutover";
/** GitHub keeps at most 140 characters of a status description. */
const DESCRIPTION_LIMIT = 140;
/** The commands whose results say where a release stands. */
const RECORDING_COMMANDS = ["deploy-green", "verify", "switch-traffic", "promote", "rollback"];
function decideRecords(input, config) {
    if (!config || !config.enabled)
        return [];
    if (!RECORDING_COMMANDS.includes(input.command))
        return [];
    // a dry run changed nothing; bad input never started (its config may not even be read)
    if (input.end === "dry-run" || input.end === "bad-input")
        return [];
    const facts = input.facts ?? {};
    const release = facts.release ?? input.release;
    if (input.end === "failed" || input.end === "refused") {
        if (release === undefined)
            return [];
        const what = input.command === "rollback" ? "rollback failed" : `${input.command} ${input.end}`;
        return [intent(release, "failure", `${what}: ${input.message}`, false, true)];
    }
    switch (input.command) {
        case "deploy-green":
            return release === undefined ? [] : [intent(release, "in_progress", "green deployed beside blue, at 0% traffic", false, true)];
        case "verify":
            return release === undefined ? [] : [intent(release, "in_progress", "green passed its smoke checks", false, true)];
        case "switch-traffic": {
            if (release === undefined)
                return [];
            const weight = facts.greenWeight;
            return [intent(release, "in_progress", weight === undefined ? input.message : `green takes ${weight}% of the traffic`, true, true)];
        }
        case "promote": {
            if (release === undefined)
                return [];
            const replaced = unique(facts.replaced).filter((r) => r !== release);
            return [
                intent(release, "success", "live: promoted, green is the new blue", true, true),
                ...replaced.map((old) => intent(old, "inactive", `replaced by ${release}`, false, false)),
            ];
        }
        case "rollback": {
            const restored = unique(facts.restored);
            const away = unique(facts.replaced ?? (release === undefined ? [] : [release])).filter((r) => !restored.includes(r));
            const back = restored.length > 0 ? restored.join(", ") : "blue";
            return [
                ...away.map((r) => intent(r, "inactive", `rolled back: traffic is on ${back} again`, false, true)),
                // only a release that went back in is shown live again; one never recorded is not made up
                ...(away.length === 0
                    ? []
                    : restored.map((r) => intent(r, "success", `live again after the rollback of ${away.join(", ")}`, true, false))),
            ];
        }
        default:
            return [];
    }
}
/**
 * The ref a release's deployment names: the tag itself when the run was started by pushing it
 * (the Environments page then shows the tag), else the commit the run is on. GitHub refuses a ref
 * it does not know, and a release label need not be one.
 */
function deploymentRef(release, env) {
    if (env.GITHUB_REF_TYPE === "tag" && env.GITHUB_REF_NAME === release)
        return release;
    return env.GITHUB_SHA || env.GITHUB_REF_NAME || release;
}
function intent(release, state, description, withUrl, create) {
    return { release, state, description: shorten(description), withUrl, create };
}
function shorten(text) {
    const line = text.split("\n")[0] ?? "";
    return line.length <= DESCRIPTION_LIMIT ? line : `${line.slice(0, DESCRIPTION_LIMIT - 1)}…`;
}
function unique(list) {
    return [...new Set(list ?? [])];
}


/***/ }),

/***/ 82106:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ envNameForInput)
/* harmony export */ });
/** `dry-run` → `CUTOVER_DRY_RUN`: how Jenkins and terminals pass inputs through the environment. */
function envNameForInput(name) {
    return `CUTOVER_${name.toUpperCase().replace(/[^A-Z0-9]/g, "_")}`;
}


/***/ }),

/***/ 87699:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  a: () => (/* binding */ LocalHost),
  j: () => (/* binding */ outputText)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/report/report.ts
var report_report = __webpack_require__(88850);
// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(14031);
// EXTERNAL MODULE: ./src/host/workflow-command-guard.ts
var workflow_command_guard = __webpack_require__(7701);
;// CONCATENATED MODULE: ./src/host/console-logger.ts


/** Colour codes only for a terminal that wants them (a TTY, and NO_COLOR unset). */
function colourFor(sink, env) {
    const on = sink.isTTY === true && (env.NO_COLOR ?? "") === "" && env.TERM !== "dumb";
    const wrap = (open, close) => (text) => (on ? `\u001b[${open}m${text}\u001b[${close}m` : text);
    return { bold: wrap(1, 22), dim: wrap(2, 22), red: wrap(31, 39), yellow: wrap(33, 39), cyan: wrap(36, 39) };
}
/**
 * Log lines go to stderr so that stdout carries only the report or the --json result. Each message
 * is redacted, then its control characters are shown as escapes (so a value can neither start a
 * line nor drive the terminal); colour is added after that, by cutover alone. A line that a GitHub
 * runner would read as a workflow command is guarded here too, since a terminal host can still end
 * up inside a workflow step (CUTOVER_HOST=local).
 */
class ConsoleLogger {
    sink;
    redactor;
    verbose;
    colour;
    constructor(sink, redactor, env, verbose) {
        this.sink = sink;
        this.redactor = redactor;
        this.verbose = verbose;
        this.colour = colourFor(sink, env);
    }
    safe(text) {
        return (0,report_escape/* escapeControlChars */._s)(this.redactor.redactText(text));
    }
    line(text) {
        this.sink.write((0,workflow_command_guard/* looksLikeWorkflowCommand */.O3)(text) ? (0,workflow_command_guard/* guardWorkflowCommands */.Jw)(`${text}\n`) : `${text}\n`);
    }
    info(message) {
        this.line(this.safe(message));
    }
    warn(message) {
        this.line(this.colour.yellow(`warning: ${this.safe(message)}`));
    }
    error(message) {
        this.line(this.colour.red(`error: ${this.safe(message)}`));
    }
    debug(message) {
        if (this.verbose)
            this.line(this.colour.dim(this.safe(message)));
    }
    verbatim(title, text) {
        this.line(this.colour.cyan(`» ${this.safe(title)}`));
        const body = (0,report_escape/* escapeControlCharsKeepLines */.O4)(this.redactor.redactText(text));
        for (const l of body.replace(/\n$/, "").split("\n"))
            this.line(`  | ${l}`);
    }
    async group(title, body) {
        this.line(this.colour.cyan(`» ${this.safe(title)}`));
        return body();
    }
}

// EXTERNAL MODULE: ./src/host/host.ts
var host = __webpack_require__(82106);
// EXTERNAL MODULE: ./src/host/redact.ts
var redact = __webpack_require__(59717);
;// CONCATENATED MODULE: ./src/host/local.ts






/** A string output as it is, anything else as JSON; both redacted before they are serialized. */
function outputText(redactor, value) {
    return typeof value === "string" ? redactor.redactText(value) : JSON.stringify(redactor.redactValue(value));
}
/**
 * A terminal, or any CI that is neither GitHub nor Jenkins. Inputs come from CUTOVER_* variables;
 * outputs are written to $CUTOVER_OUTPUT_FILE as JSON when that is set.
 */
class LocalHost {
    io;
    kind = "local";
    log;
    redactor = new redact/* Redactor */.pO();
    outputs = new Map();
    constructor(io) {
        this.io = io;
        this.log = new ConsoleLogger(io.stderr, this.redactor, io.env, (io.env.CUTOVER_DEBUG ?? "") !== "");
    }
    input(name) {
        const value = this.io.env[(0,host/* envNameForInput */.G)(name)];
        return value === undefined || value === "" ? undefined : value;
    }
    maskSecret(value) {
        this.redactor.add(value);
    }
    redact(value) {
        return this.redactor.redactValue(value);
    }
    setOutput(name, value) {
        this.outputs.set(name, outputText(this.redactor, value));
    }
    reserveStdoutForJson() {
        // logs go to stderr here already
    }
    async writeSummary(_report, _title) {
        // a terminal shows the report on stdout already (printReport)
    }
    async close() {
        const file = this.io.env.CUTOVER_OUTPUT_FILE;
        if (file)
            await (0,promises_.writeFile)(file, `${JSON.stringify(Object.fromEntries(this.outputs), null, 2)}\n`);
    }
    /** The report with secrets taken out of every value, before it is rendered. */
    redactReport(report) {
        return (0,report_report/* mapReportText */.a8)(report, (text) => this.redactor.redactText(text));
    }
    printReport(report) {
        this.io.stdout.write((0,workflow_command_guard/* guardWorkflowCommands */.Jw)((0,report_report/* toText */.fE)(this.redactReport(report), colourFor(this.io.stdout, this.io.env))));
    }
    printJson(value) {
        this.io.stdout.write(`${(0,workflow_command_guard/* neutralizeJson */.GQ)(JSON.stringify(this.redactor.redactValue(value), null, 2))}\n`);
    }
}


/***/ }),

/***/ 59717:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   pO: () => (/* binding */ Redactor)
/* harmony export */ });
/* unused harmony exports MIN_SECRET_LENGTH, secretForms */
/* harmony import */ var _report_escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(14031);

/** Shorter values would blank out ordinary words; the config refuses secrets this short. */
const MIN_SECRET_LENGTH = 4;
/**
 * Every form in which a secret can reach a log, an output or a file: as it is, each line of a
 * multi-line secret, JSON-escaped (inside a serialized result), as cutover's own renderers show it
 * (control characters escaped), URL-encoded (inside a connection string or query) and base64 (inside
 * an Authorization header). Forms shorter than MIN_SECRET_LENGTH are left out.
 */
function secretForms(secret) {
    const forms = new Set([secret]);
    for (const line of secret.split(/\r\n|\r|\n/))
        forms.add(line.trim());
    forms.add(JSON.stringify(secret).slice(1, -1));
    forms.add((0,_report_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeControlChars */ ._s)(secret));
    forms.add(encodeURIComponent(secret));
    forms.add(encodeURIComponent(secret).replace(/%20/g, "+"));
    forms.add(Buffer.from(secret, "utf8").toString("base64"));
    forms.add(Buffer.from(secret, "utf8").toString("base64url"));
    return [...forms].filter((form) => form.length >= MIN_SECRET_LENGTH);
}
/**
 * Replaces every registered secret, in any of its forms, with `***`. It works on values, before they
 * are serialized or rendered: a structured result is redacted string by string, so redaction never
 * breaks the JSON or Markdown around a value.
 */
class Redactor {
    forms = [];
    /** Registers a secret; returns the forms not seen before, for the runner's own masking. */
    add(secret) {
        const fresh = secretForms(secret).filter((form) => !this.forms.includes(form));
        if (fresh.length > 0) {
            this.forms.push(...fresh);
            // longest first, so a form that contains another is replaced whole
            this.forms.sort((a, b) => b.length - a.length);
        }
        return fresh;
    }
    redactText(text) {
        let out = text;
        for (const form of this.forms)
            if (out.includes(form))
                out = out.split(form).join("***");
        return out;
    }
    /** A deep copy of plain data with every string (keys too) redacted. */
    redactValue(value) {
        return this.walk(value);
    }
    walk(value) {
        if (typeof value === "string")
            return this.redactText(value);
        if (Array.isArray(value))
            return value.map((item) => this.walk(item));
        if (value !== null && typeof value === "object") {
            const out = {};
            for (const [key, item] of Object.entries(value)) {
                // defineProperty: a key such as `__proto__` stays an ordinary key
                Object.defineProperty(out, this.redactText(key), { value: this.walk(item), enumerable: true, writable: true, configurable: true });
            }
            return out;
        }
        return value;
    }
}


/***/ }),

/***/ 7701:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GQ: () => (/* binding */ neutralizeJson),
/* harmony export */   Jw: () => (/* binding */ guardWorkflowCommands),
/* harmony export */   O3: () => (/* binding */ looksLikeWorkflowCommand),
/* harmony export */   gA: () => (/* binding */ newStopToken)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

/**
 * The GitHub runner reads workflow commands from every line a step prints, on stdout and on stderr:
 * a line that starts with `::` once leading whitespace is trimmed, or one that holds the legacy
 * `##[` prefix anywhere (actions/runner, ActionCommand.TryParseV2 and TryParse). A value from
 * outside must never be read as one.
 */
function looksLikeWorkflowCommand(line) {
    return line.trimStart().startsWith("::") || line.includes("##[");
}
/** A token the text cannot predict, for `::stop-commands::`. */
function newStopToken() {
    return `cutover-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(16).toString("hex")}`;
}
/**
 * Text for the log, shown verbatim: when any line of it could be read as a workflow command, the
 * whole block is wrapped in `::stop-commands::<token>` ... `::<token>::`, during which the runner
 * runs no command. Text that needs no guard is returned as it is.
 */
function guardWorkflowCommands(text, token = newStopToken()) {
    const lines = text.split(/\r\n|\r|\n/);
    if (!lines.some(looksLikeWorkflowCommand))
        return text;
    // the token is random; should the text still hold it, a fresh one is drawn
    if (text.includes(token))
        return guardWorkflowCommands(text, newStopToken());
    const body = text.endsWith("\n") ? text : `${text}\n`;
    return `::stop-commands::${token}\n${body}::${token}::\n`;
}
/**
 * JSON for stdout on GitHub. It must stay pure JSON (--json), so it cannot be wrapped; instead
 * `#` in `##[` is written as the JSON escape `\u0023`, which parses to the same string. JSON text
 * never starts a line with `::` (every line starts with a bracket, a quote or a digit).
 */
function neutralizeJson(json) {
    return json.replace(/##\[/g, "#\\u0023[");
}


/***/ }),

/***/ 5090:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gv: () => (/* binding */ freeBuildName),
/* harmony export */   _H: () => (/* binding */ canaryAliasOf),
/* harmony export */   iq: () => (/* binding */ stateIds),
/* harmony export */   kC: () => (/* binding */ isBuildOf)
/* harmony export */ });
/* unused harmony export buildName */
/* harmony import */ var _search_state_names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70860);
/**
 * Names of a search index's builds and of the aliases cutover keeps beside the configured ones. A
 * build is `<name>_<UTC yyyyMMddHHmmss>`, so builds sort by name in the order they were made.
 */

const BUILD_SUFFIX = /^\d{14}$/;
/** `classes` at 2026-11-22T09:41:07Z → `classes_20261122094107`. */
function buildName(base, at) {
    const stamp = at.toISOString().replace(/[-:T]/g, "").slice(0, 14);
    return `${base}_${stamp}`;
}
/** Whether `index` is one of `base`'s builds (not the bare index `base`, nor another index's build). */
function isBuildOf(base, index) {
    return index.startsWith(`${base}_`) && BUILD_SUFFIX.test(index.slice(base.length + 1));
}
/**
 * A build name not yet taken: two builds started within the same second (a rerun after a failed
 * create) must not collide, so the time moves on a second at a time.
 */
function freeBuildName(base, at, taken) {
    let time = at.getTime();
    let name = buildName(base, new Date(time));
    while (taken.has(name)) {
        time += 1000;
        name = buildName(base, new Date(time));
    }
    return name;
}
/** The alias beside the read alias that the application helper sends a share of reads to. */
function canaryAliasOf(readAlias) {
    return `${readAlias}_canary`;
}
/** State document ids in the engine's cutover state index. */
const stateIds = {
    run: (project, index) => `es-reindex:${project}:${index}`,
    lock: (project, index) => `es-reindex-lock:${project}:${index}`,
    /** Read by the application-side read helper: the weight of reads sent to the canary alias. */
    routing: _search_state_names_js__WEBPACK_IMPORTED_MODULE_0__/* .routingDocId */ .E,
};


/***/ }),

/***/ 79813:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NV: () => (/* binding */ RUN_PHASES),
/* harmony export */   SL: () => (/* binding */ ES_PHASES),
/* harmony export */   uB: () => (/* binding */ missingSteps),
/* harmony export */   zo: () => (/* binding */ phasesForAll)
/* harmony export */ });
/* unused harmony export prerequisites */
/* harmony import */ var _reindex_state_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(19016);

/** What `--phase` takes: every phase, in the order a release takes them, and `all`. */
const ES_PHASES = [
    "plan",
    "create",
    "load",
    "catch-up",
    "validate",
    "switch-read",
    "follow",
    "switch-write",
    "rollback",
    "cleanup",
    "all",
];
/** Every phase a run can take, in the order a release takes them. */
const RUN_PHASES = ES_PHASES.filter((p) => p !== "all");
/**
 * In order, as far as the config allows: an index-fed build has no topic to catch up from; the
 * write switch waits for a person (`--phase switch-write`) unless `writeSwitch: auto`, when it runs
 * once validation passed (a failed validate stops `all` before any alias moves). Follow never ends
 * on its own, so `all` leaves it to its own job.
 */
function phasesForAll(config) {
    const phases = ["plan", "create", "load"];
    if (config.source.type === "kafka")
        phases.push("catch-up");
    phases.push("validate", "switch-read");
    if (config.writeSwitch === "auto")
        phases.push("switch-write");
    return phases;
}
/** The steps a build must have done before `phase` makes sense. */
function prerequisites(phase, source) {
    const built = source === "kafka" ? ["create", "load", "catch-up"] : ["create", "load"];
    switch (phase) {
        case "load":
            return ["create"];
        case "catch-up":
            return ["create", "load"];
        case "validate":
        case "switch-read":
        case "switch-write":
        case "follow":
            return built;
        default:
            return [];
    }
}
/** Steps still missing for `phase`; empty when it may run. */
function missingSteps(phase, build, source) {
    return prerequisites(phase, source).filter((step) => !(0,_reindex_state_js__WEBPACK_IMPORTED_MODULE_0__/* .hasDone */ .BR)(build, step));
}


/***/ }),

/***/ 19016:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BR: () => (/* binding */ hasDone),
/* harmony export */   Up: () => (/* binding */ RunStateStore),
/* harmony export */   a: () => (/* binding */ markDone)
/* harmony export */ });
/* unused harmony export emptyState */
/* harmony import */ var _build_names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5090);

function emptyState(project, index, now) {
    return { version: 1, project, index, build: undefined, retired: [], updatedAt: now.toISOString() };
}
function hasDone(build, step) {
    return build !== undefined && build.done.includes(step);
}
function markDone(build, step) {
    return build.done.includes(step) ? build : { ...build, done: [...build.done, step] };
}
/** The run state document, read once and written back with optimistic concurrency. */
class RunStateStore {
    engine;
    id;
    doc;
    current;
    now;
    guard;
    constructor(engine, id, doc, current, now, guard) {
        this.engine = engine;
        this.id = id;
        this.doc = doc;
        this.current = current;
        this.now = now;
        this.guard = guard;
    }
    /** `guard` runs before each write: the lock check, so a run that lost its lock writes nothing more. */
    static async open(engine, project, index, now, guard = async () => { }) {
        const id = _build_names_js__WEBPACK_IMPORTED_MODULE_0__/* .stateIds */ .iq.run(project, index);
        const doc = await engine.readState(id);
        return new RunStateStore(engine, id, doc, doc?.value ?? emptyState(project, index, now()), now, guard);
    }
    get value() {
        return this.current;
    }
    get build() {
        return this.current.build;
    }
    /** Applies `change` and stores the result; throws StateConflictError when someone else wrote first. */
    async update(change) {
        const next = { ...change(this.current), updatedAt: this.now().toISOString() };
        await this.guard();
        const expected = this.doc ? { seqNo: this.doc.seqNo, primaryTerm: this.doc.primaryTerm } : "absent";
        this.doc = await this.engine.writeState(this.id, next, expected);
        this.current = next;
        return next;
    }
    /** Changes the current build; an error when there is none (a bug: callers check first). */
    async updateBuild(change) {
        const next = await this.update((state) => {
            if (!state.build)
                throw new Error("no build in the run state");
            return { ...state, build: change(state.build) };
        });
        return next.build;
    }
}


/***/ }),

/***/ 14031:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   IS: () => (/* binding */ markdownCodeBlock),
/* harmony export */   O4: () => (/* binding */ escapeControlCharsKeepLines),
/* harmony export */   ZD: () => (/* binding */ escapeHtml),
/* harmony export */   _s: () => (/* binding */ escapeControlChars),
/* harmony export */   jt: () => (/* binding */ hasControlChars)
/* harmony export */ });
/**
 * Escaping for values that came from outside (config, environment, inputs, AWS and engine
 * responses) when they are rendered. Reports and log lines are plain text: a value can never add a
 * line, move the cursor, or become markup.
 */
// C0 controls, DEL, C1 controls (NEL among them) and the Unicode line and paragraph separators:
// each of these can end a line in some reader, or drive a terminal.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
// eslint-disable-next-line no-control-regex -- as above
const CONTROL_BUT_NEWLINE_AND_TAB = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/g;
const NAMED = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };
function visible(char) {
    const named = NAMED[char];
    if (named)
        return named;
    const code = char.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
}
/** One line of text: every control character shown as an escape (`\n`, `\x1b`, `\u2028`). */
function escapeControlChars(text) {
    return text.replace(CONTROL, visible);
}
/** Text shown verbatim over several lines (a code block): newlines and tabs stay, the rest is escaped. */
function escapeControlCharsKeepLines(text) {
    return text.replace(CONTROL_BUT_NEWLINE_AND_TAB, visible).replace(/\r\n?/g, "\n");
}
function hasControlChars(text) {
    return new RegExp(CONTROL.source).test(text);
}
const HTML = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
/** For text placed inside HTML (the step summary's headings). */
function escapeHtml(text) {
    return escapeControlChars(text).replace(/[&<>"']/g, (c) => HTML[c] ?? c);
}
// Characters that make inline markup anywhere (emphasis, code, links and images, table cell
// boundaries, strikethrough, escapes). Other punctuation stays readable in the raw .md file.
const MARKDOWN_INLINE = /[\\`*_[\]|~]/g;
// What makes block markup at the start of a paragraph, list item or cell: headings, lists, quotes,
// setext underlines, ordered-list numbers.
const MARKDOWN_BLOCK_START = /^(\s*)([#>+=-])/;
const MARKDOWN_ORDERED_START = /^(\s*\d+)([.)])/;
/**
 * Plain text inside Markdown (a paragraph, a list item, a table cell): HTML characters become
 * entities, so no tag is ever rendered, and markup characters are backslash-escaped, so no emphasis,
 * link, image, heading or table cell boundary is ever made from a value. Control characters are
 * shown as escapes, so a value stays on its line.
 */
function escapeMarkdown(text) {
    return escapeControlChars(text)
        .replace(/[&<>]/g, (c) => HTML[c] ?? c)
        .replace(MARKDOWN_INLINE, (c) => `\\${c}`)
        .replace(MARKDOWN_BLOCK_START, (_all, space, mark) => `${space}\\${mark}`)
        .replace(MARKDOWN_ORDERED_START, (_all, number, mark) => `${number}\\${mark}`);
}
/** A fenced code block whose fence is longer than any run of backticks inside, so it cannot be closed early. */
function markdownCodeBlock(text, language = "text") {
    const body = escapeControlCharsKeepLines(text);
    const longest = Math.max(0, ...[...body.matchAll(/`+/g)].map((m) => m[0].length));
    const fence = "`".repeat(Math.max(3, longest + 1));
    // the language is the project's own word (text, mermaid), never a value from outside
    return `${fence}${/^[a-z]+$/.test(language) ? language : "text"}\n${body}\n${fence}`;
}


/***/ }),

/***/ 88850:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a8: () => (/* binding */ mapReportText),
/* harmony export */   fE: () => (/* binding */ toText),
/* harmony export */   l6: () => (/* binding */ toMarkdown),
/* harmony export */   pl: () => (/* binding */ Report)
/* harmony export */ });
/* unused harmony export plainStyle */
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(14031);

class Report {
    blocks = [];
    heading(text) {
        this.blocks.push({ kind: "heading", text });
        return this;
    }
    text(text) {
        this.blocks.push({ kind: "text", text });
        return this;
    }
    list(items) {
        if (items.length > 0)
            this.blocks.push({ kind: "list", items });
        return this;
    }
    table(header, rows) {
        if (rows.length > 0)
            this.blocks.push({ kind: "table", header, rows });
        return this;
    }
    code(text, language) {
        this.blocks.push(language === undefined ? { kind: "code", text } : { kind: "code", text, language });
        return this;
    }
    /** Mermaid source made by src/report/mermaid.ts, whose labels are already escaped. */
    diagram(text) {
        this.blocks.push({ kind: "diagram", text });
        return this;
    }
    concat(other) {
        this.blocks.push(...other.blocks);
        return this;
    }
}
/** A copy of the report with `change` applied to every string in it (to redact secrets, say). */
function mapReportText(report, change) {
    const copy = new Report();
    for (const block of report.blocks) {
        const one = (text) => change(text, block.kind);
        switch (block.kind) {
            case "heading":
            case "text":
                copy.blocks.push({ kind: block.kind, text: one(block.text) });
                break;
            case "code":
            case "diagram":
                copy.blocks.push({ ...block, text: one(block.text) });
                break;
            case "list":
                copy.blocks.push({ kind: "list", items: block.items.map(one) });
                break;
            case "table":
                copy.blocks.push({ kind: "table", header: block.header.map(one), rows: block.rows.map((row) => row.map(one)) });
                break;
        }
    }
    return copy;
}
function toMarkdown(report) {
    const md = _escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV;
    const parts = report.blocks.map((block) => {
        switch (block.kind) {
            case "heading":
                return `### ${md(block.text)}`;
            case "text":
                return md(block.text);
            case "list":
                return block.items.map((item) => `- ${md(item)}`).join("\n");
            case "table":
                return [
                    `| ${block.header.map(md).join(" | ")} |`,
                    `| ${block.header.map(() => "---").join(" | ")} |`,
                    ...block.rows.map((row) => `| ${block.header.map((_h, i) => md(row[i] ?? "")).join(" | ")} |`),
                ].join("\n");
            case "code":
                return (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownCodeBlock */ .IS)(block.text, block.language);
            case "diagram":
                return (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownCodeBlock */ .IS)(block.text, "mermaid");
        }
    });
    return `${parts.join("\n\n")}\n`;
}
const plainStyle = { bold: (t) => t, dim: (t) => t };
function toText(report, style = plainStyle) {
    const lines = [];
    // every string made safe for plain text; a code block keeps its line breaks
    const safe = mapReportText(report, (text, kind) => kind === "code" || kind === "diagram" ? (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeControlCharsKeepLines */ .O4)(text) : (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeControlChars */ ._s)(text));
    for (const block of safe.blocks) {
        switch (block.kind) {
            case "heading":
                if (lines.length > 0)
                    lines.push("");
                lines.push(style.bold(block.text));
                break;
            case "text":
                lines.push(block.text);
                break;
            case "list":
                for (const item of block.items)
                    lines.push(`  - ${item}`);
                break;
            case "table": {
                const widths = block.header.map((h, i) => Math.max(h.length, ...block.rows.map((r) => (r[i] ?? "").length)));
                const line = (cells) => `  ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join("  ")}`.trimEnd();
                lines.push(style.dim(line(block.header)));
                for (const row of block.rows)
                    lines.push(line(row));
                break;
            }
            case "code":
                for (const l of block.text.split("\n"))
                    lines.push(`    ${l}`);
                break;
            case "diagram":
                // Mermaid source reads badly in a terminal; the table beside it says the same
                break;
        }
    }
    return `${lines.join("\n")}\n`;
}


/***/ }),

/***/ 70860:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ routingDocId),
/* harmony export */   j: () => (/* binding */ STATE_INDEX)
/* harmony export */ });
/**
 * Where cutover keeps run state in the engine, named once: the engine adapters write there,
 * es-reindex stores the read weight there, and the application-side read router (a bundle of its
 * own, so this module imports nothing) reads it.
 */
const STATE_INDEX = "cutover-reindex-state";
/** The stored read weight of a read alias while reads are split. */
const routingDocId = (readAlias) => `es-reindex-routing:${readAlias}`;


/***/ })

};
