export const id = 502;
export const ids = [502];
export const modules = {

/***/ 13502:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _aws_observe_estate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37025);
/* harmony import */ var _lock_command_lock_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57296);
/* harmony import */ var _rollout_side_operation_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74764);
/* harmony import */ var _run_run_operation_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(381);
/* harmony import */ var _traffic_rollback_plan_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(96501);
/* harmony import */ var _traffic_side_plan_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(96240);
/* harmony import */ var _traffic_release_facts_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(16798);
/* harmony import */ var _resume_command_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(58015);








/**
 * `cutover rollback`: every selected route straight back to the side that was live before the
 * release, from AWS state alone (days later, another runner, after a crash or a promote). Green is
 * kept for debugging unless --destroy-green. A rerun changes nothing and says so.
 */
async function run({ settings, loaded, host, env, now, signal }) {
    const { config } = loaded;
    const at = now();
    const { settings: aws, aws: connected } = (0,_aws_observe_estate_js__WEBPACK_IMPORTED_MODULE_0__/* .connectForCommand */ .l_)(config, env, host);
    // the routes as first read, before any change: which releases this run moves
    let moved;
    try {
        const outcome = await (0,_run_run_operation_js__WEBPACK_IMPORTED_MODULE_3__/* .runOperation */ .xj)((0,_rollout_side_operation_js__WEBPACK_IMPORTED_MODULE_2__/* .sideOperation */ .hl)({
            command: "rollback",
            config,
            aws: connected,
            region: aws.region,
            services: settings.services,
            log: host.log,
            resume: (0,_resume_command_js__WEBPACK_IMPORTED_MODULE_7__/* .resumeCommand */ .V)(settings),
            plan: (routes) => {
                moved ??= (0,_traffic_release_facts_js__WEBPACK_IMPORTED_MODULE_6__/* .rollbackReleases */ .i)(routes);
                return (0,_traffic_rollback_plan_js__WEBPACK_IMPORTED_MODULE_4__/* .planRollback */ .I)({ config, routes, now: at, destroyGreen: settings.destroyGreen });
            },
        }), {
            dryRun: settings.dryRun,
            // never blocked: it takes the release lock over (naming the previous holder), so a running switch stops at its next check
            lock: (0,_lock_command_lock_js__WEBPACK_IMPORTED_MODULE_1__/* .releaseRunLock */ .a)({
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
        const count = (0,_traffic_side_plan_js__WEBPACK_IMPORTED_MODULE_5__/* .changeCount */ .YR)(plan);
        const headline = outcome.kind === "dry-run"
            ? `rollback (dry run): ${count} change(s) on ${plan.rows.length} route(s)`
            : outcome.kind === "nothing-to-do"
                ? `rollback: nothing to change on ${plan.rows.length} route(s); traffic is already on blue`
                : `rollback: ${plan.rows.length} route(s) back on blue, ${outcome.changes.length} change(s)`;
        return { ...(0,_rollout_side_operation_js__WEBPACK_IMPORTED_MODULE_2__/* .sideCommandResult */ .wQ)(headline, outcome, connected.calls.summary()), ...(moved ? { releases: moved } : {}) };
    }
    finally {
        connected.close();
    }
}


/***/ })

};
