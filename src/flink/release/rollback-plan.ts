import type { Deployed, Pair } from "./deployed.js";
import { moveOf, type Move } from "./switch-plan.js";

/**
 * What `--phase rollback` does (pure): for the latest release, resume every blue statement a green
 * one replaced (from its savepoint on the gateway; Confluent resumes it itself), then stop green
 * (with a savepoint: it stays until cleanup). Blue resumes before green stops, so at no moment does
 * neither run. A release not switched yet only has its greens stopped. Statements of the release
 * that replace nothing (new tables) stop with it. A blue that cleanup deleted cannot come back:
 * those pairs are history, and a release whose blues are all gone has nothing to roll back.
 */

export interface RollbackPlan {
  readonly release: string | undefined;
  /** Blue statements to resume, in order. */
  readonly resumes: readonly string[];
  /** Green statements to stop, after the resumes. */
  readonly stops: readonly string[];
  /** Readers move back: green's table → blue's. */
  readonly moves: readonly Move[];
  readonly refusals: readonly string[];
  readonly notes: readonly string[];
}

export function planRollback(deployed: Deployed, release?: string): RollbackPlan {
  // pairs whose blue is gone were cleaned up: nothing of theirs can come back
  const candidates = deployed.pairs.filter((p) => (p.state === "switched" || p.state === "deployed") && p.blue !== undefined);
  const target = release ?? latestRelease(candidates);
  const pairs = candidates.filter((p) => p.green.release === target);
  const notes = candidates
    .filter((p) => p.green.release !== target)
    .map((p) => `${p.green.name} (release ${p.green.release ?? "?"}) is left as it is: rollback undoes one release, ${target ?? "none"}`);
  const refusals: string[] = [];
  for (const pair of pairs) {
    const blue = pair.blue!;
    if (pair.state === "switched" && !(blue.info.phase === "STOPPED" && blue.info.resumable))
      refusals.push(
        `blue ${blue.name} is ${blue.info.phase}${blue.info.resumable ? "" : " and not resumable"}: it cannot take over again from ${pair.green.name}`,
      );
  }
  const newTables = [...deployed.tables.values()]
    .flatMap((table) => [...table.dml.values()])
    .filter((item) => item.release === target && item.replaces === undefined && item.live)
    .map((item) => item.name);
  const resumes = pairs.filter((p) => p.state === "switched").map((p) => p.blueName);
  return {
    release: target,
    resumes: refusals.length > 0 ? [] : resumes,
    stops: refusals.length > 0 ? [] : [...pairs.map((p) => p.green.name), ...newTables.sort()],
    moves: pairs.map((p) => {
      const move = moveOf(deployed, p);
      return { blueTable: move.greenTable, greenTable: move.blueTable, readOutside: move.readOutside };
    }),
    refusals,
    notes,
  };
}

/** The release of the most recently created green statement. */
function latestRelease(pairs: readonly Pair[]): string | undefined {
  const newest = [...pairs].sort((a, b) => (a.green.info.createdAt?.getTime() ?? 0) - (b.green.info.createdAt?.getTime() ?? 0)).at(-1);
  return newest?.green.release;
}
