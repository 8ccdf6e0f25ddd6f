import { describe, expect, it } from "vitest";
import { SqlSyntaxError } from "../../src/db/lint/index.js";
import { lintSql, rulesOf } from "../support/lint-helpers.js";

const mysql = { dialect: "mysql" } as const;

/** Metadata-only ALTERs that node-sql-parser 5.4 cannot read but Prisma writes for MySQL. */
describe("MySQL metadata-only ALTERs the grammar lacks", () => {
  it.each([
    "ALTER TABLE `Event` ALTER COLUMN `status` SET DEFAULT 'scheduled';",
    "ALTER TABLE `Event` ALTER `status` DROP DEFAULT;",
    "ALTER TABLE `Event` ALTER COLUMN `rank` SET DEFAULT -1, ALTER COLUMN `name` SET DEFAULT NULL;",
    "ALTER TABLE `Event` RENAME INDEX `Event_a_idx` TO `Event_b_idx`;",
    "ALTER TABLE shop.`Event` RENAME KEY a TO b, ALGORITHM=INPLACE, LOCK=NONE;",
  ])("%s: read, and no finding", async (sql) => {
    const result = await lintSql(sql, mysql);
    expect(result.findings).toEqual([]);
    expect(result.statements).toBe(1);
  });

  it("the rest of the file is still checked, and a table created earlier is still known", async () => {
    const sql = "ALTER TABLE `Event` ALTER COLUMN `status` DROP DEFAULT;\nALTER TABLE `Event` DROP COLUMN `legacy`;\n";
    expect(await rulesOf(sql, mysql)).toEqual(["drop-column"]);
  });

  it.each([
    // an expression default is not metadata-only, and anything mixed in stays the grammar's business
    "ALTER TABLE `Event` ALTER COLUMN `id` SET DEFAULT (UUID());",
    "ALTER TABLE `Event` RENAME INDEX a TO b, DROP COLUMN `x` y;",
    "ALTER TABLE `Event` ALTER COLUMN `status` SET DEFAULT 'x' garbage;",
  ])("%s: still a syntax error with file:line", async (sql) => {
    await expect(lintSql(`-- c\n${sql}\n`, mysql)).rejects.toSatisfy((e: unknown) => e instanceof SqlSyntaxError && e.line === 2);
  });
});
