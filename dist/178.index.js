export const id = 178;
export const ids = [178];
export const modules = {

/***/ 178:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./src/aws/observe-estate.ts + 9 modules
var observe_estate = __webpack_require__(37025);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/report/report.ts
var report = __webpack_require__(88850);
;// CONCATENATED MODULE: ./src/verify/smoke-checks.ts
/**
 * Smoke checks of green, before production traffic moves: which HTTP requests to send (each one
 * carrying the green header, so the ALB's header rule routes it to green) and how to judge what
 * comes back. Pure: the probe that sends them lives in http-probe.ts.
 */
function planSmokeRequests(checks, targets) {
    return targets.flatMap((target) => checks.map((check) => ({
        name: targets.length > 1 ? `${check.name} via ${target.label}` : check.name,
        url: joinUrl(target.baseUrl, check.path),
        method: check.method,
        // the green header last, so a check's own headers can never route it elsewhere
        headers: { ...check.headers, ...(target.greenHeader ? { [target.greenHeader.name]: target.greenHeader.value } : {}) },
        body: check.body,
        timeoutMs: check.timeoutMs,
        retries: check.retries,
        expect: check.expect,
    })));
}
function joinUrl(base, path) {
    return `${base.replace(/\/+$/, "")}${path.startsWith("/") ? path : `/${path}`}`;
}
/** Undefined when the response passes; otherwise the first thing that did not match. */
function firstMismatch(response, expect) {
    if (!expect.status.includes(response.status)) {
        return `status ${response.status}, expected ${expect.status.join(" or ")}`;
    }
    if (expect.bodyContains !== undefined && !response.body.includes(expect.bodyContains)) {
        return `the body does not contain '${expect.bodyContains}' (${describeBody(response.body)})`;
    }
    if (expect.json !== undefined) {
        let parsed;
        try {
            parsed = JSON.parse(response.body);
        }
        catch {
            return `the body is not JSON (${describeBody(response.body)})`;
        }
        const found = jsonAt(parsed, expect.json.path);
        if (!found.present)
            return `the JSON body has no field '${expect.json.path}'`;
        if (found.value !== expect.json.equals) {
            return `JSON field '${expect.json.path}' is ${JSON.stringify(found.value)}, expected ${JSON.stringify(expect.json.equals)}`;
        }
    }
    return undefined;
}
/** The first 80 characters, for a failure message. */
function describeBody(body) {
    if (body.length === 0)
        return "empty body";
    return body.length <= 80 ? `body: ${body}` : `body starts: ${body.slice(0, 80)}…`;
}
/** `a.b[2].c` into a value; `present` tells a missing field from a null one. */
function jsonAt(value, path) {
    let current = value;
    for (const part of path.split(/\.|(?=\[)/).filter((p) => p !== "")) {
        const index = /^\[(\d+)\]$/.exec(part);
        if (index) {
            if (!Array.isArray(current) || Number(index[1]) >= current.length)
                return { present: false };
            current = current[Number(index[1])];
        }
        else {
            if (current === null || typeof current !== "object" || Array.isArray(current) || !Object.hasOwn(current, part))
                return { present: false };
            current = current[part];
        }
    }
    return { present: true, value: current };
}

;// CONCATENATED MODULE: ./src/verify/http-probe.ts

/** Bodies are read up to this size; a check only looks for a substring or one JSON field. */
const MAX_BODY_BYTES = 1024 * 1024;
async function probeAll(requests, options = {}) {
    return Promise.all(requests.map((request) => probe(request, options)));
}
async function probe(request, options = {}) {
    const sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    let pause = options.backoffMs ?? 500;
    let last;
    for (let attempt = 1; attempt <= request.retries + 1; attempt++) {
        if (attempt > 1) {
            await sleep(pause);
            pause = Math.min(pause * 2, 5000);
        }
        last = await attemptOnce(request, options.fetch ?? fetch);
        if (last.ok)
            return { ...last, attempts: attempt };
    }
    return { ...last, attempts: request.retries + 1 };
}
async function attemptOnce(request, fetchFn) {
    const started = performance.now();
    const base = { name: request.name, method: request.method, url: request.url };
    try {
        const response = await fetchFn(request.url, {
            method: request.method,
            headers: request.headers,
            body: request.body,
            // a redirect is an answer to judge, not something to follow to another host
            redirect: "manual",
            signal: AbortSignal.timeout(request.timeoutMs),
        });
        const body = await readLimited(response);
        const latencyMs = Math.round(performance.now() - started);
        const detail = firstMismatch({ status: response.status, body }, request.expect);
        return { ...base, ok: detail === undefined, status: response.status, latencyMs, detail };
    }
    catch (error) {
        const latencyMs = Math.round(performance.now() - started);
        return { ...base, ok: false, status: undefined, latencyMs, detail: describeFailure(error, request.timeoutMs) };
    }
}
async function readLimited(response) {
    if (!response.body)
        return "";
    const reader = response.body.getReader();
    const chunks = [];
    let size = 0;
    while (size < MAX_BODY_BYTES) {
        const { done, value } = await reader.read();
        if (done)
            break;
        chunks.push(value);
        size += value.byteLength;
    }
    await reader.cancel().catch(() => undefined);
    return Buffer.concat(chunks).toString("utf8").slice(0, MAX_BODY_BYTES);
}
function describeFailure(error, timeoutMs) {
    if (error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError")) {
        return `no answer within ${timeoutMs} ms`;
    }
    const cause = error instanceof Error ? error.cause : undefined;
    // fetch says only "fetch failed"; the reason (ECONNREFUSED, a bad port, TLS) is in its cause
    if (cause?.code)
        return `${cause.code}${cause.message ? `: ${cause.message}` : ""}`;
    if (cause?.message)
        return cause.message;
    return error instanceof Error ? error.message : String(error);
}

// EXTERNAL MODULE: ./src/traffic/estate.ts
var estate = __webpack_require__(61361);
// EXTERNAL MODULE: ./src/traffic/routing/route-paths.ts + 1 modules
var route_paths = __webpack_require__(87781);
;// CONCATENATED MODULE: ./src/verify/verify-plan.ts



function planVerify(config, routes, selectedServices) {
    const selected = routes.filter((r) => selectedServices.length === 0 || selectedServices.includes(r.service));
    const refusals = [];
    const preconditions = selected.map((route) => {
        const checked = checkRoute(config, route);
        refusals.push(...checked.refusals);
        return checked.row;
    });
    const verify = config.verify;
    const requests = verify ? verify.checks.flatMap((check) => requestsFor(config, verify, check, selected, refusals)) : [];
    return { refusals, preconditions, requests };
}
function checkRoute(config, route) {
    const refusals = [];
    const label = (0,estate/* routeLabel */.qA)(route);
    const green = route.green;
    if (!green || !green.attached)
        refusals.push(`${label}: no green target group is attached; run deploy-green first`);
    else if (green.health.healthy === 0)
        refusals.push(`${label}: green ${green.name} has no healthy target (${green.health.total} registered)`);
    const wantsHeader = config.headerRouting !== undefined && routeWantsHeader(config, route);
    const greenRule = route.headerRules.find((rule) => rule.colour === "green");
    if (wantsHeader && !greenRule)
        refusals.push(`${label}: no green header rule; run deploy-green first`);
    else if (wantsHeader && green)
        // where the ALB sends green-header requests, by its rule order: the smoke checks only mean something if that is green
        refusals.push(...(0,route_paths/* routingMismatches */.ti)(route, config.headerRouting, { green: { targetGroupArn: green.arn } }).filter((p) => !p.includes("plain requests")));
    return {
        refusals,
        row: {
            route: label,
            green: green ? `${green.name}${green.attached ? "" : " (not attached)"}` : "none",
            healthy: green ? `${green.health.healthy}/${green.health.total}` : "-",
            headerRule: !wantsHeader ? "not configured" : greenRule ? `priority ${String(greenRule.priority)}` : "missing",
        },
    };
}
function routeWantsHeader(config, route) {
    const lb = config.loadBalancers.find((l) => l.name === route.loadBalancer);
    const entry = lb?.routes.find((r) => r.service === route.service);
    return entry?.headerRouting ?? true;
}
function requestsFor(config, verify, check, routes, refusals) {
    const matching = routes.filter((r) => (check.service === undefined || r.service === check.service) &&
        (check.loadBalancer === undefined || r.loadBalancer === check.loadBalancer));
    // one request per load balancer: the path decides which of its rules answers
    const byLoadBalancer = new Map();
    for (const route of matching)
        if (!byLoadBalancer.has(route.loadBalancer))
            byLoadBalancer.set(route.loadBalancer, route);
    const header = config.headerRouting;
    const greenHeader = header ? { name: header.header, value: header.green[0] ?? "green" } : undefined;
    const targets = [];
    for (const route of byLoadBalancer.values()) {
        const baseUrl = check.baseUrl ?? verify.baseUrl ?? loadBalancerUrl(route);
        if (baseUrl === undefined) {
            refusals.push(`verify check '${check.name}': ${route.loadBalancer} has no DNS name; set verify.baseUrl`);
            continue;
        }
        if (!greenHeader && check.baseUrl === undefined && verify.baseUrl === undefined) {
            refusals.push(`verify check '${check.name}': without headerRouting a request to ${route.loadBalancer} would reach blue; ` +
                "configure headerRouting, or give a baseUrl that reaches green");
            continue;
        }
        targets.push({ label: route.loadBalancer, baseUrl, greenHeader });
    }
    const smoke = {
        name: check.name,
        path: check.path,
        method: check.method,
        headers: check.headers,
        body: check.body,
        timeoutMs: check.timeout ?? verify.timeout,
        retries: check.retries ?? verify.retries,
        expect: {
            status: typeof check.expect.status === "number" ? [check.expect.status] : check.expect.status,
            bodyContains: check.expect.bodyContains,
            json: check.expect.json,
        },
    };
    return planSmokeRequests([smoke], targets);
}
/** `http(s)://<DNS name>[:port]`, from the listener's protocol and port. */
function loadBalancerUrl(route) {
    if (!route.dnsName)
        return undefined;
    const https = route.listener.protocol === "HTTPS";
    const port = route.listener.port;
    const defaultPort = https ? 443 : 80;
    return `${https ? "https" : "http"}://${route.dnsName}${port === defaultPort ? "" : `:${port}`}`;
}

;// CONCATENATED MODULE: ./src/cli/commands/verify/index.ts





/**
 * `cutover verify`: before any production traffic moves, check that each green side exists, is
 * healthy and is reachable through its green header rule, then send the configured smoke requests
 * through that route. Every check runs; any failure is exit 1 with nothing switched.
 */
async function run({ settings, loaded, host, env }) {
    const config = loaded.config;
    const { estate, calls } = await (0,observe_estate/* observeEstate */.pV)(config, { env, host, services: settings.services });
    const plan = planVerify(config, estate.routes, settings.services);
    const report = preconditionReport(plan);
    if (plan.refusals.length > 0)
        throw new errors/* RefusedError */.fk("green is not ready to verify", plan.refusals);
    if (settings.dryRun) {
        report.heading("requests (not sent: dry run)");
        report.table(["check", "request", "headers", "expect"], plan.requests.map((r) => [r.name, `${r.method} ${r.url}`, headerText(r.headers), r.expect.status.join("|")]));
        return {
            headline: `verify (dry run): ${plan.preconditions.length} route(s) ready, ${plan.requests.length} request(s) would be sent`,
            report,
            outputs: {},
            data: { preconditions: plan.preconditions, requests: plan.requests, awsCalls: calls },
        };
    }
    const results = await probeAll(plan.requests);
    report.heading("smoke checks");
    report.table(["check", "request", "result", "status", "latency", "attempts", "detail"], results.map(resultRow));
    for (const result of results)
        host.log.info(`${result.ok ? "OK" : "NG"} ${result.name}: ${result.method} ${result.url}${result.detail ? ` (${result.detail})` : ""}`);
    const failed = results.filter((r) => !r.ok);
    if (failed.length > 0) {
        throw new errors/* OperationError */.OK(`${failed.length} of ${results.length} smoke check(s) failed: ${failed.map((r) => `${r.name} (${r.detail ?? "failed"})`).join("; ")}`, { kind: "untouched" }, 
        // the summary keeps the table: which check failed, with what status and latency
        { partial: { report, data: { preconditions: plan.preconditions, results, awsCalls: calls } } });
    }
    const none = plan.requests.length === 0 ? " (no verify checks configured)" : "";
    return {
        headline: `verify: green is ready on ${plan.preconditions.length} route(s); ${results.length} smoke check(s) passed${none}`,
        report,
        outputs: { checks: String(results.length) },
        data: { preconditions: plan.preconditions, results, awsCalls: calls },
    };
}
function preconditionReport(plan) {
    return new report/* Report */.pl()
        .heading("green, route by route")
        .table(["route", "green", "healthy", "green header rule"], plan.preconditions.map((p) => [p.route, p.green, p.healthy, p.headerRule]))
        .list(plan.refusals.map((r) => `not ready: ${r}`));
}
function resultRow(r) {
    return [
        r.name,
        `${r.method} ${r.url}`,
        r.ok ? "OK" : "NG",
        r.status === undefined ? "-" : String(r.status),
        `${r.latencyMs} ms`,
        String(r.attempts),
        r.detail ?? "",
    ];
}
function headerText(headers) {
    return Object.entries(headers)
        .map(([k, v]) => `${k}: ${v}`)
        .join(", ");
}


/***/ }),

/***/ 41296:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LJ: () => (/* binding */ sameConditions),
/* harmony export */   Op: () => (/* binding */ targetLabel),
/* harmony export */   mB: () => (/* binding */ headerRuleDifferences)
/* harmony export */ });
/* harmony import */ var _estate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(61361);

/** Header rules compared and put in words: the planner decides from the differences, and the writer checks its writes with them. */
/**
 * What differs between a header rule as it is and as it should be, in words; empty when it is
 * right. The planner decides from it, and the writer checks its own writes with it.
 */
function headerRuleDifferences(desired, actual) {
    const out = [];
    if (actual.priority !== desired.priority)
        out.push({ aspect: "priority", text: `at priority ${String(actual.priority)}, wanted at ${desired.priority}` });
    if (!sameConditions(actual.conditions, desired.conditions))
        out.push({
            aspect: "conditions",
            text: `matches ${describeConditions(actual.conditions)}, wanted ${describeConditions(desired.conditions)}`,
        });
    if (!actionMatches(actual.action, desired.target))
        out.push({ aspect: "action", text: `${describeAction(actual.action)}, wanted ${targetLabel(desired.target)}` });
    const tagged = [
        actual.role === desired.role ? undefined : `role ${actual.role ?? "none"}`,
        actual.colour === desired.role ? undefined : `colour ${actual.colour ?? "none"}`,
        actual.release === desired.release ? undefined : `release ${actual.release ?? "none"}`,
    ].filter((t) => t !== undefined);
    if (tagged.length > 0)
        out.push({ aspect: "tags", text: `tagged ${tagged.join(", ")}, wanted ${desired.role} for release ${desired.release}` });
    return out;
}
function targetLabel(target) {
    return "targetGroupArn" in target ? (0,_estate_js__WEBPACK_IMPORTED_MODULE_0__/* .targetGroupNameFromArn */ .T8)(target.targetGroupArn) : `fixed ${target.fixedResponse.statusCode}`;
}
/** Conditions compared as the ALB reads them: order of conditions and values aside, header names in any case. */
function sameConditions(a, b) {
    const key = (c) => JSON.stringify([
        c.field,
        c.header?.toLowerCase() ?? "",
        [...(c.field === "query-string" ? (c.queryPairs ?? []).map((p) => `${p.key ?? ""}=${p.value}`) : c.values)].sort(),
        [...(c.regexValues ?? [])].sort(),
    ]);
    const norm = (list) => list.map(key).sort().join("\n");
    return norm(a) === norm(b);
}
function actionMatches(action, target) {
    if (!action)
        return false;
    if ("targetGroupArn" in target) {
        const [only, ...rest] = action.type === "forward" ? action.targetGroups : [];
        return rest.length === 0 && only?.arn === target.targetGroupArn && only.weight > 0;
    }
    return action.type === "fixed-response" && action.statusCode === target.fixedResponse.statusCode;
}
function describeAction(action) {
    if (!action)
        return "has no action";
    switch (action.type) {
        case "forward":
            return `forwards to ${action.targetGroups.map((tg) => (0,_estate_js__WEBPACK_IMPORTED_MODULE_0__/* .targetGroupNameFromArn */ .T8)(tg.arn)).join(", ") || "nothing"}`;
        case "fixed-response":
            return `answers fixed ${action.statusCode ?? "?"}`;
        default:
            return `does ${action.awsType}`;
    }
}
function describeConditions(conditions) {
    if (conditions.length === 0)
        return "everything";
    return conditions
        .map((c) => `${c.field}${c.header ? ` ${c.header}` : ""} ${[...c.values, ...(c.regexValues ?? [])].join("|")}`)
        .join(" and ");
}


/***/ }),

/***/ 67599:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TU: () => (/* binding */ implied),
/* harmony export */   nf: () => (/* binding */ disjoint)
/* harmony export */ });
/* unused harmony export patternsDisjoint */
/**
 * Whether two sets of ALB rule conditions can both hold for one request: a rule's conditions all
 * hold together (AND), the values of one condition are alternatives (OR). Pure, and conservative:
 * `disjoint` is true only when it can be proven, from literal path prefixes and suffixes, different
 * hosts, header values of the same header, or methods. Anything it cannot prove (query strings,
 * source IPs, regular expressions, two different headers) counts as overlapping.
 */
function disjoint(a, b) {
    for (const x of a) {
        for (const y of b) {
            if (x.field !== y.field)
                continue;
            if (x.field === "http-header" && (x.header ?? "").toLowerCase() !== (y.header ?? "").toLowerCase())
                continue;
            if (valuesDisjoint(x, y))
                return true;
        }
    }
    return false;
}
/** Every value of one condition against every value of the other: disjoint only if no pair can meet. */
function valuesDisjoint(x, y) {
    // a regular expression or a query-string pair can match what a literal cannot show
    if ((x.regexValues?.length ?? 0) > 0 || (y.regexValues?.length ?? 0) > 0)
        return false;
    if (x.values.length === 0 || y.values.length === 0)
        return false;
    switch (x.field) {
        case "path-pattern":
            return x.values.every((p) => y.values.every((q) => patternsDisjoint(p, q, false)));
        case "host-header":
        case "http-header":
            // hosts and header values are compared without regard to case
            return x.values.every((p) => y.values.every((q) => patternsDisjoint(p, q, true)));
        case "http-request-method":
            return !x.values.some((m) => y.values.includes(m));
        default:
            return false;
    }
}
/**
 * Two ALB patterns (`*` any run of characters, `?` one character) with no string matching both:
 * their literal starts (before the first wildcard) or literal ends (after the last) contradict.
 */
function patternsDisjoint(p, q, ignoreCase) {
    const [a, b] = ignoreCase ? [p.toLowerCase(), q.toLowerCase()] : [p, q];
    const literal = (s) => !/[*?]/.test(s);
    if (literal(a) && literal(b))
        return a !== b;
    const start = (s) => s.slice(0, s.search(/[*?]|$/));
    const end = (s) => {
        const last = Math.max(s.lastIndexOf("*"), s.lastIndexOf("?"));
        return last < 0 ? s : s.slice(last + 1);
    };
    const [sa, sb] = [start(a), start(b)];
    if (!sa.startsWith(sb) && !sb.startsWith(sa))
        return true;
    const [ea, eb] = [end(a), end(b)];
    return !ea.endsWith(eb) && !eb.endsWith(ea);
}
/**
 * Whether every request meeting `have` meets `rule` too: each of the rule's conditions is one of
 * `have`'s, with `have`'s values among the rule's (then the rule certainly takes such a request).
 */
function implied(rule, have) {
    return rule.every((c) => have.some((h) => {
        if (h.field !== c.field)
            return false;
        if (c.field === "http-header" && (c.header ?? "").toLowerCase() !== (h.header ?? "").toLowerCase())
            return false;
        if ((c.regexValues?.length ?? 0) > 0 || (h.regexValues?.length ?? 0) > 0)
            return false;
        const fold = c.field === "path-pattern" || c.field === "query-string" ? (s) => s : (s) => s.toLowerCase();
        const ruleValues = new Set(c.values.map(fold));
        return h.values.length > 0 && h.values.every((v) => ruleValues.has(fold(v)));
    }));
}


/***/ }),

/***/ 87781:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  aC: () => (/* binding */ describeDestination),
  Cp: () => (/* binding */ routePaths),
  ti: () => (/* binding */ routingMismatches)
});

// UNUSED EXPORTS: kindsOf, ruleName

// EXTERNAL MODULE: ./src/traffic/estate.ts
var estate = __webpack_require__(61361);
// EXTERNAL MODULE: ./src/traffic/header-rules/describe.ts
var describe = __webpack_require__(41296);
// EXTERNAL MODULE: ./src/traffic/routing/condition-overlap.ts
var condition_overlap = __webpack_require__(67599);
;// CONCATENATED MODULE: ./src/traffic/routing/request-paths.ts

function orderedRules(rules) {
    const rank = (r) => (r.priority === "default" ? Number.POSITIVE_INFINITY : r.priority);
    return [...rules].sort((a, b) => rank(a) - rank(b));
}
function pathOf(rules, kind) {
    const absent = new Set(kind.absentHeaders.map((h) => h.toLowerCase()));
    const shadowedBy = [];
    for (const rule of orderedRules(rules)) {
        const needsAbsent = rule.conditions.some((c) => c.field === "http-header" && absent.has((c.header ?? "").toLowerCase()));
        if (needsAbsent || (0,condition_overlap/* disjoint */.nf)(rule.conditions, kind.conditions))
            continue;
        if ((0,condition_overlap/* implied */.TU)(rule.conditions, kind.conditions))
            return { rule, shadowedBy };
        shadowedBy.push(rule);
    }
    return { rule: undefined, shadowedBy };
}

;// CONCATENATED MODULE: ./src/traffic/routing/route-paths.ts



function kindsOf(route, header) {
    const own = route.rule.conditions;
    const kinds = [
        { kind: "plain", request: { conditions: own, absentHeaders: header ? [header.header] : [] } },
    ];
    if (!header)
        return kinds;
    const withHeader = (values) => ({
        conditions: [...own, { field: "http-header", header: header.header, values }],
        absentHeaders: [],
    });
    kinds.push({ kind: "green header", request: withHeader(header.green) });
    if (header.blue.length > 0)
        kinds.push({ kind: "blue header", request: withHeader(header.blue) });
    return kinds;
}
function routePaths(route, header) {
    return kindsOf(route, header).map(({ kind, request }) => {
        const path = pathOf(route.listenerRules, request);
        return { kind, rule: path.rule, destination: describeDestination(path.rule?.action), shadowedBy: path.shadowedBy };
    });
}
function describeDestination(action) {
    if (!action)
        return "nowhere";
    switch (action.type) {
        case "forward": {
            const live = action.targetGroups.filter((tg) => tg.weight > 0);
            if (live.length === 1 && live[0])
                return (0,estate/* targetGroupNameFromArn */.T8)(live[0].arn);
            return live.map((tg) => `${(0,estate/* targetGroupNameFromArn */.T8)(tg.arn)}=${tg.weight}`).join(" ") || "no weight anywhere";
        }
        case "fixed-response":
            return `fixed ${action.statusCode ?? "?"}`;
        default:
            return action.awsType;
    }
}
/**
 * Where the ALB, by its rule order, sends a kind of request elsewhere than intended, in words; empty
 * when all is as intended. A rule shadowing a header kind is a mismatch (some of those requests would
 * not reach cutover's rule); one shadowing plain requests was there before and is not cutover's to judge.
 */
function routingMismatches(route, header, intent) {
    const label = (0,estate/* routeLabel */.qA)(route);
    const out = [];
    const paths = routePaths(route, header);
    // rules that take some of the route's requests before its own rule, header or not, were there
    // before cutover; so are header rules with exactly their conditions (another route's, placed by them)
    const before = paths.find((p) => p.kind === "plain")?.shadowedBy ?? [];
    const preExisting = (rule) => before.some((b) => b.arn === rule.arn || (header !== undefined && (0,describe/* sameConditions */.LJ)(withoutHeader(rule.conditions, header.header), b.conditions)));
    for (const path of paths) {
        if (path.kind === "plain") {
            if (path.rule?.arn !== route.rule.arn)
                out.push(`${label}: plain requests reach ${ruleName(path.rule)}, not the route's own rule`);
            continue;
        }
        const target = path.kind === "green header" ? intent.green : intent.blue;
        if (!target)
            continue;
        const wanted = "targetGroupArn" in target ? (0,estate/* targetGroupNameFromArn */.T8)(target.targetGroupArn) : `fixed ${target.fixedResponse.statusCode}`;
        if (path.destination !== wanted)
            out.push(`${label}: ${path.kind} requests reach ${path.destination} through ${ruleName(path.rule)}, intended ${wanted}`);
        for (const shadow of path.shadowedBy.filter((s) => !preExisting(s)))
            out.push(`${label}: ${ruleName(shadow)} takes some ${path.kind} requests first (${describeDestination(shadow.action)})`);
    }
    return out;
}
function ruleName(rule) {
    if (!rule)
        return "no rule";
    if (rule.priority === "default")
        return "the default action";
    return `rule ${rule.priority}${rule.role ? ` (cutover's ${rule.role} header rule)` : ""}`;
}
function withoutHeader(conditions, header) {
    return conditions.filter((c) => !(c.field === "http-header" && (c.header ?? "").toLowerCase() === header.toLowerCase()));
}


/***/ })

};
