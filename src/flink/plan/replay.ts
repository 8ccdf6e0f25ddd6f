import type { StateFeature, StateKind } from "../sql/sql-facts.js";
import type { StartFrom } from "./release-plan.js";

/**
 * Where a redeployed statement starts, and why. A green statement writes a new, empty table, so
 * by default it reads its inputs from the earliest offset to hold every row. Its state (join
 * tables, aggregates, windows) is rebuilt by that replay; nothing carries state over from blue.
 *
 * - An input that got a new version restarts from its beginning: every reader replays it.
 * - A stateful statement whose own logic changed replays too: its old state is not valid for it.
 * - A stateless statement whose inputs keep their versions may start at blue's offsets when the
 *   config says so (`replay.stateless: blue-offsets`); its new table then holds only rows from
 *   the switch on.
 * - `replay.from: <timestamp>` replaces "earliest" everywhere, for inputs whose retention or
 *   volume makes a full replay pointless.
 */

export interface ReplaySettings {
  readonly from: "earliest" | { readonly timestamp: string };
  readonly stateless: "replay" | "blue-offsets";
}

export const DEFAULT_REPLAY: ReplaySettings = { from: "earliest", stateless: "replay" };

const VERB: Record<StateKind, string> = {
  join: "joins",
  "temporal-join": "joins (temporal join)",
  aggregation: "aggregates",
  window: "windows",
  over: "aggregates over",
  deduplication: "deduplicates",
  "match-recognize": "matches patterns over",
  distinct: "deduplicates (DISTINCT)",
  "set-operation": "combines",
};

const STATE: Record<StateKind, string> = {
  join: "join",
  "temporal-join": "temporal join",
  aggregation: "aggregation",
  window: "window",
  over: "OVER",
  deduplication: "deduplication",
  "match-recognize": "MATCH_RECOGNIZE",
  distinct: "DISTINCT",
  "set-operation": "set operation",
};

/** "join and aggregation" for the features' distinct kinds, in order. */
function stateWords(state: readonly StateFeature[]): string {
  const words = [...new Set(state.map((s) => STATE[s.kind]))];
  return words.length <= 1 ? (words[0] ?? "") : `${words.slice(0, -1).join(", ")} and ${words[words.length - 1]}`;
}

export interface ReplayCase {
  readonly state: readonly StateFeature[];
  /** Green names of the inputs that get a new version. */
  readonly newInputs: readonly string[];
  readonly status: "new" | "changed" | "descendant";
  readonly blueStatement: string;
}

export function startFrom(c: ReplayCase, settings: ReplaySettings): { from: StartFrom; reason: string } {
  const replay: StartFrom = settings.from === "earliest" ? { kind: "earliest" } : { kind: "timestamp", at: settings.from.timestamp };
  const where = settings.from === "earliest" ? "from earliest" : `from ${settings.from.timestamp} (replay.from)`;
  const first = c.state[0];
  const inputs = `${c.newInputs.join(", ")}, whose rows restart`;
  if (c.status === "new") return { from: replay, reason: `a new table: reads its inputs ${where}` };
  if (c.newInputs.length > 0) {
    if (first)
      return {
        from: replay,
        reason: `${VERB[first.kind]} ${inputs} from the beginning: its ${stateWords(c.state)} state must be rebuilt ${where}`,
      };
    return {
      from: replay,
      reason: `reads ${inputs} from the beginning: stateless, but its new table needs every row, so it reads ${where}`,
    };
  }
  if (first) return { from: replay, reason: `its logic changed and it keeps ${stateWords(c.state)} state: rebuilt ${where}` };
  if (settings.stateless === "blue-offsets")
    return {
      from: { kind: "blue-offsets", blueStatement: c.blueStatement },
      reason:
        "stateless, and its inputs keep their versions: starts at blue's offsets (replay.stateless: blue-offsets), so its new table holds rows from the switch on",
    };
  return { from: replay, reason: `stateless, but its new table needs every row: reads its inputs ${where} (replay.stateless: replay)` };
}
