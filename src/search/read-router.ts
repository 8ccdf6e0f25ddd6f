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

import { STATE_INDEX, routingDocId } from "./state-names.js";

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
export function chooseReadAlias(
  routing: ReadRouting | undefined,
  readAlias: string,
  key?: string,
  random: () => number = Math.random,
): string {
  if (!routing || routing.weight <= 0) return readAlias;
  if (routing.weight >= 100) return routing.canaryAlias;
  const bucket = key === undefined ? random() * 100 : bucketOf(key);
  return bucket < routing.weight ? routing.canaryAlias : routing.readAlias;
}

/** 0 <= bucket < 100, spread evenly by FNV-1a over the key's UTF-16 units. */
export function bucketOf(key: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return (hash % 10_000) / 100;
}

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
export async function createReadRouter(options: ReadRouterOptions): Promise<ReadRouter> {
  let routing: ReadRouting | undefined;
  const refresh = async () => {
    try {
      routing = await options.fetchRouting();
    } catch (error) {
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

export { routingDocId } from "./state-names.js";

/**
 * Reads the stored routing with one realtime GET by id, over plain HTTP, so an application needs no
 * search client for it. `headers` carries the application's own authorization.
 */
export function engineRoutingFetcher(options: {
  readonly url: string;
  readonly readAlias: string;
  readonly headers?: Readonly<Record<string, string>>;
  readonly timeoutMs?: number;
}): () => Promise<ReadRouting | undefined> {
  const target = `${options.url.replace(/\/+$/, "")}/${STATE_INDEX}/_doc/${encodeURIComponent(routingDocId(options.readAlias))}`;
  return async () => {
    const response = await fetch(target, {
      headers: { accept: "application/json", ...options.headers },
      signal: AbortSignal.timeout(options.timeoutMs ?? 2000),
    });
    if (response.status === 404) return undefined;
    if (!response.ok) throw new Error(`reading the read routing: HTTP ${response.status}`);
    const body = (await response.json()) as { found?: boolean; _source?: { value?: unknown } };
    return body.found === true ? routingOf(body._source?.value) : undefined;
  };
}

/** Only a well-formed routing is used; anything else reads as "no weighted switch". */
function routingOf(value: unknown): ReadRouting | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const v = value as Record<string, unknown>;
  if (typeof v.readAlias !== "string" || typeof v.canaryAlias !== "string" || typeof v.weight !== "number") return undefined;
  return { readAlias: v.readAlias, canaryAlias: v.canaryAlias, weight: Math.min(100, Math.max(0, v.weight)) };
}
