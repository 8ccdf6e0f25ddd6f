/**
 * One progress line of a long load, for a CI log: the same shape every time, numbers grouped the
 * same way on every runner (never the runner's locale), a rate and an ETA from the average so far.
 *
 *   load: 120,000/1,000,000 (12%), 41,200 docs/s, ETA 21s
 */

const GROUPED = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });

export function progressLine(p: { done: number; total: number; elapsedMs: number; what: string }): string {
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
function roundRate(rate: number): number {
  if (rate < 1000) return Math.round(rate);
  const unit = 10 ** (Math.floor(Math.log10(rate)) - 2);
  return Math.round(rate / unit) * unit;
}

/** 21s, 3m05s, 2h07m: seconds are dropped past an hour. */
export function formatEta(seconds: number): string {
  const s = Math.ceil(seconds);
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, "0")}s`;
  const minutes = Math.ceil(s / 60);
  return `${Math.floor(minutes / 60)}h${String(minutes % 60).padStart(2, "0")}m`;
}
