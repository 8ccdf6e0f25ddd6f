import { escapeControlChars, escapeControlCharsKeepLines, escapeMarkdown, markdownCodeBlock } from "./escape.js";

/**
 * A command's report as data: rendered to plain text for a terminal, to Markdown for a GitHub step
 * summary or a Jenkins artifact. Tests read the blocks directly.
 *
 * Every string in a block is plain text that may hold values from outside, so both renderers escape
 * all of it: in text, control characters are shown as escapes (a value never starts a line); in
 * Markdown, nothing a value holds becomes markup. Only a code block keeps its line breaks.
 */

export type Block =
  | { readonly kind: "heading"; readonly text: string }
  | { readonly kind: "text"; readonly text: string }
  | { readonly kind: "list"; readonly items: readonly string[] }
  | { readonly kind: "table"; readonly header: readonly string[]; readonly rows: readonly (readonly string[])[] }
  /** `language` tags the Markdown fence (`mermaid` renders as a diagram on GitHub); text ignores it. */
  | { readonly kind: "code"; readonly text: string; readonly language?: string }
  /** A Mermaid diagram (src/report/mermaid.ts) drawn in Markdown; a terminal has the table beside it instead. */
  | { readonly kind: "diagram"; readonly text: string };

export class Report {
  readonly blocks: Block[] = [];

  heading(text: string): this {
    this.blocks.push({ kind: "heading", text });
    return this;
  }
  text(text: string): this {
    this.blocks.push({ kind: "text", text });
    return this;
  }
  list(items: readonly string[]): this {
    if (items.length > 0) this.blocks.push({ kind: "list", items });
    return this;
  }
  table(header: readonly string[], rows: readonly (readonly string[])[]): this {
    if (rows.length > 0) this.blocks.push({ kind: "table", header, rows });
    return this;
  }
  code(text: string, language?: string): this {
    this.blocks.push(language === undefined ? { kind: "code", text } : { kind: "code", text, language });
    return this;
  }
  /** Mermaid source made by src/report/mermaid.ts, whose labels are already escaped. */
  diagram(text: string): this {
    this.blocks.push({ kind: "diagram", text });
    return this;
  }
  concat(other: Report): this {
    this.blocks.push(...other.blocks);
    return this;
  }
}

/** A copy of the report with `change` applied to every string in it (to redact secrets, say). */
export function mapReportText(report: Report, change: (text: string, kind: Block["kind"]) => string): Report {
  const copy = new Report();
  for (const block of report.blocks) {
    const one = (text: string) => change(text, block.kind);
    switch (block.kind) {
      case "heading":
      case "text":
        copy.blocks.push({ kind: block.kind, text: one(block.text) });
        break;
      case "code":
      case "diagram":
        copy.blocks.push({ ...block, text: one(block.text) });
        break;
      case "list":
        copy.blocks.push({ kind: "list", items: block.items.map(one) });
        break;
      case "table":
        copy.blocks.push({ kind: "table", header: block.header.map(one), rows: block.rows.map((row) => row.map(one)) });
        break;
    }
  }
  return copy;
}

export function toMarkdown(report: Report): string {
  const md = escapeMarkdown;
  const parts = report.blocks.map((block) => {
    switch (block.kind) {
      case "heading":
        return `### ${md(block.text)}`;
      case "text":
        return md(block.text);
      case "list":
        return block.items.map((item) => `- ${md(item)}`).join("\n");
      case "table":
        return [
          `| ${block.header.map(md).join(" | ")} |`,
          `| ${block.header.map(() => "---").join(" | ")} |`,
          ...block.rows.map((row) => `| ${block.header.map((_h, i) => md(row[i] ?? "")).join(" | ")} |`),
        ].join("\n");
      case "code":
        return markdownCodeBlock(block.text, block.language);
      case "diagram":
        return markdownCodeBlock(block.text, "mermaid");
    }
  });
  return `${parts.join("\n\n")}\n`;
}

export interface TextStyle {
  bold(text: string): string;
  dim(text: string): string;
}

export const plainStyle: TextStyle = { bold: (t) => t, dim: (t) => t };

export function toText(report: Report, style: TextStyle = plainStyle): string {
  const lines: string[] = [];
  // every string made safe for plain text; a code block keeps its line breaks
  const safe = mapReportText(report, (text, kind) =>
    kind === "code" || kind === "diagram" ? escapeControlCharsKeepLines(text) : escapeControlChars(text),
  );
  for (const block of safe.blocks) {
    switch (block.kind) {
      case "heading":
        if (lines.length > 0) lines.push("");
        lines.push(style.bold(block.text));
        break;
      case "text":
        lines.push(block.text);
        break;
      case "list":
        for (const item of block.items) lines.push(`  - ${item}`);
        break;
      case "table": {
        const widths = block.header.map((h, i) => Math.max(h.length, ...block.rows.map((r) => (r[i] ?? "").length)));
        const line = (cells: readonly string[]) => `  ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join("  ")}`.trimEnd();
        lines.push(style.dim(line(block.header)));
        for (const row of block.rows) lines.push(line(row));
        break;
      }
      case "code":
        for (const l of block.text.split("\n")) lines.push(`    ${l}`);
        break;
      case "diagram":
        // Mermaid source reads badly in a terminal; the table beside it says the same
        break;
    }
  }
  return `${lines.join("\n")}\n`;
}
