/** Reading `prisma migrate deploy` output: binary-engine and wasm-engine (driver adapter) shapes, as printed by Prisma. */
import { describe, expect, it } from "vitest";

import { readDeployOutput } from "../../src/db/migrations/prisma-output.js";

const APPLIED = `Prisma schema loaded from prisma/schema.prisma
Datasource "db": PostgreSQL database "app", schema "public" at "db:5432"

3 migrations found in prisma/migrations

Applying migration \`20260102000000_events\`
Applying migration \`20260103000000_markets\`

The following migration(s) have been applied:

migrations/
  └─ 20260102000000_events/
    └─ migration.sql
  └─ 20260103000000_markets/
    └─ migration.sql
      
All migrations have been successfully applied.`;

const P3018 = `3 migrations found in prisma/migrations

Applying migration \`20260104000000_broken\`
Error: P3018

A migration failed to apply. New migrations cannot be applied before the error is recovered from. Read more about how to resolve migration issues in a production database: https://pris.ly/d/migrate-resolve

Migration name: 20260104000000_broken

Database error code: 42P01

Database error:
ERROR: relation "Nope" does not exist`;

const WASM_FAILED = `3 migrations found in prisma/migrations

Error: external connector error
No such table: nope
   0: sql_schema_connector::apply_migration::apply_script
           with migration_name="20260103000000_c"
             at schema-engine/connectors/sql-schema-connector/src/apply_migration.rs:113`;

const P3009 = `Error: P3009

migrate found failed migrations in the target database, new migrations will not be applied. Read more about how to resolve migration issues in a production database: https://pris.ly/d/migrate-resolve
The \`20260103000000_c\` migration started at 2026-11-22 09:13:02.487 UTC failed`;

describe("readDeployOutput", () => {
  it("lists the migrations applied by this run", () => {
    expect(readDeployOutput(APPLIED)).toEqual({
      errorCode: undefined,
      failedMigration: undefined,
      appliedNow: ["20260102000000_events", "20260103000000_markets"],
    });
  });

  it("nothing to apply", () => {
    expect(readDeployOutput("3 migrations found in prisma/migrations\n\nNo pending migrations to apply.").appliedNow).toEqual([]);
  });

  it("P3018 from the binary engine names the migration", () => {
    expect(readDeployOutput(P3018)).toMatchObject({ errorCode: "P3018", failedMigration: "20260104000000_broken" });
  });

  it("a failed script under the wasm engine reads as P3018 with its migration", () => {
    expect(readDeployOutput(WASM_FAILED)).toMatchObject({ errorCode: "P3018", failedMigration: "20260103000000_c", appliedNow: [] });
  });

  it("P3009 names the failed migration found in the history", () => {
    expect(readDeployOutput(P3009)).toMatchObject({ errorCode: "P3009", failedMigration: "20260103000000_c" });
  });

  it("connection errors, coded (binary engine) or not (wasm engine)", () => {
    expect(readDeployOutput("Error: P1001: Can't reach database server at `db:5432`").errorCode).toBe("P1001");
    expect(readDeployOutput("Error: Can't reach database server at `127.0.0.1:1`").errorCode).toBe("P1001");
    expect(
      readDeployOutput(
        "Error: Authentication failed against database server, the provided database credentials for `cutover` are not valid.",
      ).errorCode,
    ).toBe("P1000");
    expect(readDeployOutput("Error: Database `nope` does not exist").errorCode).toBe("P1003");
    expect(readDeployOutput('Error code: P1012\nerror: Argument "url" is missing').errorCode).toBe("P1012");
  });

  it("ignores colour codes", () => {
    expect(readDeployOutput("\u001b[31mError: P3009\u001b[39m\n").errorCode).toBe("P3009");
  });
});
