/**
 * The demo's short story, from what each stage reported: its headline and figures as the command
 * wrote them to $CUTOVER_OUTPUT_FILE (the `result` output, the same document `--json` prints). Pure
 * functions, so the wording can be tested without a stack (test/unit/demo-story.test.ts).
 */

/** One stage as the story tells it: what ran, what it said it did, what it changed, how long it took. */
export interface StageRecord {
  /** What ran, as typed after `cutover`: "migrate-db --dry-run", "es-reindex classes --phase all". */
  readonly label: string;
  readonly exitCode: number;
  readonly durationMs: number;
  /** The command's own one-line headline (or, when it wrote none, the line that explains the failure). */
  readonly headline: string;
  /** Counts of what the stage changed, "-" for a stage that only reads. */
  readonly changed: string;
  /** A stage meant to be refused (a safety check shown at work): this exit code is its success. */
  readonly expectedExit?: number;
}

/** Whether the stage did what the demo meant: exit 0, or the refusal it was run to show. */
export function asMeant(stage: Pick<StageRecord, "exitCode" | "expectedExit">): boolean {
  return stage.exitCode === (stage.expectedExit ?? 0);
}

/** The `result` output a command leaves in $CUTOVER_OUTPUT_FILE: `{ command, dryRun, headline, result }`. */
export interface StageResult {
  readonly command: string;
  readonly dryRun: boolean;
  readonly headline: string;
  readonly result: unknown;
}

/** The outputs file's text → the stage's result, or undefined when the command wrote none (it crashed, or failed before a result). */
export function parseOutputs(text: string | undefined): StageResult | undefined {
  if (!text) return undefined;
  try {
    const outputs = JSON.parse(text) as Record<string, unknown>;
    if (typeof outputs.result !== "string") return undefined;
    const result = JSON.parse(outputs.result) as Record<string, unknown>;
    if (typeof result.headline !== "string" || result.headline === "") return undefined;
    return {
      command: typeof result.command === "string" ? result.command : "",
      dryRun: result.dryRun === true,
      headline: result.headline,
      result: result.result,
    };
  } catch {
    // a half-written or foreign file tells the story nothing; the stage's exit code still decides
    return undefined;
  }
}

/** Commands that only read (or, like verify, only send requests to green): they change nothing by design. */
const READ_ONLY = new Set(["plan", "status", "verify", "lint-migrations", "iam-policy"]);

/**
 * What a stage changed, in counts, from its result data. "-" for a stage that cannot change anything,
 * "nothing" for one that could have but found nothing to do: that difference is part of the story
 * (the second migrate-db and the second rollback).
 */
export function whatChanged(stage: StageResult): string {
  if (READ_ONLY.has(stage.command)) return "-";
  if (stage.dryRun) return "nothing (dry run)";
  const data = record(stage.result);
  switch (stage.command) {
    case "migrate-db":
      return counted(list(data.appliedNow).length, "migration(s) applied");
    case "deploy-green":
    case "promote":
    case "rollback":
      return counted(list(data.changes).length, "AWS change(s)");
    case "switch-traffic": {
      const rows = list(data.steps).map(record);
      const steps = new Set(rows.map((r) => r.step)).size;
      return rows.length === 0 ? "nothing" : `${rows.length} weight(s) set in ${steps} step(s)`;
    }
    case "es-reindex":
      return reindexChanges(data);
    case "flink":
      return data.phase === "plan" ? "-" : counted(list(data.changes).length, "change(s)");
    default:
      return "?";
  }
}

/** es-reindex: records (Kafka) or documents (index) loaded, records caught up, aliases moved, over the phases it ran. */
function reindexChanges(data: Record<string, unknown>): string {
  if (data.phase === "plan") return "-";
  const phases = list(data.phases).map(record);
  let loaded = 0;
  let caughtUp = 0;
  let aliases = 0;
  for (const p of phases) {
    if (p.phase === "load") loaded += number(p.records) + number(p.written);
    if (p.phase === "catch-up") caughtUp += list(p.rounds).reduce<number>((sum, r) => sum + number(record(r).records), 0);
    if (p.phase === "rollback") {
      const caught = record(p.caughtUp);
      caughtUp += number(caught.beforeSwitch) + number(caught.afterSwitch);
    }
    if (p.changed === true && (p.phase === "switch-read" || p.phase === "switch-write" || p.phase === "rollback")) aliases++;
  }
  const parts = [
    loaded > 0 ? `${loaded} loaded` : "",
    caughtUp > 0 ? `${caughtUp} caught up` : "",
    // the headline names the aliases' new target; here it is enough to say they moved
    aliases > 0 ? "switched" : "",
  ].filter((p) => p !== "");
  if (parts.length > 0) return parts.join(", ");
  return phases.some((p) => p.changed === true) ? `${phases.filter((p) => p.changed === true).length} phase(s) changed` : "nothing";
}

/**
 * The headline without the subject the stage's label already names ("migrate-db: ", "Status of x in
 * y: ", "es-reindex classes --phase all: "), cut to `width` characters at a clause or a word.
 */
export function shortHeadline(headline: string, label: string, width: number): string {
  let text = headline;
  const colon = text.indexOf(": ");
  // a subject is short; a colon further on is part of what was done ("...; switch-write: writes now go to ...")
  if (colon > 0 && colon <= 80) text = text.slice(colon + 2);
  // one es-reindex phase names itself after the index ("es-reindex x: rollback: ..."); the label says --phase rollback
  const phase = /^([a-z-]+): /.exec(text);
  if (phase?.[1] && label.split(" ").includes(phase[1])) text = text.slice(phase[0].length);
  return cut(text, width);
}

/**
 * The table's "what it did": what tells the stage apart from its neighbours in few characters. status
 * and `es-reindex --phase all` lead with counts of the whole ("5 route(s) on 3 load balancer(s); ...",
 * "7 phase(s) run, 5 changed something; ..."); what they found, or what the last phase did, follows the "; ".
 */
export function tableHeadline(headline: string, label: string, width: number): string {
  let text = shortHeadline(headline, label, Number.POSITIVE_INFINITY);
  const rest = text.indexOf("; ");
  if (rest > 0 && (label === "status" || label.endsWith("--phase all"))) text = text.slice(rest + 2).replace(/^[a-z-]+: /, "");
  return cut(text, width);
}

/**
 * `text` in `width` characters, marked "…": after the last clause in the second half, unless three
 * or more words of the next clause fit too (then after a word), else where the room ends.
 */
export function cut(text: string, width: number): string {
  if (text.length <= width) return text;
  const room = text.slice(0, Math.max(1, width - 1));
  // "applied 3 migration(s): 20260101000000_init, …" says more than "...20260301000000_ev…", and
  // "...; switch-write: writes now go to…" more than "...; switch-write: …"
  const clause = Math.max(room.lastIndexOf(", "), room.lastIndexOf("; "), room.lastIndexOf(": "));
  const word = room.lastIndexOf(" ");
  const wordsAfterClause = room
    .slice(clause + 2, Math.max(clause + 2, word))
    .split(" ")
    .filter((w) => w !== "").length;
  if (clause >= width / 2 && (word < width / 2 || wordsAfterClause < 3)) return `${text.slice(0, clause + 1)} …`;
  if (word >= width / 2) return `${text.slice(0, word)}…`;
  return `${room}…`;
}

/** 850 ms → "0.9s", 75 300 ms → "1m15s": a demo stage takes between a second and a minute. */
export function formatSeconds(ms: number): string {
  const tenths = Math.round(ms / 100);
  if (tenths < 600) return `${(tenths / 10).toFixed(1)}s`;
  const seconds = Math.round(ms / 1000);
  return `${Math.floor(seconds / 60)}m${String(seconds % 60).padStart(2, "0")}s`;
}

/** The story line printed as a stage ends: took, what ran, and what it said it did (or why it failed). */
export function storyLine(stage: StageRecord, width: number): string {
  const ok = asMeant(stage);
  const refused = ok && stage.exitCode !== 0;
  const status = ok ? (refused ? ` refused as meant (exit ${stage.exitCode})` : "") : ` failed (exit ${stage.exitCode})`;
  const head = `  ${ok ? "✓" : "✗"} ${formatSeconds(stage.durationMs).padStart(6)}  ${stage.label}${status}: `;
  const room = Math.max(20, width - head.length);
  if (refused) return head + cut(stage.headline.replace(/^refused: /, ""), room);
  return head + (ok ? shortHeadline(stage.headline, stage.label, room) : cut(failure(stage), room));
}

/**
 * A failed stage's headline is the command's error line, which has no subject to drop: only the
 * "<command> failed: " that the story says already ("verify failed: 1 of 3 smoke check(s) failed").
 */
function failure(stage: StageRecord): string {
  const said = `${stage.label.split(" ")[0] ?? ""} failed: `;
  return stage.headline.startsWith(said) ? stage.headline.slice(said.length) : stage.headline;
}

/** The closing table: one row per stage, the headline cut so that a row fits `width` columns. */
export function closingTable(stages: readonly StageRecord[], width: number): string[] {
  const header = ["stage", "what it did", "what changed", "took"] as const;
  const took = stages.map((s) => formatSeconds(s.durationMs));
  const total = formatSeconds(stages.reduce((sum, s) => sum + s.durationMs, 0));
  const w0 = Math.max(header[0].length, ...stages.map((s) => s.label.length));
  const w2 = Math.max(header[2].length, ...stages.map((s) => s.changed.length));
  const w3 = Math.max(header[3].length, total.length, ...took.map((t) => t.length));
  // what is left of the width goes to the headline; never so little that it says nothing
  const w1 = Math.max(24, width - (w0 + w2 + w3 + 6));
  const row = (a: string, b: string, c: string, d: string) =>
    `${a.padEnd(w0)}  ${b.padEnd(w1)}  ${c.padEnd(w2)}  ${d.padStart(w3)}`.trimEnd();
  const rule = "-".repeat(w0 + w1 + w2 + w3 + 6);
  return [
    row(...header),
    rule,
    ...stages.map((s, i) =>
      // a refusal shown on purpose reads as its reason, as a failure does
      row(
        s.label,
        s.exitCode === 0 ? tableHeadline(s.headline, s.label, w1) : cut(failure(s).replace(/^refused: /, ""), w1),
        s.changed,
        took[i] ?? "",
      ),
    ),
    rule,
    row(`${stages.length} stage(s)`, "", "", total),
  ];
}

function record(value: unknown): Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}
function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}
function number(value: unknown): number {
  return typeof value === "number" && Number.isFinite(value) ? value : 0;
}
function counted(n: number, what: string): string {
  return n === 0 ? "nothing" : `${n} ${what}`;
}
