/**
 * The query DSL as far as cutover and its tests use it (match_all, term, terms, range, exists, ids,
 * prefix, match, match_phrase, bool, constant_score), evaluated against `_source` through the
 * mapping: a term on a keyword is exact, on a text field it meets the analysed tokens, on a number
 * it compares numbers. An unknown query or a sort on a text field is the 400 a real node answers; a
 * real query this engine does not implement is a plain Error, so a test never passes by accident.
 */
import { answer } from "./faults.js";
import { dateMillis, isNumericType, numericValue, resolveField, valuesAt, type Mapping } from "./mapping.js";

type Json = Record<string, unknown>;

export interface Candidate {
  readonly id: string;
  readonly index: string;
  readonly source: Json;
  readonly mapping: Mapping;
  /** Where the document sits in its index (its last write's sequence number): the order of ties. */
  readonly position: number;
  /** The index's place among the searched indices. */
  readonly indexOrder: number;
}

/** A score when the document matches, undefined when it does not. */
export type Matcher = (doc: Candidate) => number | undefined;

const KNOWN_UNSUPPORTED = new Set([
  "multi_match",
  "query_string",
  "simple_query_string",
  "wildcard",
  "regexp",
  "fuzzy",
  "match_phrase_prefix",
  "match_bool_prefix",
  "nested",
  "has_child",
  "has_parent",
  "function_score",
  "script_score",
  "dis_max",
  "boosting",
  "more_like_this",
  "script",
  "terms_set",
  "combined_fields",
  "intervals",
  "geo_distance",
  "geo_bounding_box",
  "knn",
]);

function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function analyze(text: unknown): string[] {
  return String(text)
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((token) => token !== "");
}

function single(query: Json, name: string): [string, unknown] {
  const entries = Object.entries(query);
  if (entries.length !== 1) throw answer(400, "parsing_exception", `[${name}] query malformed, expected one field`);
  return entries[0] as [string, unknown];
}

/** The values of a field for matching, with its type; `_id` and `_index` are keywords. */
function fieldValues(doc: Candidate, field: string): { type: string; values: unknown[] } | undefined {
  if (field === "_id") return { type: "keyword", values: [doc.id] };
  if (field === "_index") return { type: "keyword", values: [doc.index] };
  const resolved = resolveField(doc.mapping, field);
  if (!resolved || resolved.mapping.index === false || resolved.mapping.enabled === false) return undefined;
  return { type: resolved.mapping.type, values: valuesAt(doc.source, resolved.sourcePath).filter((v) => v !== null) };
}

function booleanOf(value: unknown): boolean | undefined {
  if (value === true || value === "true") return true;
  if (value === false || value === "false" || value === "") return false;
  return undefined;
}

/** Whether one indexed value equals the (unanalysed) term. */
function equalsTerm(type: string, value: unknown, term: unknown): boolean {
  if (isNumericType(type)) {
    const a = numericValue(type, value);
    return a !== undefined && a === numericValue(type, term);
  }
  if (type === "boolean") return booleanOf(value) !== undefined && booleanOf(value) === booleanOf(term);
  if (type === "date") return dateMillis(value) !== undefined && dateMillis(value) === dateMillis(term);
  if (type === "text" || type === "match_only_text") return analyze(value).includes(String(term));
  return String(value) === String(term);
}

function comparable(type: string, value: unknown): number | string | undefined {
  if (isNumericType(type)) return numericValue(type, value);
  if (type === "date") return dateMillis(value);
  if (type === "boolean") return booleanOf(value) === undefined ? undefined : Number(booleanOf(value));
  return String(value);
}

function inRange(type: string, value: unknown, bounds: Json): boolean {
  const v = comparable(type, value);
  if (v === undefined) return false;
  const check = (key: string, ok: (a: number | string, b: number | string) => boolean) => {
    if (bounds[key] === undefined || bounds[key] === null) return true;
    const b = comparable(type, bounds[key]);
    return b !== undefined && ok(v, b);
  };
  return check("gt", (a, b) => a > b) && check("gte", (a, b) => a >= b) && check("lt", (a, b) => a < b) && check("lte", (a, b) => a <= b);
}

function clauses(value: unknown): unknown[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

export function compileQuery(query: unknown): Matcher {
  if (query === undefined) return () => 1;
  if (!isObject(query)) throw answer(400, "parsing_exception", "query malformed, must start with start_object");
  const [name, body] = single(query, "query");
  const spec = isObject(body) ? body : {};
  switch (name) {
    case "match_all":
      return () => 1;
    case "match_none":
      return () => undefined;
    case "term": {
      const [field, raw] = single(spec, "term");
      const term = isObject(raw) ? raw.value : raw;
      return (doc) => {
        const found = fieldValues(doc, field);
        return found?.values.some((v) => equalsTerm(found.type, v, term)) ? 1 : undefined;
      };
    }
    case "terms": {
      const [field, raw] = single(spec, "terms");
      const terms = Array.isArray(raw) ? raw : [];
      return (doc) => {
        const found = fieldValues(doc, field);
        return found?.values.some((v) => terms.some((t) => equalsTerm(found.type, v, t))) ? 1 : undefined;
      };
    }
    case "ids": {
      const ids = new Set((Array.isArray(spec.values) ? spec.values : []).map(String));
      return (doc) => (ids.has(doc.id) ? 1 : undefined);
    }
    case "range": {
      const [field, raw] = single(spec, "range");
      const bounds = isObject(raw) ? raw : {};
      return (doc) => {
        const found = fieldValues(doc, field);
        return found?.values.some((v) => inRange(found.type, v, bounds)) ? 1 : undefined;
      };
    }
    case "exists": {
      const field = String(spec.field);
      return (doc) => {
        const found = fieldValues(doc, field);
        if (found === undefined) return undefined;
        return found.values.length > 0 ? 1 : undefined;
      };
    }
    case "prefix": {
      const [field, raw] = single(spec, "prefix");
      const prefix = String(isObject(raw) ? raw.value : raw);
      return (doc) => {
        const found = fieldValues(doc, field);
        const texts = found?.values.flatMap((v) => (found.type === "text" ? analyze(v) : [String(v)])) ?? [];
        return texts.some((t) => t.startsWith(prefix)) ? 1 : undefined;
      };
    }
    case "match":
    case "match_phrase":
      return matchQuery(name, spec);
    case "bool":
      return boolQuery(spec);
    case "constant_score": {
      const inner = compileQuery(spec.filter);
      return (doc) => (inner(doc) === undefined ? undefined : 1);
    }
    default:
      if (KNOWN_UNSUPPORTED.has(name)) throw new Error(`the memory search engine does not implement the ${name} query`);
      throw answer(400, "parsing_exception", `unknown query [${name}]`);
  }
}

function matchQuery(name: string, spec: Json): Matcher {
  const [field, raw] = single(spec, name);
  const text = isObject(raw) ? raw.query : raw;
  const and = isObject(raw) && String(raw.operator).toLowerCase() === "and";
  return (doc) => {
    const found = fieldValues(doc, field);
    if (!found || found.values.length === 0) return undefined;
    if (found.type !== "text" && found.type !== "match_only_text")
      return found.values.some((v) => equalsTerm(found.type, v, text)) ? 1 : undefined;
    const wanted = analyze(text);
    let best: number | undefined;
    for (const value of found.values) {
      const tokens = analyze(value);
      const hits = wanted.filter((t) => tokens.includes(t)).length;
      const phrase = name === "match_phrase" ? tokens.join(" ").includes(wanted.join(" ")) : and ? hits === wanted.length : hits > 0;
      if (wanted.length === 0 || !phrase) continue;
      const score = hits / Math.sqrt(tokens.length);
      best = best === undefined ? score : Math.max(best, score);
    }
    return best;
  };
}

function boolQuery(spec: Json): Matcher {
  const must = clauses(spec.must).map(compileQuery);
  const filter = clauses(spec.filter).map(compileQuery);
  const should = clauses(spec.should).map(compileQuery);
  const mustNot = clauses(spec.must_not).map(compileQuery);
  const minimum = spec.minimum_should_match !== undefined ? Number(spec.minimum_should_match) : must.length + filter.length > 0 ? 0 : 1;
  return (doc) => {
    let score = 0;
    for (const clause of must) {
      const s = clause(doc);
      if (s === undefined) return undefined;
      score += s;
    }
    if (filter.some((clause) => clause(doc) === undefined)) return undefined;
    if (mustNot.some((clause) => clause(doc) !== undefined)) return undefined;
    let matched = 0;
    for (const clause of should) {
      const s = clause(doc);
      if (s !== undefined) {
        matched++;
        score += s;
      }
    }
    if (should.length > 0 && matched < minimum) return undefined;
    return must.length + should.length > 0 ? score : 0;
  };
}

export interface Hit extends Candidate {
  readonly score: number;
}

type SortKey = { readonly field: string; readonly desc: boolean };

function sortKeys(sort: unknown): SortKey[] {
  if (sort === undefined) return [{ field: "_score", desc: true }];
  return clauses(sort).map((entry) => {
    if (typeof entry === "string") return { field: entry, desc: entry === "_score" };
    if (!isObject(entry)) throw answer(400, "parsing_exception", "malformed sort format");
    const [field, raw] = single(entry, "sort");
    const order = isObject(raw) ? raw.order : raw;
    return { field, desc: order === undefined ? field === "_score" : String(order) === "desc" };
  });
}

/** Sorts hits as the request asks; ties in index order. Refuses a sort a real node refuses. */
export function sortHits(hits: Hit[], sort: unknown, mappings: readonly Mapping[]): Hit[] {
  const keys = sortKeys(sort);
  const valueOf = (hit: Hit, key: SortKey): number | string | undefined => {
    if (key.field === "_score") return hit.score;
    if (key.field === "_doc" || key.field === "_shard_doc") return hit.indexOrder * 2 ** 32 + hit.position;
    const resolved = resolveField(hit.mapping, key.field);
    if (!resolved) return undefined;
    const values = valuesAt(hit.source, resolved.sourcePath)
      .map((v) => comparable(resolved.mapping.type, v))
      .filter((v): v is number | string => v !== undefined)
      .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    return key.desc ? values.at(-1) : values[0];
  };
  for (const key of keys) {
    if (key.field.startsWith("_")) continue;
    const resolved = mappings.map((mapping) => resolveField(mapping, key.field)).filter((field) => field !== undefined);
    if (resolved.length === 0) throw answer(400, "query_shard_exception", `No mapping found for [${key.field}] in order to sort on`);
    if (resolved.some((field) => field.mapping.type === "text"))
      throw answer(
        400,
        "illegal_argument_exception",
        `Text fields are not optimised for operations that require per-document field data like aggregations and sorting, so these operations are disabled by default. Please use a keyword field instead. Alternatively, set fielddata=true on [${key.field}] in order to load field data by uninverting the inverted index. Note that this can use significant memory.`,
      );
  }
  return [...hits].sort((a, b) => {
    for (const key of keys) {
      const x = valueOf(a, key);
      const y = valueOf(b, key);
      if (x === y) continue;
      if (x === undefined) return 1;
      if (y === undefined) return -1;
      const order = x < y ? -1 : 1;
      return key.desc ? -order : order;
    }
    return a.indexOrder - b.indexOrder || a.position - b.position;
  });
}

/** Top-level keys of a search body a real node accepts; others are a 400. */
export const SEARCH_KEYS = new Set([
  "query",
  "sort",
  "from",
  "size",
  "track_total_hits",
  "_source",
  "timeout",
  "min_score",
  "aggs",
  "aggregations",
  "highlight",
  "post_filter",
  "search_after",
  "pit",
  "slice",
  "explain",
  "version",
  "seq_no_primary_term",
  "stored_fields",
  "docvalue_fields",
  "fields",
  "terminate_after",
  "profile",
]);
