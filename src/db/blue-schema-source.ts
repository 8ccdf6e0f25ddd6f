import { readFile } from "node:fs/promises";
import { dirname, relative, resolve } from "node:path";
import { execa } from "execa";
import { InputError } from "../errors.js";

/** Blue's Prisma schema as text, and where it was read, for messages. */
export interface BlueSchemaText {
  readonly text: string;
  readonly origin: string;
}

/**
 * Reads the live release's Prisma schema: a file (`--blue-schema`), or a path at a git ref
 * (`--blue-ref`, the path being `--blue-schema` or the config's schema). git runs with an
 * argument list; the ref was checked in settings.ts and is passed after --end-of-options, so it
 * can never be taken for an option.
 */
export async function readBlueSchemaText(options: {
  readonly file: string | undefined;
  readonly ref: string | undefined;
  /** The config's `database.schema`, resolved; used with --blue-ref alone. */
  readonly defaultSchema: string | undefined;
  readonly cwd: string;
}): Promise<BlueSchemaText | undefined> {
  const { file, ref, defaultSchema, cwd } = options;
  if (ref === undefined) {
    if (file === undefined) return undefined;
    const path = resolve(cwd, file);
    try {
      return { text: await readFile(path, "utf8"), origin: file };
    } catch (error) {
      throw new InputError(`--blue-schema (input 'blue-schema'): cannot read '${file}' (${codeOf(error)})`);
    }
  }

  const wanted = file ?? defaultSchema;
  if (wanted === undefined) {
    throw new InputError(
      "--blue-ref (input 'blue-ref'): no schema path to read at that ref; give --blue-schema <path> or a config with database.schema",
    );
  }
  const absolute = resolve(cwd, wanted);
  const top = await git(
    dirname(absolute),
    ["rev-parse", "--show-toplevel"],
    "--blue-ref (input 'blue-ref'): the schema is not in a git work tree",
  );
  const commit = await git(
    top,
    ["rev-parse", "--verify", "--quiet", "--end-of-options", `${ref}^{commit}`],
    `--blue-ref (input 'blue-ref'): '${ref}' is not a commit, tag or branch in this repository (fetch it first: actions/checkout needs fetch-depth: 0 or the tag fetched)`,
  );
  const inRepo = relative(top, absolute).split("\\").join("/");
  const text = await git(
    top,
    ["show", `${commit}:${inRepo}`],
    `--blue-ref (input 'blue-ref'): '${inRepo}' does not exist at ${ref}`,
    false,
  );
  return { text, origin: `${inRepo} at ${ref} (${commit.slice(0, 12)})` };
}

async function git(cwd: string, args: readonly string[], problem: string, trim = true): Promise<string> {
  const result = await execa("git", args, { cwd, reject: false, stdin: "ignore", stripFinalNewline: false });
  if (result.exitCode !== 0 || result.failed) throw new InputError(problem);
  return trim ? result.stdout.trim() : result.stdout;
}

function codeOf(error: unknown): string {
  return error instanceof Error && "code" in error ? String((error as NodeJS.ErrnoException).code) : "unreadable";
}
