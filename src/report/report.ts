/**
 * A command's report as data: rendered to plain text for a terminal, to Markdown for a GitHub step
 * summary or a Jenkins artifact. Tests read the blocks directly.
 */

export type Block =
  | { readonly kind: "heading"; readonly text: string }
  | { readonly kind: "text"; readonly text: string }
  | { readonly kind: "list"; readonly items: readonly string[] }
  | { readonly kind: "table"; readonly header: readonly string[]; readonly rows: readonly (readonly string[])[] }
  | { readonly kind: "code"; readonly text: string };

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
  code(text: string): this {
    this.blocks.push({ kind: "code", text });
    return this;
  }
  concat(other: Report): this {
    this.blocks.push(...other.blocks);
    return this;
  }
}

const escapeCell = (cell: string) => cell.replace(/\|/g, "\\|").replace(/\n/g, " ");

export function toMarkdown(report: Report): string {
  const parts = report.blocks.map((block) => {
    switch (block.kind) {
      case "heading":
        return `### ${block.text}`;
      case "text":
        return block.text;
      case "list":
        return block.items.map((item) => `- ${item}`).join("\n");
      case "table":
        return [
          `| ${block.header.map(escapeCell).join(" | ")} |`,
          `| ${block.header.map(() => "---").join(" | ")} |`,
          ...block.rows.map((row) => `| ${row.map(escapeCell).join(" | ")} |`),
        ].join("\n");
      case "code":
        return ["```", block.text, "```"].join("\n");
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
  for (const block of report.blocks) {
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
    }
  }
  return `${lines.join("\n")}\n`;
}
