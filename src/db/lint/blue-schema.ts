import type { Attribute, BlockAttribute, Enum, Field, Model, Schema, Value } from "@mrleebo/prisma-ast";

/** A field of blue's Prisma model, and the column it reads and writes (none for relation fields). */
export interface BlueField {
  name: string;
  /** The database column (`@map` or the field name); undefined for relation fields, which have no column. */
  column: string | undefined;
  type: string;
  /** Not optional (`?`) and not a list. */
  required: boolean;
  list: boolean;
  /** `@default(...)` or `@updatedAt`: Prisma Client fills it on create. */
  hasDefault: boolean;
  updatedAt: boolean;
  id: boolean;
  relation: boolean;
  /** `@ignore`: Prisma Client never reads or writes it. */
  ignored: boolean;
  line: number;
}

export interface BlueModel {
  name: string;
  /** The table (`@@map` or the model name). */
  table: string;
  /** `@@ignore`: Prisma Client never touches the table. */
  ignored: boolean;
  line: number;
  fields: readonly BlueField[];
}

export interface BlueEnum {
  name: string;
  /** The database type name (`@@map` or the enum name). */
  dbName: string;
  line: number;
  values: readonly { name: string; dbName: string }[];
}

/** What the running (blue) release's Prisma schema maps, with source lines for messages. */
export interface BlueSchema {
  file: string;
  models: readonly BlueModel[];
  enums: readonly BlueEnum[];
}

/** Blue's schema cannot be read; message is "<file>:<line>: <what>". */
export class BlueSchemaError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "BlueSchemaError";
  }
}

/** Prisma strings are double-quoted with JSON escapes. */
function unquote(value: string): string {
  if (value.length >= 2 && value.startsWith('"') && value.endsWith('"')) {
    try {
      const parsed: unknown = JSON.parse(value);
      if (typeof parsed === "string") return parsed;
    } catch {
      return value.slice(1, -1);
    }
  }
  return value;
}

/** The name given to `@map("x")` / `@@map(name: "x")`. */
function mappedName(attributes: readonly (Attribute | BlockAttribute)[] | undefined): string | undefined {
  const map = attributes?.find((a) => a.name === "map" && !a.group);
  const arg: Value | undefined = (() => {
    const value = map?.args?.[0]?.value;
    if (value === undefined) return undefined;
    if (typeof value === "object" && value !== null && !Array.isArray(value) && value.type === "keyValue") return value.value;
    return value as Value;
  })();
  return typeof arg === "string" ? unquote(arg) : undefined;
}

const lineOf = (node: { location?: { startLine?: number } }): number => node.location?.startLine ?? 0;

function readModel(model: Model, modelNames: ReadonlySet<string>): BlueModel {
  const blockAttributes = model.properties.filter((p): p is BlockAttribute => p.type === "attribute");
  const fields = model.properties
    .filter((p): p is Field => p.type === "field")
    .map((f): BlueField => {
      const attrs = f.attributes ?? [];
      const has = (name: string) => attrs.some((a) => a.name === name && !a.group);
      const type = typeof f.fieldType === "string" ? f.fieldType : f.fieldType.name;
      const relation = modelNames.has(type) || has("relation");
      return {
        name: f.name,
        column: relation ? undefined : (mappedName(attrs) ?? f.name),
        type,
        required: !f.optional && !f.array,
        list: f.array === true,
        hasDefault: has("default") || has("updatedAt"),
        updatedAt: has("updatedAt"),
        id: has("id"),
        relation,
        ignored: has("ignore"),
        line: lineOf(f),
      };
    });
  return {
    name: model.name,
    table: mappedName(blockAttributes) ?? model.name,
    ignored: blockAttributes.some((a) => a.name === "ignore"),
    line: lineOf(model),
    fields,
  };
}

function readEnum(e: Enum): BlueEnum {
  const blockAttributes = e.enumerators.filter((p): p is BlockAttribute => p.type === "attribute" && p.kind !== undefined && "args" in p);
  return {
    name: e.name,
    dbName: mappedName(blockAttributes) ?? e.name,
    line: lineOf(e),
    values: e.enumerators.flatMap((v) => (v.type === "enumerator" ? [{ name: v.name, dbName: mappedName(v.attributes) ?? v.name }] : [])),
  };
}

function errorLine(error: unknown): number {
  if (typeof error !== "object" || error === null) return 1;
  const token = (error as { token?: { startLine?: unknown } }).token;
  return typeof token?.startLine === "number" && Number.isFinite(token.startLine) ? token.startLine : 1;
}

/**
 * Reads blue's schema.prisma with @mrleebo/prisma-ast (a maintained, pure-JS Prisma grammar with source
 * locations). Loaded lazily: only runs that check against blue need it.
 */
export async function readBlueSchema(text: string, file: string): Promise<BlueSchema> {
  const { getSchema, PrismaParser, VisitorClassFactory } = await import("@mrleebo/prisma-ast");
  // Our own parser instance: location tracking on, independent of any prisma-ast config file in the cwd.
  const parser = new PrismaParser({ nodeLocationTracking: "full" });
  const Visitor = VisitorClassFactory(parser);
  let schema: Schema;
  try {
    schema = getSchema(text, { parser, visitor: new Visitor(parser) });
  } catch (error) {
    const message = error instanceof Error ? error.message.split("\n")[0] : String(error);
    throw new BlueSchemaError(`${file}:${errorLine(error)}: ${message}`);
  }
  const models = schema.list.filter((b): b is Model => b.type === "model");
  const modelNames = new Set(models.map((m) => m.name));
  return {
    file,
    models: models.map((m) => readModel(m, modelNames)),
    enums: schema.list.filter((b): b is Enum => b.type === "enum").map(readEnum),
  };
}
