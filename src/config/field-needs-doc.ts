import { ALL_COMMANDS, describeUse, FIELD_NEEDS, type Use } from "./field-needs.js";

/**
 * The field table as docs/field-requirements.md shows it, one table per top-level section. Its unit
 * test compares the document with this, so the two cannot drift apart.
 */
export function renderFieldRequirements(): string {
  const bySection = new Map<string, string[]>();
  for (const row of FIELD_NEEDS) {
    for (const field of row.fields) {
      const section = /[.[]/.test(field) ? (/^[A-Za-z]+/.exec(field)?.[0] ?? field) : "top level";
      const needed = describeUses(row.neededBy);
      const whenSet = (row.readWhenSetBy ?? []).map(describeUse).join(", ") || "-";
      const lines = bySection.get(section) ?? [];
      lines.push(`| \`${field}\` | ${needed} | ${whenSet} | ${row.note} |`);
      bySection.set(section, lines);
    }
  }
  const out: string[] = [];
  for (const [section, lines] of bySection) {
    out.push(`### ${section}`, "", "| field | needed by | read when set by | why |", "|---|---|---|---|", ...lines, "");
  }
  return out.join("\n");
}

function describeUses(uses: readonly Use[]): string {
  const every = ALL_COMMANDS.every((c) => uses.some((u) => u.command === c && u.phases === undefined));
  return every ? "every command" : uses.map(describeUse).join(", ");
}
