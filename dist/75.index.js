export const id = 75;
export const ids = [75];
export const modules = {

/***/ 3075:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/config/key-path.ts
/** Renders a config location the way people write it: `traffic.steps[2]`, `services[0].ecs.cluster`. */
function formatKeyPath(path) {
    let out = "";
    for (const part of path) {
        if (typeof part === "number")
            out += `[${part}]`;
        else
            out += out === "" ? String(part) : `.${String(part)}`;
    }
    return out === "" ? "(top level)" : out;
}

;// CONCATENATED MODULE: ./src/config/env-substitution.ts

const REFERENCE = /\$(\$)?\{([^}]*)\}/g;
const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
function substituteEnv(document, env) {
    const problems = [];
    const unresolvedPaths = new Set();
    const substituteString = (text, path) => text.replace(REFERENCE, (whole, escaped, body) => {
        if (escaped)
            return whole.slice(1);
        const separator = body.indexOf(":-");
        const name = separator === -1 ? body : body.slice(0, separator);
        const fallback = separator === -1 ? undefined : body.slice(separator + 2);
        if (!NAME.test(name)) {
            problems.push(`${formatKeyPath(path)}: '\${${body}}' is not a valid variable reference (use \${NAME} or \${NAME:-default})`);
            return whole;
        }
        const value = env[name];
        if (value !== undefined && value !== "")
            return value;
        if (fallback !== undefined)
            return fallback;
        problems.push(`${formatKeyPath(path)}: environment variable ${name} is not set`);
        unresolvedPaths.add(formatKeyPath(path));
        return whole;
    });
    const walk = (node, path) => {
        if (typeof node === "string")
            return substituteString(node, path);
        if (Array.isArray(node))
            return node.map((item, index) => walk(item, [...path, index]));
        if (node !== null && typeof node === "object") {
            const out = {};
            for (const [key, value] of Object.entries(node))
                out[key] = walk(value, [...path, key]);
            return out;
        }
        return node;
    };
    return { value: walk(document, []), problems, unresolvedPaths };
}

;// CONCATENATED MODULE: ./src/config/format-issues.ts

/** One line per problem, each starting with the key path: `traffic.steps[2]: must be 1..100`. */
function formatIssues(issues) {
    const lines = issues.flatMap((issue) => {
        const where = formatKeyPath(issue.path);
        switch (issue.code) {
            case "unrecognized_keys":
                return issue.keys.map((key) => `${formatKeyPath([...issue.path, key])}: unknown key (check its spelling and the README's config reference)`);
            case "invalid_type":
                return [`${where}: ${issue.input === undefined ? "is required" : issue.message.replace(/^Invalid input: /, "")}`];
            case "invalid_union":
                if ("discriminator" in issue && issue.discriminator !== undefined) {
                    // zod reports the allowed discriminator values beside the issue, not in its type
                    const options = issue.options;
                    return [`${where}: must be one of ${options?.map(String).join(", ") ?? "the listed types"}`];
                }
                return [`${where}: ${issue.message}`];
            default:
                return [`${where}: ${issue.message}`];
        }
    });
    return [...new Set(lines)];
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/config/file-references.ts


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
    return (0,external_node_path_.isAbsolute)(path) ? path : (0,external_node_path_.resolve)((0,external_node_path_.dirname)(configPath), path);
}
/** One problem line per reference that is missing or not what it should be. */
async function checkFileReferences(config, configPath) {
    const problems = [];
    for (const ref of fileReferences(config)) {
        const absolute = resolveConfigPath(configPath, ref.path);
        const where = `${ref.keyPath}: '${ref.path}'`;
        try {
            if (!(await (0,promises_.stat)(absolute)).isFile()) {
                problems.push(`${where} is not a file`);
                continue;
            }
            if (ref.kind === "json") {
                const value = JSON.parse(await (0,promises_.readFile)(absolute, "utf8"));
                if (value === null || typeof value !== "object" || Array.isArray(value))
                    problems.push(`${where} must hold a JSON object`);
            }
        }
        catch (error) {
            if (error.code === "ENOENT")
                problems.push(`${where} does not exist (relative paths start at the config file's folder)`);
            else if (error instanceof SyntaxError)
                problems.push(`${where} is not valid JSON: ${error.message}`);
            else
                problems.push(`${where} cannot be read: ${String(error)}`);
        }
    }
    return problems;
}

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 15 modules
var schemas = __webpack_require__(9691);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/core.js
var core = __webpack_require__(8532);
;// CONCATENATED MODULE: ./src/config/duration.ts
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

;// CONCATENATED MODULE: ./src/config/schema.ts


/**
 * The `cutover.yml` schema. Every object is strict, so a misspelt key is an error rather than a
 * silently ignored setting. Cross-field rules (a route naming an unknown service, a Kafka-fed index
 * without a `kafka` section) live in `checkReferences` at the bottom.
 */
// ---------------------------------------------------------------- scalars
const duration = (what = "a duration") => schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* number */.aig()]).transform((value, ctx) => {
    const ms = parseDuration(value);
    if (ms === undefined) {
        ctx.addIssue({ code: "custom", message: `must be ${what} such as 30s, 5m, 1h30m or 7d (got '${String(value)}')` });
        return core/* NEVER */.tm;
    }
    return ms;
});
const percent = (what) => schemas/* number */.aig({ error: `${what} must be a number 0..100` })
    .min(0, `${what} must be 0..100`)
    .max(100, `${what} must be 0..100`);
const weight = schemas/* number */.aig({ error: "must be a whole number 1..100" })
    .int("must be a whole number 1..100")
    .min(1, "must be 1..100")
    .max(100, "must be 1..100");
const port = schemas/* number */.aig({ error: "must be a port number" }).int().min(1, "must be 1..65535").max(65535, "must be 1..65535");
/** Used in generated AWS names (target groups allow 32 characters in all), so kept short and plain. */
const serviceName = schemas/* string */.YjP()
    .regex(/^[a-z0-9](?:[a-z0-9-]{0,22}[a-z0-9])?$/, "must be 1-24 lowercase letters, digits or '-', not starting or ending with '-'");
const nonEmpty = (what) => schemas/* string */.YjP({ error: `${what} must be a string` }).min(1, `${what} must not be empty`);
const ELB_ARN = /^arn:aws[a-z-]*:elasticloadbalancing:[a-z0-9-]+:\d{12}:/;
const listenerArn = schemas/* string */.YjP()
    .regex(new RegExp(`${ELB_ARN.source}listener/app/`), "must be an ALB listener ARN (arn:aws:elasticloadbalancing:REGION:ACCOUNT:listener/app/...)");
const ruleArn = schemas/* string */.YjP()
    .regex(new RegExp(`${ELB_ARN.source}listener-rule/app/`), "must be an ALB listener rule ARN (...:listener-rule/app/...)");
/** A target group by ARN, or by name (AWS: up to 32 alphanumerics or '-', not at either end). */
const targetGroupRef = schemas/* union */.KCZ([schemas/* string */.YjP().regex(new RegExp(`${ELB_ARN.source}targetgroup/`)), schemas/* string */.YjP().regex(/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,30}[A-Za-z0-9])?$/)], { error: "must be a target group ARN or name (1-32 letters, digits or '-')" });
const httpUrl = schemas/* url */.OZ5({ protocol: /^https?$/, error: "must be an http(s) URL" });
// ---------------------------------------------------------------- AWS
const awsSchema = schemas/* strictObject */.rej({
    region: schemas/* string */.YjP().regex(/^[a-z]{2}(?:-[a-z]+)+-\d$/, "must be an AWS region such as eu-west-1"),
    /** For emulators and VPC endpoints; empty means the SDK's default. */
    endpoint: schemas/* union */.KCZ([httpUrl, schemas/* literal */.euz("")]).optional(),
    profile: schemas/* string */.YjP().min(1).optional(),
});
// ---------------------------------------------------------------- services
const greenTargetGroupSchema = schemas/* strictObject */.rej({
    /** Defaults to the blue target group's port, protocol and health check. */
    port: port.optional(),
    protocol: schemas/* enum */.k5n(["HTTP", "HTTPS"]).optional(),
    healthCheckPath: schemas/* string */.YjP().startsWith("/", "must start with '/'").optional(),
    deregistrationDelay: duration().optional(),
});
const readiness = {
    /** How long the green side may take to have every target healthy. */
    readyTimeout: duration().default(15 * 60_000),
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
    image: schemas/* string */.YjP().min(1).optional(),
    desiredCount: schemas/* union */.KCZ([schemas/* literal */.euz("match-blue"), schemas/* number */.aig().int().min(0).max(5000)]).default("match-blue"),
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
        schemas/* strictObject */.rej({ min: schemas/* number */.aig().int().min(0), max: schemas/* number */.aig().int().min(0), desired: schemas/* number */.aig().int().min(0) })
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
    minHealthyTargets: schemas/* number */.aig().int().min(1).default(1),
    ...readiness,
});
const serviceSchema = schemas/* discriminatedUnion */.gMt("type", [ecsServiceSchema, asgServiceSchema, targetGroupServiceSchema], {
    error: "type must be one of ecs, asg, target-group",
});
// ---------------------------------------------------------------- load balancers and routing
const listenerRef = schemas/* union */.KCZ([
    schemas/* strictObject */.rej({ arn: listenerArn }),
    schemas/* strictObject */.rej({ loadBalancer: schemas/* string */.YjP().regex(/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,30}[A-Za-z0-9])?$/, "must be an ALB name"), port }),
], { error: "must be { arn: <listener ARN> } or { loadBalancer: <ALB name>, port: <listener port> }" });
const ruleRef = schemas/* union */.KCZ([
    schemas/* literal */.euz("default"),
    schemas/* strictObject */.rej({ priority: schemas/* number */.aig().int().min(1, "must be 1..50000").max(50000, "must be 1..50000") }),
    schemas/* strictObject */.rej({ arn: ruleArn }),
], { error: "must be 'default', { priority: N } or { arn: <rule ARN> }" });
const routeSchema = schemas/* strictObject */.rej({
    service: serviceName,
    /** Which forward action carries this service: the listener's default action or one rule. */
    rule: ruleRef.default("default"),
    /** Add header rules for early users on this route (needs `headerRouting`). */
    headerRouting: schemas/* boolean */.zMY().default(true),
});
const loadBalancerSchema = schemas/* strictObject */.rej({
    name: nonEmpty("name"),
    listener: listenerRef,
    routes: schemas/* array */.YOg(routeSchema).min(1, "must list at least one route"),
});
/** ALB header conditions: names are HTTP tokens up to 40 characters; values up to 128. */
const headerValue = schemas/* string */.YjP().min(1).max(128, "ALB header values are at most 128 characters");
const headerRoutingSchema = schemas/* strictObject */.rej({
    header: schemas/* string */.YjP()
        .regex(/^[A-Za-z0-9!#$%&'*+.^_`|~-]{1,40}$/, "must be an HTTP header name of at most 40 characters")
        .default("x-client-mode"),
    green: schemas/* array */.YOg(headerValue).min(1).max(5, "an ALB condition takes at most 5 values").default(["green"]),
    blue: schemas/* array */.YOg(headerValue).max(5, "an ALB condition takes at most 5 values").default(["blue"]),
    /** What green-header requests get once no green exists (after promote or rollback). */
    afterRelease: schemas/* enum */.k5n(["not-found", "live"]).default("not-found"),
    /** Rule priorities for the header rules; `auto` takes free ones just above the route's rule. */
    priorities: schemas/* union */.KCZ([schemas/* literal */.euz("auto"), schemas/* strictObject */.rej({ green: schemas/* number */.aig().int().min(1).max(50000), blue: schemas/* number */.aig().int().min(1).max(50000) })])
        .default("auto"),
});
// ---------------------------------------------------------------- traffic
const stepSchema = schemas/* union */.KCZ([weight, schemas/* strictObject */.rej({ weight, bake: duration().optional() })], {
    error: "must be a weight 1..100 or { weight: 1..100, bake: <duration> }",
});
const trafficSchema = schemas/* strictObject */.rej({
    strategy: schemas/* enum */.k5n(["all-at-once", "canary", "linear"], { error: "strategy must be all-at-once, canary or linear" })
        .default("all-at-once"),
    /** canary: the green weights to pass through, in order. */
    steps: schemas/* array */.YOg(stepSchema).min(1, "must list at least one step").optional(),
    /** linear: the weight added at each step. */
    increment: weight.optional(),
    /** Wait between steps, watching the alarms. */
    bakeTime: duration().default(0),
    /** CloudWatch alarm names; any in ALARM during a step rolls traffic back. */
    alarms: schemas/* array */.YOg(schemas/* string */.YjP().min(1).max(255)).default([]),
    stickiness: schemas/* strictObject */.rej({
        enabled: schemas/* boolean */.zMY().default(true),
        duration: duration()
            .refine((ms) => ms >= 1000 && ms <= 7 * 86_400_000, "must be 1s..7d")
            .default(3_600_000),
    })
        .optional(),
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
// ---------------------------------------------------------------- database
const databaseSchema = schemas/* strictObject */.rej({
    /** Connection string; a secret, masked in every log. */
    url: schemas/* string */.YjP().regex(/^(postgres(ql)?|mysql):\/\//, "must be a postgresql:// or mysql:// connection string"),
    schema: schemas/* string */.YjP().min(1).default("prisma/schema.prisma"),
    prisma: schemas/* strictObject */.rej({
        /** The Prisma CLI as an argument list (never a shell string). */
        command: schemas/* array */.YOg(schemas/* string */.YjP().min(1)).min(1).default(["npx", "prisma"]),
        config: schemas/* string */.YjP().min(1).optional(),
    })
        .default({ command: ["npx", "prisma"] }),
    safety: schemas/* strictObject */.rej({
        /** enforce: unsafe migrations are refused (exit 3); warn: reported only; off: not checked. */
        mode: schemas/* enum */.k5n(["enforce", "warn", "off"]).default("enforce"),
        /** Rule ids or `migration/rule` pairs accepted on purpose. */
        allow: schemas/* array */.YOg(schemas/* string */.YjP().min(1)).default([]),
    })
        .default({ mode: "enforce", allow: [] }),
    timeout: duration().default(15 * 60_000),
});
// ---------------------------------------------------------------- Kafka
const kafkaSchema = schemas/* strictObject */.rej({
    brokers: schemas/* array */.YOg(schemas/* string */.YjP().regex(/^[^\s:]+:\d{1,5}$/, "must be host:port")).min(1, "must list at least one broker"),
    clientId: schemas/* string */.YjP().min(1).default("cutover"),
    ssl: schemas/* boolean */.zMY().default(false),
    sasl: schemas/* strictObject */.rej({
        mechanism: schemas/* enum */.k5n(["plain", "scram-sha-256", "scram-sha-512"]),
        username: schemas/* string */.YjP().min(1),
        password: schemas/* string */.YjP().min(1),
    })
        .optional(),
});
// ---------------------------------------------------------------- search
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
        slices: schemas/* union */.KCZ([schemas/* literal */.euz("auto"), schemas/* number */.aig().int().min(1).max(64)]).default("auto"),
    }),
    schemas/* strictObject */.rej({
        type: schemas/* literal */.euz("kafka"),
        /** Topic holding a full copy of the data, read from the beginning. */
        fullTopic: schemas/* string */.YjP().min(1),
        /** Topic of live changes, replayed from where the full load began until caught up. */
        incrementalTopic: schemas/* string */.YjP().min(1),
        idField: schemas/* string */.YjP().min(1).default("id"),
        /** A field whose true value means the document was deleted. */
        deleteField: schemas/* string */.YjP().min(1).optional(),
        batchSize: schemas/* number */.aig().int().min(1).max(10_000).default(500),
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
        sampleQueries: schemas/* array */.YOg(schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J())).default([]),
    })
        .default({ maxCountDifference: 0, sampleQueries: [] }),
    /** The old index is deleted this long after the write alias leaves it. */
    retention: duration().default(7 * 86_400_000),
})
    .transform((index) => ({
    ...index,
    // seed 000's convention: searches read `read_<name>`, the incremental feed writes `write_<name>`
    aliases: { read: index.aliases.read ?? `read_${index.name}`, write: index.aliases.write ?? `write_${index.name}` },
}));
const searchSchema = schemas/* strictObject */.rej({
    engine: schemas/* enum */.k5n(["elasticsearch", "opensearch"], { error: "engine must be elasticsearch or opensearch" }),
    url: httpUrl,
    auth: schemas/* union */.KCZ([schemas/* strictObject */.rej({ username: schemas/* string */.YjP().min(1), password: schemas/* string */.YjP().min(1) }), schemas/* strictObject */.rej({ apiKey: schemas/* string */.YjP().min(1) })], {
        error: "must be { username, password } or { apiKey }",
    })
        .optional(),
    indices: schemas/* array */.YOg(searchIndexSchema).min(1, "must list at least one index"),
});
// ---------------------------------------------------------------- the file
const configSchema = schemas/* strictObject */.rej({
    version: schemas/* literal */.euz(1, { error: "version must be 1" }),
    /** Used in tags and generated names. */
    project: schemas/* string */.YjP().regex(/^[a-z0-9][a-z0-9-]{0,30}$/, "must be lowercase letters, digits or '-' (at most 31)"),
    aws: awsSchema.optional(),
    database: databaseSchema.optional(),
    services: schemas/* array */.YOg(serviceSchema).default([]),
    loadBalancers: schemas/* array */.YOg(loadBalancerSchema).default([]),
    headerRouting: headerRoutingSchema.optional(),
    traffic: trafficSchema.default({ strategy: "all-at-once", bakeTime: 0, alarms: [] }),
    kafka: kafkaSchema.optional(),
    search: searchSchema.optional(),
})
    .superRefine(checkReferences);
function checkReferences(config, ctx) {
    const names = new Map();
    config.services.forEach((service, index) => {
        const first = names.get(service.name);
        if (first !== undefined) {
            ctx.addIssue({
                code: "custom",
                path: ["services", index, "name"],
                message: `'${service.name}' is already used by services[${first}]`,
            });
        }
        else
            names.set(service.name, index);
    });
    const routed = new Set();
    const forwardActions = new Map();
    config.loadBalancers.forEach((lb, lbIndex) => {
        const listenerKey = "arn" in lb.listener ? lb.listener.arn : `${lb.listener.loadBalancer}:${lb.listener.port}`;
        lb.routes.forEach((route, routeIndex) => {
            const path = ["loadBalancers", lbIndex, "routes", routeIndex];
            if (!names.has(route.service)) {
                ctx.addIssue({
                    code: "custom",
                    path: [...path, "service"],
                    message: `no service named '${route.service}' (services: ${[...names.keys()].join(", ") || "none"})`,
                });
            }
            routed.add(route.service);
            const ruleKey = route.rule === "default" ? "default" : "priority" in route.rule ? `priority ${route.rule.priority}` : route.rule.arn;
            const key = `${listenerKey} ${ruleKey}`;
            const other = forwardActions.get(key);
            if (other !== undefined) {
                ctx.addIssue({ code: "custom", path: [...path, "rule"], message: `the same listener rule is already routed at ${other}` });
            }
            else
                forwardActions.set(key, `loadBalancers[${lbIndex}].routes[${routeIndex}]`);
        });
    });
    config.services.forEach((service, index) => {
        if (!routed.has(service.name)) {
            ctx.addIssue({
                code: "custom",
                path: ["services", index],
                message: `service '${service.name}' is not routed by any loadBalancers[].routes entry, so it could never take traffic`,
            });
        }
    });
    if (config.services.length > 0 && config.aws === undefined) {
        ctx.addIssue({ code: "custom", path: ["aws"], message: "is required when services are listed (at least { region })" });
    }
    config.search?.indices.forEach((index, i) => {
        if (index.source.type === "kafka" && config.kafka === undefined) {
            ctx.addIssue({
                code: "custom",
                path: ["search", "indices", i, "source"],
                message: "a kafka source needs the top-level kafka section (brokers)",
            });
        }
    });
    const indexNames = new Set();
    config.search?.indices.forEach((index, i) => {
        if (indexNames.has(index.name))
            ctx.addIssue({ code: "custom", path: ["search", "indices", i, "name"], message: `'${index.name}' is listed twice` });
        indexNames.add(index.name);
    });
}

;// CONCATENATED MODULE: ./src/config/secrets.ts
/** Every config value that is a credential, plus the password inside the database URL. */
function secretValues(config) {
    const values = [];
    if (config.database) {
        values.push(config.database.url);
        const password = passwordInUrl(config.database.url);
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
function passwordInUrl(url) {
    try {
        const password = new URL(url).password;
        return password === "" ? undefined : decodeURIComponent(password);
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/config/load.ts








/** Parses and validates config text. Pure apart from reading `env`; throws InputError listing every problem. */
function parseConfig(text, source, env) {
    const document = (0,dist/* parseDocument */.Tp)(text, { prettyErrors: true, uniqueKeys: true });
    if (document.errors.length > 0) {
        const problems = document.errors.map((e) => `${source}: ${e.message.split("\n")[0]}`);
        throw new errors/* InputError */.dz(`${source} is not valid YAML`, problems);
    }
    if (!(0,dist/* isMap */.jh)(document.contents)) {
        throw new errors/* InputError */.dz(`${source}: the file must be a YAML mapping with at least 'version' and 'project'`);
    }
    const substituted = substituteEnv(document.toJS(), env);
    const parsed = configSchema.safeParse(substituted.value, { reportInput: true });
    const schemaProblems = parsed.success ? [] : formatIssues(parsed.error.issues);
    const problems = [
        ...substituted.problems,
        ...schemaProblems.filter((p) => ![...substituted.unresolvedPaths].some((path) => p.startsWith(`${path}:`))),
    ];
    if (problems.length > 0 || !parsed.success) {
        throw new errors/* InputError */.dz(`${source} is not valid (${problems.length} problem${problems.length === 1 ? "" : "s"})`, problems);
    }
    return { path: source, config: parsed.data, secrets: secretValues(parsed.data) };
}
async function loadConfig(path, env) {
    let text;
    try {
        text = await (0,promises_.readFile)(path, "utf8");
    }
    catch (error) {
        const code = error.code;
        const why = code === "ENOENT" ? "no such file" : code === "EACCES" ? "permission denied" : String(code ?? error);
        throw new errors/* InputError */.dz(`config file '${path}' cannot be read: ${why} (set it with --config)`);
    }
    const loaded = parseConfig(text, path, env);
    const problems = await checkFileReferences(loaded.config, path);
    if (problems.length > 0) {
        throw new errors/* InputError */.dz(`${path} names files that are not usable (${problems.length} problem${problems.length === 1 ? "" : "s"})`, problems);
    }
    return loaded;
}

;// CONCATENATED MODULE: ./src/traffic/step-plan.ts
function planTrafficSteps(traffic) {
    const weights = [];
    switch (traffic.strategy) {
        case "all-at-once":
            weights.push({ weight: 100, bakeMs: traffic.bakeTime });
            break;
        case "canary":
            for (const step of traffic.steps ?? []) {
                if (typeof step === "number")
                    weights.push({ weight: step, bakeMs: traffic.bakeTime });
                else
                    weights.push({ weight: step.weight, bakeMs: step.bake ?? traffic.bakeTime });
            }
            break;
        case "linear": {
            const increment = traffic.increment ?? 100;
            for (let w = increment; w < 100; w += increment)
                weights.push({ weight: w, bakeMs: traffic.bakeTime });
            weights.push({ weight: 100, bakeMs: traffic.bakeTime });
            break;
        }
    }
    const steps = [];
    for (const { weight, bakeMs } of weights) {
        steps.push({ type: "set-weight", weight });
        // a bake with no time and no alarms watches nothing; leave it out
        if (bakeMs > 0 || traffic.alarms.length > 0)
            steps.push({ type: "bake", durationMs: bakeMs, alarms: traffic.alarms });
    }
    return steps;
}
/** The steps still ahead when green already carries `currentWeight`. */
function remainingSteps(steps, currentWeight) {
    const firstAhead = steps.findIndex((s) => s.type === "set-weight" && s.weight > currentWeight);
    return firstAhead === -1 ? [] : steps.slice(firstAhead);
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/release/naming.ts

/**
 * Names for what cutover creates. Target group names allow 32 characters, so the release is
 * folded into a short hash there; the full release label always goes into the tags.
 */
function releaseHash(release) {
    return (0,external_node_crypto_.createHash)("sha256").update(release).digest("hex").slice(0, 7);
}
/** `<service>-<hash>`: at most 24 + 1 + 7 = 32 characters. */
function greenTargetGroupName(service, release) {
    return `${service.slice(0, 24).replace(/-+$/, "")}-${releaseHash(release)}`;
}
/** ECS service and ASG names allow 255 characters: keep the release readable. */
function greenResourceName(blueName, release) {
    const slug = release.replace(/[^A-Za-z0-9-]/g, "-").slice(0, 64);
    return `${blueName.slice(0, 180)}-${slug}`;
}

;// CONCATENATED MODULE: ./src/release/release-plan.ts



function planRelease(config, options) {
    const unknown = options.services.filter((name) => !config.services.some((s) => s.name === name));
    if (unknown.length > 0) {
        throw new errors/* InputError */.dz(`--service names a service that is not in the config`, unknown.map((n) => `--service: no service named '${n}' (services: ${config.services.map((s) => s.name).join(", ") || "none"})`));
    }
    const selected = (name) => options.services.length === 0 || options.services.includes(name);
    const release = options.release ?? "next";
    return {
        project: config.project,
        release,
        releaseNamed: options.release !== undefined,
        database: config.database && {
            schema: config.database.schema,
            command: config.database.prisma.command,
            safety: config.database.safety.mode,
        },
        services: config.services.filter((s) => selected(s.name)).map((s) => greenService(s, release, options.image)),
        routes: config.loadBalancers.flatMap((lb) => lb.routes.filter((r) => selected(r.service)).map((r) => routeStage(config, lb, r))),
        traffic: {
            strategy: config.traffic.strategy,
            steps: planTrafficSteps(config.traffic),
            stickinessMs: config.traffic.stickiness?.enabled ? config.traffic.stickiness.duration : undefined,
        },
        search: (config.search?.indices ?? []).map(indexStage),
    };
}
function greenService(service, release, image) {
    switch (service.type) {
        case "ecs":
            return {
                type: "ecs",
                name: service.name,
                cluster: service.cluster,
                blue: service.service,
                green: greenResourceName(service.service, release),
                image: image ?? service.image,
                desiredCount: service.desiredCount,
                targetGroup: greenTargetGroupName(service.name, release),
            };
        case "asg":
            return {
                type: "asg",
                name: service.name,
                blue: service.autoScalingGroup,
                green: greenResourceName(service.autoScalingGroup, release),
                capacity: service.capacity === "match-blue"
                    ? "match-blue"
                    : `min ${service.capacity.min}, desired ${service.capacity.desired}, max ${service.capacity.max}`,
                targetGroup: greenTargetGroupName(service.name, release),
            };
        case "target-group":
            return { type: "target-group", name: service.name, pair: service.targetGroups, minHealthyTargets: service.minHealthyTargets };
    }
}
function describeListener(lb) {
    return "arn" in lb.listener ? lb.listener.arn : `${lb.listener.loadBalancer}:${lb.listener.port}`;
}
function describeRule(route) {
    if (route.rule === "default")
        return "default action";
    return "priority" in route.rule ? `rule priority ${route.rule.priority}` : route.rule.arn;
}
function routeStage(config, lb, route) {
    const header = config.headerRouting;
    const headerRules = header && route.headerRouting
        ? [
            { header: header.header, values: header.green, to: "green" },
            ...(header.blue.length > 0 ? [{ header: header.header, values: header.blue, to: "blue" }] : []),
        ]
        : [];
    return { loadBalancer: lb.name, listener: describeListener(lb), rule: describeRule(route), service: route.service, headerRules };
}
function indexStage(index) {
    const { read, write } = index.aliases;
    const source = index.source.type === "index"
        ? `reindex from ${index.source.index ?? `the index behind ${read}`}${index.source.script ? " with a script" : ""}`
        : `Kafka: full load from ${index.source.fullTopic}, catch-up from ${index.source.incrementalTopic}`;
    const phases = [
        {
            phase: "create",
            does: `create ${index.name}_<timestamp>${index.mappings ? ` with mappings from ${index.mappings}` : ""}, bulk-load settings`,
        },
        {
            phase: "load",
            does: index.source.type === "index"
                ? `_reindex from ${index.source.index ?? read}${index.source.script ? " (script applied)" : ""}`
                : `read ${index.source.fullTopic} from the beginning to its end offsets`,
        },
        ...(index.source.type === "kafka"
            ? [{ phase: "catch-up", does: `replay ${index.source.incrementalTopic} from the offsets taken when the load began until caught up` }]
            : []),
        {
            phase: "switch-read",
            does: index.readWeight === 100 ? `move ${read} to the new index` : `send ${index.readWeight}% of searches on ${read} to the new index`,
        },
        {
            phase: "switch-write",
            does: `move ${write} to the new index (${index.writeSwitch === "auto" ? "automatically once validation passes" : "on request"})`,
        },
        { phase: "cleanup", does: `delete the old index once it has been out of use for the retention period` },
    ];
    return { name: index.name, readAlias: read, writeAlias: write, source, phases };
}

// EXTERNAL MODULE: ./src/report/report.ts
var report_report = __webpack_require__(8850);
;// CONCATENATED MODULE: ./src/release/render-plan.ts


function renderReleasePlan(plan) {
    const report = new report_report/* Report */.pl();
    if (!plan.releaseNamed)
        report.text("No release label given (--release or a pushed tag); names below use 'next'.");
    report.heading("1. migrate-db");
    if (plan.database) {
        report.list([
            `check the migrations beside ${plan.database.schema} for blue/green safety (${plan.database.safety})`,
            `apply them: ${plan.database.command.join(" ")} migrate deploy`,
        ]);
    }
    else
        report.text("no database section: skipped");
    report.heading("2. deploy-green");
    if (plan.services.length === 0)
        report.text("no services: skipped");
    report.table(["service", "type", "blue", "green", "details"], plan.services.map(serviceRow));
    if (plan.routes.length === 0) {
        report.heading("3-5. verify, switch-traffic, promote");
        report.text("no load balancers: skipped");
    }
    else {
        report.heading("3. verify");
        const headerRoutes = plan.routes.filter((r) => r.headerRules.length > 0);
        report.list(headerRoutes.length > 0
            ? headerRoutes.map((r) => `${r.loadBalancer} ${r.rule}: ${r.headerRules.map((h) => `${h.header}: ${h.values.join("|")} → ${h.to}`).join("; ")}`)
            : ["wait for every green target to be healthy (no header routing configured)"]);
        report.heading(`4. switch-traffic (${plan.traffic.strategy})`);
        report.table(["load balancer", "listener", "rule", "service"], plan.routes.map((r) => [r.loadBalancer, r.listener, r.rule, r.service]));
        report.list(plan.traffic.steps.map(describeStep));
        if (plan.traffic.stickinessMs !== undefined)
            report.text(`target group stickiness on the forward action: ${formatDuration(plan.traffic.stickinessMs)}`);
        report.heading("5. promote");
        report.list(["green becomes the live side at 100%; header rules point at it", "blue is kept for rollback until the next release"]);
    }
    if (plan.search.length > 0) {
        report.heading("search indices (es-reindex)");
        for (const index of plan.search) {
            report.text(`${index.name}: ${index.source}; read alias ${index.readAlias}, write alias ${index.writeAlias}`);
            report.list(index.phases.map((p) => `${p.phase}: ${p.does}`));
        }
    }
    return report;
}
function serviceRow(service) {
    switch (service.type) {
        case "ecs":
            return [
                service.name,
                "ECS",
                `${service.cluster}/${service.blue}`,
                service.green,
                `target group ${service.targetGroup}; image ${service.image ?? "from --image"}; count ${service.desiredCount}`,
            ];
        case "asg":
            return [service.name, "ASG", service.blue, service.green, `target group ${service.targetGroup}; capacity ${service.capacity}`];
        case "target-group":
            return [
                service.name,
                "target groups",
                "the one with traffic",
                "the other",
                `${service.pair.join(" / ")}; ≥${service.minHealthyTargets} healthy`,
            ];
    }
}
function describeStep(step) {
    if (step.type === "set-weight")
        return `green ${step.weight}%, blue ${100 - step.weight}%`;
    const watch = step.alarms.length > 0 ? `, watching ${step.alarms.join(", ")}` : "";
    return `bake ${formatDuration(step.durationMs)}${watch}`;
}

;// CONCATENATED MODULE: ./src/cli/commands/plan/index.ts



/** `cutover plan`: validate the config and show the whole release. It never changes anything. */
async function run({ settings, host, env }) {
    const loaded = await loadConfig(settings.configPath, env);
    for (const secret of loaded.secrets)
        host.maskSecret(secret);
    const plan = planRelease(loaded.config, { release: settings.release, services: settings.services, image: undefined });
    const counts = `${plan.services.length} service(s), ${plan.routes.length} route(s), ${plan.search.length} index(es)`;
    return {
        headline: `Release plan for ${plan.project} ${plan.release} (${settings.configPath}): ${counts}`,
        report: renderReleasePlan(plan),
        outputs: {},
        data: plan,
    };
}


/***/ })

};
