import { readFile } from "node:fs/promises";
import { isMap, parseDocument } from "yaml";
import { InputError } from "../errors.js";
import { substituteEnv } from "./env-substitution.js";
import { formatIssues } from "./format-issues.js";
import { checkFileReferences } from "./file-references.js";
import { configSchema, type Config } from "./schema.js";
import { secretValues } from "./secrets.js";

export interface LoadedConfig {
  readonly path: string;
  readonly config: Config;
  /** Values that must never be printed: the host masks them before any log line. */
  readonly secrets: readonly string[];
}

/** Parses and validates config text. Pure apart from reading `env`; throws InputError listing every problem. */
export function parseConfig(text: string, source: string, env: Readonly<Record<string, string | undefined>>): LoadedConfig {
  const document = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
  if (document.errors.length > 0) {
    const problems = document.errors.map((e) => `${source}: ${e.message.split("\n")[0]}`);
    throw new InputError(`${source} is not valid YAML`, problems);
  }
  if (!isMap(document.contents)) {
    throw new InputError(`${source}: the file must be a YAML mapping with at least 'version' and 'project'`);
  }

  const substituted = substituteEnv(document.toJS(), env);
  const parsed = configSchema.safeParse(substituted.value, { reportInput: true });
  const schemaProblems = parsed.success ? [] : formatIssues(parsed.error.issues);
  const problems = [
    ...substituted.problems,
    ...schemaProblems.filter((p) => ![...substituted.unresolvedPaths].some((path) => p.startsWith(`${path}:`))),
  ];
  if (problems.length > 0 || !parsed.success) {
    throw new InputError(`${source} is not valid (${problems.length} problem${problems.length === 1 ? "" : "s"})`, problems);
  }
  return { path: source, config: parsed.data, secrets: secretValues(parsed.data) };
}

export async function loadConfig(path: string, env: Readonly<Record<string, string | undefined>>): Promise<LoadedConfig> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === "ENOENT" ? "no such file" : code === "EACCES" ? "permission denied" : String(code ?? error);
    throw new InputError(`config file '${path}' cannot be read: ${why} (set it with --config)`);
  }
  const loaded = parseConfig(text, path, env);
  const problems = await checkFileReferences(loaded.config, path);
  if (problems.length > 0) {
    throw new InputError(
      `${path} names files that are not usable (${problems.length} problem${problems.length === 1 ? "" : "s"})`,
      problems,
    );
  }
  return loaded;
}
