/**
 * A SQL file as a backend takes it (pure): one statement, without the final ';', and the `SET`
 * statements before it as properties. A file may hold `SET 'key' = 'value';` lines and one INSERT
 * (or one EXECUTE STATEMENT SET … END, whose inner ';' belong to it). The split understands what
 * can hide a ';' (strings, quoted identifiers, comments); the statements themselves were checked
 * by the grammar when the pipeline was parsed.
 */

export interface StatementText {
  readonly sql: string;
  readonly properties: Readonly<Record<string, string>>;
}

export type SplitResult = { readonly ok: true; readonly value: StatementText } | { readonly ok: false; readonly problem: string };

/** The text's statements, split at the ';' that end them (comments kept inside). */
function chunks(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === "-" && text[i + 1] === "-") {
      const nl = text.indexOf("\n", i);
      i = nl < 0 ? text.length : nl + 1;
    } else if (c === "/" && text[i + 1] === "*") {
      const close = text.indexOf("*/", i + 2);
      i = close < 0 ? text.length : close + 2;
    } else if (c === "'" || c === "`" || c === '"') {
      let j = i + 1;
      while (j < text.length && !(text[j] === c && text[j + 1] !== c)) j += text[j] === c ? 2 : 1;
      i = j + 1;
    } else if (c === ";") {
      out.push(text.slice(start, i));
      start = i + 1;
      i++;
    } else i++;
  }
  out.push(text.slice(start));
  return out;
}

/** The text without comments, for recognising what a chunk is. */
const bare = (text: string) =>
  text
    .replace(/--[^\n]*/g, " ")
    .replace(/\/\*(?!\+)[\s\S]*?\*\//g, " ")
    .trim();

const SET = /^SET\s+'((?:[^']|'')+)'\s*=\s*'((?:[^']|'')*)'$/is;
const STATEMENT_SET = /^(?:EXECUTE\s+STATEMENT\s+SET|BEGIN\s+STATEMENT\s+SET)\b/i;

export function splitStatementText(text: string, file: string): SplitResult {
  const properties: Record<string, string> = {};
  const statements: string[] = [];
  const parts = chunks(text);
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    const plain = bare(part);
    if (plain === "") continue;
    const set = SET.exec(plain);
    if (set) {
      properties[set[1]!.replaceAll("''", "'")] = set[2]!.replaceAll("''", "'");
      continue;
    }
    if (!STATEMENT_SET.test(plain)) {
      statements.push(part.trim());
      continue;
    }
    // the statement set runs to its END, across the ';' of the statements inside it
    const inside = [part];
    while (i + 1 < parts.length && !/^END$/i.test(bare(parts[i]!))) inside.push(parts[++i]!);
    if (!/^END$/i.test(bare(inside[inside.length - 1]!))) return { ok: false, problem: `${file}: a statement set without its END` };
    statements.push(`${inside.map((p) => p.trim()).join(";\n")}`);
  }
  if (statements.length !== 1)
    return {
      ok: false,
      problem: `${file}: holds ${statements.length} statements besides SET; cutover deploys one statement per file (an INSERT, or one STATEMENT SET)`,
    };
  return { ok: true, value: { sql: statements[0]!, properties } };
}
