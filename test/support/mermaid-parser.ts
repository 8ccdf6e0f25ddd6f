import { JSDOM } from "jsdom";

/**
 * The real Mermaid parser, for tests of the diagrams cutover draws. Mermaid's parse sanitizes
 * labels with DOMPurify, which needs a DOM: jsdom gives it one. Loaded once per test file.
 */
let loaded: Promise<(text: string) => Promise<{ diagramType: string }>> | undefined;

export function mermaidParser(): Promise<(text: string) => Promise<{ diagramType: string }>> {
  loaded ??= (async () => {
    const dom = new JSDOM("<!doctype html><html><body></body></html>");
    const global = globalThis as Record<string, unknown>;
    global.window ??= dom.window;
    global.document ??= dom.window.document;
    const { default: mermaid } = await import("mermaid");
    mermaid.initialize({ startOnLoad: false, securityLevel: "strict" });
    return async (text: string) => {
      const result = await mermaid.parse(text);
      if (!result) throw new Error("mermaid did not recognise the diagram");
      return result;
    };
  })();
  return loaded;
}
