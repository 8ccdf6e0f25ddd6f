import { describe, expect, it } from "vitest";
import { findCommand } from "../../src/cli/command-table.js";
import { readSettings, splitList, type Flags } from "../../src/cli/settings.js";
import { InputError } from "../../src/errors.js";

const spec = (name: string) => {
  const found = findCommand(name);
  if (!found) throw new Error(name);
  return found;
};
const inputs = (values: Record<string, string>) => ({ input: (name: string) => values[name] });

describe("readSettings", () => {
  it("flags win over host inputs, inputs over defaults", () => {
    const settings = readSettings(
      spec("switch-traffic"),
      { config: "a.yml" },
      inputs({ config: "b.yml", to: "25", "dry-run": "true" }),
      {},
    );
    expect(settings).toMatchObject({ configPath: "a.yml", to: 25, dryRun: true, json: false });
  });

  it("defaults the config file and takes the release from a pushed tag", () => {
    const settings = readSettings(spec("plan"), {}, inputs({}), { GITHUB_REF_TYPE: "tag", GITHUB_REF_NAME: "v1.2.3" });
    expect(settings).toMatchObject({ configPath: "cutover.yml", release: "v1.2.3" });
    expect(readSettings(spec("plan"), {}, inputs({}), { GITHUB_REF_TYPE: "branch", GITHUB_REF_NAME: "main" }).release).toBeUndefined();
    expect(readSettings(spec("plan"), {}, inputs({}), { TAG_NAME: "r9" }).release).toBe("r9");
  });

  it("names every bad value at once", () => {
    try {
      readSettings(spec("switch-traffic"), { to: "150", release: "bad release!" }, inputs({ "dry-run": "maybe" }), {});
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InputError);
      expect((error as InputError).problems).toHaveLength(3);
      expect((error as InputError).problems).toEqual(
        expect.arrayContaining([
          "--dry-run (input 'dry-run'): 'maybe' is not a boolean (true or false)",
          "--release (input 'release'): 'bad release!' must be 1-64 letters, digits, '.', '_' or '-', starting with a letter or digit",
          "--to (input 'to'): '150' must be a whole number 0..100",
        ]),
      );
    }
  });

  it("rejects a weight that only looks like a number", () => {
    expect(() => readSettings(spec("switch-traffic"), { to: "1e2" }, inputs({}), {})).toThrow(InputError);
    expect(() => readSettings(spec("switch-traffic"), { to: "-1" }, inputs({}), {})).toThrow(InputError);
  });

  it("checks the reindex phase", () => {
    expect(readSettings(spec("es-reindex"), { phase: "switch-read" }, inputs({}), {}).phase).toBe("switch-read");
    const problems = () => {
      try {
        readSettings(spec("es-reindex"), { phase: "swap" }, inputs({}), {});
        return [];
      } catch (error) {
        return (error as InputError).problems;
      }
    };
    expect(problems()).toEqual([
      "--phase (input 'phase'): 'swap' must be one of plan, create, load, catch-up, validate, switch-read, follow, switch-write, rollback, cleanup, all",
    ]);
  });

  it("checks each command's phase against its own phases, and reads --yes", () => {
    expect(readSettings(spec("flink"), { phase: "switch" }, inputs({}), {}).phase).toBe("switch");
    expect(readSettings(spec("flink"), {}, inputs({ phase: "cleanup", yes: "true" }), {})).toMatchObject({ phase: "cleanup", yes: true });
    // a reindex phase is no flink phase, and the other way round
    for (const [command, phase, expected] of [
      ["flink", "switch-read", "plan, deploy, switch, rollback, cleanup"],
      ["es-reindex", "deploy", "plan, create, load, catch-up, validate, switch-read, follow, switch-write, rollback, cleanup, all"],
    ] as const) {
      try {
        readSettings(spec(command), { phase }, inputs({}), {});
        expect.unreachable();
      } catch (error) {
        expect((error as InputError).problems).toEqual([`--phase (input 'phase'): '${phase}' must be one of ${expected}`]);
      }
    }
    // --yes only where a command takes it
    expect(readSettings(spec("promote"), {}, inputs({ yes: "true" }), {}).yes).toBe(false);
  });

  it("es-reindex --for takes a duration up to 7d", () => {
    expect(readSettings(spec("es-reindex"), { for: "90s" }, inputs({}), {}).forMs).toBe(90_000);
    expect(readSettings(spec("es-reindex"), {}, inputs({ for: "2h" }), {}).forMs).toBe(7_200_000);
    for (const bad of ["8d", "soon"]) {
      try {
        readSettings(spec("es-reindex"), { for: bad }, inputs({}), {});
        expect.unreachable();
      } catch (error) {
        expect((error as InputError).problems).toEqual([
          `--for (input 'for'): '${bad}' must be a duration such as 30s, 10m or 2h, at most 7d`,
        ]);
      }
    }
  });

  it("reads service lists from an input, comma or newline separated", () => {
    expect(readSettings(spec("promote"), {}, inputs({ service: "a, b\nc" }), {}).services).toEqual(["a", "b", "c"]);
    expect(splitList(" ,\n")).toEqual([]);
  });

  it("returns a frozen object", () => {
    expect(Object.isFrozen(readSettings(spec("plan"), {}, inputs({}), {}))).toBe(true);
  });

  it("lint-migrations: paths from operands or the paths input, a known dialect, a git ref that cannot be an option", () => {
    const lint = spec("lint-migrations");
    expect(readSettings(lint, { paths: ["a", "b"] }, inputs({ paths: "c" }), {}).paths).toEqual(["a", "b"]);
    expect(readSettings(lint, {}, inputs({ paths: "c\nd, e" }), {}).paths).toEqual(["c", "d", "e"]);
    expect(readSettings(lint, {}, inputs({ dialect: "mysql", "blue-ref": "v1.4.0" }), {})).toMatchObject({
      dialect: "mysql",
      blueRef: "v1.4.0",
    });
    const cases: [Flags, string][] = [
      [{ dialect: "oracle" }, "--dialect (input 'dialect'): 'oracle' must be one of postgresql, mysql"],
      [{ blueRef: "--output=/tmp/x" }, "--blue-ref (input 'blue-ref'): '--output=/tmp/x' is not a git ref"],
      [{ blueRef: "main..HEAD" }, "--blue-ref (input 'blue-ref'): 'main..HEAD' is not a git ref"],
      [{ paths: ["a"], all: true }, "--all: give either paths or --all, not both"],
    ];
    for (const [flags, problem] of cases) {
      expect(() => readSettings(lint, { ...flags }, inputs({}), {}), problem).toThrow(InputError);
      try {
        readSettings(lint, { ...flags }, inputs({}), {});
      } catch (error) {
        expect((error as InputError).problems.join("\n")).toContain(problem);
      }
    }
  });
});

describe("es-reindex --weight", () => {
  const es = findCommand("es-reindex");
  const none = { input: () => undefined };
  it("takes a whole percent from the flag or the weight input", () => {
    if (!es) throw new Error("no es-reindex command");
    expect(readSettings(es, { weight: "25" }, none, {}).weight).toBe(25);
    expect(readSettings(es, {}, { input: (n: string) => (n === "weight" ? "0" : undefined) }, {}).weight).toBe(0);
    expect(readSettings(es, {}, none, {}).weight).toBeUndefined();
  });
  it.each(["150", "-1", "12.5", "ten"])("refuses %j, naming the flag and the input", (raw) => {
    if (!es) throw new Error("no es-reindex command");
    expect(() => readSettings(es, { weight: raw }, none, {})).toThrow(InputError);
    try {
      readSettings(es, { weight: raw }, none, {});
    } catch (error) {
      expect((error as InputError).problems.join("\n")).toContain("--weight (input 'weight')");
    }
  });
});
