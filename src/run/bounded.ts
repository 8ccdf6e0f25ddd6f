import pLimit from "p-limit";

/**
 * Writes of one step go out together, at most `limit` at a time, so the first and the last route of
 * a step change about one API round trip apart, whatever their number, without bursting past what
 * AWS's request limits allow. Every item is tried; the results come back in input order, each
 * settled, so a caller knows exactly which changes were made when some failed.
 */
export async function settleBounded<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<R>,
): Promise<PromiseSettledResult<R>[]> {
  const gate = pLimit(Math.max(1, limit));
  return Promise.allSettled(items.map((item) => gate(() => work(item))));
}

/**
 * How many writes of one step are in flight at once. ELBv2 throttles each account with token
 * buckets that allow a burst; 30 routes (a large release) go out in one wave, and a larger estate in
 * waves of 30. A ThrottlingException is retried by the SDK's adaptive retry, which also slows down.
 */
export const WRITE_CONCURRENCY = 30;
