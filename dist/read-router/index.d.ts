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
/** What es-reindex stores for a weighted read switch. */
export interface ReadRouting {
    readonly readAlias: string;
    readonly canaryAlias: string;
    /** Share of searches for the canary (green), 0..100. */
    readonly weight: number;
}
/**
 * The alias for one search. With a key the choice is sticky (a stable hash of the key); without
 * one, each call draws anew.
 */
export declare function chooseReadAlias(routing: ReadRouting | undefined, readAlias: string, key?: string, random?: () => number): string;
/** 0 <= bucket < 100, spread evenly by FNV-1a over the key's UTF-16 units. */
export declare function bucketOf(key: string): number;
export interface ReadRouterOptions {
    /** The read alias the application searches when no weighted switch is under way. */
    readonly readAlias: string;
    /** Reads the stored routing; undefined when none is stored. */
    readonly fetchRouting: () => Promise<ReadRouting | undefined>;
    /** How often the stored weight is read again (default 10 s). */
    readonly refreshMs?: number;
    /** Told when a refresh fails; the router keeps the last routing it had. */
    readonly onError?: (error: unknown) => void;
}
export interface ReadRouter {
    aliasFor(key?: string): string;
    /** The routing in use now (after the last successful refresh). */
    current(): ReadRouting | undefined;
    refresh(): Promise<void>;
    close(): void;
}
/**
 * Keeps the stored routing in memory and refreshes it in the background, so choosing an alias
 * costs no request. A failed refresh keeps the last routing: reads go on where they went.
 */
export declare function createReadRouter(options: ReadRouterOptions): Promise<ReadRouter>;
export { routingDocId } from "./state-names.js";
/**
 * Reads the stored routing with one realtime GET by id, over plain HTTP, so an application needs no
 * search client for it. `headers` carries the application's own authorization.
 */
export declare function engineRoutingFetcher(options: {
    readonly url: string;
    readonly readAlias: string;
    readonly headers?: Readonly<Record<string, string>>;
    readonly timeoutMs?: number;
}): () => Promise<ReadRouting | undefined>;
