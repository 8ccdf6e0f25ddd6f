import { afterEach, describe, expect, it, vi } from "vitest";
import { substituteEnv } from "../../src/config/env-substitution.js";
import { parseConfig } from "../../src/config/load.js";
import { InputError } from "../../src/errors.js";

/**
 * Reading YAML is bounded and quiet whatever the file holds: no Node warning, no stack overflow,
 * no prototype reached. (config-hostile.test.ts has the variants; these pin the mechanisms.)
 */

const problemsOf = (text: string): string[] => {
  try {
    parseConfig(text, "c.yml", {});
    return [];
  } catch (error) {
    if (error instanceof InputError) return [...error.problems];
    throw error;
  }
};

const laughs = (levels: number) =>
  `version: 1\nproject: p\nl0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n${Array.from(
    { length: levels },
    (_, i) => `l${i + 1}: &l${i + 1} [${Array(10).fill(`*l${i}`).join(", ")}]`,
  ).join("\n")}\n`;

describe("YAML that would exhaust time, memory or the stack", () => {
  afterEach(() => vi.restoreAllMocks());

  it("a billion laughs stops early, in little time and memory", () => {
    const before = process.memoryUsage().heapUsed;
    const started = performance.now();
    expect(problemsOf(laughs(9))).toEqual([
      "c.yml: its aliases expand to too much data (at most 100 alias expansions; a file like this can exhaust memory)",
    ]);
    expect(performance.now() - started).toBeLessThan(10_000); // a runaway takes minutes; this tells the two apart on a busy machine
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(64 * 1024 * 1024);
  });

  it.each([
    ["flow lists", (n: number) => `x: ${"[".repeat(n)}${"]".repeat(n)}`],
    ["flow maps", (n: number) => `x: ${"{a: ".repeat(n)}1${"}".repeat(n)}`],
    ["compact block lists", (n: number) => `x:\n  ${"- ".repeat(n)}1`],
  ])("%s nested far too deep are refused before the parser recurses", (_kind, make) => {
    for (const depth of [65, 1000, 20_000]) {
      const started = performance.now();
      const problems = problemsOf(`version: 1\nproject: p\n${make(depth)}\n`);
      expect(problems).toHaveLength(1);
      // just past the limit the composed document reports it with the key path; far past, the first pass does
      expect(problems[0]).toMatch(/^c\.yml: line \d+(, column \d+: \S+)?: nested too deeply \(at most 64 levels of mappings and lists\)$/);
      expect(performance.now() - started).toBeLessThan(10_000); // a runaway takes minutes; this tells the two apart on a busy machine
    }
  });

  it("64 levels are fine", () => {
    const query = `${"{a: ".repeat(56)}1${"}".repeat(56)}`;
    const text = `version: 1\nproject: p\nsearch:\n  engine: opensearch\n  url: http://s:9200\n  indices: [ { name: i, source: { type: index, query: ${query} } } ]\n`;
    expect(problemsOf(text)).toEqual([]);
  });

  it("a complex key is an error naming its line, and no Node warning is emitted", () => {
    const warn = vi.spyOn(process, "emitWarning");
    expect(problemsOf("version: 1\nproject: p\n? [a, b]\n: 1\n? { c: d }\n: 2\n")).toEqual([
      "c.yml: line 3, column 3: a key must be plain text, not a list, a mapping or an alias",
      "c.yml: line 5, column 3: a key must be plain text, not a list, a mapping or an alias",
    ]);
    expect(warn).not.toHaveBeenCalled();
  });

  it("a duplicate key names the key and both lines", () => {
    expect(problemsOf("version: 1\nproject: p\ntraffic:\n  bakeTime: 1m\n  alarms: []\n  bakeTime: 2m\n")).toEqual([
      "c.yml: line 6, column 3: traffic.bakeTime: duplicate key 'bakeTime' (first given at line 4, column 3); each key may appear once",
    ]);
  });

  it.each([
    ["an unterminated string", "version: 1\nproject: p\nsecret-line: 'TOP-SECRET\n"],
    ["a file that is not YAML at all", "root:x:0:0:root:/root:/bin/bash\n  TOP-SECRET: [\n}}\n"],
    ["stray flow indicators", "version: 1\n] TOP-SECRET } x\n"],
  ])("YAML errors in %s give a line and column and quote no source text", (_what, text) => {
    const problems = problemsOf(text);
    expect(problems.length).toBeGreaterThan(0);
    for (const p of problems) {
      expect(p).toMatch(/^c\.yml: line \d+, column \d+: /);
      expect(p).not.toMatch(/TOP-SECRET|root:x/);
    }
  });
});

describe("keys that would reach a prototype", () => {
  it("are refused at any depth, naming the path", () => {
    expect(problemsOf("version: 1\nproject: p\ntraffic: { stickiness: { __proto__: { enabled: false } } }\n")).toEqual([
      "c.yml: line 3, column 26: traffic.stickiness.__proto__: unknown key ('__proto__' is not allowed anywhere in the config)",
    ]);
    expect(({} as Record<string, unknown>).enabled).toBeUndefined();
  });

  it("substitution builds objects no key can give a prototype", () => {
    const document = JSON.parse('{"a": {"__proto__": {"polluted": "yes"}}}') as unknown;
    const { value } = substituteEnv(document, {});
    const a = (value as { a: Record<string, unknown> }).a;
    expect(Object.getPrototypeOf(a)).toBeNull();
    expect(Object.keys(a)).toEqual(["__proto__"]);
    expect(a.polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
