/**
 * A worker thread's side of parse-pool.ts: parses each batch of files it is sent and sends back
 * the facts (a file the grammar rejects comes back as null: the main thread parses it again, to
 * report its errors with every other problem of the pipeline).
 */
import type { MessagePort } from "node:worker_threads";
import { parseFlinkSql } from "../sql/parse-sql.js";
import type { ParseReply, ParseRequest, ParseResult } from "./parse-pool.js";

export function runWorker(port: MessagePort): void {
  port.on("message", (request: ParseRequest) => {
    const results = request.files.map(([key, path, text]): ParseResult => {
      try {
        return [key, parseFlinkSql(text, path)];
      } catch {
        return [key, null];
      }
    });
    port.postMessage({ kind: "parsed", results } satisfies ParseReply);
  });
  port.postMessage({ kind: "ready" } satisfies ParseReply);
}
