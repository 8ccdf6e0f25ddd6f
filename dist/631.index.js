export const id = 631;
export const ids = [631];
export const modules = {

/***/ 631:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GitHubHost: () => (/* binding */ GitHubHost)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96421);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _report_escape_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(14031);
/* harmony import */ var _report_report_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(88850);
/* harmony import */ var _local_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(87699);
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(59717);
/* harmony import */ var _workflow_command_guard_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7701);







/**
 * GitHub Actions, through @actions/core: inputs, outputs, step summary, masking and log groups.
 * With github-deployments/record.ts, the only files that import @actions/*; loaded only on GitHub.
 *
 * Every log line is redacted, its control characters escaped, and any line that the runner could
 * still take for a workflow command is shown inside `::stop-commands::`. With --json, stdout
 * carries the JSON document alone and everything else goes to stderr, which the runner reads for
 * workflow commands as well (actions/runner attaches its command parser to both streams).
 */
class GitHubHost {
    io;
    kind = "github";
    redactor = new _redact_js__WEBPACK_IMPORTED_MODULE_5__/* .Redactor */ .pO();
    stopToken = (0,_workflow_command_guard_js__WEBPACK_IMPORTED_MODULE_6__/* .newStopToken */ .gA)();
    jsonOnStdout = false;
    failedFiles = new Set();
    constructor(io) {
        this.io = io;
    }
    log = {
        info: (m) => this.logLine(this.safe(m)),
        warn: (m) => this.command(() => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(this.safe(m))),
        error: (m) => this.command(() => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .error */ .z3(this.safe(m))),
        debug: (m) => this.command(() => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz(this.safe(m))),
        verbatim: (title, text) => {
            this.logLine(this.safe(title));
            const body = (0,_report_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeControlCharsKeepLines */ .O4)(this.redactor.redactText(text));
            this.logSink().write((0,_workflow_command_guard_js__WEBPACK_IMPORTED_MODULE_6__/* .guardWorkflowCommands */ .Jw)(body.endsWith("\n") ? body : `${body}\n`, this.stopToken));
        },
        group: async (title, body) => {
            this.command(() => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .startGroup */ .Oh(this.safe(title)));
            try {
                return await body();
            }
            finally {
                this.command(() => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .endGroup */ .N4());
            }
        },
    };
    input(name) {
        const value = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(name);
        return value === "" ? undefined : value;
    }
    maskSecret(value) {
        // every form the value can take is registered with the runner as well as redacted here
        for (const form of this.redactor.add(value))
            this.command(() => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(form));
    }
    redact(value) {
        return this.redactor.redactValue(value);
    }
    setOutput(name, value) {
        // Without GITHUB_OUTPUT, @actions/core falls back to a deprecated `::set-output` line on stdout,
        // which would break --json's one document (and modern runners ignore it): one warning instead.
        // (core reads the variable from process.env, so this looks there too)
        if (!process.env.GITHUB_OUTPUT) {
            if (!this.failedFiles.has("GITHUB_OUTPUT"))
                this.log.warn("GITHUB_OUTPUT is not set, so the step's outputs were not written. The command's own result stands.");
            this.failedFiles.add("GITHUB_OUTPUT");
            return;
        }
        this.tryFile("GITHUB_OUTPUT", `the output '${name}'`, () => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(name, (0,_local_js__WEBPACK_IMPORTED_MODULE_4__/* .outputText */ .j)(this.redactor, value)));
    }
    reserveStdoutForJson() {
        this.jsonOnStdout = true;
    }
    async writeSummary(report, title) {
        const path = process.env.GITHUB_STEP_SUMMARY;
        if (!path)
            return;
        const markdown = (0,_report_report_js__WEBPACK_IMPORTED_MODULE_3__/* .toMarkdown */ .l6)((0,_report_report_js__WEBPACK_IMPORTED_MODULE_3__/* .mapReportText */ .a8)(report, (text) => this.redactor.redactText(text)));
        // Appended directly rather than through core.summary, which keeps the first file path it saw
        // for the life of the process; the heading is HTML, so its text is escaped.
        try {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.appendFile)(path, `<h2>${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeHtml */ .ZD)(`cutover ${title}`)}</h2>\n\n${markdown}\n`);
        }
        catch (error) {
            this.fileWarning("GITHUB_STEP_SUMMARY", "the step summary", error);
        }
    }
    async close() { }
    printReport(report) {
        const text = (0,_report_report_js__WEBPACK_IMPORTED_MODULE_3__/* .toText */ .fE)((0,_report_report_js__WEBPACK_IMPORTED_MODULE_3__/* .mapReportText */ .a8)(report, (t) => this.redactor.redactText(t)));
        this.io.stdout.write((0,_workflow_command_guard_js__WEBPACK_IMPORTED_MODULE_6__/* .guardWorkflowCommands */ .Jw)(text, this.stopToken));
    }
    printJson(value) {
        this.io.stdout.write(`${(0,_workflow_command_guard_js__WEBPACK_IMPORTED_MODULE_6__/* .neutralizeJson */ .GQ)(JSON.stringify(this.redactor.redactValue(value), null, 2))}\n`);
    }
    safe(message) {
        return (0,_report_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeControlChars */ ._s)(this.redactor.redactText(message));
    }
    /** Where log lines and workflow commands go: stdout, or stderr while stdout is kept for --json. */
    logSink() {
        return this.jsonOnStdout ? this.io.stderr : this.io.stdout;
    }
    logLine(line) {
        this.logSink().write((0,_workflow_command_guard_js__WEBPACK_IMPORTED_MODULE_6__/* .looksLikeWorkflowCommand */ .O3)(line) ? (0,_workflow_command_guard_js__WEBPACK_IMPORTED_MODULE_6__/* .guardWorkflowCommands */ .Jw)(line, this.stopToken) : `${line}\n`);
    }
    /**
     * Runs an @actions/core call that prints a workflow command. core writes to process.stdout; when
     * the log goes elsewhere (stderr under --json, or a test's sink) its write is sent there for the
     * length of the call, which is synchronous.
     */
    command(call) {
        const sink = this.logSink();
        if (sink === process.stdout)
            return call();
        const original = process.stdout.write;
        process.stdout.write = ((chunk) => {
            sink.write(String(chunk));
            return true;
        });
        try {
            call();
        }
        finally {
            process.stdout.write = original;
        }
    }
    /** GITHUB_OUTPUT or GITHUB_STEP_SUMMARY missing or unwritable is a warning; the exit code stands. */
    tryFile(variable, what, write) {
        try {
            write();
        }
        catch (error) {
            this.fileWarning(variable, what, error);
        }
    }
    fileWarning(variable, what, error) {
        if (this.failedFiles.has(variable))
            return;
        this.failedFiles.add(variable);
        const path = process.env[variable] ?? "";
        const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
        this.log.warn(`could not write ${what} to ${variable} ('${path}'): ${reason}. The command's own result stands.`);
    }
}


/***/ })

};
