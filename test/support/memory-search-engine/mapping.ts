/**
 * Mappings as far as cutover's builds meet them: declared field types checked when a document is
 * indexed (a keyword `credits` of "three" into an integer field is a 400, as on a real node), new
 * fields mapped dynamically (`dynamic: true`), refused (`strict`) or kept unindexed (`false`), and
 * the field lookup queries use (`title.raw` is a sub-field of `title`).
 */
import type { EngineKind } from "../../../src/search/engine.js";
import { answer } from "./faults.js";

type Json = Record<string, unknown>;

export interface FieldMapping {
  readonly type: string;
  readonly properties?: Record<string, FieldMapping>;
  readonly fields?: Record<string, FieldMapping>;
  readonly enabled?: boolean;
  readonly index?: boolean;
  readonly dynamic?: Dynamic;
}

export type Dynamic = "true" | "false" | "strict";

export interface Mapping {
  readonly dynamic: Dynamic;
  readonly properties: Record<string, FieldMapping>;
  /** Any other top-level keys (`_source`, `dynamic_templates`), kept as sent. */
  readonly extra: Json;
}

const NUMERIC = new Set(["long", "integer", "short", "byte", "double", "float", "half_float", "scaled_float", "unsigned_long"]);
const TEXTUAL = new Set(["keyword", "text", "wildcard", "constant_keyword", "match_only_text", "search_as_you_type"]);
const OTHER = new Set([
  "boolean",
  "date",
  "date_nanos",
  "object",
  "nested",
  "flattened",
  "ip",
  "geo_point",
  "geo_shape",
  "binary",
  "alias",
]);
const RANGES: Record<string, [number, number]> = {
  integer: [-(2 ** 31), 2 ** 31 - 1],
  short: [-32768, 32767],
  byte: [-128, 127],
};

function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function dynamicOf(value: unknown): Dynamic | undefined {
  if (value === undefined) return undefined;
  const text = String(value);
  return text === "strict" ? "strict" : text === "false" ? "false" : "true";
}

function parseField(name: string, raw: unknown): FieldMapping {
  if (!isObject(raw))
    throw answer(400, "mapper_parsing_exception", `Failed to parse mapping: Expected map for property [fields] on field [${name}]`);
  const properties = isObject(raw.properties) ? parseProperties(raw.properties, `${name}.`) : undefined;
  const type = typeof raw.type === "string" ? raw.type : "object";
  if (!NUMERIC.has(type) && !TEXTUAL.has(type) && !OTHER.has(type))
    throw answer(400, "mapper_parsing_exception", `Failed to parse mapping: No handler for type [${type}] declared on field [${name}]`);
  const fields = isObject(raw.fields) ? parseProperties(raw.fields, `${name}.`) : undefined;
  const dynamic = dynamicOf(raw.dynamic);
  return {
    type,
    ...(properties ? { properties } : {}),
    ...(fields ? { fields } : {}),
    ...(raw.enabled === false ? { enabled: false } : {}),
    ...(raw.index === false ? { index: false } : {}),
    ...(dynamic ? { dynamic } : {}),
  };
}

function parseProperties(raw: Json, prefix: string): Record<string, FieldMapping> {
  return Object.fromEntries(Object.entries(raw).map(([name, field]) => [name, parseField(`${prefix}${name}`, field)]));
}

/** A create request's mappings; an unknown field type is a 400, as on a real node. */
export function parseMapping(raw: Readonly<Json> | undefined): Mapping {
  const { properties, dynamic, ...extra } = raw ?? {};
  return { dynamic: dynamicOf(dynamic) ?? "true", properties: isObject(properties) ? parseProperties(properties, "") : {}, extra };
}

/** The mapping as GET _mapping shows it. */
export function mappingJson(mapping: Mapping): Json {
  return JSON.parse(
    JSON.stringify({
      ...mapping.extra,
      ...(mapping.dynamic === "true" ? {} : { dynamic: mapping.dynamic }),
      properties: mapping.properties,
    }),
  ) as Json;
}

/** How a document failed to parse, in each engine's words (Elasticsearch 8 renamed the exception). */
function parseFailure(kind: EngineKind, reason: string) {
  return kind === "elasticsearch"
    ? answer(400, "document_parsing_exception", `[1:2] ${reason}`)
    : answer(400, "mapper_parsing_exception", reason);
}

function preview(value: unknown): string {
  return typeof value === "string" ? value : JSON.stringify(value);
}

function checkLeaf(kind: EngineKind, id: string, path: string, field: FieldMapping, value: unknown): void {
  if (value === null) return;
  const fail = (extra = "") =>
    parseFailure(
      kind,
      `failed to parse field [${path}] of type [${field.type}] in document with id '${id}'. Preview of field's value: '${preview(value)}'${extra}`,
    );
  if (NUMERIC.has(field.type)) {
    const n = typeof value === "number" ? value : typeof value === "string" && value.trim() !== "" ? Number(value.trim()) : Number.NaN;
    if (!Number.isFinite(n)) throw fail();
    const range = RANGES[field.type];
    if (range && (Math.trunc(n) < range[0] || Math.trunc(n) > range[1])) throw fail();
  } else if (field.type === "boolean") {
    if (!(typeof value === "boolean" || value === "true" || value === "false" || value === "")) throw fail();
  } else if (field.type === "date" || field.type === "date_nanos") {
    if (dateMillis(value) === undefined) throw fail();
  } else if (TEXTUAL.has(field.type)) {
    if (isObject(value)) throw fail();
  }
}

export function dateMillis(value: unknown): number | undefined {
  if (typeof value === "number") return Number.isFinite(value) ? value : undefined;
  if (typeof value !== "string") return undefined;
  if (/^-?\d+$/.test(value)) return Number(value);
  if (!/^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2})?$/.test(value)) return undefined;
  const ms = Date.parse(value.length === 10 ? `${value}T00:00:00Z` : value);
  return Number.isFinite(ms) ? ms : undefined;
}

const DATE_LIKE = /^\d{4}[-/]\d{2}[-/]\d{2}/;

function dynamicField(value: unknown): FieldMapping | undefined {
  if (Array.isArray(value)) return dynamicField(value.find((v) => v !== null));
  if (typeof value === "string") {
    if (DATE_LIKE.test(value) && dateMillis(value.replace(/\//g, "-")) !== undefined) return { type: "date" };
    return { type: "text", fields: { keyword: { type: "keyword" } } };
  }
  if (typeof value === "number") return { type: Number.isInteger(value) ? "long" : "float" };
  if (typeof value === "boolean") return { type: "boolean" };
  if (isObject(value)) return { type: "object", properties: {} };
  return undefined;
}

/**
 * Checks a document against the mapping and returns the mapping with any new dynamic fields (the
 * same object when none); throws the 400 a real node answers for the document.
 */
export function mapDocument(kind: EngineKind, mapping: Mapping, id: string, source: Json): Mapping {
  let changed = false;
  const walk = (props: Record<string, FieldMapping>, object: Json, prefix: string, dynamic: Dynamic): Record<string, FieldMapping> => {
    let next = props;
    for (const [key, value] of Object.entries(object)) {
      const path = `${prefix}${key}`;
      let field = next[key];
      if (field === undefined) {
        if (dynamic === "strict")
          throw answer(
            400,
            "strict_dynamic_mapping_exception",
            `[1:2] mapping set to strict, dynamic introduction of [${key}] within [${prefix ? prefix.slice(0, -1) : "_doc"}] is not allowed`,
          );
        const made = dynamic === "true" ? dynamicField(value) : undefined;
        if (!made) continue;
        field = made;
        next = { ...next, [key]: field };
        changed = true;
      }
      if (field.type === "object" || field.type === "nested") {
        if (field.enabled === false || value === null) continue;
        const objects = Array.isArray(value) ? value : [value];
        for (const inner of objects) {
          if (inner === null) continue;
          if (!isObject(inner))
            throw parseFailure(kind, `object mapping for [${path}] tried to parse field [${key}] as object, but found a concrete value`);
          const props = walk(field.properties ?? {}, inner, `${path}.`, field.dynamic ?? dynamic);
          if (props !== (field.properties ?? {})) {
            field = { ...field, properties: props };
            next = { ...next, [key]: field };
          }
        }
        continue;
      }
      for (const leaf of Array.isArray(value) ? value : [value]) checkLeaf(kind, id, path, field, leaf);
    }
    return next;
  };
  const properties = walk(mapping.properties, source, "", mapping.dynamic);
  return changed ? { ...mapping, properties } : mapping;
}

/** A field queries and sorts can use: its mapping, and where its values are in `_source`. */
export interface ResolvedField {
  readonly mapping: FieldMapping;
  /** `title` for the sub-field `title.raw`. */
  readonly sourcePath: string;
}

export function resolveField(mapping: Mapping, path: string): ResolvedField | undefined {
  const parts = path.split(".");
  let props: Record<string, FieldMapping> | undefined = mapping.properties;
  for (let i = 0; i < parts.length; i++) {
    const field: FieldMapping | undefined = props?.[parts[i] as string];
    if (!field) return undefined;
    if (i === parts.length - 1) return { mapping: field, sourcePath: path };
    const rest = parts.slice(i + 1).join(".");
    const sub = field.fields?.[rest];
    if (sub) return { mapping: sub, sourcePath: parts.slice(0, i + 1).join(".") };
    props = field.properties;
  }
  return undefined;
}

/** The leaf values at a dotted path, through objects and arrays of objects. */
export function valuesAt(source: unknown, path: string): unknown[] {
  if (path === "") return Array.isArray(source) ? source.flat(Infinity) : [source];
  if (Array.isArray(source)) return source.flatMap((item) => valuesAt(item, path));
  if (!isObject(source)) return [];
  if (Object.hasOwn(source, path)) return valuesAt(source[path], "");
  const dot = path.indexOf(".");
  if (dot < 0) return [];
  return valuesAt(source[path.slice(0, dot)], path.slice(dot + 1));
}

export function isNumericType(type: string): boolean {
  return NUMERIC.has(type);
}

/** The value a numeric field indexes for `value` (integer types drop the fraction, as coercion does). */
export function numericValue(type: string, value: unknown): number | undefined {
  const n = typeof value === "number" ? value : typeof value === "string" && value.trim() !== "" ? Number(value.trim()) : Number.NaN;
  if (!Number.isFinite(n)) return undefined;
  return ["long", "integer", "short", "byte", "unsigned_long"].includes(type) ? Math.trunc(n) : n;
}
