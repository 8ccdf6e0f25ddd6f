export const id = 3;
export const ids = [3];
export const modules = {

/***/ 45003:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _config_load_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(62701);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _db_dialect_choice_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(66994);
/* harmony import */ var _db_findings_report_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(42093);
/* harmony import */ var _db_lint_run_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(73713);
/* harmony import */ var _db_migration_sources_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(95885);
/* harmony import */ var _db_migrations_migration_files_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(89289);
/* harmony import */ var _db_observe_migrations_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(31875);
/* harmony import */ var _command_table_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(17266);










/**
 * `cutover lint-migrations [paths...]`: checks migrations for changes the running blue release
 * cannot live with, or that lock a busy table. With paths it needs no config (a pull request
 * check); without, it takes the config's Prisma project: the pending migrations when the database
 * is reachable through database.url, every migration with --all or without a URL.
 */
async function run({ settings, host, env }) {
    const cwd = process.cwd();
    const usesConfig = settings.paths.length === 0 || (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(settings.configPath) || settings.configPath !== "cutover.yml";
    const loaded = usesConfig ? await (0,_config_load_js__WEBPACK_IMPORTED_MODULE_1__/* .loadConfig */ .Z)(settings.configPath, env, { sections: (0,_command_table_js__WEBPACK_IMPORTED_MODULE_8__/* .configSectionsOf */ .i3)(settings.command) }) : undefined;
    for (const secret of loaded?.secrets ?? [])
        host.maskSecret(secret);
    const database = loaded?.config.database;
    if (settings.paths.length === 0 && !database) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`lint-migrations: ${settings.configPath} has no database section; give migration folders or .sql files as arguments`);
    }
    const selection = await selectMigrations(settings.paths, settings.all, database, settings.configPath, cwd);
    const choice = (0,_db_dialect_choice_js__WEBPACK_IMPORTED_MODULE_9__/* .chooseDialect */ .I)({ url: database?.url, lockFile: selection.lockFileDialect, flag: settings.dialect });
    if ("problem" in choice)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(choice.problem);
    const mode = database?.safety.mode ?? "enforce";
    const blue = await (0,_db_lint_run_js__WEBPACK_IMPORTED_MODULE_4__/* .loadBlueSchema */ .o)({
        file: settings.blueSchema,
        ref: settings.blueRef,
        defaultSchema: database && loaded ? (0,_db_observe_migrations_js__WEBPACK_IMPORTED_MODULE_7__/* .prismaProjectOf */ .d)(database, loaded.path).schemaPath : undefined,
        cwd,
    });
    const result = await (0,_db_lint_run_js__WEBPACK_IMPORTED_MODULE_4__/* .lintWithBlue */ .i)(selection.files, { dialect: choice.dialect, allow: database?.safety.allow ?? [], blue: blue?.schema });
    const verdict = (0,_db_findings_report_js__WEBPACK_IMPORTED_MODULE_3__/* .verdictOf */ .Vj)(result, mode);
    const report = (0,_db_findings_report_js__WEBPACK_IMPORTED_MODULE_3__/* .findingsReport */ .nz)(result, mode, `${selection.what}, ${choice.dialect} (from ${choice.from})${blue ? `, against blue's schema ${blue.origin}` : ""}`);
    const data = {
        dialect: choice.dialect,
        dialectFrom: choice.from,
        mode,
        checked: selection.what,
        blueSchema: blue?.origin ?? null,
        migrations: [...new Set(selection.files.map((f) => f.migration))],
        files: result.files,
        statements: result.statements,
        errors: verdict.errors,
        warnings: verdict.warnings,
        findings: result.findings,
        suppressed: result.suppressed,
    };
    if (verdict.refuse) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RefusedError */ .fk(`${verdict.errors} migration change(s) the live release cannot live with, or that lock a busy table`, result.findings.filter((f) => f.severity === "error").map(_db_findings_report_js__WEBPACK_IMPORTED_MODULE_3__/* .findingHeadline */ .oW), undefined, { report, data });
    }
    const clean = result.findings.length === 0;
    return {
        headline: clean
            ? `lint-migrations: ${selection.files.length} migration file(s) safe for blue/green (${choice.dialect})`
            : `lint-migrations: ${verdict.errors} error(s), ${verdict.warnings} warning(s) in ${selection.files.length} file(s)${mode === "enforce" ? "" : ` (mode ${mode}: reported, not refused)`}`,
        report,
        outputs: { findings: String(result.findings.length), errors: String(verdict.errors) },
        data,
    };
}
async function selectMigrations(paths, all, database, configPath, cwd) {
    if (paths.length > 0) {
        const collected = (0,_db_migration_sources_js__WEBPACK_IMPORTED_MODULE_5__/* .collectMigrationPaths */ .JS)(paths, cwd);
        return { ...collected, what: `${collected.files.length} file(s) given` };
    }
    if (!database)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz("lint-migrations: no paths and no database section");
    const project = (0,_db_observe_migrations_js__WEBPACK_IMPORTED_MODULE_7__/* .prismaProjectOf */ .d)(database, configPath);
    const lockFileDialect = (0,_db_migrations_migration_files_js__WEBPACK_IMPORTED_MODULE_6__/* .dialectOfLockFile */ .j)(project.migrationsDir);
    const asFile = (f) => ({
        migration: f.name,
        file: (0,_db_migration_sources_js__WEBPACK_IMPORTED_MODULE_5__/* .shownPath */ .pS)(f.sqlPath, cwd),
        sql: f.sql,
    });
    if (all || database.url === undefined) {
        const folders = (0,_db_migrations_migration_files_js__WEBPACK_IMPORTED_MODULE_6__/* .readMigrationFolders */ .U)(project.migrationsDir);
        return {
            files: folders.map(asFile),
            lockFileDialect,
            what: `every migration (${folders.length})${all ? "" : ", no database.url to tell the pending ones"}`,
        };
    }
    const observed = await (0,_db_observe_migrations_js__WEBPACK_IMPORTED_MODULE_7__/* .observeMigrations */ .o)(project, { ...database, url: database.url });
    return { files: observed.gate.pending.map(asFile), lockFileDialect, what: `${observed.gate.pending.length} pending migration(s)` };
}


/***/ })

};
