import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { lintMigrations, SqlSyntaxError } from "../../src/db/lint/index.js";
import { lintSql } from "../support/lint-helpers.js";

async function syntaxError(promise: Promise<unknown>): Promise<SqlSyntaxError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(SqlSyntaxError);
  return error as SqlSyntaxError;
}

const file = "migrations/20260101000000_m1/migration.sql";

describe("syntax errors", () => {
  it("PostgreSQL: file:line of the bad statement after comments and multi-line statements", async () => {
    const sql = ["-- CreateTable", "/* a block", "   comment */", 'CREATE TABLE "T" (', '  "id" INT', ");", "ALTR TABLE x;"].join("\n");
    const error = await syntaxError(lintSql(sql, { dialect: "postgresql" }));
    expect(error.line).toBe(7);
    expect(error.file).toBe(file);
    expect(error.parserMessage).toContain("syntax error at or near");
    expect(error.message).toBe(`${file}:7: ${error.parserMessage}`);
  });

  it("PostgreSQL: the line is right after multi-byte text (the parser counts characters)", async () => {
    const sql = ["-- Ünïcödé 🎉🎉 ümlauts", "COMMENT ON TABLE \"T\" IS '日本語 🎉';", "", "", "", "", "SELEC 1;"].join("\n");
    expect((await syntaxError(lintSql(sql, { dialect: "postgresql" }))).line).toBe(7);
  });

  it("MySQL: statement line + parser line - 1", async () => {
    const sql = [
      "-- CreateTable",
      "# note",
      "CREATE TABLE `T` (",
      "  `id` INT",
      ");",
      "/* x */",
      "ALTER TABLE `T`",
      "  ADD COLUMN `x` INT NOT NULL DEFALT 0;",
    ].join("\n");
    const error = await syntaxError(lintSql(sql, { dialect: "mysql" }));
    expect(error.line).toBe(8);
    expect(error.message.startsWith(`${file}:8: `)).toBe(true);
  });

  it("MySQL: quotes with semicolons, escapes and comments do not split statements", async () => {
    const sql = "UPDATE `t` SET `a` = 'x;\\'y' WHERE `b` = \"c;\" -- trailing; comment\n  AND `d` = 1; /* ; */\nSELEC 1;";
    expect((await syntaxError(lintSql(sql, { dialect: "mysql" }))).line).toBe(3);
  });
});

describe("line numbers", () => {
  it("PostgreSQL findings point at the statement's first token after multi-byte text", async () => {
    const sql = [
      "-- 🎉 Überblick: ärger",
      "COMMENT ON TABLE \"Event\" IS 'Événements 日本';",
      "",
      "  -- DropColumn",
      '  ALTER TABLE "Event"',
      '    DROP COLUMN "x";',
    ].join("\n");
    const result = await lintSql(sql, { dialect: "postgresql" });
    expect(result.findings.map((f) => [f.rule, f.line, f.statement])).toEqual([["drop-column", 5, 'ALTER TABLE "Event"']]);
  });

  it("MySQL findings point at the statement's first token", async () => {
    const sql = ["-- 🎉 ärger", "SELECT 'a;b';", "", "/* drop", " it */ ALTER TABLE `Event`", "  DROP COLUMN `x`;"].join("\n");
    const result = await lintSql(sql, { dialect: "mysql" });
    expect(result.findings.map((f) => [f.rule, f.line, f.statement])).toEqual([["drop-column", 5, "ALTER TABLE `Event`"]]);
  });

  it("the statement text is its first line, at most 120 characters", async () => {
    const result = await lintSql(`ALTER TABLE "Event" DROP COLUMN "${"x".repeat(200)}";`, { dialect: "postgresql" });
    expect(result.findings[0]?.statement.length).toBe(120);
  });
});

describe("whole migrations", () => {
  it("Prisma's generated init migration gives no findings", async () => {
    const sql = readFileSync("examples/prisma/migrations/20260101000000_init/migration.sql", "utf8");
    const result = await lintMigrations(
      [{ migration: "20260101000000_init", file: "prisma/migrations/20260101000000_init/migration.sql", sql }],
      {
        dialect: "postgresql",
      },
    );
    expect(result).toEqual({ findings: [], suppressed: [], statements: 7, files: 1 });
  });

  it("done-when: DROP COLUMN, plain CREATE INDEX and ADD COLUMN NOT NULL without default are all reported with file:line", async () => {
    const sql = readFileSync("test/fixtures/lint/pg-done-when/migration.sql", "utf8");
    const result = await lintSql(sql, { dialect: "postgresql" });
    expect(result.findings.map((f) => `${f.file}:${f.line} ${f.rule}`)).toEqual([
      `${file}:2 drop-column`,
      `${file}:4 create-index-without-concurrently`,
      `${file}:6 add-column-not-null-without-default`,
    ]);
    const allowed = sql.replace('ALTER TABLE "Event" DROP', '-- cutover:allow drop-column: unused since v1.4\nALTER TABLE "Event" DROP');
    const second = await lintSql(allowed, { dialect: "postgresql" });
    expect(second.findings.map((f) => `${f.line} ${f.rule}`)).toEqual([
      "5 create-index-without-concurrently",
      "7 add-column-not-null-without-default",
    ]);
    expect(second.suppressed.map((s) => `${s.line} ${s.rule} ${s.reason}`)).toEqual(["3 drop-column unused since v1.4"]);
  });

  it("findings are sorted by file, then line", async () => {
    const result = await lintSql(['ALTER TABLE "B" DROP COLUMN "x";\nDROP TABLE "A";', 'DROP TABLE "C";'], { dialect: "postgresql" });
    expect(result.findings.map((f) => [f.migration, f.line])).toEqual([
      ["20260101000000_m1", 1],
      ["20260101000000_m1", 2],
      ["20260102000000_m2", 1],
    ]);
    expect(result.statements).toBe(3);
    expect(result.files).toBe(2);
  });
});
