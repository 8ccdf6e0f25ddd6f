import { describe, expect, it } from "vitest";
import { RULES } from "../../src/db/lint/index.js";
import { rulesOf } from "../support/lint-helpers.js";

const pg = (sql: string | readonly string[]) => rulesOf(sql, { dialect: "postgresql" });

/** Each rule: statements on an existing table that must fire it, and safe forms that must not. */
const cases: Record<string, { fire: string[]; quiet: string[] }> = {
  "drop-table": { fire: ['DROP TABLE "Event";', "DROP TABLE IF EXISTS a, b;"], quiet: ['CREATE TABLE "T" (id int); DROP TABLE "T";'] },
  "drop-column": {
    fire: ['ALTER TABLE "Event" DROP COLUMN "x";'],
    quiet: ['CREATE TABLE "T" (id int, x int); ALTER TABLE "T" DROP COLUMN "x";'],
  },
  "rename-table": {
    fire: ['ALTER TABLE "Event" RENAME TO "Happening";'],
    quiet: ['ALTER INDEX "a" RENAME TO "b";', 'CREATE TABLE "T" (id int); ALTER TABLE "T" RENAME TO "U";'],
  },
  "rename-column": {
    fire: ['ALTER TABLE "Event" RENAME COLUMN "name" TO "title";'],
    quiet: ['ALTER TABLE "Event" RENAME CONSTRAINT "a" TO "b";'],
  },
  "change-column-type": {
    fire: [
      'ALTER TABLE "Event" ALTER COLUMN "name" TYPE VARCHAR(10);',
      'ALTER TABLE "Market" ALTER COLUMN "status" TYPE "Status_new" USING ("status"::text::"Status_new");',
    ],
    quiet: ['ALTER TABLE "Event" ALTER COLUMN "name" SET DEFAULT \'x\';'],
  },
  "add-column-not-null-without-default": {
    fire: ['ALTER TABLE "Market" ADD COLUMN "currency" TEXT NOT NULL;'],
    quiet: [
      'ALTER TABLE "Market" ADD COLUMN "currency" TEXT NOT NULL DEFAULT \'EUR\';',
      'ALTER TABLE "Market" ADD COLUMN "note" TEXT;',
      'ALTER TABLE "Market" ADD COLUMN "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;',
    ],
  },
  "volatile-default": {
    fire: [
      'ALTER TABLE "Market" ADD COLUMN "u" UUID DEFAULT gen_random_uuid();',
      'ALTER TABLE "Market" ADD COLUMN "r" FLOAT DEFAULT random();',
      'ALTER TABLE "Market" ADD COLUMN "n" BIGSERIAL;',
      'ALTER TABLE "Market" ADD COLUMN "t" TIMESTAMPTZ DEFAULT clock_timestamp();',
      'ALTER TABLE "Market" ADD COLUMN "g" INT GENERATED ALWAYS AS ("id" * 2) STORED;',
      'ALTER TABLE "Market" ADD COLUMN "i" INT GENERATED ALWAYS AS IDENTITY;',
    ],
    quiet: [
      'ALTER TABLE "Market" ADD COLUMN "at" TIMESTAMPTZ NOT NULL DEFAULT now();',
      'CREATE TABLE "T" ("id" SERIAL NOT NULL, "u" UUID DEFAULT gen_random_uuid());',
    ],
  },
  "set-not-null": {
    fire: ['ALTER TABLE "Event" ALTER COLUMN "name" SET NOT NULL;'],
    quiet: ['ALTER TABLE "Event" ALTER COLUMN "name" DROP NOT NULL;'],
  },
  "add-check-without-not-valid": {
    fire: ['ALTER TABLE "Event" ADD CONSTRAINT "c" CHECK ("id" > 0);'],
    quiet: ['ALTER TABLE "Event" ADD CONSTRAINT "c" CHECK ("id" > 0) NOT VALID;', 'ALTER TABLE "Event" VALIDATE CONSTRAINT "c";'],
  },
  "add-foreign-key-without-not-valid": {
    fire: ['ALTER TABLE "Event" ADD CONSTRAINT "f" FOREIGN KEY ("sportId") REFERENCES "Sport"("id");'],
    quiet: [
      'ALTER TABLE "Event" ADD CONSTRAINT "f" FOREIGN KEY ("sportId") REFERENCES "Sport"("id") NOT VALID;',
      'CREATE TABLE "T" ("id" INT, "e" INT); ALTER TABLE "T" ADD CONSTRAINT "T_e_fkey" FOREIGN KEY ("e") REFERENCES "Event"("id") ON DELETE RESTRICT ON UPDATE CASCADE;',
      'CREATE TABLE "T" ("id" INT, "e" INT REFERENCES "Event"("id"));',
    ],
  },
  "add-unique-constraint-without-index": {
    fire: ['ALTER TABLE "Event" ADD CONSTRAINT "u" UNIQUE ("name");', 'ALTER TABLE "Event" ADD PRIMARY KEY ("id");'],
    quiet: ['ALTER TABLE "Event" ADD CONSTRAINT "u" UNIQUE USING INDEX "Event_name_key";'],
  },
  "create-index-without-concurrently": {
    fire: ['CREATE INDEX "i" ON "Event"("name");', 'CREATE UNIQUE INDEX "u" ON "Event"("name");'],
    quiet: ['CREATE INDEX CONCURRENTLY "i" ON "Event"("name");', 'CREATE TABLE "T" ("id" INT); CREATE INDEX "T_id" ON "T"("id");'],
  },
  "drop-index-without-concurrently": {
    fire: ['DROP INDEX "Event_name_idx";'],
    quiet: [
      'DROP INDEX CONCURRENTLY "Event_name_idx";',
      'CREATE TABLE "T" ("id" INT); CREATE INDEX "T_id" ON "T"("id"); DROP INDEX "T_id";',
    ],
  },
  "concurrently-in-transaction": {
    fire: [
      'ALTER TABLE "Event" ADD COLUMN "x" INT; CREATE INDEX CONCURRENTLY "i" ON "Event"("x");',
      'SELECT 1; DROP INDEX CONCURRENTLY "i";',
      "SELECT 1; REINDEX INDEX CONCURRENTLY i;",
    ],
    quiet: ['-- the only statement\nCREATE INDEX CONCURRENTLY "i" ON "Event"("name");'],
  },
  "reindex-without-concurrently": { fire: ['REINDEX TABLE "Event";'], quiet: ['REINDEX TABLE CONCURRENTLY "Event";'] },
  "refresh-matview-without-concurrently": {
    fire: ['REFRESH MATERIALIZED VIEW "stats";'],
    quiet: ['REFRESH MATERIALIZED VIEW CONCURRENTLY "stats";'],
  },
  "vacuum-full": { fire: ['VACUUM FULL "Event";', 'VACUUM (FULL, ANALYZE) "Event";'], quiet: ['VACUUM ANALYZE "Event";'] },
  cluster: { fire: ['CLUSTER "Event" USING "Event_pkey";'], quiet: ['ANALYZE "Event";'] },
  "truncate-table": { fire: ['TRUNCATE "Event";'], quiet: ['CREATE TABLE "T" (id int); TRUNCATE "T";'] },
  "lock-table": { fire: ['LOCK TABLE "Event" IN ACCESS EXCLUSIVE MODE;'], quiet: ['CREATE TABLE "T" (id int); LOCK TABLE "T";'] },
  "rename-enum-value": {
    fire: ["ALTER TYPE \"Status\" RENAME VALUE 'open' TO 'OPEN';"],
    quiet: ["ALTER TYPE \"Status\" ADD VALUE 'paused';"],
  },
  "update-without-where": {
    fire: ['UPDATE "Market" SET "status" = \'open\';'],
    quiet: ['UPDATE "Market" SET "status" = \'open\' WHERE "id" < 1000;'],
  },
  "delete-without-where": { fire: ['DELETE FROM "Market";'], quiet: ['DELETE FROM "Market" WHERE "status" = \'void\';'] },
};

describe("PostgreSQL rules", () => {
  it("every PostgreSQL rule (except opt-out and blue rules) has cases here", () => {
    const covered = new Set(Object.keys(cases));
    const missing = RULES.filter((r) => (r.dialects as readonly string[]).includes("postgresql"))
      .map((r) => r.id)
      .filter((id) => !id.startsWith("allow-") && id !== "blue-insert-misses-column" && !covered.has(id));
    expect(missing).toEqual([]);
  });

  for (const [rule, { fire, quiet }] of Object.entries(cases)) {
    it.each(fire)(`${rule} fires on %s`, async (sql) => {
      expect(await pg(sql)).toContain(rule);
    });
    it.each(quiet)(`${rule} stays quiet on %s`, async (sql) => {
      expect(await pg(sql)).not.toContain(rule);
    });
  }

  it("a table created by an earlier pending migration counts as new", async () => {
    expect(
      await pg(['CREATE TABLE "T" ("id" INT);', 'CREATE INDEX "T_id" ON "T"("id"); ALTER TABLE "T" ADD COLUMN "x" INT NOT NULL;']),
    ).toEqual([]);
  });

  it("a renamed new table stays new; renaming an existing one does not make it new", async () => {
    expect(await pg('CREATE TABLE "T" ("id" INT); ALTER TABLE "T" RENAME TO "U"; CREATE INDEX "U_id" ON "U"("id");')).toEqual([]);
    expect(await pg('ALTER TABLE "Event" RENAME TO "E2"; CREATE INDEX "i" ON "E2"("id");')).toEqual([
      "rename-table",
      "create-index-without-concurrently",
    ]);
  });

  it("says what to do instead, with SQL", async () => {
    const { lintSql } = await import("../support/lint-helpers.js");
    const result = await lintSql('ALTER TABLE "Event" ALTER COLUMN "name" SET NOT NULL;', { dialect: "postgresql" });
    expect(result.findings[0]?.instead).toContain('CHECK ("name" IS NOT NULL) NOT VALID');
    expect(result.findings[0]?.instead).toContain("PostgreSQL 12+");
    expect(result.findings[0]?.severity).toBe("error");
  });

  it("update/delete without WHERE are warnings", async () => {
    const { lintSql } = await import("../support/lint-helpers.js");
    const result = await lintSql('DELETE FROM "Market";', { dialect: "postgresql" });
    expect(result.findings.map((f) => f.severity)).toEqual(["warning"]);
  });
});
