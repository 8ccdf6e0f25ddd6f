import { describe, expect, it } from "vitest";
import { indexBlueCurrency, kafkaBlueCurrency, lostRecords } from "../../src/reindex/blue-currency.js";

const ranges = [
  { partition: 0, low: "100", high: "500" },
  { partition: 1, low: "0", high: "40" },
];

describe("can blue be brought up to date before a rollback after the write switch", () => {
  it("Kafka-fed: yes while the topic still holds everything after blue's position", () => {
    expect(
      kafkaBlueCurrency(
        [
          { partition: 0, offset: "100" },
          { partition: 1, offset: "7" },
        ],
        ranges,
      ),
    ).toEqual({ kind: "catch-up" });
    expect(lostRecords([{ partition: 0, offset: "350" }], ranges)).toBe(0);
  });

  it("Kafka-fed: no when retention deleted records blue never got, counted per partition", () => {
    const found = kafkaBlueCurrency(
      [
        { partition: 0, offset: "60" },
        { partition: 1, offset: "0" },
      ],
      ranges,
    );
    expect(found).toEqual({ kind: "behind", behind: expect.stringContaining("40 record(s) of the incremental topic") });
  });

  it("index-fed: current when green took no write since the switch, else behind by the count, or unknowable", () => {
    const at = "2026-12-01T10:00:00.000Z";
    expect(indexBlueCurrency("c_2", 1200, 1200, at)).toEqual({ kind: "current" });
    expect(indexBlueCurrency("c_2", 1200, 1212, at)).toEqual({
      kind: "behind",
      behind: `c_2 took 12 write(s) since the write switch at ${at}, and an index-fed build has no change stream to bring them to blue`,
    });
    expect(indexBlueCurrency("c_2", 1200, 3, at).kind).toBe("behind");
    expect(indexBlueCurrency("c_2", undefined, 3, at)).toEqual({
      kind: "behind",
      behind: expect.stringContaining("recorded no write counter"),
    });
  });
});
