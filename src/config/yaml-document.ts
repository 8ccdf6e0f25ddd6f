import { LineCounter, isMap, parseDocument, type Document } from "yaml";
import { InputError } from "../errors.js";
import { escapeControlChars } from "../report/escape.js";
import { MAX_ALIAS_COUNT, MAX_CONFIG_BYTES, MAX_DEPTH } from "./limits.js";
import { findRunawayNesting } from "./yaml-nesting.js";
import { checkNodes } from "./yaml-nodes.js";

/**
 * Config text to plain data, in bounded time and memory whatever the text holds. Every problem is
 * bad input (an InputError naming the file and the line), never a crash, a stack overflow or a
 * Node warning. Messages quote no source text beyond a key or a tag, with control characters
 * escaped.
 */
export function readYaml(text: string, source: string): unknown {
  const name = escapeControlChars(source);
  const fail = (summary: string, problems: readonly string[]): never => {
    throw new InputError(
      `${name} ${summary}`,
      problems.map((p) => `${name}: ${escapeControlChars(p)}`),
    );
  };

  const bytes = Buffer.byteLength(text, "utf8");
  if (bytes > MAX_CONFIG_BYTES) fail("is too large", [`${bytes} bytes; a config file may hold at most ${MAX_CONFIG_BYTES} bytes`]);

  const runaway = findRunawayNesting(text);
  if (runaway !== undefined)
    fail("is not valid YAML", [`line ${runaway}: nested too deeply (at most ${MAX_DEPTH} levels of mappings and lists)`]);

  const lines = new LineCounter();
  let document: Document;
  try {
    // stringKeys: a key that is a list or mapping is an error here, not a Node warning in toJS.
    // Duplicate keys are reported by checkNodes, which can name them. prettyErrors would quote the
    // source around each error (and build a regular expression the size of the nesting).
    document = parseDocument(text, { prettyErrors: false, uniqueKeys: false, stringKeys: true, lineCounter: lines });
  } catch (error) {
    return fail("is not valid YAML", [describeUnexpected(error)]);
  }
  if (document.errors.length > 0) {
    fail(
      "is not valid YAML",
      document.errors.map((e) => {
        const { line, col } = lines.linePos(e.pos[0]);
        return `line ${line}, column ${col}: ${yamlMessage(e.code, e.message)}`;
      }),
    );
  }

  if (!isMap(document.contents)) {
    throw new InputError(`${name}: the file must be a YAML mapping with at least 'version' and 'project'`);
  }
  const nodeProblems = checkNodes(document, lines);
  if (nodeProblems.length > 0) fail("is not valid", nodeProblems);

  try {
    return document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    if (error instanceof ReferenceError) {
      return fail("is not valid", [
        `its aliases expand to too much data (at most ${MAX_ALIAS_COUNT} alias expansions; a file like this can exhaust memory)`,
      ]);
    }
    return fail("is not valid", [describeUnexpected(error)]);
  }
}

function yamlMessage(code: string, message: string): string {
  switch (code) {
    case "RESOURCE_EXHAUSTION":
      return `nested too deeply (at most ${MAX_DEPTH} levels of mappings and lists)`;
    case "NON_STRING_KEY":
      return "a key must be plain text, not a list, a mapping or an alias";
    case "MULTIPLE_DOCS":
      return "the file must hold one YAML document (no '---' between documents)";
    default:
      // the yaml package's messages quote the offending token ("... in YAML stream: \"root\""); the
      // line and column say where it is without showing it
      return (message.split("\n")[0] ?? code).replace(/\s*:?\s*"(?:[^"\\]|\\.)*"/g, "").slice(0, 160);
  }
}

/** A stack overflow is the one failure the parser is known to throw rather than report. */
function describeUnexpected(error: unknown): string {
  if (error instanceof RangeError) return `nested too deeply (at most ${MAX_DEPTH} levels of mappings and lists)`;
  return `cannot be parsed (${error instanceof Error ? error.name : "error"})`;
}
