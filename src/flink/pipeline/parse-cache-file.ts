import { readFile, writeFile } from "node:fs/promises";
import type { ParseCache } from "../sql/parse-cache.js";
import { PARSER_REVISION } from "../sql/parse-cache.js";
import type { ParsedSql } from "../sql/sql-facts.js";

/**
 * A ParseCache kept in one JSON file (a CI cache restores it between runs). Thin: a missing,
 * unreadable or other-revision file is an empty cache, never an error, since the cache only saves
 * time. `save` writes the entries this run used, so files that changed or left do not pile up.
 */

export interface FileParseCache extends ParseCache {
  save(): Promise<void>;
}

interface CacheFile {
  readonly revision: string;
  readonly entries: Record<string, ParsedSql>;
}

export async function loadParseCache(path: string): Promise<FileParseCache> {
  let known: Record<string, ParsedSql> = {};
  try {
    const file = JSON.parse(await readFile(path, "utf8")) as Partial<CacheFile>;
    if (file.revision === PARSER_REVISION && file.entries && typeof file.entries === "object") known = file.entries;
  } catch {
    // no cache yet, or not one we can use: parse everything
  }
  const used = new Map<string, ParsedSql>();
  return {
    get(key) {
      const parsed = Object.hasOwn(known, key) ? known[key] : undefined;
      if (parsed) used.set(key, parsed);
      return parsed;
    },
    set(key, parsed) {
      used.set(key, parsed);
    },
    async save() {
      const file: CacheFile = { revision: PARSER_REVISION, entries: Object.fromEntries(used) };
      await writeFile(path, JSON.stringify(file));
    },
  };
}
