import { readFile, stat } from "node:fs/promises";
import { InputError } from "../errors.js";
import { escapeControlChars } from "../report/escape.js";
import { findControlCharacters } from "./control-characters.js";
import { substituteEnv } from "./env-substitution.js";
import { hideEnvValues } from "./hide-env-values.js";
import { checkFileReferences } from "./file-references.js";
import { MAX_CONFIG_BYTES } from "./limits.js";
import type { Config } from "./schema/index.js";
import { scopeUnresolved, type UnresolvedValue } from "./section-scope.js";
import type { EnvReference } from "./env-substitution.js";
import type { FieldScope } from "./field-needs.js";
import type { ConfigSection } from "./sections.js";
import { secretValues } from "./secrets.js";
import { validateDocument } from "./validate.js";
import { readYaml } from "./yaml-document.js";

export interface LoadedConfig {
  readonly path: string;
  readonly config: Config;
  /** Values that must never be printed: the host masks them before any log line. */
  readonly secrets: readonly string[];
  /** Unset variables in fields the command does not need: not problems, but worth a note. */
  readonly unresolved: readonly UnresolvedValue[];
  /** Sections left out of `config` because they cannot be shaped without those values. */
  readonly leftOut: readonly ConfigSection[];
  /** Variables whose values are in the config; later messages about it hide them too. */
  readonly substituted: ReadonlyMap<string, string>;
  /** Every `${NAME}` without a default and where it is: what each command will need (plan lists it). */
  readonly references: readonly EnvReference[];
}

export interface LoadOptions {
  /**
   * The run the config is loaded for (field-needs.ts): an unset variable is a problem only in a
   * field it needs; elsewhere the value is left out, and what is set is checked for shape. Default:
   * every field is needed.
   */
  readonly scope?: FieldScope;
  /** Files the config names may be in the config's folder or here. Default: the process's. */
  readonly cwd?: string;
}

/** Parses and validates config text. Pure apart from reading `env`; throws InputError listing every problem. */
export function parseConfig(
  text: string,
  source: string,
  env: Readonly<Record<string, string | undefined>>,
  options: Pick<LoadOptions, "scope"> = {},
): LoadedConfig {
  const name = escapeControlChars(source);
  const substituted = substituteEnv(readYaml(text, source), env);

  // alone and first: every later message may quote a value
  const controls = findControlCharacters(substituted.value);
  if (controls.length > 0)
    throw new InputError(`${name} is not valid: values hold control characters`, hideEnvValues(controls, substituted.substituted));

  const scope = options.scope ?? "all";
  const scoped = scopeUnresolved(substituted, scope);
  const validated = validateDocument(scoped.document, scoped.omitted, scope, scoped.unresolved);
  const problems = [...scoped.problems, ...validated.problems];
  if (problems.length > 0 || validated.config === undefined) {
    const listed = problems.length > 0 ? hideEnvValues(problems, substituted.substituted) : [`${name}: not valid`];
    throw new InputError(`${name} is not valid (${listed.length} problem${listed.length === 1 ? "" : "s"})`, listed);
  }
  return {
    path: source,
    substituted: substituted.substituted,
    config: validated.config,
    secrets: secretValues(validated.config),
    unresolved: scoped.unresolved,
    leftOut: validated.leftOut,
    references: substituted.references,
  };
}

export async function loadConfig(
  path: string,
  env: Readonly<Record<string, string | undefined>>,
  options: LoadOptions = {},
): Promise<LoadedConfig> {
  const name = escapeControlChars(path);
  const text = await readConfigText(path, name);
  const loaded = parseConfig(text, path, env, options);
  const problems = await checkFileReferences(loaded.config, path, options.cwd ?? process.cwd());
  if (problems.length > 0) {
    throw new InputError(
      `${name} names files that are not usable (${problems.length} problem${problems.length === 1 ? "" : "s"})`,
      hideEnvValues(problems, loaded.substituted),
    );
  }
  return loaded;
}

/** Only a regular file of a sane size is read: `--config /dev/zero` must not hang or fill memory. */
async function readConfigText(path: string, name: string): Promise<string> {
  const cannot = (why: string) => new InputError(`config file '${name}' cannot be read: ${why} (set it with --config)`);
  let text: string;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw cannot("not a regular file");
    if (info.size > MAX_CONFIG_BYTES) {
      throw new InputError(
        `config file '${name}' is too large: ${info.size} bytes; a config file may hold at most ${MAX_CONFIG_BYTES} bytes`,
      );
    }
    text = await readFile(path, "utf8");
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw cannot(code === "ENOENT" ? "no such file" : code === "EACCES" ? "permission denied" : String(code ?? "error"));
  }
  return text;
}
