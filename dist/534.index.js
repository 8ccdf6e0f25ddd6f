export const id = 534;
export const ids = [534];
export const modules = {

/***/ 30534:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./src/aws/observe-estate.ts + 9 modules
var observe_estate = __webpack_require__(37025);
// EXTERNAL MODULE: ./src/report/report.ts
var report_report = __webpack_require__(88850);
// EXTERNAL MODULE: ./src/traffic/estate.ts
var traffic_estate = __webpack_require__(61361);
// EXTERNAL MODULE: ./src/traffic/routing/route-paths.ts + 1 modules
var route_paths = __webpack_require__(87781);
;// CONCATENATED MODULE: ./src/traffic/render-estate.ts



/**
 * The routing table: one table per load balancer, two rows (blue, green) per rule, a third for the
 * standby a promote kept (with when it was promoted away), and one per other target group forwarded to.
 */
function renderEstate(estate, header) {
    const report = new report_report/* Report */.pl();
    if (estate.routes.length === 0)
        report.text("No routes selected.");
    for (const routes of groupBy(estate.routes, (r) => r.loadBalancer)) {
        const first = routes[0];
        if (!first)
            continue;
        report.heading(`${first.loadBalancer}: ${first.loadBalancerName}:${first.listener.port}`);
        report.table(["rule", "service", "phase", "side", "target group", "traffic", "healthy", "release", "runs on"], routes.flatMap(routeRows));
        report.list(routes.flatMap((r) => r.headerRules.map((h) => `${ruleName(r)} header rule ${describeHeaderRule(h)}`)));
        renderPaths(report, routes, header);
        report.list(routes.flatMap((r) => r.problems.map((p) => `${(0,traffic_estate/* routeLabel */.qA)(r)} (${r.service}): ${p}`)));
    }
    if (estate.alarms.length > 0) {
        report.heading("alarms");
        report.table(["alarm", "state"], estate.alarms.map((a) => [a.name, a.state]));
    }
    return report;
}
/**
 * Where each kind of request goes on each route, read from the listener's rules in priority order,
 * and every rule that takes some of them before the rule that should.
 */
function renderPaths(report, routes, header) {
    const paths = routes.map((route) => ({ route, paths: (0,route_paths/* routePaths */.Cp)(route, header) }));
    const kinds = paths[0]?.paths.map((p) => p.kind) ?? [];
    report.table(["requests to", ...kinds], paths.map(({ route, paths: p }) => [ruleName(route), ...p.map((k) => `${k.destination} (${describeRule(k.rule)})`)]));
    report.list(paths.flatMap(({ route, paths: p }) => p.flatMap((k) => k.shadowedBy.map((s) => `${ruleName(route)}: ${describeRule(s)} takes some ${k.kind} requests first (${(0,route_paths/* describeDestination */.aC)(s.action)})`))));
}
function describeRule(rule) {
    if (!rule)
        return "no rule";
    if (rule.priority === "default")
        return "default action";
    return `rule ${rule.priority}${rule.role ? `, ${rule.role} header` : ""}`;
}
function describePhase(route) {
    return route.phase === "switching" ? `switching (green ${route.greenShare}%)` : route.phase;
}
function routeRows(route) {
    const standby = route.standby;
    // a pair's standby is also its green (the pair's other member): one row, labelled both ways
    const greenIsStandby = standby !== undefined && standby.arn === route.green?.arn;
    const sides = [
        ["blue", route.blue],
        [greenIsStandby ? `green, ${describeStandby(standby)}` : "green", route.green],
        ...(standby === undefined || greenIsStandby ? [] : [[describeStandby(standby), standby]]),
        ...route.others.map((tg) => ["other", tg]),
    ];
    return sides.map(([side, tg], i) => [
        i === 0 ? ruleName(route) : "",
        i === 0 ? route.service : "",
        i === 0 ? describePhase(route) : "",
        side,
        tg?.name ?? "-",
        tg === undefined ? "-" : tg.attached ? `${tg.share}%` : "not attached",
        tg === undefined ? "-" : describeHealth(tg),
        tg?.release ?? "-",
        tg?.backend ? describeBackend(tg.backend) : "-",
    ]);
}
/** `standby (promoted 2025-01-02T03:04:05.000Z)`: the side a rollback within `traffic.standby` goes back to. */
function describeStandby(standby) {
    return standby.tags.promotedAt === undefined ? "standby" : `standby (promoted ${standby.tags.promotedAt})`;
}
function ruleName(route) {
    if (route.rule.priority === "default")
        return "default";
    const conditions = route.rule.conditions.map(describeCondition).join(" ");
    return conditions === "" ? `${route.rule.priority}` : `${route.rule.priority} ${conditions}`;
}
function describeCondition(condition) {
    const values = [...condition.values, ...(condition.regexValues ?? []).map((r) => `~${r}`)].join("|");
    return condition.field === "http-header" ? `${condition.header}: ${values}` : `${condition.field} ${values}`;
}
function describeHealth(tg) {
    const { healthy, total, notHealthy } = tg.health;
    if (notHealthy.length === 0)
        return `${healthy}/${total}`;
    const reasons = new Map();
    for (const t of notHealthy) {
        const key = t.reason ? `${t.state} ${t.reason}` : t.state;
        reasons.set(key, (reasons.get(key) ?? 0) + 1);
    }
    return `${healthy}/${total} (${[...reasons].map(([k, n]) => `${n} ${k}`).join(", ")})`;
}
function describeBackend(backend) {
    if (backend.type === "ecs")
        return `ECS ${backend.name} ${backend.runningCount}/${backend.desiredCount} running`;
    const inService = backend.instances.filter((i) => i.lifecycleState === "InService").length;
    return `ASG ${backend.name} ${inService}/${backend.desiredCapacity} in service`;
}
function describeHeaderRule(rule) {
    const match = rule.header ? `${rule.header.name}: ${rule.header.values.join("|")}` : "(no header condition)";
    const action = rule.action;
    const to = action === undefined
        ? "no action"
        : action.type === "forward"
            ? action.targetGroups.map((tg) => `${targetGroupName(tg.arn)}${action.targetGroups.length > 1 ? ` (${tg.weight})` : ""}`).join(", ")
            : action.type === "fixed-response"
                ? `fixed ${action.statusCode ?? "response"}`
                : action.awsType;
    return `${rule.priority}${rule.colour ? ` (${rule.colour})` : ""}: ${match} → ${to}`;
}
function targetGroupName(arn) {
    return /:targetgroup\/([^/]+)\//.exec(arn)?.[1] ?? arn;
}
function groupBy(items, key) {
    const groups = new Map();
    for (const item of items)
        groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
    return [...groups.values()];
}

;// CONCATENATED MODULE: ./src/cli/commands/status/index.ts





/**
 * `cutover status`: which side is live on every route, the weights, health and releases, read from
 * AWS alone. Read-only, so it is safe at any time: mid-switch, after a crash, with --dry-run or not.
 */
async function run({ settings, loaded, host, env }) {
    const config = loaded.config;
    if (config.loadBalancers.length === 0) {
        const report = new report_report/* Report */.pl().text("The config lists no loadBalancers, so there is no traffic to show.");
        return {
            headline: `Status of ${config.project}: no load balancers`,
            report,
            outputs: {},
            data: { project: config.project, routes: [] },
        };
    }
    const { estate, calls } = await (0,observe_estate/* observeEstate */.pV)(config, { env, host, services: settings.services });
    host.log.debug(`AWS API calls: ${JSON.stringify(calls)}`);
    const report = renderEstate(estate, config.headerRouting).text(`Read with ${calls.total} AWS API call${calls.total === 1 ? "" : "s"}.`);
    return {
        headline: `Status of ${estate.project} in ${estate.region}: ${summarise(estate)}`,
        report,
        outputs: {},
        // where each kind of request goes, per route, as the listener's rule order has it
        data: {
            ...estate,
            paths: estate.routes.map((r) => ({
                route: (0,traffic_estate/* routeLabel */.qA)(r),
                requests: (0,route_paths/* routePaths */.Cp)(r, config.headerRouting).map((p) => ({
                    kind: p.kind,
                    destination: p.destination,
                    rule: p.rule?.priority ?? null,
                    shadowedBy: p.shadowedBy.map((s) => s.priority),
                })),
            })),
            awsCalls: calls,
        },
    };
}
function summarise(estate) {
    const loadBalancers = new Set(estate.routes.map((r) => r.loadBalancer)).size;
    const phases = new Map();
    for (const route of estate.routes)
        phases.set(describePhase(route), (phases.get(describePhase(route)) ?? 0) + 1);
    const problems = estate.routes.reduce((n, r) => n + r.problems.length, 0);
    return [
        `${estate.routes.length} route(s) on ${loadBalancers} load balancer(s)`,
        [...phases].map(([phase, n]) => `${n} ${phase}`).join(", "),
        ...(problems > 0 ? [`${problems} problem(s)`] : []),
    ]
        .filter((part) => part !== "")
        .join("; ");
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
