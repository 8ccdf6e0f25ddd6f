import type { BlueField, BlueModel, BlueSchema } from "./blue-schema.js";
import type { Dialect } from "./dialect.js";
import type { RuleHit } from "./finding.js";

/** PostgreSQL compares quoted identifiers exactly (Prisma quotes everything); MySQL case-insensitively. */
const same = (dialect: Dialect) => (a: string, b: string) => (dialect === "mysql" ? a.toLowerCase() === b.toLowerCase() : a === b);

export function blueModel(blue: BlueSchema, table: string, dialect: Dialect): BlueModel | undefined {
  const eq = same(dialect);
  return blue.models.find((m) => !m.ignored && eq(m.table, table));
}

export function blueField(model: BlueModel, column: string, dialect: Dialect): BlueField | undefined {
  const eq = same(dialect);
  return model.fields.find((f) => !f.ignored && f.column !== undefined && eq(f.column, column));
}

const COMPAT = new Set(["drop-table", "rename-table", "drop-column", "rename-column"]);

/**
 * Checks hits against what blue's Prisma schema actually maps:
 * - drop/rename of a table or column blue maps stays an error and says where blue maps it;
 * - drop/rename of something blue does not map is the contract step done right (blue stopped using
 *   it), so it is not reported at all;
 * - a new NOT NULL column without a default on a table blue maps, which blue's model lacks, becomes the
 *   more specific blue-insert-misses-column (one finding, not two).
 */
export function checkAgainstBlue(hits: readonly RuleHit[], blue: BlueSchema, dialect: Dialect): RuleHit[] {
  return hits.flatMap((hit): RuleHit[] => {
    const target = hit.target;
    if (!target) return [hit];
    const model = blueModel(blue, target.table, dialect);
    if (COMPAT.has(hit.rule)) {
      if (!model) return [];
      if (target.column === undefined) {
        return [
          {
            ...hit,
            message: `${hit.message} Blue's release still uses it: blue still maps model ${model.name} (schema line ${model.line}, ${blue.file}).`,
          },
        ];
      }
      const field = blueField(model, target.column, dialect);
      if (!field) return [];
      return [
        {
          ...hit,
          message: `${hit.message} Blue's release still uses it: blue still maps ${model.name}.${field.name} (schema line ${field.line}, ${blue.file}).`,
        },
      ];
    }
    if (
      hit.rule === "add-column-not-null-without-default" &&
      model &&
      target.column !== undefined &&
      !blueField(model, target.column, dialect)
    ) {
      return [
        {
          rule: "blue-insert-misses-column",
          target,
          message: `New column "${target.column}" on "${target.table}" is NOT NULL with no DEFAULT, and blue's model ${model.name} (schema line ${model.line}, ${blue.file}) has no field for it: every ${model.name} create() blue makes omits the column and fails with a not-null violation until blue is gone.`,
          instead: hit.instead,
        },
      ];
    }
    return [hit];
  });
}
