export const id = 806;
export const ids = [806];
export const modules = {

/***/ 16344:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SZ: () => (/* binding */ kafkaClient)
/* harmony export */ });
/* unused harmony exports KAFKA_CONNECT_TIMEOUT_MS, KafkaError, saslOptions, toKafkaError */
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_net__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var kafkajs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77801);
/* harmony import */ var kafkajs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(kafkajs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/**
 * The one place a kafkajs client is made. Every Kafka user in cutover (the reindex source, the
 * Kafka lock store, the Flink gateway's state and topics) goes through it, so that:
 *
 * - an unreachable cluster is found within seconds: before its first connect, a client checks that
 *   some broker accepts a TCP connection at all, where kafkajs alone would retry with back-off
 *   (about 11 s for a refused port, longer for one that drops packets) and log each attempt;
 * - what kafkajs throws reaches the apply loop as a `KafkaError` (an ExternalError) naming the
 *   brokers, so the operator reads "Kafka at host:port could not be reached", never "a bug";
 * - kafkajs's own log stays out of stdout and stderr: cutover reports the failure once, itself.
 */



/** How long one broker may take to accept a connection, in the reachability check and in kafkajs. */
const KAFKA_CONNECT_TIMEOUT_MS = 5_000;
/** A Kafka call that failed, or a cluster that could not be reached; names the brokers. */
class KafkaError extends _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ExternalError */ .yA {
    constructor(message, options) {
        super(message, "Kafka", options);
        this.name = "KafkaError";
    }
}
/** kafkajs SASL settings for a connection. */
function saslOptions(sasl) {
    if (!sasl)
        return undefined;
    const { username, password } = sasl;
    switch (sasl.mechanism) {
        case "plain":
            return { mechanism: "plain", username, password };
        case "scram-sha-256":
            return { mechanism: "scram-sha-256", username, password };
        case "scram-sha-512":
            return { mechanism: "scram-sha-512", username, password };
    }
}
function kafkaClient(connection, options = {}) {
    const sasl = saslOptions(connection.sasl);
    const timeoutMs = options.connectTimeoutMs ?? KAFKA_CONNECT_TIMEOUT_MS;
    const kafka = new kafkajs__WEBPACK_IMPORTED_MODULE_1__.Kafka({
        brokers: [...connection.brokers],
        clientId: `${connection.clientId}${options.clientIdSuffix ?? ""}`,
        ssl: connection.ssl,
        ...(sasl ? { sasl } : {}),
        connectionTimeout: timeoutMs,
        // failures come back as errors, which cutover reports once in its own words
        logLevel: kafkajs__WEBPACK_IMPORTED_MODULE_1__.logLevel.NOTHING,
    });
    const where = connection.brokers.join(", ");
    let checked;
    const reachable = () => {
        checked ??= anyBrokerAccepts(connection.brokers, timeoutMs).then(() => undefined, (error) => {
            checked = undefined; // the next call looks again
            throw new KafkaError(`Kafka at ${where} could not be reached: ${reasonOf(error)} (check the brokers, the port, and that this job can reach them)`, { cause: error });
        });
        return checked;
    };
    const call = async (what, work) => {
        try {
            return await work();
        }
        catch (error) {
            throw toKafkaError(error, what, where);
        }
    };
    return { kafka, where, reachable, call };
}
/** kafkajs errors become KafkaErrors; anything else (a handler's own error, a bug) is left as it is. */
function toKafkaError(error, what, where) {
    if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ExternalError */ .yA || !isKafkaJsError(error))
        return error;
    const connection = /Connection|ECONNREFUSED|ENOTFOUND|ETIMEDOUT|EHOSTUNREACH/i.test(`${error.name} ${error.message}`);
    const message = connection
        ? `Kafka at ${where} could not be reached while ${what}: ${error.message}`
        : `Kafka at ${where}, ${what}: ${error.message}`;
    return new KafkaError(message, { cause: error });
}
function isKafkaJsError(error) {
    return error instanceof Error && error.name.startsWith("KafkaJS");
}
function reasonOf(error) {
    if (error instanceof AggregateError)
        return [...new Set(error.errors.map(reasonOf))].join("; ");
    return error instanceof Error ? error.message : String(error);
}
/** Resolves when one of `brokers` accepts a TCP connection within `timeoutMs`. */
async function anyBrokerAccepts(brokers, timeoutMs) {
    await Promise.any(brokers.map((broker) => accepts(broker, timeoutMs)));
}
function accepts(broker, timeoutMs) {
    const match = /^\[?([^\]]+?)\]?:(\d+)$/.exec(broker.trim());
    if (!match)
        return Promise.reject(new Error(`'${broker}' is not host:port`));
    const [, host = "", port = ""] = match;
    return new Promise((resolve, reject) => {
        // with TLS too only the TCP connection is checked: the handshake and its errors are kafkajs's
        const socket = (0,node_net__WEBPACK_IMPORTED_MODULE_0__.connect)({ host, port: Number(port) });
        const done = (error) => {
            socket.destroy();
            if (error)
                reject(error);
            else
                resolve();
        };
        socket.setTimeout(timeoutMs, () => done(new Error(`${broker}: no answer within ${timeoutMs / 1000}s`)));
        socket.once("connect", () => done());
        socket.once("error", (error) => done(new Error(`${broker}: ${error.message}`)));
    });
}


/***/ }),

/***/ 4806:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  OM: () => (/* binding */ createKafkaSource)
});

// UNUSED EXPORTS: ReadAbortedError, saslOptions

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/stream/kafka-client.ts
var kafka_client = __webpack_require__(16344);
// EXTERNAL MODULE: ./src/stream/offsets.ts
var stream_offsets = __webpack_require__(53756);
;// CONCATENATED MODULE: ./src/stream/bounded-read.ts
/**
 * The end-detection of a bounded read, kept free of any client so that it can be tested alone.
 *
 * A partition's read is done when its *position* (the next offset the consumer would fetch) has
 * reached `to`, not when the record at `to - 1` was delivered: under read_committed the last
 * offsets below `to` may be transaction markers or aborted records, which the client reads but
 * never hands over, or may have been compacted away. The client reports the last offset it read
 * in every fetched batch (markers and aborted records included), so the position is that plus one.
 */

function isDone(cursor) {
    return (0,stream_offsets/* compareOffsets */.Ip)(cursor.next, cursor.end) >= 0;
}
function byPartition(offsets, what) {
    const map = new Map();
    for (const { partition, offset } of offsets) {
        if (map.has(partition))
            throw new RangeError(`${what} lists partition ${partition} twice`);
        (0,stream_offsets/* compareOffsets */.Ip)(offset, "0"); // validates the string
        map.set(partition, offset);
    }
    return map;
}
/**
 * One cursor per partition of `to`, starting at `from`, or at the log start when `from` is below it
 * (those records are gone: retention or deleteRecords removed them, so nothing there can be read).
 * A partition whose start is at or after its end is done at once. `from` must cover every partition
 * of `to` and name no other.
 */
function openCursors(from, to, logStart = []) {
    const starts = byPartition(from, "from");
    const ends = byPartition(to, "to");
    for (const partition of starts.keys()) {
        if (!ends.has(partition))
            throw new RangeError(`from names partition ${partition}, which to does not`);
    }
    const lows = new Map(logStart.map((range) => [range.partition, range.low]));
    return [...ends.entries()]
        .sort(([a], [b]) => a - b)
        .map(([partition, end]) => {
        const start = starts.get(partition);
        if (start === undefined)
            throw new RangeError(`from has no offset for partition ${partition}`);
        if ((0,stream_offsets/* compareOffsets */.Ip)(start, "0") < 0)
            throw new RangeError(`from offset ${start} of partition ${partition} is negative`);
        const low = lows.get(partition);
        const clamped = low === undefined ? start : (0,stream_offsets/* maxOffset */.Uo)(start, low);
        return { partition, next: (0,stream_offsets/* minOffset */.A3)(clamped, (0,stream_offsets/* maxOffset */.Uo)(end, "0")), end };
    });
}
/**
 * The records of a fetched batch that belong to the range: from the cursor's position, below its
 * end. Records come in offset order, so only the edges are compared (this runs on every record).
 */
function withinRange(cursor, records) {
    let first = 0;
    while (first < records.length && (0,stream_offsets/* compareOffsets */.Ip)(records[first].offset, cursor.next) < 0)
        first++;
    let last = records.length;
    while (last > first && (0,stream_offsets/* compareOffsets */.Ip)(records[last - 1].offset, cursor.end) >= 0)
        last--;
    return records.slice(first, last);
}
/**
 * The cursor after the client read up to `lastOffsetRead` (a delivered record, a marker, an aborted
 * or filtered record: any offset the client consumed). Never moves back, never past the end.
 */
function advance(cursor, lastOffsetRead) {
    const next = (0,stream_offsets/* minOffset */.A3)((0,stream_offsets/* maxOffset */.Uo)(cursor.next, (0,stream_offsets/* addOffset */.TG)(lastOffsetRead, 1)), cursor.end);
    return next === cursor.next ? cursor : { ...cursor, next };
}
/**
 * The cursor after the log start moved to `low` while reading (records removed under the read): when
 * it is at or past the end, nothing of the range is left to read.
 */
function skipToLogStart(cursor, low) {
    return advance(cursor, (0,stream_offsets/* addOffset */.TG)(low, -1));
}
/** Splits `items` into runs of at most `size`. */
function chunks(items, size) {
    if (!Number.isInteger(size) || size < 1)
        throw new RangeError(`maxBatch must be a positive integer, got ${size}`);
    const out = [];
    for (let i = 0; i < items.length; i += size)
        out.push(items.slice(i, i + size));
    return out;
}
function positions(cursors) {
    return [...cursors].map(({ partition, next }) => ({ partition, offset: next }));
}

;// CONCATENATED MODULE: ./src/stream/kafka-source.ts
/**
 * StreamSource on kafkajs. Reads are read_committed, through a consumer in a throwaway group that
 * never commits (the caller keeps the position, from `progress.next`) and is deleted afterwards.
 *
 * A read ends when every partition's position reaches `to` (see bounded-read.ts). A `to` past the
 * last stable offset waits for records to arrive there: for an open transaction to end (bounded by
 * its timeout), or for a producer to write them.
 */





class ReadAbortedError extends Error {
    name = "AbortError";
    constructor(topic) {
        super(`read of topic '${topic}' aborted`);
    }
}
function toRecord(partition, message) {
    return {
        partition,
        offset: message.offset,
        key: message.key === null || message.key === undefined ? null : message.key.toString("utf8"),
        value: message.value ?? null,
        timestamp: Number(message.timestamp),
    };
}
function createKafkaSource(connection, tuning = {}) {
    const maxWaitMs = tuning.maxWaitMs ?? 250;
    const maxBytesPerPartition = tuning.maxBytesPerPartition ?? 1024 * 1024;
    const stallCheckMs = tuning.stallCheckMs ?? 3000;
    const client = (0,kafka_client/* kafkaClient */.SZ)(connection);
    const { kafka } = client;
    // One admin client per topic: a kafkajs client asks for the metadata of every topic it ever
    // looked at and fails once one of them is deleted, so topics must not share a client.
    const admins = new Map();
    const consumers = new Set();
    function adminFor(topic) {
        let pending = admins.get(topic);
        if (!pending) {
            const admin = kafka.admin();
            pending = client
                .reachable()
                .then(() => admin.connect())
                .then(() => admin, (error) => {
                admins.delete(topic);
                throw error;
            });
            admins.set(topic, pending);
        }
        return pending;
    }
    async function withAdmin(topic, call) {
        return call(await adminFor(topic));
    }
    async function watermarks(topic) {
        // ListOffsets goes out read_committed: `high` is the last stable offset, which equals the
        // high watermark unless a transaction is open, and is the end a read_committed read can reach.
        const offsets = await withAdmin(topic, (client) => client.fetchTopicOffsets(topic));
        return offsets.map(({ partition, low, high }) => ({ partition, low, high })).sort((a, b) => a.partition - b.partition);
    }
    async function offsetsForTimestamp(topic, ms) {
        // kafkajs already maps "no record at or after ms" (-1) to the high watermark.
        const offsets = await withAdmin(topic, (client) => client.fetchTopicOffsetsByTimestamp(topic, ms));
        return offsets.map(({ partition, offset }) => ({ partition, offset })).sort((a, b) => a.partition - b.partition);
    }
    async function committedOffsets(groupId, topic) {
        const [entry] = await withAdmin(topic, (client) => client.fetchOffsets({ groupId, topics: [topic] }));
        return (entry?.partitions ?? [])
            .filter(({ offset }) => (0,stream_offsets/* compareOffsets */.Ip)(offset, "0") >= 0)
            .map(({ partition, offset }) => ({ partition, offset }))
            .sort((a, b) => a.partition - b.partition);
    }
    async function readRange(topic, from, to, handler, options) {
        const { signal, maxBatch } = options;
        chunks([], maxBatch); // validates maxBatch before anything connects
        if (signal.aborted)
            throw new ReadAbortedError(topic);
        const marks = await watermarks(topic);
        const cursors = new Map();
        for (const cursor of openCursors(from, to, marks)) {
            // A partition the topic lacks would never be fetched, and the read would never end.
            if (!marks.some(({ partition }) => partition === cursor.partition)) {
                throw new RangeError(`topic '${topic}' has no partition ${cursor.partition}`);
            }
            cursors.set(cursor.partition, cursor);
        }
        const pending = () => [...cursors.values()].filter((cursor) => !isDone(cursor));
        if (pending().length === 0)
            return { records: 0 };
        let records = 0;
        let lastProgressAt = Date.now();
        let failure;
        let settle;
        const finished = new Promise((resolve) => (settle = resolve));
        const stop = (error) => {
            if (error !== undefined && failure === undefined)
                failure = error;
            settle();
        };
        let consuming = true;
        const update = (moved) => {
            const cursor = cursors.get(moved.partition);
            if (!cursor || moved === cursor)
                return;
            cursors.set(moved.partition, moved);
            lastProgressAt = Date.now();
            if (!isDone(moved))
                return;
            // Records past the end may still arrive in a fetch already under way; withinRange drops them.
            // Before run() has built the group kafkajs throws here; the join handler pauses it then.
            if (consuming) {
                try {
                    consumer.pause([{ topic, partitions: [moved.partition] }]);
                }
                catch {
                    /* paused on join */
                }
            }
            if (pending().length === 0)
                stop();
        };
        const moveTo = (partition, lastOffsetRead) => {
            const cursor = cursors.get(partition);
            if (cursor)
                update(advance(cursor, lastOffsetRead));
        };
        const groupId = `cutover-read-${(0,external_node_crypto_.randomUUID)()}`;
        const consumer = kafka.consumer({
            groupId,
            maxWaitTimeInMs: maxWaitMs,
            maxBytesPerPartition,
            maxBytes: Math.max(maxBytesPerPartition * 4, 16 * 1024 * 1024),
            allowAutoTopicCreation: false,
            readUncommitted: false,
        });
        consumers.add(consumer);
        // Positions and pauses live in kafkajs's group state, which a rejoin (or a restart after a
        // crash) rebuilds from commits we never make: so every join puts them back from the cursors.
        consumer.on(consumer.events.GROUP_JOIN, ({ payload }) => {
            const idle = (payload.memberAssignment[topic] ?? []).filter((partition) => !cursors.has(partition));
            for (const cursor of cursors.values()) {
                if (isDone(cursor))
                    idle.push(cursor.partition);
                else
                    consumer.seek({ topic, partition: cursor.partition, offset: cursor.next });
            }
            // Partitions outside the range (done, or added to the topic since `to` was taken) are not fetched.
            if (idle.length > 0)
                consumer.pause([{ topic, partitions: idle }]);
        });
        // A fetch whose records were all filtered out (markers, aborted records) never reaches
        // eachBatch; this event still carries the last offset the client read.
        consumer.on(consumer.events.END_BATCH_PROCESS, ({ payload }) => {
            if (payload.topic === topic)
                moveTo(payload.partition, payload.lastOffset);
        });
        consumer.on(consumer.events.CRASH, ({ payload }) => {
            if (!payload.restart)
                stop(payload.error);
        });
        const onAbort = () => stop(new ReadAbortedError(topic));
        signal.addEventListener("abort", onAbort, { once: true });
        if (signal.aborted)
            onAbort(); // aborted while the watermarks were read
        // Records removed under the read (retention, deleteRecords) can leave a partition with nothing
        // more to fetch below its end; its log start then says so.
        const stallTimer = setInterval(() => {
            if (Date.now() - lastProgressAt < stallCheckMs)
                return;
            lastProgressAt = Date.now();
            watermarks(topic).then((ranges) => {
                for (const range of ranges) {
                    const cursor = cursors.get(range.partition);
                    if (cursor)
                        update(skipToLogStart(cursor, range.low));
                }
            }, () => undefined);
        }, Math.max(250, Math.floor(stallCheckMs / 4)));
        try {
            await consumer.connect();
            await consumer.subscribe({ topics: [topic], fromBeginning: true });
            await consumer.run({
                autoCommit: false,
                eachBatchAutoResolve: true,
                eachBatch: async ({ batch }) => {
                    const cursor = cursors.get(batch.partition);
                    if (batch.topic !== topic || !cursor || isDone(cursor))
                        return;
                    const parts = chunks(withinRange(cursor, batch.messages), maxBatch);
                    for (const [index, part] of parts.entries()) {
                        if (failure !== undefined || signal.aborted)
                            return;
                        // The last part also moves past what the client read and filtered out (markers, aborted records).
                        const lastOffsetRead = index === parts.length - 1 ? batch.lastOffset() : (part.at(-1)?.offset ?? cursor.next);
                        const after = advance(cursors.get(batch.partition) ?? cursor, lastOffsetRead);
                        records += part.length;
                        const progress = { next: positions(new Map(cursors).set(batch.partition, after).values()), recordsSoFar: records };
                        try {
                            await handler(part.map((message) => toRecord(batch.partition, message)), progress);
                        }
                        catch (error) {
                            stop(error);
                            return;
                        }
                        moveTo(batch.partition, lastOffsetRead);
                    }
                    if (failure === undefined && !signal.aborted)
                        moveTo(batch.partition, batch.lastOffset());
                },
            });
            await finished;
        }
        finally {
            consuming = false;
            clearInterval(stallTimer);
            signal.removeEventListener("abort", onAbort);
            await consumer.disconnect().catch(() => undefined);
            consumers.delete(consumer);
            // A leftover empty group is harmless (the broker expires it): a failed delete is ignored.
            await withAdmin(topic, (client) => client.deleteGroups([groupId])).catch(() => undefined);
        }
        if (failure !== undefined)
            throw failure;
        return { records };
    }
    async function close() {
        await Promise.all([...consumers].map((consumer) => consumer.disconnect().catch(() => undefined)));
        consumers.clear();
        const pending = [...admins.values()];
        admins.clear();
        await Promise.all(pending.map((client) => client.then((c) => c.disconnect()).catch(() => undefined)));
    }
    // what kafkajs throws leaves as a KafkaError naming the brokers; a handler's own error as it is
    return {
        watermarks: (topic) => client.call(`reading the offsets of '${topic}'`, () => watermarks(topic)),
        offsetsForTimestamp: (topic, ms) => client.call(`reading the offsets of '${topic}' by time`, () => offsetsForTimestamp(topic, ms)),
        committedOffsets: (groupId, topic) => client.call(`reading group '${groupId}' offsets on '${topic}'`, () => committedOffsets(groupId, topic)),
        readRange: (topic, from, to, handler, options) => client.call(`reading topic '${topic}'`, () => readRange(topic, from, to, handler, options)),
        close,
    };
}


/***/ }),

/***/ 53756:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A3: () => (/* binding */ minOffset),
/* harmony export */   Ip: () => (/* binding */ compareOffsets),
/* harmony export */   Ln: () => (/* binding */ span),
/* harmony export */   TG: () => (/* binding */ addOffset),
/* harmony export */   Uo: () => (/* binding */ maxOffset)
/* harmony export */ });
/* unused harmony export toBig */
/**
 * Kafka offsets are signed 64-bit integers, carried as decimal strings: a JS number loses
 * precision past 2^53, so arithmetic goes through BigInt.
 */
const DECIMAL = /^-?\d+$/;
/** The offset as a BigInt; throws on anything that is not a decimal integer string. */
function toBig(offset) {
    if (!DECIMAL.test(offset))
        throw new RangeError(`not a Kafka offset: '${offset}' (expected a decimal integer)`);
    return BigInt(offset);
}
/** Negative, zero or positive, as `a` is below, at or above `b`. */
function compareOffsets(a, b) {
    const x = toBig(a);
    const y = toBig(b);
    return x < y ? -1 : x > y ? 1 : 0;
}
function maxOffset(a, b) {
    return compareOffsets(a, b) >= 0 ? a : b;
}
function minOffset(a, b) {
    return compareOffsets(a, b) <= 0 ? a : b;
}
/** `offset + delta`, as a string. */
function addOffset(offset, delta) {
    return (toBig(offset) + BigInt(delta)).toString();
}
/** `b - a` (how many offsets lie in [a, b)); 0 when b <= a. */
function span(a, b) {
    const d = toBig(b) - toBig(a);
    return d > 0n ? d : 0n;
}


/***/ })

};
