/**
 * What create does (pure): continue the build under way, or start a new one beside blue, plus the
 * first-run move of a plain alias or bare index onto the read/write pair.
 */
import { RefusedError } from "../errors.js";
import { freeBuildName } from "./build-names.js";
import type { ObservedIndex } from "./observe.js";
import { findBlue, planPairOnBlue, type AliasPlan } from "./plan-aliases.js";
import type { BuildState } from "./reindex-state.js";

export type CreatePlan =
  | { readonly kind: "continue"; readonly build: BuildState; readonly reason: string }
  | {
      readonly kind: "new";
      readonly green: string;
      readonly blue: string | undefined;
      /** Aliases the first run adds to blue (empty once the pair exists). */
      readonly pair: AliasPlan;
      /** Why the last build is not continued, when there was one. */
      readonly supersedes: string | undefined;
    };

export function planCreate(observed: ObservedIndex, build: BuildState | undefined, now: Date): CreatePlan {
  const greenExists = build !== undefined && observed.indices.some((i) => i.name === build.green);
  // a build recorded but not yet created (a crash, or a refused create) is finished, never replaced
  if (build && build.rolledBackAt === undefined && build.writeSwitchedAt === undefined && (greenExists || !build.done.includes("create"))) {
    return { kind: "continue", build, reason: `build ${build.green} is under way (done: ${build.done.join(", ") || "nothing yet"})` };
  }
  const blueFinding = findBlue(observed);
  if (blueFinding.kind === "ambiguous") {
    throw new RefusedError(`cannot tell which index is blue: ${blueFinding.detail}`, [
      `${blueFinding.detail}; point it at one index (the live one) and rerun`,
    ]);
  }
  const blue = blueFinding.kind === "one" ? blueFinding.index : undefined;
  const taken = new Set(observed.indices.map((i) => i.name));
  const supersedes = !build
    ? undefined
    : build.rolledBackAt !== undefined
      ? `build ${build.green} was rolled back`
      : build.writeSwitchedAt !== undefined
        ? `build ${build.green} is finished (write alias switched)`
        : `build ${build.green} no longer exists`;
  return { kind: "new", green: freeBuildName(observed.name, now, taken), blue, pair: planPairOnBlue(observed, blue), supersedes };
}
