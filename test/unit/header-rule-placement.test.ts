import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { placeHeaderRules, type Placement, type PlacementRequest } from "../../src/traffic/header-rules/index.js";

/** The priority allocator alone: plain numbers in, priorities or reasons out; no routes, no AWS. */

const BOTH = [{ role: "green" }, { role: "blue" }] as const;
const GREEN = [{ role: "green" }] as const;

function place(request: Partial<PlacementRequest> & Pick<PlacementRequest, "routePriority">): Placement {
  return placeHeaderRules({ listenerPriorities: [], planned: [], ownPriorities: [], roles: BOTH, configured: "auto", ...request });
}

/** The placed priorities as a plain object, or the reasons. */
function outcome(placement: Placement): Record<string, number> | readonly string[] {
  return placement.kind === "placed" ? Object.fromEntries(placement.priorities) : placement.reasons;
}

describe("header rule placement: auto", () => {
  it("takes the free priorities just before the route's rule, nearest first, green first", () => {
    expect(outcome(place({ routePriority: 10, listenerPriorities: [5, 10] }))).toEqual({ green: 9, blue: 8 });
  });

  it("skips priorities the route's own extra header rules hold inside the gap", () => {
    expect(outcome(place({ routePriority: 10, listenerPriorities: [2, 9, 10], ownPriorities: [9] }))).toEqual({ green: 8, blue: 7 });
  });

  it("never goes before the nearest other rule: a full gap is refused, saying where and how many", () => {
    expect(outcome(place({ routePriority: 10, listenerPriorities: [8, 10] }))).toEqual([
      "no free priority between rule 8 and rule 10 for its header rules (2 needed, 1 free): a header rule must be evaluated " +
        "before the route's rule and may pass only rules that cannot take the same requests (other path prefixes or hosts); " +
        "free priorities there, or let cutover renumber the route's rule and those after it with headerRouting.makeRoom: true " +
        "(put back at promote and rollback)",
    ]);
    expect(outcome(place({ routePriority: 3, listenerPriorities: [1, 3], roles: GREEN }))).toEqual({ green: 2 });
    expect(outcome(place({ routePriority: 3, listenerPriorities: [1, 2, 3], roles: GREEN }))).toEqual([
      expect.stringMatching(/^no free priority between rule 2 and rule 3 for its green header rule \(1 needed, 0 free\)/),
    ]);
  });

  it("does not count the route's own header rules as rules before the route", () => {
    // 9 and 8 are this route's header rules (a green kept in place, a blue extra): the gap reaches back to 5
    const placement = place({
      routePriority: 10,
      listenerPriorities: [5, 8, 9, 10],
      ownPriorities: [8, 9],
      roles: [{ role: "green", current: 9 }, { role: "blue" }],
    });
    expect(outcome(placement)).toEqual({ green: 9, blue: 7 });
  });

  it("keeps an existing rule anywhere before the route's rule, and moves one the ALB would reach only after it", () => {
    const kept = place({
      routePriority: 10,
      listenerPriorities: [6, 10],
      ownPriorities: [6],
      roles: [{ role: "green", current: 6 }, { role: "blue" }],
    });
    expect(outcome(kept)).toEqual({ green: 6, blue: 9 });
    const moved = place({ routePriority: 10, listenerPriorities: [10, 12], ownPriorities: [12], roles: [{ role: "green", current: 12 }] });
    expect(outcome(moved)).toEqual({ green: 9 });
  });

  it("counts the rules other routes of the same run will add as rules before the route", () => {
    expect(outcome(place({ routePriority: 20, listenerPriorities: [10, 20], planned: [18], roles: GREEN }))).toEqual({ green: 19 });
    expect(outcome(place({ routePriority: 20, listenerPriorities: [10, 20], planned: [18] }))).toEqual([
      expect.stringMatching(/^no free priority between rule 18 and rule 20 for its header rules \(2 needed, 1 free\)/),
    ]);
  });

  it("puts a default action's header rules after the listener's last rule, up to the highest priority", () => {
    expect(outcome(place({ routePriority: "default" }))).toEqual({ green: 1, blue: 2 });
    expect(outcome(place({ routePriority: "default", listenerPriorities: [3, 40] }))).toEqual({ green: 41, blue: 42 });
    // an existing rule of a default-action route may stay wherever it is
    expect(
      outcome(place({ routePriority: "default", listenerPriorities: [3, 40], ownPriorities: [3], roles: [{ role: "green", current: 3 }] })),
    ).toEqual({
      green: 3,
    });
    expect(outcome(place({ routePriority: "default", listenerPriorities: [48], maxPriority: 50 }))).toEqual({ green: 49, blue: 50 });
    expect(outcome(place({ routePriority: "default", listenerPriorities: [49], maxPriority: 50 }))).toEqual([
      expect.stringMatching(/^no free priority after the listener's last rule \(49\) for its header rules \(2 needed, 1 free\)/),
    ]);
  });

  it("is pure: frozen inputs, the same answer twice", () => {
    const request: PlacementRequest = Object.freeze({
      routePriority: 10,
      listenerPriorities: Object.freeze([4, 10]),
      planned: Object.freeze([2]),
      ownPriorities: Object.freeze([]),
      roles: Object.freeze([{ role: "green" as const }, { role: "blue" as const }]),
      configured: "auto" as const,
    });
    expect(outcome(placeHeaderRules(request))).toEqual({ green: 9, blue: 8 });
    expect(outcome(placeHeaderRules(request))).toEqual(outcome(placeHeaderRules(request)));
  });
});

describe("header rule placement: an empty gap", () => {
  // searched the wrong way round, an empty gap used to yield a priority outside it, which the ALB refuses at CreateRule
  it("before a route's rule at priority 1 holds nothing, not priority 0", () => {
    expect(outcome(place({ routePriority: 1, listenerPriorities: [1], roles: GREEN }))).toEqual([
      expect.stringMatching(/^no free priority before rule 1 for its green header rule \(1 needed, 0 free\)/),
    ]);
    expect(outcome(place({ routePriority: 1, listenerPriorities: [1] }))).toEqual([
      expect.stringMatching(/^no free priority before rule 1 for its header rules \(2 needed, 0 free\)/),
    ]);
  });

  it("after a listener's rule at the highest priority holds nothing, not one past it", () => {
    expect(outcome(place({ routePriority: "default", listenerPriorities: [50_000], roles: GREEN }))).toEqual([
      expect.stringMatching(/^no free priority after the listener's last rule \(50000\) for its green header rule \(1 needed, 0 free\)/),
    ]);
  });
});

describe("header rule placement: configured priorities", () => {
  const configured = { green: 7, blue: 8 };

  it("are taken as given, and a rule already there is kept", () => {
    expect(outcome(place({ routePriority: 10, listenerPriorities: [10], configured }))).toEqual({ green: 7, blue: 8 });
    const kept = place({
      routePriority: 10,
      listenerPriorities: [7, 10],
      ownPriorities: [7],
      configured,
      roles: [{ role: "green", current: 7 }, { role: "blue" }],
    });
    expect(outcome(kept)).toEqual({ green: 7, blue: 8 });
  });

  it("refuses, for every role at once, one the ALB would never reach and one another rule holds", () => {
    expect(outcome(place({ routePriority: 8, listenerPriorities: [7, 8], configured }))).toEqual([
      "headerRouting.priorities.green is 7, which another rule on the listener holds (the configured pair serves every route; " +
        "with several header-routed routes on one listener, use auto)",
      "headerRouting.priorities.blue is 8, not below the route's rule 8: the ALB would never reach the header rule",
    ]);
  });

  it("moves a rule that sits elsewhere to the configured priority", () => {
    const moved = place({
      routePriority: 10,
      listenerPriorities: [3, 10],
      ownPriorities: [3],
      configured,
      roles: [{ role: "green", current: 3 }],
    });
    expect(outcome(moved)).toEqual({ green: 7 });
  });

  it("have no upper bound from the route on a default action, only the listener's rules", () => {
    expect(outcome(place({ routePriority: "default", listenerPriorities: [1], configured: { green: 500, blue: 501 } }))).toEqual({
      green: 500,
      blue: 501,
    });
    expect(outcome(place({ routePriority: "default", listenerPriorities: [501], configured: { green: 500, blue: 501 } }))).toEqual([
      expect.stringContaining("headerRouting.priorities.blue is 501, which another rule on the listener holds"),
    ]);
  });
});

describe("header rule placement: properties of auto", () => {
  it("every new rule is free, distinct, after every other rule before the route and before the route's rule", () => {
    const listener = fc.uniqueArray(fc.integer({ min: 1, max: 60 }), { minLength: 1, maxLength: 30 });
    fc.assert(
      fc.property(listener, fc.nat(), fc.boolean(), (priorities, pick, withBlue) => {
        const routePriority = priorities[pick % priorities.length] ?? 1;
        const placement = place({ routePriority, listenerPriorities: priorities, roles: withBlue ? BOTH : GREEN });
        const before = Math.max(0, ...priorities.filter((p) => p < routePriority));
        const room = routePriority - before - 1;
        if (room < (withBlue ? 2 : 1)) {
          expect(placement.kind).toBe("refused");
          return;
        }
        expect(placement.kind).toBe("placed");
        const placed = placement.kind === "placed" ? [...placement.priorities.values()] : [];
        expect(new Set(placed).size).toBe(placed.length);
        for (const p of placed) {
          expect(priorities).not.toContain(p);
          expect(p).toBeGreaterThan(before);
          expect(p).toBeLessThan(routePriority);
        }
      }),
    );
  });
});
