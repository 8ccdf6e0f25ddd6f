/**
 * Validation verdict (pure): figures measured on blue, green and the source, weighed against the
 * config's thresholds. Every check is listed with its figure, passed or not, so a failure says which.
 */
import type { SearchIndexConfig } from "../config/schema/index.js";

export type ValidationThresholds = SearchIndexConfig["validation"];

export interface LatencyFigures {
  readonly p50: number;
  readonly p95: number;
  readonly samples: number;
}

export interface QueryFigures {
  readonly name: string;
  /** Share of blue's top-k ids green also returned, in percent; undefined without blue. */
  readonly overlap: number | undefined;
  readonly blueHits: number | undefined;
  readonly greenHits: number;
}

export interface ValidationFigures {
  readonly counts: {
    readonly green: number;
    readonly blue: number | undefined;
    readonly source: number | undefined;
    /** What green's count is compared with: the source index (index-fed) or blue (Kafka-fed). */
    readonly reference: "source" | "blue";
  };
  readonly queries: readonly QueryFigures[];
  readonly latency: { readonly green: LatencyFigures; readonly blue: LatencyFigures | undefined };
  readonly errors: { readonly green: number; readonly blue: number };
}

export interface ValidationCheck {
  readonly check: string;
  readonly ok: boolean;
  readonly detail: string;
}

export interface ValidationVerdict {
  readonly passed: boolean;
  readonly checks: readonly ValidationCheck[];
  /** The failed checks as sentences. */
  readonly reasons: readonly string[];
}

/** Latencies this small are noise on a loopback node: the ratio is taken against at least this. */
export const LATENCY_FLOOR_MS = 10;

export function percentDifference(value: number, reference: number): number {
  if (reference === 0) return value === 0 ? 0 : 100;
  return (Math.abs(value - reference) / reference) * 100;
}

/** Share of `expected` ids found in `actual`, in percent; 100 when nothing was expected. */
export function overlapPercent(expected: readonly string[], actual: readonly string[]): number {
  if (expected.length === 0) return 100;
  const found = new Set(actual);
  return (expected.filter((id) => found.has(id)).length / expected.length) * 100;
}

/** The value below which `p` percent of the sorted samples fall (nearest rank). */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return 0;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1] as number;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

export function validationVerdict(figures: ValidationFigures, thresholds: ValidationThresholds): ValidationVerdict {
  const checks: ValidationCheck[] = [];
  const { counts } = figures;
  const reference = counts.reference === "source" ? counts.source : counts.blue;
  if (reference === undefined) {
    checks.push({
      check: "document count",
      ok: true,
      detail: `green ${counts.green}; no ${counts.reference} to compare with (first build)`,
    });
  } else {
    const diff = percentDifference(counts.green, reference);
    checks.push({
      check: "document count",
      ok: diff <= thresholds.maxCountDifference,
      detail: `green ${counts.green}, ${counts.reference} ${reference}: ${round1(diff)}% apart (at most ${thresholds.maxCountDifference}%)`,
    });
  }
  for (const query of figures.queries) {
    if (query.overlap === undefined) continue;
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
