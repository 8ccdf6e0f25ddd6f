/**
 * validate: doc counts of blue, green and the source; the sample queries on both with top-k overlap;
 * search latency p50/p95 and errors. The verdict comes from the config's thresholds; a failure is
 * exit 3 with the full report. The result is kept in the run state for the switches to check.
 */
import { RefusedError } from "../errors.js";
import { Report } from "../report/report.js";
import { latencyOf, measureQuery, sampleQueries } from "./measure-search.js";
import type { PhaseContext, PhaseOutcome } from "./phase-context.js";
import { overlapPercent, validationVerdict, type QueryFigures, type ValidationFigures } from "./plan-validation.js";
import { markDone, type BuildState } from "./reindex-state.js";
import { TOMBSTONE_FIELD } from "./tombstones.js";

export async function runValidate(ctx: PhaseContext, build: BuildState): Promise<PhaseOutcome> {
  const { engine, config } = ctx;
  const thresholds = config.validation;
  await engine.refresh(build.green);
  const blue = build.blue && (await engine.exists(build.blue)) ? build.blue : undefined;
  // tombstones are purged after catch-up; never count one that a rerun left behind
  const notTombstone = { bool: { must_not: [{ exists: { field: TOMBSTONE_FIELD } }] } };
  const green = await engine.count(build.green, config.source.type === "kafka" ? notTombstone : undefined);
  const blueCount = blue ? await engine.count(blue) : undefined;
  let sourceCount: number | undefined;
  if (config.source.type === "index" && build.sourceIndex && (await engine.exists(build.sourceIndex))) {
    sourceCount = await engine.count(build.sourceIndex, config.source.query);
  }

  const queries: QueryFigures[] = [];
  const greenLatencies: number[] = [];
  const blueLatencies: number[] = [];
  let greenErrors = 0;
  let blueErrors = 0;
  const errorNotes: string[] = [];
  const samples = sampleQueries(thresholds.sampleQueries);
  const configured = thresholds.sampleQueries.length > 0;
  for (const query of samples) {
    const measured = await measureQuery(engine, query, { green: build.green, blue }, thresholds.topK, thresholds.latencySamples);
    greenLatencies.push(...measured.green.latenciesMs);
    greenErrors += measured.green.errors;
    if (measured.green.lastError) errorNotes.push(`green, ${query.name}: ${measured.green.lastError}`);
    if (measured.blue) {
      blueLatencies.push(...measured.blue.latenciesMs);
      blueErrors += measured.blue.errors;
      if (measured.blue.lastError) errorNotes.push(`blue, ${query.name}: ${measured.blue.lastError}`);
    }
    // overlap means something only for configured queries: match_all has no ranking to compare
    const overlap =
      configured && measured.blue?.ids && measured.green.ids ? overlapPercent(measured.blue.ids, measured.green.ids) : undefined;
    queries.push({ name: query.name, overlap, blueHits: measured.blue?.total, greenHits: measured.green.total ?? 0 });
  }

  const figures: ValidationFigures = {
    counts: { green, blue: blueCount, source: sourceCount, reference: config.source.type === "index" ? "source" : "blue" },
    queries,
    latency: { green: latencyOf(greenLatencies), blue: blue ? latencyOf(blueLatencies) : undefined },
    errors: { green: greenErrors, blue: blueErrors },
  };
  const verdict = validationVerdict(figures, thresholds);
  await ctx.store.updateBuild((b) =>
    markDone({ ...b, validation: { passed: verdict.passed, at: ctx.now().toISOString(), reasons: verdict.reasons } }, "validate"),
  );

  const report = new Report()
    .table(
      ["check", "result", "figures"],
      verdict.checks.map((c) => [c.check, c.ok ? "OK" : "NG", c.detail]),
    )
    .table(
      ["side", "documents", "p50", "p95", "searches", "errors"],
      [
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
      ],
    )
    .list(errorNotes);
  for (const check of verdict.checks) ctx.log.info(`${check.ok ? "OK" : "NG"} ${check.check}: ${check.detail}`);
  const data = { green: build.green, blue: blue ?? null, passed: verdict.passed, checks: verdict.checks, figures };
  if (!verdict.passed) {
    throw new RefusedError(
      `validation of ${build.green} against ${blue ?? "the source"} failed: ${verdict.reasons.length} check(s)`,
      verdict.reasons,
      { kind: "untouched" },
      { report, data: { phase: "validate", ...data } },
    );
  }
  return {
    phase: "validate",
    headline: `validate: ${build.green} passed ${verdict.checks.length} check(s) against ${blue ?? "the source"}`,
    changed: false,
    report,
    data,
  };
}

function ms(value: number): string {
  return `${Math.round(value * 10) / 10} ms`;
}
