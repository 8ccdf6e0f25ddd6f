export const id = 281;
export const ids = [281];
export const modules = {

/***/ 23281:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runWorkerJob: () => (/* binding */ runWorkerJob)
/* harmony export */ });
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(75919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_0__);

/**
 * The jobs a worker thread of cutover can run, each loaded only in the worker that runs it (so a
 * worker never pays for the CLI). Started through the entry script (src/run/worker-entry.ts).
 */
const JOBS = {
    // parses a Flink pipeline's files beside the main thread (src/flink/rollout/parse-pool.ts)
    "flink-parse": () => Promise.all(/* import() */[__webpack_require__.e(634), __webpack_require__.e(36), __webpack_require__.e(293)]).then(__webpack_require__.bind(__webpack_require__, 52274)),
};
async function runWorkerJob() {
    const job = node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.workerData?.cutoverJob;
    const load = job === undefined ? undefined : JOBS[job];
    if (!load || !node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.parentPort)
        throw new Error(`cutover worker: no job '${String(job)}'`);
    (await load()).runWorker(node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.parentPort);
}


/***/ })

};
