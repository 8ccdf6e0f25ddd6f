import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/load.js";
import { InputError } from "../../src/errors.js";

/**
 * Files a config names resolve, symlinks followed, inside the config file's folder or the working
 * directory, and a file that is not what it should be is reported without quoting it.
 */

const withMappings = (path: string) =>
  `version: 1\nproject: p\nsearch:\n  engine: opensearch\n  url: http://s:9200\n  indices: [ { name: i, mappings: "${path}", source: { type: index } } ]\n`;

/** <tmp>/work (the working directory) holding config/cutover.yml, plus <tmp>/elsewhere. */
function layout(config: string) {
  const base = mkdtempSync(join(tmpdir(), "cutover-files-"));
  const work = join(base, "work");
  const folder = join(work, "config");
  const elsewhere = join(base, "elsewhere");
  mkdirSync(folder, { recursive: true });
  mkdirSync(elsewhere);
  writeFileSync(join(folder, "cutover.yml"), config);
  return { base, work, folder, elsewhere, file: join(folder, "cutover.yml") };
}

async function problemsOf(file: string, cwd: string): Promise<string[]> {
  try {
    await loadConfig(file, {}, { cwd });
    return [];
  } catch (error) {
    if (error instanceof InputError) return [...error.problems];
    throw error;
  }
}

describe("files the config names", () => {
  it("may be in the config's folder, below it, or in the working directory", async () => {
    const { work, folder, file } = layout(withMappings("m/index.json"));
    mkdirSync(join(folder, "m"));
    writeFileSync(join(folder, "m", "index.json"), "{}");
    expect(await problemsOf(file, work)).toEqual([]);

    const above = layout(withMappings("../shared.json"));
    writeFileSync(join(above.work, "shared.json"), "{}");
    expect(await problemsOf(above.file, above.work)).toEqual([]);
  });

  it("may be symlinks that stay inside", async () => {
    const { work, folder, file } = layout(withMappings("link.json"));
    writeFileSync(join(work, "real.json"), "{}");
    symlinkSync(join(work, "real.json"), join(folder, "link.json"));
    expect(await problemsOf(file, work)).toEqual([]);
  });

  it("may not leave both folders, by path or by symlink, and nothing outside is read", async () => {
    const outside = "is outside the config file's folder and the working directory";
    const byPath = layout(withMappings("../../elsewhere/secret.json"));
    writeFileSync(join(byPath.elsewhere, "secret.json"), '{"TOP-SECRET": }');
    const problems = await problemsOf(byPath.file, byPath.work);
    expect(problems).toEqual([expect.stringContaining(`search.indices[0].mappings: '../../elsewhere/secret.json' ${outside}`)]);

    const byLink = layout(withMappings("link.json"));
    writeFileSync(join(byLink.elsewhere, "secret.json"), '{"TOP-SECRET": }');
    symlinkSync(join(byLink.elsewhere, "secret.json"), join(byLink.folder, "link.json"));
    expect(await problemsOf(byLink.file, byLink.work)).toEqual([expect.stringContaining(`'link.json' ${outside}`)]);
  });

  it("report a JSON error by line and column, without quoting the file", async () => {
    const { work, folder, file } = layout(withMappings("m.json"));
    writeFileSync(join(folder, "m.json"), '{\n  "settings": {\n    "TOP-SECRET" 1\n  }\n}\n');
    const problems = await problemsOf(file, work);
    expect(problems).toEqual(["search.indices[0].mappings: 'm.json' is not valid JSON (line 3, column 18)"]);
  });

  it("must be regular files of a sane size", async () => {
    const dir = layout(withMappings("dir"));
    mkdirSync(join(dir.folder, "dir"));
    expect(await problemsOf(dir.file, dir.work)).toEqual(["search.indices[0].mappings: 'dir' is not a file"]);

    const big = layout(withMappings("big.json"));
    writeFileSync(join(big.folder, "big.json"), `{"a": "${"x".repeat(5 * 1024 * 1024)}"}`);
    expect(await problemsOf(big.file, big.work)).toEqual(["search.indices[0].mappings: 'big.json' is larger than 4194304 bytes"]);
  });

  it("the config file itself must be a regular file of a sane size", async () => {
    const { work, folder } = layout("");
    await expect(loadConfig(folder, {}, { cwd: work })).rejects.toThrow("cannot be read: not a regular file");
    writeFileSync(join(folder, "big.yml"), `# ${"x".repeat(200_000)}\n`);
    await expect(loadConfig(join(folder, "big.yml"), {}, { cwd: work })).rejects.toThrow("is too large: 200003 bytes");
  });
});
