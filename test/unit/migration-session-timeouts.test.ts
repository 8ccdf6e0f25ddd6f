/** Session timeouts carried in the PostgreSQL URL's `options` parameter. */
import { describe, expect, it } from "vitest";

import { InputError } from "../../src/errors.js";
import { withApplicationName } from "../../src/db/migrations/session-cleanup.js";
import { withSessionTimeouts } from "../../src/db/migrations/session-timeouts.js";

const optionsOf = (url: string) => new URL(url).searchParams.getAll("options");

describe("withSessionTimeouts", () => {
  it("adds both settings as -c flags", () => {
    const url = withSessionTimeouts("postgresql://u:p@db:5432/app", { lockTimeoutMs: 1000, statementTimeoutMs: 30000 });
    expect(url).toBe("postgresql://u:p@db:5432/app?options=-c%20lock_timeout%3D1000%20-c%20statement_timeout%3D30000");
    expect(optionsOf(url)).toEqual(["-c lock_timeout=1000 -c statement_timeout=30000"]);
  });

  it("0 leaves a setting unset; both 0 returns the URL untouched", () => {
    expect(optionsOf(withSessionTimeouts("postgresql://h/db", { lockTimeoutMs: 0, statementTimeoutMs: 5 }))).toEqual([
      "-c statement_timeout=5",
    ]);
    const url = "postgresql://u:p%40ss@h/db?schema=app";
    expect(withSessionTimeouts(url, { lockTimeoutMs: 0, statementTimeoutMs: 0 })).toBe(url);
  });

  it("keeps existing options (form- or percent-encoded) before its own, so its own win", () => {
    const plus = withSessionTimeouts("postgresql://h/db?options=--cluster%3Dprod+-c+search_path%3Dapp", {
      lockTimeoutMs: 10,
      statementTimeoutMs: 0,
    });
    expect(optionsOf(plus)).toEqual(["--cluster=prod -c search_path=app -c lock_timeout=10"]);
    const percent = withSessionTimeouts("postgresql://h/db?options=-c%20lock_timeout%3D99", { lockTimeoutMs: 10, statementTimeoutMs: 0 });
    expect(optionsOf(percent)).toEqual(["-c lock_timeout=99 -c lock_timeout=10"]);
  });

  it("leaves other parameters, credentials and fragment byte for byte", () => {
    const url = withSessionTimeouts(
      "postgres://us%3Aer:p%2Fa%20ss@[::1]:6432/app?schema=my%20schema&sslmode=require&options=&connection_limit=1#x",
      {
        lockTimeoutMs: 1,
        statementTimeoutMs: 2,
      },
    );
    expect(url).toBe(
      "postgres://us%3Aer:p%2Fa%20ss@[::1]:6432/app?schema=my%20schema&sslmode=require&connection_limit=1&options=-c%20lock_timeout%3D1%20-c%20statement_timeout%3D2#x",
    );
  });

  it("refuses non-PostgreSQL URLs and bad numbers without echoing the URL", () => {
    expect(() => withSessionTimeouts("mysql://u:s3cret@h/db", { lockTimeoutMs: 1, statementTimeoutMs: 0 })).toThrow(InputError);
    expect(() => withSessionTimeouts("mysql://u:s3cret@h/db", { lockTimeoutMs: 1, statementTimeoutMs: 0 })).not.toThrow(/s3cret/);
    expect(() => withSessionTimeouts("postgresql://h/db", { lockTimeoutMs: -1, statementTimeoutMs: 0 })).toThrow(InputError);
    expect(() => withSessionTimeouts("postgresql://h/db", { lockTimeoutMs: 1.5, statementTimeoutMs: 0 })).toThrow(InputError);
  });
});

describe("withApplicationName", () => {
  it("sets or replaces application_name on PostgreSQL URLs only, keeping the rest", () => {
    expect(withApplicationName("postgresql://u:p@h/db", "t1")).toBe("postgresql://u:p@h/db?application_name=t1");
    expect(withApplicationName("postgres://h/db?schema=a&application_name=mine&sslmode=require#f", "t1")).toBe(
      "postgres://h/db?schema=a&sslmode=require&application_name=t1#f",
    );
    expect(withApplicationName("mysql://u:p@h/db", "t1")).toBe("mysql://u:p@h/db");
  });
});
