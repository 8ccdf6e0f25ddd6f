import { describe, expect, it } from "vitest";
import { findCommand } from "../../src/cli/command-table.js";
import { readSettings, splitList } from "../../src/cli/settings.js";
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
      "--phase (input 'phase'): 'swap' must be one of plan, create, load, catch-up, switch-read, switch-write, cleanup, all",
    ]);
  });

  it("reads service lists from an input, comma or newline separated", () => {
    expect(readSettings(spec("promote"), {}, inputs({ service: "a, b\nc" }), {}).services).toEqual(["a", "b", "c"]);
    expect(splitList(" ,\n")).toEqual([]);
  });

  it("returns a frozen object", () => {
    expect(Object.isFrozen(readSettings(spec("plan"), {}, inputs({}), {}))).toBe(true);
  });
});
