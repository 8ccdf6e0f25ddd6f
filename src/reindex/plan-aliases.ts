/**
 * Alias plans (pure): each switch is the difference between where the aliases point now and where
 * they should, sent as one atomic `_aliases` call, so searches never see a moment without an index.
 *
 * A name held by a concrete index (a first run on a bare index `classes` whose public name is also
 * the alias) cannot become an alias of that name while the index exists: the plan removes the index
 * and adds the alias in the same call (`remove_index` + `add`), which the engine applies atomically.
 */
import type { AliasAction } from "../search/engine.js";
import type { ObservedIndex, Pointer } from "./observe.js";

/** alias name → the indices it should point at (empty: the alias should not exist). */
export type DesiredAliases = ReadonlyMap<string, readonly string[]>;

export interface AliasPlan {
  readonly actions: readonly AliasAction[];
  /** Concrete indices the plan deletes to free their name for an alias (a bare blue index). */
  readonly removesIndices: readonly string[];
}

/** The actions that take the aliases from `current` to `desired`; none when they already match. */
export function aliasDiff(current: ReadonlyMap<string, Pointer>, desired: DesiredAliases): AliasPlan {
  const removeIndex: AliasAction[] = [];
  const remove: AliasAction[] = [];
  const add: AliasAction[] = [];
  const removesIndices: string[] = [];
  for (const [alias, wanted] of desired) {
    const now = current.get(alias) ?? { kind: "absent", targets: [] };
    const want = new Set(wanted);
    if (now.kind === "index") {
      // the name is a concrete index: it stays only if it is the one wanted under that name
      if (want.size === 1 && want.has(alias)) continue;
      if (want.size === 0) continue; // never delete an index just to remove an alias that is not one
      removeIndex.push({ removeIndex: { index: alias } });
      removesIndices.push(alias);
      for (const index of [...want].sort()) add.push({ add: { index, alias } });
      continue;
    }
    for (const index of now.targets) if (!want.has(index)) remove.push({ remove: { index, alias } });
    for (const index of [...want].sort()) if (!(now.targets as readonly string[]).includes(index)) add.push({ add: { index, alias } });
  }
  return { actions: [...removeIndex, ...remove, ...add], removesIndices };
}

function currentOf(observed: ObservedIndex): Map<string, Pointer> {
  return new Map<string, Pointer>([
    [observed.name, observed.base],
    [observed.readAlias, observed.read],
    [observed.writeAlias, observed.write],
    [observed.canaryAlias, observed.canary],
  ]);
}

/** Desired targets, later entries winning for the same alias name (read and write may be one alias). */
function desired(entries: readonly (readonly [string, readonly string[]])[]): DesiredAliases {
  return new Map(entries);
}

export type BlueFinding =
  { readonly kind: "none" } | { readonly kind: "one"; readonly index: string } | { readonly kind: "ambiguous"; readonly detail: string };

/**
 * Blue, the index the application writes now: the write alias's one index, else the read alias's,
 * else what the configured name itself is (a plain alias or a bare index). Nothing: a first build.
 */
export function findBlue(observed: ObservedIndex): BlueFinding {
  for (const [label, pointer] of [
    [`write alias '${observed.writeAlias}'`, observed.write],
    [`read alias '${observed.readAlias}'`, observed.read],
    [`'${observed.name}'`, observed.base],
  ] as const) {
    if (pointer.targets.length === 1) return { kind: "one", index: pointer.targets[0] as string };
    if (pointer.targets.length > 1)
      return { kind: "ambiguous", detail: `${label} points at ${pointer.targets.length} indices (${pointer.targets.join(", ")})` };
  }
  return { kind: "none" };
}

/**
 * The first run on an existing setup (seed 000's convention from a plain alias or a bare index):
 * the read and write aliases are added to blue where they do not exist yet. Adding an alias of
 * another name never disturbs searches on the old one.
 */
export function planPairOnBlue(observed: ObservedIndex, blue: string | undefined): AliasPlan {
  if (blue === undefined) return { actions: [], removesIndices: [] };
  const entries: [string, string[]][] = [];
  for (const [alias, pointer] of [
    [observed.readAlias, observed.read],
    [observed.writeAlias, observed.write],
  ] as const) {
    if (pointer.kind === "absent") entries.push([alias, [blue]]);
  }
  return aliasDiff(currentOf(observed), desired(entries));
}

/**
 * switch-read. 100: the read alias to green. 0: back to blue. 1..99: the read alias on blue and the
 * canary alias on green, for the application helper to split reads by the stored weight.
 */
export function planReadSwitch(observed: ObservedIndex, green: string, blue: string | undefined, weight: number): AliasPlan {
  const entries: [string, string[]][] = [];
  // a first build has no blue to share reads with: any weight sends them all to green
  if (weight >= 100 || blue === undefined) {
    entries.push([observed.canaryAlias, []], [observed.readAlias, [green]]);
  } else {
    entries.push([observed.canaryAlias, weight > 0 ? [green] : []], [observed.readAlias, [blue]]);
  }
  return aliasDiff(currentOf(observed), desired(entries));
}

/** switch-write: the write alias to green alone (it moves the read alias too when they are one alias). */
export function planWriteSwitch(observed: ObservedIndex, green: string): AliasPlan {
  return aliasDiff(currentOf(observed), desired([[observed.writeAlias, [green]]]));
}

/** rollback: read and write aliases back to blue, the canary alias gone. */
export function planRollback(observed: ObservedIndex, blue: string): AliasPlan {
  return aliasDiff(
    currentOf(observed),
    desired([
      [observed.canaryAlias, []],
      [observed.readAlias, [blue]],
      [observed.writeAlias, [blue]],
    ]),
  );
}

/** Puts the read, write and canary aliases back where `before` saw them (a rollback that failed part-way). */
export function planAliasesAsBefore(observed: ObservedIndex, before: ObservedIndex): AliasPlan {
  const back = (pointer: Pointer) => (pointer.kind === "alias" ? pointer.targets : []);
  return aliasDiff(
    currentOf(observed),
    desired([
      [observed.canaryAlias, back(before.canary)],
      [observed.readAlias, back(before.read)],
      [observed.writeAlias, back(before.write)],
    ]),
  );
}

/** One line per action, for plans, dry runs and reports. */
export function describeAliasAction(action: AliasAction): string {
  if ("add" in action) return `add alias ${action.add.alias} → ${action.add.index}`;
  if ("remove" in action) return `remove alias ${action.remove.alias} from ${action.remove.index}`;
  return `delete index ${action.removeIndex.index} (its name becomes an alias in the same call)`;
}
