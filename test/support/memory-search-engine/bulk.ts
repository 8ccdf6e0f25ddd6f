/**
 * A `_bulk` request as a node reads it: the NDJSON lines the adapters send (bulkOperations in
 * responses.ts), an action line and, for an index, the source line after it, so a `sourceJson` is
 * indexed as sent. Items run in order; each names its own status and error; the answer is the
 * `items` array the adapters narrow with bulkItemResults.
 */
import type { Cluster, MemoryIndex } from "./cluster.js";
import { deleteDocument, indexDocument, type ItemOutcome } from "./documents.js";
import { answer, ClientError } from "./faults.js";

type Json = Record<string, unknown>;

const MAX_ID_BYTES = 512;

function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

interface Action {
  readonly op: "index" | "delete";
  readonly index: string;
  readonly id: string;
  readonly versionType: "internal" | "external" | "external_gte";
  readonly version?: number;
  /** The source line, for an index. */
  readonly source?: string;
}

function parseLines(lines: readonly string[]): Action[] {
  // the wire: one document per line; a line break inside a source would shift every later line
  const wire = lines.join("\n").split("\n");
  const actions: Action[] = [];
  for (let i = 0; i < wire.length; i++) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(wire[i] as string);
    } catch {
      parsed = undefined;
    }
    const [op, meta] = isObject(parsed) ? (Object.entries(parsed)[0] ?? []) : [];
    if ((op !== "index" && op !== "delete") || !isObject(meta))
      throw answer(400, "illegal_argument_exception", `Malformed action/metadata line [${i + 1}], expected START_OBJECT or END_OBJECT`);
    const id = String(meta._id);
    if (Buffer.byteLength(id) > MAX_ID_BYTES)
      throw answer(
        400,
        "action_request_validation_exception",
        `Validation Failed: 1: id [${id}] is too long, must be no longer than 512 bytes but was: ${Buffer.byteLength(id)};`,
      );
    const versionType = meta.version_type === "external" || meta.version_type === "external_gte" ? meta.version_type : "internal";
    const action = {
      op,
      index: String(meta._index),
      id,
      versionType,
      ...(typeof meta.version === "number" ? { version: meta.version } : {}),
    } as const;
    if (op === "index") {
      const source = wire[++i];
      if (source === undefined) throw answer(400, "illegal_argument_exception", "The bulk request must be terminated by a newline [\\n]");
      actions.push({ ...action, source });
    } else actions.push(action);
  }
  return actions;
}

function sourceOf(cluster: Cluster, text: string): { readonly source: Json } | { readonly failed: ItemOutcome } {
  try {
    const parsed: unknown = JSON.parse(text);
    if (isObject(parsed)) return { source: parsed };
  } catch {
    // answered below
  }
  const type = cluster.kind === "elasticsearch" ? "document_parsing_exception" : "mapper_parsing_exception";
  return { failed: { status: 400, error: { type, reason: "failed to parse" } } };
}

/** Runs the request; returns the answer body (`{ errors, items }`). */
export function runBulk(cluster: Cluster, lines: readonly string[], refresh: boolean): Json {
  const actions = parseLines(lines);
  const touched = new Set<MemoryIndex>();
  const items = actions.map((action) => {
    const target = cluster.writeTarget(action.index);
    let outcome: ItemOutcome;
    if (target instanceof ClientError) {
      const body = target.meta.body as { error: { type: string; reason: string } };
      outcome = { status: target.meta.statusCode ?? 400, error: body.error };
    } else {
      touched.add(target);
      const version = { type: action.versionType, ...(action.version === undefined ? {} : { version: action.version }) };
      if (action.op === "delete") outcome = deleteDocument(cluster, target, action.id, version);
      else {
        const parsed = sourceOf(cluster, action.source ?? "");
        outcome = "failed" in parsed ? parsed.failed : indexDocument(cluster, target, action.id, parsed.source, version);
      }
    }
    const index = target instanceof ClientError ? action.index : target.name;
    return {
      [action.op]: {
        _index: index,
        _id: action.id,
        status: outcome.status,
        ...(outcome.result ? { result: outcome.result } : {}),
        ...(outcome.error ? { error: outcome.error } : {}),
      },
    };
  });
  if (refresh) for (const index of touched) cluster.refresh(index);
  return { errors: items.some((item) => Object.values(item)[0]?.error !== undefined), items };
}
