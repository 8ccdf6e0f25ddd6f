import { hasControlChars } from "../report/escape.js";
import { formatKeyPath, type KeyPath } from "./key-path.js";

/**
 * Control characters in config values, refused as a class: a newline in an image URI, an alarm name
 * or an ARN would let the value start a line of the CI log, and the runner reads a line starting
 * with `::` as a command. No name, URI or setting needs one. The check runs over the document
 * after environment substitution, so values from the environment are held to the same rule, and
 * before the schema, so no later message can quote such a value.
 *
 * Refused: the characters the log renderers escape (C0 and C1 controls, DEL, U+2028, U+2029; see
 * report/escape.ts). Text that is code or a query body (a painless script, a search query) may hold
 * line breaks and tabs, nothing else.
 */

/** `*` matches one key or index, `**` everything below. */
const MULTI_LINE_FIELDS: readonly (readonly string[])[] = [
  ["search", "indices", "*", "source", "script", "source"],
  ["search", "indices", "*", "source", "script", "params", "**"],
  ["search", "indices", "*", "source", "query", "**"],
  ["search", "indices", "*", "validation", "sampleQueries", "**"],
];

export function findControlCharacters(document: unknown): string[] {
  const problems: string[] = [];
  const walk = (node: unknown, path: KeyPath): void => {
    if (typeof node === "string") {
      const multiLine = MULTI_LINE_FIELDS.some((pattern) => matches(pattern, path));
      const found = firstControl(node, multiLine);
      if (found !== undefined) {
        const allowed = multiLine
          ? "this value may hold line breaks and tabs, but no other control character"
          : "names, ARNs, URIs and other values must be one line of printable text";
        problems.push(`${formatKeyPath(path)}: contains the control character ${codePoint(found)}; ${allowed}`);
      }
      return;
    }
    if (Array.isArray(node)) node.forEach((item, index) => walk(item, [...path, index]));
    else if (node !== null && typeof node === "object") {
      for (const [key, value] of Object.entries(node)) {
        const found = firstControl(key, false);
        if (found !== undefined)
          problems.push(`${formatKeyPath([...path, key])}: the key contains the control character ${codePoint(found)}`);
        else walk(value, [...path, key]);
      }
    }
  };
  walk(document, []);
  return problems;
}

function firstControl(text: string, allowLineBreaks: boolean): string | undefined {
  if (!hasControlChars(text)) return undefined;
  return [...text].find((c) => hasControlChars(c) && !(allowLineBreaks && (c === "\n" || c === "\t")));
}

function matches(pattern: readonly string[], path: KeyPath): boolean {
  for (let i = 0; i < pattern.length; i++) {
    if (pattern[i] === "**") return path.length > i;
    if (i >= path.length || (pattern[i] !== "*" && pattern[i] !== path[i])) return false;
  }
  return path.length === pattern.length;
}

function codePoint(char: string): string {
  return `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`;
}
