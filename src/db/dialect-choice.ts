import type { Dialect as Dialect } from "./lint/dialect.js";

/** Where the dialect was learnt, in the order the sources are believed. */
export type DialectSource = "database.url" | "migration_lock.toml" | "--dialect";

export type DialectChoice = { dialect: Dialect; from: DialectSource } | { problem: string };

/**
 * The connection string is what the migration will really run against, so it wins; Prisma's lock
 * file records the provider the migrations were generated for; the flag is for a pull request
 * that has neither. A flag that contradicts a stronger source is a mistake worth stopping on.
 */
export function chooseDialect(sources: {
  url?: string | undefined;
  lockFile?: Dialect | undefined;
  flag?: Dialect | undefined;
}): DialectChoice {
  const fromUrl = sources.url === undefined ? undefined : dialectOfUrl(sources.url);
  const known: { dialect: Dialect; from: DialectSource } | undefined =
    fromUrl !== undefined
      ? { dialect: fromUrl, from: "database.url" }
      : sources.lockFile !== undefined
        ? { dialect: sources.lockFile, from: "migration_lock.toml" }
        : undefined;
  if (known && sources.flag !== undefined && sources.flag !== known.dialect) {
    return { problem: `--dialect (input 'dialect'): '${sources.flag}' contradicts ${known.from}, which says ${known.dialect}` };
  }
  if (known) return known;
  if (sources.flag !== undefined) return { dialect: sources.flag, from: "--dialect" };
  return {
    problem:
      "--dialect (input 'dialect'): the SQL dialect is unknown (no database.url, no migration_lock.toml beside the migrations); give --dialect postgresql or --dialect mysql",
  };
}

export function dialectOfUrl(url: string): Dialect | undefined {
  if (/^postgres(ql)?:\/\//.test(url)) return "postgresql";
  if (/^mysql:\/\//.test(url)) return "mysql";
  return undefined;
}
