export const id = 631;
export const ids = [631];
export const modules = {

/***/ 631:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GitHubHost: () => (/* binding */ GitHubHost)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6421);
/* harmony import */ var _report_report_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8850);
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9717);



/**
 * GitHub Actions, through @actions/core: inputs, outputs, step summary, masking and log groups.
 * This is the only file in the project that imports @actions/*; it is loaded only on GitHub.
 */
class GitHubHost {
    kind = "github";
    redactor = new _redact_js__WEBPACK_IMPORTED_MODULE_2__/* .Redactor */ .p();
    log = {
        info: (m) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(this.redactor.redact(m)),
        warn: (m) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(this.redactor.redact(m)),
        error: (m) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .error */ .z3(this.redactor.redact(m)),
        debug: (m) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz(this.redactor.redact(m)),
        group: (title, body) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .group */ .Os(this.redactor.redact(title), body),
    };
    input(name) {
        const value = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(name);
        return value === "" ? undefined : value;
    }
    maskSecret(value) {
        this.redactor.add(value);
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(value);
    }
    setOutput(name, value) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(name, this.redactor.redact(value));
    }
    async writeSummary(report, title) {
        if (!process.env.GITHUB_STEP_SUMMARY)
            return;
        await _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .summary */ .z
            .addHeading(`cutover ${title}`, 2)
            .addRaw(this.redactor.redact((0,_report_report_js__WEBPACK_IMPORTED_MODULE_1__/* .toMarkdown */ .l6)(report)), true)
            .write();
    }
    async close() { }
    printReport(report) {
        process.stdout.write(this.redactor.redact((0,_report_report_js__WEBPACK_IMPORTED_MODULE_1__/* .toText */ .fE)(report)));
    }
    printJson(value) {
        process.stdout.write(`${this.redactor.redact(JSON.stringify(value, null, 2))}\n`);
    }
}


/***/ })

};
