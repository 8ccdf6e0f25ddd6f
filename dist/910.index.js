export const id = 910;
export const ids = [910];
export const modules = {

/***/ 72910:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _config_load_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62701);
/* harmony import */ var _release_side_command_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(37431);
/* harmony import */ var _traffic_promote_plan_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(30693);
/* harmony import */ var _traffic_side_plan_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(96240);
/* harmony import */ var _command_table_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(17266);
/* harmony import */ var _lock_command_lock_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(54739);






/**
 * `cutover promote`: green, already at 100%, becomes the live side on every selected route; the old
 * side stays as standby for `traffic.standby` (or is retired now with --cleanup). --dry-run prints
 * the plan; a rerun changes nothing and says so.
 */
async function run({ settings, host, env, now }) {
    const loaded = await (0,_config_load_js__WEBPACK_IMPORTED_MODULE_0__/* .loadConfig */ .Z)(settings.configPath, env, { sections: (0,_command_table_js__WEBPACK_IMPORTED_MODULE_4__/* .configSectionsOf */ .i3)(settings.command) });
    for (const secret of loaded.secrets)
        host.maskSecret(secret);
    const config = loaded.config;
    const at = now();
    const outcome = await (0,_release_side_command_js__WEBPACK_IMPORTED_MODULE_1__/* .runSideCommand */ .s4)({
        command: "promote",
        config,
        services: settings.services,
        dryRun: settings.dryRun,
        env,
        host,
        plan: (routes) => (0,_traffic_promote_plan_js__WEBPACK_IMPORTED_MODULE_2__/* .planPromote */ .S)({ config, routes, now: at, cleanup: settings.cleanup, release: settings.release }),
        beforeChange: async (aws) => {
            // the release lock, after planning and before the first change
            const lock = await (0,_lock_command_lock_js__WEBPACK_IMPORTED_MODULE_5__/* .takeCommandLock */ .U)({
                config,
                aws,
                env,
                host,
                now,
                command: settings.command,
                release: settings.release,
                breakLock: settings.breakLock,
                dryRun: settings.dryRun,
            });
            return lock && (() => lock.release());
        },
    });
    const { plan } = outcome;
    const count = (0,_traffic_side_plan_js__WEBPACK_IMPORTED_MODULE_3__/* .changeCount */ .YR)(plan);
    const promoted = plan.rows.filter((r) => r.action === "promote").length;
    const headline = settings.dryRun
        ? `promote (dry run): ${count} change(s) on ${plan.rows.length} route(s)`
        : count === 0
            ? `promote: nothing to change on ${plan.rows.length} route(s); already promoted`
            : `promote: ${promoted} route(s) promoted, ${outcome.changes.length} change(s)`;
    return (0,_release_side_command_js__WEBPACK_IMPORTED_MODULE_1__/* .sideCommandResult */ .wQ)(headline, outcome);
}


/***/ })

};
