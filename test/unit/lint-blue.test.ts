import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { BlueSchemaError, readBlueSchema, type BlueSchema } from "../../src/db/lint/index.js";
import { lintSql } from "../support/lint-helpers.js";

const schemaFile = "prisma/schema.prisma";
const blue = (): Promise<BlueSchema> => readBlueSchema(readFileSync("test/fixtures/lint/blue.prisma", "utf8"), schemaFile);

describe("readBlueSchema", () => {
  it("reads models, @@map, @map, optional, lists, defaults, @updatedAt, relations, @id, @ignore and enums", async () => {
    const schema = await blue();
    const event = schema.models.find((m) => m.name === "Event");
    expect(event).toMatchObject({ table: "events", line: 6, ignored: false });
    expect(event?.fields.map((f) => [f.name, f.column, f.required, f.list, f.hasDefault, f.relation, f.line])).toEqual([
      ["id", "id", true, false, true, false, 7],
      ["name", "name", true, false, false, false, 8],
      ["legacyCode", "legacy_code", false, false, false, false, 9],
      ["startsAt", "startsAt", true, false, true, false, 10],
      ["markets", undefined, false, true, false, true, 11],
    ]);
    expect(event?.fields.find((f) => f.name === "id")?.id).toBe(true);
    expect(event?.fields.find((f) => f.name === "startsAt")?.updatedAt).toBe(true);
    const market = schema.models.find((m) => m.name === "Market");
    expect(market?.table).toBe("Market");
    expect(market?.fields.find((f) => f.name === "event")).toMatchObject({ column: undefined, relation: true });
    expect(schema.models.find((m) => m.name === "Hidden")?.ignored).toBe(true);
    expect(schema.enums).toEqual([
      {
        name: "Status",
        dbName: "market_status",
        line: 27,
        values: [
          { name: "OPEN", dbName: "OPEN" },
          { name: "CLOSED", dbName: "closed" },
        ],
      },
    ]);
  });

  it("reads the example schema", async () => {
    const schema = await readBlueSchema(readFileSync("examples/prisma/schema.prisma", "utf8"), "examples/prisma/schema.prisma");
    expect(schema.models.map((m) => m.table)).toEqual(["Sport", "Event", "Market"]);
  });

  it("throws BlueSchemaError with file:line on a schema it cannot read", async () => {
    const error = await readBlueSchema("model A {\n  id Int @id\n}\n\nmodel {\n", schemaFile).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BlueSchemaError);
    expect((error as Error).message).toMatch(/^prisma\/schema\.prisma:5: /);
  });
});

describe("checked against blue", () => {
  it("dropping a column blue still maps stays an error and says where", async () => {
    const result = await lintSql('ALTER TABLE "events" DROP COLUMN "legacy_code";', { dialect: "postgresql", blue: await blue() });
    expect(result.findings.map((f) => f.rule)).toEqual(["drop-column"]);
    expect(result.findings[0]?.message).toContain(`blue still maps Event.legacyCode (schema line 9, ${schemaFile})`);
  });

  it("dropping a column or table blue no longer maps is the contract step done right: no finding", async () => {
    const schema = await blue();
    expect((await lintSql('ALTER TABLE "events" DROP COLUMN "old_code";', { dialect: "postgresql", blue: schema })).findings).toEqual([]);
    expect((await lintSql('DROP TABLE "Legacy";', { dialect: "postgresql", blue: schema })).findings).toEqual([]);
    expect((await lintSql('DROP TABLE "Hidden";', { dialect: "postgresql", blue: schema })).findings).toEqual([]);
    expect(
      (await lintSql('ALTER TABLE "events" RENAME COLUMN "old_code" TO "x";', { dialect: "postgresql", blue: schema })).findings,
    ).toEqual([]);
  });

  it("dropping or renaming a table blue maps names the model", async () => {
    const result = await lintSql('DROP TABLE "events";\nALTER TABLE "Market" RENAME TO "markets";', {
      dialect: "postgresql",
      blue: await blue(),
    });
    expect(result.findings.map((f) => f.rule)).toEqual(["drop-table", "rename-table"]);
    expect(result.findings[0]?.message).toContain("blue still maps model Event (schema line 6, prisma/schema.prisma)");
  });

  it("PostgreSQL compares table names case-sensitively, MySQL case-insensitively", async () => {
    const schema = await blue();
    expect((await lintSql('DROP TABLE "Events";', { dialect: "postgresql", blue: schema })).findings).toEqual([]);
    expect((await lintSql("DROP TABLE `EVENTS`;", { dialect: "mysql", blue: schema })).findings.map((f) => f.rule)).toEqual(["drop-table"]);
  });

  it("a new NOT NULL column without default that blue's model lacks is blue-insert-misses-column (one finding)", async () => {
    const schema = await blue();
    for (const [dialect, sql] of [
      ["postgresql", 'ALTER TABLE "Market" ADD COLUMN "currency" TEXT NOT NULL;'],
      ["mysql", "ALTER TABLE `market` ADD COLUMN `currency` VARCHAR(3) NOT NULL;"],
    ] as const) {
      const result = await lintSql(sql, { dialect, blue: schema });
      expect(result.findings.map((f) => f.rule)).toEqual(["blue-insert-misses-column"]);
      expect(result.findings[0]?.message).toContain("blue's model Market (schema line 15, prisma/schema.prisma)");
    }
  });

  it("keeps the generic finding when blue does not map the table, and nothing when the column has a default", async () => {
    const schema = await blue();
    expect(
      (await lintSql('ALTER TABLE "Other" ADD COLUMN "c" TEXT NOT NULL;', { dialect: "postgresql", blue: schema })).findings.map(
        (f) => f.rule,
      ),
    ).toEqual(["add-column-not-null-without-default"]);
    expect(
      (await lintSql('ALTER TABLE "Market" ADD COLUMN "c" TEXT NOT NULL DEFAULT \'x\';', { dialect: "postgresql", blue: schema })).findings,
    ).toEqual([]);
  });

  it("Prisma's enum re-creation is caught by the type rule", async () => {
    const sql = [
      "BEGIN;",
      "CREATE TYPE \"Status_new\" AS ENUM ('OPEN');",
      'ALTER TABLE "Market" ALTER COLUMN "status" TYPE "Status_new" USING ("status"::text::"Status_new");',
      'ALTER TYPE "Status" RENAME TO "Status_old";',
      'ALTER TYPE "Status_new" RENAME TO "Status";',
      'DROP TYPE "Status_old";',
      "COMMIT;",
    ].join("\n");
    const result = await lintSql(sql, { dialect: "postgresql", blue: await blue() });
    expect(result.findings.map((f) => [f.rule, f.line])).toEqual([["change-column-type", 3]]);
  });
});
