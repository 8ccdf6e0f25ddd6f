import { readFile, stat } from "node:fs/promises";
import { dirname, isAbsolute, resolve } from "node:path";
import type { Config } from "./schema.js";

/**
 * Files a config names (Prisma schema, index mappings and settings). Relative paths are read from
 * the config file's folder, so a config works the same from any working directory. They are checked
 * with the rest of the config, before anything runs.
 */
export interface FileReference {
  readonly keyPath: string;
  readonly path: string;
  /** json: must hold one JSON object; file: must exist. */
  readonly kind: "json" | "file";
}

export function fileReferences(config: Config): FileReference[] {
  const refs: FileReference[] = [];
  if (config.database) {
    refs.push({ keyPath: "database.schema", path: config.database.schema, kind: "file" });
    if (config.database.prisma.config) refs.push({ keyPath: "database.prisma.config", path: config.database.prisma.config, kind: "file" });
  }
  config.search?.indices.forEach((index, i) => {
    if (index.mappings) refs.push({ keyPath: `search.indices[${i}].mappings`, path: index.mappings, kind: "json" });
    if (typeof index.settings === "string") refs.push({ keyPath: `search.indices[${i}].settings`, path: index.settings, kind: "json" });
  });
  return refs;
}

export function resolveConfigPath(configPath: string, path: string): string {
  return isAbsolute(path) ? path : resolve(dirname(configPath), path);
}

/** One problem line per reference that is missing or not what it should be. */
export async function checkFileReferences(config: Config, configPath: string): Promise<string[]> {
  const problems: string[] = [];
  for (const ref of fileReferences(config)) {
    const absolute = resolveConfigPath(configPath, ref.path);
    const where = `${ref.keyPath}: '${ref.path}'`;
    try {
      if (!(await stat(absolute)).isFile()) {
        problems.push(`${where} is not a file`);
        continue;
      }
      if (ref.kind === "json") {
        const value: unknown = JSON.parse(await readFile(absolute, "utf8"));
        if (value === null || typeof value !== "object" || Array.isArray(value)) problems.push(`${where} must hold a JSON object`);
      }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT")
        problems.push(`${where} does not exist (relative paths start at the config file's folder)`);
      else if (error instanceof SyntaxError) problems.push(`${where} is not valid JSON: ${error.message}`);
      else problems.push(`${where} cannot be read: ${String(error)}`);
    }
  }
  return problems;
}
