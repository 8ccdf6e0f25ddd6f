/**
 * Reads `migration_lock.toml`. Prisma writes one line, `provider = "postgresql"`, but people edit
 * the file, so this understands the TOML that can appear at its top level: comments, basic and
 * literal strings, whitespace around `=`, and table headers (keys under a table are not top-level).
 * Anything it does not understand is ignored rather than guessed at.
 */

/** Top-level `key = "string"` pairs of a TOML document; other value types and tables are skipped. */
export function topLevelStrings(text: string): Map<string, string> {
  const values = new Map<string, string>();
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) continue;
    if (line.startsWith("[")) break; // keys after the first table header belong to that table
    const match = /^("(?:[^"\\]|\\.)*"|'[^']*'|[A-Za-z0-9_-]+)\s*=\s*(.*)$/.exec(line);
    if (!match) continue;
    const key = unquoteKey(match[1] ?? "");
    const value = stringValue(match[2] ?? "");
    if (key !== undefined && value !== undefined) values.set(key, value);
  }
  return values;
}

function unquoteKey(key: string): string | undefined {
  if (key.startsWith('"') || key.startsWith("'")) return stringValue(key);
  return key;
}

/** A basic ("…", with escapes) or literal ('…') string followed by nothing but a comment. */
function stringValue(rest: string): string | undefined {
  const basic = /^"((?:[^"\\]|\\.)*)"\s*(?:#.*)?$/.exec(rest);
  if (basic) return unescapeBasic(basic[1] ?? "");
  const literal = /^'([^']*)'\s*(?:#.*)?$/.exec(rest);
  if (literal) return literal[1] ?? "";
  return undefined;
}

const ESCAPES: Record<string, string> = { b: "\b", t: "\t", n: "\n", f: "\f", r: "\r", '"': '"', "\\": "\\" };

function unescapeBasic(body: string): string | undefined {
  let invalid = false;
  const text = body.replace(/\\(u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|.)/g, (_all, escape: string) => {
    if (escape.length > 1) return String.fromCodePoint(Number.parseInt(escape.slice(1), 16));
    const plain = ESCAPES[escape];
    if (plain === undefined) invalid = true;
    return plain ?? "";
  });
  return invalid ? undefined : text;
}
