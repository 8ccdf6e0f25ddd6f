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
;// CONCATENATED MODULE: ./src/traffic/render-estate.ts


/**
 * The routing table: one table per load balancer, two rows (blue, green) per rule, a third for the
 * standby a promote kept (with when it was promoted away), and one per other target group forwarded to.
 */
function renderEstate(estate) {
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
        report.list(routes.flatMap((r) => r.problems.map((p) => `${(0,traffic_estate/* routeLabel */.qA)(r)} (${r.service}): ${p}`)));
    }
    if (estate.alarms.length > 0) {
        report.heading("alarms");
        report.table(["alarm", "state"], estate.alarms.map((a) => [a.name, a.state]));
    }
    return report;
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
    const report = renderEstate(estate).text(`Read with ${calls.total} AWS API call${calls.total === 1 ? "" : "s"}.`);
    return {
        headline: `Status of ${estate.project} in ${estate.region}: ${summarise(estate)}`,
        report,
        outputs: {},
        data: { ...estate, awsCalls: calls },
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


/***/ })

};
