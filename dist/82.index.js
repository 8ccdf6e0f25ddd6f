export const id = 82;
export const ids = [82];
export const modules = {

/***/ 82187:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ ensureHeaderRules)
/* harmony export */ });
/* harmony import */ var _traffic_tags_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(46944);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _traffic_estate_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(61361);
/* harmony import */ var _traffic_header_rules_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(14278);
/* harmony import */ var _aws_call_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(57613);





async function ensureHeaderRules(elb, plans) {
    const rows = [];
    const written = [];
    for (const plan of plans) {
        await giveRoomOrMakeIt(elb, plan);
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
            return (await elb.write.createRule(change.createRule)).arn;
        case "modify":
            // the priority first: it is the one change that can fail on a race (PriorityInUse) before anything else moved
            if (change.setRulePriorities)
                await elb.write.setRulePriorities(change.setRulePriorities);
            if (change.modifyRule)
                await elb.write.modifyRule(change.modifyRule);
            if (change.addTags)
                await elb.write.addTags(change.addTags);
            if (change.removeTags)
                await elb.write.removeTags(change.removeTags.arns, change.removeTags.keys);
            return change.ruleArn;
    }
}
/**
 * Room for header rules: header rules in room that is given back are deleted first, then every move
 * goes in one SetRulePriorities call (atomic, so the order of the rules never breaks half-way), and
 * each moved rule's tag records or forgets its priority before.
 */
async function giveRoomOrMakeIt(elb, plan) {
    for (const gone of plan.deletes ?? [])
        await named(plan.route, elb.write.deleteRule(gone.ruleArn));
    const moves = plan.moves ?? [];
    const moving = moves.filter((m) => m.from !== m.to);
    if (moving.length > 0)
        await named(plan.route, elb.write.setRulePriorities({ RulePriorities: moving.map((m) => ({ RuleArn: m.ruleArn, Priority: m.to })) }));
    const made = moves.filter((m) => !m.back);
    if (made.length > 0)
        for (const m of made)
            await named(plan.route, elb.write.addTags({ ResourceArns: [m.ruleArn], Tags: [{ Key: _traffic_tags_js__WEBPACK_IMPORTED_MODULE_0__/* .TAG */ .Dk.originalPriority, Value: String(m.original) }] }));
    const back = moves.filter((m) => m.back).map((m) => m.ruleArn);
    if (back.length > 0)
        await named(plan.route, elb.write.removeTags(back, [_traffic_tags_js__WEBPACK_IMPORTED_MODULE_0__/* .TAG */ .Dk.originalPriority]));
}
async function verify(elb, written) {
    if (written.length === 0)
        return;
    const arns = written.map((w) => w.ruleArn);
    const [rules, tags] = await Promise.all([elb.read.rulesByArn(arns), elb.read.tags(arns)]);
    const problems = written.flatMap(({ plan, change, ruleArn }) => {
        const rule = rules.get(ruleArn);
        const where = `${plan.route}: ${change.role} header rule (priority ${change.priority})`;
        if (!rule)
            return [`${where} no longer exists`];
        return (0,_traffic_header_rules_index_js__WEBPACK_IMPORTED_MODULE_3__/* .headerRuleDifferences */ .mB)(change.desired, readBack(rule, tags.get(ruleArn) ?? {})).map((d) => `${where} ${d.text}`);
    });
    if (problems.length > 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .OperationError */ .OK(`${problems.length} header rule(s) do not read back as written: ${problems.join("; ")}`, {
            kind: "resumable",
            detail: "the header rules stay as AWS has them; run the command again to plan from what is there",
        });
}
function readBack(rule, tags) {
    return (0,_traffic_estate_js__WEBPACK_IMPORTED_MODULE_2__/* .headerRule */ ._H)({ ...rule, tags });
}
/** AWS errors name the route as the config does: `CreateRule on alb-ks default action (priority 1 on ...)`. */
async function named(route, pending) {
    try {
        return await pending;
    }
    catch (error) {
        throw error instanceof _aws_call_js__WEBPACK_IMPORTED_MODULE_4__/* .AwsError */ .Gy ? error.about(route) : error;
    }
}


/***/ }),

/***/ 57296:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ releaseRunLock)
/* harmony export */ });
/* unused harmony export takeCommandLock */
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

/***/ 6381:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ setForward)
/* harmony export */ });
/* harmony import */ var _traffic_forward_action_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9811);

/**
 * Makes one place's forward action exactly `forward`, through the one forward write there is: read
 * the place, write only when it differs (every other action kept as read), and check AWS's answer.
 * Returns whether it wrote.
 */
async function setForward(elb, place, forward) {
    const snapshot = (await elb.read.readForwards([place])).get(place.ruleArn);
    if (!snapshot?.forward)
        throw new Error(`${place.label} has no forward action to set`);
    if ((0,_traffic_forward_action_js__WEBPACK_IMPORTED_MODULE_0__/* .sameForward */ .W)(snapshot.forward, forward))
        return false;
    const answer = await elb.write.writeForward(place, snapshot, forward);
    if (!answer.forward || !(0,_traffic_forward_action_js__WEBPACK_IMPORTED_MODULE_0__/* .sameForward */ .W)(answer.forward, forward))
        throw new Error(`${place.label}: AWS answered the write with another forward action`);
    return true;
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

/***/ 14278:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  mB: () => (/* reexport */ describe/* headerRuleDifferences */.mB),
  xt: () => (/* reexport */ planHeaderRulesForRoutes)
});

// UNUSED EXPORTS: ALB_RULE_LIMITS, headerRuleTags, placeHeaderRules, planHeaderRules, targetLabel

// EXTERNAL MODULE: ./src/traffic/header-rules/describe.ts
var describe = __webpack_require__(41296);
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
    const canPass = request.canPass ?? (() => false);
    const own = new Set(request.ownPriorities);
    // everything on the listener, and what other routes of this run will add
    const taken = new Set([...request.listenerPriorities, ...request.planned]);
    const others = [...taken].filter((p) => !own.has(p) && p !== routePriority);
    const placed = new Map();
    /** Whether a header rule of `role` at `at` is reached before the route's rule by all it should take. */
    const clearUpTo = (role, at) => routePriority === "default"
        ? others.every((p) => p < at || canPass(role, p))
        : at < routePriority && others.every((p) => p <= at || p >= routePriority || canPass(role, p));
    for (const { role, current } of request.roles) {
        // an existing rule of a default-action route may stay wherever it is: it was put there on purpose
        const stays = (at) => routePriority === "default" || clearUpTo(role, at);
        const valid = current !== undefined && (configured === "auto" ? stays(current) : current === configured[role]);
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
            else if (routePriority !== "default" && !clearUpTo(role, wanted))
                reasons.push(`headerRouting.priorities.${role} is ${wanted}, before a rule that may take the same requests: the header rule would take them from it; use auto`);
            else {
                placed.set(role, wanted);
                used.add(wanted);
            }
        }
        return reasons.length > 0 ? { kind: "refused", reasons } : { kind: "placed", priorities: placed, moves: [] };
    }
    if (missing.length === 0)
        return { kind: "placed", priorities: placed, moves: [] };
    const max = request.maxPriority ?? ALB_RULE_LIMITS.maxPriority;
    const found = missing.map((role) => ({ role, at: candidates(request, role, clearUpTo, isFree, used, max) }));
    if (found.every((f) => f.at !== undefined)) {
        for (const f of found)
            placed.set(f.role, f.at);
        return { kind: "placed", priorities: placed, moves: [] };
    }
    if (request.makeRoom && routePriority !== "default") {
        const room = makeRoom(routePriority, missing.length, request, own, max);
        if (room) {
            missing.forEach((role, i) => placed.set(role, routePriority + i));
            return { kind: "placed", priorities: placed, moves: room };
        }
    }
    const last = Math.max(0, ...others);
    // the nearest rule below the route that a header rule may not pass
    const barrier = routePriority === "default"
        ? undefined
        : Math.max(0, ...others.filter((p) => p < routePriority && !missing.every((role) => canPass(role, p))));
    const where = routePriority === "default"
        ? `after the listener's last rule (${last})`
        : barrier
            ? `between rule ${barrier} and rule ${routePriority}`
            : `before rule ${routePriority}`;
    const free = found.filter((f) => f.at !== undefined).length;
    return {
        kind: "refused",
        reasons: [
            `no free priority ${where} for ${missing.length === 1 ? `its ${missing[0]} header rule` : "its header rules"} ` +
                `(${missing.length} needed, ${free} free): a header rule ` +
                "must be evaluated before the route's rule and may pass only rules that cannot take the same requests (other path " +
                "prefixes or hosts); free priorities there, or let cutover renumber the route's rule and those after it with " +
                "headerRouting.makeRoom: true (put back at promote and rollback)",
        ],
    };
}
/** The first free priority for a role, nearest the route's rule; each one found is taken. */
function candidates(request, role, clearUpTo, isFree, used, max) {
    const { routePriority } = request;
    if (routePriority === "default") {
        for (let p = Math.max(0, ...request.listenerPriorities, ...request.planned) + 1; p <= max; p++)
            if (isFree(p) && clearUpTo(role, p))
                return take(p);
        return undefined;
    }
    for (let p = routePriority - 1; p >= 1; p--) {
        if (!clearUpTo(role, p))
            return undefined;
        if (isFree(p))
            return take(p);
    }
    return undefined;
    function take(p) {
        used.add(p);
        return p;
    }
}
/**
 * The route's rule and the rules right after it, moved up by `count` as far as they are packed: the
 * gap opens at the route's own priority. Undefined when the last one would pass the ALB's maximum.
 */
function makeRoom(routePriority, count, request, own, max) {
    const moves = [];
    const existing = new Set(request.listenerPriorities);
    const after = [...new Set([...request.listenerPriorities, ...request.planned])]
        .filter((p) => p >= routePriority && !own.has(p))
        .sort((a, b) => a - b);
    let next = routePriority + count;
    for (const p of after) {
        if (p >= next)
            break;
        // a priority another route of this run only plans cannot be moved: it does not exist yet
        if (!existing.has(p))
            return undefined;
        moves.push({ from: p, to: next });
        next += 1;
    }
    return next - 1 > max ? undefined : moves;
}

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/traffic/estate.ts
var estate = __webpack_require__(61361);
// EXTERNAL MODULE: ./src/traffic/routing/condition-overlap.ts
var condition_overlap = __webpack_require__(67599);
;// CONCATENATED MODULE: ./src/traffic/routing/project-listener.ts
/**
 * The listener's rules as they will be once header rule plans are applied: moved rules at their new
 * priorities, created and changed header rules as planned. Pure; lets a plan be judged by where
 * requests would go before anything is sent.
 */
function projectListener(rules, plans) {
    const byArn = new Map(rules.map((r) => [r.arn, r]));
    for (const plan of plans) {
        for (const gone of plan.deletes ?? [])
            byArn.delete(gone.ruleArn);
        for (const move of plan.moves ?? []) {
            const rule = byArn.get(move.ruleArn);
            if (rule)
                byArn.set(move.ruleArn, { ...rule, priority: move.to });
        }
        for (const change of plan.changes) {
            const desired = change.desired;
            const projected = {
                priority: desired.priority,
                conditions: desired.conditions,
                action: actionOf(desired.target),
                role: desired.role,
                colour: desired.role,
                release: desired.release,
            };
            if (change.kind === "create") {
                const arn = `planned:${plan.route}:${change.role}`;
                byArn.set(arn, { arn, header: undefined, ...projected });
                continue;
            }
            const rule = byArn.get(change.ruleArn);
            if (rule)
                byArn.set(change.ruleArn, { ...rule, ...projected });
        }
    }
    return [...byArn.values()];
}
function actionOf(target) {
    return "targetGroupArn" in target
        ? { type: "forward", targetGroups: [{ arn: target.targetGroupArn, weight: 1 }], stickiness: undefined }
        : { type: "fixed-response", statusCode: target.fixedResponse.statusCode };
}

// EXTERNAL MODULE: ./src/traffic/routing/route-paths.ts + 1 modules
var route_paths = __webpack_require__(87781);
// EXTERNAL MODULE: ./src/traffic/tags.ts
var tags = __webpack_require__(46944);
;// CONCATENATED MODULE: ./src/traffic/header-rules/adoption.ts

/**
 * Header rules another tool made (seed 002's optional `x-client-mode: blue → tg-n` and
 * `x-client-mode: green → 404`): a rule on the route's listener with exactly the route's conditions
 * plus the header with exactly the role's values, evaluated before the route's rule, is taken over
 * as cutover's rule for that role. What it did is recorded (`cutover:adopted-from`) so a rollback
 * puts it back. Pure.
 */
/** Not cutover's rule, and not the route's own: a rule another tool made. */
function isForeign(rule, route) {
    return rule.role === undefined && rule.cutoverProject === undefined && rule.arn !== route.rule.arn;
}
function adoptable(route, conditions, taken) {
    const routePriority = route.rule.priority;
    return route.listenerRules.find((r) => isForeign(r, route) &&
        !taken.has(r.arn) &&
        typeof r.priority === "number" &&
        (routePriority === "default" || r.priority < routePriority) &&
        (0,describe/* sameConditions */.LJ)(r.conditions, conditions));
}
/** What a rule does, as the adopted-from tag records it; undefined for what cutover cannot put back. */
function encodeAdoptedFrom(rule) {
    const action = rule.action;
    if (action?.type === "fixed-response" && action.statusCode)
        return `fixed-response:${action.statusCode}`;
    if (action?.type === "forward") {
        const live = action.targetGroups.filter((tg) => tg.weight > 0);
        if (live.length === 1 && live[0] && action.targetGroups.length === 1)
            return `forward:${live[0].arn}`;
    }
    return undefined;
}
function decodeAdoptedFrom(value) {
    if (value?.startsWith("fixed-response:"))
        return { fixedResponse: { statusCode: value.slice("fixed-response:".length) } };
    if (value?.startsWith("forward:"))
        return { targetGroupArn: value.slice("forward:".length) };
    return undefined;
}
function describeForeign(rule) {
    return `rule ${String(rule.priority)} (${rule.arn.split("/").pop() ?? rule.arn})`;
}

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

;// CONCATENATED MODULE: ./src/traffic/header-rules/room.ts
function roomToGiveBack(route) {
    const moves = route.listenerRules.flatMap((r) => r.originalPriority !== undefined && typeof r.priority === "number"
        ? [{ ruleArn: r.arn, from: r.priority, to: r.originalPriority, back: true, original: r.originalPriority }]
        : []);
    const deletes = route.listenerRules.flatMap((r) => r.madeRoom && typeof r.priority === "number" ? [{ ruleArn: r.arn, role: r.role, priority: r.priority }] : []);
    return { moves, deletes };
}
/** The allocator's moves (by priority) as rule moves (by ARN). */
function movesOf(route, moves) {
    return moves.flatMap((m) => {
        const rule = route.listenerRules.find((r) => r.priority === m.from);
        return rule ? [{ ruleArn: rule.arn, from: m.from, to: m.to, back: false, original: rule.originalPriority ?? m.from }] : [];
    });
}
/** The route with the listener as it is once `moves` are made: for planning the next route on it. */
function withMoves(route, moves, gone = new Set()) {
    if (moves.length === 0 && gone.size === 0)
        return route;
    const to = new Map(moves.map((m) => [m.ruleArn, m]));
    // a rule moved earlier in the run keeps the priority it had first, as its tag will
    const moved = (r) => {
        const m = to.get(r.arn);
        if (!m)
            return r;
        return m.back
            ? { ...r, priority: m.to, originalPriority: undefined }
            : { ...r, priority: m.to, originalPriority: r.originalPriority ?? m.original };
    };
    const listenerRules = route.listenerRules.filter((r) => !gone.has(r.arn)).map(moved);
    return {
        ...route,
        rule: { ...route.rule, priority: to.get(route.rule.arn)?.to ?? route.rule.priority },
        listenerRules,
        headerRules: route.headerRules.filter((r) => !gone.has(r.arn)).map(moved),
        listenerPriorities: listenerRules.flatMap((r) => (typeof r.priority === "number" ? [r.priority] : [])),
    };
}

;// CONCATENATED MODULE: ./src/traffic/header-rules/plan.ts













/**
 * The header rule changes for one route. Throws InputError when `headerRouting` itself cannot work
 * on an ALB, RefusedError when this route and listener leave no valid place, exceed a limit, or
 * would leave a header request reaching anything but its target by the listener's rule order.
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
        // the one the ALB reaches first is the one that routes: the others are only reported
        const candidates = own.filter((r) => r.role === role).sort((a, b) => Number(a.priority) - Number(b.priority));
        const best = candidates.find((r) => (0,describe/* sameConditions */.LJ)(r.conditions, conditionsOf(role))) ?? candidates[0];
        if (best)
            current.set(role, best);
        for (const extra of candidates.filter((r) => r !== best))
            notes.push(`header rule at priority ${String(extra.priority)} is a second ${role} header rule for this route; left as it is`);
    }
    if (settings.blue.length === 0)
        for (const stale of own.filter((r) => r.role === "blue"))
            notes.push(`blue header rule at priority ${String(stale.priority)} is left as it is: headerRouting.blue is empty`);
    // a rule another tool made for exactly this (the route's conditions and the header) becomes cutover's
    const adopted = new Map();
    for (const role of roles) {
        if (current.has(role))
            continue;
        const rule = adoptable(route, conditionsOf(role), claimed);
        if (!rule)
            continue;
        const from = encodeAdoptedFrom(rule);
        if (!from)
            throw refused(label, [
                `${describeForeign(rule)} already sends ${role} header requests of this route elsewhere, in a way cutover cannot put back; change or remove it`,
            ]);
        current.set(role, rule);
        adopted.set(role, from);
        notes.push(`${describeForeign(rule)}, made by another tool for ${settings.header}: ${valuesOf(role).join("|")}, is taken over as the ${role} header rule`);
    }
    const routePriority = route.rule.priority;
    const placement = placeHeaderRules({
        routePriority,
        listenerPriorities: route.listenerPriorities,
        planned: context.plannedPriorities ?? [],
        ownPriorities: [...own, ...current.values()].flatMap((r) => (typeof r.priority === "number" ? [r.priority] : [])),
        roles: roles.map((role) => ({ role, current: numberOrUndefined(current.get(role)?.priority) })),
        configured: settings.priorities,
        canPass: (role, priority) => {
            // a rule not read (or not there) proves nothing
            const at = route.listenerRules.filter((r) => r.priority === priority);
            return at.length > 0 && at.every((r) => (0,condition_overlap/* disjoint */.nf)(r.conditions, conditionsOf(role)));
        },
        // room is made for a release (deploy-green), never by promote or rollback, which give it back
        makeRoom: settings.makeRoom && !context.giveRoomBack,
    });
    if (placement.kind === "refused" && context.giveRoomBack && settings.makeRoom && current.size === 0)
        return {
            ...base,
            changes: [],
            skipped: "no free priority for header rules without moving rules, which only a release's deploy-green does: header requests reach the route's rule",
            notes,
        };
    if (placement.kind === "refused")
        throw refused(label, placement.reasons);
    const priorities = placement.priorities;
    const moves = movesOf(route, placement.moves);
    const ruleRelease = (role) => (context.keepRelease ? current.get(role)?.release : undefined) ?? release;
    const creates = roles.filter((role) => !current.has(role)).length;
    const ruleCount = route.listenerPriorities.length + (context.plannedPriorities?.length ?? 0) + creates;
    if (creates > 0 && ruleCount > ALB_RULE_LIMITS.rulesPerListener)
        throw refused(label, [
            `the listener would hold ${ruleCount} rules; an ALB takes at most ${ALB_RULE_LIMITS.rulesPerListener} besides its default rules`,
        ]);
    const changes = roles.map((role) => {
        const rule = current.get(role);
        // a rollback puts a taken-over rule back to what it did
        const restored = context.restoreAdopted ? decodeAdoptedFrom(rule?.adoptedFrom) : undefined;
        const target = restored ?? (role === "green" ? targets.green : targets.blue);
        const adoptedFrom = adopted.get(role) ?? (context.settleAdoption ? undefined : rule?.adoptedFrom);
        const desired = {
            role,
            priority: priorities.get(role) ?? 0,
            conditions: conditionsOf(role),
            target,
            release: ruleRelease(role),
            tags: {
                ...headerRuleTags(config.project, route.service, ruleRelease(role), role),
                ...(adoptedFrom === undefined ? {} : { [tags/* TAG */.Dk.adoptedFrom]: adoptedFrom }),
                ...(moves.length > 0 || rule?.madeRoom ? { [tags/* TAG */.Dk.madeRoom]: "true" } : {}),
            },
        };
        const common = {
            role,
            header: settings.header,
            values: valuesOf(role),
            priority: desired.priority,
            target: (0,describe/* targetLabel */.Op)(target),
            desired,
        };
        if (!rule)
            return { ...common, kind: "create", createRule: createRuleBody(route.listener.arn, desired) };
        return compare(common, rule, context.settleAdoption && rule.adoptedFrom !== undefined ? [tags/* TAG */.Dk.adoptedFrom] : []);
    });
    const plan = { ...base, changes, notes, ...(moves.length > 0 ? { moves } : {}) };
    checkRouting(config, route, plan, label);
    return plan;
}
/**
 * Where header requests would go once the plan is applied, read in rule order: anything but the
 * planned target, or a rule of another tool taking some of them first, refuses the plan before any
 * change, naming the rules.
 */
function checkRouting(config, route, plan, label) {
    const settings = config.headerRouting;
    if (!settings)
        return;
    const moved = plan.moves?.find((m) => m.ruleArn === route.rule.arn);
    const after = {
        ...route,
        listenerRules: projectListener(route.listenerRules, [plan]),
        rule: moved ? { ...route.rule, priority: moved.to } : route.rule,
    };
    const target = (role) => plan.changes.find((c) => c.role === role)?.desired.target;
    const green = target("green");
    const blue = target("blue");
    const problems = (0,route_paths/* routingMismatches */.ti)(after, settings, { ...(green ? { green } : {}), ...(blue ? { blue } : {}) }).filter((p) => !p.includes("plain requests"));
    if (problems.length > 0)
        throw refused(label, [
            ...problems.map((p) => p.replace(`${label}: `, "")),
            "a rule another tool made matches these requests before cutover's header rule: move it after the route's rule, remove it, " +
                "or make its conditions exactly the route's plus the header (cutover then takes it over)",
        ]);
}
/**
 * Plans several routes of one run together, so that routes sharing a listener never pick the same
 * priority or take the same existing rule, and a route planned after room was made (or given back)
 * on its listener sees the listener as it will be. Every route's refusals are gathered into one
 * RefusedError.
 */
function planHeaderRulesForRoutes(config, entries, release, options = {}) {
    const planned = new Map();
    const claimed = new Map();
    const moved = new Map();
    const gone = new Map();
    const reasons = [];
    const plans = [];
    for (const { route: observed, targets } of entries) {
        const listener = observed.listener.arn;
        let back;
        if (options.giveRoomBack && !moved.has(listener)) {
            back = roomToGiveBack(observed);
            moved.set(listener, [...back.moves]);
            gone.set(listener, new Set(back.deletes.map((d) => d.ruleArn)));
        }
        const shifted = withMoves(observed, moved.get(listener) ?? [], gone.get(listener));
        // the header rules earlier routes of this run will create are rules on the listener too: what they may take decides placement
        const earlier = plans.filter((p) => p.listenerArn === listener).map((p) => ({ ...p, moves: [], deletes: [] }));
        const route = earlier.length > 0 ? { ...shifted, listenerRules: projectListener(shifted.listenerRules, earlier) } : shifted;
        // the room given back took this route's header rules with it: none are planned again
        if (options.giveRoomBack && observed.headerRules.some((r) => r.madeRoom)) {
            plans.push({
                route: (0,estate/* routeLabel */.qA)(observed),
                loadBalancer: observed.loadBalancer,
                service: observed.service,
                listenerArn: listener,
                changes: [],
                skipped: "the room made for its header rules is given back: they are removed, and header requests reach the route's rule",
                notes: [],
                ...(back && (back.moves.length > 0 || back.deletes.length > 0) ? { moves: back.moves, deletes: back.deletes } : {}),
            });
            continue;
        }
        try {
            const plan = planHeaderRules(config, route, targets, release, {
                plannedPriorities: planned.get(listener) ?? [],
                claimedRules: claimed.get(listener) ?? [],
                ...options,
            });
            const withBack = back && (back.moves.length > 0 || back.deletes.length > 0)
                ? { ...plan, moves: [...back.moves, ...(plan.moves ?? [])], deletes: back.deletes }
                : plan;
            plans.push(withBack);
            // only new or moved priorities: a kept rule's is already among the listener's
            const added = plan.changes.flatMap((c) => (c.kind === "create" || (c.kind === "modify" && c.setRulePriorities) ? [c.priority] : []));
            planned.set(listener, [...(planned.get(listener) ?? []), ...added]);
            claimed.set(listener, [...(claimed.get(listener) ?? []), ...plan.changes.flatMap((c) => (c.kind === "create" ? [] : [c.ruleArn]))]);
            if (plan.moves)
                moved.set(listener, [...(moved.get(listener) ?? []), ...plan.moves]);
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
function compare(common, rule, removeTags) {
    const differences = (0,describe/* headerRuleDifferences */.mB)(common.desired, rule);
    const extraTags = Object.entries(common.desired.tags).filter(([key]) => key === tags/* TAG */.Dk.adoptedFrom || key === tags/* TAG */.Dk.madeRoom);
    const tagsMissing = extraTags.some(([key, value]) => (key === tags/* TAG */.Dk.adoptedFrom ? rule.adoptedFrom !== value : !rule.madeRoom));
    if (differences.length === 0 && !tagsMissing && removeTags.length === 0)
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
        reasons: [
            ...differences.map((d) => d.text),
            ...(tagsMissing ? ["its taken-over or made-room tags are missing"] : []),
            ...(removeTags.length > 0 ? ["the release is promoted: what it did before is no longer kept"] : []),
        ],
        ...(has("priority") ? { setRulePriorities: { RulePriorities: [{ RuleArn: rule.arn, Priority: desired.priority }] } } : {}),
        ...(has("conditions") || has("action") ? { modifyRule: modify } : {}),
        ...(has("tags") || tagsMissing ? { addTags: { ResourceArns: [rule.arn], Tags: tagBodies(desired.tags) } } : {}),
        ...(removeTags.length > 0 ? { removeTags: { arns: [rule.arn], keys: [...removeTags] } } : {}),
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


/***/ }),

/***/ 40121:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ unmetIntent),
/* harmony export */   o: () => (/* binding */ intentOf)
/* harmony export */ });
/* harmony import */ var _estate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(61361);
/* harmony import */ var _routing_route_paths_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(87781);


/**
 * After promote or rollback applied its plan: does AWS now hold what the plan meant? Per route, the
 * forward action's weights and where each header rule sends requests, read back from the listener.
 * Pure. This, not a second plan from the new state, decides success: a plan recomputed afterwards
 * may legitimately see more to do (a standby that is now due), which is not a failure of this run.
 */
function unmetIntent(plan, routes, header) {
    const byRule = new Map(routes.map((r) => [r.rule.arn, r]));
    const skipped = new Set(plan.headerPlans.filter((p) => p.skipped !== undefined).map((p) => p.route));
    const unmet = [];
    for (const want of plan.intent) {
        const route = byRule.get(want.ruleArn);
        if (!route) {
            unmet.push(`${want.route}: not found when read again`);
            continue;
        }
        const wanted = weightsText(want.forward);
        const found = weightsText(route.forward?.targetGroups ?? []);
        if (wanted !== found)
            unmet.push(`${(0,_estate_js__WEBPACK_IMPORTED_MODULE_0__/* .routeLabel */ .qA)(route)}: forwards ${found || "nowhere"}, planned ${wanted}`);
        // where each kind of request goes, read in the listener's rule order, against what the header plan meant
        const headerPlan = plan.headerPlans.find((p) => p.route === want.route);
        if (header && headerPlan && !skipped.has(want.route))
            unmet.push(...(0,_routing_route_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .routingMismatches */ .ti)(route, header, intentOf(headerPlan)));
    }
    return unmet;
}
function weightsText(targetGroups) {
    return [...targetGroups]
        .map((tg) => `${(0,_estate_js__WEBPACK_IMPORTED_MODULE_0__/* .targetGroupNameFromArn */ .T8)(tg.arn)}=${tg.weight}`)
        .sort()
        .join(", ");
}
/** The targets a header plan meant for the route's header requests. */
function intentOf(plan) {
    const target = (role) => plan.changes.find((c) => c.role === role)?.desired.target;
    const green = target("green");
    const blue = target("blue");
    return { ...(green ? { green } : {}), ...(blue ? { blue } : {}) };
}


/***/ })

};
