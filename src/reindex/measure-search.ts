/**
 * The measurements behind validate: top-k ids, latency samples and error counts of the sample
 * queries on blue and green, interleaved so that both sides see the same node load.
 */
import type { SearchEngine } from "../search/engine.js";
import { percentile, type LatencyFigures } from "./plan-validation.js";

export interface SampleQuery {
  readonly name: string;
  readonly body: Readonly<Record<string, unknown>>;
}

/** A configured sample is a search body (with `query`) or a bare query; `name` labels it. */
export function sampleQueries(configured: readonly Readonly<Record<string, unknown>>[]): SampleQuery[] {
  if (configured.length === 0) return [{ name: "match_all", body: { query: { match_all: {} } } }];
  return configured.map((raw, i) => {
    const { name, ...rest } = raw;
    const label = typeof name === "string" && name !== "" ? name : `query ${i + 1}`;
    return { name: label, body: "query" in rest ? rest : { query: rest } };
  });
}

export interface SideMeasure {
  readonly ids: readonly string[] | undefined;
  readonly total: number | undefined;
  readonly latenciesMs: number[];
  errors: number;
  lastError?: string;
}

async function timedSearch(
  engine: SearchEngine,
  index: string,
  body: Readonly<Record<string, unknown>>,
  size: number,
  side: SideMeasure,
): Promise<{ ids: readonly string[]; total: number } | undefined> {
  const started = performance.now();
  try {
    const result = await engine.search(index, body, size);
    side.latenciesMs.push(performance.now() - started);
    return result;
  } catch (error) {
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
export const WARM_UP_ROUNDS = 3;

export async function measureQuery(
  engine: SearchEngine,
  query: SampleQuery,
  sides: { green: string; blue: string | undefined },
  topK: number,
  samples: number,
): Promise<{ green: SideMeasure; blue: SideMeasure | undefined }> {
  const green: { -readonly [K in keyof SideMeasure]: SideMeasure[K] } = { ids: undefined, total: undefined, latenciesMs: [], errors: 0 };
  const blue: typeof green | undefined = sides.blue ? { ids: undefined, total: undefined, latenciesMs: [], errors: 0 } : undefined;
  for (let i = 0; i < WARM_UP_ROUNDS; i++) {
    for (const index of [sides.blue, sides.green]) {
      if (index !== undefined) await engine.search(index, query.body, topK).catch(() => undefined); // counted when measured
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

export function latencyOf(samples: readonly number[]): LatencyFigures {
  return { p50: percentile(samples, 50), p95: percentile(samples, 95), samples: samples.length };
}
