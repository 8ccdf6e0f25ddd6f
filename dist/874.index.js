export const id = 874;
export const ids = [874];
export const modules = {

/***/ 35874:
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
// EXTERNAL MODULE: ./src/rollout/side-operation.ts + 1 modules
var side_operation = __webpack_require__(74764);
// EXTERNAL MODULE: ./src/run/run-operation.ts + 2 modules
var run_operation = __webpack_require__(381);
// EXTERNAL MODULE: ./src/traffic/estate.ts
var estate = __webpack_require__(61361);
// EXTERNAL MODULE: ./src/traffic/header-rules/index.ts + 8 modules
var header_rules = __webpack_require__(14278);
// EXTERNAL MODULE: ./src/traffic/promote-plan.ts
var promote_plan = __webpack_require__(30693);
// EXTERNAL MODULE: ./src/traffic/side-plan.ts
var side_plan = __webpack_require__(96240);
// EXTERNAL MODULE: ./src/traffic/tags.ts
var traffic_tags = __webpack_require__(46944);
;// CONCATENATED MODULE: ./src/traffic/rollback-plan.ts





function planRollback(input) {
    const { config } = input;
    const rows = [];
    const forwards = [];
    const tags = [];
    const retire = [];
    const refusals = [];
    const header = [];
    const intent = [];
    for (const route of input.routes) {
        const label = (0,estate/* routeLabel */.qA)(route);
        const { back, away, undo } = sidesOf(route);
        if (!back) {
            refusals.push(`${label}: neither a blue nor a standby target group to go back to`);
            continue;
        }
        const notes = [];
        if (undo) {
            const due = (0,promote_plan/* standbyDue */.m)(back, config, input.now);
            notes.push(due.passed
                ? `undoing the promote of ${away?.name ?? "?"}: standby ${back.name}'s time ended ${due.until}, but it still exists`
                : `undoing the promote of ${away?.name ?? "?"}: back to standby ${back.name}`);
        }
        if (back.health.total > 0 && back.health.healthy === 0)
            notes.push(`${back.name} has no healthy target (0/${back.health.total}); sending it the traffic anyway`);
        const destroy = input.destroyGreen && away !== undefined && away.tags.colourTag !== traffic_tags/* RETIRED */.wk;
        const deleted = destroy && route.serviceType !== "target-group" && away.tags.createdBy === traffic_tags/* CREATED_BY_CUTOVER */.g$;
        const targetGroups = (0,side_plan/* liveForward */.or)(route, back.arn, [], deleted && away ? [away.arn] : []);
        const rowForward = (0,side_plan/* forwardStep */.IX)(route, targetGroups);
        // tags only where a promote left them otherwise; an untagged side stays untagged
        const rowTags = [];
        if ((back.tags.colourTag !== undefined && back.tags.colourTag !== "blue") || back.tags.promotedAt !== undefined)
            rowTags.push(...(0,side_plan/* tagStep */.RS)(route, back, back.tags.colourTag === undefined ? {} : { [traffic_tags/* TAG */.Dk.colour]: "blue" }, [traffic_tags/* TAG */.Dk.promotedAt]));
        if (away && !destroy && ((away.tags.colourTag !== undefined && away.tags.colourTag !== "green") || away.tags.standbyArn !== undefined))
            rowTags.push(...(0,side_plan/* tagStep */.RS)(route, away, away.tags.colourTag === undefined ? {} : { [traffic_tags/* TAG */.Dk.colour]: "green" }, [traffic_tags/* TAG */.Dk.standby]));
        const rowRetire = [];
        if (destroy) {
            const retired = (0,side_plan/* retireSteps */.JQ)(route, away);
            rowRetire.push(...retired.steps, ...retired.tags);
            notes.push(retired.words);
        }
        // green-header requests follow afterRelease, as after a promote; `afterRollback: keep-green` keeps green reachable while it exists
        const keepGreen = config.headerRouting?.afterRollback === "keep-green" && away !== undefined && !deleted && !destroy;
        const targets = {
            green: keepGreen ? { targetGroupArn: away.arn } : (0,side_plan/* afterReleaseTarget */.hx)(config, back.arn),
            blue: { targetGroupArn: back.arn },
        };
        header.push({ route, targets });
        intent.push({ route: label, ruleArn: route.rule.arn, forward: targetGroups, header: config.headerRouting ? targets : undefined });
        forwards.push(...rowForward);
        tags.push(...rowTags);
        retire.push(...rowRetire);
        const changed = rowForward.length + rowTags.length + rowRetire.length > 0;
        rows.push({
            route: label,
            service: route.service,
            action: undo ? "undo promote" : away ? (changed ? "roll back" : "rolled back already") : "nothing to roll back",
            before: (0,side_plan/* namedWeights */.f4)(route.forward?.targetGroups ?? []),
            after: (0,side_plan/* namedWeights */.f4)(targetGroups),
            tags: [...rowTags, ...rowRetire].filter((s) => s.kind === "tag").map(side_plan/* describeTag */.y),
            notes,
        });
    }
    if (refusals.length > 0)
        return { rows, intent: [], steps: [], headerPlans: [], retire: [], refusals };
    const release = header.map((h) => h.route.green?.release ?? h.route.blue?.release).find((r) => r !== undefined) ?? "rollback";
    const headerPlans = (0,header_rules/* planHeaderRulesForRoutes */.xt)(config, header, release, { keepRelease: true, restoreAdopted: true, giveRoomBack: true });
    // traffic first: at 3 a.m. what matters most is where requests go; tags and retirements follow
    return { rows, intent, steps: [...forwards, ...tags], headerPlans, retire: (0,side_plan/* dedupe */.Qq)(retire), refusals };
}
/**
 * The side to go back to and the side to leave. A release in progress wins over a standby: after a
 * promote, the next release's green is what a rollback undoes, not the promote before it.
 */
function sidesOf(route) {
    const { blue, green, standby } = route;
    if (standby && (green === undefined || green.arn === standby.arn))
        return { back: standby, away: blue && blue.arn !== standby.arn ? blue : undefined, undo: true };
    return { back: blue, away: green, undo: false };
}

// EXTERNAL MODULE: ./src/cli/resume-command.ts
var resume_command = __webpack_require__(58015);
;// CONCATENATED MODULE: ./src/cli/commands/rollback/index.ts







/**
 * `cutover rollback`: every selected route straight back to the side that was live before the
 * release, from AWS state alone (days later, another runner, after a crash or a promote). Green is
 * kept for debugging unless --destroy-green. A rerun changes nothing and says so.
 */
async function run({ settings, loaded, host, env, now, signal }) {
    const { config } = loaded;
    const at = now();
    const { settings: aws, aws: connected } = (0,observe_estate/* connectForCommand */.l_)(config, env, host);
    try {
        const outcome = await (0,run_operation/* runOperation */.xj)((0,side_operation/* sideOperation */.hl)({
            command: "rollback",
            config,
            aws: connected,
            region: aws.region,
            services: settings.services,
            log: host.log,
            resume: (0,resume_command/* resumeCommand */.V)(settings),
            plan: (routes) => planRollback({ config, routes, now: at, destroyGreen: settings.destroyGreen }),
        }), {
            dryRun: settings.dryRun,
            // never blocked: it takes the release lock over (naming the previous holder), so a running switch stops at its next check
            lock: (0,command_lock/* releaseRunLock */.a)({
                config,
                aws: connected,
                env,
                host,
                now,
                command: settings.command,
                release: settings.release,
                breakLock: undefined,
                takeOver: true,
            }),
            signal,
            log: host.log,
        });
        const { plan } = outcome;
        const count = (0,side_plan/* changeCount */.YR)(plan);
        const headline = outcome.kind === "dry-run"
            ? `rollback (dry run): ${count} change(s) on ${plan.rows.length} route(s)`
            : outcome.kind === "nothing-to-do"
                ? `rollback: nothing to change on ${plan.rows.length} route(s); traffic is already on blue`
                : `rollback: ${plan.rows.length} route(s) back on blue, ${outcome.changes.length} change(s)`;
        return (0,side_operation/* sideCommandResult */.wQ)(headline, outcome, connected.calls.summary());
    }
    finally {
        connected.close();
    }
}


/***/ })

};
