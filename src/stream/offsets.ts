/**
 * Kafka offsets are signed 64-bit integers, carried as decimal strings: a JS number loses
 * precision past 2^53, so arithmetic goes through BigInt.
 */

const DECIMAL = /^-?\d+$/;

/** The offset as a BigInt; throws on anything that is not a decimal integer string. */
export function toBig(offset: string): bigint {
  if (!DECIMAL.test(offset)) throw new RangeError(`not a Kafka offset: '${offset}' (expected a decimal integer)`);
  return BigInt(offset);
}

/** Negative, zero or positive, as `a` is below, at or above `b`. */
export function compareOffsets(a: string, b: string): number {
  const x = toBig(a);
  const y = toBig(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

export function maxOffset(a: string, b: string): string {
  return compareOffsets(a, b) >= 0 ? a : b;
}

export function minOffset(a: string, b: string): string {
  return compareOffsets(a, b) <= 0 ? a : b;
}

/** `offset + delta`, as a string. */
export function addOffset(offset: string, delta: number | bigint): string {
  return (toBig(offset) + BigInt(delta)).toString();
}

/** `b - a` (how many offsets lie in [a, b)); 0 when b <= a. */
export function span(a: string, b: string): bigint {
  const d = toBig(b) - toBig(a);
  return d > 0n ? d : 0n;
}
