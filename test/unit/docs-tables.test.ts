import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { applyBlocks, compareDocs, configKeyPaths, renderBlocks } from "../../scripts/docs-tables/tables.js";
import { COMMANDS } from "../../src/cli/command-table.js";

/**
 * README.md and docs/ list the commands, their flags and the actions' inputs. Those lists are
 * generated from the code (`npm run docs:tables`); a change to the code that is not carried into
 * the documents fails here.
 */
const root = join(import.meta.dirname, "../..");

describe("generated documentation tables", () => {
  it.each(compareDocs(root).map((doc) => [doc.file, doc] as const))("%s matches the code (run npm run docs:tables)", (_file, doc) => {
    expect(doc.current).toBe(doc.expected);
  });

  it("the tables hold every command, every flag and every action input", () => {
    const blocks = renderBlocks(root);
    for (const spec of COMMANDS) {
      expect(blocks.commands).toContain(`| \`${spec.name}\` |`);
      expect(blocks["command-flags"]).toContain(`### ${spec.name}\n`);
    }
    for (const flag of [
      "--to <weight>",
      "--service <name...>",
      "--phase <phase>",
      "--break-lock <id>",
      "--command <name>",
      "--accept-stale",
    ]) {
      expect(blocks["command-flags"]).toContain(`\`${flag}\``);
    }
    for (const action of readdirSync(join(root, "actions"), { withFileTypes: true }).filter((e) => e.isDirectory())) {
      expect(blocks.actions).toContain(`\`actions/${action.name}\``);
      expect(blocks["action-inputs"]).toContain(`### ${action.name}\n`);
    }
    expect(blocks["action-inputs"]).toContain("| `to` | (empty) | Target green weight, 0 to 100.");
  });

  it("a document whose markers are gone is an error naming the file", () => {
    const blocks = renderBlocks(root);
    expect(() => applyBlocks("README.md", "# cutover\n", ["commands"], blocks)).toThrow(
      "README.md: the markers <!-- docs-tables:commands --> ... <!-- /docs-tables:commands --> are missing or out of order",
    );
    const edited = "a\n<!-- docs-tables:commands -->\n| `plan` | stale |\n<!-- /docs-tables:commands -->\nb\n";
    const fixed = applyBlocks("x.md", edited, ["commands"], blocks);
    expect(fixed).not.toContain("stale");
    expect(fixed.startsWith("a\n<!-- docs-tables:commands -->\n\n| command |")).toBe(true);
    expect(fixed.endsWith("<!-- /docs-tables:commands -->\nb\n")).toBe(true);
  });
});

describe("docs/config.md", () => {
  const reference = readFileSync(join(root, "docs/config.md"), "utf8");

  it("names every key the config schema accepts, each in a table row of its own", () => {
    const keys = configKeyPaths();
    expect(keys).toContain("traffic.standby");
    expect(keys).toContain("search.indices[].validation.maxLatencyRatio");
    const missing = keys.filter((key) => !reference.includes(`| \`${key}\` |`));
    expect(missing).toEqual([]);
  });

  it("names no key the schema does not accept", () => {
    const keys = new Set(configKeyPaths());
    const documented = [...reference.matchAll(/^\| `([a-zA-Z][\w.[\]]*)` \|/gm)].map((m) => m[1]!);
    expect(documented.length).toBeGreaterThan(150);
    expect(documented.filter((key) => !keys.has(key))).toEqual([]);
  });
});

describe("LICENSE", () => {
  it("is the license package.json names", () => {
    const manifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { license: string };
    const license = readFileSync(join(root, "LICENSE"), "utf8");
    expect(manifest.license).toBe("Apache-2.0");
    expect(license).toMatch(/^\s*Apache License\s+Version 2\.0, January 2004\s/);
    expect(license).toContain("END OF TERMS AND CONDITIONS");
  });
});
