import type { z } from "zod";
import { configSchema } from "./schema/index.js";

/**
 * Every field the config schema knows, as a pattern: `services[].image`, `kafka.brokers`. A field
 * is a value a person sets: objects are opened up (each branch of a union of objects too), while a
 * list of plain values, a map, or a union that mixes plain values and objects is one field. The
 * field requirements (field-needs.ts) must give each one a row; their test says so.
 */
export function schemaFields(schema: z.ZodType = configSchema): string[] {
  const fields = new Set<string>();
  walk(schema, "", fields);
  return [...fields];
}

interface Def {
  readonly type: string;
  readonly shape?: Readonly<Record<string, z.ZodType>>;
  readonly innerType?: z.ZodType;
  readonly element?: z.ZodType;
  readonly options?: readonly z.ZodType[];
  readonly in?: z.ZodType;
  readonly out?: z.ZodType;
}

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** Through optional, default, pipe (a transform or a preprocess) to the schema that gives the shape. */
function unwrap(schema: z.ZodType): z.ZodType {
  const def = defOf(schema);
  if (def.innerType) return unwrap(def.innerType);
  if (def.type === "pipe" && def.in && def.out) return unwrap(defOf(def.in).type === "transform" ? def.out : def.in);
  return schema;
}

function walk(schema: z.ZodType, path: string, fields: Set<string>): void {
  const inner = unwrap(schema);
  const def = defOf(inner);
  if (def.type === "object" && def.shape) {
    for (const [key, value] of Object.entries(def.shape)) walk(value, path === "" ? key : `${path}.${key}`, fields);
    return;
  }
  if (def.type === "array" && def.element && isObjectLike(def.element)) return walk(def.element, `${path}[]`, fields);
  if (def.type === "union" && def.options && def.options.every(isObjectLike)) {
    for (const option of def.options) walk(option, path, fields);
    return;
  }
  fields.add(path);
}

function isObjectLike(schema: z.ZodType): boolean {
  const def = defOf(unwrap(schema));
  if (def.type === "object") return true;
  return def.type === "union" && (def.options ?? []).every(isObjectLike);
}
