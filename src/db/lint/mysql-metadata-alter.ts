import type { MyAlterAction, MyStatement } from "./mysql-ast.js";

/**
 * node-sql-parser 5.4 rejects some valid MySQL ALTERs that only change metadata and that Prisma
 * writes for default changes and index renames:
 *
 *   ALTER TABLE t ALTER [COLUMN] c SET DEFAULT <literal> | DROP DEFAULT
 *   ALTER TABLE t RENAME {INDEX | KEY} a TO b
 *
 * (optionally several of them, comma-separated, with ALGORITHM= / LOCK=). Both are instant in
 * MySQL 8 and harmless to blue. This reader recognises exactly those forms from tokens, as a
 * fallback used only when the grammar failed; anything else stays a syntax error. It never decides
 * a rule: it only gives the rules an AST for statements the grammar could not read.
 */

type Token = { kind: "word" | "quoted-ident" | "string" | "number" | "punct"; text: string };

export function readMetadataAlter(sql: string): MyStatement | undefined {
  const lexed = tokenize(sql);
  if (!lexed) return undefined;
  const tokens: Token[] = lexed;
  let i = 0;
  const peekWord = (...words: string[]) => {
    const t = tokens[i];
    return t !== undefined && t.kind === "word" && words.includes(t.text.toUpperCase());
  };
  const word = (...words: string[]) => (peekWord(...words) ? (tokens[i++] as Token) : undefined);
  const ident = (): string | undefined => {
    const t = tokens[i];
    if (!t || (t.kind !== "word" && t.kind !== "quoted-ident")) return undefined;
    i++;
    // schema-qualified: keep the table part, as the grammar's AST does
    if (
      tokens[i]?.kind === "punct" &&
      tokens[i]?.text === "." &&
      (tokens[i + 1]?.kind === "word" || tokens[i + 1]?.kind === "quoted-ident")
    ) {
      i++;
      return (tokens[i++] as Token).text;
    }
    return t.text;
  };
  const punct = (p: string) => {
    if (tokens[i]?.kind === "punct" && tokens[i]?.text === p) {
      i++;
      return true;
    }
    return false;
  };

  if (!word("ALTER") || !word("TABLE")) return undefined;
  const table = ident();
  if (table === undefined) return undefined;

  const actions: MyAlterAction[] = [];
  let algorithm: string | undefined;
  let lock: string | undefined;
  do {
    if (word("ALTER")) {
      word("COLUMN");
      if (ident() === undefined) return undefined;
      if (word("SET")) {
        if (!word("DEFAULT") || !literal()) return undefined;
      } else if (!(word("DROP") && word("DEFAULT"))) return undefined;
      actions.push({ kind: "other", action: "alter-column-default" });
    } else if (word("RENAME")) {
      if (!word("INDEX", "KEY")) return undefined;
      if (ident() === undefined || !word("TO") || ident() === undefined) return undefined;
      actions.push({ kind: "other", action: "rename-index" });
    } else if (peekWord("ALGORITHM", "LOCK")) {
      const option = (tokens[i++] as Token).text.toUpperCase();
      punct("=");
      const value = tokens[i++];
      if (!value || value.kind !== "word") return undefined;
      if (option === "ALGORITHM") algorithm = value.text.toUpperCase();
      else lock = value.text.toUpperCase();
    } else return undefined;
  } while (punct(","));
  if (i !== tokens.length || actions.length === 0) return undefined;
  return { kind: "alter-table", table, actions, ...(algorithm ? { algorithm } : {}), ...(lock ? { lock } : {}) };

  function literal(): boolean {
    const t = tokens[i];
    if (!t) return false;
    if (t.kind === "string" || t.kind === "number") return (i++, true);
    if (t.kind === "punct" && t.text === "-" && tokens[i + 1]?.kind === "number") return ((i += 2), true);
    if (t.kind === "word" && ["NULL", "TRUE", "FALSE"].includes(t.text.toUpperCase())) return (i++, true);
    return false;
  }
}

/** Words, `quoted` identifiers, 'strings', numbers and single-character punctuation; undefined on anything else. */
function tokenize(sql: string): Token[] | undefined {
  const tokens: Token[] = [];
  let i = 0;
  while (i < sql.length) {
    const ch = sql[i] as string;
    if (ch.trim() === "") {
      i++;
    } else if (ch === "`" || ch === "'" || ch === '"') {
      let text = "";
      i++;
      for (;;) {
        if (i >= sql.length) return undefined;
        const c = sql[i] as string;
        if (c === "\\" && ch !== "`") {
          text += sql[i + 1] ?? "";
          i += 2;
        } else if (c === ch && sql[i + 1] === ch) {
          text += ch;
          i += 2;
        } else if (c === ch) {
          i++;
          break;
        } else {
          text += c;
          i++;
        }
      }
      tokens.push({ kind: ch === "`" ? "quoted-ident" : "string", text });
    } else if (isWordChar(ch)) {
      let j = i;
      while (j < sql.length && isWordChar(sql[j] as string)) j++;
      const text = sql.slice(i, j);
      tokens.push({ kind: /^\d+(\.\d+)?$/.test(text) ? "number" : "word", text });
      i = j;
    } else if ("(),.=-".includes(ch)) {
      tokens.push({ kind: "punct", text: ch });
      i++;
    } else return undefined;
  }
  return tokens;
}

function isWordChar(ch: string): boolean {
  const code = ch.charCodeAt(0);
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || ch === "_" || ch === "$" || code > 127;
}
