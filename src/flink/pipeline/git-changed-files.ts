import { execa } from "execa";
import { InputError } from "../../errors.js";
import type { ChangedFile, FileStatus } from "../plan/changes.js";

/**
 * The files of the pipeline folder that changed since `base`, from git (a thin adapter: the
 * planning is in plan/changes.ts). Runs `git diff --name-status -z --no-renames --relative
 * <base>...HEAD -- .` in the pipeline folder: paths come out relative to it, a rename is a delete
 * and an add, and -z keeps odd file names whole. Arguments go to git as a list, never a shell string.
 */

const STATUS: Record<string, FileStatus> = { A: "added", M: "modified", D: "deleted", T: "modified", C: "added" };

export async function gitChangedFiles(pipelineFolder: string, base: string): Promise<ChangedFile[]> {
  if (base.startsWith("-")) throw new InputError(`flink.changes.base: '${base}' is not a git ref`);
  const result = await execa("git", ["diff", "--name-status", "-z", "--no-renames", "--relative", `${base}...HEAD`, "--", "."], {
    cwd: pipelineFolder,
    reject: false,
  });
  if (result.exitCode !== 0) {
    throw new InputError(`flink.changes.base: git cannot diff ${base}...HEAD in ${pipelineFolder}`, [
      `flink.changes.base: git diff ${base}...HEAD failed: ${String(result.stderr).trim().split("\n")[0] ?? ""} (is the ref fetched? a shallow clone needs fetch-depth: 0)`,
    ]);
  }
  return parseNameStatus(String(result.stdout));
}

/** `git diff --name-status -z` output: status NUL path NUL, repeated. */
export function parseNameStatus(output: string): ChangedFile[] {
  const fields = output.split("\0");
  const files: ChangedFile[] = [];
  for (let i = 0; i + 1 < fields.length; i += 2) {
    const status = STATUS[fields[i]!.charAt(0)];
    const path = fields[i + 1]!;
    if (status && path) files.push({ path, status });
  }
  return files;
}
