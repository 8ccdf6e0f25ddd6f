import { describe, expect, it } from "vitest";
import { bulkOperations } from "../../src/search/responses.js";

describe("bulkOperations", () => {
  it("writes one action line and one source line per document, deletes as one versioned line", () => {
    const lines = bulkOperations(
      'idx"1',
      [
        { id: "a\n1", version: 7, source: { n: 1, s: "x\ny" } },
        { id: "b", version: 8, source: { n: 2 }, sourceJson: '{"n": 2}' },
        { id: "c", version: 9 },
      ],
      { versionType: "external_gte" },
    );
    expect(lines).toEqual([
      '{"index":{"_index":"idx\\"1","_id":"a\\n1","version":7,"version_type":"external_gte"}}',
      '{"n":1,"s":"x\\ny"}',
      '{"index":{"_index":"idx\\"1","_id":"b","version":8,"version_type":"external_gte"}}',
      '{"n": 2}',
      '{"delete":{"_index":"idx\\"1","_id":"c","version":9,"version_type":"external_gte"}}',
    ]);
    // every line is JSON on one line, as the bulk API needs
    for (const line of lines) {
      expect(line).not.toMatch(/[\n\r]/);
      expect(() => JSON.parse(line) as unknown).not.toThrow();
    }
  });

  it("internal versioning sends no version; external without a whole-number version is refused", () => {
    expect(bulkOperations("i", [{ id: "a", source: {} }], { versionType: "internal" })).toEqual([
      '{"index":{"_index":"i","_id":"a"}}',
      "{}",
    ]);
    expect(() => bulkOperations("i", [{ id: "a", source: {} }], { versionType: "external" })).toThrow(/'a' has no whole-number version/);
    expect(() => bulkOperations("i", [{ id: "a", version: 1.5, source: {} }], { versionType: "external" })).toThrow(/whole-number/);
  });
});
