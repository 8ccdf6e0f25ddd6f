/**
 * One Kafka record → one index operation: a write, a delete, or an invalid record named by its
 * partition and offset. Pure: no client, no clock.
 *
 * Versions are what external versioning compares, so they must be whole numbers in 0..2^53-1: a
 * number, a decimal string, or a date (ISO 8601, or MySQL's `YYYY-MM-DD HH:MM:SS[.ffffff]`; a date
 * without a zone is UTC, never the runner's local time) as epoch milliseconds.
 */
import type { BulkDoc } from "../search/engine.js";
import type { StreamRecord } from "../stream/stream-source.js";

export interface DecoderConfig {
  readonly idField: string;
  readonly versionField: string;
  /** A field whose true value (true, "true", 1) marks the record as a delete. */
  readonly deleteField?: string;
}

export type Decoded =
  | { readonly kind: "write"; readonly doc: BulkDoc }
  | { readonly kind: "delete"; readonly doc: BulkDoc /* no source */ }
  | { readonly kind: "invalid"; readonly partition: number; readonly offset: string; readonly reason: string };

/** The engines refuse longer ids (512 bytes). */
const MAX_ID_BYTES = 512;

export function decodeRecord(record: StreamRecord, config: DecoderConfig): Decoded {
  const invalid = (reason: string): Decoded => ({ kind: "invalid", partition: record.partition, offset: record.offset, reason });

  if (record.value === null) {
    // A tombstone carries no body, so no version field: the record's own timestamp orders it. That
    // is right when the version is a time (updated_at); with a sequence, use deleteField records.
    if (record.key === null || record.key === "") return invalid("tombstone (null value) without a key: no id to delete");
    const id = checkedId(record.key);
    if (typeof id !== "string") return invalid(`tombstone key ${id.problem}`);
    if (!Number.isSafeInteger(record.timestamp) || record.timestamp < 0) {
      return invalid(`tombstone for id '${clip(record.key)}' has no usable timestamp (${record.timestamp}) to version the delete`);
    }
    return { kind: "delete", doc: { id, version: record.timestamp } };
  }

  const text = record.value.toString("utf8");
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return invalid(`value is not JSON (${record.value.length} bytes)`);
  }
  if (body === null || typeof body !== "object" || Array.isArray(body)) {
    return invalid(`value is JSON ${body === null ? "null" : Array.isArray(body) ? "array" : typeof body}, expected an object`);
  }
  const source = body as Record<string, unknown>;

  const rawId = lookup(source, config.idField);
  if (rawId === undefined || rawId === null || rawId === "") return invalid(`no id in field '${config.idField}'`);
  if (typeof rawId !== "string" && !(typeof rawId === "number" && Number.isSafeInteger(rawId))) {
    return invalid(`id field '${config.idField}' holds ${describe(rawId)}, expected a string or a whole number`);
  }
  const id = checkedId(String(rawId));
  if (typeof id !== "string") return invalid(`id field '${config.idField}' ${id.problem}`);

  const rawVersion = lookup(source, config.versionField);
  if (rawVersion === undefined || rawVersion === null) return invalid(`id '${clip(id)}': no version in field '${config.versionField}'`);
  const version = parseVersion(rawVersion);
  if (typeof version !== "number") return invalid(`id '${clip(id)}': version field '${config.versionField}' ${version.problem}`);

  if (config.deleteField !== undefined && isTrue(lookup(source, config.deleteField))) {
    return { kind: "delete", doc: { id, version } };
  }
  // The value goes to the engine as it came unless it spans lines (NDJSON is one document per line).
  const oneLine = !text.includes("\n") && !text.includes("\r");
  return { kind: "write", doc: { id, version, source, ...(oneLine ? { sourceJson: text } : {}) } };
}

/** A version as a whole number, or why not. Exported for the unit tests of the date forms. */
export function parseVersion(value: unknown): number | { problem: string } {
  if (typeof value === "number") {
    if (!Number.isSafeInteger(value)) return { problem: `holds ${value}, expected a whole number in 0..2^53-1` };
    if (value < 0) return { problem: `holds ${value}, expected a number >= 0` };
    return value;
  }
  if (typeof value !== "string") return { problem: `holds ${describe(value)}, expected a number or a date` };
  const text = value.trim();
  if (/^\d+$/.test(text)) {
    const n = Number(text);
    return Number.isSafeInteger(n) ? n : { problem: `holds '${clip(text)}', larger than 2^53-1` };
  }
  const ms = parseDate(text);
  if (ms === undefined) return { problem: `holds '${clip(text)}', which is neither a whole number nor a date` };
  if (ms < 0) return { problem: `holds '${clip(text)}', a date before 1970 (versions must be >= 0)` };
  return ms;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

/** Epoch ms of an ISO 8601 / SQL date-time; no zone means UTC. Digits past milliseconds are dropped. */
function parseDate(text: string): number | undefined {
  const match = DATE.exec(text);
  if (!match) return undefined;
  const [, y, mo, d, h = "0", mi = "0", s = "0", frac = "", zone] = match;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const hour = Number(h);
  const minute = Number(mi);
  const second = Number(s);
  if (month < 1 || month > 12 || hour > 23 || minute > 59 || second > 59) return undefined;
  const ms = Number(frac.padEnd(3, "0").slice(0, 3));
  const utc = Date.UTC(year, month - 1, day, hour, minute, second, ms);
  // Date.UTC rolls 31 February over into March; a real date maps back to its own day.
  if (new Date(utc).getUTCDate() !== day) return undefined;
  return utc - zoneOffsetMs(zone);
}

function zoneOffsetMs(zone: string | undefined): number {
  if (zone === undefined || zone.toUpperCase() === "Z") return 0;
  const sign = zone.startsWith("-") ? -1 : 1;
  const digits = zone.slice(1).replace(":", "");
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4) || "0")) * 60_000;
}

/** A field by name, or by a dotted path into nested objects when no field has the whole name. */
function lookup(source: Record<string, unknown>, field: string): unknown {
  if (Object.hasOwn(source, field)) return source[field];
  let current: unknown = source;
  for (const part of field.split(".")) {
    if (current === null || typeof current !== "object" || Array.isArray(current) || !Object.hasOwn(current, part)) return undefined;
    current = (current as Record<string, unknown>)[part];
  }
  return current;
}

/** Debezium's rewrite mode writes `__deleted: "true"` as a string; accept the usual spellings of true. */
function isTrue(value: unknown): boolean {
  return value === true || value === 1 || (typeof value === "string" && value.trim().toLowerCase() === "true");
}

function checkedId(id: string): string | { problem: string } {
  const bytes = Buffer.byteLength(id, "utf8");
  return bytes > MAX_ID_BYTES ? { problem: `is ${bytes} bytes, more than the engines' ${MAX_ID_BYTES}` } : id;
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return "a list";
  if (value === null) return "null";
  if (typeof value === "object") return "an object";
  if (typeof value === "string") return `'${clip(value)}'`;
  return `${typeof value} ${String(value)}`;
}

/** Ids and values quoted in reasons stay short: the report lists every invalid record. */
function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 60)}...` : text;
}
