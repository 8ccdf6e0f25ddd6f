/**
 * Parses a pipeline's files before the planner runs, and hands them over as a ParseCache: the files
 * a parse cache file already holds are taken from it, the others are parsed here. The planner then
 * finds every file parsed and never parses one itself (but a file with errors, which it parses
 * again to report them).
 */
import { parseCacheKey, parseWithCache, type ParseCache } from "../sql/parse-cache.js";
import type { ParsedSql } from "../sql/sql-facts.js";

export async function parsePipeline(files: ReadonlyMap<string, string>, fileCache: ParseCache | undefined): Promise<ParseCache> {
  const parsed = new Map<string, ParsedSql>();
  for (const [path, text] of files) {
    const key = parseCacheKey(text);
    if (parsed.has(key)) continue;
    try {
      parsed.set(key, parseWithCache(text, path, fileCache));
    } catch {
      // reported by the planner, with every other problem of the pipeline
    }
  }
  return {
    get: (key) => parsed.get(key),
    set: (key, value) => {
      parsed.set(key, value);
      fileCache?.set(key, value);
    },
  };
}
