import { describe, expect, it } from "vitest";
import {
  advance,
  chunks,
  isDone,
  openCursors,
  positions,
  skipToLogStart,
  withinRange,
  type Cursor,
} from "../../src/stream/bounded-read.js";
import { addOffset, compareOffsets, maxOffset, minOffset, span, toBig } from "../../src/stream/offsets.js";

const at = (partition: number, offset: string) => ({ partition, offset });
const cursor = (next: string, end: string, partition = 0): Cursor => ({ partition, next, end });
const offsets = (...list: number[]) => list.map((o) => ({ offset: String(o) }));

describe("offsets", () => {
  it("does 64-bit arithmetic without losing precision", () => {
    const big = "9223372036854775806";
    expect(addOffset(big, 1)).toBe("9223372036854775807");
    expect(compareOffsets("9007199254740993", "9007199254740992")).toBe(1);
    expect(maxOffset("10", "9")).toBe("10");
    expect(minOffset("10", "9")).toBe("9");
    expect(span("5", "3")).toBe(0n);
    expect(span("3", "5")).toBe(2n);
  });

  it("rejects what is not an offset", () => {
    expect(() => toBig("1e3")).toThrow(/not a Kafka offset: '1e3'/);
    expect(() => toBig("")).toThrow(RangeError);
  });
});

describe("openCursors", () => {
  it("opens one cursor per partition of `to`, sorted, and empty ranges are done at once", () => {
    const cursors = openCursors([at(1, "5"), at(0, "0"), at(2, "7")], [at(2, "7"), at(0, "10"), at(1, "3")]);
    expect(cursors).toEqual([cursor("0", "10", 0), cursor("3", "3", 1), cursor("7", "7", 2)]);
    expect(cursors.map(isDone)).toEqual([false, true, true]);
  });

  it("starts at the log start when `from` is below it, and is done when the log start is past the end", () => {
    const lows = [
      { partition: 0, low: "4" },
      { partition: 1, low: "50" },
    ];
    const cursors = openCursors([at(0, "0"), at(1, "0")], [at(0, "10"), at(1, "10")], lows);
    expect(cursors).toEqual([cursor("4", "10", 0), cursor("10", "10", 1)]);
    expect(isDone(cursors[1] as Cursor)).toBe(true);
  });

  it("names a partition without a start, an unknown one, a duplicate and a negative offset", () => {
    expect(() => openCursors([at(0, "0")], [at(0, "1"), at(1, "1")])).toThrow(/no offset for partition 1/);
    expect(() => openCursors([at(0, "0"), at(3, "0")], [at(0, "1")])).toThrow(/partition 3, which to does not/);
    expect(() => openCursors([at(0, "0")], [at(0, "1"), at(0, "2")])).toThrow(/to lists partition 0 twice/);
    expect(() => openCursors([at(0, "-1")], [at(0, "1")])).toThrow(/negative/);
  });
});

describe("withinRange", () => {
  it("keeps records from the position up to, not including, the end", () => {
    expect(withinRange(cursor("3", "6"), offsets(1, 2, 3, 4, 5, 6, 7))).toEqual(offsets(3, 4, 5));
  });

  it("keeps nothing of a batch that starts at the end", () => {
    expect(withinRange(cursor("6", "6"), offsets(6, 7))).toEqual([]);
  });
});

describe("advance: the position, not the delivered records, ends the read", () => {
  it("ends when the last offsets below the end were a marker or aborted records never delivered", () => {
    // Records 0..7 delivered, 8..9 aborted, 10 the abort marker; the end captured was 11.
    let c = cursor("0", "11");
    c = advance(c, "7");
    expect(isDone(c)).toBe(false);
    c = advance(c, "10"); // the filtered batch's last offset, reported though nothing was delivered
    expect(c.next).toBe("11");
    expect(isDone(c)).toBe(true);
  });

  it("ends across a compacted gap: the next record read lies past the end", () => {
    const c = advance(cursor("95", "100"), "104");
    expect(c.next).toBe("100");
    expect(isDone(c)).toBe(true);
  });

  it("never moves back and never past the end", () => {
    const c = cursor("50", "60");
    expect(advance(c, "10")).toBe(c);
    expect(advance(c, "1000").next).toBe("60");
  });

  it("skips to a log start that moved under the read", () => {
    expect(skipToLogStart(cursor("5", "20"), "12").next).toBe("12");
    expect(isDone(skipToLogStart(cursor("5", "20"), "30"))).toBe(true);
    const c = cursor("15", "20");
    expect(skipToLogStart(c, "3")).toBe(c);
  });
});

describe("chunks and positions", () => {
  it("splits into runs of at most maxBatch", () => {
    expect(chunks([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(chunks([], 3)).toEqual([]);
    expect(() => chunks([1], 0)).toThrow(/maxBatch must be a positive integer/);
  });

  it("reports each partition's next offset", () => {
    expect(positions([cursor("3", "9", 0), cursor("9", "9", 1)])).toEqual([at(0, "3"), at(1, "9")]);
  });
});
