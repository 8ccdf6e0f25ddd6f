/**
 * Escaping for values that came from outside (config, environment, inputs, AWS and engine
 * responses) when they are rendered. Reports and log lines are plain text: a value can never add a
 * line, move the cursor, or become markup.
 */

// C0 controls, DEL, C1 controls (NEL among them) and the Unicode line and paragraph separators:
// each of these can end a line in some reader, or drive a terminal.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
// eslint-disable-next-line no-control-regex -- as above
const CONTROL_BUT_NEWLINE_AND_TAB = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/g;

const NAMED: Readonly<Record<string, string>> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };

function visible(char: string): string {
  const named = NAMED[char];
  if (named) return named;
  const code = char.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
}

/** One line of text: every control character shown as an escape (`\n`, `\x1b`, `\u2028`). */
export function escapeControlChars(text: string): string {
  return text.replace(CONTROL, visible);
}

/** Text shown verbatim over several lines (a code block): newlines and tabs stay, the rest is escaped. */
export function escapeControlCharsKeepLines(text: string): string {
  return text.replace(CONTROL_BUT_NEWLINE_AND_TAB, visible).replace(/\r\n?/g, "\n");
}

export function hasControlChars(text: string): boolean {
  return new RegExp(CONTROL.source).test(text);
}

const HTML: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** For text placed inside HTML (the step summary's headings). */
export function escapeHtml(text: string): string {
  return escapeControlChars(text).replace(/[&<>"']/g, (c) => HTML[c] ?? c);
}

// Characters that make inline markup anywhere (emphasis, code, links and images, table cell
// boundaries, strikethrough, escapes). Other punctuation stays readable in the raw .md file.
const MARKDOWN_INLINE = /[\\`*_[\]|~]/g;
// What makes block markup at the start of a paragraph, list item or cell: headings, lists, quotes,
// setext underlines, ordered-list numbers.
const MARKDOWN_BLOCK_START = /^(\s*)([#>+=-])/;
const MARKDOWN_ORDERED_START = /^(\s*\d+)([.)])/;

/**
 * Plain text inside Markdown (a paragraph, a list item, a table cell): HTML characters become
 * entities, so no tag is ever rendered, and markup characters are backslash-escaped, so no emphasis,
 * link, image, heading or table cell boundary is ever made from a value. Control characters are
 * shown as escapes, so a value stays on its line.
 */
export function escapeMarkdown(text: string): string {
  return escapeControlChars(text)
    .replace(/[&<>]/g, (c) => HTML[c] ?? c)
    .replace(MARKDOWN_INLINE, (c) => `\\${c}`)
    .replace(MARKDOWN_BLOCK_START, (_all, space: string, mark: string) => `${space}\\${mark}`)
    .replace(MARKDOWN_ORDERED_START, (_all, number: string, mark: string) => `${number}\\${mark}`);
}

/** A fenced code block whose fence is longer than any run of backticks inside, so it cannot be closed early. */
export function markdownCodeBlock(text: string, language = "text"): string {
  const body = escapeControlCharsKeepLines(text);
  const longest = Math.max(0, ...[...body.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = "`".repeat(Math.max(3, longest + 1));
  // the language is the project's own word (text, mermaid), never a value from outside
  return `${fence}${/^[a-z]+$/.test(language) ? language : "text"}\n${body}\n${fence}`;
}
