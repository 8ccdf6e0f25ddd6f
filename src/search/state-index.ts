/**
 * cutover's own index for run state (phase, offsets, task ids, locks). Kept in the engine rather than
 * on the runner's disk so that a rerun on another machine resumes. Any JSON value may be stored:
 * `value` is a disabled object, so the engine keeps it in `_source` and never maps it.
 */
import type { StateDoc } from "./engine.js";
import { asObject } from "./responses.js";

export { STATE_INDEX } from "./state-names.js";

export const STATE_INDEX_BODY = {
  settings: { number_of_shards: 1, number_of_replicas: 0, hidden: true },
  mappings: {
    dynamic: false,
    properties: {
      value: { type: "object", enabled: false },
      updatedAt: { type: "date" },
    },
  },
} as const;

export function stateSource(value: unknown): Record<string, unknown> {
  return { value, updatedAt: new Date().toISOString() };
}

/** From a realtime GET answer; undefined when the document is absent. */
export function stateFromGet<T>(body: unknown): StateDoc<T> | undefined {
  const answer = asObject(body);
  if (answer.found !== true) return undefined;
  return { value: asObject(answer._source).value as T, seqNo: Number(answer._seq_no), primaryTerm: Number(answer._primary_term) };
}

/** From an index/create answer, which carries the new `_seq_no` and `_primary_term`. */
export function stateFromWrite<T>(value: T, body: unknown): StateDoc<T> {
  const answer = asObject(body);
  return { value, seqNo: Number(answer._seq_no), primaryTerm: Number(answer._primary_term) };
}
