/**
 * Limits on what a config file may ask of cutover before any of it is trusted. A config can come
 * from a pull request or a dispatch input, so reading it must take bounded time and memory
 * whatever it holds. Each limit is far above anything a real release needs.
 */

/**
 * The config file itself. The examples are 1-3 KiB; this leaves room for a hundred services. It also
 * bounds the YAML parser's work: the parser's cost grows faster than linearly with nesting.
 */
export const MAX_CONFIG_BYTES = 128 * 1024;

/**
 * Nesting of mappings and lists. The deepest real value (a search query inside an index source)
 * sits about 12 levels down. The YAML composer and every walk over the document recurse, so
 * without a limit a file of brackets would exhaust the stack.
 */
export const MAX_DEPTH = 64;

/**
 * YAML aliases (`*name`) resolved while building the document. A few anchors keep a config short;
 * the `yaml` package counts what each alias expands to, so a "billion laughs" file stops early.
 */
export const MAX_ALIAS_COUNT = 100;

/** A file the config names (index mappings and settings, the Prisma schema). */
export const MAX_REFERENCED_FILE_BYTES = 4 * 1024 * 1024;

/**
 * Secrets shorter than this are refused: the hosts mask every occurrence of a secret in the log,
 * and a two-letter password would be masked inside every word that contains it.
 */
export const MIN_SECRET_LENGTH = 4;
