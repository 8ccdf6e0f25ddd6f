import type { RouteState } from "./estate.js";
import { greenInProgress } from "./promote-plan.js";
import { sidesOf } from "./rollback-plan.js";

/**
 * Which releases promote and rollback move, read from the routes as they were before the command
 * (the `cutover:release` tags): what the release's record on GitHub says about them. Pure.
 */

export interface MovedReleases {
  /** promote: the release going live. */
  readonly release?: string;
  /** promote: the releases taken out of service; rollback: the releases traffic was taken away from. */
  readonly replaced: readonly string[];
  /** rollback: the releases that hold the traffic again. */
  readonly restored?: readonly string[];
}

/** promote: the release going live, and the ones it takes out of service. */
export function promoteReleases(routes: readonly RouteState[], release: string | undefined): MovedReleases {
  const promoted: string[] = [];
  const replaced: string[] = [];
  for (const route of routes) {
    const green = greenInProgress(route);
    if (!green) continue;
    if (green.release) promoted.push(green.release);
    const live = route.blue;
    if (live?.release && live.arn !== green.arn) replaced.push(live.release);
  }
  const main = release ?? promoted[0];
  return { ...(main === undefined ? {} : { release: main }), replaced: [...new Set(replaced)] };
}

/** rollback: the releases it takes traffic away from, and the ones that get it back. */
export function rollbackReleases(routes: readonly RouteState[]): MovedReleases {
  const replaced: string[] = [];
  const restored: string[] = [];
  for (const route of routes) {
    const { back, away } = sidesOf(route);
    if (!back || !away) continue;
    if (away.release) replaced.push(away.release);
    if (back.release) restored.push(back.release);
  }
  return { replaced: [...new Set(replaced)], restored: [...new Set(restored)] };
}
