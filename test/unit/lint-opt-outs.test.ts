import { describe, expect, it } from "vitest";
import { lintSql } from "../support/lint-helpers.js";

const drop = 'ALTER TABLE "Event" DROP COLUMN "legacy";';

describe("cutover:allow comments", () => {
  it("a reasoned opt-out directly above moves the finding to suppressed", async () => {
    const result = await lintSql(`-- DropColumn\n-- cutover:allow drop-column: unused since v1.4\n${drop}`, { dialect: "postgresql" });
    expect(result.findings).toEqual([]);
    expect(result.suppressed).toEqual([
      {
        rule: "drop-column",
        migration: "20260101000000_m1",
        file: "migrations/20260101000000_m1/migration.sql",
        line: 3,
        reason: "unused since v1.4",
        by: "comment",
      },
    ]);
  });

  it("names several rules separated by commas", async () => {
    const sql =
      '-- cutover:allow drop-column, set-not-null: backfilled in v1.3\nALTER TABLE "Event" DROP COLUMN "a", ALTER COLUMN "b" SET NOT NULL;';
    const result = await lintSql(sql, { dialect: "postgresql" });
    expect(result.findings).toEqual([]);
    expect(result.suppressed.map((s) => s.rule)).toEqual(["drop-column", "set-not-null"]);
  });

  it("applies only to the statement directly below, not to the next one on the same line", async () => {
    const sql =
      '-- cutover:allow drop-column, create-index-without-concurrently: tiny table\nALTER TABLE "Event" DROP COLUMN "a"; CREATE INDEX "i" ON "Event"("b");';
    const result = await lintSql(sql, { dialect: "postgresql" });
    expect(result.findings.map((f) => f.rule)).toEqual(["allow-unused", "create-index-without-concurrently"]);
    expect(result.suppressed.map((s) => s.rule)).toEqual(["drop-column"]);
  });

  it("an opt-out without a reason is an error and suppresses nothing", async () => {
    const result = await lintSql(`-- cutover:allow drop-column\n${drop}`, { dialect: "postgresql" });
    expect(result.findings.map((f) => [f.rule, f.line])).toEqual([
      ["allow-without-reason", 1],
      ["drop-column", 2],
    ]);
    const empty = await lintSql(`-- cutover:allow drop-column:   \n${drop}`, { dialect: "postgresql" });
    expect(empty.findings.map((f) => f.rule)).toEqual(["allow-without-reason", "drop-column"]);
  });

  it("an opt-out naming a rule that did not fire is allow-unused", async () => {
    const result = await lintSql('-- cutover:allow drop-table: old\nALTER TABLE "Event" ADD COLUMN "x" INT;', { dialect: "postgresql" });
    expect(result.findings.map((f) => f.rule)).toEqual(["allow-unused"]);
  });

  it("an opt-out separated from its statement by another statement does not apply", async () => {
    const result = await lintSql(`-- cutover:allow drop-column: gone\nSELECT 1;\n${drop}`, { dialect: "postgresql" });
    expect(result.findings.map((f) => f.rule)).toEqual(["allow-unused", "drop-column"]);
  });

  it("an opt-out after the last statement is unused", async () => {
    const result = await lintSql("SELECT 1;\n-- cutover:allow drop-column: x\n", { dialect: "postgresql" });
    expect(result.findings.map((f) => f.rule)).toEqual(["allow-unused"]);
  });

  it("an unknown rule id is allow-unknown-rule", async () => {
    const result = await lintSql(`-- cutover:allow drop-everything, drop-column: gone\n${drop}`, { dialect: "postgresql" });
    expect(result.findings.map((f) => f.rule)).toEqual(["allow-unknown-rule"]);
    expect(result.suppressed.map((s) => s.rule)).toEqual(["drop-column"]);
  });

  it("MySQL accepts -- and # comments; a -- without a blank is not a comment marker", async () => {
    const hash = await lintSql("# cutover:allow drop-column: unused\nALTER TABLE `Event` DROP COLUMN `a`;", { dialect: "mysql" });
    expect(hash.suppressed.map((s) => s.rule)).toEqual(["drop-column"]);
    const dash = await lintSql("-- cutover:allow drop-column: unused\nALTER TABLE `Event` DROP COLUMN `a`;", { dialect: "mysql" });
    expect(dash.findings).toEqual([]);
  });

  it("ignores cutover:allow text inside strings", async () => {
    const result = await lintSql(
      "INSERT INTO `t` (`a`) VALUES ('-- cutover:allow drop-column: x');\nALTER TABLE `Event` DROP COLUMN `a`;",
      { dialect: "mysql" },
    );
    expect(result.findings.map((f) => f.rule)).toEqual(["drop-column"]);
  });
});

describe("database.safety.allow", () => {
  it("a rule id disables it everywhere", async () => {
    const result = await lintSql([drop, drop], { dialect: "postgresql", allow: ["drop-column"] });
    expect(result.findings).toEqual([]);
    expect(result.suppressed.map((s) => [s.migration, s.by, s.reason])).toEqual([
      ["20260101000000_m1", "config", "database.safety.allow: drop-column"],
      ["20260102000000_m2", "config", "database.safety.allow: drop-column"],
    ]);
  });

  it("<migration>/<rule> disables it in that migration only", async () => {
    const result = await lintSql([drop, drop], { dialect: "postgresql", allow: ["20260102000000_m2/drop-column"] });
    expect(result.findings.map((f) => f.migration)).toEqual(["20260101000000_m1"]);
    expect(result.suppressed.map((s) => [s.migration, s.by])).toEqual([["20260102000000_m2", "config"]]);
  });
});
