import { describe, expect, it } from "vitest";
import { chooseDialect } from "../../src/db/dialect-choice.js";

describe("chooseDialect", () => {
  it("believes database.url, then migration_lock.toml, then --dialect", () => {
    expect(chooseDialect({ url: "postgresql://u:secret-pw@h/db", lockFile: "mysql" })).toEqual({
      dialect: "postgresql",
      from: "database.url",
    });
    expect(chooseDialect({ url: "mysql://u:secret-pw@h/db" })).toEqual({ dialect: "mysql", from: "database.url" });
    expect(chooseDialect({ lockFile: "mysql", flag: "mysql" })).toEqual({ dialect: "mysql", from: "migration_lock.toml" });
    expect(chooseDialect({ flag: "postgresql" })).toEqual({ dialect: "postgresql", from: "--dialect" });
  });

  it("a flag that contradicts a stronger source, or no source at all, is a problem naming --dialect", () => {
    expect(chooseDialect({ lockFile: "postgresql", flag: "mysql" })).toEqual({
      problem: "--dialect (input 'dialect'): 'mysql' contradicts migration_lock.toml, which says postgresql",
    });
    expect(chooseDialect({})).toMatchObject({ problem: expect.stringContaining("give --dialect postgresql or --dialect mysql") });
  });
});
