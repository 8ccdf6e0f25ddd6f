export const id = 874;
export const ids = [874];
export const modules = {

/***/ 82187:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ ensureHeaderRules)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _traffic_estate_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(61361);
/* harmony import */ var _traffic_header_rules_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(24286);
/* harmony import */ var _aws_call_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(57613);




async function ensureHeaderRules(elb, plans) {
    const rows = [];
    const written = [];
    for (const plan of plans) {
        for (const change of plan.changes) {
            const ruleArn = await named(plan.route, apply(elb, change));
            if (change.kind !== "keep")
                written.push({ plan, change, ruleArn });
            rows.push({
                route: plan.route,
                role: change.role,
                header: change.header,
                values: change.values.join("|"),
                priority: change.priority,
                target: change.target,
                action: change.kind === "create" ? "created" : change.kind === "modify" ? "modified" : "kept",
                detail: change.kind === "modify" ? change.reasons.join("; ") : undefined,
                ruleArn,
            });
        }
    }
    await verify(elb, written);
    return {
        rows,
        skipped: plans.flatMap((p) => (p.skipped === undefined ? [] : [{ route: p.route, reason: p.skipped }])),
        notes: plans.flatMap((p) => p.notes.map((n) => `${p.route}: ${n}`)),
    };
}
/** Sends one change; returns the rule's ARN. */
async function apply(elb, change) {
    switch (change.kind) {
        case "keep":
            return change.ruleArn;
        case "create":
            return (await elb.createRule(change.createRule)).arn;
        case "modify":
            // the priority first: it is the one change that can fail on a race (PriorityInUse) before anything else moved
            if (change.setRulePriorities)
                await elb.setRulePriorities(change.setRulePriorities);
            if (change.modifyRule)
                await elb.modifyRule(change.modifyRule);
            if (change.addTags)
                await elb.addTags(change.addTags);
            return change.ruleArn;
    }
}
async function verify(elb, written) {
    if (written.length === 0)
        return;
    const arns = written.map((w) => w.ruleArn);
    const [rules, tags] = await Promise.all([elb.rulesByArn(arns), elb.tags(arns)]);
    const problems = written.flatMap(({ plan, change, ruleArn }) => {
        const rule = rules.get(ruleArn);
        const where = `${plan.route}: ${change.role} header rule (priority ${change.priority})`;
        if (!rule)
            return [`${where} no longer exists`];
        return (0,_traffic_header_rules_index_js__WEBPACK_IMPORTED_MODULE_2__/* .headerRuleDifferences */ .mB)(change.desired, readBack(rule, tags.get(ruleArn) ?? {})).map((d) => `${where} ${d.text}`);
    });
    if (problems.length > 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OperationError */ .OK(`${problems.length} header rule(s) do not read back as written: ${problems.join("; ")}`, {
            kind: "resumable",
            detail: "the header rules stay as AWS has them; run the command again to plan from what is there",
        });
}
function readBack(rule, tags) {
    return (0,_traffic_estate_js__WEBPACK_IMPORTED_MODULE_1__/* .headerRule */ ._H)({ ...rule, tags });
}
/** AWS errors name the route as the config does: `CreateRule on alb-ks default action (priority 1 on ...)`. */
async function named(route, pending) {
    try {
        return await pending;
    }
    catch (error) {
        throw error instanceof _aws_call_js__WEBPACK_IMPORTED_MODULE_3__/* .AwsError */ .Gy ? error.about(route) : error;
    }
}


/***/ }),

/***/ 57296:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ai: () => (/* binding */ releaseRunLock)
/* harmony export */ });
/* unused harmony exports takeCommandLock, stillHeld */
/* harmony import */ var _aws_aws_call_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57613);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _release_lock_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(59193);



/**
 * The release lock as a command takes it: never for a dry run (it changes nothing, so it neither
 * waits for nor blocks a release in progress), and an AWS failure while taking it is "could not take
 * the release lock", nothing changed. `takeOver` is rollback's: never blocked.
 */
async function takeCommandLock(options) {
    if (options.dryRun)
        return undefined;
    try {
        return await (0,_release_lock_js__WEBPACK_IMPORTED_MODULE_2__/* .acquireReleaseLock */ .RV)({
            config: options.config,
            aws: options.aws,
            env: options.env,
            now: options.now,
            command: options.command,
            // a rollback or a manual switch may run without a release label; the holder still says which command
            release: options.release ?? "(no release label)",
            breakLock: options.breakLock,
            takeOver: options.takeOver ?? false,
            log: options.host.log,
        });
    }
    catch (error) {
        if (error instanceof _aws_aws_call_js__WEBPACK_IMPORTED_MODULE_0__/* .AwsError */ .Gy)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .OperationError */ .OK(`could not take the release lock: ${error.message}`, { kind: "untouched" }, { cause: error });
        throw error;
    }
}
/** Whether the lock is still this run's; false once another run (a rollback) took it over. */
async function stillHeld(lock) {
    if (!lock)
        return true;
    try {
        await lock.check();
        return true;
    }
    catch (error) {
        if (error instanceof LockLostError)
            return false;
        throw error;
    }
}
/** The release lock as the apply loop takes it (src/run/): just before the first change, never for a dry run. */
function releaseRunLock(options) {
    return {
        acquire: async () => {
            const lock = await takeCommandLock({ ...options, dryRun: false });
            if (!lock)
                throw new Error("the release lock was not taken");
            return lock;
        },
    };
}


/***/ }),

/***/ 24286:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  mB: () => (/* reexport */ headerRuleDifferences),
  xt: () => (/* reexport */ planHeaderRulesForRoutes)
});

// UNUSED EXPORTS: ALB_RULE_LIMITS, headerRuleTags, placeHeaderRules, planHeaderRules, targetLabel

// EXTERNAL MODULE: ./src/traffic/estate.ts
var estate = __webpack_require__(61361);
;// CONCATENATED MODULE: ./src/traffic/header-rules/describe.ts

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
    return "targetGroupArn" in target ? (0,estate/* targetGroupNameFromArn */.T8)(target.targetGroupArn) : `fixed ${target.fixedResponse.statusCode}`;
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
            return `forwards to ${action.targetGroups.map((tg) => (0,estate/* targetGroupNameFromArn */.T8)(tg.arn)).join(", ") || "nothing"}`;
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

;// CONCATENATED MODULE: ./src/traffic/header-rules/limits.ts
/** ALB limits on one rule (Quotas for your Application Load Balancers; rule condition types). */
const ALB_RULE_LIMITS = {
    /** Match evaluations per condition: at most three strings in one http-header condition. */
    valuesPerCondition: 3,
    /** Condition values (match evaluations) across every condition of a rule. */
    valuesPerRule: 5,
    /** `*` and `?` across the values of a rule. */
    wildcardsPerRule: 5,
    /** Rules per load balancer, the default rules apart; one listener's count is all the plan sees. */
    rulesPerListener: 100,
    maxPriority: 50_000,
};

;// CONCATENATED MODULE: ./src/traffic/header-rules/placement.ts

function placeHeaderRules(request) {
    const { routePriority, configured } = request;
    // everything on the listener, and what other routes of this run will add
    const taken = new Set([...request.listenerPriorities, ...request.planned]);
    const placed = new Map();
    for (const { role, current } of request.roles) {
        const valid = current !== undefined &&
            (configured === "auto" ? routePriority === "default" || current < routePriority : current === configured[role]);
        if (valid)
            placed.set(role, current);
    }
    const used = new Set(placed.values());
    const isFree = (p) => !taken.has(p) && !used.has(p);
    const missing = request.roles.map((r) => r.role).filter((role) => !placed.has(role));
    if (configured !== "auto") {
        const reasons = [];
        for (const role of missing) {
            const wanted = configured[role];
            if (routePriority !== "default" && wanted >= routePriority)
                reasons.push(`headerRouting.priorities.${role} is ${wanted}, not below the route's rule ${routePriority}: the ALB would never reach the header rule`);
            else if (!isFree(wanted))
                reasons.push(`headerRouting.priorities.${role} is ${wanted}, which another rule on the listener holds ` +
                    "(the configured pair serves every route; with several header-routed routes on one listener, use auto)");
            else {
                placed.set(role, wanted);
                used.add(wanted);
            }
        }
        return reasons.length > 0 ? { kind: "refused", reasons } : { kind: "placed", priorities: placed };
    }
    if (missing.length === 0)
        return { kind: "placed", priorities: placed };
    const gap = gapBeforeRoute(request);
    const free = freePriorities(gap, missing.length, isFree);
    if (free.length < missing.length)
        return {
            kind: "refused",
            reasons: [
                `no free priority ${gap.description} for ${missing.length === 1 ? `its ${missing[0]} header rule` : "its header rules"} ` +
                    `(${missing.length} needed, ${free.length} free): a header rule must be evaluated after the rules before the route and ` +
                    "before the route's own rule; free priorities there, or set headerRouting.priorities: { green: N, blue: M }",
            ],
        };
    missing.forEach((role, i) => placed.set(role, free[i] ?? 0));
    return { kind: "placed", priorities: placed };
}
/**
 * The gap: after the nearest rule that is not the route's own (nor one of its header rules), up to
 * the route's rule, nearest the route's rule first. An empty gap is searched in its own direction
 * too, so it yields nothing rather than a priority outside it (0, or one past the ALB's highest).
 */
function gapBeforeRoute(request) {
    const { routePriority } = request;
    const own = new Set(request.ownPriorities);
    const others = [...request.listenerPriorities, ...request.planned].filter((p) => !own.has(p) && p !== routePriority);
    if (routePriority === "default") {
        const last = Math.max(0, ...others);
        return {
            from: last + 1,
            to: request.maxPriority ?? ALB_RULE_LIMITS.maxPriority,
            step: 1,
            description: `after the listener's last rule (${last})`,
        };
    }
    const before = Math.max(0, ...others.filter((p) => p < routePriority));
    return {
        from: routePriority - 1,
        to: before + 1,
        step: -1,
        description: before === 0 ? `before rule ${routePriority}` : `between rule ${before} and rule ${routePriority}`,
    };
}
/** Up to `count` priorities of the gap, in its order, that `free` accepts. */
function freePriorities(gap, count, free) {
    const out = [];
    for (let p = gap.from; out.length < count && (gap.step > 0 ? p <= gap.to : p >= gap.to); p += gap.step)
        if (free(p))
            out.push(p);
    return out;
}

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/traffic/tags.ts
var tags = __webpack_require__(46944);
;// CONCATENATED MODULE: ./src/traffic/header-rules/bodies.ts
function createRuleBody(listenerArn, desired) {
    return {
        ListenerArn: listenerArn,
        Priority: desired.priority,
        Conditions: desired.conditions.map(conditionBody),
        Actions: [actionBody(desired.target)],
        Tags: tagBodies(desired.tags),
    };
}
function tagBodies(tags) {
    return Object.entries(tags).map(([Key, Value]) => ({ Key, Value }));
}
function actionBody(target) {
    if ("targetGroupArn" in target)
        return { Type: "forward", ForwardConfig: { TargetGroups: [{ TargetGroupArn: target.targetGroupArn, Weight: 1 }] } };
    const { statusCode, contentType, messageBody } = target.fixedResponse;
    return {
        Type: "fixed-response",
        FixedResponseConfig: {
            StatusCode: statusCode,
            ...(contentType === undefined ? {} : { ContentType: contentType }),
            ...(messageBody === undefined ? {} : { MessageBody: messageBody }),
        },
    };
}
function conditionBody(condition) {
    const values = condition.values.length > 0 ? { Values: [...condition.values] } : {};
    const regex = condition.regexValues && condition.regexValues.length > 0 ? { RegexValues: [...condition.regexValues] } : {};
    switch (condition.field) {
        case "http-header":
            return { Field: condition.field, HttpHeaderConfig: { HttpHeaderName: condition.header ?? "", ...values, ...regex } };
        case "path-pattern":
            return { Field: condition.field, PathPatternConfig: { ...values, ...regex } };
        case "host-header":
            return { Field: condition.field, HostHeaderConfig: { ...values, ...regex } };
        case "http-request-method":
            return { Field: condition.field, HttpRequestMethodConfig: { Values: [...condition.values] } };
        case "source-ip":
            return { Field: condition.field, SourceIpConfig: { Values: [...condition.values] } };
        case "query-string":
            return {
                Field: condition.field,
                QueryStringConfig: {
                    Values: (condition.queryPairs ?? []).map((p) => (p.key === undefined ? { Value: p.value } : { Key: p.key, Value: p.value })),
                },
            };
        default:
            // conditionProblems refuses any other field before a body is built
            throw new Error(`cannot write a ${condition.field} condition`);
    }
}

;// CONCATENATED MODULE: ./src/traffic/header-rules/checks.ts


/** Checks of the settings and of the route's rule against what an ALB takes, before anything is placed. */
/** Problems of the settings alone, whatever the estate: bad input (exit 2). */
function checkSettings(settings) {
    const problems = [];
    for (const role of ["green", "blue"]) {
        const values = settings[role];
        if (values.length > ALB_RULE_LIMITS.valuesPerCondition)
            problems.push(`headerRouting.${role}: ${values.length} values; an ALB http-header condition takes at most ${ALB_RULE_LIMITS.valuesPerCondition}`);
    }
    // ALB compares header values without regard to case
    const green = new Set(settings.green.map((v) => v.toLowerCase()));
    const both = settings.blue.filter((v) => green.has(v.toLowerCase()));
    if (both.length > 0)
        problems.push(`headerRouting: ${both.join(", ")} is both a green and a blue value; a request must pick one side`);
    if (problems.length > 0)
        throw new errors/* InputError */.dz(`headerRouting cannot be used as configured`, problems);
}
const COPYABLE = new Set(["path-pattern", "host-header", "http-request-method", "source-ip", "query-string", "http-header"]);
const WILDCARD_FIELDS = new Set(["path-pattern", "host-header", "http-header", "query-string"]);
function conditionProblems(route, header, conditions, role) {
    const problems = [];
    for (const c of route.rule.conditions) {
        if (!COPYABLE.has(c.field))
            problems.push(`its rule has a ${c.field} condition, which cutover cannot copy into a header rule`);
        if (c.field === "http-header" && c.header?.toLowerCase() === header.toLowerCase())
            problems.push(`its rule already matches on the ${header} header; a header rule would need both values at once`);
    }
    const values = conditions.reduce((n, c) => n + c.values.length + (c.regexValues?.length ?? 0), 0);
    if (values > ALB_RULE_LIMITS.valuesPerRule)
        problems.push(`the ${role} header rule would hold ${values} condition values (the rule's ${values - countHeaderValues(conditions)} and ` +
            `${countHeaderValues(conditions)} header values); an ALB rule takes at most ${ALB_RULE_LIMITS.valuesPerRule}`);
    const wildcards = conditions
        .filter((c) => WILDCARD_FIELDS.has(c.field))
        .flatMap((c) => c.values)
        .reduce((n, v) => n + (v.match(/(?<!\\)[*?]/g)?.length ?? 0), 0);
    if (wildcards > ALB_RULE_LIMITS.wildcardsPerRule)
        problems.push(`the ${role} header rule would hold ${wildcards} wildcards; an ALB rule takes at most ${ALB_RULE_LIMITS.wildcardsPerRule}`);
    return [...new Set(problems)];
}
function countHeaderValues(conditions) {
    const last = conditions[conditions.length - 1];
    return last ? last.values.length : 0;
}
function refused(label, reasons) {
    const named = reasons.map((r) => `${label}: ${r}`);
    return new errors/* RefusedError */.fk(`header rules for ${label}: ${reasons[0] ?? "refused"}; nothing was changed`, named);
}

;// CONCATENATED MODULE: ./src/traffic/header-rules/plan.ts








/**
 * The header rule changes for one route. Throws InputError when `headerRouting` itself cannot work
 * on an ALB, RefusedError when this route and listener leave no valid place or exceed a limit.
 */
function planHeaderRules(config, route, targets, release, context = {}) {
    const label = (0,estate/* routeLabel */.qA)(route);
    const base = { route: label, loadBalancer: route.loadBalancer, service: route.service, listenerArn: route.listener.arn };
    const settings = config.headerRouting;
    const existing = route.headerRules.filter((r) => r.role !== undefined);
    const leftAlone = existing.length > 0 ? [`${existing.length} existing header rule(s) left as they are`] : [];
    if (!settings)
        return { ...base, changes: [], skipped: "no headerRouting section in the config", notes: leftAlone };
    if (!routeWantsHeaders(config, route))
        return { ...base, changes: [], skipped: "the route says headerRouting: false", notes: leftAlone };
    checkSettings(settings);
    const roles = settings.blue.length > 0 ? ["green", "blue"] : ["green"];
    const valuesOf = (role) => (role === "green" ? settings.green : settings.blue);
    const conditionsOf = (role) => [
        ...route.rule.conditions,
        { field: "http-header", header: settings.header, values: valuesOf(role) },
    ];
    const refusals = roles.flatMap((role) => conditionProblems(route, settings.header, conditionsOf(role), role));
    if (refusals.length > 0)
        throw refused(label, refusals);
    // this route's own header rules, one per role; extras are reported, never touched
    const claimed = new Set(context.claimedRules ?? []);
    const own = existing.filter((r) => !claimed.has(r.arn) && typeof r.priority === "number");
    const notes = [];
    const current = new Map();
    for (const role of roles) {
        const candidates = own.filter((r) => r.role === role);
        const best = candidates.find((r) => sameConditions(r.conditions, conditionsOf(role))) ?? candidates[0];
        if (best)
            current.set(role, best);
        for (const extra of candidates.filter((r) => r !== best))
            notes.push(`header rule at priority ${String(extra.priority)} is a second ${role} header rule for this route; left as it is`);
    }
    if (settings.blue.length === 0)
        for (const stale of own.filter((r) => r.role === "blue"))
            notes.push(`blue header rule at priority ${String(stale.priority)} is left as it is: headerRouting.blue is empty`);
    const placement = placeHeaderRules({
        routePriority: route.rule.priority,
        listenerPriorities: route.listenerPriorities,
        planned: context.plannedPriorities ?? [],
        ownPriorities: own.flatMap((r) => (typeof r.priority === "number" ? [r.priority] : [])),
        roles: roles.map((role) => ({ role, current: numberOrUndefined(current.get(role)?.priority) })),
        configured: settings.priorities,
    });
    if (placement.kind === "refused")
        throw refused(label, placement.reasons);
    const priorities = placement.priorities;
    const ruleRelease = (role) => (context.keepRelease ? current.get(role)?.release : undefined) ?? release;
    const creates = roles.filter((role) => !current.has(role)).length;
    const ruleCount = route.listenerPriorities.length + (context.plannedPriorities?.length ?? 0) + creates;
    if (creates > 0 && ruleCount > ALB_RULE_LIMITS.rulesPerListener)
        throw refused(label, [
            `the listener would hold ${ruleCount} rules; an ALB takes at most ${ALB_RULE_LIMITS.rulesPerListener} besides its default rules`,
        ]);
    const changes = roles.map((role) => {
        const target = role === "green" ? targets.green : targets.blue;
        const desired = {
            role,
            priority: priorities.get(role) ?? 0,
            conditions: conditionsOf(role),
            target,
            release: ruleRelease(role),
            tags: headerRuleTags(config.project, route.service, ruleRelease(role), role),
        };
        const common = {
            role,
            header: settings.header,
            values: valuesOf(role),
            priority: desired.priority,
            target: targetLabel(target),
            desired,
        };
        const rule = current.get(role);
        return rule ? compare(common, rule) : { ...common, kind: "create", createRule: createRuleBody(route.listener.arn, desired) };
    });
    return { ...base, changes, notes };
}
/**
 * Plans several routes of one run together, so that routes sharing a listener never pick the same
 * priority or take the same existing rule. Every route's refusals are gathered into one RefusedError.
 */
function planHeaderRulesForRoutes(config, entries, release, options = {}) {
    const planned = new Map();
    const claimed = new Map();
    const reasons = [];
    const plans = [];
    for (const { route, targets } of entries) {
        const listener = route.listener.arn;
        try {
            const plan = planHeaderRules(config, route, targets, release, {
                plannedPriorities: planned.get(listener) ?? [],
                claimedRules: claimed.get(listener) ?? [],
                ...options,
            });
            plans.push(plan);
            // only new or moved priorities: a kept rule's is already among the listener's
            const added = plan.changes.flatMap((c) => (c.kind === "create" || (c.kind === "modify" && c.setRulePriorities) ? [c.priority] : []));
            planned.set(listener, [...(planned.get(listener) ?? []), ...added]);
            claimed.set(listener, [...(claimed.get(listener) ?? []), ...plan.changes.flatMap((c) => (c.kind === "create" ? [] : [c.ruleArn]))]);
        }
        catch (error) {
            if (!(error instanceof errors/* RefusedError */.fk))
                throw error;
            reasons.push(...error.reasons);
        }
    }
    if (reasons.length > 0)
        throw new errors/* RefusedError */.fk(`header rules: ${reasons.length} problem(s); nothing was changed`, reasons);
    return plans;
}
/** The tags of a header rule: cutover's usual ones, the colour being the role, plus the role marker. */
function headerRuleTags(project, service, release, role) {
    return { ...(0,tags/* cutoverTags */.kV)({ project, service, release, colour: role }), [tags/* TAG */.Dk.headerRule]: role };
}
function routeWantsHeaders(config, route) {
    const lb = config.loadBalancers.find((l) => l.name === route.loadBalancer);
    const entries = lb?.routes.filter((r) => r.service === route.service) ?? [];
    // one service on several rules of a load balancer: the entry naming this rule decides
    const entry = entries.find((r) => {
        if (r.rule === "default")
            return route.rule.priority === "default";
        return "priority" in r.rule ? r.rule.priority === route.rule.priority : r.rule.arn === route.rule.arn;
    }) ?? entries[0];
    return entry?.headerRouting ?? true;
}
function compare(common, rule) {
    const differences = headerRuleDifferences(common.desired, rule);
    if (differences.length === 0)
        return { ...common, kind: "keep", ruleArn: rule.arn };
    const has = (aspect) => differences.some((d) => d.aspect === aspect);
    const desired = common.desired;
    const modify = {
        RuleArn: rule.arn,
        ...(has("conditions") ? { Conditions: desired.conditions.map(conditionBody) } : {}),
        ...(has("action") ? { Actions: [actionBody(desired.target)] } : {}),
    };
    return {
        ...common,
        kind: "modify",
        ruleArn: rule.arn,
        reasons: differences.map((d) => d.text),
        ...(has("priority") ? { setRulePriorities: { RulePriorities: [{ RuleArn: rule.arn, Priority: desired.priority }] } } : {}),
        ...(has("conditions") || has("action") ? { modifyRule: modify } : {}),
        ...(has("tags") ? { addTags: { ResourceArns: [rule.arn], Tags: tagBodies(desired.tags) } } : {}),
    };
}
function numberOrUndefined(priority) {
    return typeof priority === "number" ? priority : undefined;
}

;// CONCATENATED MODULE: ./src/traffic/header-rules/index.ts
/**
 * Header routing rules (seed 002's `x-client-mode`), planned without AWS: per route, one rule that
 * sends the green header values to green and, when blue values are configured, one that sends the
 * blue values to blue. Each carries the route's own conditions plus the header, so it only ever
 * takes requests the route's rule would have taken, and sits where the ALB evaluates it first.
 *
 * Where they go is placement.ts's to decide, a pure allocator of priorities: in the gap just before
 * the route's rule (`headerRouting.priorities: auto`), or the configured pair once checked.
 *
 * Existing header rules are found by their tags (project and service, read by the estate reader, and
 * the `cutover:header-rule` role); one of the role, whatever release made it, is compared with what
 * is wanted and kept, retagged, moved or repointed: never duplicated. The target is a parameter, so
 * promote and rollback reuse the same plan to send the green header to a fixed 404 or to the new live
 * side.
 *
 * The plan holds the exact ELBv2 request bodies (CreateRule with its Tags, ModifyRule,
 * SetRulePriorities, AddTags; bodies.ts) so `--dry-run` prints what would be sent;
 * aws/header-rule-writer.ts sends them.
 */






/***/ })

};
