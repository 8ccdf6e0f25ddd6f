export const id = 499;
export const ids = [499];
export const modules = {

/***/ 31499:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./src/aws/observe-estate.ts + 9 modules
var observe_estate = __webpack_require__(37025);
// EXTERNAL MODULE: ./src/lock/command-lock.ts
var command_lock = __webpack_require__(57296);
// EXTERNAL MODULE: ./src/report/mermaid.ts
var mermaid = __webpack_require__(39409);
// EXTERNAL MODULE: ./src/report/report.ts
var report_report = __webpack_require__(88850);
;// CONCATENATED MODULE: ./src/rollout/switch-report.ts


/**
 * The weights switch-traffic set, route by route and step by step with the time of each write,
 * and drawn over the steps: the summary of a switch that finished and of one that stopped.
 */
function stepsReport(rows, from, routeCount, title = "weights per step") {
    const report = new report_report/* Report */.pl().heading(title);
    if (rows.length === 0)
        return report.text("No weight was changed.");
    report.table(["time", "step", "route", "blue", "green"], rows.map((r) => [r.at, `${r.step}: ${r.weight}%`, r.route, r.blue, r.green]));
    return report.diagram((0,mermaid/* weightsChart */.k6)(`green share per step, ${routeCount} route(s)`, stepPoints(rows, from)));
}
/** One point per step, labelled with its number and the time (UTC) its last route was set. */
function stepPoints(rows, from) {
    const byStep = new Map();
    for (const row of rows)
        byStep.set(row.step, { weight: row.weight, at: row.at });
    return [
        { label: "start", green: from },
        ...[...byStep.entries()].map(([step, { weight, at }]) => ({ label: `${step} ${at.slice(11, 19)}`, green: weight })),
    ];
}

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/run/bounded.ts + 2 modules
var bounded = __webpack_require__(82754);
// EXTERNAL MODULE: ./src/run/run-operation.ts + 2 modules
var run_operation = __webpack_require__(381);
;// CONCATENATED MODULE: ./src/rollout/switch-checks.ts
/** What a switch checks before each step and while baking: green's health, and the alarms. */
async function unhealthyGreens(routes, aws) {
    const problems = [];
    for (const route of routes) {
        const targets = await aws.elb.read.targetHealth({ arn: route.green.arn, name: route.green.name });
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

;// CONCATENATED MODULE: ./src/rollout/switch-state.ts
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
function newWalk(plan) {
    return {
        names: new Map(plan.routes.flatMap((r) => [[r.blue.arn, r.blue.name], [r.green.arn, r.green.name]])),
        expected: new Map(plan.routes.map((r) => [r.place.ruleArn, r.start])),
        ours: new Map(plan.routes.map((r) => [r.place.ruleArn, [r.start]])),
        rows: [],
        greenWeight: plan.from,
    };
}

;// CONCATENATED MODULE: ./src/rollout/switch-restore.ts





/**
 * Every route back to the forward action this run found, all routes at once, retried. A route whose
 * weights are neither the start nor anything this run wrote was changed by someone else: it is left
 * as they set it (overwriting a person's fix with older weights would be worse than stopping), and
 * said. Runs after a stop request too: its waits use the clock without the run's signal.
 */
async function restore(plan, w, foreign, run, deps) {
    const lb = deps.aws.elb;
    const done = new Map();
    for (const route of plan.routes.filter((r) => foreign.has(r.place.ruleArn)))
        done.set(route.place.ruleArn, { route: route.label, outcome: "left", detail: "weights set by someone else, left as found" });
    const attempts = deps.restoreAttempts ?? 3;
    const lastError = new Map();
    for (let attempt = 1; attempt <= attempts; attempt++) {
        const pending = plan.routes.filter((r) => !done.has(r.place.ruleArn));
        if (pending.length === 0)
            break;
        // not cut short by the very signal that started the restore
        if (attempt > 1)
            await run.sleepThrough(deps.retryMs ?? 2_000);
        let found;
        try {
            found = await lb.read.readForwards(pending.map((r) => r.place));
        }
        catch (error) {
            for (const route of pending)
                lastError.set(route.place.ruleArn, messageOf(error));
            continue;
        }
        await (0,bounded/* settleBounded */.Z)(pending, bounded/* WRITE_CONCURRENCY */.Q, async (route) => {
            const key = route.place.ruleArn;
            const now = found.get(key);
            try {
                if (!now?.forward)
                    throw new Error("no forward action found to restore");
                if (sameWeights(now.forward, route.start)) {
                    done.set(key, { route: route.label, outcome: "already", detail: describeWeights(route.start, w.names) });
                    return;
                }
                if (!(w.ours.get(key) ?? []).some((f) => now.forward && sameWeights(f, now.forward))) {
                    done.set(key, {
                        route: route.label,
                        outcome: "left",
                        detail: `weights ${describeWeights(now.forward, w.names)} were set by someone else, left as found`,
                    });
                    return;
                }
                const answer = await lb.write.writeForward(route.place, now, route.start);
                if (!answer.forward || !sameWeights(answer.forward, route.start))
                    throw new Error("AWS did not answer with the restored weights");
                done.set(key, { route: route.label, outcome: "restored", detail: describeWeights(route.start, w.names) });
            }
            catch (error) {
                lastError.set(key, messageOf(error));
                deps.log.warn(`restoring ${route.label} (try ${attempt}/${attempts}): ${messageOf(error)}`);
            }
        });
    }
    return plan.routes.map((r) => done.get(r.place.ruleArn) ?? {
        route: r.label,
        outcome: "failed",
        detail: `should be ${describeWeights(r.start, w.names)}; ${lastError.get(r.place.ruleArn) ?? "not restored"}`,
    });
}
function afterRestore(error, restored, options, rows, plan) {
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
    // the summary shows how far the switch went, and where each route was put back
    const report = stepsReport(rows, plan.from, plan.routes.length, "weights per step, until the stop")
        .heading("put back")
        .table(["route", "outcome", "weights"], restored.map((r) => [r.route, r.outcome, r.detail]));
    const partial = { report, data: { steps: rows, restored } };
    if (error instanceof Stop && error.reason === "drift")
        return new errors/* RefusedError */.fk(`switch-traffic stopped${reached}: ${error.message}`, error.problems, aftermath, partial);
    const message = `switch-traffic stopped${reached}: ${error instanceof Stop ? error.problems.join("; ") : messageOf(error)}`;
    return new errors/* OperationError */.OK(message, aftermath, { cause: error, partial });
}
function messageOf(error) {
    return error instanceof Error ? error.message : String(error);
}

;// CONCATENATED MODULE: ./src/rollout/switch-traffic.ts







/** Runs a plan already made (the CLI reads and plans inside the operation; tests hand one in). */
async function switchTraffic(plan, options, deps) {
    const outcome = await runOperation(switchOperation(async () => plan, options, deps), {
        dryRun: false,
        ...(deps.lock ? { lock: deps.lock } : {}),
        signal: deps.signal,
        log: { debug: () => undefined, error: () => undefined, verbatim: () => undefined, group: (_t, body) => body(), ...deps.log },
        clock: deps.clock,
    });
    return outcome.kind === "applied" ? outcome.result : { rows: [], stepCalls: [], weight: plan.from };
}
function switchOperation(makePlan, options, deps) {
    const state = new Map();
    const walkOf = (plan) => {
        let walk = state.get(plan);
        if (!walk)
            state.set(plan, (walk = newWalk(plan)));
        return walk;
    };
    return {
        name: "switch-traffic",
        resume: rollbackCommand(options.configPath, options.release),
        plan: async () => {
            const plan = await makePlan();
            if (plan.refusals.length > 0)
                throw new errors/* RefusedError */.fk("traffic cannot be switched", plan.refusals);
            return plan;
        },
        isEmpty: (plan) => plan.steps.length === 0,
        apply: (plan, run) => walk(plan, walkOf(plan), run, deps),
        restore: async (plan, run, cause) => {
            const walk = walkOf(plan);
            const foreign = new Set(cause instanceof Stop ? cause.foreign : []);
            const restored = await restore(plan, walk, foreign, run, deps);
            return afterRestore(cause, restored, options, walk.rows, plan);
        },
    };
}
async function walk(plan, w, run, deps) {
    const lb = deps.aws.elb;
    const stepCalls = [];
    const checks = async (needHealthyGreen) => {
        const found = await lb.read.readForwards(plan.routes.map((r) => r.place));
        const drift = [];
        const foreign = [];
        for (const route of plan.routes) {
            const now = found.get(route.place.ruleArn)?.forward;
            const want = w.expected.get(route.place.ruleArn) ?? route.start;
            if (now && sameWeights(now, want))
                continue;
            foreign.push(route.place.ruleArn);
            drift.push(`${route.label}: the weights are ${now ? describeWeights(now, w.names) : "gone (no forward action)"}, ` +
                `but cutover set ${describeWeights(want, w.names)}`);
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
        if (run.signal.aborted)
            throw new run_operation/* Interrupted */.j$(`interrupted (${(0,run_operation/* reasonOf */.A3)(run.signal)}) at green ${w.greenWeight}%`);
    };
    try {
        for (const [index, step] of plan.steps.entries()) {
            stopIfAsked();
            if (step.kind === "bake") {
                await bake(step, w.greenWeight > 0, checks, stopIfAsked, run, deps.pollMs ?? 5_000);
                continue;
            }
            // still ours? A rollback that took the lock over owns the weights now: stop, touch nothing
            if (!(await run.stillHeld()))
                throw new Stop("taken-over", `the release lock was taken over (a rollback?) before the step to ${step.weight}%`);
            const before = deps.calls?.byAction() ?? {};
            const started = run.now();
            const snapshots = await checks(step.weight > 0);
            stopIfAsked();
            const number = plan.steps.slice(0, index + 1).filter((s) => s.kind === "set-weight").length;
            const answered = await writeStep(plan, step, snapshots, w, run, lb);
            w.greenWeight = step.weight;
            for (const [i, route] of plan.routes.entries())
                w.rows.push(row(route, number, step.weight, step.forwards[i], answered.answeredAt[i] ?? run.now()));
            deps.log.info(`green at ${step.weight}% on ${plan.routes.length} route(s)`);
            if (deps.calls)
                stepCalls.push(countStep(number, step.weight, plan.routes.length, before, deps.calls.byAction(), started, run.now(), answered));
        }
        return { rows: w.rows, stepCalls, weight: w.greenWeight };
    }
    catch (error) {
        // before the first write a failed check is a precondition not met: exit 3, nothing changed
        if (run.journal.changes.length === 0 && error instanceof Stop && error.reason !== "taken-over")
            throw new errors/* RefusedError */.fk(`switch-traffic cannot start: ${error.message}`, error.problems);
        throw error;
    }
}
/**
 * One step: every route's write at once (bounded), each checked from AWS's answer. Every write is
 * tried; a route whose write failed is reported after all have settled, so the restore knows
 * exactly which routes this run may have changed. Returns when each route's answer came.
 */
async function writeStep(plan, step, snapshots, w, run, lb) {
    const answeredAt = [];
    const tookMs = [];
    const settled = await (0,bounded/* settleBounded */.Z)([...plan.routes.entries()], bounded/* WRITE_CONCURRENCY */.Q, async ([i, route]) => {
        const forward = step.forwards[i];
        const snapshot = snapshots.get(route.place.ruleArn);
        if (!forward || !snapshot)
            throw new Stop("check", `${route.label}: no longer found`);
        w.ours.get(route.place.ruleArn)?.push(forward);
        // noted before the call: a write whose answer is lost may still have been made, and is put back
        run.journal.record(`${route.label}: green ${step.weight}%`, { log: false });
        const sent = run.now();
        const answer = await lb.write.writeForward(route.place, snapshot, forward);
        answeredAt[i] = run.now();
        tookMs[i] = answeredAt[i] - sent;
        if (!answer.forward || !sameWeights(answer.forward, forward))
            throw new Stop("check", `${route.label}: AWS answered the write with ${answer.forward ? describeWeights(answer.forward, w.names) : "no forward action"}, ` +
                `not ${describeWeights(forward, w.names)}`);
        w.expected.set(route.place.ruleArn, forward);
    });
    const failed = settled.find((s) => s.status === "rejected");
    if (failed)
        throw failed.reason;
    return { answeredAt, tookMs };
}
/** Waits out a bake, looking every poll; the wait ends at once on a signal, so a stop is acted on within moments. */
async function bake(step, greenCarries, checks, stopIfAsked, run, pollMs) {
    const end = run.now() + step.durationMs;
    for (;;) {
        await checks(greenCarries);
        stopIfAsked();
        const left = end - run.now();
        if (left <= 0)
            return;
        await run.sleep(Math.min(pollMs, left));
        stopIfAsked();
    }
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
function countStep(step, weight, routes, before, after, started, ended, answered) {
    let routeCalls = 0;
    let checkCalls = 0;
    for (const [action, n] of Object.entries(after)) {
        const delta = n - (before[action] ?? 0);
        if (ROUTE_CALLS.test(action))
            routeCalls += delta;
        else
            checkCalls += delta;
    }
    const times = answered.answeredAt.filter((t) => t !== undefined);
    const skewMs = times.length > 0 ? Math.max(...times) - Math.min(...times) : 0;
    const took = answered.tookMs.filter((t) => t !== undefined).sort((a, b) => a - b);
    return { step, weight, routes, routeCalls, checkCalls, ms: ended - started, skewMs, writeMs: took[Math.floor(took.length / 2)] ?? 0 };
}

// EXTERNAL MODULE: ./src/traffic/forward-action.ts
var forward_action = __webpack_require__(9811);
;// CONCATENATED MODULE: ./src/cli/commands/switch-traffic/index.ts









/**
 * `cutover switch-traffic`: every route of every load balancer to green together, in the configured
 * steps (or `--to` one weight), watching health, alarms and the weights themselves; any failure
 * puts every route back. --dry-run prints the plan and changes nothing.
 */
async function run(context) {
    const { settings, loaded, host, env } = context;
    const config = loaded.config;
    const { settings: aws, aws: connected } = (0,observe_estate/* connectForCommand */.l_)(config, env, host);
    try {
        const operation = switchOperation(async () => planSwitch({
            config,
            routes: (await (0,observe_estate/* readModelledEstate */.jY)(config, connected, { region: aws.region, services: settings.services })).routes,
            to: settings.to,
        }), { configPath: settings.configPath, release: settings.release }, { aws: connected, log: host.log, calls: connected.calls });
        const outcome = await (0,run_operation/* runOperation */.xj)(operation, {
            dryRun: settings.dryRun,
            // taken before the first change, checked before each step (a rollback may take it over)
            lock: (0,command_lock/* releaseRunLock */.a)({
                config,
                aws: connected,
                env,
                host,
                now: context.now,
                command: settings.command,
                release: settings.release,
                breakLock: settings.breakLock,
            }),
            signal: context.signal,
            log: host.log,
        });
        const { plan } = outcome;
        if (outcome.kind !== "applied") {
            const headline = outcome.kind === "nothing-to-do"
                ? `switch-traffic: nothing to do, green is at ${plan.from}% on ${plan.routes.length} route(s)`
                : `switch-traffic (dry run): green ${plan.from}% → ${plan.to}% on ${plan.routes.length} route(s) in ${weightSteps(plan)} step(s)`;
            return {
                headline,
                report: renderPlan(plan),
                outputs: { "green-weight": String(plan.from) },
                data: { plan: planData(plan), changed: false },
                releases: { greenWeight: plan.from },
            };
        }
        const done = outcome.result;
        const calls = connected.calls.summary();
        host.log.debug(`AWS API calls: ${JSON.stringify(calls)}`);
        return {
            headline: `switch-traffic: green ${plan.from}% → ${done.weight}% on ${plan.routes.length} route(s)`,
            report: renderOutcome(plan, done).text(`${calls.total} AWS API call(s).`),
            outputs: { "green-weight": String(done.weight) },
            data: { plan: planData(plan), steps: done.rows, stepCalls: done.stepCalls, greenWeight: done.weight, awsCalls: calls },
            releases: { greenWeight: done.weight },
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
    report.diagram((0,mermaid/* weightsChart */.k6)(`planned green share, ${plan.routes.length} route(s)`, plannedPoints(plan)));
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
/** Weights per route per step with the time each was set, drawn over the steps; then the routing before and after. */
function renderOutcome(plan, outcome) {
    const report = stepsReport(outcome.rows, plan.from, plan.routes.length);
    const before = routeWeights(plan, (i) => plan.routes[i]?.start);
    const last = [...plan.steps].reverse().find((s) => s.kind === "set-weight");
    const after = last?.kind === "set-weight" && outcome.rows.length > 0 ? routeWeights(plan, (i) => last.forwards[i]) : before;
    report.heading("final routing").table(["route", "target groups"], after.map((r) => [r.route, r.targets.map((t) => `${t.name} ${t.weight}`).join(", ")]));
    report.diagram((0,mermaid/* routingFlowchart */.ni)(before, after));
    return report;
}
/** Each route's target groups and weights, from a forward action per route. */
function routeWeights(plan, forwardOf) {
    const names = new Map(plan.routes.flatMap((r) => [[r.blue.arn, r.blue.name], [r.green.arn, r.green.name]]));
    return plan.routes.map((route, i) => ({
        route: route.label,
        targets: (forwardOf(i)?.targetGroups ?? []).map((tg) => ({ name: names.get(tg.arn) ?? tg.arn, weight: tg.weight })),
    }));
}
function plannedPoints(plan) {
    const points = [{ label: "start", green: plan.from }];
    let number = 0;
    for (const step of plan.steps)
        if (step.kind === "set-weight")
            points.push({ label: String(++number), green: step.weight });
    return points;
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

/***/ 59193:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  RV: () => (/* binding */ acquireReleaseLock),
  b4: () => (/* binding */ acquireWith)
});

// UNUSED EXPORTS: LockLostError, lockStoreFor

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
function tagsLockStore(elb, arns, settleMs = 1000) {
    const read = async () => {
        const tags = await elb.read.tags(arns);
        return arns.map((arn) => {
            const on = tags.get(arn) ?? {};
            return (0,lock_holder/* holderFrom */.Jz)(Object.fromEntries(["id", ...FIELDS].map((field) => [field, on[tagKey(field)]])));
        });
    };
    const removeWhere = async (id, holders) => {
        const ours = arns.filter((_, i) => holders[i]?.id === id);
        if (ours.length > 0)
            await elb.write.removeTags(ours, TAG_KEYS);
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
            await elb.write.addTags({
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
async function lockedLoadBalancers(config, elb) {
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
    const found = names.length > 0 ? await elb.loadBalancersByName(names) : new Map();
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
    return tagsLockStore(aws.elb, await lockedLoadBalancers(config, aws.elb.read));
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


/***/ }),

/***/ 39409:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k6: () => (/* binding */ weightsChart),
/* harmony export */   ni: () => (/* binding */ routingFlowchart)
/* harmony export */ });
/* unused harmony exports MAX_DRAWN_ROUTES, mermaidLabel */
/**
 * Mermaid diagrams for the summaries (GitHub renders them; Jenkins archives the same Markdown):
 * the green weight over a switch's steps, and where each route sends its traffic before and after.
 *
 * Every node and edge id is made here, never taken from outside. Text from outside (route labels,
 * target group names) goes only into quoted labels, through `mermaidLabel`, which leaves a small
 * set of plain characters as they are and writes every other one as Mermaid's `#code;` entity, so a
 * name can never close its quote, start a statement, open a link, or become HTML or Markdown.
 */
/** At most this many routes are drawn; the table beside the diagram lists them all. */
const MAX_DRAWN_ROUTES = 25;
const MAX_LABEL = 80;
// no `%` (Mermaid comments and directives start with `%%`), no quotes, brackets, braces, `#`, `;`, `<`, `>`, backticks or pipes
const PLAIN = /[A-Za-z0-9 _.,:/()+=@-]/;
/**
 * Text for inside a quoted Mermaid label: plain characters kept, everything else as `#<code>;`.
 * Mermaid decodes entities before it draws, so `<` and `>` become look-alike angle quotes first:
 * decoded, they still make no tag.
 */
function mermaidLabel(text) {
    const chars = [...text.replace(/</g, "\u2039").replace(/>/g, "\u203a")];
    const shown = chars.length > MAX_LABEL ? [...chars.slice(0, MAX_LABEL - 1), "…"] : chars;
    return shown.map((c) => (PLAIN.test(c) ? c : `#${c.codePointAt(0) ?? 63};`)).join("");
}
/** For places where Mermaid takes no entities (an xychart's title and categories): plain characters only. */
function plainOnly(text) {
    return [...text]
        .slice(0, MAX_LABEL)
        .map((c) => (PLAIN.test(c) ? c : "_"))
        .join("");
}
/** A line chart of green's share of the traffic at each step. */
function weightsChart(title, points) {
    const categories = points.map((p) => `"${plainOnly(p.label)}"`).join(", ");
    const values = points.map((p) => String(clampPercent(p.green))).join(", ");
    return [
        "xychart-beta",
        `  title "${plainOnly(title)}"`,
        `  x-axis [${categories}]`,
        '  y-axis "green %" 0 --> 100',
        `  line [${values}]`,
    ].join("\n");
}
/**
 * Where each route sends its traffic, before and after, side by side. An edge carries the target
 * group's share in percent; a target group at 0 is drawn with a dotted edge.
 */
function routingFlowchart(before, after) {
    const lines = ["flowchart LR"];
    const drawn = (routes, prefix, title) => {
        lines.push(`  subgraph ${prefix}["${mermaidLabel(title)}"]`, "    direction LR");
        routes.slice(0, MAX_DRAWN_ROUTES).forEach((route, r) => {
            const id = `${prefix}r${r}`;
            lines.push(`    ${id}["${mermaidLabel(route.route)}"]`);
            const total = route.targets.reduce((n, t) => n + t.weight, 0);
            route.targets.forEach((target, t) => {
                const share = total === 0 ? 0 : Math.round((target.weight / total) * 100);
                const arrow = share === 0 ? "-.->" : "-->";
                lines.push(`    ${id} ${arrow}|"${share}%"| ${id}t${t}["${mermaidLabel(target.name)}"]`);
            });
        });
        const more = routes.length - MAX_DRAWN_ROUTES;
        if (more > 0)
            lines.push(`    ${prefix}more["${more} more route(s): see the table"]`);
        lines.push("  end");
    };
    drawn(before, "before", "before");
    drawn(after, "after", "after");
    return lines.join("\n");
}
function clampPercent(value) {
    return Number.isFinite(value) ? Math.min(100, Math.max(0, Math.round(value))) : 0;
}


/***/ }),

/***/ 82754:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Q: () => (/* binding */ WRITE_CONCURRENCY),
  Z: () => (/* binding */ settleBounded)
});

;// CONCATENATED MODULE: ./node_modules/yocto-queue/index.js
/*
How it works:
`this.#head` is an instance of `Node` which keeps track of its current value and nests another instance of `Node` that keeps the value that comes after it. When a value is provided to `.enqueue()`, the code needs to iterate through `this.#head`, going deeper and deeper to find the last value. However, iterating through every single item is slow. This problem is solved by saving a reference to the last value as `this.#tail` so that it can reference it to add a new value.
*/

class Node {
	value;
	next;

	constructor(value) {
		this.value = value;
	}
}

class Queue {
	#head;
	#tail;
	#size;

	constructor() {
		this.clear();
	}

	enqueue(value) {
		const node = new Node(value);

		if (this.#head) {
			this.#tail.next = node;
			this.#tail = node;
		} else {
			this.#head = node;
			this.#tail = node;
		}

		this.#size++;
	}

	dequeue() {
		const current = this.#head;
		if (!current) {
			return;
		}

		this.#head = this.#head.next;
		this.#size--;

		// Clean up tail reference when queue becomes empty
		if (!this.#head) {
			this.#tail = undefined;
		}

		return current.value;
	}

	peek() {
		if (!this.#head) {
			return;
		}

		return this.#head.value;

		// TODO: Node.js 18.
		// return this.#head?.value;
	}

	clear() {
		this.#head = undefined;
		this.#tail = undefined;
		this.#size = 0;
	}

	get size() {
		return this.#size;
	}

	* [Symbol.iterator]() {
		let current = this.#head;

		while (current) {
			yield current.value;
			current = current.next;
		}
	}

	* drain() {
		while (this.#head) {
			yield this.dequeue();
		}
	}
}

;// CONCATENATED MODULE: ./node_modules/p-limit/index.js


function pLimit(concurrency) {
	let rejectOnClear = false;

	if (typeof concurrency === 'object') {
		({concurrency, rejectOnClear = false} = concurrency);
	}

	validateConcurrency(concurrency);

	if (typeof rejectOnClear !== 'boolean') {
		throw new TypeError('Expected `rejectOnClear` to be a boolean');
	}

	const queue = new Queue();
	let activeCount = 0;

	const resumeNext = () => {
		// Process the next queued function if we're under the concurrency limit
		if (activeCount < concurrency && queue.size > 0) {
			activeCount++;
			queue.dequeue().run();
		}
	};

	const next = () => {
		activeCount--;
		resumeNext();
	};

	const run = async (function_, resolve, arguments_) => {
		// Execute the function and capture the result promise
		const result = (async () => function_(...arguments_))();

		// Resolve immediately with the promise (don't wait for completion)
		resolve(result);

		// Wait for the function to complete (success or failure)
		// We catch errors here to prevent unhandled rejections,
		// but the original promise rejection is preserved for the caller
		try {
			await result;
		} catch {}

		// Decrement active count and process next queued function
		next();
	};

	const enqueue = (function_, resolve, reject, arguments_) => {
		const queueItem = {reject};

		// Queue the internal resolve function instead of the run function
		// to preserve the asynchronous execution context.
		new Promise(internalResolve => { // eslint-disable-line promise/param-names
			queueItem.run = internalResolve;
			queue.enqueue(queueItem);
		}).then(run.bind(undefined, function_, resolve, arguments_)); // eslint-disable-line promise/prefer-await-to-then

		// Start processing immediately if we haven't reached the concurrency limit
		if (activeCount < concurrency) {
			resumeNext();
		}
	};

	const generator = (function_, ...arguments_) => new Promise((resolve, reject) => {
		enqueue(function_, resolve, reject, arguments_);
	});

	Object.defineProperties(generator, {
		activeCount: {
			get: () => activeCount,
		},
		pendingCount: {
			get: () => queue.size,
		},
		clearQueue: {
			value() {
				if (!rejectOnClear) {
					queue.clear();
					return;
				}

				const abortError = AbortSignal.abort().reason;

				while (queue.size > 0) {
					queue.dequeue().reject(abortError);
				}
			},
		},
		concurrency: {
			get: () => concurrency,

			set(newConcurrency) {
				validateConcurrency(newConcurrency);
				concurrency = newConcurrency;

				queueMicrotask(() => {
					// eslint-disable-next-line no-unmodified-loop-condition
					while (activeCount < concurrency && queue.size > 0) {
						resumeNext();
					}
				});
			},
		},
		map: {
			async value(iterable, function_) {
				const promises = [];

				try {
					Array.from(iterable, (value, index) => {
						const promise = generator(function_, value, index);
						promises.push(promise);
						return promise;
					});
				} catch (error) {
					// The iterable threw, so `Promise.all` never observes the already scheduled promises. Observe them here to avoid unhandled rejections.
					for (const promise of promises) {
						promise.catch(() => {}); // eslint-disable-line promise/prefer-await-to-then
					}

					throw error;
				}

				return Promise.all(promises);
			},
		},
	});

	return generator;
}

function limitFunction(function_, options) {
	const limit = pLimit(options);

	const limitedFunction = (...arguments_) => limit(() => function_(...arguments_));
	Object.defineProperty(limitedFunction, 'clearQueue', {
		value: limit.clearQueue,
	});

	return limitedFunction;
}

function validateConcurrency(concurrency) {
	if (!((Number.isInteger(concurrency) || concurrency === Number.POSITIVE_INFINITY) && concurrency > 0)) {
		throw new TypeError('Expected `concurrency` to be a number from 1 and up');
	}
}

;// CONCATENATED MODULE: ./src/run/bounded.ts

/**
 * Writes of one step go out together, at most `limit` at a time, so the first and the last route of
 * a step change about one API round trip apart, whatever their number, without bursting past what
 * AWS's request limits allow. Every item is tried; the results come back in input order, each
 * settled, so a caller knows exactly which changes were made when some failed.
 */
async function settleBounded(items, limit, work) {
    const gate = pLimit(Math.max(1, limit));
    return Promise.allSettled(items.map((item) => gate(() => work(item))));
}
/**
 * How many writes of one step are in flight at once. ELBv2 throttles each account with token
 * buckets that allow a burst; 30 routes (a large release) go out in one wave, and a larger estate in
 * waves of 30. A ThrottlingException is retried by the SDK's adaptive retry, which also slows down.
 */
const WRITE_CONCURRENCY = 30;


/***/ }),

/***/ 381:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  j$: () => (/* binding */ Interrupted),
  A3: () => (/* binding */ reasonOf),
  xj: () => (/* binding */ runOperation)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
;// CONCATENATED MODULE: ./src/run/pause.ts
/** Resolves after `ms`, or at once when the signal aborts (never rejects: callers check the signal). */
function pause(ms, signal) {
    return new Promise((resolve) => {
        if (signal.aborted || ms <= 0)
            return resolve();
        const timer = setTimeout(done, ms);
        function done() {
            clearTimeout(timer);
            signal.removeEventListener("abort", done);
            resolve();
        }
        signal.addEventListener("abort", done, { once: true });
    });
}

;// CONCATENATED MODULE: ./src/run/clock.ts

const NEVER = new AbortController().signal;
const systemClock = {
    now: () => Date.now(),
    sleep: (ms, signal) => pause(ms, signal ?? NEVER),
};

;// CONCATENATED MODULE: ./src/run/run-operation.ts
/**
 * The one apply loop: plan → (dry run: stop) → lock → apply → read back → release. It owns what
 * every mutating command shares, so no command has a loop of its own:
 *
 * - `--dry-run` is looked at here and nowhere else: the plan is made, nothing is applied, no lock.
 * - The lock is taken just before the first change, released at the end, also on failure.
 * - A signal (SIGINT, SIGTERM) or the lock taken by another run aborts the run's signal, which every
 *   wait in an operation watches, so the run acts on it within a fraction of a second.
 * - A failure says what it left behind: nothing changed, put back (the operation's `restore`), or
 *   resumable with the changes made listed.
 * - After applying, the world is read back; what is not as planned is a failure, never a success.
 */


async function runOperation(op, options) {
    const plan = await untouched(op, () => op.plan());
    if (options.dryRun)
        return { kind: "dry-run", plan };
    if (op.isEmpty(plan))
        return { kind: "nothing-to-do", plan };
    if (options.signal.aborted)
        throw new errors/* OperationError */.OK(`${op.name} was interrupted (${reasonOf(options.signal)}) before any change`, { kind: "untouched" });
    const held = options.lock ? await untouched(op, () => options.lock.acquire()) : undefined;
    const stop = AbortSignal.any([options.signal, ...(held?.lost ? [held.lost] : [])]);
    const journal = newJournal(options.log);
    const clock = options.clock ?? systemClock;
    const run = {
        signal: stop,
        journal,
        log: options.log,
        now: () => clock.now(),
        sleep: (ms) => clock.sleep(ms, stop),
        sleepThrough: (ms) => clock.sleep(ms),
        stillHeld: () => stillHeld(held),
    };
    try {
        // an operation that returns has finished its work, even when it ended early on a signal (follow)
        const result = await op.apply(plan, run);
        const unmet = op.verify ? await op.verify(plan, result, run) : [];
        if (unmet.length > 0)
            throw new errors/* OperationError */.OK(`${op.name}: read back after the changes, not as planned: ${unmet.join("; ")}`, {
                kind: "resumable",
                detail: `${made(journal)}Run ${op.resume} again to finish.`,
            });
        return { kind: "applied", plan, result, changes: journal.changes };
    }
    catch (error) {
        throw await afterFailure(op, plan, run, held, error);
    }
    finally {
        await held?.release();
    }
}
/** Planning and taking the lock change nothing: an error from outside there leaves everything as it was. */
async function untouched(op, step) {
    try {
        return await step();
    }
    catch (error) {
        if (error instanceof errors/* ExternalError */.yA)
            throw new errors/* OperationError */.OK(error.message, { kind: "untouched" }, { cause: error });
        throw error;
    }
}
async function afterFailure(op, plan, run, held, error) {
    // an "untouched" from a read after changes were made (the read-back) is not untouched any more
    if (error instanceof errors/* OperationError */.OK && error.aftermath.kind === "untouched" && run.journal.changes.length > 0)
        return new errors/* OperationError */.OK(error.message, { kind: "resumable", detail: `${made(run.journal)}Run ${op.resume} again: it plans from what is there now and finishes the rest.` }, { cause: error });
    // bad input, and a failure the operation already explained (a wait that timed out), keep their words
    if (error instanceof errors/* InputError */.dz || error instanceof errors/* OperationError */.OK)
        return error;
    // another run holds the lock now: whatever is in place is theirs to change, not ours to put back
    if (await lockLost(held))
        return new errors/* OperationError */.OK(`${op.name} stopped: the lock was taken over by another run (a rollback?)`, run.journal.changes.length === 0
            ? { kind: "untouched" }
            : { kind: "resumable", detail: `${made(run.journal)}Everything was left as it is for the run that holds the lock.` }, { cause: error });
    const interrupted = run.signal.aborted && !(error instanceof errors/* ExternalError */.yA) && !(error instanceof errors/* RefusedError */.fk) && !(error instanceof Interrupted);
    const cause = interrupted ? Interrupted.by(op.name, run.signal) : error;
    if (run.journal.changes.length === 0) {
        if (cause instanceof errors/* ExternalError */.yA || cause instanceof Interrupted)
            return new errors/* OperationError */.OK(cause.message, { kind: "untouched" }, { cause });
        return cause;
    }
    // changes were made: put back when the operation can (traffic), whatever the cause, a bug included
    if (op.restore)
        return op.restore(plan, run, cause);
    const resumable = {
        kind: "resumable",
        detail: `${made(run.journal)}Run ${op.resume} again: it plans from what is there now and finishes the rest.`,
    };
    if (cause instanceof errors/* ExternalError */.yA || cause instanceof Interrupted)
        return new errors/* OperationError */.OK(`${op.name}: ${cause.message}`, resumable, { cause });
    if (cause instanceof errors/* RefusedError */.fk)
        return new errors/* RefusedError */.fk(cause.message, cause.reasons, resumable, cause.partial);
    run.log.warn(made(run.journal));
    return cause;
}
/** A stop request (SIGINT/SIGTERM) seen part-way; an operation may throw one in its own words. */
class Interrupted extends Error {
    constructor(message) {
        super(message);
        this.name = "Interrupted";
    }
    static by(command, signal) {
        return new Interrupted(`${command} was interrupted (${reasonOf(signal)})`);
    }
}
/** The signal's reason in words: `SIGINT received`. */
function reasonOf(signal) {
    const reason = signal.reason;
    return reason instanceof Error ? reason.message : "stop requested";
}
/** Whether another run has taken the lock; a lock that cannot be read now counts as still ours. */
async function lockLost(held) {
    if (!held)
        return false;
    if (held.lost?.aborted)
        return true;
    try {
        await held.check();
        return false;
    }
    catch (error) {
        return error instanceof errors/* RefusedError */.fk;
    }
}
async function stillHeld(held) {
    if (!held)
        return true;
    if (held.lost?.aborted)
        return false;
    try {
        await held.check();
        return true;
    }
    catch (error) {
        if (error instanceof errors/* RefusedError */.fk)
            return false;
        throw error;
    }
}
function made(journal) {
    return journal.changes.length > 0 ? `Made before the failure: ${journal.changes.join("; ")}. ` : "";
}
function newJournal(log) {
    const changes = [];
    return {
        changes,
        record: (line, options) => {
            changes.push(line);
            if (options?.log !== false)
                log.info(line);
        },
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
