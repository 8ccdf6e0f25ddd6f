import { escapeControlChars } from "../report/escape.js";

export type KeyPath = readonly PropertyKey[];

/**
 * Renders a config location the way people write it: `traffic.steps[2]`, `services[0].ecs.cluster`.
 * Control characters in a key are shown as escapes (`query.a\nb`), so a key from a hostile file
 * can never start a line of the log.
 */
export function formatKeyPath(path: KeyPath): string {
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else out += out === "" ? String(part) : `.${String(part)}`;
  }
  return out === "" ? "(top level)" : escapeControlChars(out);
}

/** True when `prefix` is `path` itself or one of its ancestors. */
export function isPrefixOf(prefix: KeyPath, path: KeyPath): boolean {
  return prefix.length <= path.length && prefix.every((part, i) => part === path[i]);
}
