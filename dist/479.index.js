export const id = 479;
export const ids = [479];
export const modules = {

/***/ 9479:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/report/report.ts
var report_report = __webpack_require__(88850);
// EXTERNAL MODULE: ./src/reindex/build-names.ts
var build_names = __webpack_require__(5090);
;// CONCATENATED MODULE: ./src/reindex/observe.ts

async function observeIndex(engine, config) {
    const readAlias = config.aliases.read;
    const writeAlias = config.aliases.write;
    const canaryAlias = (0,build_names/* canaryAliasOf */._H)(readAlias);
    const names = [...new Set([readAlias, writeAlias, canaryAlias, config.name])];
    const [aliases, listed, capabilities] = await Promise.all([
        engine.getAliases(names),
        engine.listIndices(config.name),
        engine.capabilities(),
    ]);
    const pointer = async (name) => {
        const targets = aliases.get(name);
        if (targets && targets.length > 0)
            return { kind: "alias", targets: targets.map((t) => t.index).sort() };
        if (listed.some((info) => info.name === name) || (await engine.exists(name)))
            return { kind: "index", targets: [name] };
        return { kind: "absent", targets: [] };
    };
    const indices = listed
        .filter((info) => info.name === config.name || (0,build_names/* isBuildOf */.kC)(config.name, info.name))
        .sort((a, b) => a.name.localeCompare(b.name));
    return {
        name: config.name,
        readAlias,
        writeAlias,
        canaryAlias,
        read: await pointer(readAlias),
        write: await pointer(writeAlias),
        canary: await pointer(canaryAlias),
        base: await pointer(config.name),
        indices,
        otherIndices: listed.filter((info) => !indices.includes(info)).sort((a, b) => a.name.localeCompare(b.name)),
        capabilities,
    };
}

;// CONCATENATED MODULE: ./src/reindex/phase-context.ts
/** Resolves after `ms`, or at once when the signal aborts (never rejects: callers check the signal). */
function pause(ms, signal) {
    return new Promise((resolve) => {
        if (signal.aborted)
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
/** The error a phase throws when asked to stop, so the entry point can say what was left. */
class PhaseInterrupted extends Error {
    phase;
    constructor(phase) {
        super(`${phase} was interrupted`);
        this.phase = phase;
        this.name = "PhaseInterrupted";
    }
}
function throwIfStopped(phase, signal) {
    if (signal.aborted)
        throw new PhaseInterrupted(phase);
}

;// CONCATENATED MODULE: ./src/reindex/plan-aliases.ts
/** The actions that take the aliases from `current` to `desired`; none when they already match. */
function aliasDiff(current, desired) {
    const removeIndex = [];
    const remove = [];
    const add = [];
    const removesIndices = [];
    for (const [alias, wanted] of desired) {
        const now = current.get(alias) ?? { kind: "absent", targets: [] };
        const want = new Set(wanted);
        if (now.kind === "index") {
            // the name is a concrete index: it stays only if it is the one wanted under that name
            if (want.size === 1 && want.has(alias))
                continue;
            if (want.size === 0)
                continue; // never delete an index just to remove an alias that is not one
            removeIndex.push({ removeIndex: { index: alias } });
            removesIndices.push(alias);
            for (const index of [...want].sort())
                add.push({ add: { index, alias } });
            continue;
        }
        for (const index of now.targets)
            if (!want.has(index))
                remove.push({ remove: { index, alias } });
        for (const index of [...want].sort())
            if (!now.targets.includes(index))
                add.push({ add: { index, alias } });
    }
    return { actions: [...removeIndex, ...remove, ...add], removesIndices };
}
function currentOf(observed) {
    return new Map([
        [observed.name, observed.base],
        [observed.readAlias, observed.read],
        [observed.writeAlias, observed.write],
        [observed.canaryAlias, observed.canary],
    ]);
}
/** Desired targets, later entries winning for the same alias name (read and write may be one alias). */
function desired(entries) {
    return new Map(entries);
}
/**
 * Blue, the index the application writes now: the write alias's one index, else the read alias's,
 * else what the configured name itself is (a plain alias or a bare index). Nothing: a first build.
 */
function findBlue(observed) {
    for (const [label, pointer] of [
        [`write alias '${observed.writeAlias}'`, observed.write],
        [`read alias '${observed.readAlias}'`, observed.read],
        [`'${observed.name}'`, observed.base],
    ]) {
        if (pointer.targets.length === 1)
            return { kind: "one", index: pointer.targets[0] };
        if (pointer.targets.length > 1)
            return { kind: "ambiguous", detail: `${label} points at ${pointer.targets.length} indices (${pointer.targets.join(", ")})` };
    }
    return { kind: "none" };
}
/**
 * The first run on an existing setup (seed 000's convention from a plain alias or a bare index):
 * the read and write aliases are added to blue where they do not exist yet. Adding an alias of
 * another name never disturbs searches on the old one.
 */
function planPairOnBlue(observed, blue) {
    if (blue === undefined)
        return { actions: [], removesIndices: [] };
    const entries = [];
    for (const [alias, pointer] of [
        [observed.readAlias, observed.read],
        [observed.writeAlias, observed.write],
    ]) {
        if (pointer.kind === "absent")
            entries.push([alias, [blue]]);
    }
    return aliasDiff(currentOf(observed), desired(entries));
}
/**
 * switch-read. 100: the read alias to green. 0: back to blue. 1..99: the read alias on blue and the
 * canary alias on green, for the application helper to split reads by the stored weight.
 */
function planReadSwitch(observed, green, blue, weight) {
    const entries = [];
    // a first build has no blue to share reads with: any weight sends them all to green
    if (weight >= 100 || blue === undefined) {
        entries.push([observed.canaryAlias, []], [observed.readAlias, [green]]);
    }
    else {
        entries.push([observed.canaryAlias, weight > 0 ? [green] : []], [observed.readAlias, [blue]]);
    }
    return aliasDiff(currentOf(observed), desired(entries));
}
/** switch-write: the write alias to green alone (it moves the read alias too when they are one alias). */
function planWriteSwitch(observed, green) {
    return aliasDiff(currentOf(observed), desired([[observed.writeAlias, [green]]]));
}
/** rollback: read and write aliases back to blue, the canary alias gone. */
function planRollback(observed, blue) {
    return aliasDiff(currentOf(observed), desired([
        [observed.canaryAlias, []],
        [observed.readAlias, [blue]],
        [observed.writeAlias, [blue]],
    ]));
}
/** Puts the read, write and canary aliases back where `before` saw them (a rollback that failed part-way). */
function planAliasesAsBefore(observed, before) {
    const back = (pointer) => (pointer.kind === "alias" ? pointer.targets : []);
    return aliasDiff(currentOf(observed), desired([
        [observed.canaryAlias, back(before.canary)],
        [observed.readAlias, back(before.read)],
        [observed.writeAlias, back(before.write)],
    ]));
}
/** One line per action, for plans, dry runs and reports. */
function describeAliasAction(action) {
    if ("add" in action)
        return `add alias ${action.add.alias} → ${action.add.index}`;
    if ("remove" in action)
        return `remove alias ${action.remove.alias} from ${action.remove.index}`;
    return `delete index ${action.removeIndex.index} (its name becomes an alias in the same call)`;
}

// EXTERNAL MODULE: ./src/config/duration.ts
var duration = __webpack_require__(97840);
;// CONCATENATED MODULE: ./src/search/engine.ts
/**
 * One interface for Elasticsearch and OpenSearch, so the reindex phases (src/reindex/) never see a
 * client. Each engine is reached through its official client in its own adapter module; values
 * coming back are plain data, never client types.
 */

/** Another writer changed the state document first (a second run, or a lock taken meanwhile). */
class StateConflictError extends Error {
    id;
    constructor(id) {
        super(`the state document '${id}' was changed by someone else`);
        this.id = id;
        this.name = "StateConflictError";
    }
}
/** An engine call that failed, with the call and the resource named (`_aliases on read_x: ...`). */
class EngineError extends errors/* ExternalError */.yA {
    call;
    resource;
    status;
    constructor(call, resource, status, message) {
        super(`${call} on ${resource}: ${message}`, "the search engine");
        this.call = call;
        this.resource = resource;
        this.status = status;
        this.name = "EngineError";
    }
}

;// CONCATENATED MODULE: ./src/search/engine-errors.ts
/**
 * Turns what either official client throws into an `EngineError` naming the call and the resource.
 * Both clients throw a `ResponseError` carrying `meta.statusCode` and `meta.body`; they are read by
 * shape here so that neither client's error classes leak past the adapters.
 */

/** The HTTP status of a client error, if the engine answered at all. */
function statusOf(error) {
    const meta = field(error, "meta");
    const status = field(meta, "statusCode");
    return typeof status === "number" ? status : undefined;
}
/** The engine's error body (`{ error: { type, reason, caused_by } }`), if any. */
function bodyOf(error) {
    return field(field(error, "meta"), "body");
}
/** `type: reason (caused by: type: reason)` from an engine error object, or the text as it is. */
function describeEngineError(value) {
    if (typeof value === "string")
        return value;
    const type = field(value, "type");
    const reason = field(value, "reason");
    let text = [type, reason].filter((part) => typeof part === "string").join(": ");
    const cause = field(value, "caused_by");
    if (cause !== undefined)
        text += ` (caused by ${describeEngineError(cause)})`;
    return text || JSON.stringify(value);
}
function toEngineError(call, resource, error) {
    if (error instanceof EngineError)
        return error;
    const status = statusOf(error);
    const engineError = field(bodyOf(error), "error");
    const message = engineError !== undefined
        ? describeEngineError(engineError)
        : error instanceof Error
            ? // both clients name a refused or dropped connection so: the operator's to fix, said plainly
                error.name === "ConnectionError"
                    ? `the search engine could not be reached: ${error.message}`
                    : `${error.name}: ${error.message}`
            : String(error);
    return new EngineError(call, resource, status, status === undefined ? message : `HTTP ${status} ${message}`);
}
/** The error type the engine named (`version_conflict_engine_exception`, ...), if any. */
function engineErrorType(error) {
    const type = field(field(bodyOf(error), "error"), "type");
    return typeof type === "string" ? type : undefined;
}
function field(value, key) {
    return typeof value === "object" && value !== null ? value[key] : undefined;
}

;// CONCATENATED MODULE: ./src/search/request-retry.ts
/**
 * Back-off for whole requests the engine refused for load. Both clients retry connection errors and
 * 502/503/504 themselves (their `maxRetries`), but immediately and never on 429, which is what a busy
 * node answers; this wrapper adds the waiting. A 429 was not executed, so any call may repeat it.
 */

const DEFAULT_REQUEST_RETRY = { retries: 4, baseMs: 250, maxMs: 8_000 };
/** Exponential back-off with full jitter in [delay/2, delay). */
function backoffDelay(attempt, baseMs, maxMs, random = Math.random) {
    const ceiling = Math.min(maxMs, baseMs * 2 ** attempt);
    return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}
function isThrottled(status) {
    return status === 429 || status === 503;
}
async function withRequestRetry(call, policy = DEFAULT_REQUEST_RETRY) {
    for (let attempt = 0;; attempt++) {
        try {
            return await call();
        }
        catch (error) {
            if (attempt >= policy.retries || !isThrottled(statusOf(error)))
                throw error;
            await new Promise((resolve) => setTimeout(resolve, backoffDelay(attempt, policy.baseMs, policy.maxMs)));
        }
    }
}

;// CONCATENATED MODULE: ./src/search/bulk-writer.ts
/**
 * Bulk indexing with bounded concurrency and back-pressure, for loads from Kafka and client-side
 * copies. Documents are cut into batches by count and size; at most `concurrency` bulk requests are
 * in flight, and `write` waits for a free slot, so a fast source cannot outrun the engine. Items the
 * engine refused for load (429, 5xx) are resent alone, with exponential back-off and jitter; a stale
 * version (the index already holds newer data) counts as done; anything else, or a retryable item
 * that runs out of retries, is reported with id and reason, never dropped.
 */


const DEFAULTS = {
    concurrency: 2,
    maxBatchDocs: 1_000,
    maxBatchBytes: 5 * 1024 * 1024,
    maxRetries: 5,
    backoffMs: 200,
    maxBackoffMs: 30_000,
};
/** Per-document overhead of the action line (`{"index":{"_index":…,"_id":…,"version":…}}`). */
const ACTION_BYTES = 96;
function createBulkWriter(options) {
    return new Writer(options);
}
function abortableSleep(ms, signal) {
    return new Promise((resolve, reject) => {
        if (signal?.aborted)
            return reject(signal.reason);
        const onAbort = () => {
            clearTimeout(timer);
            reject(signal?.reason);
        };
        const timer = setTimeout(() => {
            signal?.removeEventListener("abort", onAbort);
            resolve();
        }, ms);
        signal?.addEventListener("abort", onAbort, { once: true });
    });
}
/** A whole request refused for load, or no answer at all (the client already retried the connection). */
function retryableRequest(error) {
    return error.status === undefined || error.status === 429 || error.status >= 500;
}
class Writer {
    options;
    settings;
    buffer = [];
    bufferBytes = 0;
    inFlight = new Set();
    error;
    indexed = 0;
    deleted = 0;
    stale = 0;
    failed = [];
    requests = 0;
    retries = 0;
    constructor(options) {
        this.options = options;
        this.settings = {
            concurrency: options.concurrency ?? DEFAULTS.concurrency,
            maxBatchDocs: options.maxBatchDocs ?? DEFAULTS.maxBatchDocs,
            maxBatchBytes: options.maxBatchBytes ?? DEFAULTS.maxBatchBytes,
            maxRetries: options.maxRetries ?? DEFAULTS.maxRetries,
            backoffMs: options.backoffMs ?? DEFAULTS.backoffMs,
            maxBackoffMs: options.maxBackoffMs ?? DEFAULTS.maxBackoffMs,
        };
        if (!(this.settings.concurrency >= 1))
            throw new Error(`concurrency must be at least 1, got ${this.settings.concurrency}`);
        if (!(this.settings.maxBatchDocs >= 1))
            throw new Error(`maxBatchDocs must be at least 1, got ${this.settings.maxBatchDocs}`);
    }
    async write(docs) {
        this.throwIfStopped();
        for (const doc of docs) {
            // serialised once, here: the size decides the batch, and the request sends the same text
            const json = doc.source === undefined ? undefined : (doc.sourceJson ?? JSON.stringify(doc.source));
            const bytes = ACTION_BYTES + doc.id.length + (json?.length ?? 0);
            if (this.buffer.length > 0 && this.bufferBytes + bytes > this.settings.maxBatchBytes)
                await this.dispatch();
            this.buffer.push(json === undefined || doc.sourceJson !== undefined ? doc : { ...doc, sourceJson: json });
            this.bufferBytes += bytes;
            if (this.buffer.length >= this.settings.maxBatchDocs)
                await this.dispatch();
        }
    }
    async flush() {
        this.throwIfStopped();
        if (this.buffer.length > 0)
            await this.dispatch();
        while (this.inFlight.size > 0)
            await Promise.race(this.inFlight);
        this.throwIfStopped();
        return {
            indexed: this.indexed,
            deleted: this.deleted,
            stale: this.stale,
            failed: [...this.failed],
            requests: this.requests,
            retries: this.retries,
        };
    }
    throwIfStopped() {
        if (this.options.signal?.aborted)
            throw this.options.signal.reason;
        if (this.error)
            throw this.error.reason;
    }
    /** Takes the buffer as one batch and sends it once fewer than `concurrency` requests are in flight. */
    async dispatch() {
        const batch = this.buffer;
        this.buffer = [];
        this.bufferBytes = 0;
        while (this.inFlight.size >= this.settings.concurrency)
            await Promise.race(this.inFlight);
        this.throwIfStopped();
        const request = this.send(batch)
            .catch((reason) => {
            this.error ??= { reason };
        })
            .finally(() => this.inFlight.delete(request));
        this.inFlight.add(request);
    }
    /** One batch until every document is written, stale or failed; a retry resends only what was refused. */
    async send(batch) {
        const { maxRetries, backoffMs, maxBackoffMs } = this.settings;
        const sleep = this.options.sleep ?? abortableSleep;
        let pending = batch;
        for (let attempt = 0; pending.length > 0; attempt++) {
            if (attempt > 0) {
                this.retries++;
                await sleep(backoffDelay(attempt - 1, backoffMs, maxBackoffMs), this.options.signal);
                if (this.options.signal?.aborted)
                    throw this.options.signal.reason;
            }
            this.requests++;
            const results = await this.bulk(pending);
            const again = [];
            pending.forEach((doc, i) => {
                const result = results[i];
                if (!result)
                    this.fail(doc, "no result for this document in the bulk answer");
                else if (result.ok && doc.source === undefined)
                    this.deleted++;
                else if (result.ok)
                    this.indexed++;
                else if (result.staleVersion)
                    this.stale++;
                else if (result.retryable && attempt < maxRetries)
                    again.push(doc);
                else
                    this.fail(doc, describe(result) + (result.retryable ? ` (still refused after ${maxRetries} retries)` : ""));
            });
            pending = again;
        }
    }
    /** A failed request becomes per-item results, so a retryable one is resent like refused items. */
    async bulk(docs) {
        try {
            return await this.options.engine.bulk(this.options.index, docs, { versionType: this.options.versionType });
        }
        catch (error) {
            if (!(error instanceof EngineError))
                throw error;
            const retryable = retryableRequest(error);
            return docs.map((doc) => ({
                id: doc.id,
                ok: false,
                status: error.status ?? 0,
                staleVersion: false,
                retryable,
                error: error.message,
            }));
        }
    }
    fail(doc, reason) {
        const failure = { id: doc.id, reason };
        this.failed.push(failure);
        this.options.onFailure?.(failure);
    }
}
function describe(result) {
    return result.error ? `HTTP ${result.status} ${result.error}` : `HTTP ${result.status}`;
}

// EXTERNAL MODULE: ./src/stream/offsets.ts
var offsets = __webpack_require__(53756);
;// CONCATENATED MODULE: ./src/reindex/document-decoder.ts
/** The engines refuse longer ids (512 bytes). */
const MAX_ID_BYTES = 512;
function decodeRecord(record, config) {
    const invalid = (reason) => ({ kind: "invalid", partition: record.partition, offset: record.offset, reason });
    if (record.value === null) {
        // A tombstone carries no body, so no version field: the record's own timestamp orders it. That
        // is right when the version is a time (updated_at); with a sequence, use deleteField records.
        if (record.key === null || record.key === "")
            return invalid("tombstone (null value) without a key: no id to delete");
        const id = checkedId(record.key);
        if (typeof id !== "string")
            return invalid(`tombstone key ${id.problem}`);
        if (!Number.isSafeInteger(record.timestamp) || record.timestamp < 0) {
            return invalid(`tombstone for id '${clip(record.key)}' has no usable timestamp (${record.timestamp}) to version the delete`);
        }
        return { kind: "delete", doc: { id, version: record.timestamp } };
    }
    const text = record.value.toString("utf8");
    let body;
    try {
        body = JSON.parse(text);
    }
    catch {
        return invalid(`value is not JSON (${record.value.length} bytes)`);
    }
    if (body === null || typeof body !== "object" || Array.isArray(body)) {
        return invalid(`value is JSON ${body === null ? "null" : Array.isArray(body) ? "array" : typeof body}, expected an object`);
    }
    const source = body;
    const rawId = lookup(source, config.idField);
    if (rawId === undefined || rawId === null || rawId === "")
        return invalid(`no id in field '${config.idField}'`);
    if (typeof rawId !== "string" && !(typeof rawId === "number" && Number.isSafeInteger(rawId))) {
        return invalid(`id field '${config.idField}' holds ${document_decoder_describe(rawId)}, expected a string or a whole number`);
    }
    const id = checkedId(String(rawId));
    if (typeof id !== "string")
        return invalid(`id field '${config.idField}' ${id.problem}`);
    const rawVersion = lookup(source, config.versionField);
    if (rawVersion === undefined || rawVersion === null)
        return invalid(`id '${clip(id)}': no version in field '${config.versionField}'`);
    const version = parseVersion(rawVersion);
    if (typeof version !== "number")
        return invalid(`id '${clip(id)}': version field '${config.versionField}' ${version.problem}`);
    if (config.deleteField !== undefined && isTrue(lookup(source, config.deleteField))) {
        return { kind: "delete", doc: { id, version } };
    }
    // The value goes to the engine as it came unless it spans lines (NDJSON is one document per line).
    const oneLine = !text.includes("\n") && !text.includes("\r");
    return { kind: "write", doc: { id, version, source, ...(oneLine ? { sourceJson: text } : {}) } };
}
/** A version as a whole number, or why not. Exported for the unit tests of the date forms. */
function parseVersion(value) {
    if (typeof value === "number") {
        if (!Number.isSafeInteger(value))
            return { problem: `holds ${value}, expected a whole number in 0..2^53-1` };
        if (value < 0)
            return { problem: `holds ${value}, expected a number >= 0` };
        return value;
    }
    if (typeof value !== "string")
        return { problem: `holds ${document_decoder_describe(value)}, expected a number or a date` };
    const text = value.trim();
    if (/^\d+$/.test(text)) {
        const n = Number(text);
        return Number.isSafeInteger(n) ? n : { problem: `holds '${clip(text)}', larger than 2^53-1` };
    }
    const ms = parseDate(text);
    if (ms === undefined)
        return { problem: `holds '${clip(text)}', which is neither a whole number nor a date` };
    if (ms < 0)
        return { problem: `holds '${clip(text)}', a date before 1970 (versions must be >= 0)` };
    return ms;
}
const DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;
/** Epoch ms of an ISO 8601 / SQL date-time; no zone means UTC. Digits past milliseconds are dropped. */
function parseDate(text) {
    const match = DATE.exec(text);
    if (!match)
        return undefined;
    const [, y, mo, d, h = "0", mi = "0", s = "0", frac = "", zone] = match;
    const year = Number(y);
    const month = Number(mo);
    const day = Number(d);
    const hour = Number(h);
    const minute = Number(mi);
    const second = Number(s);
    if (month < 1 || month > 12 || hour > 23 || minute > 59 || second > 59)
        return undefined;
    const ms = Number(frac.padEnd(3, "0").slice(0, 3));
    const utc = Date.UTC(year, month - 1, day, hour, minute, second, ms);
    // Date.UTC rolls 31 February over into March; a real date maps back to its own day.
    if (new Date(utc).getUTCDate() !== day)
        return undefined;
    return utc - zoneOffsetMs(zone);
}
function zoneOffsetMs(zone) {
    if (zone === undefined || zone.toUpperCase() === "Z")
        return 0;
    const sign = zone.startsWith("-") ? -1 : 1;
    const digits = zone.slice(1).replace(":", "");
    return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4) || "0")) * 60_000;
}
/** A field by name, or by a dotted path into nested objects when no field has the whole name. */
function lookup(source, field) {
    if (Object.hasOwn(source, field))
        return source[field];
    let current = source;
    for (const part of field.split(".")) {
        if (current === null || typeof current !== "object" || Array.isArray(current) || !Object.hasOwn(current, part))
            return undefined;
        current = current[part];
    }
    return current;
}
/** Debezium's rewrite mode writes `__deleted: "true"` as a string; accept the usual spellings of true. */
function isTrue(value) {
    return value === true || value === 1 || (typeof value === "string" && value.trim().toLowerCase() === "true");
}
function checkedId(id) {
    const bytes = Buffer.byteLength(id, "utf8");
    return bytes > MAX_ID_BYTES ? { problem: `is ${bytes} bytes, more than the engines' ${MAX_ID_BYTES}` } : id;
}
function document_decoder_describe(value) {
    if (Array.isArray(value))
        return "a list";
    if (value === null)
        return "null";
    if (typeof value === "object")
        return "an object";
    if (typeof value === "string")
        return `'${clip(value)}'`;
    return `${typeof value} ${String(value)}`;
}
/** Ids and values quoted in reasons stay short: the report lists every invalid record. */
function clip(text) {
    return text.length > 60 ? `${text.slice(0, 60)}...` : text;
}

;// CONCATENATED MODULE: ./src/reindex/load-progress.ts
/**
 * One progress line of a long load, for a CI log: the same shape every time, numbers grouped the
 * same way on every runner (never the runner's locale), a rate and an ETA from the average so far.
 *
 *   load: 120,000/1,000,000 (12%), 41,200 docs/s, ETA 21s
 */
const GROUPED = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });
function progressLine(p) {
    const done = Math.max(0, p.done);
    const total = Math.max(0, p.total);
    // Floored, so 100% means done, not 99.6%.
    const percent = total === 0 ? 100 : Math.min(100, Math.floor((done / total) * 100));
    const seconds = p.elapsedMs / 1000;
    const rate = seconds > 0 ? done / seconds : 0;
    const remaining = Math.max(0, total - done);
    const eta = remaining === 0 ? "0s" : rate > 0 ? formatEta(remaining / rate) : "unknown";
    return `${p.what}: ${GROUPED.format(done)}/${GROUPED.format(total)} (${percent}%), ${GROUPED.format(roundRate(rate))} docs/s, ETA ${eta}`;
}
/** Three significant digits: a rate that flickers in its last digits is noise in a log. */
function roundRate(rate) {
    if (rate < 1000)
        return Math.round(rate);
    const unit = 10 ** (Math.floor(Math.log10(rate)) - 2);
    return Math.round(rate / unit) * unit;
}
/** 21s, 3m05s, 2h07m: seconds are dropped past an hour. */
function formatEta(seconds) {
    const s = Math.ceil(seconds);
    if (s < 60)
        return `${s}s`;
    if (s < 3600)
        return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, "0")}s`;
    const minutes = Math.ceil(s / 60);
    return `${Math.floor(minutes / 60)}h${String(minutes % 60).padStart(2, "0")}m`;
}

;// CONCATENATED MODULE: ./src/reindex/tombstones.ts

const TOMBSTONE_FIELD = "cutover_tombstone";
/** The tombstone's own version, so the purge deletes it only while nothing newer replaced it. */
const TOMBSTONE_VERSION_FIELD = "cutover_tombstone_version";
/** Merged into the new index's mappings by the create phase (a `dynamic: strict` mapping needs them). */
function tombstoneMappings() {
    return {
        properties: {
            [TOMBSTONE_FIELD]: { type: "boolean" },
            [TOMBSTONE_VERSION_FIELD]: { type: "long", index: false },
        },
    };
}
/** The tombstone written in place of a delete of `id` at `version`. */
function tombstoneDoc(id, version) {
    return { id, version, source: { [TOMBSTONE_FIELD]: true, [TOMBSTONE_VERSION_FIELD]: version } };
}
function isTombstone(doc) {
    return doc.source?.[TOMBSTONE_FIELD] === true;
}
const PAGE = 5000;
/**
 * Deletes every tombstone of `index`; returns how many. Each delete carries the tombstone's version
 * (external_gte): a tombstone that a newer write replaced since the scan is left alone. Throws when a
 * tombstone cannot be deleted, naming it.
 */
async function purgeTombstones(engine, index, signal) {
    // Loads run with refresh off: tombstones written since the last refresh are not searchable yet.
    await engine.refresh(index);
    const writer = createBulkWriter({
        engine,
        index,
        versionType: "external_gte",
        concurrency: 2,
        maxBatchDocs: PAGE,
        maxBatchBytes: 5 * 1024 * 1024,
        maxRetries: 5,
        backoffMs: 200,
        signal,
    });
    const unversioned = [];
    const query = { term: { [TOMBSTONE_FIELD]: true } };
    for await (const page of engine.scan(index, { batchSize: PAGE, query })) {
        if (signal.aborted)
            throw signal.reason instanceof Error ? signal.reason : new Error("tombstone purge aborted");
        const docs = [];
        for (const { id, source } of page) {
            const version = source[TOMBSTONE_VERSION_FIELD];
            // cutover writes every tombstone with its version; one without was not written by cutover.
            if (typeof version === "number" && Number.isSafeInteger(version))
                docs.push({ id, version });
            else
                unversioned.push(id);
        }
        await writer.write(docs);
    }
    const summary = await writer.flush();
    const failed = [...summary.failed, ...unversioned.map((id) => ({ id, reason: `no ${TOMBSTONE_VERSION_FIELD}` }))];
    if (failed.length > 0) {
        const shown = failed.slice(0, 5).map((f) => `${f.id} (${f.reason})`);
        throw new Error(`${failed.length} tombstone(s) of ${index} could not be deleted: ${shown.join(", ")}${failed.length > 5 ? ", ..." : ""}`);
    }
    await engine.refresh(index);
    return summary.deleted;
}

;// CONCATENATED MODULE: ./src/reindex/kafka-feed.ts





/** Past this many failed plus invalid records the read stops: the phase fails anyway. */
const MAX_REPORTED_PROBLEMS = 1000;
/** Records per handler call; the writer cuts requests by `batchSize` and bytes. */
const READ_BATCH = 5000;
const DEFAULT_BATCH_BYTES = 5 * 1024 * 1024;
class StopRead extends Error {
}
async function feedTopicRange(options) {
    const started = Date.now();
    const { signal } = options;
    const total = Number(sumSpans(options.from, options.to));
    const invalid = [];
    const failed = [];
    const done = { records: 0, indexed: 0, deleted: 0, stale: 0 };
    let safeNext = [...options.from];
    let blocked = false; // a failed or invalid record lies at or below the current segment
    let stoppedEarly;
    const inFlight = new Set();
    const problems = () => invalid.length + failed.length;
    const newSegment = () => {
        const accepted = { tombstones: 0 };
        // Counts tombstones apart from documents, and tracks requests so that no write outlives the feed.
        const bulk = (index, docs, bulkOptions) => {
            const request = options.engine.bulk(index, docs, bulkOptions).then((results) => {
                results.forEach((result, i) => {
                    const doc = docs[i];
                    if (result.ok && doc && isTombstone(doc))
                        accepted.tombstones++;
                });
                return results;
            });
            inFlight.add(request);
            return request.finally(() => inFlight.delete(request));
        };
        const writer = createBulkWriter({
            engine: { bulk },
            index: options.index,
            versionType: "external_gte",
            concurrency: options.concurrency,
            maxBatchDocs: options.batchSize,
            maxBatchBytes: options.maxBatchBytes ?? DEFAULT_BATCH_BYTES,
            signal,
            onFailure: (failure) => {
                if (failed.length < MAX_REPORTED_PROBLEMS)
                    failed.push(failure);
            },
        });
        return { writer, accepted, records: 0, invalid: 0 };
    };
    let segment = newSegment();
    let lastSealAt = Date.now();
    // Sealed segments flush one after another, in order, so checkpoints only move forward.
    let chain = Promise.resolve();
    let chainError;
    const throwIfChainFailed = () => {
        if (chainError)
            throw chainError.reason;
    };
    const settle = async (sealed, next) => {
        const summary = await sealed.writer.flush();
        add(done, sealed, summary);
        if (summary.failed.length > 0 || sealed.invalid > 0)
            blocked = true;
        if (blocked || next === undefined)
            return;
        safeNext = next;
        await options.onCheckpoint({ next, ...done });
    };
    let position = [...options.from];
    const report = () => options.onProgress?.(progressLine({
        what: options.progressLabel ?? options.topic,
        done: Number(sumSpans(options.from, position)),
        total,
        elapsedMs: Date.now() - started,
    }));
    const progressTimer = options.onProgress ? setInterval(report, options.progressEveryMs ?? 10_000) : undefined;
    const handler = async (records, progress) => {
        throwIfChainFailed();
        const docs = new Map();
        for (const record of records) {
            const decoded = decodeRecord(record, options.decoder);
            if (decoded.kind === "invalid") {
                segment.invalid++;
                if (invalid.length < MAX_REPORTED_PROBLEMS)
                    invalid.push({ partition: decoded.partition, offset: decoded.offset, reason: decoded.reason });
                continue;
            }
            const doc = decoded.kind === "write" || options.deletes === "delete" ? decoded.doc : tombstoneDoc(decoded.doc.id, decoded.doc.version ?? 0);
            // One write per id and call: the highest version, the later record on a tie (topic order).
            const earlier = docs.get(doc.id);
            if (earlier === undefined || (earlier.version ?? 0) <= (doc.version ?? 0)) {
                docs.delete(doc.id); // re-inserted at the end: Map order is the order of the last record
                docs.set(doc.id, doc);
            }
        }
        segment.records += records.length;
        await segment.writer.write([...docs.values()]);
        position = [...progress.next];
        if (problems() >= MAX_REPORTED_PROBLEMS) {
            stoppedEarly = `stopped after ${MAX_REPORTED_PROBLEMS} failed or invalid records`;
            throw new StopRead();
        }
        if (Date.now() - lastSealAt >= options.checkpointEveryMs) {
            // At most one segment flushes while the next fills: memory and requests stay bounded.
            await chain;
            throwIfChainFailed();
            const sealed = segment;
            const at = position;
            segment = newSegment();
            lastSealAt = Date.now();
            chain = settle(sealed, at).catch((reason) => {
                chainError ??= { reason };
            });
        }
    };
    try {
        try {
            await options.stream.readRange(options.topic, options.from, options.to, handler, { signal, maxBatch: READ_BATCH });
        }
        catch (error) {
            if (!(error instanceof StopRead))
                throw error;
        }
        await chain;
        throwIfChainFailed();
        // The read reached `to` on every partition unless it stopped early.
        await settle(segment, stoppedEarly === undefined ? [...options.to] : undefined);
        if (stoppedEarly === undefined)
            position = [...options.to];
        report();
        return {
            next: safeNext,
            ...done,
            durationMs: Date.now() - started,
            invalid,
            failed,
            ...(stoppedEarly === undefined ? {} : { stoppedEarly }),
        };
    }
    finally {
        if (progressTimer)
            clearInterval(progressTimer);
        // On an abort or an error, requests already sent finish before the caller hears of it.
        await Promise.allSettled([chain, ...inFlight]);
    }
}
function add(counts, segment, summary) {
    counts.records += segment.records;
    counts.indexed += summary.indexed - segment.accepted.tombstones;
    counts.deleted += summary.deleted + segment.accepted.tombstones;
    counts.stale += summary.stale;
}
/** Offsets between `from` and `at`, over the partitions of `at` (a partition missing from `from` counts from 0). */
function sumSpans(from, at) {
    const start = new Map(from.map((p) => [p.partition, p.offset]));
    return at.reduce((sum, p) => sum + (0,offsets/* span */.Ln)(start.get(p.partition) ?? "0", p.offset), 0n);
}

;// CONCATENATED MODULE: ./src/reindex/apply-topic.ts


// a state write every two seconds costs little; a crash loses at most that much work
const CHECKPOINT_EVERY_MS = 2_000;
function kafkaSourceOf(ctx) {
    if (ctx.config.source.type !== "kafka")
        throw new Error(`index '${ctx.config.name}' is not fed from Kafka`);
    return ctx.config.source;
}
async function applyTopicRange(ctx, pass) {
    const source = kafkaSourceOf(ctx);
    const result = await feedTopicRange({
        stream: ctx.stream(),
        engine: ctx.engine,
        index: pass.index,
        topic: pass.topic,
        from: [...pass.from],
        to: [...pass.to],
        decoder: {
            idField: source.idField,
            versionField: source.versionField,
            ...(source.deleteField ? { deleteField: source.deleteField } : {}),
        },
        deletes: pass.deletes,
        batchSize: source.batchSize,
        concurrency: source.concurrency,
        signal: ctx.signal,
        checkpointEveryMs: CHECKPOINT_EVERY_MS,
        onCheckpoint: (c) => pass.save(c.next),
        onProgress: (line) => ctx.log.info(line),
        progressEveryMs: ctx.progressEveryMs,
        progressLabel: pass.label,
    });
    const problems = [
        ...result.failed.map((f) => `id ${f.id}: ${f.reason}`),
        ...result.invalid.map((i) => `partition ${i.partition} offset ${i.offset}: ${i.reason}`),
    ];
    if (problems.length > 0) {
        const shown = problems.slice(0, 10);
        throw new errors/* OperationError */.OK(`${pass.label}: ${result.failed.length} record(s) could not be written and ${result.invalid.length} could not be read from ${pass.topic}` +
            `${result.stoppedEarly ? ` (${result.stoppedEarly})` : ""}: ${shown.join("; ")}${problems.length > shown.length ? "; ..." : ""}`, {
            kind: "resumable",
            detail: `the checkpoint stops before the first failed record; fix the cause (or the records) and rerun --phase ${pass.phase}`,
        });
    }
    return result;
}

;// CONCATENATED MODULE: ./src/reindex/kafka-positions.ts

function highs(ranges) {
    return ranges.map((r) => ({ partition: r.partition, offset: r.high })).sort((a, b) => a.partition - b.partition);
}
function lows(ranges) {
    return ranges.map((r) => ({ partition: r.partition, offset: r.low })).sort((a, b) => a.partition - b.partition);
}
/** Records between `position` and `to`, summed over partitions (a partition missing from `position` counts from its low). */
function lagOf(position, to) {
    const at = new Map(position.map((p) => [p.partition, p.offset]));
    let lag = 0n;
    for (const entry of to) {
        const end = "high" in entry ? entry.high : entry.offset;
        const low = "low" in entry ? entry.low : "0";
        const from = at.get(entry.partition) ?? low;
        if ((0,offsets/* compareOffsets */.Ip)(end, from) > 0)
            lag += (0,offsets/* span */.Ln)(from, end);
    }
    return Number(lag);
}
/** Per partition, the later of the two; partitions in only one side keep their offset. */
function laterOf(a, b) {
    const merged = new Map(a.map((p) => [p.partition, p.offset]));
    for (const p of b)
        merged.set(p.partition, merged.has(p.partition) ? (0,offsets/* maxOffset */.Uo)(merged.get(p.partition), p.offset) : p.offset);
    return [...merged].map(([partition, offset]) => ({ partition, offset })).sort((x, y) => x.partition - y.partition);
}
/**
 * `position` completed with every partition of the topic: a partition it does not name starts at
 * its low watermark (a partition added since, or never read).
 */
function covering(position, ranges) {
    const at = new Map(position.map((p) => [p.partition, p.offset]));
    return ranges.map((r) => ({ partition: r.partition, offset: at.get(r.partition) ?? r.low })).sort((a, b) => a.partition - b.partition);
}
function catchUpStart(source, loadStartedAt, now) {
    const from = source.catchUp.from;
    if (from === "load-start") {
        const started = loadStartedAt ? Date.parse(loadStartedAt) : now.getTime();
        return { kind: "timestamp", ms: started - source.catchUp.rewind };
    }
    if ("timestamp" in from)
        return { kind: "timestamp", ms: Date.parse(from.timestamp) };
    return {
        kind: "offsets",
        offsets: Object.entries(from.offsets)
            .map(([partition, offset]) => ({ partition: Number(partition), offset }))
            .sort((a, b) => a.partition - b.partition),
    };
}
function describeOffsets(offsets) {
    return offsets.map((o) => `${o.partition}:${o.offset}`).join(", ") || "(no partitions)";
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/config/file-references.ts
var file_references = __webpack_require__(71281);
;// CONCATENATED MODULE: ./src/reindex/index-body.ts
/**
 * The new index's body: the configured mappings (plus tombstone fields for a Kafka-fed build) and
 * settings, with bulk-load settings on top; and the live settings applied once it is loaded.
 */



/** While loading: no refresh, no replicas (restored by the live settings afterwards). */
const BULK_LOAD_SETTINGS = { refresh_interval: "-1", number_of_replicas: 0 };
function isObject(value) {
    return typeof value === "object" && value !== null && !Array.isArray(value);
}
async function readJson(configPath, path) {
    // checked at config load (an object, inside the allowed folders); read again here
    const parsed = JSON.parse(await (0,promises_.readFile)((0,file_references/* resolveConfigPath */.c6)(configPath, path), "utf8"));
    if (!isObject(parsed))
        throw new Error(`'${path}' does not hold a JSON object`);
    return parsed;
}
/** Settings as `{ key: value }` without the `index.` prefix, flat or nested alike. */
function flattenSettings(settings, prefix = "") {
    const flat = {};
    for (const [key, value] of Object.entries(settings)) {
        const path = prefix ? `${prefix}.${key}` : key;
        if (isObject(value))
            Object.assign(flat, flattenSettings(value, path));
        else
            flat[path.startsWith("index.") ? path.slice("index.".length) : path] = value;
    }
    return flat;
}
/** Deep merge of mapping objects: `extra` adds fields, never replaces the configured ones. */
function mergeMappings(base, extra) {
    const merged = { ...base };
    for (const [key, value] of Object.entries(extra)) {
        const existing = merged[key];
        merged[key] = isObject(existing) && isObject(value) ? mergeMappings(existing, value) : (existing ?? value);
    }
    return merged;
}
async function newIndexBody(config, configPath) {
    let mappings = {};
    if (config.mappings) {
        const file = await readJson(configPath, config.mappings);
        // a mapping file may hold the mappings themselves or a whole index body
        mappings = isObject(file.mappings) ? file.mappings : file;
    }
    if (config.source.type === "kafka")
        mappings = mergeMappings(mappings, tombstoneMappings());
    let settings = {};
    if (typeof config.settings === "string") {
        const file = await readJson(configPath, config.settings);
        settings = isObject(file.settings) ? file.settings : file;
    }
    else if (config.settings)
        settings = config.settings;
    return { mappings, settings: { ...flattenSettings(settings), ...BULK_LOAD_SETTINGS } };
}
/**
 * Settings once loaded: the configured liveSettings; every bulk-load setting they do not name comes
 * from blue, so green serves as blue did, else the engine's default (null resets a setting). A
 * liveSettings without refresh_interval must not leave green at the load's -1: it would never
 * refresh, and writes after the switch would never become searchable.
 */
function liveSettingsFor(config, blueSettings, configured) {
    const live = config.liveSettings ? flattenSettings(config.liveSettings) : {};
    const blue = blueSettings ? flattenSettings(blueSettings) : {};
    const pick = (key) => {
        if (key in configured && configured[key] !== BULK_LOAD_SETTINGS[key])
            return configured[key];
        return blue[key] ?? null;
    };
    const restored = Object.fromEntries(Object.keys(BULK_LOAD_SETTINGS).map((key) => [key, pick(key)]));
    return { ...restored, ...live };
}

;// CONCATENATED MODULE: ./src/reindex/live-settings.ts

async function applyLiveSettings(engine, config, green, blue) {
    const blueSettings = blue && (await engine.exists(blue)) ? await engine.getSettings(blue) : undefined;
    const configured = typeof config.settings === "object" ? flattenSettings(config.settings) : {};
    const settings = liveSettingsFor(config, blueSettings, configured);
    await engine.putSettings(green, settings);
    await engine.refresh(green);
    return settings;
}

// EXTERNAL MODULE: ./src/reindex/reindex-state.ts
var reindex_state = __webpack_require__(19016);
;// CONCATENATED MODULE: ./src/reindex/phase-catch-up.ts
/**
 * catch-up: the incremental topic into green, from the position that matches the full dump (the
 * offsets at load start less `rewind`, a configured time, or explicit offsets) to its end offsets
 * now; again while more than `maxLag` records are left. Then the tombstones go, green gets its live
 * settings, and it is refreshed. The start is stored before the first record, so a rerun continues.
 */









async function runCatchUp(ctx, start) {
    if ((0,reindex_state/* hasDone */.BR)(start, "catch-up")) {
        return {
            phase: "catch-up",
            headline: `catch-up: nothing to do, ${start.green} is caught up`,
            changed: false,
            report: new report_report/* Report */.pl(),
            data: { green: start.green, caughtUp: false },
        };
    }
    const source = kafkaSourceOf(ctx);
    const stream = ctx.stream();
    const topic = source.incrementalTopic;
    let build = start;
    if (!build.kafka.green) {
        const ranges = await stream.watermarks(topic);
        const where = catchUpStart(source, build.kafka.loadStartedAt, ctx.now());
        const from = where.kind === "offsets" ? covering(where.offsets, ranges) : covering(await stream.offsetsForTimestamp(topic, where.ms), ranges);
        build = await ctx.store.updateBuild((b) => ({ ...b, kafka: { ...b.kafka, green: from } }));
        ctx.log.info(`catch-up: ${topic} from ${describeOffsets(from)}${where.kind === "timestamp" ? ` (offsets at ${new Date(where.ms).toISOString()})` : ""}`);
    }
    const rounds = [];
    let position = build.kafka.green ?? [];
    let lag = Number.POSITIVE_INFINITY;
    for (let round = 1; round <= source.catchUp.maxRounds; round++) {
        throwIfStopped("catch-up", ctx.signal);
        const ranges = await stream.watermarks(topic);
        const to = highs(ranges);
        const from = covering(position, ranges);
        const result = await applyTopicRange(ctx, {
            phase: "catch-up",
            topic,
            index: build.green,
            from,
            to,
            deletes: "tombstone",
            label: `catch-up round ${round}`,
            save: async (next) => {
                await ctx.store.updateBuild((b) => ({ ...b, kafka: { ...b.kafka, green: next } }));
            },
        });
        position = to;
        await ctx.store.updateBuild((b) => ({ ...b, kafka: { ...b.kafka, green: to } }));
        lag = lagOf(position, await stream.watermarks(topic));
        rounds.push({ round, records: result.records, lagAfter: lag, durationMs: result.durationMs });
        ctx.log.info(`catch-up round ${round}: ${result.records} record(s) in ${(0,duration/* formatDuration */.a)(result.durationMs)}, lag now ${lag}`);
        if (lag <= source.catchUp.maxLag)
            break;
    }
    if (lag > source.catchUp.maxLag) {
        throw new errors/* OperationError */.OK(`catch-up: still ${lag} record(s) behind after ${source.catchUp.maxRounds} round(s) (maxLag ${source.catchUp.maxLag}); the producer outpaces the catch-up`, {
            kind: "resumable",
            detail: `green ${build.green} holds everything up to ${describeOffsets(position)}; rerun --phase catch-up to continue`,
        });
    }
    const purged = await purgeTombstones(ctx.engine, build.green, ctx.signal);
    const live = await applyLiveSettings(ctx.engine, ctx.config, build.green, build.blue);
    build = await ctx.store.updateBuild((b) => (0,reindex_state/* markDone */.a)(b, "catch-up"));
    const records = rounds.reduce((sum, r) => sum + r.records, 0);
    return {
        phase: "catch-up",
        headline: `catch-up: ${records} record(s) from ${topic} into ${build.green} in ${rounds.length} round(s), lag ${lag}; ${purged} tombstone(s) purged`,
        changed: true,
        report: new report_report/* Report */.pl()
            .table(["round", "records", "lag after", "took"], rounds.map((r) => [String(r.round), String(r.records), String(r.lagAfter), (0,duration/* formatDuration */.a)(r.durationMs)]))
            .list([`position ${describeOffsets(position)}`, `${purged} tombstone(s) purged`, `live settings applied: ${JSON.stringify(live)}`]),
        data: { green: build.green, caughtUp: true, topic, rounds, lag, position, tombstonesPurged: purged, liveSettings: live },
    };
}

;// CONCATENATED MODULE: ./src/reindex/plan-cleanup.ts
function planCleanup(observed, state, now, retentionMs) {
    const pointed = new Set([...observed.read.targets, ...observed.write.targets, ...observed.canary.targets, ...observed.base.targets]);
    const build = state.build;
    const inProgress = build && build.rolledBackAt === undefined && build.writeSwitchedAt === undefined ? build.green : undefined;
    const newestBlue = build?.blue ?? [...state.retired].sort((a, b) => a.at.localeCompare(b.at)).at(-1)?.index;
    const retiredAt = new Map(state.retired.map((r) => [r.index, Date.parse(r.at)]));
    if (build?.rolledBackAt !== undefined)
        retiredAt.set(build.green, Date.parse(build.rolledBackAt));
    const live = observed.write.targets.length === 1 ? observed.write.targets[0] : undefined;
    const remove = [];
    const keep = [];
    const retiredOthers = observed.otherIndices.filter((info) => retiredAt.has(info.name));
    for (const info of [...observed.indices, ...retiredOthers]) {
        const index = info.name;
        if (info.aliases.length > 0)
            keep.push({ index, reason: `aliases point at it (${info.aliases.join(", ")})` });
        else if (pointed.has(index))
            keep.push({ index, reason: "the read or write name is this index" });
        else if (index === inProgress)
            keep.push({ index, reason: "the build under way" });
        else if (index === newestBlue)
            keep.push({ index, reason: "the newest blue (what a rollback returns to)" });
        else {
            const since = retiredAt.get(index) ?? info.createdAt.getTime();
            const ageMs = Math.max(0, now.getTime() - since);
            if (ageMs < retentionMs)
                keep.push({ index, reason: `within retention (${Math.round(ageMs / 60_000)} of ${Math.round(retentionMs / 60_000)} minutes)` });
            else {
                const aliasNameTo = index === observed.name && live !== undefined && live !== index ? live : undefined;
                remove.push({
                    index,
                    ageMs,
                    reason: `no alias points at it; retired ${new Date(since).toISOString()}`,
                    ...(aliasNameTo ? { aliasNameTo } : {}),
                });
            }
        }
    }
    return { delete: remove, keep };
}

;// CONCATENATED MODULE: ./src/reindex/phase-cleanup.ts
/**
 * cleanup: deletes builds older than the retention that no alias points at; never the build under
 * way, never the newest blue. It runs under the index's lock, so never beside another run. A bare
 * index under the configured name leaves its name behind as an alias of the live index.
 */



async function runCleanup(ctx) {
    const { engine, config, store } = ctx;
    const observed = await observeIndex(engine, config);
    const plan = planCleanup(observed, store.value, ctx.now(), config.retention);
    const deleted = [];
    for (const item of plan.delete) {
        if (item.aliasNameTo)
            await engine.updateAliases([{ removeIndex: { index: item.index } }, { add: { index: item.aliasNameTo, alias: item.index } }]);
        else
            await engine.deleteIndex(item.index);
        deleted.push(item.index);
        ctx.log.info(`cleanup: deleted ${item.index} (${item.reason})${item.aliasNameTo ? `; '${item.index}' is now an alias of ${item.aliasNameTo}` : ""}`);
    }
    if (deleted.length > 0)
        await store.update((state) => ({ ...state, retired: state.retired.filter((r) => !deleted.includes(r.index)) }));
    return {
        phase: "cleanup",
        headline: deleted.length > 0 ? `cleanup: ${deleted.length} old build(s) deleted` : "cleanup: nothing to delete",
        changed: deleted.length > 0,
        report: new report_report/* Report */.pl().table(["index", "action", "why"], [...plan.delete.map((d) => [d.index, "deleted", d.reason]), ...plan.keep.map((k) => [k.index, "kept", k.reason])]),
        data: { deleted, kept: plan.keep },
    };
}

;// CONCATENATED MODULE: ./src/reindex/plan-create.ts
/**
 * What create does (pure): continue the build under way, or start a new one beside blue, plus the
 * first-run move of a plain alias or bare index onto the read/write pair.
 */



function planCreate(observed, build, now) {
    const greenExists = build !== undefined && observed.indices.some((i) => i.name === build.green);
    // a build recorded but not yet created (a crash, or a refused create) is finished, never replaced
    if (build && build.rolledBackAt === undefined && build.writeSwitchedAt === undefined && (greenExists || !build.done.includes("create"))) {
        return { kind: "continue", build, reason: `build ${build.green} is under way (done: ${build.done.join(", ") || "nothing yet"})` };
    }
    const blueFinding = findBlue(observed);
    if (blueFinding.kind === "ambiguous") {
        throw new errors/* RefusedError */.fk(`cannot tell which index is blue: ${blueFinding.detail}`, [
            `${blueFinding.detail}; point it at one index (the live one) and rerun`,
        ]);
    }
    const blue = blueFinding.kind === "one" ? blueFinding.index : undefined;
    const taken = new Set(observed.indices.map((i) => i.name));
    const supersedes = !build
        ? undefined
        : build.rolledBackAt !== undefined
            ? `build ${build.green} was rolled back`
            : build.writeSwitchedAt !== undefined
                ? `build ${build.green} is finished (write alias switched)`
                : `build ${build.green} no longer exists`;
    return { kind: "new", green: (0,build_names/* freeBuildName */.Gv)(observed.name, now, taken), blue, pair: planPairOnBlue(observed, blue), supersedes };
}

;// CONCATENATED MODULE: ./src/reindex/phase-create.ts
/**
 * create: the new index beside blue, with the configured mappings and bulk-load settings. The build
 * is recorded in the run state before the index is made, so a rerun after a crash finishes this
 * build instead of starting another.
 */







async function runCreate(ctx) {
    const { engine, store, config } = ctx;
    const observed = await observeIndex(engine, config);
    const plan = planCreate(observed, store.build, ctx.now());
    const report = new report_report/* Report */.pl();
    if (plan.kind === "continue" && (0,reindex_state/* hasDone */.BR)(plan.build, "create")) {
        return {
            phase: "create",
            headline: `create: nothing to do, ${plan.reason}`,
            changed: false,
            report: report.list([`green ${plan.build.green}, blue ${plan.build.blue ?? "(none: first build)"}`]),
            data: { green: plan.build.green, blue: plan.build.blue ?? null, created: false },
        };
    }
    let build;
    const actions = [];
    if (plan.kind === "new") {
        if (plan.supersedes)
            ctx.log.info(`create: a new build, as ${plan.supersedes}`);
        const sourceIndex = config.source.type === "index" ? (config.source.index ?? plan.blue) : undefined;
        if (config.source.type === "index" && !sourceIndex) {
            throw new errors/* RefusedError */.fk(`index '${config.name}' has no index to copy from`, [
                `neither source.index is set nor does '${config.aliases.read}' or '${config.aliases.write}' point at an index`,
            ]);
        }
        const created = {
            green: plan.green,
            createdAt: ctx.now().toISOString(),
            blue: plan.blue,
            source: config.source.type,
            ...(sourceIndex ? { sourceIndex } : {}),
            done: [],
            kafka: {},
        };
        await store.update((state) => ({ ...state, build: created }));
        build = created;
        if (plan.pair.actions.length > 0) {
            // first run on a plain alias or a bare index: the pair joins blue, the old name keeps working
            await engine.updateAliases(plan.pair.actions);
            actions.push(...plan.pair.actions.map(describeAliasAction));
        }
    }
    else
        build = plan.build;
    if (!(await engine.exists(build.green))) {
        const body = await newIndexBody(config, ctx.configPath);
        await engine.createIndex(build.green, body);
        actions.push(`create index ${build.green} (refresh off, no replicas while loading)`);
    }
    build = await store.updateBuild((b) => (0,reindex_state/* markDone */.a)(b, "create"));
    for (const line of actions)
        ctx.log.info(`create: ${line}`);
    report.list([
        `green ${build.green}, blue ${build.blue ?? "(none: first build)"}`,
        ...(build.sourceIndex ? [`source index ${build.sourceIndex}`] : []),
        ...actions,
    ]);
    return {
        phase: "create",
        headline: `create: ${build.green} created beside ${build.blue ?? "no blue (first build)"}`,
        changed: true,
        report,
        data: { green: build.green, blue: build.blue ?? null, created: true, actions },
    };
}

;// CONCATENATED MODULE: ./src/reindex/phase-follow.ts
/**
 * follow: keeps applying the incremental topic to the index the application does not write (green
 * before the write switch, blue after it), so neither side that may serve reads falls behind. Runs
 * until stopped (SIGINT/SIGTERM, the lock taken over by a switch or a rollback) or for `--for`.
 */






async function runFollow(ctx, build) {
    if (ctx.config.source.type !== "kafka") {
        throw new errors/* InputError */.dz(`follow needs a Kafka-fed index: '${ctx.config.name}' is copied from an index, which has no change stream`);
    }
    const source = kafkaSourceOf(ctx);
    const stream = ctx.stream();
    const topic = source.incrementalTopic;
    const side = build.writeSwitchedAt === undefined ? "green" : "blue";
    const index = side === "green" ? build.green : build.blue;
    if (!index)
        throw new errors/* InputError */.dz(`follow: writes moved to ${build.green} and there is no blue to follow`);
    if (build.rolledBackAt !== undefined)
        throw new errors/* InputError */.dz(`follow: build ${build.green} was rolled back; nothing to follow`);
    const started = Date.now();
    const deadline = ctx.forMs === undefined ? undefined : started + ctx.forMs;
    let position = covering((side === "green" ? build.kafka.green : build.kafka.blue) ?? [], await stream.watermarks(topic));
    let applied = 0;
    let passes = 0;
    let lastLine = 0;
    ctx.log.info(`follow: ${topic} into ${index} (${side}) from ${describeOffsets(position)}${deadline ? ` for ${(0,duration/* formatDuration */.a)(ctx.forMs ?? 0)}` : " until stopped"}`);
    const stopping = () => ctx.signal.aborted || (deadline !== undefined && Date.now() >= deadline);
    while (!stopping()) {
        const ranges = await stream.watermarks(topic);
        const to = highs(ranges);
        const lag = lagOf(position, ranges);
        if (Date.now() - lastLine >= ctx.progressEveryMs) {
            ctx.log.info(`follow: ${index} is ${lag} record(s) behind ${topic}; ${applied} applied so far`);
            lastLine = Date.now();
        }
        if (lag === 0) {
            await pause(Math.min(ctx.pollMs, deadline === undefined ? ctx.pollMs : Math.max(0, deadline - Date.now())), ctx.signal);
            continue;
        }
        const from = covering(position, ranges);
        let result;
        try {
            result = await applyTopicRange(ctx, {
                phase: "follow",
                topic,
                index,
                from,
                to,
                deletes: "delete",
                label: "follow",
                save: async (next) => {
                    await ctx.store.updateBuild((b) => ({ ...b, kafka: { ...b.kafka, [side]: next } }));
                },
            });
        }
        catch (error) {
            // asked to stop mid-pass: the checkpoint holds what was written; that is a normal end
            if (ctx.signal.aborted)
                break;
            throw error;
        }
        applied += result.records;
        passes++;
        position = to;
        await ctx.store.updateBuild((b) => ({ ...b, kafka: { ...b.kafka, [side]: to } }));
    }
    const lag = lagOf(position, await stream.watermarks(topic));
    return {
        phase: "follow",
        headline: `follow: ${applied} record(s) applied to ${index} (${side}) in ${(0,duration/* formatDuration */.a)(Date.now() - started)}; lag ${lag}`,
        changed: applied > 0,
        report: new report_report/* Report */.pl().list([`position ${describeOffsets(position)}`, `${passes} pass(es)`, `lag ${lag} record(s)`]),
        data: { index, side, applied, lag, position },
    };
}

;// CONCATENATED MODULE: ./src/reindex/engine-fit.ts
function loadMethod(config, capabilities) {
    if (config.source.type === "kafka")
        return "kafka";
    return capabilities.reindex ? "reindex-task" : "client-copy";
}
/** Why the engine cannot run this config's load; undefined when it can. */
function engineMisfit(config, capabilities, kind) {
    if (config.source.type !== "index" || !config.source.script)
        return undefined;
    const product = kind === "elasticsearch" ? "Elasticsearch" : "OpenSearch";
    const missing = [];
    if (!capabilities.reindex)
        missing.push("reindex");
    if (config.source.script.lang === "painless" && !capabilities.painless)
        missing.push("lang-painless");
    if (missing.length === 0)
        return undefined;
    return (`search.indices '${config.name}' source.script needs the ${missing.join(" and ")} module${missing.length > 1 ? "s" : ""}, ` +
        `which this ${product} ${capabilities.version} node does not have; a script runs only inside _reindex ` +
        `(remove the script to copy documents as they are, client-side, or use a node with those modules)`);
}

;// CONCATENATED MODULE: ./src/reindex/source-writes.ts
/**
 * An index-fed build copies its source once and has no change stream: what the application writes to
 * the source after the copy began is not in green. So the source's write counter is taken when the
 * copy begins, and compared again before reads or writes move to green; any write in between (or a
 * counter that went back, so that nobody can tell) refuses the switch with nothing changed.
 */

function compareSourceWrites(atLoad, now) {
    if (atLoad === undefined)
        return { kind: "not-recorded" };
    if (now === atLoad)
        return { kind: "unchanged" };
    return now > atLoad ? { kind: "written", operations: now - atLoad } : { kind: "reset" };
}
/** Called just before a copy of the source begins (a new reindex task, or a client-side copy). */
async function recordSourceWrites(ctx, source) {
    const operations = await ctx.engine.writeOperations(source);
    await ctx.store.updateBuild((b) => ({ ...b, sourceWritesAtLoad: operations }));
}
/**
 * Called just before the write alias moves to green on an index-fed build: the application's writes
 * to green from then on are what a rollback would lose (blue-currency.ts compares against this).
 */
async function recordGreenWrites(ctx, build) {
    if (build.source !== "index")
        return;
    const operations = await ctx.engine.writeOperations(build.green);
    await ctx.store.updateBuild((b) => ({ ...b, greenWritesAtSwitch: operations }));
}
/** Refuses (exit 3, nothing changed) when the source of an index-fed build was written since its copy began. */
async function refuseIfSourceWritten(ctx, build, phase) {
    if (build.source !== "index" || !build.sourceIndex)
        return;
    const source = build.sourceIndex;
    const found = compareSourceWrites(build.sourceWritesAtLoad, await ctx.engine.writeOperations(source));
    if (found.kind === "unchanged")
        return;
    if (found.kind === "not-recorded") {
        ctx.log.warn(`${phase}: writes to ${source} since the load began were not checked (the load did not record its write counter)`);
        return;
    }
    const what = found.kind === "written"
        ? `${source} took ${found.operations} write(s) since the load into ${build.green} began, and ${build.green} lacks them`
        : `cannot tell whether ${source} was written since the load into ${build.green} began (its write counter went back: a shard restarted or moved)`;
    throw new errors/* RefusedError */.fk(`${phase}: ${what}`, [
        `${phase}: ${what}`,
        "an index-fed build copies its source once: writes made afterwards would be lost by moving reads or writes to green",
        "nothing was switched",
        "stop the writers to the source, then start a new build: --phase rollback, then --phase all",
    ]);
}

;// CONCATENATED MODULE: ./src/reindex/load-from-index.ts
/**
 * load from another index: the engine's `_reindex` as a background task, polled to the end with its
 * failures checked even when it says completed; or, where the engine has no reindex module, a
 * client-side copy (point in time + search_after, bulk writes).
 *
 * The task id is in the run state before the first poll: a rerun re-attaches to the running task
 * rather than starting a second one. A copy that was cut short is simply done again: documents are
 * written by id, so a second pass leaves the same contents.
 */






const COPY_BATCH = 1000;
async function loadFromIndex(ctx, build, method) {
    if (!build.sourceIndex)
        throw new Error("an index-fed build without a source index (create records it)");
    return method === "reindex-task" ? reindexTask(ctx, build, build.sourceIndex) : clientCopy(ctx, build, build.sourceIndex);
}
async function reindexTask(ctx, build, source) {
    const { engine, store, config, log } = ctx;
    if (config.source.type !== "index")
        throw new Error("not an index source");
    const started = Date.now();
    let taskId = build.reindexTaskId;
    let status;
    if (taskId) {
        try {
            status = await engine.getTask(taskId);
            log.info(`load: re-attached to reindex task ${taskId}`);
        }
        catch (error) {
            // the task and its stored result are gone (a node restart): copying again is safe
            if (!(error instanceof EngineError && error.status === 404))
                throw error;
            log.warn(`load: reindex task ${taskId} is gone; starting the copy again`);
            taskId = undefined;
        }
    }
    if (!taskId) {
        const { query, script, slices } = config.source;
        await startCopy(ctx, source);
        taskId = await engine.startReindex({
            source,
            dest: build.green,
            slices,
            ...(query ? { query } : {}),
            ...(script ? { script: { source: script.source, lang: script.lang, ...(script.params ? { params: script.params } : {}) } } : {}),
        });
        const id = taskId;
        await store.updateBuild((b) => ({ ...b, reindexTaskId: id }));
        log.info(`load: reindex task ${taskId} started (${source} → ${build.green})`);
    }
    let lastLine = Date.now();
    for (;;) {
        status = await engine.getTask(taskId);
        if (status.completed)
            break;
        if (Date.now() - lastLine >= ctx.progressEveryMs) {
            log.info(progressLine({ what: "load", done: written(status), total: status.total, elapsedMs: Date.now() - started }));
            lastLine = Date.now();
        }
        // the task runs on in the engine; a rerun re-attaches to it
        throwIfStopped("load", ctx.signal);
        await pause(ctx.pollMs, ctx.signal);
        throwIfStopped("load", ctx.signal);
    }
    log.info(progressLine({ what: "load", done: written(status), total: status.total, elapsedMs: Date.now() - started }));
    if (status.failures.length > 0) {
        // the next run starts a fresh task: documents are written by id, so the copy ends the same
        await store.updateBuild(({ reindexTaskId: _gone, ...b }) => b);
        const shown = status.failures.slice(0, 5);
        throw new errors/* OperationError */.OK(`reindex task ${taskId} completed with ${status.failures.length} failure(s): ${shown.join("; ")}${status.failures.length > 5 ? "; ..." : ""}`, { kind: "resumable", detail: `${build.green} holds a partial copy; fix the cause and rerun --phase load (it starts a new task)` });
    }
    return {
        method: "reindex-task",
        source,
        total: status.total,
        written: written(status),
        versionConflicts: status.versionConflicts,
        taskId,
        durationMs: Date.now() - started,
    };
}
/**
 * Just before a copy: the source's write counter, then a refresh. The copy (a scroll or a point in
 * time) sees refreshed documents only, so a write not yet refreshed (within refresh_interval, or
 * with it at -1) would be neither copied nor, being counted already, refused at the switch. In this
 * order, every write the counter holds is searchable by the copy; every later one is refused.
 */
async function startCopy(ctx, source) {
    await recordSourceWrites(ctx, source);
    await ctx.engine.refresh(source);
}
function written(status) {
    return status.created + status.updated + status.deleted;
}
async function clientCopy(ctx, build, source) {
    const { engine, config, log } = ctx;
    if (config.source.type !== "index")
        throw new Error("not an index source");
    const started = Date.now();
    const query = config.source.query;
    await startCopy(ctx, source);
    const total = await engine.count(source, query);
    log.info(`load: client-side copy of ${total} document(s), ${source} → ${build.green} (this engine has no reindex module)`);
    const writer = createBulkWriter({
        engine,
        index: build.green,
        versionType: "internal",
        concurrency: 2,
        maxBatchDocs: COPY_BATCH,
        signal: ctx.signal,
    });
    let read = 0;
    let lastLine = Date.now();
    for await (const page of engine.scan(source, { batchSize: COPY_BATCH, ...(query ? { query } : {}) })) {
        throwIfStopped("load", ctx.signal);
        await writer.write(page.map((doc) => ({ id: doc.id, source: doc.source })));
        read += page.length;
        if (Date.now() - lastLine >= ctx.progressEveryMs) {
            log.info(progressLine({ what: "load", done: read, total, elapsedMs: Date.now() - started }));
            lastLine = Date.now();
        }
    }
    const summary = await writer.flush();
    log.info(progressLine({ what: "load", done: read, total, elapsedMs: Date.now() - started }));
    if (summary.failed.length > 0) {
        const shown = summary.failed.slice(0, 5).map((f) => `${f.id} (${f.reason})`);
        throw new errors/* OperationError */.OK(`${summary.failed.length} document(s) could not be copied: ${shown.join(", ")}${summary.failed.length > 5 ? ", ..." : ""}`, { kind: "resumable", detail: `${build.green} holds a partial copy; fix the cause and rerun --phase load (it copies again)` });
    }
    return { method: "client-copy", source, total, written: summary.indexed, versionConflicts: 0, durationMs: Date.now() - started };
}

;// CONCATENATED MODULE: ./src/reindex/phase-load.ts
/**
 * load: fills green from the configured source. From Kafka, the full topic from its start up to the
 * high watermarks captured when the load began (kept in the state, so a rerun reads to the same end)
 * with deletes kept as tombstones; from an index, see load-from-index.ts.
 */








async function runLoad(ctx, build) {
    if ((0,reindex_state/* hasDone */.BR)(build, "load")) {
        return {
            phase: "load",
            headline: `load: nothing to do, ${build.green} is loaded`,
            changed: false,
            report: new report_report/* Report */.pl(),
            data: { green: build.green, loaded: false },
        };
    }
    const method = loadMethod(ctx.config, await ctx.engine.capabilities());
    if (method === "kafka")
        return loadFromKafka(ctx, build);
    const figures = await loadFromIndex(ctx, build, method);
    // an index-fed build has no catch-up: it is finished here
    const live = await applyLiveSettings(ctx.engine, ctx.config, build.green, build.blue);
    await ctx.store.updateBuild((b) => (0,reindex_state/* markDone */.a)(b, "load"));
    const how = method === "reindex-task" ? `_reindex task ${figures.taskId ?? ""}` : "client-side copy (no reindex module)";
    return {
        phase: "load",
        headline: `load: ${figures.written} of ${figures.total} document(s) copied from ${figures.source} into ${build.green} by ${how} in ${(0,duration/* formatDuration */.a)(figures.durationMs)}`,
        changed: true,
        report: new report_report/* Report */.pl()
            .table(["method", "source", "total", "written", "version conflicts", "took"], [
            [
                how,
                figures.source,
                String(figures.total),
                String(figures.written),
                String(figures.versionConflicts),
                (0,duration/* formatDuration */.a)(figures.durationMs),
            ],
        ])
            .list([`live settings applied to ${build.green}: ${JSON.stringify(live)}`]),
        data: { green: build.green, loaded: true, ...figures, liveSettings: live },
    };
}
async function loadFromKafka(ctx, start) {
    const source = kafkaSourceOf(ctx);
    const stream = ctx.stream();
    let build = start;
    if (!build.kafka.loadTo) {
        // the end of the load is fixed once, before the first record, so a rerun reads to the same end
        const ranges = await stream.watermarks(source.fullTopic);
        const loadTo = highs(ranges);
        const loadStartedAt = ctx.now().toISOString();
        build = await ctx.store.updateBuild((b) => ({ ...b, kafka: { ...b.kafka, loadTo, loadStartedAt, loadNext: covering([], ranges) } }));
        ctx.log.info(`load: full topic ${source.fullTopic} up to ${describeOffsets(loadTo)}`);
    }
    const to = build.kafka.loadTo ?? [];
    const ranges = await stream.watermarks(source.fullTopic);
    // a checkpoint below the log start (retention moved it) resumes at the log start
    const from = covering(build.kafka.loadNext ?? [], ranges).map((p) => {
        const low = ranges.find((r) => r.partition === p.partition)?.low;
        return low !== undefined && BigInt(low) > BigInt(p.offset) ? { partition: p.partition, offset: low } : p;
    });
    if (start.kafka.loadNext)
        ctx.log.info(`load: resuming from ${describeOffsets(from)} (${lagOf(from, to)} record(s) left)`);
    const result = await applyTopicRange(ctx, {
        phase: "load",
        topic: source.fullTopic,
        index: build.green,
        from,
        to,
        deletes: "tombstone",
        label: "load",
        save: async (next) => {
            await ctx.store.updateBuild((b) => ({ ...b, kafka: { ...b.kafka, loadNext: next } }));
        },
    });
    build = await ctx.store.updateBuild((b) => (0,reindex_state/* markDone */.a)({ ...b, kafka: { ...b.kafka, loadNext: to } }, "load"));
    const rate = result.durationMs > 0 ? Math.round((result.records / result.durationMs) * 1000) : 0;
    return {
        phase: "load",
        headline: `load: ${result.records} record(s) from ${source.fullTopic} into ${build.green} in ${(0,duration/* formatDuration */.a)(result.durationMs)} (${rate} records/s)`,
        changed: true,
        report: new report_report/* Report */.pl().table(["topic", "records", "indexed", "deleted", "stale (newer already in)", "took", "up to"], [
            [
                source.fullTopic,
                String(result.records),
                String(result.indexed),
                String(result.deleted),
                String(result.stale),
                (0,duration/* formatDuration */.a)(result.durationMs),
                describeOffsets(to),
            ],
        ]),
        data: {
            green: build.green,
            loaded: true,
            topic: source.fullTopic,
            records: result.records,
            indexed: result.indexed,
            deleted: result.deleted,
            stale: result.stale,
            durationMs: result.durationMs,
            recordsPerSecond: rate,
            to,
        },
    };
}

;// CONCATENATED MODULE: ./src/reindex/blue-currency.ts
/**
 * Before a rollback after the write switch moves the aliases back, blue must hold what the
 * application has written to green since. How that is known depends on the build:
 *
 * - Kafka-fed: the incremental topic has every change. Blue is caught up from where follow (or the
 *   switch) left it to the application's consumer group's committed offsets (without a group, the
 *   end offsets), the aliases move, then a last pass applies what arrived meanwhile. Records the
 *   topic's retention has deleted since blue's position cannot be applied: blue is then behind.
 * - Index-fed: there is no change stream. Green's write counter was taken at the switch; any write
 *   since is one blue lacks, and cannot be brought over.
 *
 * Pure: the phase reads the positions and counters and acts on the verdict.
 */


/** Records the topic no longer holds between blue's position and the log start, per partition. */
function lostRecords(position, ranges) {
    const at = new Map(position.map((p) => [p.partition, p.offset]));
    let lost = 0n;
    for (const range of ranges) {
        const from = at.get(range.partition);
        if (from !== undefined && (0,offsets/* compareOffsets */.Ip)(from, range.low) < 0)
            lost += (0,offsets/* span */.Ln)(from, range.low);
    }
    return Number(lost);
}
function kafkaBlueCurrency(position, ranges) {
    const lost = lostRecords(position, ranges);
    if (lost > 0)
        return {
            kind: "behind",
            behind: `${lost} record(s) of the incremental topic after blue's position were deleted by the topic's retention before blue got them`,
        };
    return { kind: "catch-up" };
}
function indexBlueCurrency(green, atSwitch, now, switchedAt) {
    const found = compareSourceWrites(atSwitch, now);
    switch (found.kind) {
        case "unchanged":
            return { kind: "current" };
        case "written":
            return {
                kind: "behind",
                behind: `${green} took ${found.operations} write(s) since the write switch at ${switchedAt}, and an index-fed build has no change stream to bring them to blue`,
            };
        case "reset":
            return {
                kind: "behind",
                behind: `cannot tell how many writes ${green} took since the write switch at ${switchedAt} (its write counter went back: a shard restarted or moved)`,
            };
        case "not-recorded":
            return {
                kind: "behind",
                behind: `cannot tell how many writes ${green} took since the write switch at ${switchedAt} (the switch recorded no write counter)`,
            };
    }
}

;// CONCATENATED MODULE: ./src/reindex/routing-weight.ts
/**
 * The stored read weight that the application-side read router follows (src/search/read-router.ts).
 * Document `es-reindex-routing:<read alias>` in the cutover state index, value
 * `{ readAlias, canaryAlias, weight, updatedAt }`; absent when reads are not split (0 or 100).
 */


async function readRouting(engine, readAlias) {
    return (await engine.readState(build_names/* stateIds */.iq.routing(readAlias)))?.value;
}
/** Stores the weight; unchanged when it already holds it. Returns whether it wrote. */
async function storeRouting(engine, routing, now) {
    const id = build_names/* stateIds */.iq.routing(routing.readAlias);
    const existing = await engine.readState(id);
    const v = existing?.value;
    if (v && v.weight === routing.weight && v.canaryAlias === routing.canaryAlias)
        return false;
    await engine.writeState(id, { ...routing, updatedAt: now.toISOString() }, existing ?? "absent");
    return true;
}
/** Removes the stored weight (reads go to the read alias alone). Returns whether there was one. */
async function clearRouting(engine, readAlias) {
    const id = build_names/* stateIds */.iq.routing(readAlias);
    for (let attempt = 0; attempt < 3; attempt++) {
        const existing = await engine.readState(id);
        if (!existing)
            return false;
        try {
            await engine.deleteState(id, existing);
            return true;
        }
        catch (error) {
            if (!(error instanceof StateConflictError))
                throw error;
        }
    }
    throw new StateConflictError(id);
}

;// CONCATENATED MODULE: ./src/reindex/phase-rollback.ts
/**
 * rollback: read and write aliases back to blue in one `_aliases` call, the canary alias and the
 * stored read weight removed.
 *
 * After the write switch, blue first gets what the application wrote to green since (blue-currency.ts):
 * a Kafka-fed blue is caught up to the application's committed offsets before the aliases move, and
 * what arrived meanwhile is applied right after, as switch-write does for green; if that last pass
 * fails, the aliases go back to green. A blue that cannot be caught up (an index-fed build, records the
 * topic no longer holds) is refused, naming how far behind it is, unless `--accept-stale`.
 */









async function runRollback(ctx, build) {
    const { engine, config } = ctx;
    const blue = build.blue;
    if (!blue)
        throw new errors/* RefusedError */.fk(`build ${build.green} was the first one: there is no blue to roll back to`);
    const observed = await observeIndex(engine, config);
    if (!(await isConcreteIndex(engine, observed, blue))) {
        throw new errors/* RefusedError */.fk(`blue ${blue} no longer exists: there is nothing to roll back to`, [
            `${blue} was deleted (by cleanup, or freed for an alias of its name by switch-read)`,
        ]);
    }
    // writes went to green and this rollback has not finished: blue must first get them
    const switched = build.writeSwitchedAt !== undefined && build.rolledBackAt === undefined;
    const notes = [];
    let catchUp;
    if (switched && config.source.type === "kafka")
        catchUp = await catchUpBlue(ctx, build, blue, notes);
    else if (switched)
        await checkIndexFed(ctx, build, notes);
    const plan = planRollback(observed, blue);
    const routing = await readRouting(engine, observed.readAlias);
    let routingCleared;
    try {
        if (plan.actions.length > 0)
            await engine.updateAliases(plan.actions);
        routingCleared = await clearRouting(engine, observed.readAlias);
    }
    catch (error) {
        throw new errors/* OperationError */.OK(`rollback: ${error instanceof Error ? error.message : String(error)}`, {
            kind: "resumable",
            detail: "the alias change is one atomic call (made entirely or not at all); rerun --phase rollback",
        }, { cause: error });
    }
    let lastPass = 0;
    if (catchUp) {
        try {
            lastPass = await applyMeanwhile(ctx, blue, catchUp.to);
        }
        catch (error) {
            await putBack(ctx, observed, routing, blue, error);
        }
    }
    const changed = plan.actions.length > 0 || routingCleared || build.rolledBackAt === undefined;
    const at = ctx.now().toISOString();
    if (build.rolledBackAt === undefined) {
        await ctx.store.update((state) => {
            if (!state.build)
                return state;
            const b = state.build.blue;
            return {
                ...state,
                build: (0,reindex_state/* markDone */.a)({ ...state.build, rolledBackAt: at }, "rollback"),
                // blue is live again: its retention clock stops
                retired: state.retired.filter((r) => r.index !== b),
            };
        });
    }
    const lines = plan.actions.map(describeAliasAction);
    for (const line of lines)
        ctx.log.info(`rollback: ${line}`);
    const caught = catchUp ? catchUp.records + lastPass : 0;
    return {
        phase: "rollback",
        headline: changed
            ? `rollback: reads and writes back on ${blue}${catchUp ? `, caught up first with ${caught} record(s) written to green since the write switch` : ""}`
            : `rollback: nothing to do, reads and writes are on ${blue}`,
        changed,
        report: new report_report/* Report */.pl().list([
            ...notes,
            ...lines,
            ...(routingCleared ? ["stored read weight removed"] : []),
            `${build.green} is kept until cleanup (retention)`,
        ]),
        data: {
            blue,
            green: build.green,
            actions: plan.actions,
            caughtUp: catchUp ? { beforeSwitch: catchUp.records, afterSwitch: lastPass } : null,
        },
    };
}
/** Refused (nothing changed) or, with --accept-stale, noted: blue lacks what green took since the switch. */
function stale(ctx, blue, currency, notes) {
    if (currency.kind !== "behind")
        return;
    if (!ctx.acceptStale)
        throw new errors/* RefusedError */.fk(`rollback: ${blue} is behind green: ${currency.behind}`, [
            currency.behind,
            "nothing was switched: reads and writes stay on green",
            "to go back to blue anyway, knowing it lacks those writes, rerun --phase rollback with --accept-stale",
        ]);
    ctx.log.warn(`rollback: --accept-stale: ${currency.behind}`);
    notes.push(`accepted stale blue (--accept-stale): ${currency.behind}`);
}
async function checkIndexFed(ctx, build, notes) {
    const now = await ctx.engine.writeOperations(build.green);
    stale(ctx, build.blue ?? "blue", indexBlueCurrency(build.green, build.greenWritesAtSwitch, now, build.writeSwitchedAt ?? "?"), notes);
}
/** Blue up to what the application has applied to green (its group's committed offsets), before the aliases move. */
async function catchUpBlue(ctx, build, blue, notes) {
    const source = kafkaSourceOf(ctx);
    const stream = ctx.stream();
    const topic = source.incrementalTopic;
    const ranges = await stream.watermarks(topic);
    // a build switched before blue's position was stored: from the switch, less the rewind margin
    const stored = build.kafka.blue ?? (await stream.offsetsForTimestamp(topic, Date.parse(build.writeSwitchedAt ?? "") - source.catchUp.rewind));
    const position = covering(stored, ranges);
    stale(ctx, blue, kafkaBlueCurrency(position, ranges), notes);
    // what retention removed cannot be read: start at the log start (only reached with --accept-stale)
    const from = laterOf(position, ranges.map((r) => ({ partition: r.partition, offset: r.low })));
    const committed = source.consumerGroup ? await stream.committedOffsets(source.consumerGroup, topic) : [];
    if (source.consumerGroup && committed.length === 0)
        ctx.log.warn(`rollback: consumer group '${source.consumerGroup}' has committed nothing on ${topic}; using the end offsets`);
    const to = laterOf(from, committed.length > 0 ? covering(committed, ranges) : highs(ranges));
    ctx.log.info(`rollback: ${blue} from ${describeOffsets(from)} to ${describeOffsets(to)} before the switch (${lagOf(from, to)} record(s))`);
    const result = await applyTopicRange(ctx, {
        phase: "rollback",
        topic,
        index: blue,
        from,
        to,
        deletes: "delete",
        label: "rollback catch-up",
        save: (next) => saveBlue(ctx, next),
    });
    await saveBlue(ctx, to);
    notes.push(`${blue} caught up with ${result.records} record(s) from ${topic} before the switch (to ${describeOffsets(to)})`);
    return { to, records: result.records };
}
/** Records the application wrote to green in the last instant before the switch are below the end offsets read after it. */
async function applyMeanwhile(ctx, blue, from) {
    const topic = kafkaSourceOf(ctx).incrementalTopic;
    const to = laterOf(from, highs(await ctx.stream().watermarks(topic)));
    const result = await applyTopicRange(ctx, {
        phase: "rollback",
        topic,
        index: blue,
        from,
        to,
        deletes: "delete",
        label: "rollback last pass",
        save: (next) => saveBlue(ctx, next),
    });
    await saveBlue(ctx, to);
    return result.records;
}
async function saveBlue(ctx, next) {
    await ctx.store.updateBuild((b) => ({ ...b, kafka: { ...b.kafka, blue: next } }));
}
/** The last pass failed after the aliases moved: they go back to green, which has everything. */
async function putBack(ctx, before, routing, blue, cause) {
    const why = cause instanceof Error ? cause.message : String(cause);
    const back = planAliasesAsBefore(await observeIndex(ctx.engine, ctx.config), before);
    if (back.actions.length > 0)
        await ctx.engine.updateAliases(back.actions);
    if (routing)
        await storeRouting(ctx.engine, routing, ctx.now());
    throw new errors/* OperationError */.OK(`rollback: the last pass into ${blue} failed: ${why}`, { kind: "restored", detail: `the aliases are back where they were (on green); rerun --phase rollback` }, { cause });
}
/** An index of that name, not an alias that took its name (a bare blue freed for its alias). */
async function isConcreteIndex(engine, observed, name) {
    if ([...observed.indices, ...observed.otherIndices].some((i) => i.name === name))
        return true;
    if (!(await engine.exists(name)))
        return false;
    return !(await engine.getAliases([name])).has(name);
}

;// CONCATENATED MODULE: ./src/reindex/phase-switch-read.ts
/**
 * switch-read: `readWeight` 100 moves the read alias to green in one `_aliases` call; 0 puts it back
 * on blue; between, the read alias stays on blue, the canary alias points at green and the weight is
 * stored for the application's read router. The canary alias exists before the weight that sends
 * reads to it, and the weight is gone before the canary alias is removed.
 */







async function runSwitchRead(ctx, build) {
    const { engine, config } = ctx;
    const weight = config.readWeight;
    if (build.validation && !build.validation.passed) {
        throw new errors/* RefusedError */.fk(`the last validation of ${build.green} failed; reads stay where they are`, [
            ...build.validation.reasons,
            "rerun --phase validate once the cause is fixed",
        ]);
    }
    // reads back on blue are always allowed; reads (or, through one alias, writes) onto green are not when it missed writes
    if (weight > 0)
        await refuseIfSourceWritten(ctx, build, "switch-read");
    const observed = await observeIndex(engine, config);
    const plan = planReadSwitch(observed, build.green, build.blue, weight);
    const lines = plan.actions.map(describeAliasAction);
    const split = weight > 0 && weight < 100 && build.blue !== undefined;
    // through one alias for reads and writes, this moves the writes: a rollback must know what green took since
    if (observed.readAlias === observed.writeAlias && weight >= 100 && build.writeSwitchedAt === undefined && plan.actions.length > 0)
        await recordGreenWrites(ctx, build);
    let routingChanged;
    try {
        if (split) {
            if (plan.actions.length > 0)
                await engine.updateAliases(plan.actions);
            routingChanged = await storeRouting(engine, { readAlias: observed.readAlias, canaryAlias: observed.canaryAlias, weight }, ctx.now());
        }
        else {
            routingChanged = await clearRouting(engine, observed.readAlias);
            if (plan.actions.length > 0)
                await engine.updateAliases(plan.actions);
        }
    }
    catch (error) {
        throw new errors/* OperationError */.OK(`switch-read: ${error instanceof Error ? error.message : String(error)}`, {
            kind: "resumable",
            detail: "the alias change is one atomic call (made entirely or not at all); rerun --phase switch-read",
        }, { cause: error });
    }
    const sameAlias = observed.readAlias === observed.writeAlias;
    const writesMoved = sameAlias && weight >= 100 && plan.actions.length > 0;
    await ctx.store.update((state) => {
        if (!state.build)
            return state;
        let b = (0,reindex_state/* markDone */.a)({ ...state.build, readWeight: weight }, "switch-read");
        let retired = state.retired;
        if (sameAlias && weight >= 100 && b.writeSwitchedAt === undefined) {
            // read and write are one alias (seed 003): writes moved with it
            b = (0,reindex_state/* markDone */.a)({ ...b, writeSwitchedAt: ctx.now().toISOString() }, "switch-write");
            if (b.blue)
                retired = [...retired.filter((r) => r.index !== b.blue), { index: b.blue, at: ctx.now().toISOString() }];
        }
        return { ...state, build: b, retired };
    });
    const changed = plan.actions.length > 0 || routingChanged;
    for (const line of lines)
        ctx.log.info(`switch-read: ${line}`);
    const where = weight >= 100 || build.blue === undefined
        ? `all reads on ${build.green}`
        : weight <= 0
            ? `all reads on ${build.blue ?? "blue"}`
            : `${weight}% of reads (through the read router) on ${build.green} via ${observed.canaryAlias}, the rest on ${build.blue ?? "blue"}`;
    const notes = [
        ...lines,
        ...(split ? [`weight ${weight} stored as es-reindex-routing:${observed.readAlias} for the application's read router`] : []),
        ...(plan.removesIndices.length > 0
            ? [
                `the bare index ${plan.removesIndices.join(", ")} was deleted to free its name for the alias; a rollback can no longer return to it`,
            ]
            : []),
        ...(writesMoved ? [`'${observed.readAlias}' is also the write alias: writes moved to ${build.green} too`] : []),
    ];
    return {
        phase: "switch-read",
        headline: changed ? `switch-read: ${where}` : `switch-read: nothing to do, ${where} already`,
        changed,
        report: new report_report/* Report */.pl().list(notes),
        data: {
            green: build.green,
            blue: build.blue ?? null,
            weight,
            actions: plan.actions,
            readAlias: observed.readAlias,
            canaryAlias: observed.canaryAlias,
            writesMoved,
        },
    };
}

;// CONCATENATED MODULE: ./src/reindex/phase-switch-write.ts
/**
 * switch-write: the write alias moves to green once green holds everything the application's
 * incremental indexer has committed (its consumer group's offsets; without one, the topic's end
 * offsets at that moment). Until the alias call the application keeps writing blue; records it wrote
 * to blue in the last instant are in the topic below the end offsets read after the switch, and a
 * last pass applies them to green. Blue is followed from the group's offsets read before the switch,
 * so a rollback finds it current. If that last pass fails, the alias goes back to blue.
 */








async function runSwitchWrite(ctx, build) {
    const { engine, config } = ctx;
    if (build.writeSwitchedAt !== undefined) {
        return {
            phase: "switch-write",
            headline: `switch-write: nothing to do, writes went to ${build.green} at ${build.writeSwitchedAt}`,
            changed: false,
            report: new report_report/* Report */.pl(),
            data: { green: build.green, switched: false },
        };
    }
    if (build.validation && !build.validation.passed) {
        throw new errors/* RefusedError */.fk(`the last validation of ${build.green} failed; writes stay on ${build.blue ?? "blue"}`, [
            ...build.validation.reasons,
            "rerun --phase validate once the cause is fixed",
        ]);
    }
    await refuseIfSourceWritten(ctx, build, "switch-write");
    const observed = await observeIndex(engine, config);
    const plan = planWriteSwitch(observed, build.green);
    const notes = [];
    let bluePosition;
    let greenPosition = build.kafka.green ? [...build.kafka.green] : undefined;
    if (config.source.type === "kafka") {
        const source = kafkaSourceOf(ctx);
        const stream = ctx.stream();
        const topic = source.incrementalTopic;
        const ranges = await stream.watermarks(topic);
        // what the application has applied to blue: from here on blue must be followed after the switch
        const committed = source.consumerGroup ? await stream.committedOffsets(source.consumerGroup, topic) : [];
        if (source.consumerGroup && committed.length === 0) {
            ctx.log.warn(`switch-write: consumer group '${source.consumerGroup}' has committed nothing on ${topic}; using the end offsets`);
        }
        const target = committed.length > 0 ? covering(committed, ranges) : highs(ranges);
        const before = covering(greenPosition ?? [], ranges);
        const catchTo = laterOf(before, target);
        ctx.log.info(`switch-write: green ${build.green} to ${describeOffsets(catchTo)} before the switch (${lagOf(before, catchTo)} record(s))`);
        await applyTopicRange(ctx, {
            phase: "switch-write",
            topic,
            index: build.green,
            from: before,
            to: catchTo,
            deletes: "delete",
            label: "switch-write catch-up",
            save: async (next) => {
                await ctx.store.updateBuild((b) => ({ ...b, kafka: { ...b.kafka, green: next } }));
            },
        });
        greenPosition = catchTo;
        bluePosition = committed.length > 0 ? covering(committed, ranges) : catchTo;
        await ctx.store.updateBuild((b) => ({ ...b, kafka: { ...b.kafka, green: catchTo, blue: bluePosition } }));
    }
    if (plan.actions.length > 0) {
        await recordGreenWrites(ctx, build);
        try {
            await engine.updateAliases(plan.actions);
        }
        catch (error) {
            throw new errors/* OperationError */.OK(`switch-write: ${error instanceof Error ? error.message : String(error)}`, {
                kind: "resumable",
                detail: `the alias call is atomic: writes still go to ${build.blue ?? "blue"}; rerun --phase switch-write`,
            }, { cause: error });
        }
        notes.push(...plan.actions.map(describeAliasAction));
    }
    if (config.source.type === "kafka" && greenPosition) {
        const source = kafkaSourceOf(ctx);
        const stream = ctx.stream();
        const after = highs(await stream.watermarks(source.incrementalTopic));
        try {
            await applyTopicRange(ctx, {
                phase: "switch-write",
                topic: source.incrementalTopic,
                index: build.green,
                from: greenPosition,
                to: laterOf(greenPosition, after),
                deletes: "delete",
                label: "switch-write last pass",
                save: async (next) => {
                    await ctx.store.updateBuild((b) => ({ ...b, kafka: { ...b.kafka, green: next } }));
                },
            });
            greenPosition = laterOf(greenPosition, after);
        }
        catch (error) {
            await phase_switch_write_putBack(ctx, build, error);
        }
    }
    const at = ctx.now().toISOString();
    await ctx.store.update((state) => {
        if (!state.build)
            return state;
        const b = (0,reindex_state/* markDone */.a)({ ...state.build, writeSwitchedAt: at, kafka: { ...state.build.kafka, ...(greenPosition ? { green: greenPosition } : {}) } }, "switch-write");
        const retired = b.blue ? [...state.retired.filter((r) => r.index !== b.blue), { index: b.blue, at }] : state.retired;
        return { ...state, build: b, retired };
    });
    for (const line of notes)
        ctx.log.info(`switch-write: ${line}`);
    if (config.source.type === "kafka")
        notes.push(`run --phase follow to keep ${build.blue ?? "blue"} current for a rollback (from ${describeOffsets(bluePosition ?? [])})`);
    return {
        phase: "switch-write",
        headline: `switch-write: writes now go to ${build.green}${build.blue ? ` (was ${build.blue})` : ""}`,
        changed: true,
        report: new report_report/* Report */.pl().list(notes),
        data: {
            green: build.green,
            blue: build.blue ?? null,
            switched: true,
            actions: plan.actions,
            greenPosition: greenPosition ?? null,
            bluePosition: bluePosition ?? null,
        },
    };
}
/** The last pass failed after the switch: writes go back to blue, which has everything. */
async function phase_switch_write_putBack(ctx, build, cause) {
    const why = cause instanceof Error ? cause.message : String(cause);
    if (!build.blue) {
        throw new errors/* OperationError */.OK(`switch-write: the last pass into ${build.green} failed: ${why}`, {
            kind: "resumable",
            detail: `writes go to ${build.green} (there is no blue to go back to); rerun --phase follow to apply the rest`,
        }, { cause });
    }
    const observed = await observeIndex(ctx.engine, ctx.config);
    const back = planWriteSwitch(observed, build.blue);
    if (back.actions.length > 0)
        await ctx.engine.updateAliases(back.actions);
    throw new errors/* OperationError */.OK(`switch-write: the last pass into ${build.green} failed: ${why}`, {
        kind: "restored",
        detail: `the write alias is back on ${build.blue}; rerun --phase switch-write`,
    }, { cause });
}

;// CONCATENATED MODULE: ./src/reindex/plan-validation.ts
/** Latencies this small are noise on a loopback node: the ratio is taken against at least this. */
const LATENCY_FLOOR_MS = 10;
function percentDifference(value, reference) {
    if (reference === 0)
        return value === 0 ? 0 : 100;
    return (Math.abs(value - reference) / reference) * 100;
}
/** Share of `expected` ids found in `actual`, in percent; 100 when nothing was expected. */
function overlapPercent(expected, actual) {
    if (expected.length === 0)
        return 100;
    const found = new Set(actual);
    return (expected.filter((id) => found.has(id)).length / expected.length) * 100;
}
/** The value below which `p` percent of the sorted samples fall (nearest rank). */
function percentile(samples, p) {
    if (samples.length === 0)
        return 0;
    const sorted = [...samples].sort((a, b) => a - b);
    const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
    return sorted[Math.min(rank, sorted.length) - 1];
}
const round1 = (n) => Math.round(n * 10) / 10;
function validationVerdict(figures, thresholds) {
    const checks = [];
    const { counts } = figures;
    const reference = counts.reference === "source" ? counts.source : counts.blue;
    if (reference === undefined) {
        checks.push({
            check: "document count",
            ok: true,
            detail: `green ${counts.green}; no ${counts.reference} to compare with (first build)`,
        });
    }
    else {
        const diff = percentDifference(counts.green, reference);
        checks.push({
            check: "document count",
            ok: diff <= thresholds.maxCountDifference,
            detail: `green ${counts.green}, ${counts.reference} ${reference}: ${round1(diff)}% apart (at most ${thresholds.maxCountDifference}%)`,
        });
    }
    for (const query of figures.queries) {
        if (query.overlap === undefined)
            continue;
        checks.push({
            check: `top-${thresholds.topK} overlap: ${query.name}`,
            ok: query.overlap >= thresholds.minOverlap,
            detail: `${round1(query.overlap)}% of blue's top ${thresholds.topK} (at least ${thresholds.minOverlap}%); hits blue ${query.blueHits ?? "-"}, green ${query.greenHits}`,
        });
    }
    const { green, blue } = figures.latency;
    if (blue && green.samples > 0) {
        const allowed = thresholds.maxLatencyRatio * Math.max(blue.p95, LATENCY_FLOOR_MS);
        checks.push({
            check: "search latency p95",
            ok: green.p95 <= allowed,
            detail: `green p95 ${round1(green.p95)} ms, blue p95 ${round1(blue.p95)} ms (at most ${round1(allowed)} ms: ${thresholds.maxLatencyRatio}× blue, blue taken as at least ${LATENCY_FLOOR_MS} ms)`,
        });
    }
    checks.push({
        check: "search errors on green",
        ok: figures.errors.green <= thresholds.maxErrors,
        detail: `${figures.errors.green} (at most ${thresholds.maxErrors}); blue ${figures.errors.blue}`,
    });
    const failed = checks.filter((c) => !c.ok);
    return { passed: failed.length === 0, checks, reasons: failed.map((c) => `${c.check}: ${c.detail}`) };
}

;// CONCATENATED MODULE: ./src/reindex/measure-search.ts

/** A configured sample is a search body (with `query`) or a bare query; `name` labels it. */
function sampleQueries(configured) {
    if (configured.length === 0)
        return [{ name: "match_all", body: { query: { match_all: {} } } }];
    return configured.map((raw, i) => {
        const { name, ...rest } = raw;
        const label = typeof name === "string" && name !== "" ? name : `query ${i + 1}`;
        return { name: label, body: "query" in rest ? rest : { query: rest } };
    });
}
async function timedSearch(engine, index, body, size, side) {
    const started = performance.now();
    try {
        const result = await engine.search(index, body, size);
        side.latenciesMs.push(performance.now() - started);
        return result;
    }
    catch (error) {
        side.errors++;
        side.lastError = error instanceof Error ? error.message : String(error);
        return undefined;
    }
}
/**
 * Unmeasured rounds on both sides before the samples: a build that was just loaded and refreshed
 * answers its first searches from cold caches, while blue has been serving all along; without
 * them, a p95 of 20 samples mostly measured the first query.
 */
const WARM_UP_ROUNDS = 3;
async function measureQuery(engine, query, sides, topK, samples) {
    const green = { ids: undefined, total: undefined, latenciesMs: [], errors: 0 };
    const blue = sides.blue ? { ids: undefined, total: undefined, latenciesMs: [], errors: 0 } : undefined;
    for (let i = 0; i < WARM_UP_ROUNDS; i++) {
        for (const index of [sides.blue, sides.green]) {
            if (index !== undefined)
                await engine.search(index, query.body, topK).catch(() => undefined); // counted when measured
        }
    }
    for (let i = 0; i < samples; i++) {
        if (blue && sides.blue) {
            const b = await timedSearch(engine, sides.blue, query.body, topK, blue);
            if (b && blue.ids === undefined) {
                blue.ids = b.ids;
                blue.total = b.total;
            }
        }
        const g = await timedSearch(engine, sides.green, query.body, topK, green);
        if (g && green.ids === undefined) {
            green.ids = g.ids;
            green.total = g.total;
        }
    }
    return { green, blue };
}
function latencyOf(samples) {
    return { p50: percentile(samples, 50), p95: percentile(samples, 95), samples: samples.length };
}

;// CONCATENATED MODULE: ./src/reindex/phase-validate.ts
/**
 * validate: doc counts of blue, green and the source; the sample queries on both with top-k overlap;
 * search latency p50/p95 and errors. The verdict comes from the config's thresholds; a failure is
 * exit 3 with the full report. The result is kept in the run state for the switches to check.
 */






async function runValidate(ctx, build) {
    const { engine, config } = ctx;
    const thresholds = config.validation;
    await engine.refresh(build.green);
    const blue = build.blue && (await engine.exists(build.blue)) ? build.blue : undefined;
    // tombstones are purged after catch-up; never count one that a rerun left behind
    const notTombstone = { bool: { must_not: [{ exists: { field: TOMBSTONE_FIELD } }] } };
    const green = await engine.count(build.green, config.source.type === "kafka" ? notTombstone : undefined);
    const blueCount = blue ? await engine.count(blue) : undefined;
    let sourceCount;
    if (config.source.type === "index" && build.sourceIndex && (await engine.exists(build.sourceIndex))) {
        sourceCount = await engine.count(build.sourceIndex, config.source.query);
    }
    const queries = [];
    const greenLatencies = [];
    const blueLatencies = [];
    let greenErrors = 0;
    let blueErrors = 0;
    const errorNotes = [];
    const samples = sampleQueries(thresholds.sampleQueries);
    const configured = thresholds.sampleQueries.length > 0;
    for (const query of samples) {
        const measured = await measureQuery(engine, query, { green: build.green, blue }, thresholds.topK, thresholds.latencySamples);
        greenLatencies.push(...measured.green.latenciesMs);
        greenErrors += measured.green.errors;
        if (measured.green.lastError)
            errorNotes.push(`green, ${query.name}: ${measured.green.lastError}`);
        if (measured.blue) {
            blueLatencies.push(...measured.blue.latenciesMs);
            blueErrors += measured.blue.errors;
            if (measured.blue.lastError)
                errorNotes.push(`blue, ${query.name}: ${measured.blue.lastError}`);
        }
        // overlap means something only for configured queries: match_all has no ranking to compare
        const overlap = configured && measured.blue?.ids && measured.green.ids ? overlapPercent(measured.blue.ids, measured.green.ids) : undefined;
        queries.push({ name: query.name, overlap, blueHits: measured.blue?.total, greenHits: measured.green.total ?? 0 });
    }
    const figures = {
        counts: { green, blue: blueCount, source: sourceCount, reference: config.source.type === "index" ? "source" : "blue" },
        queries,
        latency: { green: latencyOf(greenLatencies), blue: blue ? latencyOf(blueLatencies) : undefined },
        errors: { green: greenErrors, blue: blueErrors },
    };
    const verdict = validationVerdict(figures, thresholds);
    await ctx.store.updateBuild((b) => (0,reindex_state/* markDone */.a)({ ...b, validation: { passed: verdict.passed, at: ctx.now().toISOString(), reasons: verdict.reasons } }, "validate"));
    const report = new report_report/* Report */.pl()
        .table(["check", "result", "figures"], verdict.checks.map((c) => [c.check, c.ok ? "OK" : "NG", c.detail]))
        .table(["side", "documents", "p50", "p95", "searches", "errors"], [
        [
            "green",
            String(green),
            ms(figures.latency.green.p50),
            ms(figures.latency.green.p95),
            String(figures.latency.green.samples),
            String(greenErrors),
        ],
        ...(blue && figures.latency.blue
            ? [
                [
                    "blue",
                    String(blueCount ?? "-"),
                    ms(figures.latency.blue.p50),
                    ms(figures.latency.blue.p95),
                    String(figures.latency.blue.samples),
                    String(blueErrors),
                ],
            ]
            : []),
        ...(sourceCount !== undefined ? [[`source ${build.sourceIndex ?? ""}`, String(sourceCount), "", "", "", ""]] : []),
    ])
        .list(errorNotes);
    for (const check of verdict.checks)
        ctx.log.info(`${check.ok ? "OK" : "NG"} ${check.check}: ${check.detail}`);
    const data = { green: build.green, blue: blue ?? null, passed: verdict.passed, checks: verdict.checks, figures };
    if (!verdict.passed) {
        throw new errors/* RefusedError */.fk(`validation of ${build.green} against ${blue ?? "the source"} failed: ${verdict.reasons.length} check(s)`, verdict.reasons, { kind: "untouched" }, { report, data: { phase: "validate", ...data } });
    }
    return {
        phase: "validate",
        headline: `validate: ${build.green} passed ${verdict.checks.length} check(s) against ${blue ?? "the source"}`,
        changed: false,
        report,
        data,
    };
}
function ms(value) {
    return `${Math.round(value * 10) / 10} ms`;
}

// EXTERNAL MODULE: ./src/reindex/plan-phases.ts
var plan_phases = __webpack_require__(79813);
;// CONCATENATED MODULE: ./src/reindex/plan-build.ts







function pointerText(pointer) {
    if (pointer.kind === "absent")
        return "(absent)";
    if (pointer.kind === "index")
        return `(a concrete index of that name)`;
    return pointer.targets.join(", ");
}
function sourceText(config, sourceIndex) {
    const s = config.source;
    if (s.type === "kafka")
        return `Kafka: full topic ${s.fullTopic}, then ${s.incrementalTopic} (id ${s.idField}, version ${s.versionField}${s.deleteField ? `, delete ${s.deleteField}` : ""})`;
    const extras = [s.query ? "a query" : "", s.script ? `a ${s.script.lang} script` : "", `slices ${s.slices}`].filter(Boolean).join(", ");
    return `index ${sourceIndex ?? "(none found)"} (${extras})`;
}
const actionsText = (actions, none) => (actions.length > 0 ? actions.map(describeAliasAction) : [none]);
function planBuild(observed, state, config, engineKind, now) {
    const create = planCreate(observed, state.build, now);
    const build = create.kind === "continue" ? create.build : undefined;
    const green = create.kind === "continue" ? create.build.green : create.green;
    const blue = create.kind === "continue" ? create.build.blue : create.blue;
    const sourceIndex = config.source.type === "index" ? (build?.sourceIndex ?? config.source.index ?? blue) : undefined;
    const method = loadMethod(config, observed.capabilities);
    const inAll = new Set((0,plan_phases/* phasesForAll */.zo)(config));
    const done = (step) => (0,reindex_state/* hasDone */.BR)(build, step);
    const would = (phase) => {
        switch (phase) {
            case "plan":
                return ["print this plan"];
            case "create":
                if (create.kind === "continue")
                    return [`continue ${green} (${create.reason})`];
                return [
                    `create ${green} with the configured mappings${config.source.type === "kafka" ? " and tombstone fields" : ""}, refresh off and no replicas while loading`,
                    ...(create.supersedes ? [`a new build, as ${create.supersedes}`] : []),
                    ...create.pair.actions.map((a) => `first run: ${describeAliasAction(a)}`),
                ];
            case "load":
                if (method === "kafka" && config.source.type === "kafka")
                    return [
                        `read ${config.source.fullTopic} from its start (or the last checkpoint) to its end offsets at load start into ${green}, deletes as tombstones`,
                    ];
                return [
                    method === "reindex-task"
                        ? `_reindex ${sourceIndex ?? "?"} → ${green} as a background task${build?.reindexTaskId ? ` (re-attach to ${build.reindexTaskId})` : ""}`
                        : `client-side copy ${sourceIndex ?? "?"} → ${green} (point in time + search_after + bulk: the engine has no reindex module)`,
                    "then the live settings and a refresh",
                ];
            case "catch-up": {
                if (config.source.type !== "kafka")
                    return ["nothing: an index-fed build has no change stream"];
                const from = config.source.catchUp.from;
                const start = from === "load-start"
                    ? `the offsets at load start less ${(0,duration/* formatDuration */.a)(config.source.catchUp.rewind)}`
                    : "timestamp" in from
                        ? `the offsets at ${from.timestamp}`
                        : "the configured offsets";
                return [
                    `${config.source.incrementalTopic} from ${start} to its end offsets, repeated until at most ${config.source.catchUp.maxLag} behind (at most ${config.source.catchUp.maxRounds} rounds)`,
                    "then purge tombstones, live settings, refresh",
                ];
            }
            case "validate": {
                const v = config.validation;
                return [
                    `counts (at most ${v.maxCountDifference}% apart), ${v.sampleQueries.length} sample quer${v.sampleQueries.length === 1 ? "y" : "ies"} (top-${v.topK} overlap at least ${v.minOverlap}%), p95 at most ${v.maxLatencyRatio}× blue, at most ${v.maxErrors} error(s)`,
                ];
            }
            case "switch-read":
                return [
                    `read weight ${config.readWeight}:`,
                    ...actionsText(planReadSwitch(observed, green, blue, config.readWeight).actions, "no alias change"),
                ];
            case "follow":
                if (config.source.type !== "kafka")
                    return ["nothing: an index-fed build has no change stream"];
                return [`apply ${config.source.incrementalTopic} to ${build?.writeSwitchedAt ? (blue ?? "blue") : green} until stopped or --for`];
            case "switch-write":
                return [
                    ...(config.source.type === "kafka"
                        ? [
                            `catch ${green} up to ${config.source.consumerGroup ? `consumer group ${config.source.consumerGroup}'s committed offsets` : "the end offsets"}, then`,
                        ]
                        : []),
                    ...actionsText(planWriteSwitch(observed, green).actions, "no alias change"),
                ];
            case "rollback":
                return blue ? actionsText(planRollback(observed, blue).actions, "no alias change") : ["nothing to roll back to: no blue"];
            case "cleanup":
                return [];
        }
    };
    const cleanup = planCleanup(observed, state, now, config.retention);
    const phases = plan_phases/* RUN_PHASES */.NV.map((phase) => {
        const step = phase;
        const status = !inAll.has(phase) ? "not in all" : phase !== "plan" && done(step) ? "done" : "to do";
        const lines = phase === "cleanup"
            ? cleanup.delete.length > 0
                ? cleanup.delete.map((d) => `delete ${d.index}`)
                : ["nothing to delete"]
            : would(phase);
        return { phase, status, would: lines };
    });
    const notes = [];
    const sameAlias = config.aliases.read === config.aliases.write;
    const freed = planReadSwitch(observed, green, blue, 100).removesIndices;
    if (sameAlias)
        notes.push(`'${config.aliases.read}' is both the read and the write alias: switch-read at 100 moves writes too`);
    if (freed.length > 0) {
        notes.push(`the bare index ${freed.join(", ")} is deleted at the switch to free its name for the alias: a rollback cannot return to it`);
    }
    if (config.writeSwitch === "manual" && !sameAlias)
        notes.push("writeSwitch manual: `all` stops before switch-write; run --phase switch-write after checking");
    if (config.writeSwitch === "auto" && config.readWeight < 100)
        notes.push(`readWeight ${config.readWeight} with writeSwitch auto: after the write switch, run --phase follow so blue keeps serving its share current`);
    if (config.source.type === "index")
        notes.push("index-fed: there is no change stream; a write to the source after the load began refuses the switches onto green (exit 3, nothing switched), so stop its writers during the build");
    return {
        index: config.name,
        engine: {
            kind: engineKind,
            version: observed.capabilities.version,
            reindex: observed.capabilities.reindex,
            painless: observed.capabilities.painless,
        },
        aliases: {
            [observed.readAlias]: pointerText(observed.read),
            [observed.writeAlias]: pointerText(observed.write),
            [observed.canaryAlias]: pointerText(observed.canary),
        },
        blue,
        green,
        create,
        source: sourceText(config, sourceIndex),
        loadMethod: method,
        misfit: engineMisfit(config, observed.capabilities, engineKind),
        phases,
        cleanup,
        notes,
    };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./src/lock/holder.ts
var lock_holder = __webpack_require__(77053);
;// CONCATENATED MODULE: ./src/reindex/lock-decision.ts
/**
 * Whether a run may take an index's lock, from the lock document found (pure). A lock whose holder
 * stopped sending heartbeats (killed runner) goes stale and may be taken over; a live one only with
 * `--break-lock <its id>`.
 */
/** A holder silent this long is taken for dead (heartbeats come every HEARTBEAT_MS). */
const STALE_AFTER_MS = 2 * 60_000;
const HEARTBEAT_MS = 10_000;
/**
 * `takeOverFrom`: phases whose holder this run may stop. follow holds the lock until stopped, so a
 * switch or a rollback takes it over (the follow run sees it at its next heartbeat and ends).
 */
function decideLock(existing, now, breakLock, takeOverFrom = []) {
    if (!existing)
        return { kind: "take" };
    if (breakLock !== undefined && breakLock === existing.id)
        return { kind: "take-over", reason: "broken" };
    if (takeOverFrom.includes(existing.phase))
        return { kind: "take-over", reason: "superseded" };
    const heartbeat = Date.parse(existing.heartbeat);
    if (!Number.isFinite(heartbeat) || now.getTime() - heartbeat > STALE_AFTER_MS)
        return { kind: "take-over", reason: "stale" };
    return { kind: "refuse", holder: existing, breakLockMismatch: breakLock !== undefined };
}
/** `run 3f9a1c (load) on runner-2 since 2026-11-22T09:00:00.000Z, last heartbeat ...` */
function describeLockHolder(holder) {
    const run = holder.runUrl ? `, run ${holder.runUrl}` : "";
    return `run ${holder.id} (${holder.phase}) on ${holder.host} since ${holder.started}, last heartbeat ${holder.heartbeat}${run}`;
}

;// CONCATENATED MODULE: ./src/reindex/reindex-lock.ts
/**
 * One run per index at a time: a state document created with op_type create, kept alive by a
 * heartbeat written with optimistic concurrency, and deleted at the end (also after a failure).
 */







const TAKE_OVER_WHY = {
    stale: `no heartbeat for over ${STALE_AFTER_MS / 60_000} minutes`,
    broken: "--break-lock",
    superseded: "a follow run gives way to a switch or a rollback",
};
async function acquireReindexLock(options) {
    const { engine, now, log } = options;
    const id = build_names/* stateIds */.iq.lock(options.project, options.index);
    const started = now().toISOString();
    const runUrl = (0,lock_holder/* runUrlOf */.Qm)(options.env);
    const holder = {
        id: (0,external_node_crypto_.randomBytes)(6).toString("hex"),
        host: options.env.RUNNER_NAME || options.env.NODE_NAME || (0,external_node_os_.hostname)(),
        phase: options.phase,
        ...(runUrl ? { runUrl } : {}),
        started,
        heartbeat: started,
    };
    let doc;
    let tookOverFromFollow = false;
    // two rounds: a lock released between our create and our read is simply taken on the second
    for (let attempt = 0; attempt < 2 && !doc; attempt++) {
        try {
            doc = await engine.writeState(id, holder, "absent");
        }
        catch (error) {
            if (!(error instanceof StateConflictError))
                throw error;
            const existing = await engine.readState(id);
            if (!existing)
                continue;
            const decision = decideLock(existing.value, now(), options.breakLock, options.takeOverFrom);
            if (decision.kind === "refuse") {
                const reasons = [
                    `held by ${describeLockHolder(decision.holder)}`,
                    decision.breakLockMismatch
                        ? `--break-lock names another lock; this one's id is ${decision.holder.id}`
                        : `if that run is gone, wait ${STALE_AFTER_MS / 60_000} minutes for its heartbeat to go stale, or rerun with --break-lock ${decision.holder.id}`,
                ];
                throw new errors/* RefusedError */.fk(`another es-reindex run holds the lock of index '${options.index}': run ${decision.holder.id} on ${decision.holder.host}`, reasons);
            }
            // with a lock found, the decision is never a plain take
            const reason = decision.kind === "take-over" ? decision.reason : "stale";
            log.warn(`taking over the lock of index '${options.index}' from ${describeLockHolder(existing.value)} (${TAKE_OVER_WHY[reason]})`);
            try {
                doc = await engine.writeState(id, holder, { seqNo: existing.seqNo, primaryTerm: existing.primaryTerm });
                tookOverFromFollow = reason === "superseded";
            }
            catch (conflict) {
                if (!(conflict instanceof StateConflictError))
                    throw conflict;
                // another run took it over at the same moment: go round once more and be refused by it
            }
        }
    }
    if (!doc)
        throw new errors/* RefusedError */.fk(`could not take the lock of index '${options.index}': it changed hands while we tried`);
    const lost = new AbortController();
    let current = doc;
    let beating = Promise.resolve();
    const beat = async () => {
        try {
            current = await engine.writeState(id, { ...holder, heartbeat: now().toISOString() }, current);
        }
        catch (error) {
            if (error instanceof StateConflictError)
                lose();
            else
                log.warn(`could not renew the lock of index '${options.index}': ${error instanceof Error ? error.message : String(error)}`);
        }
    };
    const timer = setInterval(() => {
        beating = beating.then(beat);
    }, options.heartbeatMs ?? HEARTBEAT_MS);
    timer.unref();
    const lose = () => {
        if (lost.signal.aborted)
            return;
        log.error(`the lock of index '${options.index}' was taken by another run; stopping`);
        lost.abort(new Error(`the lock of index '${options.index}' was taken by another run`));
        clearInterval(timer);
    };
    return {
        holder,
        lost: lost.signal,
        tookOverFromFollow,
        async check() {
            const found = await engine.readState(id);
            if (found?.value.id !== holder.id) {
                lose();
                throw new StateConflictError(id);
            }
        },
        async release() {
            clearInterval(timer);
            await beating;
            if (lost.signal.aborted)
                return;
            try {
                await engine.deleteState(id, current);
            }
            catch (error) {
                // a lock left behind goes stale in two minutes; the run's own result stands
                log.warn(`could not release the lock of index '${options.index}': ${error instanceof Error ? error.message : String(error)}`);
            }
        },
    };
}

// EXTERNAL MODULE: ./src/run/run-operation.ts + 2 modules
var run_operation = __webpack_require__(381);
;// CONCATENATED MODULE: ./src/reindex/render-plan.ts
/** The build plan as a report (what `--phase plan` and `--dry-run` print). */

function renderPlan(plan, focus) {
    const report = new report_report/* Report */.pl()
        .heading(`index ${plan.index}`)
        .table(["", ""], [
        [
            "engine",
            `${plan.engine.kind} ${plan.engine.version} (reindex ${plan.engine.reindex ? "yes" : "no"}, painless ${plan.engine.painless ? "yes" : "no"})`,
        ],
        ...Object.entries(plan.aliases).map(([alias, target]) => [`alias ${alias}`, target]),
        ["blue", plan.blue ?? "(none: first build)"],
        ["green", `${plan.green}${plan.create.kind === "new" ? " (to be created)" : ""}`],
        ["source", plan.source],
        ["load by", plan.loadMethod],
    ]);
    if (plan.misfit)
        report.list([`cannot run: ${plan.misfit}`]);
    const shown = focus ? plan.phases.filter((p) => focus.includes(p.phase)) : plan.phases;
    report.heading(focus ? "would do (dry run: nothing changed)" : "phases").table(["phase", "status", "what it does"], shown.flatMap((p) => p.would.map((line, i) => (i === 0 ? [p.phase, p.status, line] : ["", "", line]))));
    report.list(plan.notes);
    return report;
}

;// CONCATENATED MODULE: ./src/reindex/run-reindex.ts




















const FOLLOW_GIVE_WAY_MS = 2_000;
/** Phases that need the Kafka source: refused up front for an index-fed build. */
const KAFKA_ONLY = ["catch-up", "follow"];
/** Phases that may stop a running follow (it holds the lock until stopped) by taking the lock over. */
const OVERRIDES_FOLLOW = ["switch-read", "switch-write", "rollback"];
/** Phases whose alias moves the read-back checks. */
const ALIAS_PHASES = ["switch-read", "switch-write", "rollback"];
async function runReindex(options) {
    const { engine, config, phase } = options;
    const phases = phase === "all" ? (0,plan_phases/* phasesForAll */.zo)(config) : [phase];
    if (config.source.type === "index") {
        const wrong = phases.find((p) => KAFKA_ONLY.includes(p));
        if (wrong)
            throw new errors/* InputError */.dz(`--phase ${wrong} needs a Kafka-fed index: '${config.name}' is copied from an index, which has no change stream`);
    }
    const plannedAt = options.now();
    let held;
    const lock = {
        acquire: async () => {
            held = await acquireReindexLock({
                engine,
                project: options.project,
                index: config.name,
                phase,
                breakLock: options.breakLock,
                env: options.env,
                now: options.now,
                log: options.log,
                ...(phases.some((p) => OVERRIDES_FOLLOW.includes(p)) ? { takeOverFrom: ["follow"] } : {}),
            });
            return held;
        },
    };
    const operation = {
        name: "es-reindex",
        resume: `cutover es-reindex --index ${config.name} --phase ${phase}`,
        plan: async () => {
            const observed = await observeIndex(engine, config);
            const store = await reindex_state/* RunStateStore */.Up.open(engine, options.project, config.name, options.now);
            const plan = planBuild(observed, store.value, config, engine.kind, plannedAt);
            if (plan.misfit && phases.some((p) => p === "create" || p === "load"))
                throw new errors/* InputError */.dz(plan.misfit);
            return plan;
        },
        // `--phase plan` reads and shows; it takes no lock and changes nothing
        isEmpty: () => phase === "plan",
        apply: (plan, run) => runPhases(plan, run, options, phases, plannedAt, held),
        verify: (_plan, outcomes) => aliasesAsSwitched(engine, config, options, outcomes),
    };
    const outcome = await (0,run_operation/* runOperation */.xj)(operation, { dryRun: options.dryRun, lock, signal: options.signal, log: options.log });
    if (outcome.kind !== "applied") {
        const dryRun = outcome.kind === "dry-run";
        const report = renderPlan(outcome.plan, dryRun && phase !== "plan" ? phases : undefined);
        const headline = phase === "plan"
            ? `plan for ${config.name}: blue ${outcome.plan.blue ?? "(none)"}, green ${outcome.plan.green}${outcome.plan.create.kind === "new" ? " (new)" : ""}`
            : `${phase} for ${config.name} (dry run): nothing changed`;
        return { headline, report, data: { index: config.name, phase, dryRun, plan: planData(outcome.plan) } };
    }
    return result(config.name, phase, outcome.result);
}
/** The phases, in order, under the lock the loop took; a failure is explained with the phase to rerun. */
async function runPhases(plan, run, options, phases, plannedAt, held) {
    const { engine, config, phase } = options;
    const outcomes = [];
    let current = phases[0] ?? "plan";
    try {
        // a follow run taken over may be finishing one write: let it see the lock gone first
        if (held?.tookOverFromFollow)
            await run.sleep(FOLLOW_GIVE_WAY_MS);
        // read again under the lock: another run may have moved on since the plan was made
        const store = await reindex_state/* RunStateStore */.Up.open(engine, options.project, config.name, options.now, () => held?.check() ?? Promise.resolve());
        const ctx = {
            engine,
            stream: options.stream,
            config,
            project: options.project,
            configPath: options.configPath,
            store,
            log: options.log,
            now: options.now,
            signal: run.signal,
            forMs: options.forMs,
            acceptStale: options.acceptStale ?? false,
            progressEveryMs: options.progressEveryMs ?? 10_000,
            pollMs: options.pollMs ?? 1_000,
        };
        for (const next of phases) {
            current = next;
            if (ctx.signal.aborted)
                throw new PhaseInterrupted(next);
            // within `all`, create names the build as the plan printed it, not a second later
            const outcome = await runPhase(next === "create" && phase === "all" ? { ...ctx, now: () => plannedAt } : ctx, next, phase === "all", plan);
            if (outcome) {
                outcomes.push(outcome);
                options.log.info(outcome.headline);
                // what a later failure, the read-back's included, reports as made: never "untouched"
                if (outcome.changed)
                    run.journal.record(outcome.headline, { log: false });
            }
        }
        return outcomes;
    }
    catch (error) {
        throw explain(error, { index: config.name, phase: current, requested: phase, outcomes, signal: options.signal, lost: held?.lost });
    }
}
/** After a phase that moved aliases, where they point now must be where it moved them. */
async function aliasesAsSwitched(engine, config, options, outcomes) {
    const last = [...outcomes].reverse().find((o) => ALIAS_PHASES.includes(o.phase));
    if (!last)
        return [];
    const build = (await reindex_state/* RunStateStore */.Up.open(engine, options.project, config.name, options.now)).build;
    if (!build)
        return [];
    const observed = await observeIndex(engine, config);
    const left = last.phase === "rollback"
        ? build.blue
            ? planRollback(observed, build.blue)
            : { actions: [] }
        : last.phase === "switch-write"
            ? planWriteSwitch(observed, build.green)
            : planReadSwitch(observed, build.green, build.blue, build.readWeight ?? config.readWeight);
    return left.actions.map((action) => `${last.phase}: still to ${describeAliasAction(action)}`);
}
async function runPhase(ctx, phase, inAll, plan) {
    if (phase === "plan")
        return {
            phase,
            headline: `plan: blue ${plan.blue ?? "(none)"}, green ${plan.green}`,
            changed: false,
            // within `all` the phases' own reports follow; the plan's "to do" table would be stale by then
            report: inAll ? new report_report/* Report */.pl() : renderPlan(plan),
            data: { plan: planData(plan) },
        };
    if (phase === "create")
        return runCreate(ctx);
    if (phase === "cleanup")
        return runCleanup(ctx);
    const build = ctx.store.build;
    if (!build)
        throw new errors/* RefusedError */.fk(`index '${ctx.config.name}' has no build yet: run --phase create (or all) first`);
    if (phase === "rollback")
        return runRollback(ctx, build);
    const missing = (0,plan_phases/* missingSteps */.uB)(phase, build, build.source);
    if (missing.length > 0) {
        throw new errors/* RefusedError */.fk(`${phase} needs ${missing.join(", ")} done first on build ${build.green}`, [
            `done so far: ${build.done.join(", ") || "nothing"}; run --phase ${missing[0] ?? "create"} (or all)`,
        ]);
    }
    switch (phase) {
        case "load":
            return runLoad(ctx, build);
        case "catch-up":
            return runCatchUp(ctx, build);
        case "validate":
            // a rerun of `all` does not measure again what already passed
            if (inAll && build.validation?.passed)
                return undefined;
            return runValidate(ctx, build);
        case "switch-read":
            // one alias for reads and writes on a Kafka-fed build: moving it is the write switch, with its catch-up
            if (ctx.config.source.type === "kafka" && ctx.config.aliases.read === ctx.config.aliases.write && ctx.config.readWeight >= 100) {
                return runSwitchWrite(ctx, build);
            }
            return runSwitchRead(ctx, build);
        case "follow":
            return runFollow(ctx, build);
        case "switch-write":
            return runSwitchWrite(ctx, build);
    }
}
function result(index, phase, outcomes) {
    const report = new report_report/* Report */.pl();
    for (const outcome of outcomes)
        report.heading(outcome.headline).concat(outcome.report);
    const last = outcomes.at(-1);
    const changed = outcomes.filter((o) => o.changed).length;
    const headline = phase === "all"
        ? `es-reindex ${index} --phase all: ${outcomes.length} phase(s) run, ${changed} changed something; ${last?.headline ?? ""}`
        : `es-reindex ${index}: ${last?.headline ?? phase}`;
    return { headline, report, data: { index, phase, dryRun: false, phases: outcomes.map(outcomeData) } };
}
function outcomeData(outcome) {
    return { phase: outcome.phase, headline: outcome.headline, changed: outcome.changed, ...outcome.data };
}
function planData(plan) {
    return {
        index: plan.index,
        engine: plan.engine,
        aliases: plan.aliases,
        blue: plan.blue ?? null,
        green: plan.green,
        newBuild: plan.create.kind === "new",
        source: plan.source,
        loadMethod: plan.loadMethod,
        misfit: plan.misfit ?? null,
        phases: plan.phases,
        cleanup: plan.cleanup,
        notes: plan.notes,
    };
}
/** The error the operator sees: what failed, in which phase, and how to resume. */
function explain(error, at) {
    const { phase, requested, outcomes, signal, lost } = at;
    const rerun = requested === "all" ? "all" : phase;
    const partial = outcomes.length > 0 ? result(at.index, requested, outcomes) : undefined;
    const partialResult = partial ? { report: partial.report, data: partial.data } : undefined;
    if (error instanceof PhaseInterrupted || signal.aborted || lost?.aborted) {
        const why = lost?.aborted ? "the lock was taken by another run" : "interrupted";
        return new errors/* OperationError */.OK(`${phase} stopped: ${why}`, { kind: "resumable", detail: `the run state in the engine holds the progress; rerun --phase ${rerun} to continue` }, { cause: error, ...(partialResult ? { partial: partialResult } : {}) });
    }
    if (error instanceof errors/* InputError */.dz)
        return error;
    if (error instanceof errors/* RefusedError */.fk) {
        if (error.partial || !partialResult)
            return error;
        return new errors/* RefusedError */.fk(error.message, error.reasons, error.aftermath, partialResult);
    }
    if (error instanceof errors/* OperationError */.OK) {
        if (error.partial || !partialResult)
            return error;
        return new errors/* OperationError */.OK(error.message, error.aftermath, { cause: error.cause, partial: partialResult });
    }
    const message = error instanceof Error ? error.message : String(error);
    return new errors/* OperationError */.OK(`${phase}: ${message}`, { kind: "resumable", detail: `the run state in the engine holds the progress; rerun --phase ${rerun} to resume` }, { cause: error, ...(partialResult ? { partial: partialResult } : {}) });
}

// EXTERNAL MODULE: ./node_modules/@elastic/elasticsearch/esm/index.js + 120 modules
var esm = __webpack_require__(22089);
;// CONCATENATED MODULE: ./src/search/responses.ts
/**
 * Request bodies and response narrowing shared by both adapters. Elasticsearch and OpenSearch answer
 * these calls in the same JSON shape, so the narrowing (client types → plain data) lives once, here,
 * and reads `unknown` so no client type can leak out.
 */

function asObject(value) {
    return typeof value === "object" && value !== null && !Array.isArray(value) ? value : {};
}
function asArray(value) {
    return Array.isArray(value) ? value : [];
}
function asNumber(value) {
    return typeof value === "number" ? value : typeof value === "string" && value.trim() !== "" ? Number(value) : 0;
}
// ---------------------------------------------------------------- aliases
function aliasActionsBody(actions) {
    return actions.map((action) => {
        if ("add" in action) {
            const { index, alias, isWriteIndex } = action.add;
            return { add: { index, alias, ...(isWriteIndex === undefined ? {} : { is_write_index: isWriteIndex }) } };
        }
        if ("remove" in action)
            return { remove: { index: action.remove.index, alias: action.remove.alias } };
        return { remove_index: { index: action.removeIndex.index } };
    });
}
/** Aliases that show up in a resource name for error messages. */
function aliasActionsResource(actions) {
    const names = new Set();
    for (const action of actions) {
        if ("add" in action)
            names.add(action.add.alias);
        else if ("remove" in action)
            names.add(action.remove.alias);
        else
            names.add(action.removeIndex.index);
    }
    return [...names].join(",") || "(no actions)";
}
/**
 * `GET _alias/<names>` answers `{ <index>: { aliases: { <alias>: { is_write_index? } } } }`; when some
 * names are missing it answers 404 with the found ones beside `error` and `status` keys.
 */
function aliasMap(body, wanted) {
    const result = new Map();
    const want = new Set(wanted);
    for (const [index, entry] of Object.entries(asObject(body))) {
        for (const [alias, settings] of Object.entries(asObject(asObject(entry).aliases))) {
            if (!want.has(alias))
                continue;
            const targets = result.get(alias) ?? [];
            targets.push({ index, isWriteIndex: asObject(settings).is_write_index === true });
            result.set(alias, targets);
        }
    }
    for (const targets of result.values())
        targets.sort((a, b) => a.index.localeCompare(b.index));
    return result;
}
// ---------------------------------------------------------------- stats
/** Index plus delete operations on primaries, from `GET <index>/_stats/indexing` (summed over `_all`). */
function writeOperationsOf(body) {
    const indexing = asObject(asObject(asObject(asObject(body)._all).primaries).indexing);
    return asNumber(indexing.index_total) + asNumber(indexing.delete_total);
}
// ---------------------------------------------------------------- bulk
/**
 * The bulk request's action and source lines, as NDJSON lines the clients send unchanged; deletes
 * carry the version too (a versioned tombstone). A document's `sourceJson` is used as it is.
 */
function bulkOperations(index, docs, options) {
    const lines = [];
    const indexJson = JSON.stringify(index);
    for (const doc of docs) {
        let meta = `{"_index":${indexJson},"_id":${JSON.stringify(doc.id)}`;
        if (options.versionType !== "internal") {
            if (doc.version === undefined || !Number.isSafeInteger(doc.version)) {
                throw new Error(`document '${doc.id}' has no whole-number version, needed with ${options.versionType} versioning`);
            }
            meta += `,"version":${doc.version},"version_type":"${options.versionType}"`;
        }
        if (doc.source === undefined)
            lines.push(`{"delete":${meta}}}`);
        else
            lines.push(`{"index":${meta}}}`, doc.sourceJson ?? JSON.stringify(doc.source));
    }
    return lines;
}
/**
 * Only what bulkItemResults reads: the engine then skips serialising each item's shard and
 * sequence figures, which at tens of thousands of documents per second is a real share of the work.
 */
const BULK_FILTER_PATH = "items.*._id,items.*.status,items.*.error";
function bulkItemResults(body, docs) {
    const items = asArray(asObject(body).items);
    if (items.length !== docs.length) {
        throw new Error(`the bulk answer has ${items.length} items for ${docs.length} documents`);
    }
    return items.map((raw, i) => {
        const item = asObject(Object.values(asObject(raw))[0]);
        const status = asNumber(item.status);
        const id = typeof item._id === "string" ? item._id : (docs[i]?.id ?? "");
        const error = item.error;
        if (error === undefined) {
            // A delete of an absent id answers 404 "not_found" without an error: the tombstone is written.
            return { id, ok: true, status, staleVersion: false, retryable: false };
        }
        const type = asObject(error).type;
        const staleVersion = status === 409 && type === "version_conflict_engine_exception";
        return {
            id,
            ok: false,
            status,
            staleVersion,
            retryable: !staleVersion && (status === 429 || status >= 500),
            error: describeEngineError(error),
        };
    });
}
// ---------------------------------------------------------------- search
function searchResult(body) {
    const response = asObject(body);
    const hits = asObject(response.hits);
    const total = hits.total;
    return {
        ids: asArray(hits.hits).map((hit) => String(asObject(hit)._id)),
        total: typeof total === "number" ? total : asNumber(asObject(total).value),
        tookMs: asNumber(response.took),
    };
}
function scanPage(body) {
    const response = asObject(body);
    const hits = asArray(asObject(response.hits).hits).map(asObject);
    const last = hits[hits.length - 1];
    return {
        docs: hits.map((hit) => ({ id: String(hit._id), source: { ...asObject(hit._source) } })),
        after: last && Array.isArray(last.sort) ? last.sort : undefined,
        pitId: typeof response.pit_id === "string" ? response.pit_id : undefined,
    };
}
// ---------------------------------------------------------------- tasks
/** Counts from `GET _tasks/<id>`, and every failure: bulk and search failures plus the task's own error. */
function taskStatus(body) {
    const answer = asObject(body);
    const response = asObject(answer.response);
    const status = asObject(asObject(answer.task).status);
    const counts = answer.response === undefined ? status : response;
    const failures = [];
    for (const raw of asArray(response.failures)) {
        const failure = asObject(raw);
        const where = [failure.index, failure.id ?? failure.shard].filter((part) => part !== undefined && part !== null).join("/");
        const cause = failure.cause ?? failure.reason;
        failures.push(`${where ? `${where}: ` : ""}${describeEngineError(cause ?? failure)}`);
    }
    if (answer.error !== undefined)
        failures.push(describeEngineError(answer.error));
    return {
        completed: answer.completed === true,
        total: asNumber(counts.total),
        created: asNumber(counts.created),
        updated: asNumber(counts.updated),
        deleted: asNumber(counts.deleted),
        versionConflicts: asNumber(counts.version_conflicts),
        failures,
    };
}
// ---------------------------------------------------------------- capabilities
/** Point in time came with Elasticsearch 7.10 and OpenSearch 2.4. */
const PIT_SINCE = { elasticsearch: [7, 10], opensearch: [2, 4] };
/**
 * From `GET _nodes/plugins`: a feature counts only when every node has it, since a task or a script
 * may run on any of them.
 */
function capabilitiesFromNodes(body, kind) {
    const nodes = Object.values(asObject(asObject(body).nodes)).map(asObject);
    const everyNodeHas = (name) => nodes.length > 0 &&
        nodes.every((node) => [...asArray(node.modules), ...asArray(node.plugins)].some((entry) => asObject(entry).name === name));
    const versions = nodes.map((node) => String(node.version ?? "")).filter((version) => version !== "");
    const version = versions.sort(compareVersions)[0] ?? "unknown";
    const [major, minor] = version.split(".").map((part) => Number.parseInt(part, 10));
    const [sinceMajor, sinceMinor] = PIT_SINCE[kind];
    const pointInTime = major !== undefined && minor !== undefined && (major > sinceMajor || (major === sinceMajor && minor >= sinceMinor));
    return { reindex: everyNodeHas("reindex"), painless: everyNodeHas("lang-painless"), pointInTime, version };
}
function compareVersions(a, b) {
    const pa = a.split(/[.-]/).map((part) => Number.parseInt(part, 10) || 0);
    const pb = b.split(/[.-]/).map((part) => Number.parseInt(part, 10) || 0);
    for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
        const diff = (pa[i] ?? 0) - (pb[i] ?? 0);
        if (diff !== 0)
            return diff;
    }
    return 0;
}
/** The major version of the first node in a `GET _nodes/_local` answer. */
function nodeMajor(body) {
    const node = asObject(Object.values(asObject(asObject(body).nodes))[0]);
    return Number.parseInt(String(node.version ?? ""), 10);
}

;// CONCATENATED MODULE: ./src/search/engine-common.ts
/** Small pieces both adapters need beyond response narrowing (see responses.ts). */


/** How long a scan's point in time lives between two pages; each page renews it. */
const SCAN_KEEP_ALIVE = "5m";
/**
 * Refuses a reindex the node cannot run, naming the missing module, rather than sending a request
 * the node would answer with a bare 405 or "no handler".
 */
function missingModuleError(capabilities, request, resource, product) {
    if (!capabilities.reindex) {
        return new EngineError("POST _reindex", resource, undefined, `this ${product} ${capabilities.version} node has no reindex module, so _reindex is not available`);
    }
    if (request.script && request.script.lang === "painless" && !capabilities.painless) {
        return new EngineError("POST _reindex", resource, undefined, `this ${product} ${capabilities.version} node has no lang-painless module, so a painless script cannot run`);
    }
    return undefined;
}
/**
 * From `GET <base>,<base>_*` (aliases and settings per concrete index): the indices named `base` or
 * `<base>_...`. A name that is an alias resolves to its indices, which are left out unless they match.
 */
function indexInfos(body, base) {
    return Object.entries(asObject(body))
        .filter(([name]) => name === base || name.startsWith(`${base}_`))
        .map(([name, raw]) => {
        const entry = asObject(raw);
        const created = Number(asObject(asObject(entry.settings).index).creation_date);
        return { name, aliases: Object.keys(asObject(entry.aliases)).sort(), createdAt: new Date(created) };
    })
        .sort((a, b) => a.name.localeCompare(b.name));
}
/** `GET <index>/_settings` answers per concrete index; an alias resolves to its (first) index. */
function settingsOf(body, index) {
    const answer = asObject(body);
    const entry = asObject(answer[index] ?? Object.values(answer)[0]);
    return asObject(entry.settings);
}

// EXTERNAL MODULE: ./src/search/state-names.ts
var state_names = __webpack_require__(70860);
;// CONCATENATED MODULE: ./src/search/state-index.ts


const STATE_INDEX_BODY = {
    settings: { number_of_shards: 1, number_of_replicas: 0, hidden: true },
    mappings: {
        dynamic: false,
        properties: {
            value: { type: "object", enabled: false },
            updatedAt: { type: "date" },
        },
    },
};
function stateSource(value) {
    return { value, updatedAt: new Date().toISOString() };
}
/** From a realtime GET answer; undefined when the document is absent. */
function stateFromGet(body) {
    const answer = asObject(body);
    if (answer.found !== true)
        return undefined;
    return { value: asObject(answer._source).value, seqNo: Number(answer._seq_no), primaryTerm: Number(answer._primary_term) };
}
/** From an index/create answer, which carries the new `_seq_no` and `_primary_term`. */
function stateFromWrite(value, body) {
    const answer = asObject(body);
    return { value, seqNo: Number(answer._seq_no), primaryTerm: Number(answer._primary_term) };
}

;// CONCATENATED MODULE: ./src/search/elasticsearch-engine.ts
/**
 * The search engine port on Elasticsearch, through the official 9.x client. The client is made on
 * first use: it asks the node its version first, because client 9.x sends `compatible-with=9` and an
 * 8.x server rejects that unless told `compatible-with=8`.
 */







/** Lets a 9.x client talk to an 8.x server (see the module comment). */
function compatHeaders(major) {
    if (major >= 9)
        return {};
    return {
        accept: `application/vnd.elasticsearch+json; compatible-with=${major}`,
        "content-type": `application/vnd.elasticsearch+json; compatible-with=${major}`,
    };
}
/** The bulk body is NDJSON: the client-wide JSON content type above would mislabel it. */
function compatNdjsonHeaders(major) {
    if (major >= 9)
        return {};
    return { "content-type": `application/vnd.elasticsearch+x-ndjson; compatible-with=${major}` };
}
class ElasticsearchEngine {
    options;
    kind = "elasticsearch";
    clientPromise;
    capabilitiesPromise;
    stateIndexPromise;
    bulkHeaders = {};
    constructor(options) {
        this.options = options;
    }
    makeClient(headers) {
        const options = {
            node: this.options.url,
            headers,
            maxRetries: this.options.maxRetries ?? 3,
            requestTimeout: this.options.requestTimeoutMs ?? 120_000,
        };
        if (this.options.auth)
            options.auth = this.options.auth;
        return new esm/* Client */.Kj(options);
    }
    client() {
        this.clientPromise ??= (async () => {
            // Asking for 8 compatibility works with both an 8.x and a 9.x server; keep it only for 8.x.
            const probe = this.makeClient(compatHeaders(8));
            try {
                const info = await withRequestRetry(() => probe.nodes.info({ node_id: "_local", filter_path: "nodes.*.version" }));
                const major = nodeMajor(info);
                if (!Number.isFinite(major))
                    throw new Error("no version in the _nodes/_local answer");
                this.bulkHeaders = compatNdjsonHeaders(major);
                if (major === 8)
                    return probe;
                await probe.close();
                return this.makeClient(compatHeaders(major));
            }
            catch (error) {
                await probe.close();
                this.clientPromise = undefined;
                throw toEngineError("GET _nodes/_local", this.options.url, error);
            }
        })();
        return this.clientPromise;
    }
    /** Every call goes through here: back-off on 429/503, and errors naming the call and resource. */
    async call(call, resource, run) {
        const client = await this.client();
        try {
            return await withRequestRetry(() => run(client));
        }
        catch (error) {
            throw toEngineError(call, resource, error);
        }
    }
    capabilities() {
        this.capabilitiesPromise ??= this.call("GET _nodes/plugins", this.options.url, (es) => es.nodes.info({ metric: ["plugins"], filter_path: "nodes.*.version,nodes.*.modules.name,nodes.*.plugins.name" }))
            .then((body) => capabilitiesFromNodes(body, "elasticsearch"))
            .catch((error) => {
            this.capabilitiesPromise = undefined;
            throw error;
        });
        return this.capabilitiesPromise;
    }
    async getAliases(aliases) {
        if (aliases.length === 0)
            return new Map();
        // 404 names the missing aliases and still lists the found ones.
        const body = await this.call("GET _alias", aliases.join(","), (es) => es.indices.getAlias({ name: [...aliases], expand_wildcards: "all" }, { ignore: [404] }));
        return aliasMap(body, aliases);
    }
    async listIndices(base) {
        const body = await this.call("GET <index>", `${base},${base}_*`, (es) => es.indices.get({ index: [base, `${base}_*`], ignore_unavailable: true, allow_no_indices: true, features: ["aliases", "settings"] }, { ignore: [404] }));
        const infos = indexInfos(body, base);
        return Promise.all(infos.map(async (info) => ({ ...info, docsCount: await this.count(info.name) })));
    }
    exists(indexOrAlias) {
        return this.call("HEAD", indexOrAlias, (es) => es.indices.exists({ index: indexOrAlias }));
    }
    async createIndex(name, body) {
        await this.call("PUT index", name, (es) => es.indices.create({
            index: name,
            ...(body.mappings ? { mappings: body.mappings } : {}),
            ...(body.settings ? { settings: body.settings } : {}),
        }));
    }
    async getSettings(index) {
        const body = await this.call("GET _settings", index, (es) => es.indices.getSettings({ index }));
        return settingsOf(body, index);
    }
    async putSettings(index, settings) {
        await this.call("PUT _settings", index, (es) => es.indices.putSettings({ index, settings: settings }));
    }
    async updateAliases(actions) {
        await this.call("POST _aliases", aliasActionsResource(actions), (es) => es.indices.updateAliases({ actions: aliasActionsBody(actions) }));
    }
    async deleteIndex(name) {
        // Absent already is done: cleanup reruns after a crash.
        await this.call("DELETE index", name, (es) => es.indices.delete({ index: name }, { ignore: [404] }));
    }
    async refresh(index) {
        await this.call("POST _refresh", index, (es) => es.indices.refresh({ index }));
    }
    async writeOperations(index) {
        const body = await this.call("GET _stats/indexing", index, (es) => es.indices.stats({ index, metric: "indexing" }));
        return writeOperationsOf(body);
    }
    async count(index, query) {
        const body = await this.call("GET _count", index, (es) => es.count({ index, ...(query ? { query: query } : {}) }));
        return body.count;
    }
    async bulk(index, docs, options) {
        if (docs.length === 0)
            return [];
        const operations = bulkOperations(index, docs, options);
        const body = await this.call("POST _bulk", index, (es) => es.bulk({
            operations: operations,
            filter_path: BULK_FILTER_PATH,
            ...(options.refresh ? { refresh: "wait_for" } : {}),
        }, { headers: this.bulkHeaders }));
        return bulkItemResults(body, docs);
    }
    async search(index, body, size) {
        const answer = await this.call("POST _search", index, (es) => es.search({ index, track_total_hits: true, ...body, size, _source: false }));
        return searchResult(answer);
    }
    async *scan(index, options) {
        const opened = await this.call("POST _pit", index, (es) => es.openPointInTime({ index, keep_alive: SCAN_KEEP_ALIVE }));
        let pitId = opened.id;
        try {
            let after;
            for (;;) {
                const answer = await this.call("POST _search (point in time)", index, (es) => es.search({
                    pit: { id: pitId, keep_alive: SCAN_KEEP_ALIVE },
                    // _shard_doc is the cheapest total order within a point in time.
                    sort: [{ _shard_doc: "asc" }],
                    size: options.batchSize,
                    track_total_hits: false,
                    ...(options.query ? { query: options.query } : {}),
                    ...(after ? { search_after: after } : {}),
                }));
                const page = scanPage(answer);
                pitId = page.pitId ?? pitId;
                if (page.docs.length > 0)
                    yield page.docs;
                if (page.docs.length < options.batchSize || !page.after)
                    return;
                after = page.after;
            }
        }
        finally {
            // It would expire after keep_alive anyway; closing frees the segments now.
            await this.call("DELETE _pit", index, (es) => es.closePointInTime({ id: pitId })).catch(() => undefined);
        }
    }
    async startReindex(request) {
        const resource = `${request.source} → ${request.dest}`;
        const capabilities = await this.capabilities();
        const missing = missingModuleError(capabilities, request, resource, "Elasticsearch");
        if (missing)
            throw missing;
        const body = await this.call("POST _reindex", resource, (es) => es.reindex({
            source: { index: request.source, ...(request.query ? { query: request.query } : {}) },
            dest: { index: request.dest },
            ...(request.script ? { script: { ...request.script } } : {}),
            slices: request.slices,
            wait_for_completion: false,
        }));
        if (body.task === undefined)
            throw new EngineError("POST _reindex", resource, undefined, "the answer names no task");
        return String(body.task);
    }
    async getTask(taskId) {
        const body = await this.call("GET _tasks", taskId, (es) => es.tasks.get({ task_id: taskId }));
        return taskStatus(body);
    }
    async readState(id) {
        // Realtime GET reads the latest write without a refresh; 404 (no doc, or no index yet) is absent.
        const body = await this.call("GET _doc", `${state_names/* STATE_INDEX */.j}/${id}`, (es) => es.get({ index: state_names/* STATE_INDEX */.j, id, realtime: true }, { ignore: [404] }));
        return stateFromGet(body);
    }
    async writeState(id, value, expected) {
        await this.ensureStateIndex();
        const document = stateSource(value);
        const body = await this.stateWrite(id, "PUT _doc", (es) => expected === "absent"
            ? es.create({ index: state_names/* STATE_INDEX */.j, id, document })
            : es.index({ index: state_names/* STATE_INDEX */.j, id, document, if_seq_no: expected.seqNo, if_primary_term: expected.primaryTerm }));
        return stateFromWrite(value, body);
    }
    async deleteState(id, expected) {
        await this.stateWrite(id, "DELETE _doc", (es) => es.delete({ index: state_names/* STATE_INDEX */.j, id, if_seq_no: expected.seqNo, if_primary_term: expected.primaryTerm }));
    }
    /** A 409 (or a 404 for a document deleted meanwhile) means another writer went first. */
    async stateWrite(id, call, run) {
        const client = await this.client();
        try {
            return await withRequestRetry(() => run(client));
        }
        catch (error) {
            const status = statusOf(error);
            if (status === 409 || (status === 404 && engineErrorType(error) !== "index_not_found_exception"))
                throw new StateConflictError(id);
            throw toEngineError(call, `${state_names/* STATE_INDEX */.j}/${id}`, error);
        }
    }
    ensureStateIndex() {
        this.stateIndexPromise ??= this.call("PUT index", state_names/* STATE_INDEX */.j, async (es) => {
            try {
                await es.indices.create({ index: state_names/* STATE_INDEX */.j, ...STATE_INDEX_BODY });
            }
            catch (error) {
                if (engineErrorType(error) !== "resource_already_exists_exception")
                    throw error;
            }
        }).catch((error) => {
            this.stateIndexPromise = undefined;
            throw error;
        });
        return this.stateIndexPromise;
    }
    async close() {
        const pending = this.clientPromise;
        this.clientPromise = undefined;
        if (pending)
            await (await pending.catch(() => undefined))?.close();
    }
}

// EXTERNAL MODULE: ./node_modules/@opensearch-project/opensearch/index.mjs
var opensearch = __webpack_require__(61093);
;// CONCATENATED MODULE: ./src/search/opensearch-engine.ts
/**
 * The search engine port on OpenSearch, through the official 3.x client. Same JSON on the wire as
 * Elasticsearch for everything here except point in time, which OpenSearch names `_search/point_in_time`.
 */







class OpenSearchEngine {
    options;
    kind = "opensearch";
    client;
    capabilitiesPromise;
    stateIndexPromise;
    constructor(options) {
        this.options = options;
        const clientOptions = {
            node: options.url,
            maxRetries: options.maxRetries ?? 3,
            requestTimeout: options.requestTimeoutMs ?? 120_000,
        };
        if (options.auth && "apiKey" in options.auth)
            clientOptions.headers = { authorization: `ApiKey ${options.auth.apiKey}` };
        else if (options.auth)
            clientOptions.auth = { username: options.auth.username, password: options.auth.password };
        this.client = new opensearch/* Client */.Kj(clientOptions);
    }
    /** Every call goes through here: back-off on 429/503, the body only, errors naming call and resource. */
    async call(call, resource, run) {
        try {
            return (await withRequestRetry(() => run(this.client))).body;
        }
        catch (error) {
            throw toEngineError(call, resource, error);
        }
    }
    capabilities() {
        this.capabilitiesPromise ??= this.call("GET _nodes/plugins", this.options.url, (os) => os.nodes.info({ metric: ["plugins"], filter_path: ["nodes.*.version", "nodes.*.modules.name", "nodes.*.plugins.name"] }))
            .then((body) => capabilitiesFromNodes(body, "opensearch"))
            .catch((error) => {
            this.capabilitiesPromise = undefined;
            throw error;
        });
        return this.capabilitiesPromise;
    }
    async getAliases(aliases) {
        if (aliases.length === 0)
            return new Map();
        // 404 names the missing aliases and still lists the found ones.
        const body = await this.call("GET _alias", aliases.join(","), (os) => os.indices.getAlias({ name: [...aliases], expand_wildcards: "all" }, { ignore: [404] }));
        return aliasMap(body, aliases);
    }
    async listIndices(base) {
        const body = await this.call("GET <index>", `${base},${base}_*`, (os) => os.indices.get({ index: [base, `${base}_*`], ignore_unavailable: true, allow_no_indices: true }, { ignore: [404] }));
        const infos = indexInfos(body, base);
        return Promise.all(infos.map(async (info) => ({ ...info, docsCount: await this.count(info.name) })));
    }
    async exists(indexOrAlias) {
        return (await this.call("HEAD", indexOrAlias, (os) => os.indices.exists({ index: indexOrAlias }))) === true;
    }
    async createIndex(name, body) {
        await this.call("PUT index", name, (os) => os.indices.create({ index: name, body: { ...body } }));
    }
    async getSettings(index) {
        const body = await this.call("GET _settings", index, (os) => os.indices.getSettings({ index }));
        return settingsOf(body, index);
    }
    async putSettings(index, settings) {
        await this.call("PUT _settings", index, (os) => os.indices.putSettings({ index, body: { ...settings } }));
    }
    async updateAliases(actions) {
        await this.call("POST _aliases", aliasActionsResource(actions), (os) => os.indices.updateAliases({ body: { actions: aliasActionsBody(actions) } }));
    }
    async deleteIndex(name) {
        // Absent already is done: cleanup reruns after a crash.
        await this.call("DELETE index", name, (os) => os.indices.delete({ index: name }, { ignore: [404] }));
    }
    async refresh(index) {
        await this.call("POST _refresh", index, (os) => os.indices.refresh({ index }));
    }
    async writeOperations(index) {
        const body = await this.call("GET _stats/indexing", index, (os) => os.indices.stats({ index, metric: "indexing" }));
        return writeOperationsOf(body);
    }
    async count(index, query) {
        const body = await this.call("GET _count", index, (os) => os.count({ index, ...(query ? { body: { query } } : {}) }));
        return Number(asObject(body).count);
    }
    async bulk(index, docs, options) {
        if (docs.length === 0)
            return [];
        const operations = bulkOperations(index, docs, options);
        const body = await this.call("POST _bulk", index, (os) => os.bulk({
            body: operations,
            filter_path: BULK_FILTER_PATH,
            ...(options.refresh ? { refresh: "wait_for" } : {}),
        }));
        return bulkItemResults(body, docs);
    }
    async search(index, body, size) {
        const answer = await this.call("POST _search", index, (os) => os.search({ index, body: { track_total_hits: true, ...body, size, _source: false } }));
        return searchResult(answer);
    }
    /**
     * OpenSearch before 3.3 has no `_shard_doc`, and `_doc` alone is no total order across shards
     * (equal doc ids on two shards tie, and search_after skips one of them); sorting on `_id` loads
     * its fielddata into the heap. So the point in time is read one shard at a time, in `_doc` order,
     * which is unique within a shard: per concrete index (an `_index` filter), a slice per shard
     * (slicing counts shards per index, and `max` = its shard count maps slice n to shard n).
     */
    async *scan(index, options) {
        const shardCounts = await this.call("GET _settings", index, (os) => os.indices.getSettings({ index, name: ["index.number_of_shards"] }));
        const targets = Object.entries(asObject(shardCounts))
            .map(([name, entry]) => ({ name, shards: Number(asObject(asObject(asObject(entry).settings).index).number_of_shards) || 1 }))
            .sort((a, b) => a.name.localeCompare(b.name));
        // Opened on the concrete indices found above, so an alias moving meanwhile changes nothing.
        const opened = await this.call("POST _search/point_in_time", index, (os) => os.createPit({ index: targets.map((target) => target.name), keep_alive: SCAN_KEEP_ALIVE }));
        const pitId = String(asObject(opened).pit_id);
        const pit = { id: pitId, keep_alive: SCAN_KEEP_ALIVE };
        try {
            for (const target of targets) {
                const filters = [...(targets.length > 1 ? [{ term: { _index: target.name } }] : []), ...(options.query ? [options.query] : [])];
                const query = filters.length === 0 ? undefined : filters.length === 1 ? filters[0] : { bool: { filter: filters } };
                for (let slice = 0; slice < target.shards; slice++) {
                    let after;
                    for (;;) {
                        const answer = await this.call("POST _search (point in time)", index, (os) => os.search({
                            body: {
                                pit,
                                // slice max must be above 1; one shard needs none
                                ...(target.shards > 1 ? { slice: { id: slice, max: target.shards } } : {}),
                                sort: ["_doc"],
                                size: options.batchSize,
                                track_total_hits: false,
                                ...(query ? { query } : {}),
                                ...(after ? { search_after: after } : {}),
                            },
                        }));
                        const page = scanPage(answer);
                        if (page.docs.length > 0)
                            yield page.docs;
                        if (page.docs.length < options.batchSize || !page.after)
                            break;
                        after = page.after;
                    }
                }
            }
        }
        finally {
            // It would expire after keep_alive anyway; deleting frees the segments now.
            await this.call("DELETE _search/point_in_time", index, (os) => os.deletePit({ body: { pit_id: [pitId] } })).catch(() => undefined);
        }
    }
    async startReindex(request) {
        const resource = `${request.source} → ${request.dest}`;
        const missing = missingModuleError(await this.capabilities(), request, resource, "OpenSearch");
        if (missing)
            throw missing;
        const body = await this.call("POST _reindex", resource, (os) => os.reindex({
            body: {
                source: { index: request.source, ...(request.query ? { query: request.query } : {}) },
                dest: { index: request.dest },
                ...(request.script ? { script: { ...request.script } } : {}),
            },
            slices: request.slices,
            wait_for_completion: false,
        }));
        const task = asObject(body).task;
        if (task === undefined)
            throw new EngineError("POST _reindex", resource, undefined, "the answer names no task");
        return String(task);
    }
    async getTask(taskId) {
        return taskStatus(await this.call("GET _tasks", taskId, (os) => os.tasks.get({ task_id: taskId })));
    }
    async readState(id) {
        // Realtime GET reads the latest write without a refresh; 404 (no doc, or no index yet) is absent.
        const body = await this.call("GET _doc", `${state_names/* STATE_INDEX */.j}/${id}`, (os) => os.get({ index: state_names/* STATE_INDEX */.j, id, realtime: true }, { ignore: [404] }));
        return stateFromGet(body);
    }
    async writeState(id, value, expected) {
        await this.ensureStateIndex();
        const document = stateSource(value);
        const body = await this.stateWrite(id, "PUT _doc", (os) => expected === "absent"
            ? os.create({ index: state_names/* STATE_INDEX */.j, id, body: document })
            : os.index({ index: state_names/* STATE_INDEX */.j, id, body: document, if_seq_no: expected.seqNo, if_primary_term: expected.primaryTerm }));
        return stateFromWrite(value, body);
    }
    async deleteState(id, expected) {
        await this.stateWrite(id, "DELETE _doc", (os) => os.delete({ index: state_names/* STATE_INDEX */.j, id, if_seq_no: expected.seqNo, if_primary_term: expected.primaryTerm }));
    }
    /** A 409 (or a 404 for a document deleted meanwhile) means another writer went first. */
    async stateWrite(id, call, run) {
        try {
            return (await withRequestRetry(() => run(this.client))).body;
        }
        catch (error) {
            const status = statusOf(error);
            if (status === 409 || (status === 404 && engineErrorType(error) !== "index_not_found_exception"))
                throw new StateConflictError(id);
            throw toEngineError(call, `${state_names/* STATE_INDEX */.j}/${id}`, error);
        }
    }
    ensureStateIndex() {
        this.stateIndexPromise ??= this.call("PUT index", state_names/* STATE_INDEX */.j, async (os) => {
            try {
                return await os.indices.create({ index: state_names/* STATE_INDEX */.j, body: STATE_INDEX_BODY });
            }
            catch (error) {
                if (engineErrorType(error) !== "resource_already_exists_exception")
                    throw error;
                return { body: undefined };
            }
        })
            .then(() => undefined)
            .catch((error) => {
            this.stateIndexPromise = undefined;
            throw error;
        });
        return this.stateIndexPromise;
    }
    async close() {
        await this.client.close();
    }
}

;// CONCATENATED MODULE: ./src/search/create-engine.ts
/** The one place that picks an adapter for the config's `search` section. */


/**
 * Connection errors and 502/503/504 are retried by each client (`maxRetries`); 429 and 503 get an
 * exponential back-off on top (request-retry.ts). Nothing connects until the first call.
 */
function createSearchEngine(search, options = {}) {
    if (!search.url)
        throw new Error("search.url is required to connect to the search engine");
    const settings = { url: search.url, ...options, ...(search.auth ? { auth: search.auth } : {}) };
    switch (search.engine) {
        case "elasticsearch":
            return new ElasticsearchEngine(settings);
        case "opensearch":
            return new OpenSearchEngine(settings);
    }
}

// EXTERNAL MODULE: ./src/stream/kafka-source.ts + 1 modules
var kafka_source = __webpack_require__(4806);
;// CONCATENATED MODULE: ./src/cli/commands/es-reindex/index.ts




/**
 * `cutover es-reindex --index <name> --phase <phase>`: a blue/green build of one search index (seeds
 * 000 and 003). The phases live in src/reindex/; this file picks the index, connects, and hands over.
 */
async function run({ settings, loaded, host, env, now, signal }) {
    const config = loaded.config;
    if (!config.search)
        throw new errors/* InputError */.dz(`${settings.configPath} has no search section: es-reindex needs search.indices`);
    const chosen = chooseIndex(config.search.indices, settings.index);
    // --weight stands for the config's readWeight in this run (plan, switch-read, all)
    const index = settings.weight === undefined ? chosen : { ...chosen, readWeight: settings.weight };
    // readSettings checked it against ES_PHASES, this command's phases in the command table
    const phase = (settings.phase ?? "plan");
    const engine = createSearchEngine(config.search);
    let stream;
    const openStream = () => {
        stream ??= (0,kafka_source/* createKafkaSource */.OM)(kafkaConnection(config));
        return stream;
    };
    try {
        const result = await runReindex({
            engine,
            stream: openStream,
            config: index,
            project: config.project,
            configPath: settings.configPath,
            phase,
            dryRun: settings.dryRun,
            breakLock: settings.breakLock,
            forMs: settings.forMs,
            acceptStale: settings.acceptStale,
            env,
            log: host.log,
            now,
            signal,
        });
        return { headline: result.headline, report: result.report, outputs: { index: index.name, phase }, data: result.data };
    }
    finally {
        // closing is cleanup: a failure here must not hide the phase's own result
        await stream?.close().catch((error) => host.log.warn(`could not close the Kafka connection: ${String(error)}`));
        await engine.close().catch((error) => host.log.warn(`could not close the search connection: ${String(error)}`));
    }
}
function chooseIndex(indices, wanted) {
    const names = indices.map((i) => i.name);
    if (wanted === undefined) {
        if (indices.length === 1 && indices[0])
            return indices[0];
        throw new errors/* InputError */.dz(`--index is required: the config lists ${indices.length} indices (${names.join(", ")})`);
    }
    const found = indices.find((i) => i.name === wanted);
    if (!found)
        throw new errors/* InputError */.dz(`--index '${wanted}' is not in the config; it lists ${names.join(", ")}`);
    return found;
}
function kafkaConnection(config) {
    const kafka = config.kafka;
    if (!kafka?.brokers || kafka.brokers.length === 0) {
        throw new errors/* InputError */.dz("a Kafka-fed index needs the kafka section with brokers");
    }
    return { brokers: kafka.brokers, clientId: kafka.clientId, ssl: kafka.ssl, ...(kafka.sasl ? { sasl: kafka.sasl } : {}) };
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


/***/ })

};
