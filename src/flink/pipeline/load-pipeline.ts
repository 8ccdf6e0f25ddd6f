import { readdir, readFile } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import { InputError } from "../../errors.js";
import { classifySqlFile } from "./layout.js";

/**
 * Reads a pipeline folder: every DDL and DML file of the layout (layout.ts), keyed by its path
 * relative to the folder with forward slashes. The only effectful part of the Flink planner;
 * everything after works on the map.
 */

/** Larger than any statement a person writes; a bigger file is a mistake (a data dump), not SQL. */
const MAX_FILE_BYTES = 1024 * 1024;

export async function loadPipelineFiles(folder: string): Promise<Map<string, string>> {
  let entries: string[];
  try {
    entries = await readdir(folder, { recursive: true });
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === "ENOENT" ? "does not exist" : `cannot be read (${(error as Error).message})`;
    throw new InputError(`flink.pipeline: the folder ${folder} ${reason}`);
  }
  const files = new Map<string, string>();
  const problems: string[] = [];
  const paths = entries
    .map((entry) => ({ entry, path: entry.split(sep).join("/") }))
    .filter(({ path }) => !path.split("/").some((part) => part === "node_modules" || part.startsWith(".")) && classifySqlFile(path))
    .sort((a, b) => a.path.localeCompare(b.path));
  // read a few dozen at a time: one at a time waits on each file in turn; all at once may run out of file handles
  for (let i = 0; i < paths.length; i += 32) {
    const batch = paths.slice(i, i + 32);
    const texts = await Promise.all(batch.map(({ entry }) => readFile(join(folder, entry))));
    batch.forEach(({ path }, j) => {
      const text = texts[j]!;
      if (text.length > MAX_FILE_BYTES) problems.push(`${path}: ${text.length} bytes; a statement file holds at most ${MAX_FILE_BYTES}`);
      else files.set(path, text.toString("utf8"));
    });
  }
  if (problems.length > 0) throw new InputError(`flink.pipeline: ${problems.length} file(s) cannot be used`, problems);
  return files;
}

/** A path as the loader keys it, for callers holding an absolute path. */
export function pipelinePath(folder: string, absolute: string): string {
  return relative(folder, absolute).split(sep).join("/");
}
