import { formatKeyPath, type KeyPath } from "./key-path.js";

/**
 * Replaces `${VAR}` and `${VAR:-default}` in every string value of a parsed YAML document.
 * Substitution happens after parsing, so a value from the environment can never change the
 * document's structure. `$${...}` stays literal as `${...}`.
 *
 * The copy is built from objects without a prototype: whatever a key is called, assigning it can
 * only ever add a key (yaml-nodes.ts refuses `__proto__` and friends earlier; this is the second
 * line of defence).
 */

export interface EnvReference {
  readonly path: KeyPath;
  readonly variable: string;
}

export interface SubstitutionResult {
  readonly value: unknown;
  /** Each value that names a variable that is not set and has no default, once per variable. */
  readonly unset: readonly EnvReference[];
  /** Values holding a reference that is not `${NAME}` or `${NAME:-default}`, with the problem. */
  readonly invalid: readonly { readonly path: KeyPath; readonly problem: string }[];
  /** The variables whose values went into the document: they may be secrets, so messages never quote them. */
  readonly substituted: ReadonlyMap<string, string>;
  /** Every `${NAME}` without a default, set or not: what a run needs from its environment. */
  readonly references: readonly EnvReference[];
}

const REFERENCE = /\$(\$)?\{([^}]*)\}/g;
const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

export function substituteEnv(document: unknown, env: Readonly<Record<string, string | undefined>>): SubstitutionResult {
  const unset: EnvReference[] = [];
  const invalid: { path: KeyPath; problem: string }[] = [];
  const substituted = new Map<string, string>();
  const references: EnvReference[] = [];

  const substituteString = (text: string, path: KeyPath): string =>
    text.replace(REFERENCE, (whole, escaped: string | undefined, body: string) => {
      if (escaped) return whole.slice(1);
      const separator = body.indexOf(":-");
      const name = separator === -1 ? body : body.slice(0, separator);
      const fallback = separator === -1 ? undefined : body.slice(separator + 2);
      if (!NAME.test(name)) {
        invalid.push({
          path,
          problem: `${formatKeyPath(path)}: '\${${body}}' is not a valid variable reference (use \${NAME} or \${NAME:-default})`,
        });
        return whole;
      }
      if (fallback === undefined) references.push({ path, variable: name });
      const value = env[name];
      if (value !== undefined && value !== "") {
        substituted.set(name, value);
        return value;
      }
      if (fallback !== undefined) return fallback;
      unset.push({ path, variable: name });
      return whole;
    });

  const walk = (node: unknown, path: KeyPath): unknown => {
    if (typeof node === "string") return substituteString(node, path);
    if (Array.isArray(node)) return node.map((item, index) => walk(item, [...path, index]));
    if (node !== null && typeof node === "object") {
      const out = Object.create(null) as Record<string, unknown>;
      for (const [key, value] of Object.entries(node)) out[key] = walk(value, [...path, key]);
      return out;
    }
    return node;
  };

  return { value: walk(document, []), unset, invalid, substituted, references };
}
