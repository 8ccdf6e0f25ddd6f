import { describe, expect, it } from "vitest";
import { compareSourceWrites } from "../../src/reindex/source-writes.js";
import { writeOperationsOf } from "../../src/search/responses.js";

describe("writes to an index-fed build's source since its copy began", () => {
  it("the same counter is unchanged; a higher one counts the writes; a lower one cannot tell; none taken is said", () => {
    expect(compareSourceWrites(120, 120)).toEqual({ kind: "unchanged" });
    expect(compareSourceWrites(120, 127)).toEqual({ kind: "written", operations: 7 });
    expect(compareSourceWrites(120, 3)).toEqual({ kind: "reset" });
    expect(compareSourceWrites(undefined, 3)).toEqual({ kind: "not-recorded" });
  });

  it("the counter is index plus delete operations on primaries, over every index behind the name", () => {
    const stats = {
      _all: {
        primaries: { indexing: { index_total: 30, delete_total: 2, index_time_in_millis: 9 } },
        total: { indexing: { index_total: 60 } },
      },
      indices: { a: { primaries: { indexing: { index_total: 30, delete_total: 2 } } } },
    };
    expect(writeOperationsOf(stats)).toBe(32);
    expect(writeOperationsOf({ _all: { primaries: {} } })).toBe(0);
  });
});
