import { InputError } from "../errors.js";
import type { Dialect as Dialect } from "./lint/dialect.js";
import { readBlueSchemaText } from "./blue-schema-source.js";
import {
  BlueSchemaError,
  SqlSyntaxError,
  lintMigrations,
  readBlueSchema,
  type BlueSchema,
  type LintResult,
  type MigrationSql,
} from "./lint/index.js";

/** A lint run as both commands make it, with the two input errors turned into exit 2. */
export async function lintWithBlue(
  files: readonly MigrationSql[],
  options: { dialect: Dialect; allow: readonly string[]; blue: BlueSchema | undefined },
): Promise<LintResult> {
  try {
    return await lintMigrations(
      files,
      options.blue
        ? { dialect: options.dialect, allow: options.allow, blue: options.blue }
        : { dialect: options.dialect, allow: options.allow },
    );
  } catch (error) {
    if (error instanceof SqlSyntaxError) {
      throw new InputError(`cannot parse ${error.file}:${error.line}: ${error.parserMessage}`, [
        `${error.file}:${error.line}: ${error.parserMessage}`,
        `The ${options.dialect} parser could not read this statement; nothing was checked or applied.`,
      ]);
    }
    throw error;
  }
}

/** Blue's schema when --blue-schema or --blue-ref asks for it; a schema it cannot read is exit 2. */
export async function loadBlueSchema(options: {
  file: string | undefined;
  ref: string | undefined;
  defaultSchema: string | undefined;
  cwd: string;
}): Promise<{ schema: BlueSchema; origin: string } | undefined> {
  const source = await readBlueSchemaText(options);
  if (!source) return undefined;
  try {
    return { schema: await readBlueSchema(source.text, source.origin), origin: source.origin };
  } catch (error) {
    if (error instanceof BlueSchemaError) throw new InputError(`blue's Prisma schema (${source.origin}) cannot be read: ${error.message}`);
    throw error;
  }
}
