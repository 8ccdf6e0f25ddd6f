import type { LineComment } from "./statement.js";

/** A statement's source text as the lexer cut it, from its first token up to (not including) the `;`. */
export interface RawStatement {
  text: string;
  line: number;
  endLine: number;
}

export interface LexedMySql {
  statements: RawStatement[];
  comments: LineComment[];
}

/** MySQL only treats `--` as a comment when a blank or control character (or the end) follows it. */
function startsDashComment(sql: string, i: number): boolean {
  if (sql[i] !== "-" || sql[i + 1] !== "-") return false;
  const next = sql.charCodeAt(i + 2);
  return Number.isNaN(next) || next <= 0x20;
}

/**
 * Finds statement boundaries and line comments in MySQL text. It knows quoting ('...', "..." with
 * backslash escapes and doubled quotes; `...` with doubled backticks) and comments (`-- `, `#`, `/* *\/`);
 * it never decides anything about what a statement does: the parser does.
 */
export function lexMySql(sql: string): LexedMySql {
  const statements: RawStatement[] = [];
  const comments: LineComment[] = [];
  let line = 1;
  let start = -1;
  let startLine = 0;
  const begin = (i: number) => {
    if (start < 0) {
      start = i;
      startLine = line;
    }
  };
  const finish = (end: number) => {
    if (start >= 0) {
      const text = sql.slice(start, end).trimEnd();
      statements.push({ text, line: startLine, endLine: startLine + text.split("\n").length - 1 });
    }
    start = -1;
  };
  let i = 0;
  while (i < sql.length) {
    const ch = sql[i];
    if (ch === "\n") {
      line++;
      i++;
    } else if (startsDashComment(sql, i) || ch === "#") {
      const stop = sql.indexOf("\n", i);
      const end = stop < 0 ? sql.length : stop;
      comments.push({ line, text: sql.slice(i + (ch === "#" ? 1 : 2), end) });
      i = end;
    } else if (ch === "/" && sql[i + 1] === "*") {
      const stop = sql.indexOf("*/", i + 2);
      const end = stop < 0 ? sql.length : stop + 2;
      for (let j = i; j < end; j++) if (sql[j] === "\n") line++;
      i = end;
    } else if (ch === "'" || ch === '"' || ch === "`") {
      begin(i);
      i++;
      while (i < sql.length) {
        const c = sql[i];
        if (c === "\n") line++;
        if (c === "\\" && ch !== "`") {
          if (sql[i + 1] === "\n") line++;
          i += 2;
        } else if (c === ch) {
          if (sql[i + 1] === ch) i += 2;
          else {
            i++;
            break;
          }
        } else i++;
      }
    } else if (ch === ";") {
      finish(i);
      i++;
    } else {
      if (ch !== undefined && ch.trim() !== "") begin(i);
      i++;
    }
  }
  finish(sql.length);
  return { statements, comments };
}
