import { formatKeyPath } from "./key-path.js";

/**
 * Replaces `${VAR}` and `${VAR:-default}` in every string value of a parsed YAML document.
 * Substitution happens after parsing, so a value from the environment can never change the
 * document's structure. `$${...}` stays literal as `${...}`.
 */

export interface SubstitutionResult {
  readonly value: unknown;
  /** Problems, each naming the key path and the variable. */
  readonly problems: readonly string[];
  /** Key paths whose value still holds an unset reference; their schema errors would only be noise. */
  readonly unresolvedPaths: ReadonlySet<string>;
}

const REFERENCE = /\$(\$)?\{([^}]*)\}/g;
const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

export function substituteEnv(document: unknown, env: Readonly<Record<string, string | undefined>>): SubstitutionResult {
  const problems: string[] = [];
  const unresolvedPaths = new Set<string>();

  const substituteString = (text: string, path: readonly PropertyKey[]): string =>
    text.replace(REFERENCE, (whole, escaped: string | undefined, body: string) => {
      if (escaped) return whole.slice(1);
      const separator = body.indexOf(":-");
      const name = separator === -1 ? body : body.slice(0, separator);
      const fallback = separator === -1 ? undefined : body.slice(separator + 2);
      if (!NAME.test(name)) {
        problems.push(`${formatKeyPath(path)}: '\${${body}}' is not a valid variable reference (use \${NAME} or \${NAME:-default})`);
        return whole;
      }
      const value = env[name];
      if (value !== undefined && value !== "") return value;
      if (fallback !== undefined) return fallback;
      problems.push(`${formatKeyPath(path)}: environment variable ${name} is not set`);
      unresolvedPaths.add(formatKeyPath(path));
      return whole;
    });

  const walk = (node: unknown, path: readonly PropertyKey[]): unknown => {
    if (typeof node === "string") return substituteString(node, path);
    if (Array.isArray(node)) return node.map((item, index) => walk(item, [...path, index]));
    if (node !== null && typeof node === "object") {
      const out: Record<string, unknown> = {};
      for (const [key, value] of Object.entries(node)) out[key] = walk(value, [...path, key]);
      return out;
    }
    return node;
  };

  return { value: walk(document, []), problems, unresolvedPaths };
}
