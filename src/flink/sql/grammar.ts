import type { ANTLRErrorListener } from "antlr4ng";
import type { ErrorListener } from "dt-sql-parser";
import { FlinkSQL } from "dt-sql-parser/dist/parser/flink/index.js";

/**
 * The Flink SQL grammar (dt-sql-parser's, on antlr4ng), created on first use and kept for the
 * process. Deep imports keep the other dialects (MySQL, Spark, Hive...) out of the bundle and out
 * of the start-up cost.
 *
 * The first parse of a process pays for the grammar's warm-up: antlr deserialises the ATN and
 * builds its prediction cache (about 1-2 s on a 2-core machine, most of a cold run; see
 * scripts/bench/flink-planner.ts). Later parses reuse the cache, which is static on the parser
 * class, so the singleton is about not paying for construction at import time.
 */

/** FlinkSQL with its error listener reachable: it turns antlr's "mismatched input" into "'x' is not valid at this position". */
class FlinkGrammar extends FlinkSQL {
  errorListenerFor(report: ErrorListener): ANTLRErrorListener {
    return this.createErrorListener(report);
  }
}

let grammar: FlinkGrammar | undefined;
let createdInMs: number | undefined;

export function flinkGrammar(): FlinkGrammar {
  if (!grammar) {
    const start = performance.now();
    grammar = new FlinkGrammar();
    createdInMs = performance.now() - start;
  }
  return grammar;
}

/** How long building the grammar object took, once it was built (the bench prints it). */
export function grammarCreationMs(): number | undefined {
  return createdInMs;
}
