/** Reading migration folders and the lock file, and checksums the way Prisma records them. */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";

import { InputError } from "../../src/errors.js";
import { checksumMatches, checksumOf } from "../../src/db/migrations/migration-checksum.js";
import { dialectOfLockFile, readMigrationFolders } from "../../src/db/migrations/migration-files.js";

const FIXTURE = path.resolve("test/fixtures/prisma/events");
const dirs: string[] = [];
function scratch(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), "cutover-migration-files-"));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("readMigrationFolders", () => {
  it("reads each folder's migration.sql with the checksum Prisma wrote for it", () => {
    const recorded = JSON.parse(readFileSync(path.join(FIXTURE, "recorded-checksums.json"), "utf8")) as {
      checksums: Record<string, string>;
    };
    const folders = readMigrationFolders(path.join(FIXTURE, "migrations"));
    expect(folders.map((f) => f.name)).toEqual(Object.keys(recorded.checksums));
    for (const folder of folders) {
      expect(folder.checksum).toBe(recorded.checksums[folder.name]);
      expect(folder.sqlPath).toBe(path.join(FIXTURE, "migrations", folder.name, "migration.sql"));
      expect(folder.sql).toContain("CREATE TABLE");
    }
  });

  it("ignores migration_lock.toml, other files and symlinks; sorts like Prisma", () => {
    const dir = scratch({
      "migration_lock.toml": 'provider = "postgresql"\n',
      "README.md": "notes",
      "20260102000000_b/migration.sql": "SELECT 2;",
      "20260101000000_a/migration.sql": "SELECT 1;",
      "20260101_x/migration.sql": "SELECT 0;",
    });
    symlinkSync(path.join(dir, "20260101000000_a"), path.join(dir, "20260103000000_link"));
    // Prisma 6 uses localeCompare: "_" sorts before digits, unlike a code-unit sort.
    expect(readMigrationFolders(dir).map((f) => f.name)).toEqual(["20260101_x", "20260101000000_a", "20260102000000_b"]);
  });

  it("a folder without migration.sql is an InputError naming it", () => {
    const dir = scratch({ "20260101000000_a/migration.sql": "SELECT 1;", "20260102000000_b/notes.txt": "" });
    expect(() => readMigrationFolders(dir)).toThrow(InputError);
    expect(() => readMigrationFolders(dir)).toThrow(/20260102000000_b.*no migration\.sql/);
  });

  it("a missing migrations folder is an InputError", () => {
    expect(() => readMigrationFolders(path.join(tmpdir(), "cutover-no-such-dir"))).toThrow(InputError);
  });
});

describe("checksums", () => {
  it("is sha256 hex of the bytes (Prisma's own test vector)", () => {
    expect(checksumOf("hello")).toBe("2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824");
  });

  it("matches across LF/CRLF, and the old non-zero-padded format, but not real edits", () => {
    const lf = "ab\ncd\n";
    expect(checksumMatches(lf.replaceAll("\n", "\r\n"), checksumOf(lf))).toBe(true);
    expect(checksumMatches(lf, checksumOf(lf.replaceAll("\n", "\r\n")))).toBe(true);
    // sha256("hello") has bytes below 0x10, which the old format wrote as one hex digit.
    const legacy = [...Buffer.from(checksumOf("hello"), "hex")].map((byte) => byte.toString(16)).join("");
    expect(legacy.length).toBeLessThan(64);
    expect(checksumMatches("hello", legacy)).toBe(true);
    expect(checksumMatches("hello!", legacy)).toBe(false);
    expect(checksumMatches("abc\n", checksumOf("abc"))).toBe(false);
    expect(checksumMatches("abc", checksumOf("abcd"))).toBe(false);
  });
});

describe("dialectOfLockFile", () => {
  const lock = (text: string) => dialectOfLockFile(scratch({ "migration_lock.toml": text }));

  it("reads the provider Prisma writes", () => {
    expect(dialectOfLockFile(path.join(FIXTURE, "migrations"))).toBe("postgresql");
    expect(lock('provider = "mysql"\n')).toBe("mysql");
  });

  it("understands TOML: comments, literal strings, spacing, CRLF, keys under tables", () => {
    expect(lock("# provider = \"mysql\"\r\nprovider='postgres'   # edited by hand\r\n")).toBe("postgresql");
    expect(lock('  provider   =   "postgresql"\n')).toBe("postgresql");
    expect(lock('"provider" = "mysql"\n')).toBe("mysql");
    expect(lock('[other]\nprovider = "mysql"\n')).toBeUndefined();
    expect(lock('providers = "mysql"\n')).toBeUndefined();
  });

  it("is undefined for unsupported providers and a missing or unreadable file", () => {
    expect(lock('provider = "cockroachdb"\n')).toBeUndefined();
    expect(lock('provider = "sqlite"\n')).toBeUndefined();
    expect(lock("provider = 3\n")).toBeUndefined();
    expect(dialectOfLockFile(scratch({ "x/migration.sql": "" }))).toBeUndefined();
  });
});
