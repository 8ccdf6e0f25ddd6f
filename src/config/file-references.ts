import { readFile, realpath, stat } from "node:fs/promises";
import { dirname, isAbsolute, relative, resolve, sep } from "node:path";
import { MAX_REFERENCED_FILE_BYTES } from "./limits.js";
import type { Config } from "./schema/index.js";

/**
 * Files a config names (Prisma schema, index mappings and settings). Relative paths are read from
 * the config file's folder, so a config works the same from any working directory. They are checked
 * with the rest of the config, before anything runs.
 *
 * A config can come from a pull request, so it must not become a way to read the runner's other
 * files: each path must resolve, symlinks followed, inside the config file's folder or the working
 * directory (the repository checkout). Problems never quote what a file holds.
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

/** One problem line per reference that is outside the allowed folders, missing, or not what it should be. */
export async function checkFileReferences(config: Config, configPath: string, cwd: string): Promise<string[]> {
  const refs = fileReferences(config);
  if (refs.length === 0) return [];
  const folders = [resolve(dirname(configPath)), resolve(cwd)];
  const realFolders = await Promise.all(folders.map((f) => realpath(f).catch(() => f)));
  const problems: string[] = [];
  for (const ref of refs) {
    const problem = await checkOne(ref, resolveConfigPath(configPath, ref.path), folders, realFolders);
    if (problem) problems.push(`${ref.keyPath}: '${ref.path}' ${problem}`);
  }
  return problems;
}

const OUTSIDE =
  "is outside the config file's folder and the working directory (symlinks are followed); files the config names must be inside one of them";

async function checkOne(ref: FileReference, absolute: string, folders: string[], realFolders: string[]): Promise<string | undefined> {
  // checked on the path as written first, so nothing outside is even looked at
  if (!isInsideAny(absolute, folders)) return OUTSIDE;
  let real: string;
  try {
    real = await realpath(absolute);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "ENOENT"
      ? "does not exist (relative paths start at the config file's folder)"
      : `cannot be read (${errorCode(error)})`;
  }
  if (!isInsideAny(real, realFolders)) return OUTSIDE;
  try {
    const info = await stat(real);
    if (!info.isFile()) return "is not a file";
    if (info.size > MAX_REFERENCED_FILE_BYTES) return `is larger than ${MAX_REFERENCED_FILE_BYTES} bytes`;
    if (ref.kind === "file") return undefined;
    return jsonObjectProblem(await readFile(real, "utf8"));
  } catch (error) {
    return `cannot be read (${errorCode(error)})`;
  }
}

function isInsideAny(path: string, folders: readonly string[]): boolean {
  return folders.some((folder) => {
    const rel = relative(folder, path);
    return rel === "" || (rel !== ".." && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
  });
}

/**
 * Node's JSON.parse messages quote the text around the error (`"root:x:0:0"... is not valid JSON`),
 * so only the position is kept, as a line and column.
 */
function jsonObjectProblem(text: string): string | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return `is not valid JSON${jsonErrorLocation(text, error)}`;
  }
  return value === null || typeof value !== "object" || Array.isArray(value) ? "must hold a JSON object" : undefined;
}

/** Where JSON.parse stopped, when its message says (some of Node's messages give no position). */
function jsonErrorLocation(text: string, error: unknown): string {
  const match = /at position (\d+)/.exec(error instanceof Error ? error.message : "");
  if (match) {
    const before = text.slice(0, Number(match[1]));
    return ` (line ${before.split("\n").length}, column ${before.length - before.lastIndexOf("\n")})`;
  }
  return text.trim() === "" ? " (the file is empty)" : "";
}

function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? "error";
}
