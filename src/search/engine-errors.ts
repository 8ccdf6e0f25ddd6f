/**
 * Turns what either official client throws into an `EngineError` naming the call and the resource.
 * Both clients throw a `ResponseError` carrying `meta.statusCode` and `meta.body`; they are read by
 * shape here so that neither client's error classes leak past the adapters.
 */
import { EngineError } from "./engine.js";

/** The HTTP status of a client error, if the engine answered at all. */
export function statusOf(error: unknown): number | undefined {
  const meta = field(error, "meta");
  const status = field(meta, "statusCode");
  return typeof status === "number" ? status : undefined;
}

/** The engine's error body (`{ error: { type, reason, caused_by } }`), if any. */
function bodyOf(error: unknown): unknown {
  return field(field(error, "meta"), "body");
}

/** `type: reason (caused by: type: reason)` from an engine error object, or the text as it is. */
export function describeEngineError(value: unknown): string {
  if (typeof value === "string") return value;
  const type = field(value, "type");
  const reason = field(value, "reason");
  let text = [type, reason].filter((part) => typeof part === "string").join(": ");
  const cause = field(value, "caused_by");
  if (cause !== undefined) text += ` (caused by ${describeEngineError(cause)})`;
  return text || JSON.stringify(value);
}

export function toEngineError(call: string, resource: string, error: unknown): EngineError {
  if (error instanceof EngineError) return error;
  const status = statusOf(error);
  const engineError = field(bodyOf(error), "error");
  const message =
    engineError !== undefined
      ? describeEngineError(engineError)
      : error instanceof Error
        ? // both clients name a refused or dropped connection so: the operator's to fix, said plainly
          error.name === "ConnectionError"
          ? `the search engine could not be reached: ${error.message}`
          : `${error.name}: ${error.message}`
        : String(error);
  return new EngineError(call, resource, status, status === undefined ? message : `HTTP ${status} ${message}`);
}

/** The error type the engine named (`version_conflict_engine_exception`, ...), if any. */
export function engineErrorType(error: unknown): string | undefined {
  const type = field(field(bodyOf(error), "error"), "type");
  return typeof type === "string" ? type : undefined;
}

function field(value: unknown, key: string): unknown {
  return typeof value === "object" && value !== null ? (value as Record<string, unknown>)[key] : undefined;
}
