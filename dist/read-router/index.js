/******/ // The require scope
/******/ var __nccwpck_require__ = {};
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  AU: () => (/* binding */ bucketOf),
  oB: () => (/* binding */ chooseReadAlias),
  _W: () => (/* binding */ createReadRouter),
  mn: () => (/* binding */ engineRoutingFetcher),
  En: () => (/* reexport */ routingDocId)
});

;// CONCATENATED MODULE: ./src/search/state-names.ts
/**
 * Where cutover keeps run state in the engine, named once: the engine adapters write there,
 * es-reindex stores the read weight there, and the application-side read router (a bundle of its
 * own, so this module imports nothing) reads it.
 */
const STATE_INDEX = "cutover-reindex-state";
/** The stored read weight of a read alias while reads are split. */
const routingDocId = (readAlias) => `es-reindex-routing:${readAlias}`;

;// CONCATENATED MODULE: ./src/search/read-router.ts
/**
 * The application side of a weighted read switch. Between 1 and 99 percent, `es-reindex
 * --phase switch-read` leaves the read alias on blue, points a canary alias at green, and stores
 * the weight in the engine. An application asks this router which alias to search, per request or,
 * with a key (a user or session id), stickily: the same key gets the same side for a given weight,
 * and raising the weight only moves keys from blue to green, never back.
 *
 * It depends on nothing but `fetch`, so an application can copy the built file or import it from
 * the package (`cutover/read-router`).
 */

/**
 * The alias for one search. With a key the choice is sticky (a stable hash of the key); without
 * one, each call draws anew.
 */
function chooseReadAlias(routing, readAlias, key, random = Math.random) {
    if (!routing || routing.weight <= 0)
        return readAlias;
    if (routing.weight >= 100)
        return routing.canaryAlias;
    const bucket = key === undefined ? random() * 100 : bucketOf(key);
    return bucket < routing.weight ? routing.canaryAlias : routing.readAlias;
}
/** 0 <= bucket < 100, spread evenly by FNV-1a over the key's UTF-16 units. */
function bucketOf(key) {
    let hash = 0x811c9dc5;
    for (let i = 0; i < key.length; i++) {
        hash ^= key.charCodeAt(i);
        hash = Math.imul(hash, 0x01000193) >>> 0;
    }
    return (hash % 10_000) / 100;
}
/**
 * Keeps the stored routing in memory and refreshes it in the background, so choosing an alias
 * costs no request. A failed refresh keeps the last routing: reads go on where they went.
 */
async function createReadRouter(options) {
    let routing;
    const refresh = async () => {
        try {
            routing = await options.fetchRouting();
        }
        catch (error) {
            options.onError?.(error);
        }
    };
    await refresh();
    const timer = setInterval(() => void refresh(), options.refreshMs ?? 10_000);
    timer.unref?.();
    return {
        aliasFor: (key) => chooseReadAlias(routing, options.readAlias, key),
        current: () => routing,
        refresh,
        close: () => clearInterval(timer),
    };
}

/**
 * Reads the stored routing with one realtime GET by id, over plain HTTP, so an application needs no
 * search client for it. `headers` carries the application's own authorization.
 */
function engineRoutingFetcher(options) {
    const target = `${options.url.replace(/\/+$/, "")}/${STATE_INDEX}/_doc/${encodeURIComponent(routingDocId(options.readAlias))}`;
    return async () => {
        const response = await fetch(target, {
            headers: { accept: "application/json", ...options.headers },
            signal: AbortSignal.timeout(options.timeoutMs ?? 2000),
        });
        if (response.status === 404)
            return undefined;
        if (!response.ok)
            throw new Error(`reading the read routing: HTTP ${response.status}`);
        const body = (await response.json());
        return body.found === true ? routingOf(body._source?.value) : undefined;
    };
}
/** Only a well-formed routing is used; anything else reads as "no weighted switch". */
function routingOf(value) {
    if (typeof value !== "object" || value === null)
        return undefined;
    const v = value;
    if (typeof v.readAlias !== "string" || typeof v.canaryAlias !== "string" || typeof v.weight !== "number")
        return undefined;
    return { readAlias: v.readAlias, canaryAlias: v.canaryAlias, weight: Math.min(100, Math.max(0, v.weight)) };
}

var __webpack_exports__bucketOf = __webpack_exports__.AU;
var __webpack_exports__chooseReadAlias = __webpack_exports__.oB;
var __webpack_exports__createReadRouter = __webpack_exports__._W;
var __webpack_exports__engineRoutingFetcher = __webpack_exports__.mn;
var __webpack_exports__routingDocId = __webpack_exports__.En;
export { __webpack_exports__bucketOf as bucketOf, __webpack_exports__chooseReadAlias as chooseReadAlias, __webpack_exports__createReadRouter as createReadRouter, __webpack_exports__engineRoutingFetcher as engineRoutingFetcher, __webpack_exports__routingDocId as routingDocId };
