import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/run-cli.js";
import { fakeIo } from "../support/fake-io.js";

/** `cutover lint-migrations <paths>` as a pull request runs it: no config, no database. */

// the JSON documents are read field by field in assertions
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

function folder(files: Record<string, string>, lock?: string): string {
  const dir = mkdtempSync(join(tmpdir(), "cutover-lint-"));
  if (lock !== undefined) writeFileSync(join(dir, "migration_lock.toml"), `provider = "${lock}"\n`);
  for (const [name, sql] of Object.entries(files)) {
    mkdirSync(join(dir, name), { recursive: true });
    writeFileSync(join(dir, name, "migration.sql"), sql);
  }
  return dir;
}

async function lint(...args: string[]) {
  const { io, stdout, stderr } = fakeIo();
  const code = await runCli(["lint-migrations", ...args], io);
  return { code, stdout: stdout(), stderr: stderr(), json: args.includes("--json") ? (JSON.parse(stdout()) as Json) : undefined };
}

const UNSAFE = [
  "-- CreateTable",
  'CREATE TABLE "Note" ("id" SERIAL NOT NULL, CONSTRAINT "Note_pkey" PRIMARY KEY ("id"));',
  "",
  'ALTER TABLE "Event" DROP COLUMN "legacy";',
  'CREATE INDEX "Event_name_idx" ON "Event"("name");',
  'ALTER TABLE "Event" ADD COLUMN "kind" TEXT NOT NULL;',
  "",
].join("\n");

describe("lint-migrations on paths", () => {
  it("reports a DROP COLUMN, a plain CREATE INDEX and an ADD COLUMN NOT NULL without default, with file:line, exit 3", async () => {
    const dir = folder({ "20260201000000_unsafe": UNSAFE }, "postgresql");
    const result = await lint(dir, "--json");
    expect(result.code, result.stdout).toBe(3);
    const where = result.json.result.findings.map((f: Json) => `${f.rule} ${f.file.split("/").slice(-2).join("/")}:${f.line}`);
    expect(where).toEqual([
      "drop-column 20260201000000_unsafe/migration.sql:4",
      "create-index-without-concurrently 20260201000000_unsafe/migration.sql:5",
      "add-column-not-null-without-default 20260201000000_unsafe/migration.sql:6",
    ]);
    expect(result.json.error.kind).toBe("refused");

    const text = await lint(dir);
    expect(text.code).toBe(3);
    expect(text.stdout + text.stderr).toMatch(/migration\.sql:4: drop-column/);
  });

  it("a reasoned opt-out on the DROP COLUMN leaves the other two", async () => {
    const sql = UNSAFE.replace(
      'ALTER TABLE "Event" DROP COLUMN',
      '-- cutover:allow drop-column: unused since v1.4\nALTER TABLE "Event" DROP COLUMN',
    );
    const dir = folder({ "20260201000000_unsafe": sql }, "postgresql");
    const result = await lint(dir, "--json");
    expect(result.code).toBe(3);
    expect(result.json.result.findings.map((f: Json) => f.rule)).toEqual([
      "create-index-without-concurrently",
      "add-column-not-null-without-default",
    ]);
    expect(result.json.result.suppressed).toEqual([
      expect.objectContaining({ rule: "drop-column", reason: "unused since v1.4", by: "comment" }),
    ]);
  });

  it("a clean migration is exit 0; a .sql file can be given alone", async () => {
    const dir = folder({ "20260201000000_ok": 'ALTER TABLE "Event" ADD COLUMN "note" TEXT;\n' }, "postgresql");
    const result = await lint(join(dir, "20260201000000_ok", "migration.sql"));
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain("safe for blue/green");
  });

  it("unparsable SQL is exit 2 with file:line and the parser's message", async () => {
    const dir = folder({ "20260201000000_bad": '-- one\n-- two\nALTER TABLE "Event" ADD COLUM x int;\n' }, "postgresql");
    const result = await lint(dir);
    expect(result.code).toBe(2);
    expect(result.stderr + result.stdout).toMatch(/20260201000000_bad\/migration\.sql:3: syntax error at or near/);
  });

  it("the dialect comes from migration_lock.toml, else --dialect; a contradiction or nothing is exit 2", async () => {
    const mysql = "ALTER TABLE `Event` DROP COLUMN `legacy`;\n";
    const withLock = folder({ "20260201000000_m": mysql }, "mysql");
    const fromLock = await lint(withLock, "--json");
    expect(fromLock.code).toBe(3);
    expect(fromLock.json.result).toMatchObject({ dialect: "mysql", dialectFrom: "migration_lock.toml" });
    expect((await lint(withLock, "--dialect", "postgresql")).code).toBe(2);

    const noLock = folder({ "20260201000000_m": mysql });
    const unknown = await lint(noLock);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("--dialect");
    const given = await lint(noLock, "--dialect", "mysql", "--json");
    expect(given.json.result).toMatchObject({ dialect: "mysql", dialectFrom: "--dialect" });
  });

  it("a path that does not exist, or no paths and no config, is exit 2 naming it", async () => {
    const missing = await lint("no/such/folder");
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("path 'no/such/folder'");
    expect((await lint()).code).toBe(2);
  });

  it("--blue-schema: a column blue no longer maps may be dropped; one it maps may not", async () => {
    const dir = folder({ "20260201000000_drop": 'ALTER TABLE "Event" DROP COLUMN "legacy";\n' }, "postgresql");
    const blueWithout = join(dir, "blue-without.prisma");
    const blueWith = join(dir, "blue-with.prisma");
    const model = (extra: string) => `model Event {\n  id   Int    @id\n  name String\n${extra}}\n`;
    writeFileSync(blueWithout, model(""));
    writeFileSync(blueWith, model("  legacy String? \n"));
    expect((await lint(dir, "--blue-schema", blueWithout)).code).toBe(0);
    const maps = await lint(dir, "--blue-schema", blueWith, "--json");
    expect(maps.code).toBe(3);
    expect(maps.json.result.findings[0].message).toMatch(/blue still maps/);
  });
});
