export const id = 93;
export const ids = [93];
export const modules = {

/***/ 75093:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./src/aws/observe-estate.ts + 5 modules
var observe_estate = __webpack_require__(98328);
// EXTERNAL MODULE: ./src/config/load.ts + 26 modules
var load = __webpack_require__(62701);
// EXTERNAL MODULE: ./src/deploy/wait-ready.ts + 1 modules
var wait_ready = __webpack_require__(18197);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/report/report.ts
var report_report = __webpack_require__(88850);
// EXTERNAL MODULE: ./src/traffic/forward-action.ts
var forward_action = __webpack_require__(9811);
// EXTERNAL MODULE: ./src/traffic/estate.ts
var estate = __webpack_require__(61361);
// EXTERNAL MODULE: ./src/traffic/step-plan.ts
var step_plan = __webpack_require__(53347);
;// CONCATENATED MODULE: ./src/traffic/switch-plan.ts


function planSwitch({ config, routes, to }) {
    const refusals = [];
    const planned = [];
    const shares = [];
    if (routes.length === 0)
        refusals.push("no route to switch: the config (or --service) selects no load balancer route");
    for (const route of routes) {
        const label = (0,estate/* routeLabel */.qA)(route);
        const why = unswitchable(route);
        if (why) {
            refusals.push(`${label} (${route.service}): ${why}`);
            continue;
        }
        // checked by unswitchable; narrowed again for the compiler
        if (!route.blue || !route.green || !route.forward)
            continue;
        shares.push({ label, share: route.greenShare });
        const service = config.services.find((s) => s.name === route.service);
        planned.push({
            label,
            service: route.service,
            place: { listenerArn: route.listener.arn, ruleArn: route.rule.arn, isDefault: route.rule.priority === "default", label },
            blue: { arn: route.blue.arn, name: route.blue.name },
            green: { arn: route.green.arn, name: route.green.name },
            health: service?.type === "target-group" ? { kind: "min-healthy", min: service.minHealthyTargets } : { kind: "all-healthy" },
            start: { targetGroups: route.forward.targetGroups, stickiness: route.forward.stickiness },
        });
    }
    const distinct = new Set(shares.map((s) => s.share));
    if (distinct.size > 1) {
        refusals.push(`the routes are at different green weights (${shares.map((s) => `${s.label}: ${s.share}%`).join(", ")}); ` +
            "bring them together with --to <weight> or `cutover rollback` first");
    }
    const from = shares[0]?.share ?? 0;
    if (refusals.length > 0)
        return { from, to: from, routes: planned, steps: [], alarms: config.traffic.alarms, refusals };
    const ahead = stepsAhead(config.traffic, from, to);
    const stickiness = configuredStickiness(config.traffic.stickiness);
    const steps = ahead.map((step) => step.type === "bake"
        ? { kind: "bake", durationMs: step.durationMs, alarms: step.alarms }
        : { kind: "set-weight", weight: step.weight, forwards: planned.map((r) => forwardAt(r, step.weight, stickiness)) });
    const last = [...steps].reverse().find((s) => s.kind === "set-weight");
    return { from, to: last?.kind === "set-weight" ? last.weight : from, routes: planned, steps, alarms: config.traffic.alarms, refusals };
}
/** The steps still ahead of `from`: the configured strategy resumed, or `--to`'s one weight (and its bake). */
function stepsAhead(traffic, from, to) {
    if (to === undefined)
        return (0,step_plan/* remainingSteps */._)((0,step_plan/* planTrafficSteps */.k)(traffic), from);
    if (to === from)
        return [];
    // the same bake rule as the strategy's steps: time or alarms to watch, else none
    const bake = traffic.bakeTime > 0 || traffic.alarms.length > 0 ? [{ type: "bake", durationMs: traffic.bakeTime, alarms: traffic.alarms }] : [];
    return [{ type: "set-weight", weight: to }, ...bake];
}
/** Why a route cannot take part, or undefined when it can. */
function unswitchable(route) {
    if (!route.forward)
        return "does not forward to target groups";
    if (!route.blue)
        return "no target group carries traffic, so there is no blue to move from";
    if (!route.green?.attached)
        return "no green is attached to the forward action: run `cutover deploy-green` first";
    if (route.others.length > 0)
        return `also forwards to ${route.others.map((o) => o.name).join(", ")}, which is neither blue nor green; remove it first`;
    return undefined;
}
/**
 * The route's forward action with green at `weight` and blue at the rest, in the order AWS lists
 * them (so an unchanged route compares equal). Stickiness: the config's when it has one, else as found.
 */
function forwardAt(route, weight, stickiness) {
    const weightOf = (tg) => (tg.arn === route.green.arn ? weight : 100 - weight);
    return {
        targetGroups: route.start.targetGroups.map((tg) => ({ arn: tg.arn, weight: weightOf(tg) })),
        stickiness: stickiness ?? route.start.stickiness,
    };
}
function configuredStickiness(sticky) {
    return sticky === undefined ? undefined : { enabled: sticky.enabled, durationSeconds: Math.round(sticky.duration / 1000) };
}
/** Target group weights as `name=weight` pairs, how drift and restore messages show a forward action. */
function describeWeights(forward, names) {
    return forward.targetGroups.map((tg) => `${names.get(tg.arn) ?? tg.arn}=${tg.weight}`).join(", ");
}
/** Same target groups at the same weights (order and stickiness aside): what the drift check compares. */
function sameWeights(a, b) {
    const key = (f) => [...f.targetGroups]
        .map((t) => `${t.arn}=${t.weight}`)
        .sort()
        .join(",");
    return key(a) === key(b);
}
/** The exact command that finishes what a failed restore left, for the operator to paste. */
function rollbackCommand(configPath, release) {
    return `cutover rollback --config ${configPath}${release === undefined ? "" : ` --release ${release}`}`;
}

// EXTERNAL MODULE: ./src/lock/command-lock.ts + 2 modules
var command_lock = __webpack_require__(54739);
// EXTERNAL MODULE: ./src/cli/command-table.ts
var command_table = __webpack_require__(17266);
// EXTERNAL MODULE: ./src/aws/aws-call.ts
var aws_call = __webpack_require__(57613);
;// CONCATENATED MODULE: ./src/cli/commands/switch-traffic/switch-traffic.ts



const NO_LOCK = { take: async () => undefined, stillHeld: async () => true };
/** Why the switch stopped part-way; caught below and turned into a restore and an exit code. */
class Stop extends Error {
    reason;
    problems;
    foreign;
    constructor(reason, message, problems = [message], 
    /** Routes whose weights someone else set: never written again by this run. */
    foreign = []) {
        super(message);
        this.reason = reason;
        this.problems = problems;
        this.foreign = foreign;
        this.name = "Stop";
    }
}
async function switchTraffic(plan, options, deps) {
    const lb = deps.aws.loadBalancing;
    const guard = deps.guard ?? NO_LOCK;
    const names = new Map(plan.routes.flatMap((r) => [[r.blue.arn, r.blue.name], [r.green.arn, r.green.name]]));
    /** What cutover set last on each route (at first: what it found), by rule ARN. */
    const expected = new Map(plan.routes.map((r) => [r.place.ruleArn, r.start]));
    /** Every forward this run wrote or was writing: a restore writes over these and nothing else. */
    const ours = new Map(plan.routes.map((r) => [r.place.ruleArn, [r.start]]));
    const rows = [];
    const stepCalls = [];
    let changed = false;
    let greenWeight = plan.from;
    const checks = async (needHealthyGreen) => {
        const found = await lb.readForwards(plan.routes.map((r) => r.place));
        const drift = [];
        const foreign = [];
        for (const route of plan.routes) {
            const now = found.get(route.place.ruleArn)?.forward;
            const want = expected.get(route.place.ruleArn) ?? route.start;
            if (now && sameWeights(now, want))
                continue;
            foreign.push(route.place.ruleArn);
            drift.push(`${route.label}: the weights are ${now ? describeWeights(now, names) : "gone (no forward action)"}, ` +
                `but cutover set ${describeWeights(want, names)}`);
        }
        if (drift.length > 0)
            throw new Stop("drift", `someone or something else changed the weights on ${drift.length} route(s)`, drift, foreign);
        const problems = [...(needHealthyGreen ? await unhealthyGreens(plan.routes, deps.aws) : []), ...(await alarmsFiring(plan, deps.aws))];
        if (problems.length > 0) {
            const alarm = problems.some((p) => p.startsWith("alarm "));
            throw new Stop(alarm ? "alarm" : "unhealthy", problems[0] ?? "a check failed", problems);
        }
        return found;
    };
    const stopIfAsked = () => {
        if (deps.signal.aborted)
            throw new Stop("interrupted", `interrupted (${reasonOf(deps.signal)}) at green ${greenWeight}%`);
    };
    // LOCK: take the release lock before the first change; a holder refuses the run here (exit 3), nothing changed.
    await guard.take();
    try {
        for (const [index, step] of plan.steps.entries()) {
            stopIfAsked();
            if (step.kind === "bake") {
                await bake(step, greenWeight > 0, checks, stopIfAsked, deps);
                continue;
            }
            // LOCK: still ours? A rollback that took the lock over owns the weights now: stop, touch nothing.
            if (!(await guard.stillHeld()))
                throw new Stop("taken-over", "the release lock was taken over (a rollback?) before the step to " + `${step.weight}%`);
            const before = deps.calls?.byAction() ?? {};
            const started = deps.clock.now();
            const snapshots = await checks(step.weight > 0);
            const number = plan.steps.slice(0, index + 1).filter((s) => s.kind === "set-weight").length;
            for (const [i, route] of plan.routes.entries()) {
                const forward = step.forwards[i];
                const snapshot = snapshots.get(route.place.ruleArn);
                if (!forward || !snapshot)
                    throw new Stop("check", `${route.label}: no longer found`);
                ours.get(route.place.ruleArn)?.push(forward);
                changed = true;
                const answer = await lb.writeForward(route.place, snapshot, forward);
                if (!answer.forward || !sameWeights(answer.forward, forward))
                    throw new Stop("check", `${route.label}: AWS answered the write with ${answer.forward ? describeWeights(answer.forward, names) : "no forward action"}, ` +
                        `not ${describeWeights(forward, names)}`);
                expected.set(route.place.ruleArn, forward);
                rows.push(row(route, number, step.weight, forward, deps.clock.now()));
            }
            greenWeight = step.weight;
            deps.log.info(`green at ${step.weight}% on ${plan.routes.length} route(s)`);
            if (deps.calls)
                stepCalls.push(countStep(number, step.weight, plan.routes.length, before, deps.calls.byAction(), started, deps.clock.now()));
        }
        return { rows, stepCalls, weight: greenWeight };
    }
    catch (error) {
        if (error instanceof Stop && error.reason === "taken-over")
            throw new errors/* OperationError */.OK(error.message, { kind: "resumable", detail: `the weights were left as they are (green at ${greenWeight}%) for whoever holds the lock` }, { cause: error });
        if (!changed)
            throw error instanceof Stop || error instanceof aws_call/* AwsError */.Gy ? beforeAnyChange(error) : error;
        const foreign = new Set(error instanceof Stop ? error.foreign : []);
        const restored = await restore(plan, ours, foreign, names, deps);
        throw afterRestore(error, restored, options, rows);
    }
}
/** Waits out a bake, looking every poll; never one long sleep, so an alarm or a signal is seen within a poll. */
async function bake(step, greenCarries, checks, stopIfAsked, deps) {
    const end = deps.clock.now() + step.durationMs;
    const poll = deps.pollMs ?? 5_000;
    for (;;) {
        await checks(greenCarries);
        const left = end - deps.clock.now();
        if (left <= 0)
            return;
        await deps.clock.sleep(Math.min(poll, left));
        stopIfAsked();
    }
}
async function unhealthyGreens(routes, aws) {
    const problems = [];
    for (const route of routes) {
        const targets = await aws.loadBalancing.targetHealth({ arn: route.green.arn, name: route.green.name });
        const healthy = targets.filter((t) => t.state === "healthy").length;
        const sick = targets.filter((t) => t.state !== "healthy").map((t) => `${t.id} ${t.state}${t.reason ? ` (${t.reason})` : ""}`);
        const enough = route.health.kind === "min-healthy" ? healthy >= route.health.min : healthy > 0 && sick.length === 0;
        if (!enough) {
            const need = route.health.kind === "min-healthy" ? `at least ${route.health.min}` : "all";
            problems.push(`${route.label}: green ${route.green.name} has ${healthy}/${targets.length} healthy target(s), needs ${need}` +
                (sick.length > 0 ? `: ${sick.join(", ")}` : ""));
        }
    }
    return problems;
}
async function alarmsFiring(plan, aws) {
    if (plan.alarms.length === 0)
        return [];
    // Only ALARM stops the switch. OK and INSUFFICIENT_DATA do not: AWS starts every new alarm as
    // INSUFFICIENT_DATA (moto as OK), and a quiet metric stays there. A name with no alarm means the
    // safety net the config asked for is not there, so that stops it too.
    return (await aws.alarms.states(plan.alarms)).flatMap((a) => a.state === "ALARM"
        ? [`alarm ${a.name} is in ALARM${a.reason ? `: ${a.reason}` : ""}`]
        : a.state === "missing"
            ? [`alarm ${a.name}: no CloudWatch alarm has that name`]
            : []);
}
/**
 * Every route back to the forward action this run found, retried, route by route. A route whose
 * weights are neither the start nor anything this run wrote was changed by someone else: it is left
 * as they set it (overwriting a person's fix with older weights would be worse than stopping), and said.
 */
async function restore(plan, ours, foreign, names, deps) {
    const lb = deps.aws.loadBalancing;
    const done = new Map();
    for (const route of plan.routes.filter((r) => foreign.has(r.place.ruleArn)))
        done.set(route.place.ruleArn, { route: route.label, outcome: "left", detail: "weights set by someone else, left as found" });
    const attempts = deps.restoreAttempts ?? 3;
    const lastError = new Map();
    for (let attempt = 1; attempt <= attempts; attempt++) {
        const pending = plan.routes.filter((r) => !done.has(r.place.ruleArn));
        if (pending.length === 0)
            break;
        if (attempt > 1)
            await deps.clock.sleep(deps.retryMs ?? 2_000);
        let found;
        try {
            found = await lb.readForwards(pending.map((r) => r.place));
        }
        catch (error) {
            for (const route of pending)
                lastError.set(route.place.ruleArn, messageOf(error));
            continue;
        }
        for (const route of pending) {
            const key = route.place.ruleArn;
            const now = found.get(key);
            try {
                if (!now?.forward)
                    throw new Error("no forward action found to restore");
                if (sameWeights(now.forward, route.start)) {
                    done.set(key, { route: route.label, outcome: "already", detail: describeWeights(route.start, names) });
                    continue;
                }
                if (!(ours.get(key) ?? []).some((f) => now.forward && sameWeights(f, now.forward))) {
                    done.set(key, {
                        route: route.label,
                        outcome: "left",
                        detail: `weights ${describeWeights(now.forward, names)} were set by someone else, left as found`,
                    });
                    continue;
                }
                const answer = await lb.writeForward(route.place, now, route.start);
                if (!answer.forward || !sameWeights(answer.forward, route.start))
                    throw new Error("AWS did not answer with the restored weights");
                done.set(key, { route: route.label, outcome: "restored", detail: describeWeights(route.start, names) });
            }
            catch (error) {
                lastError.set(key, messageOf(error));
                deps.log.warn(`restoring ${route.label} (try ${attempt}/${attempts}): ${messageOf(error)}`);
            }
        }
    }
    return plan.routes.map((r) => done.get(r.place.ruleArn) ?? {
        route: r.label,
        outcome: "failed",
        detail: `should be ${describeWeights(r.start, names)}; ${lastError.get(r.place.ruleArn) ?? "not restored"}`,
    });
}
/** A check that fails before any write: a precondition (exit 3), or an AWS error with nothing touched (exit 1). */
function beforeAnyChange(error) {
    if (error instanceof aws_call/* AwsError */.Gy)
        return new errors/* OperationError */.OK(error.message, { kind: "untouched" }, { cause: error });
    if (error.reason === "interrupted")
        return new errors/* OperationError */.OK(error.message, { kind: "untouched" }, { cause: error });
    return new errors/* RefusedError */.fk(`switch-traffic cannot start: ${error.message}`, error.problems);
}
function afterRestore(error, restored, options, rows) {
    const failed = restored.filter((r) => r.outcome === "failed");
    const lines = restored.map((r) => `${r.route}: ${r.outcome} (${r.detail})`);
    const reached = rows.length > 0 ? ` after reaching green ${rows[rows.length - 1]?.weight ?? 0}%` : "";
    const aftermath = failed.length > 0
        ? {
            kind: "resumable",
            detail: `${failed.length} route(s) could not be put back: ${lines.join("; ")}. ` +
                `Finish with: ${rollbackCommand(options.configPath, options.release)}`,
        }
        : { kind: "restored", detail: lines.join("; ") };
    if (error instanceof Stop && error.reason === "drift")
        return new errors/* RefusedError */.fk(`switch-traffic stopped${reached}: ${error.message}`, error.problems, aftermath);
    const message = `switch-traffic stopped${reached}: ${error instanceof Stop ? error.problems.join("; ") : messageOf(error)}`;
    return new errors/* OperationError */.OK(message, aftermath, { cause: error });
}
function row(route, step, weight, forward, at) {
    const weightOf = (arn) => forward.targetGroups.find((t) => t.arn === arn)?.weight ?? 0;
    return {
        at: new Date(at).toISOString(),
        step,
        weight,
        route: route.label,
        blue: `${route.blue.name}=${weightOf(route.blue.arn)}`,
        green: `${route.green.name}=${weightOf(route.green.arn)}`,
    };
}
const ROUTE_CALLS = /:(DescribeRules|DescribeListeners|ModifyRule|ModifyListener)$/;
function countStep(step, weight, routes, before, after, started, ended) {
    let routeCalls = 0;
    let checkCalls = 0;
    for (const [action, n] of Object.entries(after)) {
        const delta = n - (before[action] ?? 0);
        if (ROUTE_CALLS.test(action))
            routeCalls += delta;
        else
            checkCalls += delta;
    }
    return { step, weight, routes, routeCalls, checkCalls, ms: ended - started };
}
function reasonOf(signal) {
    const reason = signal.reason;
    return reason instanceof Error ? reason.message : "aborted";
}
function messageOf(error) {
    return error instanceof Error ? error.message : String(error);
}

;// CONCATENATED MODULE: ./src/cli/commands/switch-traffic/index.ts










/**
 * `cutover switch-traffic`: every route of every load balancer to green together, in the configured
 * steps (or `--to` one weight), watching health, alarms and the weights themselves; any failure
 * puts every route back. --dry-run prints the plan and changes nothing.
 */
async function run(context) {
    const { settings, host, env } = context;
    const loaded = await (0,load/* loadConfig */.Z)(settings.configPath, env, { sections: (0,command_table/* configSectionsOf */.i3)(settings.command) });
    for (const secret of loaded.secrets)
        host.maskSecret(secret);
    const config = loaded.config;
    const { settings: aws, aws: connected } = (0,observe_estate/* connectForCommand */.l_)(config, env, host);
    try {
        const estate = await (0,observe_estate/* readModelledEstate */.jY)(config, connected, { region: aws.region, services: settings.services });
        const plan = planSwitch({ config, routes: estate.routes, to: settings.to });
        if (plan.refusals.length > 0)
            throw new errors/* RefusedError */.fk(`traffic cannot be switched`, plan.refusals);
        const report = renderPlan(plan);
        if (settings.dryRun || plan.steps.length === 0) {
            const headline = plan.steps.length === 0
                ? `switch-traffic: nothing to do, green is at ${plan.from}% on ${plan.routes.length} route(s)`
                : `switch-traffic (dry run): green ${plan.from}% → ${plan.to}% on ${plan.routes.length} route(s) in ${weightSteps(plan)} step(s)`;
            return { headline, report, outputs: { "green-weight": String(plan.from) }, data: { plan: planData(plan), changed: false } };
        }
        // the release lock: taken before the first change, checked before each step (a rollback may take it over)
        let lock;
        const guard = {
            take: async () => {
                lock = await (0,command_lock/* takeCommandLock */.U)({
                    config,
                    aws: connected,
                    env,
                    host,
                    now: context.now,
                    command: settings.command,
                    release: settings.release,
                    breakLock: settings.breakLock,
                    dryRun: false,
                });
            },
            stillHeld: () => (0,command_lock/* stillHeld */.s)(lock),
        };
        let outcome;
        try {
            outcome = await switchTraffic(plan, { configPath: settings.configPath, release: settings.release }, { aws: connected, clock: wait_ready/* systemClock */.ml, log: host.log, signal: context.signal, calls: connected.calls, guard });
        }
        finally {
            await lock?.release();
        }
        const calls = connected.calls.summary();
        host.log.debug(`AWS API calls: ${JSON.stringify(calls)}`);
        const done = renderOutcome(outcome).text(`${calls.total} AWS API call(s).`);
        return {
            headline: `switch-traffic: green ${plan.from}% → ${outcome.weight}% on ${plan.routes.length} route(s)`,
            report: done,
            outputs: { "green-weight": String(outcome.weight) },
            data: { plan: planData(plan), steps: outcome.rows, stepCalls: outcome.stepCalls, greenWeight: outcome.weight, awsCalls: calls },
        };
    }
    finally {
        connected.close();
    }
}
function weightSteps(plan) {
    return plan.steps.filter((s) => s.kind === "set-weight").length;
}
/** The plan: per step, each route's weights and the call that sets them; then what a failure restores. */
function renderPlan(plan) {
    const names = new Map(plan.routes.flatMap((r) => [[r.blue.arn, r.blue.name], [r.green.arn, r.green.name]]));
    const report = new report_report/* Report */.pl().heading(`plan: green ${plan.from}% → ${plan.to}%`);
    const rows = [];
    let number = 0;
    for (const step of plan.steps) {
        if (step.kind === "bake") {
            rows.push([
                `bake ${step.durationMs / 1000}s`,
                "every route",
                step.alarms.length > 0 ? `watch ${step.alarms.join(", ")}` : "watch health",
                "",
            ]);
            continue;
        }
        number += 1;
        plan.routes.forEach((route, i) => {
            const forward = step.forwards[i];
            rows.push([
                `${number}: ${step.weight}%`,
                route.label,
                forward ? describeWeights(forward, names) : "?",
                route.place.isDefault ? "ModifyListener" : "ModifyRule",
            ]);
        });
    }
    report.table(["step", "route", "weights", "call"], rows);
    report.heading("on failure, every route goes back to");
    report.table(["route", "weights"], plan.routes.map((r) => [r.label, describeWeights(r.start, names)]));
    const first = plan.steps.find((s) => s.kind === "set-weight");
    const firstRoute = plan.routes[0];
    if (first?.kind === "set-weight" && first.forwards[0] && firstRoute)
        report
            .text(`First write, ${firstRoute.label}'s forward action:`)
            .code(JSON.stringify((0,forward_action/* forwardActionBody */.g)(first.forwards[0], undefined), null, 2));
    return report;
}
function renderOutcome(outcome) {
    return new report_report/* Report */.pl().heading("weights per step").table(["time", "step", "route", "blue", "green"], outcome.rows.map((r) => [r.at, `${r.step}: ${r.weight}%`, r.route, r.blue, r.green]));
}
function planData(plan) {
    return {
        from: plan.from,
        to: plan.to,
        alarms: plan.alarms,
        routes: plan.routes.map((r) => ({ route: r.label, service: r.service, blue: r.blue, green: r.green, restore: r.start })),
        steps: plan.steps,
    };
}


/***/ }),

/***/ 18197:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  VU: () => (/* binding */ DEFAULT_BACKOFF),
  ml: () => (/* binding */ systemClock),
  bs: () => (/* binding */ waitUntilReady)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/traffic/estate.ts
var estate = __webpack_require__(61361);
;// CONCATENATED MODULE: ./src/deploy/readiness.ts

const targetKey = (targetGroup, t) => `${targetGroup} ${t.id}:${t.port ?? ""}`;
function remember(memory, targets, now) {
    const next = new Map(memory);
    for (const [tg, list] of targets) {
        for (const t of list) {
            const key = targetKey(tg, t);
            const before = next.get(key);
            next.set(key, { firstSeen: before?.firstSeen ?? now, wasHealthy: (before?.wasHealthy ?? false) || t.state === "healthy" });
        }
    }
    return next;
}
function judge(check, seen, memory, now) {
    switch (check.kind) {
        case "pair": {
            const healthy = count(seen.targets, check.targetGroup);
            return healthy >= check.minHealthy
                ? { state: "ready", detail: `${healthy} healthy target(s)` }
                : { state: "waiting", detail: `${healthy} of at least ${check.minHealthy} target(s) healthy${notHealthy(seen.targets)}` };
        }
        case "ecs": {
            if (seen.kind !== "ecs")
                return mismatch(check);
            const service = seen.service;
            if (!service || service.status !== "ACTIVE")
                return { state: "failed", reason: `ECS service ${check.name} is ${service?.status ?? "gone"}` };
            const stopped = stoppedText(seen.stoppedTasks);
            const failedRollout = service.deployments.find((d) => d.rolloutState === "FAILED");
            if (failedRollout)
                return {
                    state: "failed",
                    reason: `deployment ${failedRollout.id} of ${check.name} FAILED: ${failedRollout.rolloutStateReason ?? "no reason given"}${stopped}`,
                };
            const primary = service.deployments.find((d) => d.status === "PRIMARY");
            if (primary?.taskDefinition && primary.taskDefinition !== check.taskDefinition)
                return {
                    state: "failed",
                    reason: `${check.name} was rolled back to ${primary.taskDefinition} (circuit breaker): ${primary.rolloutStateReason ?? "no reason given"}${stopped}`,
                };
            const unhealthy = failedTarget(check.targetGroups, seen.targets, memory, now, check.allowanceMs);
            if (unhealthy)
                return { state: "failed", reason: `${unhealthy}${stopped}` };
            const running = primary?.runningCount ?? service.runningCount;
            const done = primary?.rolloutState === undefined ? running >= check.desired : primary.rolloutState === "COMPLETED";
            const targets = targetsReady(check.targetGroups, seen.targets, check.desired);
            const detail = `deployment ${primary?.rolloutState ?? "?"}, ${running}/${check.desired} running; ${targets.detail}${stopped}`;
            return done && targets.ready ? { state: "ready", detail } : { state: "waiting", detail };
        }
        case "asg": {
            if (seen.kind !== "asg")
                return mismatch(check);
            if (!seen.group)
                return { state: "failed", reason: `Auto Scaling Group ${check.name} is gone` };
            const failed = seen.activities.find((a) => a.statusCode === "Failed" || a.statusCode === "Cancelled");
            if (failed)
                return {
                    state: "failed",
                    reason: `scaling activity of ${check.name} ${failed.statusCode}: ${failed.statusMessage ?? "no message"}${failed.description ? ` (${failed.description})` : ""}`,
                };
            const unhealthy = failedTarget(check.targetGroups, seen.targets, memory, now, check.allowanceMs);
            if (unhealthy)
                return { state: "failed", reason: unhealthy };
            const inService = seen.group.instances.filter((i) => i.lifecycleState === "InService" && i.healthStatus === "Healthy").length;
            const targets = targetsReady(check.targetGroups, seen.targets, check.desired);
            const detail = `${inService}/${check.desired} instance(s) InService and healthy; ${targets.detail}`;
            return inService >= check.desired && targets.ready ? { state: "ready", detail } : { state: "waiting", detail };
        }
    }
}
function mismatch(check) {
    return { state: "failed", reason: `internal: observed the wrong kind of resource for ${check.service}` };
}
/** A target that is unhealthy after having been healthy, or after the health check's allowance. */
function failedTarget(targetGroups, targets, memory, now, allowanceMs) {
    for (const tg of targetGroups) {
        for (const t of targets.get(tg) ?? []) {
            if (t.state !== "unhealthy")
                continue;
            const history = memory.get(targetKey(tg, t));
            const age = now - (history?.firstSeen ?? now);
            if (history?.wasHealthy || age > allowanceMs) {
                const why = [t.reason, t.description].filter(Boolean).join(": ") || "no reason given";
                const when = history?.wasHealthy
                    ? "after having been healthy"
                    : `after ${seconds(age)}; the health check allows ${seconds(allowanceMs)}`;
                return `target ${t.id}${t.port === undefined ? "" : `:${t.port}`} in ${(0,estate/* targetGroupNameFromArn */.T8)(tg)} is unhealthy (${why}) ${when}`;
            }
        }
    }
    return undefined;
}
function targetsReady(targetGroups, targets, desired) {
    const parts = targetGroups.map((tg) => {
        const list = (targets.get(tg) ?? []).filter((t) => t.state !== "draining");
        const healthy = list.filter((t) => t.state === "healthy").length;
        return {
            ready: healthy >= desired && healthy === list.length,
            text: `${(0,estate/* targetGroupNameFromArn */.T8)(tg)} ${healthy}/${Math.max(desired, list.length)} healthy`,
        };
    });
    return { ready: parts.every((p) => p.ready), detail: parts.map((p) => p.text).join(", ") + notHealthy(targets) };
}
function count(targets, tg) {
    return (targets.get(tg) ?? []).filter((t) => t.state === "healthy").length;
}
function notHealthy(targets) {
    const list = [...targets.values()].flat().filter((t) => t.state !== "healthy");
    return list.length === 0 ? "" : ` (${list.map((t) => `${t.id} ${t.state}${t.reason ? ` ${t.reason}` : ""}`).join(", ")})`;
}
function stoppedText(tasks) {
    if (tasks.length === 0)
        return "";
    const described = tasks
        .slice(0, 3)
        .map((t) => `${t.arn.split("/").pop() ?? t.arn}: ${[t.stoppedReason, ...t.containers].filter(Boolean).join("; ")}`);
    return `; stopped task(s): ${described.join(" | ")}`;
}
function seconds(ms) {
    return `${Math.round(ms / 1000)}s`;
}

;// CONCATENATED MODULE: ./src/deploy/wait-ready.ts


const systemClock = {
    now: () => Date.now(),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};
const DEFAULT_BACKOFF = { first: 2_000, factor: 1.5, max: 15_000 };
/** AWS asking callers to slow down: the SDK has retried already; the wait backs off and looks again. */
const THROTTLED = new Set(["Throttling", "ThrottlingException", "RequestLimitExceeded", "TooManyRequests"]);
/**
 * Polls every check until all are ready. Never hangs: each check has its own deadline
 * (readyTimeout), and the first failure ends the whole wait, as does any AWS error other than
 * throttling. Either way green is left as it is for the next run to resume, and the error says so.
 */
async function waitUntilReady(checks, probe, clock, onProgress = () => undefined, backoff = DEFAULT_BACKOFF) {
    const start = clock.now();
    const results = [];
    const memory = new Map();
    const last = new Map();
    let pending = [...checks];
    let delay = backoff.first;
    while (pending.length > 0) {
        const still = [];
        for (const check of pending) {
            const verdict = await look(check, probe, clock, memory, last);
            if (verdict.state === "failed")
                throw new errors/* OperationError */.OK(`green of ${check.service} failed: ${verdict.reason}`, resumable);
            if (verdict.state === "ready") {
                results.push({ service: check.service, detail: verdict.detail, waitedMs: clock.now() - start });
                onProgress(check.service, `ready: ${verdict.detail}`);
                continue;
            }
            if (clock.now() - start >= check.timeoutMs) {
                throw new errors/* OperationError */.OK(`green of ${check.service} not ready within readyTimeout (${Math.round(check.timeoutMs / 1000)}s): ${verdict.detail}`, resumable);
            }
            if (verdict.detail !== last.get(check))
                onProgress(check.service, verdict.detail);
            last.set(check, verdict.detail);
            still.push(check);
        }
        pending = still;
        if (pending.length === 0)
            break;
        const untilDeadline = Math.min(...pending.map((c) => start + c.timeoutMs - clock.now()));
        await clock.sleep(Math.max(0, Math.min(delay, untilDeadline)));
        delay = Math.min(delay * backoff.factor, backoff.max);
    }
    return results;
}
async function look(check, probe, clock, memory, last) {
    let seen;
    try {
        seen = await probe.observe(check);
    }
    catch (error) {
        const code = error.code;
        if (typeof code === "string" && THROTTLED.has(code)) {
            return { state: "waiting", detail: `${last.get(check) ?? "not looked at yet"}; last look throttled: ${error.message}` };
        }
        throw new errors/* OperationError */.OK(`could not check green of ${check.service}: ${error instanceof Error ? error.message : String(error)}`, resumable, {
            cause: error,
        });
    }
    const now = clock.now();
    const known = remember(memory.get(check) ?? new Map(), seen.targets, now);
    memory.set(check, known);
    return judge(check, seen, known, now);
}
const resumable = {
    kind: "resumable",
    detail: "Green was left as it is and carries no traffic. The next deploy-green run for this release continues from it; to start over, deploy a new release with --replace-green.",
};


/***/ }),

/***/ 54739:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  s: () => (/* binding */ stillHeld),
  U: () => (/* binding */ takeCommandLock)
});

// EXTERNAL MODULE: ./src/aws/aws-call.ts
var aws_call = __webpack_require__(57613);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/lock/holder.ts
var lock_holder = __webpack_require__(77053);
;// CONCATENATED MODULE: ./src/lock/lock-stores.ts


function lockKey(project) {
    return `cutover:${project}`;
}
// ---------------------------------------------------------------- DynamoDB: atomic
function dynamoDbLockStore(table, project) {
    const lockId = lockKey(project);
    const read = async () => {
        const item = await table.get(lockId);
        return item && (0,lock_holder/* holderFrom */.Jz)({ ...item, id: item.holderId });
    };
    return {
        where: `DynamoDB table ${table.table}, key ${lockId}`,
        read: async () => [await read()],
        async swap(expected, holder) {
            const { id, ...fields } = (0,lock_holder/* holderFields */.EM)(holder);
            if (await table.putIf({ ...fields, lockId, holderId: id }, expected))
                return { ok: true };
            return { ok: false, holder: await read() };
        },
        remove: (id) => table.deleteIf(lockId, id),
    };
}
// ---------------------------------------------------------------- tags: best effort
/** The holder's fields as tags on each load balancer; `cutover:lock` itself is the holder's id. */
const TAG_PREFIX = "cutover:lock";
const FIELDS = ["project", "release", "command", "host", "runUrl", "since"];
const tagKey = (field) => (field === "id" ? TAG_PREFIX : `${TAG_PREFIX}:${field}`);
const TAG_KEYS = ["id", ...FIELDS].map(tagKey);
/** ELBv2 tag values hold at most 256 characters. */
const MAX_TAG_VALUE = 256;
/**
 * Tags on every load balancer the config names. NOT atomic: there is no conditional write on tags,
 * so two runs that read "free" at the same moment both write. Each re-reads after a pause and backs
 * off if any load balancer shows another holder, and `check()` re-reads before every change, which
 * narrows the window without closing it. The DynamoDB lock closes it.
 */
function tagsLockStore(loadBalancing, arns, settleMs = 1000) {
    const read = async () => {
        const tags = await loadBalancing.tags(arns);
        return arns.map((arn) => {
            const on = tags.get(arn) ?? {};
            return (0,lock_holder/* holderFrom */.Jz)(Object.fromEntries(["id", ...FIELDS].map((field) => [field, on[tagKey(field)]])));
        });
    };
    const removeWhere = async (id, holders) => {
        const ours = arns.filter((_, i) => holders[i]?.id === id);
        if (ours.length > 0)
            await loadBalancing.removeTags(ours, TAG_KEYS);
        return ours.length > 0;
    };
    return {
        where: `tags ${TAG_PREFIX}* on ${arns.length} load balancer(s)`,
        read,
        async swap(expected, holder) {
            const before = await read();
            const other = before.find((h) => h !== undefined && h.id !== expected && h.id !== holder.id);
            if (other)
                return { ok: false, holder: other };
            const fields = (0,lock_holder/* holderFields */.EM)(holder);
            await loadBalancing.addTags({
                ResourceArns: [...arns],
                Tags: Object.entries(fields).map(([field, value]) => ({ Key: tagKey(field), Value: value.slice(0, MAX_TAG_VALUE) })),
            });
            // a run that read "free" at the same time as this one has written by now, most likely
            if (settleMs > 0)
                await new Promise((resolve) => setTimeout(resolve, settleMs));
            const after = await read();
            if (after.every((h) => h?.id === holder.id))
                return { ok: true };
            await removeWhere(holder.id, after);
            return { ok: false, holder: after.find((h) => h !== undefined && h.id !== holder.id) };
        },
        async remove(id) {
            return removeWhere(id, await read());
        },
    };
}
/**
 * The load balancers to tag: by name, or from a listener ARN, whose load balancer ARN is its prefix
 * (`...:listener/app/<name>/<lb-id>/<listener-id>` → `...:loadbalancer/app/<name>/<lb-id>`).
 */
async function lockedLoadBalancers(config, loadBalancing) {
    const names = [];
    const arns = new Set();
    for (const lb of config.loadBalancers) {
        if ("loadBalancer" in lb.listener)
            names.push(lb.listener.loadBalancer);
        else
            arns.add(lb.listener.arn.replace(/:listener\/(app\/[^/]+\/[^/]+)\/[^/]+$/, ":loadbalancer/$1"));
    }
    if (config.loadBalancers.length === 0)
        throw new errors/* RefusedError */.fk("the release lock (lock.type: tags) needs a load balancer in the config to record it on", [
            "lock: configure { type: dynamodb, table: <table> }, or name the load balancers under loadBalancers",
        ]);
    const found = names.length > 0 ? await loadBalancing.loadBalancersByName(names) : new Map();
    for (const lb of found.values())
        arns.add(lb.arn);
    // a missing one is left to the estate reader, which names every missing resource at once
    if (arns.size === 0)
        throw new errors/* RefusedError */.fk(`none of the load balancers exist (${names.join(", ")}): the release lock cannot be recorded`, [
            ...names.map((name) => `loadBalancers: '${name}' does not exist in this account and region`),
        ]);
    return [...arns].sort();
}

;// CONCATENATED MODULE: ./src/lock/release-lock.ts



/** Another run (a rollback, or a --break-lock) holds the lock now: stop without changing anything more. */
class LockLostError extends errors/* RefusedError */.fk {
    by;
    constructor(message, by) {
        super(message, [message, "this run stopped at once and changed nothing more; the run named above is in charge now"]);
        this.by = by;
        this.name = "LockLostError";
    }
}
async function acquireReleaseLock(options) {
    return acquireWith(await lockStoreFor(options.config, options.aws), options);
}
async function lockStoreFor(config, aws) {
    if (config.lock.type === "dynamodb")
        return dynamoDbLockStore(aws.lockTable(config.lock.table), config.project);
    return tagsLockStore(aws.loadBalancing, await lockedLoadBalancers(config, aws.loadBalancing));
}
/** Take-overs racing each other (two rollbacks) retry this often before giving up. */
const TAKE_OVER_ATTEMPTS = 5;
/** The lock logic, on any store: the unit tests give it a fake one. */
async function acquireWith(store, options) {
    const { config, command, log } = options;
    const holder = (0,lock_holder/* newHolder */.lb)({ project: config.project, release: options.release, command, env: options.env, now: options.now });
    const firstOther = (holders) => holders.find((h) => h !== undefined && h.id !== holder.id);
    const refuse = (found) => found === undefined
        ? new errors/* RefusedError */.fk(`the release lock for ${config.project} changed hands while this run took it; try again`, [
            `the lock is kept in ${store.where}`,
        ])
        : new errors/* RefusedError */.fk(`the release lock for ${config.project} is held by ${(0,lock_holder/* describeHolder */.sG)(found)}`, [
            `held by ${(0,lock_holder/* describeHolder */.sG)(found)}`,
            `the lock is kept in ${store.where}`,
            `if that run is over and the lock is stale: cutover ${command} --break-lock ${found.id}`,
        ]);
    if (options.takeOver) {
        for (let attempt = 1; attempt <= TAKE_OVER_ATTEMPTS; attempt++) {
            const previous = firstOther(await store.read());
            if ((await store.swap(previous?.id, holder)).ok) {
                if (previous)
                    log.warn(`took the release lock over from ${(0,lock_holder/* describeHolder */.sG)(previous)}; that run stops at its next check`);
                else
                    log.info(`took the release lock (${store.where}) as ${holder.id}`);
                return held(store, holder, log);
            }
        }
        throw refuse(firstOther(await store.read()));
    }
    if (options.breakLock !== undefined) {
        const current = firstOther(await store.read());
        if (current !== undefined && current.id !== options.breakLock)
            throw new errors/* RefusedError */.fk(`--break-lock ${options.breakLock}: the release lock for ${config.project} is held under another id`, [
                `held by ${(0,lock_holder/* describeHolder */.sG)(current)}`,
                `nothing was broken; to break this lock: cutover ${command} --break-lock ${current.id}`,
            ]);
        const result = await store.swap(current?.id, holder);
        if (!result.ok)
            throw refuse(result.holder);
        if (current)
            log.warn(`broke the stale release lock of ${(0,lock_holder/* describeHolder */.sG)(current)}`);
        else
            log.info(`--break-lock ${options.breakLock}: no lock was held; took it as ${holder.id}`);
        return held(store, holder, log);
    }
    const result = await store.swap(undefined, holder);
    if (!result.ok)
        throw refuse(result.holder);
    log.info(`took the release lock (${store.where}) as ${holder.id}`);
    return held(store, holder, log);
}
function held(store, holder, log) {
    let released = false;
    return {
        holder,
        async check() {
            const holders = await store.read();
            if (holders.every((h) => h?.id === holder.id))
                return;
            const by = holders.find((h) => h !== undefined && h.id !== holder.id);
            throw new LockLostError(by
                ? `the release lock was taken over by ${(0,lock_holder/* describeHolder */.sG)(by)}`
                : `the release lock is no longer recorded in ${store.where} (broken or removed by hand)`, by);
        },
        async release() {
            if (released)
                return;
            released = true;
            try {
                if (!(await store.remove(holder.id)))
                    log.warn(`the release lock was no longer held by this run (${holder.id}); left as it is`);
            }
            catch (error) {
                const detail = error instanceof Error ? error.message : String(error);
                log.warn(`could not release the release lock ${holder.id}: ${detail}; the next run can break it with --break-lock ${holder.id}`);
            }
        },
    };
}

;// CONCATENATED MODULE: ./src/lock/command-lock.ts



/**
 * The release lock as a command takes it: never for a dry run (it changes nothing, so it neither
 * waits for nor blocks a release in progress), and an AWS failure while taking it is "could not take
 * the release lock", nothing changed. `takeOver` is rollback's: never blocked.
 */
async function takeCommandLock(options) {
    if (options.dryRun)
        return undefined;
    try {
        return await acquireReleaseLock({
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
        if (error instanceof aws_call/* AwsError */.Gy)
            throw new errors/* OperationError */.OK(`could not take the release lock: ${error.message}`, { kind: "untouched" }, { cause: error });
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


/***/ }),

/***/ 77053:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EM: () => (/* binding */ holderFields),
/* harmony export */   Jz: () => (/* binding */ holderFrom),
/* harmony export */   Qm: () => (/* binding */ runUrlOf),
/* harmony export */   lb: () => (/* binding */ newHolder),
/* harmony export */   sG: () => (/* binding */ describeHolder)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);


/** A run's page, so the person refused can go and see whether it is still going. */
function runUrlOf(env) {
    if (env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID)
        return `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`;
    return env.BUILD_URL || undefined;
}
function newHolder(fields) {
    const { env } = fields;
    return {
        // short enough to type into --break-lock, random enough that two runs never share one
        id: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString("hex"),
        project: fields.project,
        release: fields.release,
        command: fields.command,
        host: env.RUNNER_NAME || env.NODE_NAME || (0,node_os__WEBPACK_IMPORTED_MODULE_1__.hostname)(),
        runUrl: runUrlOf(env),
        since: fields.now().toISOString(),
    };
}
/** `release v2.4.0 (deploy-green) on runner-3 since 2026-05-01T10:00:00.000Z, run https://...` */
function describeHolder(holder) {
    const run = holder.runUrl ? `, run ${holder.runUrl}` : "";
    return `release ${holder.release} (${holder.command}) on ${holder.host} since ${holder.since}${run} [lock id ${holder.id}]`;
}
/** The holder as flat string fields: DynamoDB attributes and ELBv2 tags both hold them. */
function holderFields(holder) {
    const { runUrl, ...rest } = holder;
    return runUrl === undefined ? rest : { ...rest, runUrl };
}
/** Back from flat fields; undefined when the id is missing (not a lock cutover wrote). */
function holderFrom(fields) {
    if (!fields.id)
        return undefined;
    return {
        id: fields.id,
        project: fields.project ?? "?",
        release: fields.release ?? "?",
        command: fields.command ?? "?",
        host: fields.host ?? "?",
        runUrl: fields.runUrl || undefined,
        since: fields.since ?? "?",
    };
}


/***/ }),

/***/ 53347:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ remainingSteps),
/* harmony export */   k: () => (/* binding */ planTrafficSteps)
/* harmony export */ });
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


/***/ })

};
