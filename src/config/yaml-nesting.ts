import { CST, Lexer } from "yaml";
import { MAX_DEPTH } from "./limits.js";

/**
 * A first pass over the raw YAML tokens, before the `yaml` package builds a document. Its composer
 * recurses once per level of nesting, and a file of a few kilobytes of `[` or `- - -` makes it
 * overflow the stack, recover, and try again for seconds, or run out of memory. The lexer is a
 * plain loop, so this pass stops at the first sign of runaway nesting; the exact depth is checked
 * on the composed document (yaml-nodes.ts).
 *
 * Flow collections (`[`, `{`) are counted exactly. Block nesting is bounded through columns: a
 * nested block collection starts to the right of its parent (or at the same column, for a list
 * under a key), so block depth is at most twice the column. A structure further right than
 * MAX_COLUMN is refused; real configs stay well left of it.
 */

const MAX_COLUMN = 4 * MAX_DEPTH;

/** Zero-width markers the lexer inserts; they are not in the source. */
const MARKERS = new Set<string>([CST.BOM, CST.DOCUMENT, CST.FLOW_END, CST.SCALAR]);

/** Returns the 1-based line of the first runaway nesting, or undefined when the text is fine. */
export function findRunawayNesting(text: string): number | undefined {
  let line = 1;
  let column = 0;
  let flow = 0;
  for (const token of new Lexer().lex(text)) {
    switch (CST.tokenType(token)) {
      case "flow-seq-start":
      case "flow-map-start":
        if (++flow > MAX_DEPTH) return line;
        break;
      case "flow-seq-end":
      case "flow-map-end":
        flow = Math.max(0, flow - 1);
        break;
      case "seq-item-ind":
      case "explicit-key-ind":
        if (flow === 0 && column > MAX_COLUMN) return line;
        break;
      case "space":
        if (flow === 0 && column === 0 && token.length > MAX_COLUMN) return line;
        break;
    }
    if (MARKERS.has(token)) continue;
    const lastNewline = token.lastIndexOf("\n");
    if (lastNewline === -1) column += token.length;
    else {
      line += token.split("\n").length - 1;
      column = token.length - lastNewline - 1;
    }
  }
  return undefined;
}
