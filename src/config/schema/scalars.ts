import { z } from "zod";
import { formatDuration, parseDuration } from "../duration.js";
import { MIN_SECRET_LENGTH } from "../limits.js";

/**
 * The scalar kinds every section is built from. Every number and duration has an upper bound,
 * named in its message. Every number and true/false field is built with envNumber or envBoolean
 * (the lint config refuses a bare z.number() or z.boolean() elsewhere in the schema).
 */

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

/**
 * A duration in milliseconds, at most `max`: a bake or a timeout longer than that is a typo, and a
 * number like `99999999999999999999999d` would overflow every timer it reached.
 */
export const duration = (max: number) =>
  // unknown rather than string | number, so `.inf` and `.nan` get this message, not "Invalid input"
  z.unknown().transform((value, ctx) => {
    const ms = typeof value === "string" || typeof value === "number" ? parseDuration(value) : undefined;
    if (ms === undefined) {
      ctx.addIssue({ code: "custom", message: `must be a duration such as 30s, 5m, 1h30m or 7d (got ${shownValue(value)})` });
      return z.NEVER;
    }
    if (ms > max) {
      ctx.addIssue({ code: "custom", message: `must be at most ${formatDuration(max)} (got '${clip(String(value))}')` });
      return z.NEVER;
    }
    return ms;
  });

/** Quoted values in messages stay short; control characters were refused before the schema. */
const clip = (text: string) => (text.length > 40 ? `${text.slice(0, 40)}...` : text);

/** A scalar quoted, anything else by its kind: a mapping may have no prototype to print itself with. */
function shownValue(value: unknown): string {
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return `'${clip(String(value))}'`;
  if (value === null || value === undefined) return "nothing";
  return Array.isArray(value) ? "a list" : "a mapping";
}

/**
 * Text that is a plain decimal number, as YAML reads it unquoted: `10`, `-1`, `2.5`, `1e3`. Not
 * `0x10`, `.inf` or `ten`: those stay text, and the number schema refuses them.
 */
const NUMBER_TEXT = /^\s*[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?\s*$/;
/** YAML's own spellings of true and false. */
const BOOLEAN_TEXT: Readonly<Record<string, boolean>> = { true: true, True: true, TRUE: true, false: false, False: false, FALSE: false };

/**
 * A number field that also reads a number written as text. `${VAR}` always yields text, and numbers
 * from the environment are normal in CI (`priority: ${RULE_PRIORITY}`); quoting the value in YAML
 * (`priority: "10"`, or `"${P}"` inside a flow mapping, where `{` must be quoted) gives text too.
 * Text that is not a number reaches `schema` as it is and fails with the field's own message, which
 * names the key and never quotes the value (it may have come from the environment).
 */
export const envNumber = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (typeof value === "string" && NUMBER_TEXT.test(value) ? Number(value) : value), schema);

/** A true/false field that also reads `true` or `false` written as text, for the same reason as envNumber. */
export const envBoolean = () =>
  z.preprocess(
    (value) => (typeof value === "string" && Object.hasOwn(BOOLEAN_TEXT, value.trim()) ? BOOLEAN_TEXT[value.trim()] : value),
    // eslint-disable-next-line no-restricted-syntax -- the one place a boolean field is built
    z.boolean({ error: "must be true or false" }),
  );

/** A whole number with both bounds named in the message. */
export const count = (min: number, max: number) =>
  envNumber(
    // eslint-disable-next-line no-restricted-syntax -- the number inside envNumber
    z
      .number({ error: `must be a whole number ${min}..${max}` })
      .int(`must be a whole number ${min}..${max}`)
      .min(min, `must be ${min}..${max}`)
      .max(max, `must be at most ${max}`),
  );

/** A list with at most `max` entries; `what` names them in the message. */
export const list = <T extends z.ZodType>(item: T, max: number, what: string) => z.array(item).max(max, `at most ${max} ${what}`);

/**
 * A credential. Hosts mask every occurrence of a secret in the log, so a very short one would be
 * masked inside ordinary words and make the log unreadable; it is refused instead.
 */
export const secret = (what: string) =>
  z
    .string({ error: `${what} must be a string` })
    .min(MIN_SECRET_LENGTH, `${what} must be at least ${MIN_SECRET_LENGTH} characters (a shorter secret would be masked all over the log)`)
    .max(4096, `${what} must be at most 4096 characters`);

export const percent = (what: string) =>
  envNumber(
    // eslint-disable-next-line no-restricted-syntax -- the number inside envNumber
    z
      .number({ error: `${what} must be a number 0..100` })
      .min(0, `${what} must be 0..100`)
      .max(100, `${what} must be 0..100`),
  );

export const weight = envNumber(
  // eslint-disable-next-line no-restricted-syntax -- the number inside envNumber
  z
    .number({ error: "must be a whole number 1..100" })
    .int("must be a whole number 1..100")
    .min(1, "must be 1..100")
    .max(100, "must be 1..100"),
);

export const port = envNumber(
  // eslint-disable-next-line no-restricted-syntax -- the number inside envNumber
  z.number({ error: "must be a port number" }).int().min(1, "must be 1..65535").max(65535, "must be 1..65535"),
);

/** An ALB listener rule priority. */
export const rulePriority = envNumber(
  // eslint-disable-next-line no-restricted-syntax -- the number inside envNumber
  z
    .number({ error: "must be a whole number 1..50000" })
    .int("must be a whole number 1..50000")
    .min(1, "must be 1..50000")
    .max(50000, "must be 1..50000"),
);

/** Used in generated AWS names (target groups allow 32 characters in all), so kept short and plain. */
export const serviceName = z
  .string()
  .regex(/^[a-z0-9](?:[a-z0-9-]{0,22}[a-z0-9])?$/, "must be 1-24 lowercase letters, digits or '-', not starting or ending with '-'");

/** A name AWS knows the resource by (cluster, service, container, Auto Scaling group): 1-255 characters. */
export const nonEmpty = (what: string) =>
  z
    .string({ error: `${what} must be a string` })
    .min(1, `${what} must not be empty`)
    .max(255, `${what} must be at most 255 characters`);

export const httpUrl = z.url({ protocol: /^https?$/, error: "must be an http(s) URL" });
