import { recordedTableName, type Deployed, type DeployedItem, type Pair } from "./deployed.js";

/**
 * What `--phase switch` does (pure): for every green statement whose blue still runs, check that
 * green has caught up with its input, then stop blue (with a savepoint where the backend takes
 * one). Never retire blue before green has caught up: one green behind by more than `maxLag`
 * records, or not RUNNING, or whose lag cannot be read, refuses the whole switch and nothing is
 * stopped. Rerun-safe: a blue already stopped is not in the plan.
 */

export interface GreenLag {
  /** Records behind the end of its inputs; undefined when it could not be read (`problem` says why). */
  readonly total: bigint | undefined;
  readonly asOf?: Date;
  readonly problem?: string;
}

export interface Move {
  readonly blueTable: string;
  readonly greenTable: string;
  /** No pipeline statement reads it: sink connectors and query engines must follow. */
  readonly readOutside: boolean;
}

export interface SwitchPlan {
  readonly pairs: readonly { readonly green: string; readonly blue: string; readonly lag: GreenLag }[];
  /** Blue statements to stop, in order. */
  readonly stops: readonly string[];
  readonly moves: readonly Move[];
  readonly refusals: readonly string[];
  readonly notes: readonly string[];
}

/** The pairs a switch acts on: green and blue both running. */
export function pairsToSwitch(deployed: Deployed): Pair[] {
  return deployed.pairs.filter((pair) => pair.state === "deployed");
}

export function planSwitch(deployed: Deployed, lags: ReadonlyMap<string, GreenLag>, maxLag: number, now: Date): SwitchPlan {
  const pairs = pairsToSwitch(deployed);
  const refusals: string[] = [];
  const notes: string[] = [];
  for (const pair of pairs) {
    const lag = lags.get(pair.green.name);
    if (pair.green.info.phase !== "RUNNING")
      refusals.push(
        `green ${pair.green.name} is ${pair.green.info.phase}${detail(pair.green)}, not RUNNING: blue ${pair.blueName} keeps running`,
      );
    else if (!lag || lag.total === undefined)
      refusals.push(
        `the lag of green ${pair.green.name} cannot be read${lag?.problem ? ` (${lag.problem})` : ""}: blue ${pair.blueName} keeps running`,
      );
    else if (lag.total > BigInt(maxLag))
      refusals.push(
        `green ${pair.green.name} is ${lag.total} records behind its input (flink.maxLag ${maxLag}): blue ${pair.blueName} keeps running until green has caught up; run the switch again later`,
      );
    if (lag?.asOf && now.getTime() - lag.asOf.getTime() > 60_000)
      notes.push(`the offsets of ${pair.green.name} were reported at ${lag.asOf.toISOString()}: its lag may be older than it looks`);
  }
  const stale = deployed.pairs.filter((p) => p.state === "other");
  for (const pair of stale)
    notes.push(
      `${pair.green.name} (${pair.green.info.phase}) and ${pair.blueName} (${pair.blue?.info.phase ?? "gone"}) are in no state a switch acts on`,
    );
  return {
    pairs: pairs.map((pair) => ({ green: pair.green.name, blue: pair.blueName, lag: lags.get(pair.green.name) ?? { total: undefined } })),
    stops: refusals.length > 0 ? [] : pairs.map((pair) => pair.blueName),
    moves: pairs.map((pair) => moveOf(deployed, pair)),
    refusals,
    notes,
  };
}

/** Which table readers move from and to, from the recorded DDL of both versions. */
export function moveOf(deployed: Deployed, pair: Pair): Move {
  const table = deployed.tables.get(pair.key);
  const name = (item: DeployedItem | undefined, fallback: string) => (item && recordedTableName(item)) ?? fallback;
  return {
    blueTable: name(table?.ddl.get(pair.blue?.version ?? pair.green.replaces ?? 0), pair.blueName),
    greenTable: name(table?.ddl.get(pair.green.version), pair.green.name),
    readOutside: pair.green.readOutside,
  };
}

const detail = (item: DeployedItem) => (item.info.detail ? ` (${item.info.detail})` : "");
