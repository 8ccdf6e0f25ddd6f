import { isAlias, isMap, isScalar, isSeq, type Document, type LineCounter, type Node } from "yaml";
import { formatKeyPath } from "./key-path.js";
import { MAX_DEPTH } from "./limits.js";

/**
 * Checks on the composed YAML document that the `yaml` package does not make, each naming the line:
 * nesting deeper than MAX_DEPTH (counting what aliases bring in), a key given twice, a key that
 * would reach an object's prototype, a tag other than YAML's plain types.
 */

/**
 * Keys that mean something to JavaScript objects. `__proto__` in particular, copied with
 * `obj[key] = value`, replaces the object's prototype instead of adding a key. No config key has
 * these names, so they are refused wherever they appear, even inside free-form values such as a
 * search query, where they could otherwise travel on to other code.
 */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(["__proto__", "constructor", "prototype"]);

/** YAML's core types; anything else (`!!binary`, `!!set`, `!foo`) would not be plain data. */
const PLAIN_TAGS = new Set(["str", "int", "float", "bool", "null", "map", "seq"].map((t) => `tag:yaml.org,2002:${t}`));

export function checkNodes(document: Document, lines: LineCounter): string[] {
  const problems: string[] = [];
  /**
   * The latest definition of each anchor, as an alias further down resolves it: its height once
   * walked, or `undefined` while it is being walked. An alias to an anchor still being walked
   * (`a: &x [*x]`) makes a cycle, which every later walk over the data would follow forever.
   */
  const anchors = new Map<string, { height: number | undefined }>();
  const at = (node: { range?: readonly number[] | null }) => {
    const { line, col } = lines.linePos(node.range?.[0] ?? 0);
    return `line ${line}, column ${col}`;
  };

  /** Walks one node at `depth` and returns the height of what it holds (0 for a scalar). */
  const walk = (node: unknown, path: readonly PropertyKey[], depth: number): number => {
    if (isAlias(node)) {
      const anchor = anchors.get(node.source);
      if (anchor !== undefined && anchor.height === undefined) {
        problems.push(`${at(node)}: ${formatKeyPath(path)}: alias *${node.source} is inside the node it repeats (a cycle)`);
        return 0;
      }
      const height = anchor?.height ?? 0;
      if (depth + height > MAX_DEPTH)
        problems.push(`${at(node)}: nested too deeply through alias *${node.source} (at most ${MAX_DEPTH} levels)`);
      return height;
    }
    if (!isScalar(node) && !isMap(node) && !isSeq(node)) return 0;
    checkTag(node, path);
    const definition = { height: undefined as number | undefined };
    if (node.anchor) anchors.set(node.anchor, definition);
    let height = 0;
    if (isMap(node) || isSeq(node)) {
      if (depth >= MAX_DEPTH) {
        problems.push(`${at(node)}: ${formatKeyPath(path)}: nested too deeply (at most ${MAX_DEPTH} levels of mappings and lists)`);
        definition.height = MAX_DEPTH;
        return MAX_DEPTH;
      }
      height = 1 + (isMap(node) ? walkMap(node.items, path, depth) : walkSeq(node.items, path, depth));
    }
    definition.height = height;
    return height;
  };

  const walkSeq = (items: readonly unknown[], path: readonly PropertyKey[], depth: number): number =>
    items.reduce<number>((max, item, index) => Math.max(max, walk(item, [...path, index], depth + 1)), 0);

  const walkMap = (pairs: readonly { key: unknown; value: unknown }[], path: readonly PropertyKey[], depth: number): number => {
    const seen = new Map<string, string>();
    let max = 0;
    for (const pair of pairs) {
      // stringKeys: true has turned every key into a string scalar, or reported it as an error
      if (!isScalar(pair.key)) continue;
      const key = String(pair.key.value);
      const keyPath = [...path, key];
      const where = at(pair.key);
      const first = seen.get(key);
      if (first !== undefined) {
        problems.push(`${where}: ${formatKeyPath(keyPath)}: duplicate key '${key}' (first given at ${first}); each key may appear once`);
      } else seen.set(key, where);
      if (FORBIDDEN_KEYS.has(key)) {
        problems.push(`${where}: ${formatKeyPath(keyPath)}: unknown key ('${key}' is not allowed anywhere in the config)`);
        continue;
      }
      max = Math.max(max, walk(pair.value, keyPath, depth + 1));
    }
    return max;
  };

  const checkTag = (node: Node, path: readonly PropertyKey[]) => {
    if (node.tag !== undefined && !PLAIN_TAGS.has(node.tag)) {
      problems.push(`${at(node)}: ${formatKeyPath(path)}: the YAML tag ${node.tag} is not supported (use plain values)`);
    }
  };

  walk(document.contents, [], 0);
  return problems;
}
