import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadParseCache } from "../../src/flink/pipeline/parse-cache-file.js";
import { PARSER_REVISION, parseCacheKey, parseWithCache, type ParseCache } from "../../src/flink/sql/parse-cache.js";
import { parseFlinkSql } from "../../src/flink/sql/parse-sql.js";
import type { ParsedSql } from "../../src/flink/sql/sql-facts.js";

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

describe("parse cache", () => {
  it("names the installed grammar's version in its revision", () => {
    const pkg = JSON.parse(
      readFileSync(join(import.meta.dirname, "..", "..", "node_modules", "dt-sql-parser", "package.json"), "utf8"),
    ) as {
      version: string;
    };
    expect(PARSER_REVISION.startsWith(`dt-sql-parser@${pkg.version}/`)).toBe(true);
  });

  it("returns the cached facts for the same text, whatever the file", () => {
    const map = new Map<string, ParsedSql>();
    const cache: ParseCache = { get: (k) => map.get(k), set: (k, v) => void map.set(k, v) };
    const first = parseWithCache("INSERT INTO t SELECT * FROM s", "a/dml.sql", cache);
    expect(parseWithCache("INSERT INTO t SELECT * FROM s", "b/dml.sql", cache)).toBe(first);
    expect(map.size).toBe(1);
    expect(parseCacheKey("x")).not.toBe(parseCacheKey("x "));
  });

  it("round-trips through its file, keeps only what the run used, and ignores another revision", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cutover-flink-cache-"));
    dirs.push(dir);
    const path = join(dir, "cache.json");
    const text = "INSERT INTO t SELECT * FROM s";
    const parsed = parseFlinkSql(text, "x.sql");
    const cache = await loadParseCache(path);
    cache.set(parseCacheKey(text), parsed);
    await cache.save();
    const again = await loadParseCache(path);
    expect(again.get(parseCacheKey(text))).toEqual(parsed);
    expect(again.get(parseCacheKey("other"))).toBeUndefined();

    writeFileSync(path, JSON.stringify({ revision: "older", entries: { [parseCacheKey(text)]: parsed } }));
    expect((await loadParseCache(path)).get(parseCacheKey(text))).toBeUndefined();
    writeFileSync(path, "{ not json");
    expect((await loadParseCache(path)).get(parseCacheKey(text))).toBeUndefined();
  });
});
