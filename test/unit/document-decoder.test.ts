import { describe, expect, it } from "vitest";
import { decodeRecord, parseVersion, type DecoderConfig } from "../../src/reindex/document-decoder.js";
import type { StreamRecord } from "../../src/stream/stream-source.js";

const config: DecoderConfig = { idField: "id", versionField: "updated_at", deleteField: "deleted" };

function record(value: unknown, extra: Partial<StreamRecord> = {}): StreamRecord {
  const body =
    value === null ? null : Buffer.isBuffer(value) ? value : Buffer.from(typeof value === "string" ? value : JSON.stringify(value));
  return { partition: 2, offset: "41", key: "k1", value: body, timestamp: 1_700_000_000_000, ...extra };
}

describe("decodeRecord", () => {
  it("a JSON object becomes a write with its id and version; the whole object is the source", () => {
    const value = { id: "a1", updated_at: 17, name: "x" };
    expect(decodeRecord(record(value), config)).toEqual({
      kind: "write",
      doc: { id: "a1", version: 17, source: value, sourceJson: JSON.stringify(value) },
    });
  });

  it("a one-line value is kept as the JSON to send; one that spans lines is not (NDJSON is one line per document)", () => {
    const spaced = '{ "id": "a1",  "updated_at": 17, "name": "\\u00e9" }';
    expect(decodeRecord(record(spaced), config)).toMatchObject({ doc: { sourceJson: spaced, source: { name: "é" } } });
    for (const multiLine of ['{"id": "a1",\n"updated_at": 17}', '{"id": "a1",\r"updated_at": 17}']) {
      const decoded = decodeRecord(record(multiLine), config);
      expect(decoded).toMatchObject({ kind: "write", doc: { id: "a1", source: { id: "a1", updated_at: 17 } } });
      expect(decoded.kind === "write" && "sourceJson" in decoded.doc).toBe(false);
    }
  });

  it("a numeric id becomes a string id; a date version becomes epoch milliseconds", () => {
    const decoded = decodeRecord(record({ id: 42, updated_at: "2026-02-14T12:00:00.250Z" }), config);
    expect(decoded).toMatchObject({ kind: "write", doc: { id: "42", version: Date.UTC(2026, 1, 14, 12, 0, 0, 250) } });
  });

  it("the delete field's true value (true, 'true', 1) is a delete with the record's version, without a source", () => {
    for (const deleted of [true, "true", "TRUE", 1]) {
      expect(decodeRecord(record({ id: "a1", updated_at: 9, deleted }), config)).toEqual({ kind: "delete", doc: { id: "a1", version: 9 } });
    }
    for (const deleted of [false, "false", 0, null]) {
      expect(decodeRecord(record({ id: "a1", updated_at: 9, deleted }), config).kind).toBe("write");
    }
    // without a deleteField configured, the field is just data
    expect(decodeRecord(record({ id: "a1", updated_at: 9, deleted: true }), { idField: "id", versionField: "updated_at" }).kind).toBe(
      "write",
    );
  });

  it("a tombstone (null value) deletes the key's id, versioned by the record's timestamp", () => {
    expect(decodeRecord(record(null, { key: "a1", timestamp: 1234 }), config)).toEqual({
      kind: "delete",
      doc: { id: "a1", version: 1234 },
    });
  });

  it("reads nested fields by a dotted path when no field has the whole name", () => {
    const value = { after: { id: "n1", ts: 5 } };
    expect(decodeRecord(record(value), { idField: "after.id", versionField: "after.ts" })).toMatchObject({ doc: { id: "n1", version: 5 } });
    expect(decodeRecord(record({ "a.b": "flat", updated_at: 1 }), { idField: "a.b", versionField: "updated_at" })).toMatchObject({
      doc: { id: "flat" },
    });
  });

  it.each([
    ["not JSON", "{oops", /not JSON/],
    ["a JSON array", [1, 2], /JSON array, expected an object/],
    ["JSON null", "null", /JSON null/],
    ["no id", { updated_at: 1 }, /no id in field 'id'/],
    ["an empty id", { id: "", updated_at: 1 }, /no id/],
    ["an object id", { id: { a: 1 }, updated_at: 1 }, /expected a string or a whole number/],
    ["an id over 512 bytes", { id: "x".repeat(513), updated_at: 1 }, /513 bytes/],
    ["no version", { id: "a" }, /no version in field 'updated_at'/],
    ["a fractional version", { id: "a", updated_at: 1.5 }, /whole number/],
    ["a negative version", { id: "a", updated_at: -1 }, />= 0/],
    ["a version that is no date", { id: "a", updated_at: "yesterday" }, /neither a whole number nor a date/],
    ["an impossible date", { id: "a", updated_at: "2026-02-30 10:00:00" }, /neither/],
    ["a boolean version", { id: "a", updated_at: true }, /boolean true/],
  ])("%s is invalid, named by partition and offset", (_name, value, reason) => {
    const decoded = decodeRecord(record(value), config);
    expect(decoded).toMatchObject({ kind: "invalid", partition: 2, offset: "41" });
    if (decoded.kind === "invalid") expect(decoded.reason).toMatch(reason);
  });

  it("a tombstone without a key is invalid: there is no id to delete", () => {
    expect(decodeRecord(record(null, { key: null }), config)).toMatchObject({
      kind: "invalid",
      reason: expect.stringMatching(/without a key/),
    });
  });
});

describe("parseVersion", () => {
  it("accepts whole numbers and decimal strings up to 2^53-1", () => {
    expect(parseVersion(0)).toBe(0);
    expect(parseVersion("9007199254740991")).toBe(Number.MAX_SAFE_INTEGER);
    expect(parseVersion("9007199254740992")).toMatchObject({ problem: expect.stringMatching(/2\^53/) });
  });

  it("reads ISO and SQL date forms; no zone means UTC, whatever the runner's zone", () => {
    const ms = Date.UTC(2026, 1, 14, 12, 0, 5, 123);
    expect(parseVersion("2026-02-14T12:00:05.123Z")).toBe(ms);
    expect(parseVersion("2026-02-14 12:00:05.123456")).toBe(ms);
    expect(parseVersion("2026-02-14T21:00:05.123+09:00")).toBe(ms);
    expect(parseVersion("2026-02-14T07:00:05.123-0500")).toBe(ms);
    expect(parseVersion("2026-02-14")).toBe(Date.UTC(2026, 1, 14));
    expect(parseVersion("1969-12-31T23:59:59Z")).toMatchObject({ problem: expect.stringMatching(/before 1970/) });
  });
});
