export const id = 293;
export const ids = [293];
export const modules = {

/***/ 83916:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FO: () => (/* binding */ exitCodeOf),
/* harmony export */   OK: () => (/* binding */ OperationError),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   fk: () => (/* binding */ RefusedError),
/* harmony export */   s$: () => (/* binding */ NotBuiltError),
/* harmony export */   yA: () => (/* binding */ ExternalError),
/* harmony export */   yU: () => (/* binding */ ExitCode)
/* harmony export */ });
/**
 * The few error kinds cutover raises on purpose. Only the CLI entry point turns them into exit
 * codes; everything else throws and lets them travel up.
 */
const ExitCode = {
    /** The command did what it said. */
    Done: 0,
    /** The operation failed; what was changed was put back, or left resumable (the message says which). */
    Failed: 1,
    /** Bad input or configuration; nothing was changed. */
    BadInput: 2,
    /** Refused by a safety check (unsafe migration, lock held, precondition not met); nothing was changed. */
    Refused: 3,
};
/** Bad flags, inputs or config. Each problem names where it was found. */
class InputError extends Error {
    problems;
    exitCode = ExitCode.BadInput;
    constructor(message, problems = [message]) {
        super(message);
        this.problems = problems;
        this.name = "InputError";
    }
}
/** A command that exists in the command table but whose capability is not built yet. */
class NotBuiltError extends InputError {
    constructor(command) {
        super(`'${command}' is not built yet in this version of cutover; nothing was done.`);
        this.name = "NotBuiltError";
    }
}
/**
 * A safety check said no: before anything changed, or (with `aftermath`) part-way, when what this run
 * had changed was put back first (switch-traffic finding weights moved by someone else).
 */
class RefusedError extends Error {
    reasons;
    aftermath;
    partial;
    exitCode = ExitCode.Refused;
    constructor(message, reasons = [message], aftermath, partial) {
        super(message);
        this.reasons = reasons;
        this.aftermath = aftermath;
        this.partial = partial;
        this.name = "RefusedError";
    }
}
/**
 * A system cutover works with (AWS, a search engine, Kafka, a database, Flink) answered with an error
 * or could not be reached. Adapters throw these; the apply loop turns them into an OperationError that
 * says what was left behind. Never "a bug in cutover".
 */
class ExternalError extends Error {
    system;
    constructor(message, 
    /** `AWS`, `the search engine`, `Kafka`: how messages name the system. */
    system, options) {
        super(message, options);
        this.system = system;
        this.name = "ExternalError";
    }
}
/** The operation failed part-way. `aftermath` tells the operator what state things are in. */
class OperationError extends Error {
    aftermath;
    exitCode = ExitCode.Failed;
    partial;
    constructor(message, aftermath, options) {
        super(message, options);
        this.aftermath = aftermath;
        this.partial = options?.partial;
        this.name = "OperationError";
    }
}
function exitCodeOf(error) {
    if (error instanceof InputError || error instanceof RefusedError || error instanceof OperationError) {
        return error.exitCode;
    }
    return ExitCode.Failed;
}


/***/ }),

/***/ 52274:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runWorker: () => (/* binding */ runWorker)
/* harmony export */ });
/* harmony import */ var _sql_parse_sql_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(47655);

function runWorker(port) {
    port.on("message", (request) => {
        const results = request.files.map(([key, path, text]) => {
            try {
                return [key, (0,_sql_parse_sql_js__WEBPACK_IMPORTED_MODULE_0__/* .parseFlinkSql */ .y)(text, path)];
            }
            catch {
                return [key, null];
            }
        });
        port.postMessage({ kind: "parsed", results });
    });
    port.postMessage({ kind: "ready" });
}


/***/ })

};
